"""Round 48 second wave (s48c): dates an activity plan gives its items from outside them — made-up wordings, each
with a near miss that must stay as it was.

1. A preamble that decides the one day its activity is held 「我站决定于5月12日,开展一次…活动」 (traditional
   characters too 「決定于…舉辦…活動」) dates the items that write no date (Round 48: 定于 fixes when the plan's own
   activity is held) — not a meeting it calls 「定于3月5日召开」, a limit 「…日前」 nor a start 「…日起」.
2. A 活动时间 line over a part of a month 「7月上旬」 dates the items with no date by that month, as a whole month
   does (round 42's month part); a heading 「三、活动日期」 labels the activity's span as 「活动时间」 does.
3. A plan that prints no year, or masks it 「20**年」, takes the year the edition of the yearly day it keeps fixes
   「今年3月3日是第18次“全国爱耳日”」 (Round 49 on x230_02; Round 50 on a masked year) — not an ordinal of no known
   yearly day 「今年是第5个年头」, and a printed year still wins.
4. The period of a named day in the item's own text 「世界人口日前后,…」 dates it by that day's month, the day's date
   read where the plan writes it 「7月11日是第25个世界人口日」「“7.11”世界人口日」 (Round 49 on x231_06 二);
   「…日当天」 by the day itself; a well-known yearly day the plan names without its date 「“海洋日”当天」 by its
   fixed date (Round 48 on x227_08) — not a festival 「春节前后」 nor a day of no fixed date the plan never dates.
"""
from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.activity_spans import activity_span_end, campaign_end
from desktop.core.parse.named_day_spans import named_day_month
from desktop.core.parse.plan_year import default_year, ordinal_year


# --- 1. one day the preamble decides -------------------------------------------------------------------------
@pytest.mark.parametrize("pre, want", [
    ("为普及防灾知识,我站决定于5月12日,开展一次集中宣传活动,特制定本方案。", "2021-05-12"),
    ("市科协決定于10月8日在中心廣場舉辦第三屆“科普開放日”活動。", "2021-10-08"),
    ("经研究,定于2019年6月5日上午在广场举行环境日宣传活动。", "2019-06-05"),
])
def test_a_day_the_preamble_decides_to_hold_the_activity_on(pre, want):
    assert campaign_end(pre, 2021) == want


@pytest.mark.parametrize("pre", [
    "经研究,定于3月5日召开全县安全生产工作会议。",              # a meeting, not the activity
    "决定于5月12日前完成各项准备工作,开展宣传活动。",            # a limit
    "我局决定于5月12日起开展为期一月的宣传活动。",                # a start
    "决定于5月12日开展宣传活动,5月20日开展义诊活动;决定于6月1日开展慰问活动。",  # two days: no one span
])
def test_a_meeting_a_limit_a_start_or_two_days_date_nothing(pre):
    assert campaign_end(pre, 2021) is None


def test_the_decided_day_dates_the_items_without_their_own():
    text = ("2021年5月12日是第13个全国防灾减灾日。我站决定于5月12日,开展一次集中宣传活动,特制定本方案。\n"
            "一、活动内容\n1、设立咨询台,发放宣传资料。\n2、7月1日前报送活动总结。\n")
    tasks = {t.text[:5]: t.deadline for t in parse_text(text).tasks}
    assert tasks["设立咨询台"] == "2021-05-12"
    assert tasks["7月1日前"] == "2021-07-01"         # its own date wins


# --- 2. a part of a month under 活动时间 ------------------------------------------------------------------------
@pytest.mark.parametrize("line, want", [
    ("二、活动时间:7月上旬\n三、活动地点:镇广场\n", "2021-07-31"),
    ("二、活动时间\n2020年6月中下旬\n三、活动内容\n", "2020-06-30"),
])
def test_a_month_part_under_the_time_heading_ends_with_its_month(line, want):
    assert activity_span_end(line, 2021) == want


def test_a_limit_in_a_month_part_is_no_span():
    assert activity_span_end("二、活动时间:7月上旬前\n三、活动地点:镇广场\n", 2021) is None


def test_an_activity_date_heading_labels_the_span():
    assert activity_span_end("三、活动日期\n20xx年5月15日至26日。\n四、宣传活动安排\n", 2016) == "2016-05-26"
    assert activity_span_end("三、活動日期\n5月15日至26日。\n四、宣傳活動安排\n", 2016) == "2016-05-26"


def test_a_date_inside_a_sentence_is_no_heading():
    assert activity_span_end("三、工作要求\n注明活动日期。各单位5月15日至26日报送。\n", 2016) is None


# --- 3. the year a yearly day's edition fixes ---------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("今年3月3日是第18次“全国爱耳日”,宣传主题为…", 2017),
    ("今年3月23日是世界氣象日第52個紀念日。為貫徹…", 2012),
    ("20**年9月28日是第5个“世界狂犬病日”。为…", 2011),
    ("今年5月15日是全國第23屆“碘缺乏病防治宣傳日”,為…", 2016),
])
def test_the_edition_of_a_yearly_day_fixes_the_year(text, want):
    assert ordinal_year(text) == want


@pytest.mark.parametrize("text", [
    "今年是开展创建工作的第5个年头。",                        # no yearly day named
    "今年3月3日是第18次“全国爱耳日”;今年3月23日是世界气象日第60个纪念日。",   # two years: none
])
def test_no_known_day_or_disagreeing_editions_fix_no_year(text):
    assert ordinal_year(text) is None


def test_a_printed_year_wins_over_the_edition():
    text = "2019年工作方案\n今年3月3日是第18次“全国爱耳日”。2019年3月开展宣传。"
    assert default_year("", [], None, text) == 2019
    assert default_year("", [], None, "今年3月3日是第18次“全国爱耳日”。3月开展宣传。") == 2017


def test_a_masked_year_span_dates_the_items_by_the_edition():
    text = ("今年5月15日是全国第23届“碘缺乏病防治日”,为做好宣传,制定本方案。\n"
            "一、活动日期\n20xx年5月15日至26日。\n二、活动安排\n(一)县卫生局负责设立咨询点,发放宣传单。\n")
    assert [t.deadline for t in parse_text(text).tasks] == ["2016-05-26"]


# --- 4. a named day's period in the item's own text ---------------------------------------------------------
@pytest.mark.parametrize("item, plan, want", [
    ("世界人口日前后,市计生委将举办专家讲座。", "2015年7月11日是第26个世界人口日。", "2015-07-31"),
    ("在“爱眼日”前后组织义诊。", "围绕“6.6”爱眼日开展宣传。", "2015-06-30"),
    ("在咨询日当天设立咨询台。", "6月16日为安全生产宣传咨询日。", "2015-06-16"),
])
def test_a_named_days_period_dates_the_item(item, plan, want):
    assert named_day_month(item, plan + "\n" + item, 2015) == want


@pytest.mark.parametrize("item, plan", [
    ("春节前后开展走访慰问。", "今年春节是2月19日。"),                    # a festival the plan does not date by name
    ("安全宣传日前后,市安委办将举办专家讲座。", "各地要高度重视。"),     # a day never dated, no fixed date
    ("在宣传日前后开展活动。", "5月12日是防灾日宣传日;9月1日是安全宣传日。"),  # two months
])
def test_an_undated_or_ambiguous_day_dates_nothing(item, plan):
    assert named_day_month(item, plan + "\n" + item, 2015) is None


def test_a_well_known_day_the_plan_does_not_date_keeps_its_fixed_date():
    assert named_day_month("在“海洋日”当天开展宣传。", "在“海洋日”当天开展宣传。", 2023) == "2023-06-08"
    assert named_day_month("全国助残日前后开展走访。", "全国助残日前后开展走访。", 2023) is None   # a Sunday of May
