"""Round 40 (p40c): a task's deadline from the activity's time — a span stated once for the whole activity, an item's
own 活动时间 line, a day-span's end, and a day named, not dated (春节, 助残日). Made-up plans in the style of
activity plans; each case with the near misses that must not change."""

from desktop.core.parse import parse_text
from desktop.core.parse.activity_spans import activity_span_end, campaign_end, time_section_end
from desktop.core.parse.dates import deadline_from_words
from desktop.core.parse.event_days import event_eve
from desktop.core.parse.field_blocks import when_line


def _deadlines(text: str) -> dict[str, str | None]:
    return {t.key: t.deadline for t in parse_text(text).tasks}


SECTION_PLAN = ("某县市场监管局2021年食品安全宣传月活动方案\n"
                "一、时间安排\n2021年10月8日-2021年11月5日\n"
                "二、活动主题\n尚德守法 共享食安\n"
                "三、宣传重点\n"
                "（一）县局各股室要结合职能，深入社区开展食品安全法律法规宣传。\n"
                "（二）各市场监管所于10月20日前完成辖区农贸市场快检培训。\n")


def test_time_section_span_dates_undated_items():
    got = _deadlines(SECTION_PLAN)
    assert got["三.一"] == "2021-11-05"          # the span's end
    assert got["三.二"] == "2021-10-20"          # near miss: its own date stays


def test_time_section_forms():
    assert time_section_end("二、活动时间\n2016年4月期间\n三、活动内容\n", 2016) == "2016-04-30"
    assert time_section_end("一、时间和主题\n宣传周\n时间:10月9日至15日\n主题:…\n开放日\n时间:10月11日\n二、组织\n",
                            2023) == "2023-10-15"            # a day inside the span does not change it
    assert time_section_end("一、时间主题\n时间:2024年9月9日至15日,9月10日为“教师日”\n二、内容\n", 2024) == "2024-09-15"
    assert time_section_end("二、活动时间2013年4月1日—4月30日三、活动目的以…为契机\n", 2013) == "2013-04-30"


def test_time_section_near_misses():
    # stages, two spans, a multi-year programme, a start only, a single day: no span for the whole activity
    assert time_section_end("一、时间安排\n（一）动员阶段（3月1日—3月10日）\n（二）整治阶段（3月11日—5月31日）\n"
                            "二、工作要求\n", 2024) is None
    assert time_section_end("一、时间安排\n3月1日至3月10日宣传发动，3月11日至5月31日集中整治。\n二、要求\n",
                            2024) is None
    assert time_section_end("一、时间安排\n2021年1月至2025年12月\n二、要求\n", 2021) is None
    assert time_section_end("三、活动时间\n2016年4月起持续开展\n四、活动安排\n", 2016) is None
    # (a single day is the activity's one-day span: Round 42 rulings, continued — p41q turned these near misses)
    assert time_section_end("一、活动时间:2024年3月12日上午9:00\n二、活动地点:…\n", 2024) == "2024-03-12"
    assert activity_span_end("一、活动时间：2024年3月12日上午9:00\n二、活动地点：…\n", 2024) == "2024-03-12"
    assert activity_span_end("1.活动时间：6月1日至6月7日。\n2.活动时间：6月8日至6月14日。\n", 2024) is None


def test_time_section_over_the_items_own_time_fields():
    text = ("二、活动时间\n2016年4月期间\n三、活动内容\n（一）活动一:读书分享会\n活动时间:2016年4月8日下午\n"
            "（二）活动二:图书漂流\n活动时间:2016年4月10日至4月20日\n")
    assert activity_span_end(text, 2016) == "2016-04-30"


def test_preamble_sets_the_campaign_months():
    assert campaign_end("街道办事处决定于4月集中在辖区范围内开展“文明交通”志愿服务活动。", 2021) == "2021-04-30"
    assert campaign_end("结合我镇实际，定于7、8月份开展防汛隐患排查工作。", 2022) == "2022-08-31"
    # near misses: a day (a meeting), a start, a limit
    assert campaign_end("定于4月6日召开动员会，全面开展排查。", 2021) is None
    assert campaign_end("县委决定从4月起开展作风整顿。", 2021) is None
    assert campaign_end("定于4月底前开展自查。", 2021) is None


def test_items_own_time_line():
    assert when_line("开展计量服务进企业活动。\n活动时间:10月\n活动地点:全县\n牵头部门:计量股") == "10月"
    assert when_line("三、誓师大会\n活動時間:4月2日上午9:00\n活動地點:廣場") == "4月2日上午9:00"
    assert when_line("开展宣传。\n活动地点:全县") == ""               # near miss: no time line
    text = ("某局2023年计量宣传活动方案\n一、活动主题\n计量守护健康\n二、活动内容\n"
            "（一）开展计量服务进企业活动。组织技术人员入企服务。\n活动时间:10月\n活动地点:全县\n牵头部门:计量股\n"
            "（二）开展加油机专项检查。对全县加油站开展检查。\n活动时间:4-11月\n活动地点:全县\n牵头部门:计量股\n"
            "（三）开展计量知识宣传。利用宣传栏开展宣传。\n活动地点:全县\n牵头部门:计量股\n")
    got = _deadlines(text)
    assert got["二.一"] == "2023-10-31"
    assert got["二.二"] == "2023-11-30"
    assert got["二.三"] is None                  # near miss: no time of its own, no span for the activity


def test_day_span_reads_by_its_last_day():
    assert deadline_from_words("6月2日-5日", 2022)[0].date == "2022-06-05"
    assert deadline_from_words("10月9日至15日", 2023)[0].date == "2023-10-15"
    assert deadline_from_words("2022年6月2日-6月5日", 2022)[0].date == "2022-06-05"
    assert deadline_from_words("6月2日", 2022)[0].date == "2022-06-02"       # near miss: one day
    assert deadline_from_words("2-5日", 2022) == []                          # near miss: no month: nothing read


def test_named_days():
    assert event_eve("各村在春节前完成慰问。", "", 2016) == "2016-02-29"      # 春节 2016-02-08
    assert event_eve("各村在春节前完成慰问。", "", 2017) == "2017-01-31"      # 春节 2017-01-28
    # an activity from December to March: the festival its span holds
    assert event_eve("在春节前送春联下乡。", "", 2018, "2019-03-10") == "2019-02-28"
    assert event_eve("于国庆节前完成整改。", "", 2020) == "2020-10-31"
    plan = "2021年5月16日,是第31次“全国助残日”。"
    assert event_eve("各社区的活动于助残日前实施。", plan, 2021) == "2021-05-16"
    assert event_eve("“读书日”(4月23日)当天开展活动，于读书日前布置展板。", "“读书日”(4月23日)当天开展", 2021) \
        == "2021-04-23"
    # near misses: an event the plan does not date, a time from an event
    assert event_eve("于活动日前报送方案。", "开展活动。", 2021) is None
    assert event_eve("在考试前完成培训。", "", 2021) is None
    assert event_eve("春节期间加强值守。", "", 2021) is None


def test_months_a_yearly_rhythm_lists_are_no_deadline():
    from desktop.core.parse.dates import find_deadlines
    assert [d.date for d in find_deadlines("各区在每年3月底和9月底前将项目清单报送市局。", 2022)] == []
    assert [d.date for d in find_deadlines("每季度1月10日、4月10日前报送统计表。", 2022)] == []
    # near miss: two one-off months with no 每年 stay a deadline (the later)
    assert [d.date for d in find_deadlines("各区在3月底和9月底前将项目清单报送市局。", 2022)] == \
        ["2022-03-31", "2022-09-30"]
