"""The ledger has a row for every unit the dashboard chases on a task, a finished task's rows
are never overdue, and tasks are numbered as the dashboard numbers them (ux63 finding 4)."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from desktop.reports.inputs import EntryIn, ReportInput, TaskIn, printed_number
from desktop.reports.sheets import ledger_rows, write_ledger

DAY = dt.date(2025, 11, 18)
GROUPS = {"各乡镇": ["青石镇", "柳河镇", "白沙乡"]}


def _data(unit: str | None = None) -> ReportInput:
    tasks = [
        TaskIn(1, "二.一.1", "1", "重点项目用工", "2025-12-31", ["县发改局"], ["县人社局", "各乡镇"],
               path=["二", "一"]),
        TaskIn(3, "二.一.3", "3", "转移就业", "2025-12-31", [], ["各乡镇"], path=["二", "一"]),
        TaskIn(5, "二.二.5", "5", "返乡创业孵化园", "2025-09-30", ["县人社局"], ["县发改局", "县自然资源局"],
               path=["二", "二"]),
        TaskIn(6, "二.三.6", "6", "职业技能培训", "2025-09-30", ["县人社局"], ["县人社局", "青石镇"],
               path=["二", "三"]),
    ]
    entries = [
        EntryIn(1, 1, "县发改局", "2025-10", "in_progress", "吸纳3150人", submitted_at="2025-10-24"),
        EntryIn(2, 3, "青石镇", "2025-10", "in_progress", "转移4300人", submitted_at="2025-10-24"),
        EntryIn(3, 3, "柳河镇", "2025-10", "in_progress", "转移4050人", submitted_at="2025-10-23"),
        EntryIn(4, 5, "县人社局", "2025-10", "done", "孵化园建成", submitted_at="2025-10-24"),
        EntryIn(5, 5, "县发改局", "2025-07", "in_progress", "配合选址", submitted_at="2025-07-24"),
        EntryIn(6, 6, "县人社局", "2025-10", "in_progress", "培训5030人次", submitted_at="2025-10-24"),
    ]
    if unit:
        entries = [e for e in entries if e.unit == unit]
    return ReportInput("青山县稳就业促增收工作方案", 2025, tasks, entries, unit=unit, groups=GROUPS)


def test_every_member_of_a_named_group_has_its_row():
    rows = ledger_rows(_data(), day=DAY)
    by_task = {}
    for r in rows:
        by_task.setdefault(r[1], []).append((r[3], r[4], r[8]))
    # task 1: the group supports; each member is chased on the dashboard, so each has a row
    assert by_task["二.一.1"] == [("县发改局", "牵头", "推进中"), ("县人社局", "责任", "未启动"),
                                 ("青石镇", "责任", "未启动"), ("柳河镇", "责任", "未启动"),
                                 ("白沙乡", "责任", "未启动")]
    # task 3: two members reported (a near miss: their rows carry their own entries), 白沙乡 did not
    assert by_task["二.一.3"] == [("青石镇", "责任", "推进中"), ("柳河镇", "责任", "推进中"),
                                 ("白沙乡", "责任", "未启动")]
    assert [r[11] for r in rows if r[1] == "二.一.3"] == [dt.date(2025, 10, 24), dt.date(2025, 10, 23), None]
    assert not any(r[3] == "各乡镇" for r in rows)             # the group itself is no unit


def test_a_unit_leading_and_supporting_a_task_has_one_row():
    rows = [r for r in ledger_rows(_data(), day=DAY) if r[1] == "二.三.6"]
    assert [(r[3], r[4]) for r in rows] == [("县人社局", "牵头"), ("青石镇", "责任")]


def test_a_group_members_own_ledger_has_the_groups_tasks():
    rows = ledger_rows(_data("白沙乡"), day=DAY)
    assert [(r[1], r[3], r[8]) for r in rows] == [("二.一.1", "白沙乡", "未启动"), ("二.一.3", "白沙乡", "未启动")]


def test_numbers_as_the_dashboard_shows_them():
    task = TaskIn(9, "2.2.1", "2.1", "x", path=["2"])
    assert printed_number(task) == "2.1"                       # the document's decimal, not 2.2.1
    assert printed_number(TaskIn(4, "二.二.4", "4", "x")) == "二.二.4"    # no path given: from the key


def test_a_finished_tasks_rows_are_never_overdue(tmp_path):
    ws = load_workbook(write_ledger(_data(), tmp_path / "台账.xlsx", day=DAY))["进度台账"]
    cells = {(ws.cell(r, 2).value, ws.cell(r, 4).value): r for r in range(4, ws.max_row + 1)}
    lead, supporter, silent = (cells[("二.二.5", u)] for u in ("县人社局", "县发改局", "县自然资源局"))
    assert ws.cell(lead, 9).value == "已完成" and ws.cell(supporter, 9).value == "推进中"
    assert ws.cell(silent, 9).value == "未启动"
    covered = set()
    for rng in ws.conditional_formatting:
        for cr in rng.sqref.ranges:
            covered |= set(range(cr.min_row, cr.max_row + 1))
    # task 5 is done by its lead: its supporters' rows (past 9月30日, 推进中／未启动) are not red
    assert not covered & {lead, supporter, silent}
    # task 6 (same deadline, its lead 推进中) is overdue: its rows keep the rule
    assert {cells[("二.三.6", "县人社局")], cells[("二.三.6", "青石镇")]} <= covered
    assert ws.cell(cells[("二.三.6", "青石镇")], 9).value == "未启动"
