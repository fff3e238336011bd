"""Round 49, second wave (w49c): the responsible units of whole rules and city documents.

- levels sharing one head joined by 或者 「市或者区、县X部门」 are one name as printed, as 「市和区、县X部门」
  (round 31; ``shared_heads``);
- an exception clause 「除A实施…的…外，…」 opens with no subject (``duty_headings.opening_subject``,
  ``article_subjects``), and 「由A报B审批」 is a sending for a decision, no doer (rounds 46, 48;
  ``doer_words._APPLIES``);
- 「A在B(的)指导／领导下负责…」: B is rule 3's guide, A the doer (``organised_work.CIRCUMSTANCE``);
- 「若发现…违规…，由A责令…」: the breach A's enforcement answers, as 「…违规的，由A责令…」 (rounds 42, 51, 52;
  ``case_clauses.breach_answered``);
- a regulated party's own filing or payment as an article's subject 「单位…应当提供…材料」「单位应当…将…汇缴…」 names no
  doer (Round 54, r48b; ``article_subjects``, ``role_subjects``), 「由A代扣代缴」 a payer, 「由A计入…账户」 a doer;
- a verb's word before a level's 市委／市政府 「落实市委、市政府工作部署」 is no name (``body_names``);
- work split by its objects 「只涉及…的，由A…；涉及…的，由B牵头…并会同C…」 gives every agent (round 40;
  ``case_clauses.split_by_cases``), 受理申请 the receiver's work, 并会同 a lead's partners (``sentence_units``).
"""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units

HEAD = "某市某某管理条例\n第一条  为了加强管理，制定本条例。\n"


def _units(article: str, number: str = "2", head: str = HEAD) -> list[str]:
    tasks = [t for t in parse_text(head + f"第{'二' if number == '2' else '三'}条  " + article + "\n").tasks
             if t.path and t.path[0] == number or t.number == number]
    return [u for t in tasks for u in t.lead_units + t.responsible_units]


@pytest.mark.parametrize(("sentence", "name"), [
    ("擅自移动路名牌的，由市或者区、县民政部门责令限期改正。", "市或者区、县民政部门"),
    ("擅自设置标志的，由市或区、县交通部门责令改正。", "市或区、县交通部门"),
    # near miss: 和 was already one name
    ("擅自设置标志的，由市和区、县交通部门责令改正。", "市和区、县交通部门"),
])
def test_levels_joined_by_or_share_the_head(sentence, name):
    assert doer_units(sentence)[1] == [name]


def test_an_exception_clause_names_no_subject_and_a_sending_for_approval_no_doer():
    article = ("除市住房行政主管部门实施管理的小区名称由开发单位报市名称办审批外，"
               "其他小区名称由开发单位报区名称办审批。")
    assert _units(article) == []


def test_a_body_doing_its_own_review_before_sending_stays_a_doer():
    # near miss: the body's own step before the sending 「由A审核后报B审批」
    assert doer_units("由区民政部门审核后报市民政部门审批。")[1] == ["区民政部门"]


@pytest.mark.parametrize(("sentence", "doer"), [
    ("街道建设科在项目办指导下负责各项目的具体实施。", "街道建设科"),
    ("区、县交通部门在市交通部门的领导下具体负责本区域内的路牌管理工作。", "区、县交通部门"),
    ("采购部门在项目办指导审核下负责工程的采购工作。", "采购部门"),
])
def test_the_body_working_under_a_guide_is_the_doer(sentence, doer):
    assert doer_units(sentence)[1] == [doer]


def test_the_guide_itself_is_no_unit():
    assert "项目办" not in doer_units("街道建设科在项目办指导下负责各项目的具体实施。")[1]


def test_an_if_clause_breach_answered_by_the_agent():
    sentence = "在工程管理过程中，若发现拆分立项等违规现象，由项目办责令停工，并报纪工委追究责任。"
    assert doer_units(sentence)[1] == ["项目办"]


@pytest.mark.parametrize("sentence", [
    # near misses: a contingency with no breach stays rule 3's
    "若发现问题，由区建管委负责协调。",
    "如遇恶劣天气，由区应急局负责调度。",
])
def test_an_if_clause_with_no_breach_stays_a_contingency(sentence):
    assert doer_units(sentence)[1] == []


RULES = ("某市住房公积金缴存管理办法\n第一条  为了加强管理，制定本办法。\n"
         "第二条  本市机关、企业、事业单位（以下统称单位）应当为职工缴存住房公积金。"
         "某市公积金管理中心（以下简称市公积金中心）负责本市住房公积金缴存管理。\n")


def _rule_units(article: str) -> list[str]:
    tasks = [t for t in parse_text(RULES + "第三条  " + article + "\n").tasks if t.number == "3"]
    return [u for t in tasks for u in t.lead_units + t.responsible_units]


def test_an_employer_paying_names_none_and_the_centre_entering_is_a_doer():
    article = "单位应当于每月发放职工工资之日起5日内将住房公积金汇缴到专户内，由市公积金中心计入职工住房公积金账户。"
    assert _rule_units(article) == ["市公积金中心"]


def test_an_agent_withholding_pay_is_a_payer():
    assert doer_units("由所在单位每月从其工资中代扣代缴住房公积金。")[1] == []


def test_an_employer_filing_its_papers_names_none():
    assert "单位" not in _rule_units("单位在办理住房公积金缴存业务时应当提供真实、准确的相关证明材料。")


STORE = "某新区土地储备管理办法\n第一条  为了加强管理，制定本办法。\n第二条 土地储备计划\n（一）年度计划\n"


def test_a_government_body_drawing_up_and_sending_its_plan_stays_a_doer():
    # near miss: a body of government drawing up its plan, then sending it (round 46), is no regulated party
    text = (STORE + "新区管委会在收到市规划资源局关于编报计划的工作要求后，结合新区现状，按照技术规范编制年度土地储备"
            "计划，报市规划资源局批准后由土地储备中心组织实施。\n")
    assert [u for t in parse_text(text).tasks for u in t.responsible_units] == ["新区管委会", "土地储备中心"]


def test_a_party_drawing_up_and_sending_its_own_plan_names_none():
    text = STORE + "储备单位在收到工作要求后，结合现状，按照技术规范编制年度土地储备计划，报市规划资源局批准。\n"
    assert [u for t in parse_text(text).tasks for u in t.responsible_units] == []


def test_a_verb_before_the_party_committee_and_government_is_no_name():
    sentence = "各区民政局要认真贯彻上级指示精神，落实市委、市政府工作部署，切实提高工作能力。"
    assert doer_units(sentence)[1] == ["各区民政局"]


def test_a_name_opening_with_a_verbs_word_stays_a_name():
    # near miss: 发展改革委 opens with a verb's word and is a body
    assert doer_units("区发展改革委负责项目审批。")[1] == ["区发展改革委"]


def test_a_lead_receiving_applications_with_partners_joined_by_bing():
    # 受理申请 is the receiver's work, not an application; 并会同B: B the lead's partner (round 37)
    assert doer_units("由区规划资源部门牵头受理申请并会同区林业局分别审批。") == (
        ["区规划资源部门"], ["区规划资源部门", "区林业局"])


def test_an_applicant_stays_none():
    # near miss: the applicant's own 提出申请 (round 30)
    assert doer_units("由建设单位提出申请。")[1] == []


def test_work_split_by_its_objects_gives_every_agent():
    text = ("只涉及使用林地的，由区林业局依法办理审批手续；涉及林地、耕地等地类混合的，由区规划资源局牵头受理申请"
            "并会同有关部门分别审批后，统一出具批准文件。")
    assert doer_units(text)[1] == ["区林业局", "区规划资源局", "有关部门"]


def test_a_threshold_deciding_who_approves_stays_a_contingency():
    # near miss: a threshold deciding who approves (round 30) is no split by objects
    text = ("本段文字说明处置方式。溢价不超过20％的，由镇政府集体决策后直接操作；"
            "溢价超过20％的，由镇政府上报区政府审议后操作。")
    assert doer_units(text)[1] == []


def test_a_supervising_agent_makes_no_split():
    # near miss: cases answered by agents that only supervise another 「由A督促B…」: the later case stays a contingency
    text = ("本段文字说明调查要求。地块涉及土地储备的，由区规划资源局督促储备机构开展调查；"
            "地块属于工业用地的，由区生态环境局督促使用权人开展调查。")
    assert "区生态环境局" not in doer_units(text)[1]
