"""The rules of the figures (desktop.core.progress): months, what is due, who reports, a
task's status, a target's value, on-time, Chinese numerals. Plain pytest, no workspace."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from desktop.core import progress as p


def test_months_check_parse_next_previous_range():
    assert p.is_month("2024-06") and not p.is_month("2024-6") and not p.is_month("2024-13")
    assert not p.is_month(None) and not p.is_month(202406)
    assert p.parse_month("2024-06") == (2024, 6)
    with pytest.raises(ValueError):
        p.parse_month("2024/06")
    assert p.next_month("2024-12") == "2025-01" and p.previous_month("2025-01") == "2024-12"
    assert p.months_between("2024-11", "2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert p.months_between("2024-03", "2024-02") == []
    assert p.month_label("2024-06") == "2024年6月"


@given(st.integers(2000, 2100), st.integers(1, 12))
def test_next_and_previous_month_are_inverse(year, month):
    m = p.month_key(year, month)
    assert p.previous_month(p.next_month(m)) == m
    assert p.months_between(m, p.next_month(m)) == [m, p.next_month(m)]


def test_due_rules_give_the_day_and_due_months_start_at_the_plan():
    assert p.nominal_due("2024-12") == dt.date(2025, 1, 5)               # the 5th of the next month
    assert p.nominal_due("2024-12", p.DueRule(15)) == dt.date(2025, 1, 15)
    assert p.nominal_due("2024-06", p.DueRule(25, same_month=True)) == dt.date(2024, 6, 25)
    assert p.nominal_due("2024-01", p.DueRule(30)) == dt.date(2024, 2, 29)   # February's last day
    assert p.nominal_due("2024-01", p.DueRule(99)) == dt.date(2024, 2, 5)    # no such day: the 5th
    assert p.DueRule(25, True).describe() == "每月25日前报送当月情况"
    assert p.DEFAULT_DUE.describe() == "每月5日前报送上月情况"
    # a plan issued on 1 April 2021: April is the first month reported, not January
    assert p.first_due_month("2021-04-01") == "2021-04"
    assert p.first_due_month("2021-04-01", "2021-05-10") == "2021-05"    # the first duty named
    assert p.first_due_month(None) is None
    months = p.months_between("2021-01", "2021-12")
    due = {m: p.nominal_due(m) for m in months}
    assert p.due_months(months, due, dt.date(2021, 11, 26), "2021-04") == p.months_between("2021-04", "2021-10")
    # a year-end report dated 26 November stands at the end of October, for every unit
    assert p.cover_month(months, due, dt.date(2021, 11, 26)) == "2021-10"
    assert p.cover_month(months, due, dt.date(2021, 1, 3)) is None
    assert p.on_time(dt.date(2021, 5, 5), dt.date(2021, 5, 5)) and not p.on_time(None, dt.date(2021, 5, 5))


def test_reporting_units_groups_report_through_members():
    # 1, 2 named; 3 a group with members 4, 5; 6 a group without members, silent; 7 active only
    chosen = p.reporting_units(named=[1, 2, 3, 6], groups=[3, 6], members={3: [4, 5]}, active=[7])
    assert chosen == {1, 2, 4, 5, 7}
    assert 6 in p.reporting_units(named=[6], groups=[6], members={}, active=[6])


def R(unit, month, entry_id, status="in_progress", value=None):
    return p.Reading(unit, month, entry_id, status, value)


def test_task_status_is_the_lead_units_latest_entry():
    readings = [R("民政", "2024-05", 1, "in_progress"), R("住房", "2024-05", 2, "in_progress"),
                R("民政", "2024-06", 3, "done")]
    # a supporting unit's older entry does not keep the task open
    assert p.task_status(["民政"], readings) == "done"
    assert p.task_status(["民政"], readings + [R("住房", "2024-07", 4, "late")]) == "done"
    # no lead entry at all: the responsible units' latest entries (ux64), never done on their word alone;
    # no lead named: every unit's latest
    assert p.task_status(["财政"], readings) == "in_progress"
    assert p.task_status(["财政"], [R("住房", "2024-06", 5, "done")]) == "in_progress"
    assert p.task_status(["财政"], [R("住房", "2024-06", 5, "late")]) == "late"
    assert p.task_status(["财政"], [R("住房", "2024-06", 5, "not_started")]) == "not_started"
    # a lead's own entry, once there is one, rules
    assert p.task_status(["财政"], readings + [R("财政", "2024-04", 6, "not_started")]) == "not_started"
    assert p.task_status([], readings) == "in_progress"
    assert p.task_status(["财政"], []) == "not_started"
    assert p.combine_statuses({"done", "late"}) == "late"


def test_own_and_supported_tasks():
    assert p.own_tasks("民政", ["民政"], ["财政"])
    assert not p.own_tasks("财政", ["民政"], ["财政"])
    assert p.own_tasks("财政", [], ["财政"])                # no lead: every named unit reports it
    assert not p.own_tasks("民政", ["住房"], ["领导小组各成员单位"])


def test_target_value_lead_first_same_month_first_named():
    # a rate reported as 60 by one unit and then 40 by another in the same month
    readings = [R("卫健", "2024-06", 10, value=60), R("医保", "2024-06", 11, value=40)]
    value, used = p.target_value(["卫健", "医保"], readings, rate=True)
    assert value == 60 and used[-1].unit == "卫健"
    value, _ = p.target_value([], readings, rate=True, order=["医保", "卫健"])
    assert value == 40                                      # no lead: the first in the plan's order
    # counts from units without a lead add up, each at its latest value
    counts = [R("甲", "2024-05", 1, value=10), R("甲", "2024-06", 2, value=15), R("乙", "2024-06", 3, value=5)]
    assert p.target_value([], counts, rate=False)[0] == 20
    assert p.target_value(["乙"], counts, rate=False)[0] == 5   # the lead compiles the total
    assert p.target_value(["乙"], [R("乙", "2024-06", 3)], rate=False) is None
    assert p.target_met(92, 90, ">=") and not p.target_met(12, 10, "<=")


def test_chinese_numerals_past_ninety_nine():
    assert [p.cn_number(n) for n in (1, 10, 11, 20, 23, 100, 101, 110)] == [
        "一", "十", "十一", "二十", "二十三", "一百", "一百零一", "一百一十"]


@given(st.integers(0, 10**6))
def test_chinese_numerals_round_trip(n):
    assert p.cn_to_int(p.cn_number(n)) == n


def test_labels_live_once():
    from desktop.store.dashboard import RECEIPT_LABELS
    from desktop.store.queries import STATUS_LABELS

    assert RECEIPT_LABELS is p.RECEIPT_LABELS
    assert STATUS_LABELS is p.STATUS_LABELS


def test_the_first_month_owed_is_not_before_the_plan_was_taken_into_use():
    assert p.first_due_month("2023-03-01", None, "2026-12-06") == "2026-12"     # an old plan imported today
    assert p.first_due_month("2027-02-01", None, "2026-12-06") == "2027-02"     # a plan that starts later
    assert p.first_due_month("2026-01-01", "2026-03-10", "2026-02-01") == "2026-03"
    assert p.first_due_month(None, None, "2026-12-06") == "2026-12"             # no date found in the plan
    assert p.first_due_month(None, None, "x") is None
