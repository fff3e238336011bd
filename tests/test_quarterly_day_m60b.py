"""A quarterly report due on a day the plan names (ux60 finding 6: 「每季度末月25日前」 was dated the quarter's last
working day, 06-28, not 06-25); one that names no day stays due at the quarter's end."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.deadlines import quarter_day, upcoming


@pytest.mark.parametrize(("text", "day"), [("每季度末月25日前将工作推进情况报党政办汇总", 25),
                                           ("每季度最后一个月的30日前报送", 30), ("每季末20日前报送", 20),
                                           ("每季度报送一次工作进展", None)])
def test_the_day_a_quarterly_duty_names(text: str, day: int | None) -> None:
    assert quarter_day(text) == day


def test_the_quarterly_report_is_due_on_the_day_named() -> None:
    duty = {"kind": "quarterly_report", "due": None, "every": "quarter",
            "text": "各科室、各社区要对照本计划，每季度末月25日前将工作推进情况报党政办汇总"}
    [due] = upcoming([duty], [], date(2024, 6, 10))
    assert due.nominal == date(2024, 6, 25) and due.due == date(2024, 6, 25)


def test_a_quarterly_report_naming_no_day_is_due_at_the_quarters_end() -> None:
    duty = {"kind": "quarterly_report", "due": None, "every": "quarter", "text": "每季度报送一次工作进展"}
    [due] = upcoming([duty], [], date(2024, 6, 10))
    # (06-29, 06-30: a weekend — the next working day, 遇节假日顺延, as every due day: m65c, ux64 finding 8)
    assert due.nominal == date(2024, 6, 30) and due.due == date(2024, 7, 1)
