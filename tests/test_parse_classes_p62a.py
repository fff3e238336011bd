"""Round 62 (p62a): the units of articles and headed points in whole rules.

- A list of subjects a comma breaks before 以及 「A、B，以及C、D等各级人民政府的派出机关按照职责，组织开展…」:
  the names after 以及 are subjects too, a 的-phrase giving the name after the last 的 (派出机关), and a heading
  naming a bare kind 「（政府职责）」 keeps the body its first paragraph names beside the doers of its later
  paragraphs (round 44).
- A 的-phrase after a list joined by 以及 「A、B以及C、D等区域的管理机构应当…」 describes only what follows 以及: A,
  B and the kind after the last 的.
- An object of 对 parted from its verb by commas 「A依法对X，以及Y，实施…」: A is the doer of 实施 (rule 2).
- A body a clause names by its tie 「A负责…，其所属的B负责具体实施」: B, the name after 的; 由A指挥 is 由A＋a verb
  of doing.
- A trade's associations 「仓储、消防等相关行业协会应当加强…」 and a facility's holders 「厂房、仓库使用人…的，
  应当采取…」: parties by a kind, the subject of an article's verb (the case's party the subject of its modal), as
  printed.
- A party's step that only says when 「A办理…后，B持…到…办理…」 names none; 由A向B申领 is an application.
- An article whose clause was read as a label 「X由A负责实施，由B会同C审核批准并落实」 takes the sentence reader's
  doers of all of it; a later sentence 「区X中心根据…需求进行分配」 names its placed subject.
- A point whose lines only name powers 「…行使的下列行政处罚权，依法转由B行使：（一）…（二）…」 is one task, the
  paragraph after its lines its body.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _task(text: str, number: str):  # type: ignore[no-untyped-def]
    return next(t for t in parse_text(text).tasks if "/".join([*t.path, t.number]) == number)


def _units(text: str, number: str) -> list[str]:
    t = _task(text, number)
    return [*t.lead_units, *t.responsible_units]


_RULES = """某市农贸市场消防安全管理办法

第一条（目的）

为了加强本市农贸市场的消防安全管理，制定本办法。

第二条（政府职责）

县人民政府应当加强对农贸市场消防工作的领导。

镇人民政府、街道办事处，以及经济开发区管理机构、产业园区管理机构等各级人民政府的派出机关按照职责，组织开展农贸市场消防安全检查。

第三条（管理部门）

县商务局负责本县农贸市场的监督管理工作，其所属的市场服务站负责具体实施。

第四条（行业自律）

商贸、物流等相关行业协会应当加强行业自律，开展消防安全培训。

第五条（改建风险）

市场、摊位使用人改变经营用途的，应当采取有效措施防范消防安全风险。

第六条（火灾扑救）

市场发生火灾，由县消防救援大队指挥扑救。

第七条（施行日期）

本办法自2026年3月1日起施行。
"""


def test_subject_list_after_yiji_and_kind_heading() -> None:
    assert set(_units(_RULES, "2")) == {"县人民政府", "镇人民政府", "街道办事处", "派出机关"}


def test_body_named_by_its_tie() -> None:
    assert _units(_RULES, "3") == ["县商务局", "市场服务站"]


def test_association_and_holder_as_printed() -> None:
    assert _units(_RULES, "4") == ["商贸、物流等相关行业协会"]
    assert _units(_RULES, "5") == ["市场、摊位使用人"]


def test_by_agent_commands() -> None:
    assert _units(_RULES, "6") == ["县消防救援大队"]


_POINTS = """关于加强农贸市场监督执法的决定

一、市场监督执法工作应当坚持依法履职、协同高效的原则。

二、市场监管部门依法对市场开办者遵守法律、法规的情况进行监督检查。

镇市场监管所依法对辖区内摊位经营和农民自产自销履行登记义务的情况，以及县市场监管局指定的市场，实施日常监督检查。

三、市场监管部门和城管执法部门依法行使本市法律、法规规定的行政处罚权。其中，城管执法部门行使的下列行政处罚权，依法转由市场监管部门行使：

（一）《某某条例》第十条规定的警告、罚款处罚；

（二）与占道经营有关的行政处罚。

前款规定的行政处罚事项清单，由县市场监管局会同县城管执法局制定，并向社会公布。

四、本决定自2026年3月1日起施行。
"""


def test_object_of_dui_parted_by_commas() -> None:
    assert _units(_POINTS, "二") == ["镇市场监管所"]


def test_point_listing_powers_is_one_task() -> None:
    numbers = ["/".join([*t.path, t.number]) for t in parse_text(_POINTS).tasks]
    assert "三" in numbers and not any(n.startswith("三/") for n in numbers)
    t = _task(_POINTS, "三")
    assert t.lead_units == ["县市场监管局"] and t.responsible_units == ["县城管执法局"]


_HOUSING = """某区保障房建设管理细则

第一条 目的

为规范本区保障房建设管理，制定本细则。

第二条 项目选址

保障房项目的选址由属地街镇负责实施，由区规划资源局会同区发改委、区房管局等部门审核批准并落实。

第三条 房源管理

建设单位取得交付使用许可证后，将房源清单提交区保障中心。区保障中心根据街镇安置需求进行分配、安置与统筹。

第四条 登记

建设单位办理不动产权证书后，购房人持合同和资料，到区不动产登记事务中心办理不动产权证。

不动产登记机构核准首次登记的，应当在登记簿内注记“保障房”。

第五条 申领

项目取得认定单后，由街镇向区房管局申领供应单，经审核后按需发放。

第六条 施行

本细则自2026年3月1日起施行。
"""


def test_clause_label_takes_all_doers() -> None:
    t = _task(_HOUSING, "2")
    assert t.lead_units == ["区规划资源局"]
    assert set(t.responsible_units) == {"属地街镇", "区发改委", "区房管局"}


def test_later_sentence_rule_then_jinxing() -> None:
    assert "区保障中心" in _units(_HOUSING, "3")


def test_step_that_says_when_names_none() -> None:
    assert "建设单位" not in _units(_HOUSING, "4")
    # (near miss: a step with the subject's own modal 「A应当在…后，按照…向B移交…」 still names A)
    text = _HOUSING.replace("建设单位办理不动产权证书后，购房人持合同和资料，到区不动产登记事务中心办理不动产权证。",
                            "建设单位应当在竣工验收后，按照规定时限组织编制房屋档案。")
    assert _units(text, "4")[:1] == ["建设单位"]


def test_drawing_forms_is_an_application() -> None:
    assert _units(_HOUSING, "5") == []


def test_bodies_before_yiji_stand_outside_the_de_phrase() -> None:
    text = _RULES.replace("（政府职责）", "（属地检查）").replace(
        "镇人民政府、街道办事处，以及经济开发区管理机构、产业园区管理机构等各级人民政府的派出机关按照职责，组织开展",
        "镇人民政府、街道办事处以及开发区、产业园区等区域的管理机构应当加强")
    assert set(_units(text, "2")) == {"县人民政府", "镇人民政府", "街道办事处", "管理机构"}


# near misses: names that hold 指挥 stay whole; a party's case answered by another body names the other
def test_near_misses() -> None:
    text = """某镇防汛工作规定

第一条（目的）

为做好本镇防汛工作，制定本规定。

第二条（指挥）

镇防汛指挥部负责组织全镇防汛抢险。

第三条（违规处理）

施工单位擅自占用河道的，由镇水务站责令改正。

第四条（施行）

本规定自2026年3月1日起施行。
"""
    assert _units(text, "2") == ["镇防汛指挥部"]
    assert _units(text, "3") == ["镇水务站"]
