"""Figures for the dashboard (工作台): submissions per unit and month, target progress, 催报 text.

Read-only queries over the workspace; no Qt. The leading group office sees every
reporting unit; a responsible unit sees its own tasks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.core.deadlines import WorkCalendar, monthly_due
from desktop.store.workspace import Workspace

# a cell of the units × months grid
SUBMITTED, LATE, DRAFT, MISSING, NOT_DUE = "submitted", "late", "draft", "missing", "not_due"
CELL_LABELS = {SUBMITTED: "按时报送", LATE: "逾期报送", DRAFT: "未提交", MISSING: "未报送", NOT_DUE: ""}


@dataclass
class SubmissionGrid:
    """Who has submitted what: ``cells[unit_id][month]`` is one of the states above."""

    months: list[str]
    units: list[dict[str, Any]]                     # id, name
    cells: dict[int, dict[str, str]] = field(default_factory=dict)
    submitted_at: dict[int, dict[str, str]] = field(default_factory=dict)

    def state(self, unit_id: int, month: str) -> str:
        return self.cells.get(unit_id, {}).get(month, NOT_DUE)

    def count(self, month: str, state: str) -> int:
        return sum(1 for u in self.units if self.state(u["id"], month) == state)


def reporting_units(ws: Workspace, plan_id: int) -> list[dict[str, Any]]:
    """Units that must report: those named on a task, and the members of groups named on one."""
    rows = ws.conn.execute(
        "SELECT DISTINCT u.id, u.name, u.is_group, u.position FROM task_units tu "
        "JOIN units u ON u.id = tu.unit_id JOIN tasks t ON t.id = tu.task_id "
        "WHERE t.plan_id = ? AND t.withdrawn_at IS NULL", (plan_id,)).fetchall()
    out: dict[int, tuple[int, str]] = {}
    for unit_id, name, is_group, position in rows:
        members = ws.conn.execute(
            "SELECT u.id, u.name, u.position FROM group_members g JOIN units u ON u.id = g.member_id "
            "WHERE g.group_id = ?", (unit_id,)).fetchall()
        if is_group or members:
            for member_id, member_name, member_pos in members:
                out[int(member_id)] = (member_pos, member_name)
        else:
            out[int(unit_id)] = (position, name)
    return [{"id": uid, "name": name} for uid, (_, name) in sorted(out.items(), key=lambda kv: kv[1][0])]


def submission_grid(ws: Workspace, plan_id: int, months: list[str], today: date,
                    cal: WorkCalendar | None = None) -> SubmissionGrid:
    """Each reporting unit × month: submitted on time, late, draft only, missing, or not yet due."""
    cal = cal or WorkCalendar()
    units = reporting_units(ws, plan_id)
    grid = SubmissionGrid(months=list(months), units=units)
    if not units or not months:
        return grid
    seen: dict[tuple[int, str], tuple[int, int, str | None]] = {}
    for unit_id, month, drafts, submitted, last_submit in ws.conn.execute(
            "SELECT e.unit_id, e.month, SUM(e.state = 'draft'), SUM(e.state = 'submitted'), "
            "MAX(e.submitted_at) FROM monthly_entries e JOIN tasks t ON t.id = e.task_id "
            "WHERE t.plan_id = ? AND e.month BETWEEN ? AND ? GROUP BY e.unit_id, e.month",
            (plan_id, months[0], months[-1])):
        seen[(int(unit_id), month)] = (int(drafts or 0), int(submitted or 0), last_submit)
    dues = {m: monthly_due(m, cal) for m in months}
    for unit in units:
        row: dict[str, str] = {}
        stamps: dict[str, str] = {}
        for month in months:
            drafts, submitted, last_submit = seen.get((unit["id"], month), (0, 0, None))
            if submitted and not drafts:
                on_time = last_submit is not None and date.fromisoformat(last_submit[:10]) <= dues[month]
                row[month] = SUBMITTED if on_time else LATE
                stamps[month] = last_submit or ""
            elif dues[month] >= today:
                row[month] = DRAFT if drafts or submitted else NOT_DUE
            else:
                row[month] = DRAFT if drafts or submitted else MISSING
        grid.cells[unit["id"]] = row
        grid.submitted_at[unit["id"]] = stamps
    return grid


def last_due_month(months: list[str], today: date, cal: WorkCalendar | None = None) -> str | None:
    """The newest month whose report is already due (the one to chase)."""
    cal = cal or WorkCalendar()
    due = [m for m in months if monthly_due(m, cal) < today]
    return due[-1] if due else None


def late_units(grid: SubmissionGrid, month: str) -> list[dict[str, Any]]:
    """Units that have not submitted ``month``: nothing at all, or a draft left unsent."""
    return [u for u in grid.units if grid.state(u["id"], month) in (MISSING, DRAFT)]


def reminder_text(plan_title: str, month: str, units: list[dict[str, Any]], today: date,
                  office: str = "领导小组办公室", contact: str = "") -> str:
    """A 催报 message ready to paste into a chat or a notice."""
    if not units:
        return ""
    year, mon = month.split("-")
    names = "、".join(u["name"] for u in units)
    title = f"《{plan_title}》" if plan_title else "工作方案"
    text = (f"各有关单位：\n    截至{today.year}年{today.month}月{today.day}日，{names}"
            f"（共{len(units)}家）尚未报送{int(year)}年{int(mon)}月落实{title}的工作进展和工作信息。"
            f"请于3个工作日内补报，并由联络员在系统中提交。")
    if contact:
        text += f"联系人：{contact}。"
    return text + f"\n{office}\n{today.year}年{today.month}月{today.day}日"


def target_progress(ws: Workspace, plan_id: int, unit_ids: list[int] | None = None,
                    values_of: int | None = None) -> list[dict[str, Any]]:
    """Every live target of the plan with its latest recorded value and the share reached.

    ``ratio`` is value/target for "at least" targets (capped at 1 for the bar), None when
    nothing is recorded or the target is an upper limit (where less is better). Values are
    summed over the reporting units, or only ``values_of``'s when given.
    """
    sql = ("SELECT g.id, g.task_id, g.text, g.subject, g.value, g.unit, g.comparator, g.deadline, "
           "t.key AS task_key, t.number AS task_number, t.title AS task_title "
           "FROM targets g LEFT JOIN tasks t ON t.id = g.task_id "
           "WHERE g.plan_id = ? AND g.withdrawn_at IS NULL AND (t.id IS NULL OR t.withdrawn_at IS NULL)")
    args: list[Any] = [plan_id]
    if unit_ids:
        sql += (" AND g.task_id IN (SELECT task_id FROM task_units WHERE unit_id IN (%s))"
                % ",".join("?" * len(unit_ids)))
        args += unit_ids
    rows = [dict(zip([c[0] for c in cur.description], r)) for cur in [ws.conn.execute(
        sql + " ORDER BY t.position, g.position", args)] for r in cur.fetchall()]
    latest = _latest_values(ws, plan_id, values_of)
    for row in rows:
        value, month = latest.get(row["id"], (None, None))
        row["latest"], row["latest_month"] = value, month
        row["ratio"] = None
        if value is not None and row["value"] and row["comparator"] not in ("<=", "<"):
            row["ratio"] = max(0.0, min(1.0, value / row["value"]))
    return rows


def _latest_values(ws: Workspace, plan_id: int, unit_id: int | None) -> dict[int, tuple[float, str]]:
    """Latest value per target, summed over the units that report it in that month."""
    out: dict[int, tuple[float, str]] = {}
    only_unit = "" if unit_id is None else " AND e.unit_id = ?"
    args: list[Any] = [plan_id] + ([] if unit_id is None else [unit_id])
    for target_id, month, total in ws.conn.execute(
            "SELECT v.target_id, e.month, SUM(v.value) FROM entry_values v "
            "JOIN monthly_entries e ON e.id = v.entry_id JOIN targets g ON g.id = v.target_id "
            "WHERE g.plan_id = ?" + only_unit + " GROUP BY v.target_id, e.month ORDER BY e.month", args):
        out[int(target_id)] = (float(total), month)
    return out


def status_counts(ws: Workspace, plan_id: int, unit_ids: list[int] | None = None) -> dict[str, int]:
    """How many tasks stand at each status, by each task's latest entry (none = not started)."""
    sql = ("SELECT t.id, (SELECT e.status FROM monthly_entries e WHERE e.task_id = t.id %s "
           "ORDER BY e.month DESC, e.id DESC LIMIT 1) FROM tasks t WHERE t.plan_id = ? "
           "AND t.withdrawn_at IS NULL")
    args: list[Any] = []
    unit_clause = ""
    if unit_ids:
        marks = ",".join("?" * len(unit_ids))
        unit_clause = f"AND e.unit_id IN ({marks})"
        args += unit_ids
    args.append(plan_id)
    sql = sql % unit_clause
    if unit_ids:
        sql += f" AND t.id IN (SELECT task_id FROM task_units WHERE unit_id IN ({marks}))"
        args += unit_ids
    counts = {"not_started": 0, "in_progress": 0, "done": 0, "late": 0}
    for _, status in ws.conn.execute(sql, args):
        counts[status or "not_started"] += 1
    return counts
