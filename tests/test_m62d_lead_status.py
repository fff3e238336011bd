"""A task's status is its lead unit's (README), read by one rule — ``core.progress.task_status`` — in the
office's task tree, its dashboard counts, the report's 「正在推进…项，尚未启动…项」 and the ledger's lead row
(ux62: 一.1 and 三.12 showed 推进中 when only their supporting units had written 「配合…」 lines). Once a lead
has reported, its entry rules; a task whose leads sent nothing at all stands at its responsible units' entries
(ux64 finding 5, the lead's decision: with the lead silent every task read 未启动 while the districts reported)."""

from __future__ import annotations

import datetime as dt

from helpers_plan import sample_plan
from helpers_ui import make_workspace, task_id, unit

from desktop.core import progress as p
from desktop.core.progress import STATUS_LABELS
from desktop.reports import sheets
from desktop.reports.data import load_input
from desktop.reports.draft import Drafter, draft_report
from desktop.reports.inputs import printed_number
from desktop.store import dashboard, entries

TODAY = dt.date(2024, 7, 20)


def R(unit, month, entry_id, status="in_progress"):
    return p.Reading(unit, month, entry_id, status)


def test_a_supporting_unit_s_entry_does_not_decide_once_the_lead_reported():
    support = [R("区住建局", "2025-05", 1), R("区住建局", "2025-06", 2)]
    assert p.task_status(["区发改局"], support) == "in_progress"        # the lead silent: its responsible unit's
    assert p.task_status(["区发改局"], support + [R("区发改局", "2025-04", 3, "not_started")]) == "not_started"
    assert p.task_status(["区发改局"], support + [R("区发改局", "2025-04", 3, "done")]) == "done"
    # the second-named lead reports when the first has not
    assert p.task_status(["区发改局", "区财政局"], support + [R("区财政局", "2025-06", 4, "late")]) == "late"
    # a lead group reports through its members, their latest entries combined
    members = {"各街道办事处": ["城东街道", "城西街道"]}
    streets = [R("城东街道", "2025-06", 5, "done"), R("城西街道", "2025-06", 6, "in_progress")]
    assert p.task_status(["各街道办事处"], streets, members) == "in_progress"
    assert p.task_status(["各街道办事处"], streets[:1], members) == "done"
    assert p.task_status(["各街道办事处"], streets) == "in_progress"      # not its members: responsible units
    # a task that names no lead: every unit's latest entry
    assert p.task_status([], support) == "in_progress"


def test_task_tree_counts_report_and_ledger_agree_on_the_lead_s_status(tmp_path):
    ws, plan = make_workspace(tmp_path / "w.sqlite", sample_plan())
    ws.set_setting("as_of", TODAY.isoformat())
    insurance, civil = unit(ws, plan, "市医疗保障局"), unit(ws, plan, "市民政局")
    t2, t3 = task_id(ws, plan, "二.一.2"), task_id(ws, plan, "二.二.3")      # leads 市卫健委, 市民政局
    entries.save_entry(ws, t2, insurance, "2024-06", progress="配合市卫健委做好医保结算工作。")
    entries.save_entry(ws, t3, civil, "2024-06", progress="建成老年食堂10个。")
    for unit_id in (insurance, civil):
        entries.submit_month(ws, unit_id, "2024-06")

    tree = {t["id"]: t["status"] for t in dashboard.task_overview(ws, plan, TODAY)["tasks"]}
    assert tree[t2] == "in_progress" and tree[t3] == "in_progress"     # t2: 市卫健委 silent, 市医保局 reported
    counts = dashboard.status_counts(ws, plan)
    assert counts["in_progress"] == 2 and counts["not_started"] == len(tree) - 2

    data = load_input(ws, 2024)
    drafter = Drafter(data, "half-year", TODAY)
    figures = drafter.figures()
    assert (figures.in_progress, figures.not_started) == (counts["in_progress"], counts["not_started"])
    headline = next(s for s in draft_report(data, "half-year", today=TODAY).sections if "总体情况" in s.heading)
    assert f"正在推进2项，尚未启动{counts['not_started']}项" in headline.blocks[0].text

    rows = sheets.ledger_rows(data, day=TODAY)
    for task in data.tasks:
        lead = next(r for r in rows if r[1] == printed_number(task) and r[4] == "牵头")
        # the lead's own row: the task's status where the lead reported; its own 未启动 where it sent nothing
        assert lead[8] == (STATUS_LABELS[tree[task.id]] if task.id != t2 else "未启动"), task.key
    # the supporting unit's own summary counts its own part of the task it supports
    own = Drafter(load_input(ws, 2024, unit="市医疗保障局"), "half-year", TODAY)
    assert own.task_status(next(t for t in own.supported_tasks if t.id == t2)) == "in_progress"
    # and its own dashboard scope shows its part as begun
    assert dashboard.task_statuses(ws, plan, [insurance])[t2] == "in_progress"
