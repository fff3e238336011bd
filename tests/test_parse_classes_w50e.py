"""Round 50 second wave (w50e), dates, targets, titles and duties of round 50's blind sets, by class. Made-up texts.

- a stage's bracket that holds its span, then a note on a part's time (date_spans, task_dates);
- events an item holds, counted right after the verb that holds them 「开展一次」「上好一堂」 (Round 52's 五个一);
- the days an item appoints inside its sentences 「8月1日下午进行」「于4月25日—4月28日到…领取」 (timed_days);
- a fixed festival named by its eve, its day or its meeting 「“八一”建军节前夕」 (event_days);
- a fine's cap in the clause after it 「…的罚款，但最高不超过3万元」 (Round 56: no target);
- page chrome 「• 扫一扫在手机打开当前页」 and a rule's title broken above its adoption bracket (titles);
- a dated part of a month opening a range 「2007年9月中旬至12月」 (dates);
- a limit in hours before a sending 「应当在二十四小时内…报告」 (duty_sentences).
"""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.event_days import event_eve
from desktop.core.parse.targets import find_targets
from desktop.core.parse.timed_days import appointed_day

HEAD = "关于开展2019年双拥系列活动的安排\n一、活动目的\n增进军民团结。\n二、活动内容\n"


def tasks(*items: str, head: str = HEAD) -> list:
    return parse_text(head + "".join(f"（{'一二三四五六'[i]}）{item}\n" for i, item in enumerate(items))).tasks


def counts(item: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(item, 2019)]


# --- a stage's bracket: its span, then a note on a part's time -------------------------------------------------


def test_a_stage_bracket_with_a_note_after_its_span_dates_the_stage_by_the_span():
    text = ("某镇2019年拥军走访活动方案\n一、实施步骤\n"
            "（一）宣传动员阶段(2019年7月18日-2019年7月25日)。召开动员大会,悬挂宣传标语。\n"
            "（二）落实阶段(2019年7月25日-2019年8月2日、集中走访时间:7月28日至8月1日)。走访慰问驻地官兵,落实优抚政策。\n")
    plan = parse_text(text)
    assert [t.deadline for t in plan.tasks] == ["2019-07-25", "2019-08-02"]
    assert [p.name for p in plan.phases] == ["宣传动员阶段", "落实阶段"]


def test_a_bracket_of_bodies_with_a_colon_is_no_stage_span():
    # near miss: no span opens the bracket — nothing is read from it
    from desktop.core.parse.date_spans import heading_bracket
    assert heading_bracket("组织实施阶段(责任单位:区民政局、区财政局)") is None


# --- events an item holds, counted after the verb (Round 52's 五个一) --------------------------------------------


@pytest.mark.parametrize(("item", "want"), [
    ("8月1日前组织对驻地部队进行一次走访慰问。", (1.0, "次")),
    ("8月1日前组织退伍军人召开一次专题座谈会。", (1.0, "次")),
    ("組織基干民兵進行一場籃球賽。", (1.0, "場")),
    ("组织乡村干部上好一堂爱国主义教育课。", (1.0, "堂")),
    ("举办两场专题讲座。", (2.0, "场")),
])
def test_events_counted_after_the_verb_that_holds_them_are_targets(item, want):
    assert want in counts(item)


@pytest.mark.parametrize("item", [
    "去年已召开一次座谈会。",              # a past tally
    "开展一次性补助发放工作。",            # 一次性: a way of paying, no count
    "进一步加强一堂式管理。",              # no holding verb right before it
])
def test_counts_of_events_off_the_class_stay_no_targets(item):
    # (w52d: 「每月开展一次安全检查」 left this list — Round 60 rulings, turned (rounds 49, 58 over w51d's
    # scope): a rhythm's events are the item's own number)
    assert not [c for c in counts(item) if c[1] in ("次", "场", "堂")]


# --- the days an item appoints inside its sentences ------------------------------------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("组织基干民兵8月1日下午进行篮球比赛。", "2019-08-01"),
    ("镇干部按照分组安排表于4月26日下午15:00统一到圩上打扫卫生。", "2019-04-26"),
    ("各村于4月25日—4月28日到镇党政办领取药饵,城区统一灭鼠时间为4月26日。", "2019-04-28"),
])
def test_a_day_with_its_part_of_the_day_or_a_span_after_yu_is_the_item_s_day(text, want):
    assert appointed_day(text, 2019) == want


@pytest.mark.parametrize("text", [
    "各单位于12月1日上午8:30前到达宣传现场。",      # a limit: the dates' readers have it
    "本办法于5月1日起施行。",                      # a start
    "于4月1日至4月30日，全面开展整治。",            # a span opening its clause: the clause readers'
])
def test_limits_starts_and_clause_spans_are_no_appointed_day(text):
    assert appointed_day(text, 2019) is None


def test_an_appointed_day_wins_over_the_activity_s_span():
    head = "某镇爱国卫生月活动方案\n一、活动时间\n本次活动时间为:2019年4月1日至4月30日。\n二、活动内容\n"
    got = [t.deadline for t in parse_text(head + "1、开展环境整治。各村要清理垃圾。"
                                          "镇干部于4月26日下午统一到圩上打扫卫生。\n"
                                          "2、开展健康教育。各村要印发宣传单。\n").tasks]
    assert got == ["2019-04-26", "2019-04-30"]


# --- a fixed festival's eve, day or meeting ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "want"), [
    ("“八一”建军节前夕,要求各社区筹备文艺节目,慰问驻地官兵。", "2019-08-31"),
    ("鄉黨委、政府在“八一”建軍節大會上表彰先進集體。", "2019-08-31"),
    ("在国庆节当天组织升旗仪式。", "2019-10-31"),
    ("春节前夕,走访慰问困难军属。", "2019-02-28"),
])
def test_a_fixed_festival_s_eve_day_or_meeting_dates_the_item_by_its_month(text, want):
    assert event_eve(text, "", 2019) == want


@pytest.mark.parametrize("text", [
    "元旦、春节、清明节、建军节期间,积极开展走访慰问活动。",   # several festivals: a yearly round (Round 55)
    "组织观看建军节文艺晚会。",                             # a festival naming an event, no eve or day
    "开展迎新春节前夕慰问。",                               # not at a clause's opening nor after 在
])
def test_festivals_off_the_class_date_nothing(text):
    assert event_eve(text, "", 2019) is None


# --- a fine's cap -----------------------------------------------------------------------------------------------


def test_a_fine_s_cap_after_the_fine_is_no_target():
    assert counts("由市物价部门没收违法所得，并可处以违法所得3至5倍的罚款，但最高不超过3万元。") == []


def test_a_cap_on_a_subsidy_stays_a_target():
    # near miss: no fine before the clause — a ceiling of the work's own money
    assert (30000.0, "元") in counts("对改造项目给予补贴，但最高不超过3万元。") or \
        (3.0, "万元") in counts("对改造项目给予补贴，但最高不超过3万元。")


# --- titles -----------------------------------------------------------------------------------------------------


def test_a_portal_s_share_to_phone_box_is_no_part_of_the_title():
    text = ("当前位置:某街道> 政务公开> 最新文件\n\n某街道关于做好国庆期间消防安全工作方案的通知\n"
            "发布日期: 2017-09-16\n字号:\n  • 扫一扫在手机打开当前页\n\n\n    某街道关于做好国庆期间\n\n"
            "    消防安全工作方案的通知\n\n各科室、各社区:\n"
            "    为做好国庆期间消防安全工作，现将方案通知如下。\n一、加强检查\n    各社区要组织开展隐患排查。\n")
    assert parse_text(text).title == "某街道关于做好国庆期间消防安全工作方案的通知"


def test_a_rule_s_title_broken_above_its_adoption_bracket_is_one_title():
    text = ("某市某区推进老旧小区\n更新改造若干规定\n\n"
            "（2022年9月22日某市人民代表大会常务委员会第四十四次会议通过）\n\n"
            "第一条　为了推进老旧小区更新改造，制定本规定。\n第二条　区人民政府应当加强对更新改造工作的领导。\n")
    assert parse_text(text).title == "某市某区推进老旧小区更新改造若干规定"


def test_a_title_line_over_prose_is_not_joined_to_the_prose():
    # near miss: the line below is the text's prose, not the title's second half
    text = ("某区老旧小区更新改造实施方案\n为推进老旧小区更新改造，制定本方案。\n一、工作任务\n"
            "区房管局要组织开展改造。\n")
    assert parse_text(text).title == "某区老旧小区更新改造实施方案"


# --- a dated part of a month opening a range --------------------------------------------------------------------


def test_a_part_of_a_month_opening_a_range_is_no_deadline():
    assert [d.date for d in find_deadlines("综合整治阶段(2007年9月中旬至12月)", 2007)] == []


def test_a_part_of_a_month_as_a_limit_stays_a_deadline():
    assert [d.date for d in find_deadlines("2007年9月中旬前完成摸底。", 2007)] == ["2007-09-15"]


# --- a limit in hours before a sending --------------------------------------------------------------------------


def _duty_texts(article: str) -> list[str]:
    text = "某区住宅小区管理若干规定\n第一条　为了加强管理，制定本规定。\n" + article + "\n"
    return [d.text for d in parse_text(text).duties]


def test_a_limit_in_hours_before_a_report_is_a_duty():
    got = _duty_texts("第二条　物业服务企业应当予以劝阻；劝阻无效的，应当在二十四小时内通过网格化管理平台报告。")
    assert any("二十四小时内" in d for d in got)


def test_a_report_received_before_a_limit_in_hours_is_no_duty():
    # near miss: the report is what the department receives; the limit is for its visit
    got = _duty_texts("第二条　区城管执法部门接到物业服务企业报告的，应当在二十四小时内到现场进行调查核实。")
    assert not any("二十四小时内" in d for d in got)


# --- an event's period, its day printed elsewhere in the plan (Round 55 on x249_07) -----------------------------


def test_an_event_s_period_is_dated_by_the_day_the_plan_prints_for_it():
    from desktop.core.parse.event_days import event_period
    plan = "二、落实责任\n市第五次代表大会将于11月8日在市会议中心召开,做好这期间的安全工作。"
    assert event_period("全力做好第五次代表大会期间的消防安全工作。", plan, 2021) == "2021-11-30"


def test_an_event_s_period_with_no_day_printed_dates_nothing():
    from desktop.core.parse.event_days import event_period
    # near miss: the plan gives the event no day (a period alone), or the period is of something else
    assert event_period("全力做好第五次代表大会期间的消防安全工作。", "二、落实责任\n各单位要加强值守。", 2021) is None
    assert event_period("做好防汛期间的值守工作。", "市代表大会将于11月8日召开。", 2021) is None


# --- a bar with 不得 inside it before a count in words -------------------------------------------------------------


@pytest.mark.parametrize(("item", "want"), [
    ("编制范围最小不得小于一个完整街坊。", (1.0, "个")),
    ("每年检查不得少于两次。", (2.0, "次")),
])
def test_a_bar_with_de_inside_it_joins_a_count_in_words(item, want):
    assert want in counts(item)


def test_a_count_in_words_with_no_bar_stays_an_article():
    # near miss: 「一个」 with no bar or verb of the count is an article, no target
    assert (1.0, "个") not in counts("编制范围应当是一个完整街坊。")


def test_a_document_shop_s_related_topics_box_is_page_chrome():
    from desktop.core.parse.site_titles import CHROME
    assert CHROME.fullmatch("相关主题") and CHROME.fullmatch("  • 扫一扫在手机打开当前页") and CHROME.fullmatch("字号:")
    # near miss: a title that holds a topic word is no chrome
    assert not CHROME.fullmatch("相关主题宣传活动方案")
