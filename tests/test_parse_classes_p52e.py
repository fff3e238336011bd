"""Round 52, parser helper p52e (made-up snippets): the plan's own title line printed after its cover where the
cover's name shortens the place to its level word (Round 60 rulings, x256_06); each figure of a per-area split
「其中A市33所、B县40所」 kept with its own area's name; and Round 60's targets readings — the objects a body checks or
selects on a rhythm or by a multiple are its own number of work, a band's 的-phrase whose noun is left out is a class,
and 要 before 对 is the sentence's modal, no word of the noun. Each with near misses that stay as they were."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.targets import find_targets
from desktop.core.parse.titles import find_title
from tests.helpers_parse import cover_then_own_line as _cover


def _targets(text: str) -> list[tuple[float, str, str | None]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 2024, relaxed=True)]



# --- 1. the plan's own title line after its cover (Round 60 rulings, x256_06) ---------------------------------------

def test_the_own_title_line_after_a_cover_that_shortens_the_place_is_the_title():
    assert find_title(_cover("关于印发县出口专班工作方案的通知", "安平县出口专班工作方案")) == "安平县出口专班工作方案"
    assert find_title(_cover("关于印发市稳外贸行动方案的通知", "青川市稳外贸行动方案")) == "青川市稳外贸行动方案"


def test_a_cover_that_names_the_plan_in_full_or_another_line_keeps_its_reading():
    # (the name printed as the cover writes it: the name, as before)
    assert find_title(_cover("关于印发县出口专班工作方案的通知", "县出口专班工作方案")) == "县出口专班工作方案"
    # (a name that opens with no level word: the line printed, its place kept — Round 62 rulings, decided, turned this
    # test's earlier 「出口专班工作方案」; a line that only holds the name after a topic's words: the name)
    assert find_title(_cover("关于印发出口专班工作方案的通知", "安平县出口专班工作方案")) == "安平县出口专班工作方案"
    assert find_title(_cover("关于印发县出口专班工作方案的通知", "关于推进县出口专班工作方案")) == "县出口专班工作方案"


# --- 2. a per-area split keeps each figure with its own area ----------------------------------------------------------

def _subjects(text: str) -> list[tuple[float, str]]:
    return [(t.value, t.subject) for t in find_targets(text, 2024, relaxed=True)]


def test_each_figure_of_a_per_area_split_has_its_own_area():
    got = _subjects("计划改造农村学校120所，其中东山市30所、西河县50所、北岭特区40所。")
    assert (30, "东山市") in got and (50, "西河县") in got and (40, "北岭特区") in got
    got = _subjects("新建通村公路900公里，其中：东山市300公里、西河县400公里、南湖经济开发区200公里。")
    assert [s for v, s in got if v in (300, 400, 200)] == ["东山市", "西河县", "南湖经济开发区"]


def test_a_split_by_kinds_keeps_each_kind_and_a_list_without_qizhong_is_as_before():
    got = _subjects("计划改造农村学校120所，其中新建学校30所、改建学校90所。")
    assert (30, "新建学校") in got and (90, "改建学校") in got
    assert (30, "东山市") in _subjects("改造120所，其中，东山市30所、西河县90所。")
    # (near misses: a part with a word of aim keeps its own reading; no 其中, the list is read as before)
    assert (30, "农村学校") in _subjects("计划改造120所，其中农村学校达到30所。")
    # (no 其中: no split by area; since w56d each figure of a list 「A30所、B50所」 takes its own clause's subject, as
    # any listed figures do, where it took the next clause 「西河县50所」 before)
    assert _subjects("东山市30所、西河县50所。") == [(30, "东山市"), (50, "西河县")]


# --- 3. Round 60's targets readings -----------------------------------------------------------------------------------

def test_the_objects_a_body_checks_on_a_rhythm_are_its_number_of_work():
    assert _targets("市应急局每年复核1家化工园区。") == [(1.0, "家", None)]
    assert _targets("区市场监管局每季度抽查2家企业。") == [(2.0, "家", None)]
    # (near misses: a rhythm's own period, and a count sent on a rhythm by a verb that reaches no objects)
    assert _targets("每3年开展一次评估。") == []
    assert _targets("每年报送1批典型案例。") == []


def test_the_multiple_of_the_objects_a_body_selects_is_its_number_of_work():
    assert _targets("按照上年度任务3倍的比例，选好预征对象。") == [(3.0, "倍", None)]
    assert _targets("按上年度任务2倍的比例遴选培训对象。") == [(2.0, "倍", None)]
    # (near misses: a ratio's multiple sizing a provision, and a scheme's rate by a base, as before)
    assert _targets("按上年度3倍的比例，配套资金。") == []
    assert _targets("按1:2倍的比例配套资金。") == []
    assert _targets("按基准价格的3倍加收水费。") == [(3.0, "倍", None)]


def test_a_bands_de_phrase_whose_noun_is_left_out_names_a_class():
    assert _targets("承办10件以下的单位走访率达到100%，11—30件的达到80%以上，30件以上的达到60%以上。") == [
        (100.0, "%", ">="), (80.0, "%", ">="), (60.0, "%", ">=")]
    # (its stops lost: the band after a rate run straight on names the offices too)
    assert _targets("办复率达到100%提案合计在10件以下的承办单位走访率达到100%") == [
        (100.0, "%", ">="), (100.0, "%", ">=")]
    # (near misses: a count to reach with 的 and no rate after it, and a band a verb makes, stay targets)
    assert _targets("新建50家以上的达到省级标准。") == [(50.0, "家", ">=")]
    assert _targets("要建设500平方米以上的活动中心。") == [(500.0, "平方米", ">=")]


def test_the_modal_before_dui_is_no_word_of_the_noun():
    assert _targets("要对营业面积500平方米以上、设有地下室的商场开展检查。") == []
    assert _targets("须对建筑面积1000平方米以上的厂房开展排查。") == []
    # (near misses: 要对接 is a verb; a count of the objects checked stays the work's number)
    assert _targets("要对接300家以上的企业。") == [(300.0, "家", ">=")]
    assert _targets("要对300家企业开展安全检查。") == [(300.0, "家", None)]


def test_a_split_in_a_whole_plan_keeps_its_areas():
    plan = parse_text("某市实事方案\n一、农村学校改造\n计划改造120所，其中东山市30所、西河县90所。（市教育局负责）\n"
                      "二、通村公路\n新建通村公路900公里。（市交通局负责）\n")
    subjects = {t.value: t.subject for task in plan.tasks for t in task.targets}
    assert subjects.get(30) == "东山市" and subjects.get(90) == "西河县"


# --- 4. a compilation's piece header near the top is the title ------------------------------------------------------

def test_a_compilations_piece_header_under_a_site_headline_is_the_title():
    body = "一、活动主题\n共建健康家园。\n二、活动时间\n5月10日至6月30日。\n"
    assert find_title("第9个防治某病日主题\n第9个防治某病日主题是什么?\n【第9个全国某病宣传日方案1】\n" + body) \
        == "第9个全国某病宣传日方案"
    assert find_title("某病宣传日活动计划样例【范例6篇】\n某病宣传日活动计划【第一篇】\n" + body) \
        == "某病宣传日活动计划"
    assert find_title("7月28日是世界某病日，今年的主题是共同行动。\n篇一:“世界某病日”宣传活动实施方案\n" + body) \
        == "“世界某病日”宣传活动实施方案"


def test_a_piece_header_under_a_plans_own_title_or_naming_no_plan_is_passed_over():
    body = "一、活动主题\n共建健康家园。\n二、活动时间\n5月10日至6月30日。\n"
    # (a plan's own title line above: it stays the title; a bare 【第一篇】 names nothing)
    assert find_title("某县2020年某病宣传日活动方案\n【某病宣传日方案1】\n" + body) == "某县2020年某病宣传日活动方案"
    assert find_title("【第一篇】\n某县2020年某病宣传日活动方案\n" + body) == "某县2020年某病宣传日活动方案"
