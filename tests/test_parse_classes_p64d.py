"""Round 64 (p64d): structure, counts, duties and plan figures of whole city rules (articles
「第N条（heading）」 with the heading on its own line, a cover notice before them).

- An article whose only sentence closed the text 「本办法自印发之日起施行」 leaves its heading alone: no task.
- 「申请…的X应达到…要求。其中，…应符合以下第（1）项至第（3）项条件，具体如下。」 over lines 「实施…：…」 and
  「…不得申请…」 after them: the applicant's conditions, no task; their floors 「至少2处」 plan targets.
- A terms article's sums per unit 「一级绿地为8万元/处」: plan targets.
- A noun lead-in 「…工作检查的主要内容：」 over 是否 lines, one opening on 是否, the last 「其他需要检查的事项」:
  one task naming none.
- 「X设置应当与…相协调，并符合下列要求：」: each line that limits or places 「独立成区，集中设置」「保持…距离，
  并…隔离」「不小于15米」 an item; the paragraph after the items over a table 「…应当符合下表规定：」 its own task.
- 「…区域的划分，遵循下列基本规定：」 and 「…的管理要求确定如下：（一）保持环境整洁，无…」: the lines are the
  article's text, one task.
- 「…的，应当向区X部门报告」「劝阻无效的，向X部门或者街道办事处报告」: a report of what a party finds, an undated duty.
- 「（检查原则）…应当遵循…的原则」: a principle of the work, no task; 「…的评选标准中，应当包含…情况」 only what a
  standard holds, no task (a body's own check of it stays one).
- 「本市鼓励…组建…自律组织」 and 「X的管理活动，适用《…》以及其他有关规定」: no tasks.
Near misses: a work lead-in 「应当做好以下工作：（一）保持街巷整洁」 keeps its items; conditions with a body's review
after them stay a task; a citizen's option 「市民发现…的，可以向…反映」 no duty; a setting-up list of states only
stays one task.
"""

from __future__ import annotations

from desktop.core.parse import parse_text

_FUND = """某市园林局关于印发《某市绿地养护补助资金管理办法》的通知

各区人民政府：

《某市绿地养护补助资金管理办法》现印发给你们，请认真执行。

某市园林局

2025年3月2日

某市绿地养护补助资金管理办法

第一条（目的依据）

为规范绿地养护补助资金管理，根据有关规定，制定本办法。

第二条（补助标准）

补助资金按照项目法分配。补助标准的设定：一级绿地为8万元/处、二级绿地为5万元/处。

第三条（申请条件）

申请补助资金的绿地应达到养护达标要求。其中，一级绿地应符合以下第（1）项至第（3）项条件，二级绿地应至少符合以下第（1）项条件，具体如下。

（1）全部园路完成修缮：对园路进行平整修补，配齐照明设施。

（2）实施智能灌溉改造：建成至少2处智能灌溉点位。

（3）实施垃圾分类管理：设置分类收集容器。

年度考核低于70分的绿地不得申请补助资金。

第四条（部门职责）

市园林局负责统筹推进全市绿地养护工作，制定养护标准。

各区园林部门负责组织本区绿地养护工作。

第五条（检查内容）

区园林部门养护管理工作检查的主要内容：

（一）养护计划是否制定；

（二）是否按照标准落实养护经费；

（三）是否建立养护台账；

（四）其他需要检查的事项。

第六条（监督检查）

市园林局应当加强对补助资金使用情况的监督检查。

第七条（实施日期）

本办法自印发之日起施行。
"""

_RULE = """某市户外休闲区管理办法

第一条（目的和依据）

为了加强本市户外休闲区管理，根据有关法规，制定本办法。

第二条（管理部门）

市园林行政管理部门负责本市户外休闲区的监督管理，主要履行以下职责：

（一）组织制定户外休闲区管理标准；

（二）组织检查各区户外休闲区管理状况。

第三条（设置要求）

休闲区设置应当与周边景观相协调，并符合下列要求：

（一）独立成区，集中设置。

（二）与住宅楼保持适当的距离，并用绿篱进行隔离。

（三）休闲区距离主干道不小于15米。

区园林部门应当严格核定休闲区面积，其占地比例不得超过下表规定：

绿地面积

休闲区比例

5公顷以下

≦3%

第四条（管理人确定及区域划分）

管理人按照有关条例的规定确定。

本市休闲区管理区域的划分，遵循下列基本规定：

（一）街头绿地的管理区域，为其绿地边界至人行道外沿；

（二）河道绿带的管理区域，为其堤岸外侧至道路外沿。

区园林行政管理部门应当按照前款规定，制定具体划分标准，并向社会公布。

第五条（管理要求）

按照有关条例的规定，休闲区的管理要求确定如下：

（一）保持环境整洁，无乱堆放、乱张贴；

（二）保持设施完好。

管理人对休闲区内损坏设施的行为，应当予以劝阻；劝阻无效的，向区园林行政管理部门或者街道办事处报告。

第六条（设施维护）

设施的产权单位应当做好设施维护工作。管理人发现休闲区内的设施损坏的，应当向区园林行政管理部门报告。

第七条（自律组织）

本市鼓励居民区内的管理人组建休闲区自律组织，开展自我服务。

第八条（信息档案）

街道办事处应当建立管理人信息档案。

第九条（水上休闲区）

本市水上休闲区的管理活动，适用《某市水上游览管理规定》以及其他有关规定。

第十条（施行日期）

本办法自2025年5月1日起施行。
"""

_NEAR = """某市街巷保洁管理办法

第一条（目的）

为了加强街巷保洁管理，制定本办法。

第二条（街道职责）

街道办事处应当做好以下工作：

（一）保持街巷整洁；

（二）开展保洁检查。

第三条（申请条件）

申请保洁补贴的单位应符合以下条件：

（一）具有保洁作业资质；

（二）配备专职保洁人员。

区环卫部门应当对申请材料进行审核，并公布审核结果。

第四条（投诉）

市民发现街巷脏乱的，可以向街道办事处反映。

第五条（设置）

保洁设施设置应当符合下列要求：

（一）设施外观应当整洁美观；

（二）设施结构安全可靠。

第六条（施行）

本办法自2025年1月1日起施行。
"""


def _keys(plan) -> list[str]:
    return [t.key for t in plan.tasks]


def test_fund_rule_articles_and_figures() -> None:
    plan = parse_text(_FUND)
    assert _keys(plan) == ["4", "5", "6"]          # (第三条 the applicant's conditions; 第七条 its heading alone)
    assert plan.tasks[0].responsible_units == ["市园林局", "各区园林部门"]
    check = plan.tasks[1]
    assert check.title == "（检查内容）" and "其他需要检查的事项" in check.text
    assert check.lead_units == [] and check.responsible_units == []
    figures = sorted((t.value, t.unit) for t in plan.plan_targets)
    assert figures == [(2.0, "处"), (50000.0, "元"), (80000.0, "元")]


def test_setting_up_lines_zones_duties() -> None:
    plan = parse_text(_RULE)
    assert _keys(plan) == ["2.一", "2.二", "3.一", "3.二", "3.三", f"3.{plan.tasks[5].number}", "4", "5", "6", "8"]
    assert plan.tasks[4].title == "休闲区距离主干道不小于15米"
    assert [(t.value, t.unit) for t in plan.tasks[4].targets] == [(15.0, "米")]
    assert plan.tasks[5].text.startswith("区园林部门应当严格核定")
    assert "河道绿带的管理区域" in plan.tasks[6].text and "制定具体划分标准" in plan.tasks[6].text
    assert "保持设施完好" in plan.tasks[7].text and "劝阻无效" in plan.tasks[7].text
    texts = [d.text for d in plan.duties]
    assert texts == ["劝阻无效的，向区园林行政管理部门或者街道办事处报告",
                     "管理人发现休闲区内的设施损坏的，应当向区园林行政管理部门报告"]
    assert all(d.due is None and d.every is None for d in plan.duties)


def test_near_misses_unchanged() -> None:
    plan = parse_text(_NEAR)
    assert _keys(plan) == ["2.一", "2.二", "3", "4", "5"]
    assert plan.tasks[0].title == "保持街巷整洁" and plan.tasks[0].responsible_units == ["街道办事处"]
    assert plan.tasks[2].responsible_units == ["区环卫部门"]
    assert plan.duties == []


_PRINCIPLE = """某市园林局养护检查办法

第一条（目的）

为规范养护检查，制定本办法。

第二条（检查部门）

市园林局负责全市养护检查工作。

第三条（检查原则）

养护检查应当遵循“公开、公正、高效”的原则，坚持日常检查与专项检查相结合。

第四条（检查方式）

区园林部门负责组织本区养护检查，并公布检查结果。

第五条（示范评选）

本市示范绿地的评选标准中，应当包含养护制度的执行情况。

第六条（评选组织）

市园林局应当在示范绿地的评选中，核查养护制度的执行情况。
"""


def test_principle_of_the_work_no_task() -> None:
    """「（检查原则）…应当遵循…的原则，坚持…相结合」: a principle of the work named in its heading, no task where the
    rule's tasks name units; an article that gives work beside its heading's name stays a task."""
    plan = parse_text(_PRINCIPLE)
    assert _keys(plan) == ["2", "4", "6"]          # (第五条 only what a standard holds: a state, text)
    assert plan.tasks[1].responsible_units == ["区园林部门"]
