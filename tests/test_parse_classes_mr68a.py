"""Round 68 mends (mr68a) of rules the review rv68a found wider than their class; each near miss keeps the reading
it had before round 68, each original class still reads as round 68 made it.

- A body's colon paragraph whose work runs along a street 「镇交通办：清理人民路1号至50号沿线占道堆放…」 is a duty
  paragraph, no contact line: only an address that is the whole first clause 「某市长江路12号，…」 is (prose_units).
- A named body given an office in a division section 「区水务局为区防汛指挥部办公室。负责…」 stays a unit: only a kind
  of body the section defines 「防汛应急指挥机构为办事处防汛指挥部。」 is dropped (divisions).
- A named body before 即 「由区财政局即资金主管部门（以下简称主管部门）」 is not read as a role said two ways: the
  defined name replaces only a role 「原处罚作出部门即原行政行为作出单位（部门）」 (defined_names).
- A scoring scheme's rows that name criteria 「1.项目建设规模（10分）」 are no weighted work lines: only rows that state
  work, a clause or a stop in them 「1、建立完善支部工作制度并公示。(4分)」「1、招商引资。(3分)」, are (scored_rows).
- A decision named as the case with its day after it 「作出不予许可决定的，应当在作出决定之日起5日内书面告知申请人」
  is no finding told: 「作出是否予以修复的决定，并书面告知…主体」 is (duty_sentences.FINDING_TOLD).
- A body's act on spending 「区财政局严格控制工作经费支出。」 is no money topic: only the spending named as the topic
  of clauses after it 「…管理的日常费用支出，包括…等，纳入…预算…」 is (money_articles).
- A greeting with work run on after its comma 「祝大家节日快乐，并组织走访慰问困难职工。」 is no greeting line: only
  wishes 「祝大家节日快乐，身体健康！」 are (catch_all_lines).
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.catch_all_lines import catch_all_line
from desktop.core.parse.duty_sentences import FINDING_TOLD
from desktop.core.parse.money_articles import money_only

_PLAN = ("某区关于印发某工作方案的通知\n\n各单位：\n\n现将方案印发给你们，请认真执行。\n\n"
         "某区人民政府\n\n2024年3月1日\n\n某区某工作方案\n\n")
_RULES = ("某市水务局关于印发《某市某管理办法》的通知\n\n现将《某市某管理办法》印发给你们，请认真执行。\n\n"
          "2022年3月1日\n\n某市某管理办法\n\n第一条（目的）\n\n为了规范管理，根据有关规定，制定本办法。\n\n")


def _units(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


# 1. prose_units._CONTACT's street address

_STREET_WORK = _PLAN + ("一、职责分工\n\n镇城管办：负责集镇区域日常保洁巡查。\n\n"
                        "镇交通办：清理人民路1号至50号沿线占道堆放，6月底前完成。\n\n镇派出所：负责查处占道经营行为。\n")


def test_near_miss_work_along_a_street_is_a_bodys_duty_paragraph() -> None:
    units = _units(_STREET_WORK)
    assert len(units) == 3, units
    assert sorted(u for us in units.values() for u in us) == ["镇交通办", "镇城管办", "镇派出所"], units


def test_near_miss_an_act_on_an_address_is_no_contact_line() -> None:
    units = _units(_STREET_WORK.replace("清理人民路1号至50号沿线占道堆放，", "整治人民路1号，"))
    assert len(units) == 3, units


# 2. divisions._DEFINED_AS

_OFFICE = _PLAN + ("一、工作目标\n\n做好防汛工作。\n\n二、职责分工\n\n{}负责防汛日常工作，做好汛情监测预警。\n\n"
                   "区应急局负责统筹协调抢险救援工作。\n\n区住建局负责在建工地防汛安全检查。\n")


def test_near_miss_a_named_body_given_an_office_stays_a_unit() -> None:
    units = _units(_OFFICE.format("区水务局为区防汛指挥部办公室。"))
    assert units["二"] == ["区水务局", "区应急局", "区住建局"], units


def test_a_kind_of_body_the_section_defines_is_still_no_unit() -> None:
    units = _units(_OFFICE.format("防汛应急指挥机构为区防汛指挥部。其职责是："))
    assert "防汛应急指挥机构" not in units["二"] and "区应急局" in units["二"], units


# 3. defined_names._APPOSED_ROLE

_APPOSED = _RULES + ("第二条（资金）\n\n项目资金由{}（以下简称主管部门）负责审核拨付。\n\n"
                     "第三条（监督）\n\n主管部门应当加强监督检查。\n")


def test_near_miss_a_named_body_before_ji_stays_named() -> None:
    units = _units(_APPOSED.format("区财政局即资金主管部门"))
    assert units["2"] and units["2"][0].startswith("区财政局"), units


def test_a_role_said_two_ways_still_reads_as_its_defined_name() -> None:
    units = _units(_APPOSED.format("原资金拨付部门即原项目审批部门"))
    assert units["2"] == ["主管部门"], units


# 4. scored_rows._weighted_work

_CRITERIA = _PLAN + ("一、工作目标\n\n做好项目评审工作。\n\n二、评分标准\n\n（一）项目基础（30分）\n\n"
                     "1.项目建设规模（10分）\n\n"
                     "2.项目投资强度（10分）\n\n3.带动农户数量（10分）\n\n（二）项目效益（20分）\n\n1.新增产值（10分）\n\n"
                     "2.新增就业岗位（10分）\n\n三、工作要求\n\n（一）区农业农村局负责组织项目评审。\n\n"
                     "（二）区财政局负责拨付奖补资金。\n")


def test_near_miss_criteria_named_with_their_weights_are_no_tasks() -> None:
    assert list(_units(_CRITERIA)) == ["三/一", "三/二"]


def test_weighted_work_lines_are_still_tasks() -> None:
    text = _CRITERIA.replace("1.项目建设规模（10分）", "1.建立项目建设台账，按月更新。（10分）") \
        .replace("2.项目投资强度（10分）", "2.开展项目投资分析，每季度一次。（10分）") \
        .replace("3.带动农户数量（10分）", "3.组织农户参加培训，全年不少于2次。（10分）")
    assert {"二/一/1", "二/一/2", "二/一/3"} <= set(_units(text))


def test_a_weighted_line_of_work_written_as_a_sentence_is_still_a_task() -> None:
    text = _CRITERIA.replace("1.项目建设规模（10分）", "1.招商引资。（10分）") \
        .replace("2.项目投资强度（10分）", "2.民营经济。（10分）") \
        .replace("3.带动农户数量（10分）", "3.项目建设。（10分）")
    assert "二/一/1" in _units(text)


# 5. duty_sentences.FINDING_TOLD

def test_near_miss_a_decision_named_as_the_case_with_its_day_is_no_finding_told() -> None:
    assert not FINDING_TOLD.search("区住建局作出不予许可决定的，应当在作出决定之日起5日内书面告知申请人")
    assert not parse_text(_RULES + "第二条（告知）\n\n区住建局作出不予许可决定的，"
                                   "应当在作出决定之日起5日内书面告知申请人。\n").duties


def test_a_decision_told_to_its_party_is_still_a_finding_told() -> None:
    assert FINDING_TOLD.search("区水务局应当在10个工作日内作出是否予以修复的决定，并书面告知信用信息主体")
    assert not FINDING_TOLD.search("作出不予许可决定的，应当书面告知申请人")


# 6. money_articles._TOPIC's spending

def test_near_miss_a_bodys_act_on_spending_is_no_money_topic() -> None:
    assert not money_only("区财政局严格控制工作经费支出。")
    assert not money_only("各单位严格控制工作经费支出。")


def test_spending_named_as_the_topic_of_clauses_after_it_is_still_money() -> None:
    assert money_only("养护基金管理的日常费用支出，包括人员费用、审计费用等，纳入部门预算，不得在养护基金中列支。")


# 7. catch_all_lines._GREETING

def test_near_miss_work_run_on_after_a_greeting_is_no_catch_all() -> None:
    assert not catch_all_line("祝大家节日快乐，并组织走访慰问困难职工。")
    assert not catch_all_line("祝大家节日快乐，做好值班工作。")


def test_a_greeting_with_short_wishes_is_still_a_catch_all() -> None:
    assert catch_all_line("祝大家节日快乐，身体健康！")
    assert catch_all_line("祝全体师生度过一个欢乐祥和的新春佳节。")


def test_near_miss_a_greeting_with_work_stays_a_task() -> None:
    text = _PLAN + ("一、工作安排\n\n1.各单位做好节日值班工作。\n\n2.做好安全检查。\n\n"
                    "3.祝大家节日快乐，并组织走访慰问困难职工。\n")
    assert "一/3" in _units(text)
