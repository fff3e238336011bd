"""Round 70 (p70j): a district 预案 in decimal headings — its statements, the bodies it sets up, and a request.

- A body set up as the kind of a list 「…，设立某区A指挥部、某区B指挥部等各类区级专项指挥部，负责…」 under the
  heading 「2.2区级专项指挥部」: its 职责 items name none (Round 90's p64f) — not a standing body's heading over its
  duties 「2.3行业主管部门」.
- A request to a higher body 「A应当及时报告B，请求B进行协调…，并组织C，进行…」: 请求 is a verb, not the polite
  请 of 「请A…」; the subject carries past it — the polite 「请各街镇做好…」 keeps its body.
- A decimal outline's statements (round 30), each no task: the warning grades defined 「4.2预警级别 …分为四级…表示」,
  the risks and figures of a childless 「2风险评估」, what a report contains 「…报告内容应包括：…。报告应做到…」,
  the standing emergency frame under 「3.1领导机构」, money by the finance rules with no body 「7.5经费保障」, the
  facilities as they stand 「3.1应急避难场所情况」 (counted and classed, no modal of work) — near misses: a grades
  point naming a doer, a 风险评估 point with work 「区应急局建立完善…机制」, contents with work joined 「…等内容，
  并及时做好…报告工作」, a 领导机构 point with a body's own charge 「A是…的责任主体，负责组织…」
  「其日常事务由A负责」, money with a body 「各级政府按照…规定执行」, and a 情况 point
  asking work 「各街镇应及时统计…」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_PLAN = """某市某区防汛防台应急预案

1总则

1.1编制目的

为有效应对汛情，制定本预案。

2风险评估

截止2023年底，本区共有堤防112公里，泵站46座。本区面临的主要风险包括：一是暴雨内涝风险；二是风暴潮风险。

3组织体系

3.1领导机构

3.1.1本区突发事件应急管理工作由区委、区政府统一领导，区政府办公室负责本区突发事件应急综合协调，具体工作由区城运中心承担。区城运应急委决定和部署本区突发事件应急管理工作。

3.1.2区水务局负责本区防汛防台工作的统一指导和综合协调。

3.2区级专项指挥部

在区城运应急委的统筹协调下，区防汛指挥部根据汛情类型，设立区排涝指挥部、区防潮指挥部等各类区级专项指挥部，负责指挥本区抢险工作。

区级专项指挥部主要职责如下：

（1）接收市级指挥部发布的指令；

（2）评估汛情危害影响，发布抢险指令；

（3）组织协调各街镇实施人员撤离。

3.3行业主管部门

区水务局、区绿化市容局等行业主管部门负责本行业防汛设施的巡查，指导本行业抢险工作。

3.4避险场所情况

本区依托学校、体育场馆等场所，建成避险场所120处，总面积50万平方米。学校、体育场馆等室内型避险场所主要用于台风灾害的避险。

4监测预警

4.1信息监测

4.1.1区水务局应加强雨情、水情监测，及时发布预警信息。

4.2预警级别

根据汛情可能造成的危害程度，本区防汛预警级别分为四级：Ⅳ级、Ⅲ级、Ⅱ级和Ⅰ级，依次用蓝色、黄色、橙色和红色表示。具体标准按照市级防汛预案执行。

5应急响应

5.1信息报告

5.1.1防汛信息报告内容应包括：险情发生的时间、地点、影响范围以及已经采取的措施等。报告应做到首报快、续报准。

5.1.2各街镇发现险情后，应在30分钟内向区防汛指挥部报告。

5.2跨区支援

当本区抢险力量不足时，区防汛指挥部应当及时报告市防汛指挥部，请求市防汛指挥部进行协调调派支援力量，并组织协调各街镇，进行人员撤离。

6应急保障

6.1物资保障

区商务委负责防汛物资的储备和调拨。

6.2经费保障

按照区政府有关防汛救灾的财政保障规定执行，并根据现行事权、财权划分原则，分级负担。
"""


def test_district_plan_statements_and_set_up_bodies() -> None:
    tasks = _tasks(_PLAN)
    # statements: no tasks
    assert "2" not in tasks and not any(k.startswith("2/") for k in tasks)
    assert "3/3.1/3.1.1" not in tasks
    assert "4/4.2" not in tasks
    assert "5/5.1/5.1.1" not in tasks
    assert "6/6.2" not in tasks
    assert "3/3.4" not in tasks
    # near misses of the statements keep their tasks
    assert tasks["3/3.1/3.1.2"] == ["区水务局"]
    assert "5/5.1/5.1.2" in tasks and "6/6.1" in tasks
    # a body set up as the kind of a list: its duty items name none
    for n in ("1", "2", "3"):
        assert "区级专项指挥部" not in tasks[f"3/3.2/{n}"]
    # a standing body's heading keeps its reading
    assert "3/3.3" in tasks


_NEAR = """某市某区防汛防台应急预案

1总则

1.1编制目的

为有效应对汛情，制定本预案。

2风险评估

区应急局建立完善防汛风险评估机制，定期开展风险评估。

3组织体系

3.1领导机构

在区委统一领导下，区政府是本区突发事件应急管理工作的行政领导机构。

区城运应急委是本区防汛抢险的责任主体，负责组织各街镇做好群众转移工作。

3.2应急机构

3.2.1领导机构

本区突发事件应急管理工作由区委、区政府统一领导；区应急委决定和部署突发事件应急管理工作，其日常事务由区应急办负责。

4监测预警

4.1预警级别

区水务局根据汛情可能造成的危害程度，将预警级别分为四级，并及时发布预警。

5应急响应

5.1信息报告内容

信息报告内容主要包括险情发生的地点和时间等内容，并及时做好后续处置情况的报告工作。

5.2先期处置

各街镇负责险情的先期处置。

5.3转移人员情况

各街镇应及时统计转移人员情况，每日汇总上报。

6应急保障

6.1经费保障

各级政府按照区政府有关防汛救灾的财政保障规定执行，并根据现行事权、财权划分原则，分级负担。
"""


def test_district_plan_statements_near_misses() -> None:
    tasks = _tasks(_NEAR)
    assert "2" in tasks             # (a 风险评估 point with work: a task)
    assert "3/3.1" in tasks         # (a body's own charge beside the frame)
    assert "区应急办" in tasks["3/3.2/3.2.1"]     # (the frame with a body charged by 由A负责)
    assert "4/4.1" in tasks         # (grades with a doer)
    assert "5/5.1" in tasks         # (contents with work joined)
    assert "6/6.1" in tasks         # (money with a body)
    assert "5/5.3" in tasks         # (a 情况 point that asks for work)


def test_request_to_higher_body_keeps_the_subject() -> None:
    text = ("区防汛指挥部应当及时报告市防汛指挥部，请求市防汛指挥部进行协调调派支援力量，"
            "并组织协调各街镇，进行人员撤离。")
    assert doer_units(text)[1] == ["区防汛指挥部"]
    # near miss: the polite 请 still opens the body asked
    assert "区民政局" in doer_units("请区民政局负责做好困难群众的救助工作。")[1]
