"""Round 45 (s45c): dates read where a plan's words date nothing, and spans and named days read where they date items.

Texts written for these tests in the style of work plans; each class with the near misses that must not change.
"""
from __future__ import annotations

from desktop.core.parse.activity_spans import campaign_end, time_section_end
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.festival_periods import festival_period
from desktop.core.parse.plan_year import default_year


def _dates(text: str, year: int | None = 2022) -> list[str]:
    return [d.date for d in find_deadlines(text, year)]


# --- a validity lapsing by a date picks the certificates; its extension is a new validity (Round 45) ---

def test_lapsing_validity_and_its_extension_date_nothing() -> None:
    text = "本区核发的施工许可证有效期于2023年6月30日前届满的，统一延期至2023年12月31日。"
    assert _dates(text) == []


def test_lapsing_by_a_date_without_extension_dates_nothing() -> None:
    assert _dates("营业执照于2024年3月31日前到期的，可按原程序办理换证。") == []


def test_a_deadline_before_work_still_dates() -> None:
    assert _dates("各单位于2023年6月30日前完成证书换发工作。") == ["2023-06-30"]


def test_a_project_postponed_to_a_date_still_dates() -> None:
    # (no validity in the sentence: the new date the work is due by)
    assert _dates("因汛期影响，该项目竣工时间延期至2023年12月31日。") == ["2023-12-31"]


# --- a five-year period summed up is the past, not a due date ---

def test_summing_up_a_past_period_dates_nothing() -> None:
    assert _dates("各县要认真总结“十二五”期间农村公路建设工作，研究提出下一步措施。", None) == []


def test_a_period_the_work_falls_in_still_dates() -> None:
    assert _dates("“十三五”期间完成全部危桥改造。", None) == ["2020-12-31"]


# --- a cited document's span of years is no year of the plan's (round 42: the text's own year) ---

def test_cited_span_gives_the_plan_no_year() -> None:
    text = "认真落实《全民健身计划(2016-2020年)》，以8月8日为时间节点，开展如下活动。"
    assert default_year("", [], None, text) is None


def test_cited_year_of_a_yearly_plan_still_gives_it() -> None:
    text = "根据《市禁毒委关于印发2019年全民禁毒宣传月活动方案的通知》要求，今年宣传月围绕青少年开展。"
    assert default_year("", [], None, text) == 2019


def test_a_year_in_the_text_still_wins() -> None:
    text = "落实《体育强省建设纲要(2021-2025年)》，2023年起在全区推广健身步道。"
    assert default_year("", [], None, text) == 2023


# --- 「决定从2022年至2024年…开展」: the campaign's whole years (Round 45: items due at its end) ---

def test_decided_years_end_the_campaign() -> None:
    preamble = "为巩固创建成果，镇党委决定从2023年至2025年，在全镇开展平安村居创建活动。"
    assert campaign_end(preamble, 2023) == "2025-12-31"


def test_years_only_named_date_nothing() -> None:
    preamble = "根据《省平安建设三年行动计划(2023-2025年)》精神，结合我镇实际，制定本方案。"
    assert campaign_end(preamble, 2023) is None


def test_backwards_years_date_nothing() -> None:
    assert campaign_end("决定从2025年至2023年开展整治。", 2023) is None


# --- 「从3月1日起至3月16日结束」 in the time section: the activity's span ---

def test_time_section_span_with_qi() -> None:
    text = "二、活动时间\n2019年宣传活动从4月1日起至4月20日结束，其中4月15日为集中宣传日。\n三、活动内容\n"
    assert time_section_end(text, 2019) == "2019-04-20"


def test_time_section_start_alone_dates_nothing() -> None:
    text = "二、活动时间\n宣传活动从4月1日起持续开展。\n三、活动内容\n"
    assert time_section_end(text, 2019) is None


# --- a named day's period in an item's own text, the plan stating no span ---

def test_named_day_period_dates_by_its_month() -> None:
    text = "“4.15活动期间，各成员单位要悬挂宣传横幅，开展咨询活动。"
    assert festival_period(text, 2021) == "2021-04-30"


def test_named_day_period_yields_to_the_plans_span() -> None:
    text = "“3·15”活动期间，各相关部门抽调人员组成宣传队。"
    assert festival_period(text, 2021, "2021-03-20") is None


def test_named_day_without_period_dates_nothing() -> None:
    assert festival_period("举办纪念“6.5”世界环境日联谊晚会。", 2021) is None


def test_item_with_own_day_keeps_it() -> None:
    assert festival_period("“6.5”期间，6月3日在广场开展咨询。", 2021) is None


# --- a plan that writes no year but the anniversary it keeps: that anniversary's year ---

def test_anniversary_gives_the_year() -> None:
    text = "结合我县庆祝建国75周年系列活动安排，拟在9月下旬开展国防教育宣传活动。"
    assert default_year("", [], None, text) == 2024


def test_two_anniversaries_disagreeing_give_no_year() -> None:
    assert default_year("", [], None, "庆祝建党100周年、建国71周年，开展主题活动。") is None


def test_a_written_year_wins_over_the_anniversary() -> None:
    assert default_year("", [], None, "2019年是建国70周年，2020年全面建成小康社会。2020年开展活动。") == 2020


def test_an_ordinal_alone_gives_no_year() -> None:
    assert default_year("", [], None, "今年是第20个全民国防教育日，开展宣传活动。") is None


# --- 「决定在3月份开展」: the month the preamble decides for the campaign (Round 40) ---

def test_decided_month_with_zai() -> None:
    assert campaign_end("经研究，决定在 3 月份开展学雷锋志愿服务月系列活动。", 2019) == "2019-03-31"


def test_decided_month_limit_dates_nothing() -> None:
    assert campaign_end("经研究，决定在3月底前开展一次全面排查。", 2019) is None


# --- 「季度进展通报、年末测评评议」: a year's rhythm listed with 、, its 年末 no deadline ---

def test_quarterly_step_before_year_end_is_a_rhythm() -> None:
    assert _dates("认真落实专项跟踪督查、季度进展通报、年末测评评议等各项工作。") == []


def test_a_quarter_named_before_year_end_still_dates() -> None:
    assert _dates("一季度启动建设、年底前全面完成改造。") != []


# --- projects picked by when they are connected or finished, for the support they get: no deadline ---

def test_support_rate_by_connection_date_dates_nothing() -> None:
    text = ("2024年6月30日前并网的项目，每千瓦补贴200元；2024年7月1日至2025年6月30日并网的项目，"
            "补贴下降50元。")
    assert _dates(text) == []


def test_projects_to_finish_by_a_date_still_date() -> None:
    assert _dates("2024年6月30日前建成充电站20座，并按规定申请补贴。") == ["2024-06-30"]
