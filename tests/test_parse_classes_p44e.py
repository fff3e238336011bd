"""Round 44 dates family (plans-next187/192/193/186 BASELINE.md): spans and named days stated once over items that
write no date of their own —

- the days a preamble decides for the whole campaign 「经研究决定，6月21日至27日在全镇开展…」「决定今年6月17日至23日为
  全国节能宣传周」 (Round 44: a campaign span stated once dates the items with no own date) — not a single day set for a
  meeting, a start, or two spans;
- a time section naming its activity before 活动时间 「四、“119”消防宣传活动时间」 (Round 40: the span stated once);
- 「宣传周期间」 with the week's day given only in the preamble 「10月16日是世界粮食日」 (Round 43 rulings: that day's
  month) — not where the preamble only sets a meeting on a day.

Made-up snippets written the way such town and county notices are laid out."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.activity_spans import campaign_end
from desktop.core.parse.named_day_spans import week_period_month


def deadlines(text: str) -> list[str | None]:
    return [t.deadline for t in parse_text(text).tasks]


def test_days_the_preamble_decides_end_the_campaign():
    assert campaign_end("结合我镇实际，经研究决定，9月11日至17日在全镇范围内开展网络安全宣传周活动。", 2021) \
        == "2021-09-17"
    assert campaign_end("决定今年6月12日至18日为全市节能宣传周，6月14日为低碳日。", 2022) == "2022-06-18"
    assert campaign_end("经研究，决定于2020年5月10日至6月5日开展集中整治。", None) == "2020-06-05"


def test_a_day_set_a_start_or_two_spans_end_no_campaign():
    assert campaign_end("经研究，定于9月11日召开全镇动员大会。", 2021) is None
    assert campaign_end("经研究决定，从9月11日起在全镇开展整治。", 2021) is None
    assert campaign_end("经研究决定，9月11日至17日、10月8日至12日分别开展两轮检查。", 2021) is None


NOTICE = ("某镇2022年“119”消防宣传月活动方案\n\n为提高群众消防安全意识，镇里决定开展“119”消防宣传月活动。\n\n"
          "一、活动主题\n\n“全民消防、安全你我”\n\n{time}\n\n2022年11月1日至2022年11月30日\n\n三、活动内容\n\n"
          "（一）镇应急办组织开展消防知识进社区活动，发放宣传资料。\n\n"
          "（二）镇派出所组织开展沿街商铺消防安全检查，督促整改隐患。\n")


def test_a_time_section_naming_its_activity_dates_the_items():
    assert deadlines(NOTICE.format(time="二、“119”消防宣传月活动时间")) == ["2022-11-30", "2022-11-30"]
    assert deadlines(NOTICE.format(time="二、活动时间")) == ["2022-11-30", "2022-11-30"]


def test_a_heading_that_is_no_time_section_dates_nothing():
    assert deadlines(NOTICE.format(time="二、“119”消防宣传月活动回顾")) == [None, None]


def test_a_week_period_takes_the_month_of_the_day_the_preamble_names():
    preamble = "2021年10月16日是第41个世界粮食日。县发展改革局决定组织开展粮食安全宣传周活动。"
    assert week_period_month("宣传周期间，将举办粮食安全主题展。", preamble, 2021) == "2021-10-31"
    # near misses: no week period in the item; a preamble that only sets a meeting's day
    assert week_period_month("组织开展粮食安全主题展。", preamble, 2021) is None
    assert week_period_month("宣传周期间，将举办主题展。", "县里定于10月16日召开动员会。", 2021) is None


STAGES = ("某社区2015年爱国卫生月活动方案\n\n为做好今年爱国卫生月工作，结合社区实际，制定本方案。\n\n一、活动内容\n\n"
          "（一）{a}为宣传发动阶段。\n\n各小区采取板报、咨询等形式开展卫生知识宣传。\n\n"
          "（二）{b}为迎“五一”环境整治阶段。\n\n各小区清除楼道堆物和卫生死角。\n")


def test_stages_dated_by_days_of_one_month_are_phases_and_date_their_items():
    plan = parse_text(STAGES.format(a="4月1—10日", b="4月20日至28日"))
    assert [(p.name, p.start, p.end) for p in plan.phases] == [
        ("宣传发动阶段", "2015-04", "2015-04"), ("迎“五一”环境整治阶段", "2015-04", "2015-04")]
    assert [t.deadline for t in plan.tasks] == ["2015-04-10", "2015-04-28"]


def test_a_day_set_for_a_stage_is_no_span_and_a_title_without_a_stage_is_no_phase():
    # near misses: one day 「4月10日为…」 (no span of days) and days over a point that names no 阶段
    plan = parse_text(STAGES.format(a="4月10日", b="4月20日至28日").replace("为迎“五一”环境整治阶段", "开展环境整治"))
    assert [p.name for p in plan.phases] == ["宣传发动阶段"]
    # (the stage title reader reads spans of 阶段 only; the second point's own span of days 「4月20日至28日开展…」
    # dates it by its end as an item's own date — round 37, round 44 decided; p59e's ``item_spans``)
    assert [t.deadline for t in plan.tasks] == [None, "2015-04-28"]


FIELDS = ("为弘扬宪法精神，推动全社会尊法学法，结合本社区实际，特制定本活动方案。\n活动主题\n学习宪法，崇尚法治\n"
          "{time}\n活动内容\n1. 宪法知识讲座\n- 邀请律师举办宪法知识讲座，讲解公民的权利与义务。\n"
          "2. 法律咨询服务\n- 设立法律咨询台，现场解答居民的法律问题。\n")


def test_a_time_field_printed_above_the_first_section_dates_the_items():
    plan = parse_text(FIELDS.format(time="活动时间\n2022年12月1日至12月7日"))
    assert [t.deadline for t in plan.tasks] == ["2022-12-07", "2022-12-07"]


def test_a_preamble_that_only_names_the_time_in_a_sentence_dates_nothing():
    plan = parse_text(FIELDS.format(time="活动时间由社区另行通知。"))
    assert [t.deadline for t in plan.tasks] == [None, None]


def test_a_title_opening_with_a_year_without_its_nian_gives_the_plan_year():
    from desktop.core.parse.meta import title_year
    assert title_year("2021网络安全宣传周活动方案") == 2021
    assert title_year("某镇2021年网络安全宣传周活动方案") == 2021
    # near misses: a count the title opens with, a number inside the title
    assert title_year("2000亩高标准农田建设实施方案") is None
    assert title_year("某县2020户危房改造工作方案") is None
    text = ("2021网络安全宣传周活动方案\n\n各村、各单位：\n\n结合我镇实际，经研究决定，9月11日至17日在全镇范围内开展"
            "网络安全宣传周活动。\n\n一、活动安排\n\n1、在镇政府门口设置宣传展板，悬挂宣传横幅。\n\n"
            "2、在各村文化广场发放网络安全宣传资料。\n")
    assert [t.deadline for t in parse_text(text).tasks] == ["2021-09-17", "2021-09-17"]


def test_this_years_task_done_is_due_at_the_years_end():
    from desktop.core.parse.dates import find_deadlines
    assert [d.date for d in find_deadlines("各街镇要按时完成本年度的建设用地减量化任务。", 2014)] == ["2014-12-31"]
    assert [d.date for d in find_deadlines("全面完成本年度各项目标任务。", 2014)] == ["2014-12-31"]
    # near misses: the year's results or a table named for it, work not done 「本年度考核」
    assert find_deadlines("本年度考核结果作为评优依据。", 2014) == []
    assert find_deadlines("各街镇完成本年度任务分解表的填报。", 2014) == []
    assert find_deadlines("区里组织完成本年度考核工作。", 2014) == []
