"""Round 42 (p42e), dates a plan gives by a day it names (Round 42 rulings, written early): a week named by a day it
contains 「10月16日所在周」 dates the undated items to that day's month; a heading naming a day's period 「“6.26”国际
禁毒日期间…」 dates the items under it by that day's month, over the preamble's longer span. Made-up snippets written
the way such activity plans are printed, each with near misses that must not change."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.named_day_spans import week_month

WEEK = """某省2022年世界读书日和全民阅读宣传周活动方案

为做好2022年全民阅读宣传周活动，现制定本方案。

一、活动主题

4月23日是世界读书日。4月23日所在周是全民阅读宣传周，主题是“书香满城”。

二、活动安排

(一)举办主会场启动活动。由省文化厅负责组织全省主会场活动，营造阅读氛围。

(二)开展图书进社区活动。省图书馆负责组织各分馆开展图书捐赠和借阅服务。

(三)开展阅读分享活动。省文化厅负责在5月10日前组织评选优秀阅读推广案例。
"""


def _deadlines(text: str) -> dict[str, str | None]:
    return {"/".join([*t.path, t.number]): t.deadline for t in parse_text(text).tasks}


def test_week_named_by_a_day_dates_undated_items_to_its_month():
    got = _deadlines(WEEK)
    assert got["二/一"] == "2022-04-30"
    assert got["二/二"] == "2022-04-30"


def test_week_leaves_an_items_own_date():
    assert _deadlines(WEEK)["二/三"] == "2022-05-10"


def test_no_week_no_month():
    text = WEEK.replace("4月23日所在周是全民阅读宣传周", "宣传周期间各地集中开展活动")
    got = _deadlines(text)
    assert got["二/一"] is None and got["二/二"] is None


def test_weeks_in_two_months_date_nothing():
    assert week_month("4月23日所在周为阅读周，9月16日所在周为科普周。", 2022) is None
    assert week_month("2021年10月16日所在的一周", None) == "2021-10-31"
    assert week_month("10月16日所在周", None) is None


PERIOD = """某县2019年禁毒集中宣传月活动方案

为营造全民禁毒氛围，县禁毒委决定在5月中旬至7月中旬，开展全县禁毒集中宣传活动。

一、总体要求

围绕禁毒主题，加大宣传力度，营造全民参与的氛围。

二、“6.26”国际禁毒日期间活动主要内容

(一)开展禁毒成果展示。县公安局负责组织禁毒成果集中展示活动。

(二)开展禁毒宣传进校园。县教育局负责组织各中小学开展禁毒主题班会。

三、日常宣传活动

(一)开展禁毒知识竞赛。县司法局负责组织全县禁毒知识竞赛活动。
"""


def test_heading_naming_a_days_period_dates_its_items():
    got = _deadlines(PERIOD)
    assert got["二/一"] == "2019-06-30"
    assert got["二/二"] == "2019-06-30"


def test_items_under_other_headings_keep_their_own_reading():
    assert _deadlines(PERIOD)["三/一"] != "2019-06-30"


def test_a_named_day_without_its_period_is_a_name():
    text = PERIOD.replace("“6.26”国际禁毒日期间活动主要内容", "“6.26”国际禁毒日主题活动内容")
    got = _deadlines(text)
    assert got["二/一"] != "2019-06-30" and got["二/二"] != "2019-06-30"


# 「“十二五”时期」「十一五期末」: the earlier five-year plans' periods end 2015 and 2010, as 十三五…十六五 do
def test_earlier_five_year_periods_end_their_last_year():
    from desktop.core.parse.dates import find_deadlines
    assert [d.date for d in find_deadlines("“十二五”时期，新建消防站3座。", None)] == ["2015-12-31"]
    assert [d.date for d in find_deadlines("到十一五期末，全面完成改造任务。", None)] == ["2010-12-31"]
    assert [d.date for d in find_deadlines("“十三五”期间，新建消防站3座。", None)] == ["2020-12-31"]


def test_a_five_year_plan_named_without_its_period_is_no_date():
    from desktop.core.parse.dates import find_deadlines
    assert find_deadlines("纳入“十二五”国民经济和社会发展总体规划。", None) == []


RHYTHMS = """某镇政府投资项目财务监理实施办法

一、监理单位职责

（一）审核项目的月度支出，每季度提交投资执行情况分析报告、每年提交年度投资完成分析报告。

（二）镇财政所负责汇总各项目资金使用情况，每季度报送季度报表、年报。
"""


def _rhythms(text: str) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for d in parse_text(text).duties:
        out.setdefault(d.text, set()).add(d.every)
    return out


def test_a_rhythm_after_a_pause_mark_is_a_duty_of_its_own():
    got = _rhythms(RHYTHMS)
    assert got.get("每年提交年度投资完成分析报告") == {"year"}
    assert any("每季度提交投资执行情况分析报告" in t and "quarter" in e for t, e in got.items())


def test_a_list_of_reports_after_one_rhythm_stays_one_clause():
    got = _rhythms(RHYTHMS)
    assert not any(t.startswith("年报") for t in got)


def _counts(sentence: str) -> list[tuple[float, str, str | None]]:
    from desktop.core.parse.targets import find_targets
    return [(t.value, t.unit, t.comparator) for t in find_targets(sentence, 2023)]


# 「三起及以上…的」「两次以上…的」: a count in Chinese numerals with 以上 that triggers a step is a target, as
# 「3起及以上」「2次以上」 are (round 36) — events counted without 以上 or a bar stay no target
def test_a_worded_count_of_events_with_above_is_a_target():
    assert _counts("一年内发生三起及以上违规建房问题的，由区联席会议予以通报") == [(3.0, "起", ">=")]
    assert _counts("累计两次以上未通过年度检查的，由镇政府取消其备案") == [(2.0, "次", ">=")]


def test_worded_events_without_above_are_no_target():
    assert _counts("今年辖区内发生三起火灾事故，教训深刻") == []
    assert _counts("各村要与镇政府一起做好宣传发动") == []
    assert _counts("整治工作分两批实施") == []
    assert _counts("每季度组织安全大检查一次") == []


# 「6月17日上午,围绕…主题,组织广大群众,现场开展…签名活动」: with no activity span over the plan, a day opening a
# sentence that holds the item's event is the item's own date (round 37) — a law's start or a plain day is not
def test_a_day_opening_the_sentence_of_the_items_event_dates_it():
    from desktop.core.parse.activity_spans import own_day
    text = "开展食品安全承诺签名活动。6月17日上午,围绕“共治共享”的主题,组织广大群众,现场开展承诺签名活动。"
    assert own_day(text, 2016, held_only=True) == "2016-06-17"


def test_a_day_without_the_items_event_is_no_date_without_a_span():
    from desktop.core.parse.activity_spans import own_day
    assert own_day("加强法规宣传。7月1日，《条例》正式施行，各单位要组织学习宣传活动。", 2016, held_only=True) is None
    assert own_day("做好值守工作。6月17日上午,各单位安排专人值班。", 2016, held_only=True) is None
