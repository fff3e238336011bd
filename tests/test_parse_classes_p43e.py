"""Round 43, p43e: dates — a time section's span whose days carry their weekdays, an item's own day in the
bracket closing it."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.activity_spans import time_section_end
from desktop.core.parse.closing_days import closing_day

# -- 1. a time section's span written with weekdays: its end, not its first day ------------------------------------

WEEK_PLAN = ("2022年“4·15”全民国家安全教育日宣传周活动方案\n"
             "一、活动主题\n坚持总体国家安全观\n"
             "二、时间安排\n4月11日(周一)至4月17日(周日)\n"
             "三、活动内容\n"
             "(一)集中宣传。区司法局在中心广场设置咨询台,发放宣传资料。\n"
             "(二)进校园宣讲。区教育局组织各中小学开展主题班会。\n")


def test_a_span_with_weekdays_ends_on_its_last_day():
    assert time_section_end(WEEK_PLAN, 2022) == "2022-04-17"
    tasks = parse_text(WEEK_PLAN).tasks
    assert tasks and all(t.deadline == "2022-04-17" for t in tasks)


def test_a_span_with_full_width_weekdays_and_xingqi():
    text = WEEK_PLAN.replace("4月11日(周一)至4月17日(周日)", "4月11日（星期一）—4月17日（星期日）")
    assert time_section_end(text, 2022) == "2022-04-17"


def test_one_day_with_its_weekday_is_still_one_day():
    text = WEEK_PLAN.replace("4月11日(周一)至4月17日(周日)", "4月15日(周五)")
    assert time_section_end(text, 2022) == "2022-04-15"


def test_a_day_with_its_weekday_then_a_limit_is_no_span():
    # (「4月15日(周五)前」: a limit, not the activity's day nor a span)
    text = WEEK_PLAN.replace("4月11日(周一)至4月17日(周日)", "4月15日(周五)前完成部署")
    assert time_section_end(text, 2022) is None


# -- 2. the day a bracket closing the item gives it ----------------------------------------------------------------

POINTS = ("2015年“安全生产月”宣传工作安排\n"
          "为做好今年“安全生产月”宣传工作,特作如下安排:\n"
          "一、召开全镇安全生产月动员会,部署各村和企业的宣传任务(6月2日)。\n"
          "二、组织安全知识进企业巡回宣讲,发放宣传手册和挂图(6月10日-20日)。\n"
          "三、开展应急疏散演练,检验各单位应急处置能力(6月26日)。\n")


def test_a_bracket_closing_each_point_dates_it():
    tasks = parse_text(POINTS).tasks
    assert [t.deadline for t in tasks] == ["2015-06-02", "2015-06-20", "2015-06-26"]


def test_the_closing_bracket_forms():
    assert closing_day("开展宣传(6月10日-20日)。", 2015) == "2015-06-20"
    assert closing_day("开展宣传（5月28日—6月3日）", 2015) == "2015-06-03"
    assert closing_day("开展宣传（6月10日(周三)至6月12日(周五)）；", 2015) == "2015-06-12"
    assert closing_day("报送总结（6月30日前）。", 2015) == "2015-06-30"


def test_a_bracket_inside_the_item_is_no_closing_day():
    assert closing_day("召开动员会(6月2日),部署各村的宣传任务。", 2015) is None


def test_a_bracket_after_a_cited_notice_or_a_figure_is_no_closing_day():
    # (the notice's day of issue; the day a count stands at)
    assert closing_day("认真贯彻《关于开展安全生产月活动的通知》(6月2日)", 2015) is None
    assert closing_day("全镇现有规模企业120家(6月1日)。", 2015) is None


def test_a_bracket_of_other_words_or_a_start_is_no_closing_day():
    assert closing_day("组织应急演练(详见附件2)。", 2015) is None
    assert closing_day("组织应急演练(6月2日起)。", 2015) is None
    assert closing_day("组织应急演练(6月2日)。", None) is None


# -- 3. a year of the plan's own opening a sentence or clause over the work done in it ------------------------------

def _dates(text: str, year: int) -> list[str]:
    from desktop.core.parse.dates import find_deadlines
    return [d.date for d in find_deadlines(text, year)]


def test_a_year_opening_a_sentence_with_a_comma_dates_its_work():
    assert _dates("建立协作机制。2025年，区住建委会同区消防救援支队开展专项检查。", 2025) == ["2025-12-31"]


def test_a_year_opening_a_clause_over_the_work_done_in_it():
    assert _dates("在3个街道先行试点，2027年逐步推广至全区。", 2025) == ["2027-12-31"]
    assert _dates("聚焦重点区域，2025年组织开展排查整治。", 2025) == ["2025-12-31"]


def test_a_year_that_is_a_name_a_quarter_or_a_subject_is_no_deadline():
    assert _dates("2025年科技活动周结束后，各单位要认真总结。", 2025) == []
    assert _dates("完成部署。2025年第三季度前，完成验收。", 2025) == ["2025-09-30"]
    assert _dates("2025年是“十四五”收官之年。", 2025) == []
    assert _dates("2025年的工作任务已经明确。", 2025) == []


def test_a_past_year_opening_a_sentence_is_history():
    assert _dates("2023年，全区完成改造10个小区。", 2025) == []


def test_stages_headed_by_years_keep_their_names():
    text = ("2010年文明交通行动计划\n"
            "一、活动内容\n在全市开展文明交通宣传。\n"
            "二、实施步骤\n"
            "(一)2010年,全面启动文明交通行动\n在全市举行启动仪式,组建志愿者队伍。\n"
            "(二)2011年,活动深入开展阶段\n各县区全面开展文明交通行动。\n"
            "(三)2012年,活动巩固阶段\n认真总结经验,形成长效机制。\n")
    phases = parse_text(text).phases
    assert [p.name for p in phases] == ["全面启动文明交通行动", "活动深入开展阶段", "活动巩固阶段"]
    assert [(p.start, p.end) for p in phases][1] == ("2011-01", "2011-12")
