"""Round 65 (p65b): the units read from the articles of district documents and city rules.

- Two bodies' full names, each holding 和 of its own, joined by one more 和 「X区住房保障和房屋管理局和X区规划和
  自然资源局负责…」: two doers, each name as printed (the only joint where both sides are whole placed bodies).
- 「…，具体工作委托B实施」: B, the object of 委托, is no doer (rounds 33, 35); the topic before it no name.
- 「由A会同B协商解决」: rule 2's 「A会同B＋verb」 — lead A, responsible A, B.
- 「村级组织应当…」: the village's own body, no level 村级 with a verb 组织 after it.
- 「…的重大事项，A应当及时提出申请，报B审核同意」: an application, no doer (round 30's applicant).
- A paragraph opening with a contingency 「发生…的，A应当立即向B报告，B应当及时组织…」 after paragraphs giving the
  article's work: rule 3's case, no unit (an article whose whole work is the response keeps its doer).
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


def _parts(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {"/".join([*t.path, t.number]): (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


_HEAD = """某区旧住房拆除范围内附属建筑认定办法

第一条（目的）为了规范本区附属建筑的认定工作，根据有关规定，制定本办法。

第二条（适用范围）本办法适用于本区旧住房拆除范围内附属建筑的认定。

"""

_RULES = _HEAD + """第三条（管理部门）

甲区住房保障和房屋管理局和甲区规划和自然资源局负责对附属建筑的调查、认定和处理。

区旧区改造事务中心组织对拆除范围内附属建筑的摸底工作，具体工作委托旧区改造事务所实施。

第四条（核定）

区财政局和区发展改革委负责核定附属建筑的补偿标准。

第五条（供水）

作业车辆由道路两侧的专用龙头供水。在没有龙头的路段，由环卫部门会同供水公司协商解决。

第六条（村级公示）

村级组织收到申请后，应当在本村范围内张榜公布有关信息。

第七条（方案调整）

项目方案发生调整、项目负责单位变更等可能影响项目实施的重大事项，项目负责单位应当及时提出申请，报区住房保障和房屋管理局审核同意。

第八条（应急）

区绿化市容部门应当编制附属建筑拆除应急预案，建立应急处置系统。

拆除作业单位应当根据应急预案的规定，编制本单位应急方案，并报区绿化市容部门备案。

发生突发性事件造成拆除作业无法正常进行的，拆除作业单位应当立即向区绿化市容部门报告，区建设管理委应当及时组织有关单位处置。

第九条（应急处置）

发生突发性事件造成拆除作业无法正常进行的，区建设管理委应当及时组织有关单位处置。

第十条（施行日期）本办法自2026年7月1日起施行。
"""


def test_two_full_names_each_holding_he_joined_by_he() -> None:
    tasks = _tasks(_RULES)
    assert tasks["3"][:2] == ["甲区住房保障和房屋管理局", "甲区规划和自然资源局"]
    assert tasks["4"] == ["区财政局", "区发展改革委"]      # (a plain 「A和B」: two, as before)


def test_the_body_work_is_entrusted_to_is_no_doer() -> None:
    tasks = _tasks(_RULES)
    assert tasks["3"] == ["甲区住房保障和房屋管理局", "甲区规划和自然资源局", "区旧区改造事务中心"]
    assert not any("事务所" in n for n in tasks["3"])


def test_partners_who_consult_to_settle_the_work() -> None:
    assert _parts(_RULES)["5"] == (["环卫部门"], ["供水公司"])


def test_village_body_is_no_bare_level() -> None:
    assert "村级" not in _tasks(_RULES).get("6", [])


def test_an_application_put_in_names_none() -> None:
    assert _tasks(_RULES).get("7", []) == []


def test_a_contingency_paragraph_adds_no_unit() -> None:
    tasks = _tasks(_RULES)
    assert "区建设管理委" not in tasks["8"]
    assert "区绿化市容部门" in tasks["8"]
    # (an article whose whole work is the response keeps its doer)
    assert tasks["9"] == ["区建设管理委"]


_BUREAU = """某市市容管理局课题项目管理办法

第一章  总则

第一条  目的

为了规范课题项目管理，制定本办法。

第二条  管理职责

规划发展处是局课题项目的归口管理部门。主要负责项目规划、项目评审等工作。

课题承担单位是课题项目的责任单位。负责项目实施的全过程管理等工作。

第二章  立项管理

第三条  建议征集

规划发展处根据年度重点工作，每年第三季度面向行业单位征集课题建议。

第四条  专家评审

规划发展处组织专家进行课题评审。评审专家原则上由局专家委各专业委员会或各标委会成员承担。

第五条  中期检查

规划发展处邀请专家对实施中的课题进行中期检查，由专家组提出检查意见。

第六条  课题验收

（一）验收准备

课题执行期结束后3个月内，课题承担单位应当提交验收申请书。

（二）验收审核

规划发展处对结题材料进行验收审核。

第三章  附则

第七条  施行日期

本办法自2026年9月1日起施行。
"""


def test_a_division_of_the_bureau_opening_its_paragraph_is_a_doer() -> None:
    tasks = _tasks(_BUREAU)
    assert tasks["3"] == ["规划发展处"]
    assert tasks["2"] == ["规划发展处", "课题承担单位"]     # (「A是…的责任单位。负责…」 designates A)


def test_members_and_the_invited_panel_are_persons() -> None:
    tasks = _tasks(_BUREAU)
    assert tasks["4"] == ["规划发展处"]       # (由A或B成员承担: members)
    assert tasks["5"] == ["规划发展处"]       # (the panel the office invites)


_POINTS = """某区区属企业资产出借管理实施细则

一、总体要求

为规范区属企业资产出借行为，制定本细则。

二、责任分工

区国资委负责制定本区区属企业资产出借管理制度，对区属企业的执行情况进行监督。

区属企业是资产出借管理的实施主体、责任主体，主要履行以下职责：

1.负责制定本企业资产出借管理制度，明确决策审批权限；

2.负责本企业资产的日常管理，建立健全出借管理机构；

三、安全管理

出借企业为安全生产的责任主体。企业应制定内部安全管理制度，定期巡查，加强对出借资产的日常监督管理。
"""


def test_the_paragraph_leading_into_a_duty_list_gives_its_body() -> None:
    tasks = _tasks(_POINTS)
    assert tasks["二/1"] == ["区属企业"]
    assert tasks["二/2"] == ["区属企业"]


def test_a_bare_kind_calling_back_the_named_one_is_one_doer() -> None:
    assert _tasks(_POINTS)["三"] == ["出借企业"]


def test_floors_naming_a_class_of_building_and_a_norm_with_two_bases() -> None:
    from desktop.core.parse.targets import find_targets

    def figures(text: str) -> list[tuple[float, str]]:
        return [(t.value, t.unit) for t in find_targets(text, 2026)]
    assert figures("私有房屋以核定的面积为基数，三层以上（含三层）建筑按三层计算。") == []
    assert figures("私有房屋4层以上（含第4层）建筑。") == []
    assert figures("新建三层以上建筑。") == [(3.0, "层")]       # (the work makes the class: a target)
    assert (1000.0, "人") not in figures("商场按最高聚集人数1000人左右或者总建筑面积2000平方米左右设置一座。")
    assert (1500.0, "人") in figures("商场最高聚集人数超过1500人的，应当相应增加公共厕所。")


def test_an_agent_described_by_its_place_who_organises_a_review() -> None:
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("设计方案由项目所在地的区、县雕塑管理机构组织评审，并向市雕塑委备案。")[1] \
        == ["区、县雕塑管理机构"]


def test_near_misses_stay() -> None:
    from desktop.core.parse.opening_subjects import opening_subject
    from desktop.core.parse.sentence_units import doer_units
    # (a body and persons after 和: the body stays)
    assert doer_units("调查评估工作应由保护相关专业单位和技术人员承担。")[1] == ["保护相关专业单位"]
    # (a division joined to another body: no one name)
    assert opening_subject("大数据中心与规资处负责建设管线地理信息库。", set()) != ["大数据中心与规资处"]
