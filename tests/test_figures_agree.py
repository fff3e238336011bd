"""One workspace, the same numbers everywhere: the dashboard, the half-year summary, the
year-end report, the monthly information, the ledger and the status sheet all read the figures
through desktop.core.progress — one rule of which entries count (``counted``): at the office what
units submitted (not a month it returned), at a unit its own saved entries."""

from __future__ import annotations

import datetime as dt
import shutil

from helpers_plan import sample_plan
from helpers_ui import make_workspace, task_id, unit

from desktop.core.progress import STATUS_LABELS
from desktop.reports import sheets
from desktop.reports.data import load_input
from desktop.reports.draft import Drafter, draft_articles
from desktop.reports.inputs import printed_number
from desktop.store import dashboard, entries, open_workspace, queries

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
    # the workspace's day is the dashboard's: the plan, imported today, is not on a clock of 2024
    ws.set_setting("as_of", TODAY.isoformat())
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

    counts = dashboard.status_counts(ws, plan)
    overview = dashboard.task_overview(ws, plan, TODAY)

    # unsubmitted drafts: a unit's own business until it submits — no figure may come from them
    # (November is not yet due on the 26th; October's draft was never sent)
    entries.save_entry(ws, t3, civil, "2024-11", status="done", progress="累计建成90个。",
                       values={canteens: 90})
    entries.save_entry(ws, t1, civil, "2024-11", status="done", progress="完成。")
    entries.save_entry(ws, t2, insurance, "2024-10", values={rate: 95})
    entries.save_entry(ws, t3, civil, "2024-10", status="done", values={canteens: 99})

    entries.add_article(ws, plan, civil, "2024-10", title="民政局草稿信息", body="未提交。",
                        author="张三", reviewer="", date="2024-10-30")
    # the office's dashboard and task tree leave the drafts out, as the documents do
    assert dashboard.status_counts(ws, plan) == counts
    assert dashboard.task_overview(ws, plan, TODAY)["tasks"] == overview["tasks"]
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


# --- every document against the dashboard, on any workspace ------------------------------------

def _dashboard_matches(ws, kind: str, day: dt.date) -> dict[str, int]:
    """The office's dashboard of ``ws`` and the city-wide ``kind`` report drafted on ``day`` —
    with the monthly information of each month it covers and the ledger of that day — give the
    same status counts, target values, on-time months and articles. Returns the status counts."""
    plan = queries.current_plan_id(ws)
    data = load_input(ws, day.year, day=day)
    drafter = Drafter(data, kind, day)
    figures = drafter.figures()
    counts = dashboard.status_counts(ws, plan)
    assert counts == {"not_started": figures.not_started, "in_progress": figures.in_progress,
                      "done": figures.done, "late": figures.late}, kind
    tree = [t["status"] for t in dashboard.task_overview(ws, plan, day)["tasks"]]
    assert {k: tree.count(k) for k in counts} == counts
    shown = {r["id"]: r["latest"] for r in dashboard.target_progress(ws, plan)}
    rows = sheets.ledger_rows(data, day=day)
    for task in data.tasks:
        lead = next((r for r in rows if r[1] == printed_number(task) and r[4] == "牵头"), None)
        if lead is not None:
            assert lead[8] == STATUS_LABELS[drafter.task_status(task)], task.key
        for target in task.targets:
            got = drafter.target_value(task, target)
            assert shown[target.id] == (got[0] if got else None), (kind, target.subject)
            if got is not None and lead is not None:
                assert f"{target.subject or '指标'}：{got[0]:g}{target.unit}" in lead[6], task.key
    grid = dashboard.submission_grid(ws, plan, drafter.months, day)
    assert [u["name"] for u in grid.units] == data.units
    assert sum(grid.count(m, dashboard.SUBMITTED) for m in drafter.months) == figures.months_on_time
    # the monthly information of each month carries the articles the report counts, and only
    # what units submitted
    briefs = [a for m in drafter.months for a in draft_articles(data, m)]
    assert len(briefs) == figures.articles
    assert all(a.state == "submitted" for a in data.articles)
    return counts


def _as_it_stood(path, tmp_path, month: str):
    """A copy of the workspace without anything written for a month after ``month``: the
    dashboard as it stood when a report covering up to ``month`` was written."""
    copy = tmp_path / f"upto-{month}.sqlite"
    shutil.copy(path, copy)
    with open_workspace(copy, create=False) as ws, ws.transaction():
        ws.conn.execute("DELETE FROM monthly_entries WHERE month > ?", (month,))
        ws.conn.execute("DELETE FROM info_articles WHERE month > ?", (month,))
    return copy


def test_demo_dashboard_and_every_document_agree(demo, tmp_path):
    with open_workspace(demo, create=False) as ws:
        today = queries.as_of(ws)
        plan = queries.current_plan_id(ws)
        live = dashboard.status_counts(ws, plan)
        year_end = Drafter(load_input(ws, today.year), "year-end", today)
        # the demo holds unsent November drafts: the office counts none of them (the dashboard
        # said 已完成 3 while the city report said 已完成2项)
        assert any(e["state"] == "draft" for e in entries.entries(ws))
        assert live["done"] == year_end.figures().done == 2
    # each report against the dashboard as it stood at the month the report covers to
    half_day = dt.date(today.year, 7, 10)
    for kind, day, month in (("half-year", half_day, f"{today.year}-06"),
                             ("year-end", today, year_end.as_of)):
        with open_workspace(_as_it_stood(demo, tmp_path, month), create=False) as ws:
            _dashboard_matches(ws, kind, day)


def test_office_with_unsent_draft_agrees_everywhere(tmp_path):
    ws, plan = make_workspace(tmp_path / "w.sqlite", sample_plan())
    civil, health = unit(ws, plan, "市民政局"), unit(ws, plan, "市卫健委")
    t1, t3 = task_id(ws, plan, "二.一.1"), task_id(ws, plan, "二.二.3")
    canteens = next(g["id"] for g in queries.task_detail(ws, t3)["targets"])
    _month(ws, civil, "2024-05", "2024-06-03", [(t3, {"progress": "建成30个。", "values": {canteens: 30}})])
    entries.add_article(ws, plan, health, "2024-05", title="卫健委信息", body="开展义诊。",
                        author="李四", reviewer="", date="2024-05-28")
    _month(ws, health, "2024-05", "2024-06-12", [(t3, {"progress": "配合。"})])
    # unsent: a lead's draft saying done, a higher value and an article, in a month already due
    entries.save_entry(ws, t3, civil, "2024-06", status="done", values={canteens: 80})
    entries.save_entry(ws, t1, civil, "2024-06", status="late")
    entries.add_article(ws, plan, civil, "2024-06", title="民政局信息", body="草稿。",
                        author="张三", reviewer="", date="2024-06-28")
    ws.close()
    with open_workspace(tmp_path / "w.sqlite", create=False) as ws:
        for kind in ("half-year", "year-end"):
            counts = _dashboard_matches(ws, kind, dt.date(2024, 7, 10))
            assert counts["done"] == 0 and counts["late"] == 0
        assert {r["id"]: r["latest"] for r in dashboard.target_progress(ws, plan)}[canteens] == 30


def test_a_unit_counts_its_own_saved_entries_everywhere(tmp_path):
    """At a unit, its own saved entries are its figures: its dashboard and its own report both
    show the draft it is writing (the same rule, read from the unit's side)."""
    ws, plan = make_workspace(tmp_path / "w.sqlite", sample_plan())
    civil = unit(ws, plan, "市民政局")
    t3 = task_id(ws, plan, "二.二.3")
    canteens = next(g["id"] for g in queries.task_detail(ws, t3)["targets"])
    ws.set_setting("role", "unit")
    ws.set_setting("unit_id", str(civil))
    _month(ws, civil, "2024-05", "2024-06-03", [(t3, {"values": {canteens: 30}})])
    entries.save_entry(ws, t3, civil, "2024-06", status="done", values={canteens: 80})
    scope = queries.unit_scope(ws, civil)
    counts = dashboard.status_counts(ws, plan, scope)
    data = load_input(ws, 2024, "市民政局")
    drafter = Drafter(data, "half-year", dt.date(2024, 7, 10))
    figures = drafter.figures()
    assert counts["done"] == figures.done >= 1
    task = next(t for t in data.tasks if t.id == t3)
    latest = {r["id"]: r["latest"] for r in dashboard.target_progress(ws, plan, scope, values_of=civil)}
    assert latest[canteens] == drafter.target_value(task, task.targets[0])[0] == 80
    # the office, reading the same rows, counts none of the draft
    ws.set_setting("role", "office")
    assert dashboard.status_counts(ws, plan, scope)["done"] == 0


def test_a_month_the_office_returned_counts_nowhere_until_sent_again(tmp_path):
    """退回: the office's figures leave the returned month out, as its documents do; the grid
    shows it as not yet submitted and the late list leaves it to its own 已退回 line."""
    ws, plan = make_workspace(tmp_path / "w.sqlite", sample_plan())
    civil = unit(ws, plan, "市民政局")
    t3 = task_id(ws, plan, "二.二.3")
    canteens = next(g["id"] for g in queries.task_detail(ws, t3)["targets"])
    _month(ws, civil, "2024-05", "2024-06-03", [(t3, {"values": {canteens: 30}})])
    _month(ws, civil, "2024-06", "2024-07-03", [(t3, {"status": "done", "values": {canteens: 100}})])
    ws.set_setting("role", "office")
    day = dt.date(2024, 7, 10)
    assert dashboard.status_counts(ws, plan)["done"] == 1
    with ws.transaction():
        ws.conn.execute("INSERT INTO exchange_receipts(unit_id, month, plan_id, revision, state, reason, "
                        "received_at) VALUES (?, '2024-06', ?, 1, 'returned', '数据有误', '2024-07-04')",
                        (civil, plan))
    counts = _dashboard_matches(ws, "half-year", day)
    assert counts["done"] == 0
    assert {r["id"]: r["latest"] for r in dashboard.target_progress(ws, plan)}[canteens] == 30
    assert not any(e.month == "2024-06" for e in load_input(ws, 2024).entries)
    grid = dashboard.submission_grid(ws, plan, ["2024-05", "2024-06"], day)
    assert grid.state(civil, "2024-05") == dashboard.SUBMITTED
    assert grid.state(civil, "2024-06") == dashboard.DRAFT
    assert civil not in {u["id"] for u in dashboard.late_units(grid, "2024-06")}
