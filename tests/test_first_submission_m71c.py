"""rv71b finding 1: a month sent on time, reopened and corrected after its due day stays 按时 — on-time is judged
by the month's first submission (the entry history keeps each submitted version) in the dashboard's grid, the
status sheet and the report's count; ``entry show`` says when it was first sent."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers_plan import sample_plan
from helpers_ui import make_workspace, task_id, unit

from desktop.__main__ import main
from desktop.reports import sheets
from desktop.reports.data import load_input
from desktop.reports.draft import Drafter
from desktop.store import dashboard, entries

TODAY = dt.date(2024, 7, 20)


def _at(monkeypatch, stamp: str) -> None:
    monkeypatch.setattr(entries, "now_iso", lambda: stamp)


@pytest.fixture
def corrected(tmp_path, monkeypatch):
    ws, plan = make_workspace(tmp_path / "w.sqlite", sample_plan())
    ws.set_setting("as_of", TODAY.isoformat())
    civil = unit(ws, plan, "市民政局")
    t1 = task_id(ws, plan, "二.一.1")
    for month, day in (("2024-04", "2024-05-06"), ("2024-05", "2024-06-04")):
        _at(monkeypatch, f"{month}-20T10:00:00")
        entries.save_entry(ws, t1, civil, month, progress="开展调研。")
        _at(monkeypatch, f"{day}T10:00:00")
        entries.submit_month(ws, civil, month)
    # May, sent on 4 June (on time), reopened and corrected on 10 June (after the due day)
    _at(monkeypatch, "2024-06-10T09:00:00")
    entries.reopen_month(ws, civil, "2024-05", "数字有误")
    entries.save_entry(ws, t1, civil, "2024-05", progress="开展调研，走访10户。")
    entries.submit_month(ws, civil, "2024-05")
    yield ws, plan, civil
    ws.close()


def test_a_corrected_month_stays_on_time_in_grid_sheet_and_report(corrected):
    ws, plan, civil = corrected
    months = ["2024-04", "2024-05"]
    grid = dashboard.submission_grid(ws, plan, months, TODAY)
    assert grid.state(civil, "2024-05") == dashboard.SUBMITTED
    data = load_input(ws, 2024)
    sheet = {row[1]: row[4:4 + len(months)] for row in sheets.submission_rows(data, TODAY, months)}
    assert sheet["市民政局"] == ["按时", "按时"]
    figures = Drafter(data, "half-year", TODAY).figures()
    assert figures.months_on_time == 2
    # the correction itself is what the report reads
    assert any("走访10户" in e.progress for e in data.entries if e.month == "2024-05")


def test_a_month_first_sent_late_stays_late_when_corrected(tmp_path, monkeypatch):
    ws, plan = make_workspace(tmp_path / "w.sqlite", sample_plan())
    ws.set_setting("as_of", TODAY.isoformat())
    civil = unit(ws, plan, "市民政局")
    t1 = task_id(ws, plan, "二.一.1")
    _at(monkeypatch, "2024-06-20T10:00:00")
    entries.save_entry(ws, t1, civil, "2024-05", progress="开展调研。")
    entries.submit_month(ws, civil, "2024-05")
    grid = dashboard.submission_grid(ws, plan, ["2024-05"], TODAY)
    assert grid.state(civil, "2024-05") == dashboard.LATE
    ws.close()


def test_entry_show_says_when_a_resubmitted_month_was_first_sent(corrected, capsys):
    ws, plan, civil = corrected
    path = ws.path
    ws.close()
    assert main(["entry", "show", "--unit", "市民政局", "--month", "2024-05", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "首次提交 2024-06-04" in out and "2024-06-10" in out
    assert main(["entry", "show", "--unit", "市民政局", "--month", "2024-04", "--db", str(path)]) == 0
    assert "首次提交" not in capsys.readouterr().out
