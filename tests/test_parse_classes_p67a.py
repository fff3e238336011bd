"""Round 67 (p67a): articles whose lists give the plan's bodies no work — a hired person's service norms,
the public's rules under a case clause, a determination's steps — each beside the near miss that keeps its items;
subjects before 依托, a thing's own date, a code's length.

- A person hired to keep a place, named by the post 「…管理员」 as the subject of the article
  「道路停车管理员应当遵守下列服务规范：」: a hired person's own job, no task (rounds 36, 45; Round 85's x317_01) —
  not a body's work on such persons 「区交通管理部门对道路养护管理员应当做好下列工作：」 (``hired_persons``).
- The public's own rules when the person opens a clause read as a case
  「机动车驾驶员在道路停车场停放车辆，应当遵守下列规定：」: the driver is the subject, each line the public's rule,
  no task (rounds 36, 41; Round 80: a rule to anyone is text) — not a party that is no person of the public
  「养护单位在道路上作业时，应当遵守下列规定：」 (``public_articles.public_lead_item``).
- The steps a determination follows in turn 「…等级的判定，按照以下步骤依次进行：⏎（一）…判定。⏎（二）…：⏎
  （1）…」, lines with lines of their own and no doer: a standard of reckoning, the article one task (Round 87's
  x325_04 五、（三）) — not the steps of an approval whose lines name bodies
  「养护项目的审批，按照以下步骤依次进行：⏎（一）区交通管理部门受理申请」 (``given_lists``).
- Bodies that work through a means 「市交通委、市道路运输局和市公安局依托大数据资源平台，依法共享…」: the names
  before 依托 open the sentence as its subjects (round 44) — not a place or a bare kind before it
  「本区依托…」「行业协会依托…」 (``opening_subjects``).
- A thing's own date at a class boundary 「生产日期在2015年12月31日及以前的，判定为国1」: which things are meant,
  no deadline (as 「2015年以前登记的车辆」) — not a body's date to act by
  「区交通委应在2016年1月1日以前完成登记」 (``dates``).
- The length of a code 「环保信息公开编号为24位」: how the code is read, no target — not a count of places to
  build 「新增停放泊位不少于24位」 (``figure_targets``).
- A manager named by the place it runs 「公共停车场管理者应当遵守下列规定：⏎（一）按照规定收取停车费；」: a role-like
  kind bound by 应当 to the acts its lines list, each line's unit (Round 83's x311_03) — not the person hired there
  「停车管理员应当遵守下列规定：」 (none, a hired person's job) (``role_subjects``, ``article_lead_ins``).
- A year inside the quoted name of the goal an item works toward 「围绕“2030年基本完成…改造”的总体目标，全面梳理…」:
  the goal's date, no deadline (Round 93's turned x343_04 五、（三）1) — not the same year printed as the item's own
  「2030年基本完成…改造」 (``dates``).
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.opening_subjects import opening_subject


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


_RULES = """某市公共自行车停放点管理办法

第一条（目的和依据）

为了规范公共自行车停放点管理，根据有关规定，制定本办法。

第二条（职责分工）

市交通委负责全市公共自行车停放点的监督管理。

区交通管理部门负责本区公共自行车停放点的设置和日常管理。

第三条（停放点设置）

区交通管理部门应当会同街道办事处编制停放点设置方案，报市交通委备案。

第四条（车辆等级的判定）

公共自行车车况等级的判定，按照以下步骤依次进行：

（一）有车况检测记录的，按照检测记录判定。

（二）无检测记录的：

（1）使用年限在3年以内的，判定为一级。

（2）使用年限在3年以上的，判定为二级。

（三）另有规定的，按规定执行。

第五条（服务规范）

自行车停放管理员应当遵守下列服务规范：

（一）规范着装，持证上岗；

（二）引导车辆有序停放；

（三）发现设施损坏的，及时报修。

第六条（骑行人停放规则）

非机动车驾驶员在停放点停放车辆，应当遵守下列规定：

（一）在停放线内有序停放车辆；

（二）不得损坏停放点设施。

第七条（运营单位的规范）

区交通管理部门应当遵守下列规定：

（一）每月检查停放点设施；

（二）及时处理投诉事项。

第八条（实施日期）

本办法自2024年1月1日起施行。
"""

_NEAR = """某市道路养护管理办法

第一条（目的和依据）

为了规范道路养护，根据有关规定，制定本办法。

第二条（职责分工）

市交通委负责全市道路养护的监督管理。

区交通管理部门负责本区道路养护的组织实施。

第三条（养护计划）

区交通管理部门应当会同街道办事处编制养护计划，报市交通委备案。

第四条（项目的审批）

养护项目的审批，按照以下步骤依次进行：

（一）区交通管理部门受理申请；

（二）市交通委审核：

（1）市交通委组织专家评审；

（2）市交通委作出决定。

（三）区交通管理部门组织实施。

第五条（管理员培训）

区交通管理部门对道路养护管理员应当做好下列工作：

（一）每年组织岗位培训；

（二）每季度开展考核。

第六条（养护单位的规范）

养护单位在道路上作业时，应当遵守下列规定：

（一）设置安全警示标志；

（二）及时清理作业现场。

第七条（实施日期）

本办法自2024年1月1日起施行。
"""


def test_hired_manager_norms_no_task() -> None:
    nums = _numbers(_RULES)
    assert not any(n == "5" or n.startswith("5/") for n in nums)


def test_body_work_on_managers_keeps_items() -> None:
    nums = _numbers(_NEAR)
    assert "5/一" in nums and "5/二" in nums


def test_driver_rules_under_case_clause_no_task() -> None:
    nums = _numbers(_RULES)
    assert not any(n == "6" or n.startswith("6/") for n in nums)
    # (a body's own lead-in over its rules keeps its items)
    assert "7/一" in nums and "7/二" in nums


def test_works_unit_rules_keep_items() -> None:
    nums = _numbers(_NEAR)
    assert "6/一" in nums and "6/二" in nums


def test_determination_steps_one_task() -> None:
    nums = _numbers(_RULES)
    assert "4" in nums and not any(n.startswith("4/") for n in nums)


def test_approval_steps_keep_items() -> None:
    nums = _numbers(_NEAR)
    assert any(n.startswith("4/") for n in nums)


def test_bodies_before_means_are_subjects() -> None:
    got = opening_subject("市交通委、市道路运输局和市公安局依托大数据资源平台，依法共享车辆停放信息。", set())
    assert got == ["市交通委", "市道路运输局", "市公安局"]


def test_place_or_kind_before_means_names_none() -> None:
    assert opening_subject("本区依托大数据平台开展停放监测。", set()) == []
    assert opening_subject("行业协会依托大数据平台开展停放监测。", set()) == []


def test_things_date_at_boundary_no_deadline() -> None:
    text = "柴油机械生产日期在2009年9月30日及以前的，判定为国1；生产日期在2009年10月1日及以后的，判定为国2。"
    assert find_deadlines(text, 2023) == []


def test_bodys_date_stays_deadline() -> None:
    got = find_deadlines("区交通委应在2016年1月1日以前完成登记。", 2023)
    assert [d.date for d in got] == ["2016-01-01"]


_CODES = """某市共享单车编号管理办法

第一条（目的和依据）

为了规范共享单车管理，根据有关规定，制定本办法。

第二条（车辆编号）

区交通管理部门应当为每辆车辆确定编号，车辆编号为12位，按第3位对应的区域代码确定。

第三条（停放点建设）

区交通管理部门应当在2026年6月30日前新增停放泊位不少于24位。
"""


def test_code_length_no_target() -> None:
    tasks = {t.number: t for t in parse_text(_CODES).tasks}
    assert not tasks["2"].targets
    assert [(t.value, t.unit) for t in tasks["3"].targets] == [(24.0, "位")]


_MANAGERS = """某市公共停车场管理规定

第一条（目的和依据）

为了规范公共停车场管理，根据有关规定，制定本规定。

第二条（职责分工）

市交通委负责全市公共停车场的监督管理。

区交通管理部门负责本区公共停车场的日常管理。

第三条（管理者的工作规范）

公共停车场管理者应当遵守下列规定：

（一）按照规定收取停车费；

（二）按照规定报送停车场统计数据。

第四条（管理员的服务规范）

停车管理员应当遵守下列规定：

（一）规范着装；

（二）引导车辆有序停放。

第五条（实施日期）

本规定自2024年1月1日起施行。
"""


def test_place_manager_lines_take_its_unit() -> None:
    tasks = {"/".join([*t.path, t.number]): t.responsible_units for t in parse_text(_MANAGERS).tasks}
    assert tasks["3/一"] == ["公共停车场管理者"] and tasks["3/二"] == ["公共停车场管理者"]
    assert not any(k == "4" or k.startswith("4/") for k in tasks)


def test_quoted_goal_year_no_deadline() -> None:
    assert find_deadlines("围绕“2030年基本完成老旧管网改造”的总体目标，全面梳理存量管网状况。", 2024) == []


def test_own_year_stays_deadline() -> None:
    got = find_deadlines("2030年基本完成老旧管网改造，全面梳理存量管网状况。", 2024)
    assert [d.date for d in got] == ["2030-12-31"]
