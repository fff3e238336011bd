"""Round 51 first wave (p51a), task counts in whole rules: articles that give the plan's bodies no work — liability
answered by no one or by the breaker's own superiors (Round 51 q47b, Round 52's x240_03 / x240_04), a reward by the
party's own unit (Round 55), the parties' appeal and the decider's option to have a court enforce (round 36, Round 49
p46b), the interpretation clause said of 具体应用问题 (round 30), a reference whose topics precede it (round 34), rules
for everyone with the plan's legal standing (round 36). Near misses: an article in which a named body acts stays a task
even when it cites a rule or holds a case clause. Made-up texts."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.no_work_articles import consequence_only

# a made-up rule in articles whose tasks name units: three articles of work, then the article under test, then closing
HEAD = ("某市河道保洁管理办法\n"
        "第一条　为了加强河道保洁管理，根据有关法律、法规，结合本市实际，制定本办法。\n"
        "第二条　市水务局负责全市河道保洁的监督管理工作。区水务局负责本区河道保洁的日常管理工作。\n"
        "第三条　区水务局应当每月组织开展河道保洁检查，并将检查结果报送市水务局。\n"
        "第四条　市水务局应当会同市财政局制定河道保洁经费标准。\n")
TAIL = "第六条　本办法自2025年1月1日起施行。\n"


def numbers(article: str) -> list[str]:
    """The task numbers of the made-up rule with ``article`` as its 第五条."""
    return [t.number for t in parse_text(HEAD + "第五条　" + article + "\n" + TAIL).tasks]


def test_the_rule_s_articles_of_work_are_its_tasks():
    assert numbers("区水务局应当建立河道保洁台账。") == ["2", "3", "4", "5"]


# --- liability and remedies -------------------------------------------------------------------------------------


@pytest.mark.parametrize("article", [
    # officials' liability with no agent
    "有关部门及其工作人员有滥用职权、玩忽职守、徇私舞弊行为的，对其直接负责的主管人员和其他直接责任人员，依法给予处分；"
    "构成犯罪的，依法追究刑事责任。",
    # answered by the breaker's own superiors, its cases listed under it
    "河道管理人员有下列行为之一的，由其所在单位或者上级主管部门给予行政处分；构成犯罪的，依法追究刑事责任：\n"
    "（一）对违法行为不查处的；\n（二）擅自批准占用河道的；\n（三）玩忽职守的负责人。",
    # by a superior government, with 通报批评
    "区人民政府未依法履行河道保洁职责的，由上级人民政府依据职权责令限期改正，通报批评；对直接负责的主管人员依法给予处分。",
    # the regulated parties' liability under another rule, with no agent (Round 51 q47b; round 48's liability)
    "单位和个人有下列情形之一的，依照《财政违法行为处罚处分条例》追究责任；涉嫌犯罪的，依法移送司法机关处理：\n"
    "（一）虚报冒领保洁经费的；\n（二）挪用保洁经费的。",
    # a reward by the party's own unit
    "对河道保洁工作做出显著成绩的单位和个人，由其所在单位或者该单位的上级主管机关予以表扬或者奖励。",
    # the parties' appeal and the decider's option
    "当事人对区水务局的具体行政行为不服的，可以依照《中华人民共和国行政复议法》的规定，申请行政复议或者提起行政诉讼。\n"
    "当事人逾期不申请行政复议，不提起行政诉讼，又不履行的，作出具体行政行为的部门可以申请人民法院强制执行。",
])
def test_an_article_of_liability_or_remedies_is_no_task(article):
    assert numbers(article) == ["2", "3", "4"]


@pytest.mark.parametrize("article", [
    # a named body acts on finding a liability: its own work
    "区水务局在检查中发现工作人员依法应当给予处分的，应当向其任免机关提出处分建议。",
    # a penalty answered by a body the rules task
    "违反本办法第三条规定，未按时报送检查结果的，由市水务局予以通报批评。",
    # a duty beside the court option
    "当事人逾期不申请行政复议，不提起行政诉讼，又不履行的，区水务局可以申请人民法院强制执行。\n"
    "区水务局在申请强制执行前，应当催告当事人履行义务。",
    # a scheme's reward paid by a body of the plan
    "对举报河道违法行为经查证属实的，由区水务局给予举报人奖励，奖励标准为每件500元。",
])
def test_near_misses_where_a_body_of_the_plan_acts_stay_tasks(article):
    assert numbers(article) == ["2", "3", "4", "5"]


def test_an_appointing_organ_is_no_superior_yet():
    # near miss (a question for the lead): 「由任免机关或者监察机关…给予行政处分」 — older sets name both as doers
    article = ("区水务局工作人员有下列情形之一的，由任免机关或者监察机关按照管理权限给予行政处分：\n"
               "（一）伪造检查记录的；\n（二）对举报人打击报复的。")
    assert numbers(article) == ["2", "3", "4", "5"]


def test_a_responsible_person_is_no_liability():
    # near miss: 「行政责任人」 is a post given by the article, no sanction
    assert numbers("各镇人民政府对辖区内河道保洁负总责，主要领导为行政责任人。") == ["2", "3", "4", "5"]


# --- closing clauses and references ----------------------------------------------------------------------------


def test_who_interprets_the_rule_s_questions_of_application_is_no_task():
    assert numbers("本办法的具体应用问题，由市水务局负责解释。") == ["2", "3", "4"]


@pytest.mark.parametrize("article", [
    "涉密河道档案的保管、利用，密级的变更和解密，应当按照有关保守国家秘密的法律、行政法规规定办理。",
    "对违反本办法规定的行为，按照有关法律、法规的规定予以处理。",
])
def test_a_reference_after_its_topics_is_no_task(article):
    assert numbers(article) == ["2", "3", "4"]


@pytest.mark.parametrize("article", [
    # a standard with a figure before the reference: a rule of the work
    "河道保洁定额参考本市河道养护定额的80%执行，保洁标准参照区水务局相关规定执行。",
    # the responder named: a task
    "违反本办法规定的，由区水务局按照有关法律、法规的规定予以处理。",
])
def test_near_misses_of_references_stay_tasks(article):
    assert numbers(article) == ["2", "3", "4", "5"]


# --- rules for everyone ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("article", [
    "经依法批准的河道保洁规划，是河道保洁管理的依据，未经法定程序不得修改。\n任何单位和个人都应当遵守经依法批准的河道保洁规划。",
    "任何单位或者个人不得向河道倾倒垃圾。对污染河道的行为，任何单位或者个人都有权制止并向区水务局举报。",
])
def test_an_article_of_rules_for_everyone_is_no_task(article):
    assert numbers(article) == ["2", "3", "4"]


@pytest.mark.parametrize("article", [
    # another subject's work after everyone's clause
    "任何单位和个人不得损毁河道保洁设施，保洁标志应就近集中存放并做好维护保养。",
    # a body acts on the reports
    "任何单位和个人都有权举报污染河道的行为。区水务局对举报应当按照规定予以受理。",
])
def test_near_misses_of_rules_for_everyone_stay_tasks(article):
    assert numbers(article) == ["2", "3", "4", "5"]


def test_a_city_s_call_that_ends_in_yingyong_is_no_task():
    # 「应用」 is a noun, no modal 应: the city's encouragement alone stays no task (round 33, round 40)
    assert numbers("本市鼓励和支持河道保洁技术创新，促进新技术在河道保洁方面的转化和应用。") == ["2", "3", "4"]


@pytest.mark.parametrize("head", ["（原则要求）", "（基本原则）"])
def test_a_principles_article_headed_so_is_no_task(head):
    # round 33 / round 49: principles give no work where the plan's tasks name units
    assert numbers(head + "\n河道保洁应当综合考虑防汛安全、生态环境和市民需求，体现公共利益。") == ["2", "3", "4"]


def test_an_article_of_requirements_with_work_stays_a_task():
    # near miss: 「（工作要求）」 is no principle; its 应当 gives work (round 43)
    assert numbers("（工作要求）\n区水务局应当建立保洁质量考核制度。") == ["2", "3", "4", "5"]


# --- a classification list under an article --------------------------------------------------------------------

CLASSES = ("（专家分类）\n根据专家擅长的领域，将河道保洁专家总体分为三类：\n"
           "（一）技术指导类，涉及保洁技术、设备选型等；\n"
           "（二）监督评估类，涉及保洁质量评估、考核等；\n（三）应急处置类，各区水务局根据需要推荐，不少于2人。")


def test_the_classes_an_article_sorts_into_are_its_text():
    # Round 54: lists that define kinds (分为…类) are definitions — the article one task, not three items
    assert numbers(CLASSES) == ["2", "3", "4", "5"]


def test_lines_that_are_no_class_names_stay_items():
    # near miss: 「分为三类」 over lines that each give a body work, no class named at their head
    text = ("河道保洁检查分为三类：\n（一）区水务局每月组织日常检查；\n（二）市水务局每季度组织抽查；\n"
            "（三）市水务局会同市财政局每年组织考核。")
    assert numbers(text) == ["2", "3", "4", "一", "二", "三"]


def test_a_compensation_schemes_right_holder_reporting_is_work_not_liability() -> None:
    """赔偿 inside a role of a compensation scheme 「赔偿权利人」 is no consequence befalling a breaker: the article's
    report and ledger are its work (merge of round 51: x229_03 第三十四条 was lost); the liability near miss stays."""
    assert not consequence_only("赔偿权利人及其指定的部门或机关对重点案件及时向上级部门报告并建立台账，"
                                "排出时间表，加快推进。")
    assert not consequence_only("赔偿义务人应当在规定期限内缴纳赔偿金。")
    assert consequence_only("违反本办法规定，造成损失的，依法承担赔偿责任；构成犯罪的，依法追究刑事责任。")
    assert consequence_only("因过错造成他人损失的，依法赔偿。")
