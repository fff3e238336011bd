"""Deadlines on Chinese working days, and the weekday fallback past chinese-calendar's years."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core import deadlines
from desktop.core.deadlines import WorkCalendar, monthly_due, months_between, upcoming

DUTIES = [
    {"kind": "monthly_info", "due": None, "every": "month", "text": "每月报送信息"},
    {"kind": "half_year_summary", "due": "2024-06-30", "every": None, "text": "6月底前"},
    {"kind": "year_end_report", "due": "2024-11-30", "every": None, "text": "11月底前"},
]
PHASES = [
    {"name": "动员部署阶段", "start": "2024-01", "end": "2024-03"},
    {"name": "办理落实阶段", "start": "2024-04", "end": "2024-09"},
    {"name": "总结汇报阶段", "start": "2024-10", "end": "2024-12"},
]


def test_end_of_month_deadline_on_a_sunday_moves_to_the_friday_before():
    # 2024-06-30 is a Sunday: "6月底前" means the Friday
    assert WorkCalendar().on_or_before(date(2024, 6, 30)) == date(2024, 6, 28)


def test_monthly_report_is_due_by_the_fifth_and_waits_out_a_holiday():
    assert monthly_due("2024-06") == date(2024, 7, 5)
    # 2024-10-05 falls in the National Day holiday: the next working day is 10-08
    assert monthly_due("2024-09") == date(2024, 10, 8)
    assert monthly_due("2024-12") == date(2025, 1, 6)        # 2025-01-05 is a Sunday


def test_make_up_working_day_counts():
    # 2024-09-29 (Sunday) was a make-up working day before National Day
    cal = WorkCalendar()
    assert cal.is_workday(date(2024, 9, 29))
    assert cal.on_or_before(date(2024, 9, 29)) == date(2024, 9, 29)


def test_holiday_at_month_end_moves_earlier():
    # 2023-12-30/31 weekend; 2024-02-10..17 Spring Festival
    assert WorkCalendar().on_or_before(date(2024, 2, 17)) == date(2024, 2, 9)


def test_working_days_left_and_overdue():
    cal = WorkCalendar()
    assert cal.days_between(date(2024, 6, 24), date(2024, 6, 28)) == 4
    assert cal.days_between(date(2024, 6, 28), date(2024, 6, 24)) == -4
    assert cal.days_between(date(2024, 6, 28), date(2024, 6, 28)) == 0
    # across the National Day week
    assert cal.days_between(date(2024, 9, 30), date(2024, 10, 8)) == 1


def test_upcoming_lists_next_monthly_then_summary_then_phase_end():
    items = upcoming(DUTIES, PHASES, date(2024, 6, 3))
    labels = [d.label for d in items]
    assert labels[0] == "2024年5月月度进展和工作信息"
    assert items[0].due == date(2024, 6, 5)
    half = next(d for d in items if d.kind == "half_year_summary")
    # 6月底前 on a Sunday waits for Monday, as a monthly 5日前 does (遇节假日顺延; ux64 finding 8)
    assert half.due == date(2024, 7, 1) and half.nominal == date(2024, 6, 30)
    assert "半年工作小结" in labels and "办理落实阶段结束" in labels
    assert [d.due for d in items] == sorted(d.due for d in items)
    assert not any(d.approximate for d in items)
    # only the next monthly occurrence, not every month ahead
    assert sum(1 for d in items if d.kind == "monthly_info") == 1


def test_recently_overdue_items_stay_listed_as_overdue():
    items = upcoming(DUTIES, PHASES, date(2024, 7, 5))
    half = next(d for d in items if d.kind == "half_year_summary")
    assert half.overdue and half.working_days_left < 0


def test_plan_finished_lists_nothing():
    assert upcoming(DUTIES, PHASES, date(2026, 3, 1)) == []


def test_months_between():
    assert months_between("2024-11", "2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"]


def test_past_the_calendar_falls_back_to_weekends_and_says_so():
    # chinese-calendar itself has no data this far ahead (it raises NotImplementedError)
    duties = [{"kind": "year_end_report", "due": "2098-11-30", "every": None, "text": ""}]
    items = upcoming(duties, [], date(2098, 11, 1))
    assert items[0].approximate
    assert items[0].due == date(2098, 12, 1)       # Sunday 30th → Monday 1st
    assert deadlines.WorkCalendar().is_workday(date(2098, 11, 30)) is False


def test_real_calendar_really_stops_somewhere():
    # guards the fallback: if chinese-calendar gains years, this keeps testing a year it lacks
    cal = WorkCalendar()
    with pytest.raises(NotImplementedError):
        import chinese_calendar

        chinese_calendar.is_workday(date(2099, 1, 5))
    assert cal.is_workday(date(2099, 1, 5)) is True
    assert 2099 in cal.approximate_years


def test_reports_and_dashboard_share_the_monthly_due_rule():
    from desktop.reports.inputs import due_date

    # 2024-10-05 is in the National Day holiday: due on the next working day, for both
    assert deadlines.monthly_due("2024-09") == due_date("2024-09") == date(2024, 10, 8)
    rule = deadlines.DueRule(10)
    assert due_date("2024-09", rule) == deadlines.monthly_due("2024-09", rule=rule) == date(2024, 10, 10)


@pytest.mark.parametrize("text, day, same_month", [
    # plans-dev 11 (奉贤): no month named, an early day — last month's progress
    ("各养老服务机构明确1名联系人，每月15日前报送整治进展情况，2024年3月底前报送工作总结", 15, False),
    # plans-dev s02 (崇明): 当月
    ("每月19日（第一次报送时间9月19日）报送当月工作小结", 19, True),
    ("请各单位于每月5日前将上月工作进展报送领导小组办公室", 5, False),
    ("每月25日前报送工作进展情况", 25, True),            # late in the month: the month's own
    ("每月二十五日前报送本月落实情况", 25, True),
    ("每月10号前报送上个月工作信息", 10, False),
    ("每个月 8 日前报送信息", 8, False),
])
def test_a_monthly_duty_states_its_due_day(text, day, same_month):
    assert deadlines.due_rule_of(text) == deadlines.DueRule(day, same_month)


def test_the_plan_rule_prefers_the_information_duty_and_defaults_to_the_fifth():
    info = {"kind": "monthly_info", "every": "month", "text": "每月向领导小组办公室报送信息1篇以上"}
    other = {"kind": "other", "every": "month", "text": "每月20日前报送当月工作进展"}
    quarterly = {"kind": "quarterly_report", "every": "quarter", "text": "每季度末月10日前报送"}
    assert deadlines.due_rule_of(info["text"]) is None
    assert deadlines.due_rule([info, quarterly]) == deadlines.DueRule()
    assert deadlines.due_rule([other, info]) == deadlines.DueRule(20, True)
    dated = {**info, "text": "每月8日前报送上月信息"}
    assert deadlines.due_rule([other, dated]) == deadlines.DueRule(8, False)
    # the dashboard's 'next due' follows the duty's own day
    items = deadlines.upcoming([other], [], date(2024, 6, 3))
    assert items[0].nominal == date(2024, 6, 20)
