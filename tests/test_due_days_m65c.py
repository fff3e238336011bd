"""m65c: a due day on a rest day moves one way — the next working day (遇节假日顺延), unless the plan says 提前.

ux64 finding 8: 7月5日 (a Saturday) moved later, to 7月7日, while 11月30日 (a Sunday) moved earlier, to 11月28日.
The dates below are 2025's real calendar: 国庆 1–8 October (28 September a make-up working day), 春节 28 January –
4 February (26 January a make-up working day).
"""

from __future__ import annotations

from datetime import date

from desktop.core.deadlines import (
    WorkCalendar,
    due_rule,
    half_rule_of,
    monthly_due,
    quarter_rule_of,
    says_earlier,
    upcoming,
)
from desktop.core.parse import parse_text
from desktop.reports.inputs import due_date

# the ux64 plan's duties, as its workspace stores them
UX64 = [
    {"kind": "monthly_info", "due": None, "every": "month",
     "text": "各责任单位每月5日前报送上月工作进展情况和工作信息1篇以上"},
    {"kind": "half_year_summary", "due": "2025-06-30", "every": None, "text": "6月30日前报送半年工作小结"},
    {"kind": "year_end_report", "due": "2025-11-30", "every": None, "text": "11月30日前报送年度工作总结"},
]


def test_a_saturday_and_a_sunday_both_move_to_the_monday():
    cal = WorkCalendar()
    assert monthly_due("2025-06", cal) == date(2025, 7, 7)           # 7月5日 Saturday
    items = {d.label: d for d in upcoming(UX64, [], date(2025, 11, 3), cal=cal)}
    year_end = items["年度工作总结"]
    assert (year_end.nominal, year_end.due) == (date(2025, 11, 30), date(2025, 12, 1))   # Sunday → Monday
    assert year_end.working_days_left == cal.days_between(date(2025, 11, 3), date(2025, 12, 1)) == 20


def test_national_day_and_spring_festival_2025():
    cal = WorkCalendar()
    # September's report, by 10月5日: the holiday runs to 8 October, so 9 October
    assert monthly_due("2025-09", cal) == date(2025, 10, 9)
    # a one-off 2月1日前 falls in 春节 (28 January – 4 February): 5 February
    spring = [{"kind": "other", "due": "2025-02-01", "every": None, "text": "2月1日前报送实施细则"}]
    assert upcoming(spring, [], date(2025, 1, 20), cal=cal)[0].due == date(2025, 2, 5)
    # a make-up working day is a working day: nothing moves
    assert cal.due_day(date(2025, 9, 28)) == date(2025, 9, 28)
    assert cal.due_day(date(2025, 1, 26), earlier=True) == date(2025, 1, 26)


def test_the_plan_saying_earlier_moves_earlier_through_the_holiday():
    cal = WorkCalendar()
    spring = [{"kind": "other", "due": "2025-02-01", "every": None, "text": "2月1日前报送实施细则，遇节假日提前报送"}]
    assert upcoming(spring, [], date(2025, 1, 20), cal=cal)[0].due == date(2025, 1, 27)   # before 除夕
    worded = "各单位每月5日前报送上月工作进展，如遇法定节假日则提前至节前最后一个工作日"
    duties = [{"kind": "monthly_info", "due": None, "every": "month", "text": worded}]
    rule = due_rule(duties)
    assert rule.earlier and rule.describe() == "每月5日前报送上月情况（遇节假日提前）"
    assert monthly_due("2025-09", cal, rule) == date(2025, 9, 30)          # 10月5日 in 国庆 → 30 September
    assert monthly_due("2025-06", cal, rule) == date(2025, 7, 4)           # Saturday → Friday
    assert quarter_rule_of("每季度末月25日前报送，逢双休日提前").earlier
    assert half_rule_of("每半年报送一次工作进展，遇节假日提前").earlier
    assert not quarter_rule_of("每季度末月25日前报送").earlier


def test_words_that_do_not_move_a_deadline_earlier():
    assert says_earlier("遇节假日提前报送")
    assert says_earlier("11月30日前报送年度工作总结（遇节假日提前）")
    assert not says_earlier("力争提前完成年度目标任务")              # finishing early is no rest-day rule
    assert not says_earlier("遇节假日顺延")


def test_the_parser_keeps_the_words_and_every_view_agrees():
    text = ("江陵市2025年养老服务工作方案\n一、工作任务\n1.做好养老服务。（牵头单位：市民政局）\n二、工作要求\n"
            "各责任单位每月5日前报送上月工作进展情况和工作信息1篇以上，遇节假日提前报送。\n"
            "11月30日前报送年度工作总结。\n")
    duties = [d.to_json() for d in parse_text(text).duties]
    rule = due_rule(duties)
    assert rule.earlier
    cal = WorkCalendar()
    # the 工作台's list, the monthly page's 「按方案须于 … 前提交」 (monthly_due) and the reports' due day agree
    listed = next(d for d in upcoming(duties, [], date(2025, 6, 16), cal=cal) if d.kind == "monthly_info")
    assert listed.due == monthly_due("2025-06", cal, rule) == due_date("2025-06", rule) == date(2025, 7, 4)
    year_end = next(d for d in upcoming(duties, [], date(2025, 11, 3), cal=cal) if d.kind == "year_end_report")
    assert year_end.due == date(2025, 12, 1)             # its own words say nothing of 提前: the Monday
    # without the words, every view says Monday 7 July
    plain = [d for d in duties if d["kind"] != "monthly_info"] + [UX64[0]]
    assert monthly_due("2025-06", cal, due_rule(plain)) == due_date("2025-06", due_rule(plain)) == date(2025, 7, 7)


def test_a_stage_ends_on_its_own_day():
    phases = [{"name": "集中整治阶段", "start": "2025-07", "end": "2025-11"}]
    end = upcoming([], phases, date(2025, 11, 3))[0]
    assert (end.label, end.due) == ("集中整治阶段结束", date(2025, 11, 30))
