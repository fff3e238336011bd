"""Review rv53 of round 53's first wave (16de4042..d5c7afda): near misses where the new rules fire beyond their class.

Each test is a made-up text in the shape of the class a first-wave rule reads, one step outside it; each states the
reading the conventions give (CONVENTIONS.md cited per test). They fail on d5c7afda; most pass on 16de4042."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.normalise import _letter_ones, light
from desktop.core.parse.targets import find_targets
from desktop.core.parse.titles import find_title
from tests.test_parse_classes_p53a import article_units
from tests.test_parse_classes_p53c import rules as fee_rules, scope_rules, tasks
from tests.test_parse_classes_p53d import WITHOUT_SIX, agency_rules, paths

# --- acting_articles.acting_subject: an article whose first sentence states a fact or a definition -------------------
# (Round 44 rulings, written early: the subject of a verb *of doing*; being, having, contents and facts name no doer.
#  On 16de4042 none of these four articles was a task.)


def test_rv53_an_article_listing_what_a_kind_includes_is_no_task():
    assert paths(agency_rules("代建单位包括项目管理公司和工程咨询机构。")) == WITHOUT_SIX


def test_rv53_an_article_stating_how_a_fee_a_kind_charges_is_computed_is_no_task():
    # (a noun phrase 「代建单位收取的代建管理费」 whose verb 计算 is the fee's, not the body's)
    assert paths(agency_rules("代建单位收取的代建管理费按项目投资额的1%计算。")) == WITHOUT_SIX


def test_rv53_an_article_stating_a_fact_about_a_kind_is_no_task():
    assert paths(agency_rules("代建单位数量逐年增加，管理水平不断提升。")) == WITHOUT_SIX


def test_rv53_an_article_classing_a_kind_is_no_task():
    assert paths(agency_rules("代建单位资质等级分为甲级和乙级。")) == WITHOUT_SIX


# --- role_subjects._KIND: a status before 单位／企业 is no field (Round 62 rulings: "a party named by a kind"; rule 3:
#     what befalls a breaker names no doer). On 16de4042 both read ([], []).


def test_rv53_a_breaker_named_by_its_breach_is_no_party_of_kind():
    assert article_units("违法单位应当在十五日内改正。") == ([], [])


def test_rv53_a_party_named_by_its_involvement_is_no_party_of_kind():
    assert article_units("涉事企业应当立即停业整顿。") == ([], [])



def test_rv53_an_inspected_party_handing_in_papers_is_no_party_of_kind():
    # (受检 is 被检查's passive, which 8db4032d's (?<!被) already reads as no kind; 提供资料 a filing, Round 62 rulings)
    assert article_units("受检单位应当如实提供有关资料，配合检查。") == ([], [])

# --- rate_lists.rate_list: lines that carry a doer (the module's own words: "lines that each give a body work stay
#     items"). On 16de4042 the items stood; on d5c7afda the whole article is lost.


def test_rv53_rate_lines_each_naming_who_collects_are_no_rate_list():
    text = fee_rules("处理费按吨计收，具体标准如下：\n"
                     "（一）宾馆、饭店产生的餐厨垃圾每吨50元，由区环卫中心收取；\n"
                     "（二）机关、学校食堂产生的餐厨垃圾每吨30元，由各街道收取。")
    got = [t[0] for t in tasks(text)]
    assert ("3", "一") in got and ("3", "二") in got


# --- scope_articles._scope_article: a definitions article whose items give work with no modal (round 39: a scope
#     article whose text gives work keeps it; the module: "Not an article whose text or items give work").


def test_rv53_definition_items_that_each_give_a_body_work_stay_tasks():
    text = scope_rules("（定义）\n本办法所称小型工程包括：\n"
                       "（一）房屋修缮工程，区房管局定期开展巡查；\n"
                       "（二）道路养护工程，区建管委定期开展巡查。")
    got = [t[0] for t in tasks(text)]
    assert ("2", "一") in got and ("2", "二") in got


# --- normalise._letter_ones: a roman I over its own II (the function's own comment: "a roman numeral over its own
#     II — stays as written")


def test_rv53_a_roman_one_over_its_own_two_stays_roman():
    text = "I、总体要求\n（一）指导思想\nII、主要任务\n2、加强领导\n"
    assert light(text).startswith("I、总体要求")


# --- tasks._past_year: a past year inside the noun picks the objects, it dates nothing (Round 62 rulings, Dates:
#     「所有2007年进行年检的」「2020年防汛物资」 pick them). On 16de4042: no deadline.


def _plan(item: str) -> str:
    return ("某区2025—2027年老旧小区改造三年行动方案\n为加快老旧小区改造，制定本方案。\n一、主要任务\n"
            f"（一）{item}\n（二）区住建委要加强改造质量监管。\n二、保障措施\n区财政局要落实改造资金。\n"
            "某区人民政府\n2025年3月1日\n")


def _deadline(item: str) -> str | None:
    return next(t.deadline for t in parse_text(_plan(item)).tasks if t.text.startswith(item[:6]))


def test_rv53_a_past_year_that_picks_the_projects_sets_no_deadline():
    assert _deadline("2024年启动的改造项目，区住建委要在年内全部完工。") != "2024-12-31"


def test_rv53_a_past_year_that_picks_the_listed_estates_sets_no_deadline():
    assert _deadline("2024年纳入计划的23个小区，区住建委要加快推进改造。") != "2024-12-31"


# --- printed_titles.placed_below: a line inside the notice's text (before its signature and date), a sentence, is
#     no title line (Round 62 rulings, Titles, decided: "printed after a cover (its date or signature) and before the
#     plan's text … told by where it stands and that it is no sentence … inside the text is none").


def _notice_with_line(line: str) -> str:
    return ("某县商务局文件\n某商发〔2020〕9号\n某县商务局\n关于印发出口专班工作方案的通知\n"
            "各乡镇(街道)，县级机关有关部门：\n"
            f"现将方案印发给你们，请遵照实施。\n{line}\n某县商务局\n2020年5月14日\n"
            "出口专班工作方案\n为稳住外贸基本盘，特制订本方案。\n一、工作目标\n出口增长10%。\n")


def test_rv53_a_sentence_in_the_notice_naming_another_bodys_plan_is_no_title_line():
    assert find_title(_notice_with_line("参照市商务局出口专班工作方案")) == "出口专班工作方案"


def test_rv53_a_call_to_carry_out_the_plan_is_no_title_line():
    assert find_title(_notice_with_line("请认真贯彻落实县出口专班工作方案")) == "出口专班工作方案"


# --- class_figures.reviewer_band (_PROCEDURE's new exemption / commission / decision words): a plan's own target
#     whose sentence later names projects and a procedure is no class (Round 62 rulings, Targets: only "a band that
#     exempts a class names the class the rule leaves out"; round 30: a figure of work the plan sets is a target).
#     On 16de4042 each figure was found.


def _values(sentence: str) -> list[float]:
    return [t.value for t in find_targets(sentence, 2025, relaxed=True)]


def test_rv53_an_investment_target_before_a_clause_of_decisions_stays_a_target():
    assert 1e10 in _values("全年完成政府投资100亿元以上，确保重点项目按期开工，重大事项报请区政府研究决定。")


def test_rv53_an_investment_target_before_a_supervision_clause_stays_a_target():
    assert 5e7 in _values("全年完成农村公路建设投资5000万元，工程质量由区交通委委托监理机构全程监督。")


def test_rv53_an_investment_target_before_an_exemption_of_small_projects_stays_a_target():
    assert 3e9 in _values("年内完成技改投资30亿元以上，小型项目可以不进行招标。")


def test_rv53_a_sales_target_before_a_clause_left_to_the_towns_stays_a_target():
    assert 3e10 in _values("全年实现社会消费品零售总额300亿元，项目实施方案由各镇自行决定。")


# --- hired_persons._PERSON (執法人员 by role): the staff of a body named before them keep the article, as
#     p53c's own `test_a_body_whose_staff_must_act_keeps_its_article` reads 「区建管委执法人员应当…」 — the lookbehind
#     [局委办府心] misses bodies ending in 队／科／单位. On 16de4042 each article was a task.


def test_rv53_a_squads_enforcement_staff_keep_their_article():
    text = scope_rules("（执法要求）\n镇执法中队执法人员应当严格按照法定程序实施检查，并做好检查记录。")
    assert ("2",) in [t[0] for t in tasks(text)]


def test_rv53_a_sections_enforcement_staff_keep_their_article():
    text = scope_rules("（执法要求）\n街道城管科执法人员应当严格按照法定程序实施检查，并做好检查记录。")
    assert ("2",) in [t[0] for t in tasks(text)]


# --- opening_subjects._VERB_AFTER 收到／接到 with acting_subject: 「A收到的X」 is a noun phrase,
#     no subject doing (round 44's "a name that is only the head of a noun phrase"). On 16de4042 no task.


def test_rv53_what_a_body_received_stated_as_a_fact_is_no_task():
    assert paths(agency_rules("区建设管理委收到的代建投诉数量逐年下降。")) == WITHOUT_SIX


# --- speed: normalise._letter_ones searches for the next numbered line from every l／I line, to the end of the text
#     when none follows — quadratic (365 KB of 「l、…」 lines: 5.3 s on d5c7afda; one pass with the numbered lines'
#     positions found once would take milliseconds).


def test_rv53_letter_ones_leaves_many_l_lines_with_no_two_as_written():
    # (their cost is the bench's nasty_lone_letters, against its floor — never timed here: the machines are noisy)
    text = "".join(f"l、完善发现机制，镇综治办负责做好第{i}项排查工作。\n" for i in range(5000))
    assert _letter_ones(text) == text
