"""One workspace, the same numbers everywhere: the dashboard, the year-end report, the ledger
and the status sheet all read the figures through desktop.core.progress."""

from __future__ import annotations

import datetime as dt

from helpers_plan import sample_plan
from test_ui_support import make_workspace, task_id, unit

from desktop.core.progress import STATUS_LABELS
from desktop.reports import sheets
from desktop.reports.data import load_input
from desktop.reports.draft import Drafter
from desktop.reports.inputs import printed_number
from desktop.store import dashboard, entries

TODAY = dt.date(2024, 11, 26)


def _month(ws, unit_id, month, day, rows):
    for task, kw in rows:
        entries.save_entry(ws, task, unit_id, month, **kw)
    entries.submit_month(ws, unit_id, month)
    with ws.transaction():
        ws.conn.execute("UPDATE monthly_entries SET submitted_at = ? WHERE unit_id = ? AND month = ?",
                        (day + "T09:00:00", unit_id, month))


def test_dashboard_reports_ledger_and_status_sheet_agree(tmp_path):
    ws, plan = make_workspace(tmp_path / "w.sqlite", sample_plan())
    civil, health, insurance, disabled = (unit(ws, plan, n) for n in ("市民政局", "市卫健委", "市医疗保障局", "市残联"))
    t1, t2, t3 = (task_id(ws, plan, k) for k in ("二.一.1", "二.一.2", "二.二.3"))
    rate, canteens = (r[0] for r in ws.conn.execute(
        "SELECT id FROM targets WHERE task_id IN (?, ?) ORDER BY task_id", (t2, t3)))
    _month(ws, civil, "2024-05", "2024-06-03", [(t1, {"progress": "开展调研。"}),
                                                 (t3, {"progress": "累计建成30个。", "values": {canteens: 30}})])
    # the same month: the supporting unit reports 60, then the lead 40 — the lead's 40 stands
    _month(ws, insurance, "2024-06", "2024-07-02", [(t2, {"values": {rate: 60}})])
    _month(ws, health, "2024-06", "2024-07-15", [(t2, {"values": {rate: 40}}), (t3, {"progress": "配合。"})])
    _month(ws, civil, "2024-08", "2024-09-04", [(t3, {"progress": "累计建成55个。", "values": {canteens: 55}})])
    # the lead reports the canteens done; the supporting unit's later entry does not reopen it
    _month(ws, civil, "2024-09", "2024-10-08", [(t3, {"status": "done", "progress": "完成。"}),
                                                 (t1, {"progress": "继续。"})])
    _month(ws, health, "2024-10", "2024-11-04", [(t3, {"status": "in_progress", "values": {canteens: 10}})])
    _month(ws, disabled, "2024-10", "2024-11-05", [(t1, {"status": "late", "progress": "滞后。"})])

    # the task statuses are the live view (a unit sees its own unsent work there, marked as a
    # draft in the grid): read before the drafts below; the documents must not move when they appear
    counts = dashboard.status_counts(ws, plan)

    # unsubmitted drafts: a unit's own business until it submits — no figure may come from them
    # (November is not yet due on the 26th; October's draft was never sent)
    entries.save_entry(ws, t3, civil, "2024-11", status="done", progress="累计建成90个。",
                       values={canteens: 90})
    entries.save_entry(ws, t1, civil, "2024-11", status="done", progress="完成。")
    entries.save_entry(ws, t2, insurance, "2024-10", values={rate: 95})
    entries.save_entry(ws, t3, civil, "2024-10", status="done", values={canteens: 99})

    # the city-wide target figures leave drafts out, as the documents do: read with them present
    shown = {r["id"]: r["latest"] for r in dashboard.target_progress(ws, plan)}
    data = load_input(ws, 2024)
    assert all(e.state == "submitted" for e in data.entries)
    drafter = Drafter(data, "year-end", TODAY)
    figures = drafter.figures()
    assert figures.as_of == "2024-10" and data.first_month == "2024-03"

    # statuses: the dashboard's counts are the report's
    assert counts == {"not_started": figures.not_started, "in_progress": figures.in_progress,
                      "done": figures.done, "late": figures.late}
    assert counts["done"] == 1 and counts["late"] == 0          # t1's first lead (民政) decides

    # target values: the dashboard's latest is the report's
    tasks = {t.id: t for t in data.tasks}
    for task in tasks.values():
        for target in task.targets:
            got = drafter.target_value(task, target)
            assert shown[target.id] == (got[0] if got else None), target.subject
    assert shown[rate] == 40 and shown[canteens] == 55

    # the ledger of the same day covers the same month as the report (no --month given): the
    # lead unit's row carries the task's status and the value that stands, drafts left out
    rows = sheets.ledger_rows(data, day=TODAY)
    assert rows == sheets.ledger_rows(data, 10)
    for task in tasks.values():
        lead = next(r for r in rows if r[1] == printed_number(task) and r[4] == "牵头")
        assert lead[8] == STATUS_LABELS[drafter.task_status(task)], task.key
        for target in task.targets:
            got = drafter.target_value(task, target)
            if got is not None:
                assert f"{target.subject or '指标'}：{got[0]:g}{target.unit}" in lead[6], task.key
    canteen_row = next(r for r in rows if r[2] == "推进老年食堂建设" and r[4] == "牵头")
    assert "55个" in canteen_row[6] and "90" not in canteen_row[6]
    # 最后填报日期: the day the entry was submitted, never after the sheet's own date
    stamps = [r[11] for r in rows if r[11] is not None]
    assert stamps and max(stamps) <= TODAY
    assert dt.date(2024, 10, 8) in stamps

    # the status sheet: 按时 / 迟报 / 未报 per unit and month, as the dashboard's grid has them
    months = [f"2024-{m:02d}" for m in range(1, 11)]
    grid = dashboard.submission_grid(ws, plan, months, TODAY)
    words = {dashboard.SUBMITTED: "按时", dashboard.LATE: "迟报", dashboard.MISSING: "未报",
             dashboard.DRAFT: "未报", dashboard.NOT_DUE: "—"}
    names = {u["id"]: u["name"] for u in grid.units}
    assert [u["name"] for u in grid.units] == data.units
    sheet = {row[1]: row[4:4 + len(months)] for row in sheets.submission_rows(data, TODAY, months)}
    for unit_id, name in names.items():
        assert sheet[name] == [words[grid.state(unit_id, m)] for m in months], name
    assert sheet["市民政局"][:2] == ["—", "—"]                    # before the plan was issued
    assert sheet["市卫健委"][5] == "迟报"
    assert sheet["市民政局"][8] == "按时"              # due on 8 October, after the National Day holiday
    on_time = sum(row.count("按时") for row in sheet.values())
    assert on_time == figures.months_on_time
