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
