"""Round 66 (p66f): classes owed by the tuned sets' rulings (Round 92).

- A check's noun over its contents 「…。监督检查包括以下内容：（一）…情况；…」: the lines are the check's scope, text
  of the article's one task, whether the noun opens its own sentence or follows a comma (Round 92) — not a body's
  lead-in over work 「A应当对下列事项进行检查：（一）组织…」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.dates import find_deadlines


def _keys(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_CHECKED = """某市燃气设施安全管理规定

第一条　为了加强本市燃气设施安全管理，根据有关法律，制定本规定。

第二条　区燃气管理部门应当组织开展燃气设施日常巡查。

第三条　区燃气管理部门对燃气经营企业的监督检查每年不少于两次。监督检查包括以下内容：
（一）燃气设施的运行和维护情况；
（二）安全管理制度的落实情况；
（三）其他需要检查的情况。
街道办事处按照有关规定，对辖区内居民用户实施日常安全检查。

第四条　区燃气管理部门应当对下列事项进行检查：
（一）组织燃气经营企业开展应急演练；
（二）督促燃气经营企业落实安全管理制度。
"""


def test_check_contents_after_a_full_stop_are_one_task() -> None:
    keys = _keys(_CHECKED)
    assert "3" in keys
    assert not any(k.startswith("3/") for k in keys)
    # (near miss: a body's lead-in over lines of work keeps its items)
    assert "4/一" in keys and "4/二" in keys


_GUIDED = """某区农村公共设施管理办法

第一条　为了规范本区农村公共设施管理，制定本办法。

第二条（管理部门）

区农业农村委负责本区农村公共设施的统筹管理。

村民委员会在镇人民政府指导下，落实公共设施日常巡查制度。

第三条（日常维护）

村经济合作社在镇人民政府的统一领导下，组织开展公共设施日常维护。

第四条（其他）

维护工作在镇人民政府指导下开展。

第五条　本办法自2024年1月1日起施行。
"""


def test_a_body_working_under_guidance_is_its_verbs_doer() -> None:
    got = _tasks(_GUIDED)
    assert got["2"] == ["区农业农村委", "村民委员会"]      # (not 「村民委员会在镇人民政府」)
    assert "镇人民政府" not in got["3"]
    # (near miss: no subject before the guidance phrase names no one)
    assert got.get("4", []) == []


_REVIEWS = """某区村庄规划调整管理办法

第一条　为了规范村庄规划调整，制定本办法。

第二条　村庄规划调整报告由镇政府组织编制，经区规划局组织初审、市规划局组织审查同意后，报区政府审批。

第三条　调整报告经区规划局审查同意后，报区政府审批。

第四条　本办法自2024年1月1日起施行。
"""


def test_each_organiser_of_a_review_after_jing_is_named() -> None:
    got = _tasks(_REVIEWS)
    assert got["2"] == ["镇政府", "区规划局", "市规划局"]
    # (near miss: 经A审查 without 组织 names none)
    assert got.get("3", []) == []


_APPROVALS = """某区农村建房审批管理办法

第一条　为了规范农村建房审批，制定本办法。

第二条（审批程序）

镇规划办负责审查用地是否符合村庄规划。

镇人民政府应当在收到申请之日起20日内完成审批，不符合条件的应当予以退回。

第三条（结果）

镇建设办汇总各方意见后，由镇人民政府对建房申请作出审批决定，并发放建房许可证。

第四条（监管）

镇人民政府应当在20日内完成现场巡查，发现问题及时处理。

第五条　本办法自2024年1月1日起施行。
"""


def test_completing_or_deciding_an_approval_names_none() -> None:
    got = _tasks(_APPROVALS)
    assert got["2"] == ["镇规划办"]
    assert "镇人民政府" not in got.get("3", [])
    # (near miss: completing work of its own names its subject)
    assert got["4"] == ["镇人民政府"]


_TIERS = """某区村庄建设监管办法

第一条　为了规范村庄建设监管，制定本办法。

第二条　区建设局负责日常监管，会同镇（街道、乡）做好信息报送工作。

第三条　区建设局负责日常巡查，会同镇人民政府做好信息报送工作。

第四条　方案由镇政府送区建设局初审，区建设局初审通过后，将方案报市建设局审查。

第五条　区建设局组织编制方案，初审通过后，将方案报市建设局审查。

第六条　本办法自2024年1月1日起施行。
"""


def test_a_bare_tier_is_no_partner_and_a_review_sent_up_names_none() -> None:
    got = _tasks(_TIERS)
    assert got["2"] == ["区建设局"]                 # (会同镇（街道、乡）: a tier with no head)
    assert got["3"] == ["区建设局", "镇人民政府"]     # (near miss: a body's name)
    assert got.get("4", []) == []                   # (its own review passed, then sent up for review)
    assert got["5"] == ["区建设局"]                 # (near miss: work of its own before the sending)


_ANNEXED = """某局科研项目管理办法

第一条　为了规范科研项目管理，制定本办法。

第二条　科技处负责科研项目的立项管理。

第三条　项目承担单位负责项目的组织实施。

第四条　科技处组织开展项目验收。

第五条　本办法自2024年1月1日起施行。

附件：某局科研项目经费使用细则

附件

某局科研项目经费使用细则

第一条　为了规范科研经费使用，制定本细则。

第二条　财务处负责经费的核算。

第三条　项目承担单位负责经费的日常管理。

第四条　本细则自2024年1月1日起施行。
"""


def test_a_document_printed_after_the_annex_line_is_not_counted() -> None:
    got = _tasks(_ANNEXED)
    assert len(got) == 3 and not any("财务处" in units for units in got.values())
    # (near miss: the plan's own articles before the 附件 line are all read)
    assert [k.split("/")[-1] for k in got] == ["2", "3", "4"]


_UNIT_HEADED = """某市公园管理办法

第一条　为了规范公园管理，制定本办法。

第二条（实施部门）

市园林局负责本市公园的管理工作。

区园林局负责本区公园的管理工作，业务上接受市园林局指导。

第三条（责任单位）

街镇园林站对公园日常养护进行检查。

第四条　本办法自2024年1月1日起施行。
"""


def test_a_unit_heading_over_paragraphs_reads_every_paragraphs_body() -> None:
    got = _tasks(_UNIT_HEADED)
    assert got["2"] == ["市园林局", "区园林局"]
    # (near miss: one paragraph under the heading — its opening body, as before)
    assert got["3"] == ["街镇园林站"]


_PARAGRAPHS = """某市餐厨垃圾管理办法

第一条　为了规范餐厨垃圾管理，制定本办法。

第二条（数据报送）

餐厨垃圾收运单位应当建立收运台帐，并按季度将收运情况报送区环卫部门。

区环卫部门应当及时将收运数据汇总后报市环卫部门。

市环卫部门应当在每年的第一季度内向社会公布上年度餐厨垃圾处置情况。

第三条（处置）

市环卫部门应当在第一季度内完成处置设施检查。

第四条　本办法自2024年1月1日起施行。
"""


def test_an_article_of_paragraphs_each_led_by_a_body_is_one_task() -> None:
    plan = parse_text(_PARAGRAPHS)
    got = {"/".join([*t.path, t.number]): t for t in plan.tasks}
    assert [k for k in got if k.startswith("2")] == ["2"]
    assert [*got["2"].lead_units, *got["2"].responsible_units] == ["餐厨垃圾收运单位", "区环卫部门", "市环卫部门"]
    assert got["2"].deadline is None            # (每年的第一季度内: a yearly rhythm, no date)
    # (near miss: a quarter with no rhythm is a date)
    assert find_deadlines("区环卫部门应当在第一季度内完成设施检查。", 2024)[0].date == "2024-03-31"
    assert find_deadlines("区环卫部门应当在每年的第一季度内完成设施检查。", 2024) == []
