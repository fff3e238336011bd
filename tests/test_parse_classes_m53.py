"""m53: near misses of the classes review rv53 narrowed (tests/test_review_rv53.py holds the review's own cases).

Each test is a made-up text on the side of the line the first wave's rule still reads: the class itself stays as it
was once the review's over-reach is refused."""

from __future__ import annotations

from desktop.core.parse.normalise import _letter_ones, light
from desktop.core.parse.titles import find_title
from tests.test_parse_classes_p53a import article_units
from tests.test_parse_classes_p53c import rules as fee_rules, scope_rules, tasks
from tests.test_parse_classes_p53d import WITHOUT_SIX, agency_rules, paths
from tests.test_review_rv53 import _deadline, _values

# --- class_figures.reviewer_band: the later procedure words still pick a class through a band closed by 的 or the
#     project word right after the band


def test_a_band_closed_by_de_that_goes_to_a_decision_is_no_target():
    assert 1e6 not in _values("投资总额100万元及以上的报请区政府常务会议研究决定。")


def test_projects_right_after_the_band_exempted_from_tender_are_no_target():
    assert 1e6 not in _values("投资额在100万元以下的小型项目可以不进行招标。")


def test_projects_right_after_the_band_left_to_the_towns_are_no_target():
    assert 5e5 not in _values("总投资50万元以下的维修工程由各镇自行决定实施方式。")


def test_a_target_before_a_later_clause_exempting_projects_stays():
    assert 2e9 in _values("全年完成固定资产投资20亿元，其中零星项目免于招标。")


# --- acting_articles.acting_subject: a kind doing work with no modal stays a task


def test_a_kind_assisting_with_no_modal_stays_a_task():
    assert ("6",) in paths(agency_rules("代建单位协助项目单位完成竣工验收备案。"))


def test_a_kind_collecting_a_fee_and_reporting_stays_a_task():
    assert ("6",) in paths(agency_rules("代建单位收取代建管理费后，向区财政局报送使用情况。"))


def test_a_kind_whose_numbers_rise_is_no_task():
    assert paths(agency_rules("代建单位规模逐步扩大，服务质量稳步提升。")) == WITHOUT_SIX


def test_what_a_kind_is_said_to_mean_is_no_task():
    assert paths(agency_rules("代建单位是指受委托承担项目建设管理的单位。")) == WITHOUT_SIX


# --- role_subjects._KIND: a party of a trade's kind stays, a status field does not


def test_a_party_of_a_trade_stays_a_party_of_kind():
    assert article_units("停车场经营单位应当在十五日内完成整改。")[1] == ["停车场经营单位"]


def test_a_party_in_breach_of_rules_is_no_party_of_kind():
    assert article_units("违规企业应当在十五日内完成整改。") == ([], [])


# --- rate_lists / scope_articles: lines with no doer of their own stay text


def test_rate_lines_with_no_collector_stay_a_rate_list():
    text = fee_rules("处理费按吨计收，具体标准如下：\n"
                     "（一）宾馆、饭店产生的餐厨垃圾每吨50元；\n"
                     "（二）机关、学校食堂产生的餐厨垃圾每吨30元。")
    got = [t[0] for t in tasks(text)]
    assert ("3", "一") not in got and ("3", "二") not in got


def test_definition_items_with_no_doer_stay_no_tasks():
    text = scope_rules("（定义）\n本办法所称小型工程包括：\n"
                       "（一）房屋修缮工程，指对既有房屋进行的维修；\n"
                       "（二）道路养护工程，指对既有道路进行的养护。")
    got = [t[0] for t in tasks(text)]
    assert ("2", "一") not in got and ("2", "二") not in got


# --- hired_persons: persons by their role keep the article out, a body's staff do not


def test_enforcement_staff_by_role_alone_stay_persons():
    text = scope_rules("（执法要求）\n行政执法人员应当严格按照法定程序实施检查，并做好检查记录。")
    assert ("2",) not in [t[0] for t in tasks(text)]


def test_a_bureaus_enforcement_staff_keep_their_article():
    text = scope_rules("（执法要求）\n区城管执法局执法人员应当严格按照法定程序实施检查，并做好检查记录。")
    assert ("2",) in [t[0] for t in tasks(text)]


# --- normalise._letter_ones: l／I for 1 over a 2 still read; linear


def test_a_letter_l_over_its_two_is_one():
    assert light("l、加强领导\n2、落实责任\n").startswith("1、加强领导")


def test_a_capital_i_over_a_two_with_no_roman_two_is_one():
    assert light("I、加强领导\n（一）明确分工\n2、落实责任\n").startswith("1、加强领导")


def test_letter_ones_reads_every_l_that_has_its_two():
    # (its cost on this text is the bench's nasty_letter_ones, against its floor — never timed here)
    text = "".join(f"l、第{i}项排查工作。\n2、第{i}项整改工作。\n" for i in range(5000))
    out = _letter_ones(text)
    assert out.count("1、第") == 5000 and "l、" not in out


# --- tasks._past_year: a past year that opens the work still dates it


def test_a_year_end_before_the_plan_still_dates_the_work():
    assert _deadline("2024年底前区住建委要完成改造项目的验收。") == "2024-12-31"


# --- printed_titles.placed_below: the plan's own line below the cover's date is still its title


def _notice(line: str) -> str:
    return ("某县商务局文件\n某商发〔2020〕9号\n某县商务局\n关于印发出口专班工作方案的通知\n"
            "各乡镇(街道)，县级机关有关部门：\n现将方案印发给你们，请遵照实施。\n某县商务局\n2020年5月14日\n"
            f"{line}\n为稳住外贸基本盘，特制订本方案。\n一、工作目标\n出口增长10%。\n")


def test_the_issuers_line_below_the_date_is_the_title():
    assert find_title(_notice("长兴县出口专班工作方案")) == "长兴县出口专班工作方案"


def test_a_verb_line_below_the_date_is_no_title():
    assert find_title(_notice("参照长兴县出口专班工作方案")) != "参照长兴县出口专班工作方案"
