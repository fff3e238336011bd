"""Round 60 (p60c): an article that divides the work among bodies (第N条（职责分工）／（部门职责）／（X职责）), one
clause or paragraph each, and the units it gives.

- A heading 「（X职责）」 names one party's duties only where its text does not name its own bodies:
  under 「第三条（市级部门职责）」 whose paragraphs open 「A负责…」「B承担…」 and never print 市级部门, X is a level
  or a class of the bodies the text names, and the units are those bodies (CONVENTIONS.md round 39's x232_02:
  「X职责」 gives out work where X names no one party). A heading whose party the text names
  「（公园管理机构职责） 公园管理机构应当…」 stays its unit heading.
- 「A依职能具体承担…」: 依职能 is 依职责 (an adverb between the subject and its verb).
- 「A指导监督B按照…开展…」: a guide joined to oversight watches B (round 30: the objects of 督促／监督 are no units), so
  B is none — never the clause 「监督B」 read as a name; 「A指导B开展…」 under a 职责分工 heading still gives A and B
  (round 35).
- 「A根据工作需要，可组织B…」: what A may do is an option and gives A no work (rounds 36, 49), under a 职责分工 heading
  too; without 可 A is a unit.
- 「A、B、C等部门，在各自的职责范围内依法对…实施监督管理」: the comma after the names changes nothing (as without it).
- 「A负责督促指导B，协调推进…应急处置工作」: after the pivot 协调 a verb opens the work, and no body is cut from it
  (「推进…应急处」 is no name); 「协调联系广电局新闻跟踪采访」 still names 广电局.
Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.defined_names import drop_definitions
from desktop.core.parse.sentence_units import doer_units

DIVISION = "（职责分工）"


def units(text: str) -> dict[str, list[str]]:
    return {t.number: t.responsible_units for t in parse_text(text).tasks}


def rules(*articles: str) -> str:
    body = "".join(f"第{n}条{a}\n" for n, a in zip("二三四五六", articles, strict=False))
    return ("某市农田建设项目管理办法\n第一条（目的依据）\n为规范农田建设项目管理，根据有关规定，制定本办法。\n"
            f"{body}第七条（施行日期）\n本办法自2026年3月1日起施行。\n")


def test_a_heading_naming_a_level_gives_the_bodies_its_text_names():
    got = units(rules(
        " （市级部门职责）\n某市农业农村委员会（以下简称市农业农村委）负责农田建设项目相关技术标准制定，"
        "项目审批等管理工作。\n某市农田建设事务中心（以下简称市农建中心）依职能具体承担项目的组织实施和监管评估。",
        " （区镇职责）\n各涉农区政府负责落实区级配套资金，协调解决项目实施中的有关问题。"
        "区农业农村委配合做好项目的申报组织和日常巡查。\n乡镇政府负责做好本行政区域内项目实施中的事务性工作。"))
    assert got["2"] == ["某市农业农村委员会", "某市农田建设事务中心"]
    assert got["3"] == ["各涉农区政府", "区农业农村委", "乡镇政府"]


def test_a_heading_whose_party_the_text_names_stays_its_unit():
    got = units(rules("（公园管理机构职责）\n公园管理机构应当做好日常巡查和设施养护。",
                      "（区绿化部门职责）\n区绿化部门负责口袋公园的规划建设，会同区财政局落实养护资金。"))
    assert got["2"] == ["公园管理机构"]
    assert got["3"][0] == "区绿化部门"


def test_a_guide_joined_to_oversight_names_no_watched_body():
    assert doer_units("市供销总社指导监督市属企业按照本细则的规定开展评估工作。", heading=DIVISION) == (
        [], ["市供销总社"])
    # (near miss: 「A指导B开展…」 under the heading still gives both, round 35)
    assert doer_units("市供销总社指导市属企业按照本细则的规定开展评估工作。", heading=DIVISION) == (
        [], ["市供销总社", "市属企业"])


def test_an_option_after_the_rule_a_body_follows_gives_it_no_work():
    got = units(rules("（职责分工）\n市农业农村委负责评估工作业务指导和监督管理工作。\n"
                      "区政府负责组织开展评估。各区政府或市农场管理机构根据工作需要，可组织区农业、林业等相关部门调查认定评估条件。"))
    assert got["2"] == ["市农业农村委", "区政府"]
    # (near miss: without 可 the body's work is its own)
    assert doer_units("市农场管理机构根据工作需要，组织区农业、林业等相关部门调查认定评估条件。", heading=DIVISION) == (
        [], ["市农场管理机构"])


def test_names_then_a_comma_then_their_oversight_in_their_own_remit():
    got = units(rules("（调查认定）\n区林业部门负责林地权属的调查认定。\n"
                      "区农业、水务、消防救援机构等部门，在各自的职责范围内依法对涉及农业设施的安全生产工作实施监督管理。"))
    assert got["2"] == ["区林业部门", "区农业、水务、消防救援机构等部门"]


def test_a_verb_after_a_pivot_is_work_not_a_body():
    assert doer_units("区应急局负责督促指导相关职能部门和街道，协调推进危险房屋应急处置工作。", heading=DIVISION) == (
        [], ["区应急局"])
    # (near miss: a body after the pivot with its work still named)
    assert doer_units("区应急局负责督促指导相关部门，协调联系广电局新闻跟踪采访。", heading=DIVISION) == (
        [], ["区应急局", "广电局"])


def test_fields_and_a_whole_body_before_one_head_keep_the_head():
    # (Round 81: fields joined by 、 before one head with 等 are one name as printed, a whole body among them
    # changing nothing)
    assert doer_units("区农业、水务、消防救援机构等部门负责农业设施的安全监督管理。") == (
        [], ["区农业、水务、消防救援机构等部门"])
    # (near miss: bodies with heads of their own before 等部门 stay apart, the tail dropped — round 35)
    assert doer_units("区财政局、区水务局、消防救援机构等部门负责农业设施的安全监督管理。") == (
        [], ["区财政局", "区水务局", "消防救援机构"])


def test_an_entrusted_body_after_a_named_one_is_the_name_after_the_de():
    got = units(rules("\n某市农业农村委员会负责本市农田建设项目的监督管理工作。\n"
                      "区农业部门和经授权或者委托的相关机构按照职责负责本行政区域内农田建设项目的监督管理工作。"))
    assert got["2"] == ["某市农业农村委员会", "区农业部门", "相关机构"]
    # (near miss: the last two of a list of bodies with heads of their own, a field and a body, stay apart)
    assert doer_units("宣传办、文明办、民政、共青团等单位组织志愿服务团队开展消防宣传。")[1] == [
        "宣传办", "文明办", "民政", "共青团"]


def test_a_definition_after_the_bodys_other_name_in_one_bracket():
    # (「A（B，以下简称“X”）负责…」: the other name stays in the bracket as printed, the definition dropped)
    got = units(rules("（职责分工）\n市住房保障部门是本市合同备案的行政主管部门，负责统筹协调、政策制订、监督管理。\n"
                      "区房屋交易中心（区住房服务中心，以下简称“服务中心”）负责本辖区内备案工作的日常监管。"))
    assert got["2"] == ["市住房保障部门", "区房屋交易中心（区住房服务中心）"]
    # (near miss: a bracket holding the definition alone is dropped whole)
    got = units(rules("（职责分工）\n区房屋交易中心（以下简称“服务中心”）负责本辖区内备案工作的日常监管。"))
    assert got["2"] == ["区房屋交易中心"]
    # (near miss: 「A（B，以下简称A）」 makes A stand for B too — a scope, left as printed)
    scope = "由居委会（村委会，以下简称居委会）协商设置。"
    assert drop_definitions(scope) == scope


def test_an_entrusted_partner_of_hui_tong_is_the_name_after_the_de():
    # (「由A会同受委托的B、C，…组织…」: the partners described by their entrusting, as by their place — round 34)
    assert doer_units("列入计划的农田项目，由市农建中心会同受委托的乡镇政府、街道办事处，采取招标等公开方式选择单位，"
                      "按照有关技术规范组织勘测等工作。") == (["市农建中心"], ["市农建中心", "乡镇政府", "街道办事处"])
    # (beside it, the partner described by its place reads as before)
    assert doer_units("由市农建中心会同建设项目所在地的街道办事处组织勘测。") == (
        ["市农建中心"], ["市农建中心", "街道办事处"])
    # (near miss: 「会同受委托的」 with no body after the 的 names none)
    assert doer_units("由市农建中心会同受委托的有关方面组织勘测。")[1] == ["市农建中心"]
