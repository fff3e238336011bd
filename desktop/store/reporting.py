"""What the reports read of a plan beyond its tasks and entries: the years its work spans, the
targets of its tasks, heading titles, task texts, groups and their members, the units with
entries in a period and the due dates of a duty. ``reports.data`` assembles these into the
drafting input; no SQL outside the store."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store.workspace import Workspace


@dataclass(frozen=True)
class TaskTarget:
    """A live target of a task, as the reports read it."""

    id: int
    task_id: int
    subject: str
    text: str
    value: float
    unit: str
    comparator: str | None
    deadline: str | None


def plan_years(ws: Workspace, plan_id: int) -> tuple[int, int] | None:
    """The years a plan's work spans: from its date, schedule, duties, deadlines and entries."""
    years: set[int] = set()
    for sql in ("SELECT date FROM plans WHERE id = ?",
                'SELECT start FROM phases WHERE plan_id = ? UNION ALL SELECT "end" FROM phases WHERE plan_id = ?',
                "SELECT due FROM duties WHERE plan_id = ?",
                "SELECT deadline FROM targets WHERE plan_id = ?",
                "SELECT deadline FROM tasks WHERE plan_id = ?",
                "SELECT DISTINCT e.month FROM monthly_entries e JOIN tasks t ON t.id = e.task_id "
                "WHERE t.plan_id = ?"):
        args = (plan_id,) * sql.count("?")
        years.update(int(v[:4]) for (v,) in ws.conn.execute(sql, args)
                     if isinstance(v, str) and v[:4].isdigit())
    return (min(years), max(years)) if years else None


def task_targets(ws: Workspace, plan_id: int) -> dict[int, list[TaskTarget]]:
    """Task id → its live targets in the plan's order (plan-wide targets left out)."""
    out: dict[int, list[TaskTarget]] = {}
    for r in ws.conn.execute(
            "SELECT id, task_id, subject, text, value, unit, comparator, deadline FROM targets "
            "WHERE plan_id = ? AND task_id IS NOT NULL AND withdrawn_at IS NULL "
            "ORDER BY task_id, position", (plan_id,)):
        out.setdefault(int(r[1]), []).append(TaskTarget(
            int(r[0]), int(r[1]), r[2] or "", r[3] or "", float(r[4]),
            r[5] or "", r[6], r[7]))
    return out


def heading_titles(ws: Workspace, plan_id: int) -> dict[str, str]:
    """Heading key (``二.一``) → its title."""
    return {str(k): str(t or "") for k, t in ws.conn.execute(
        "SELECT key, title FROM headings WHERE plan_id = ?", (plan_id,))}


def task_texts(ws: Workspace, plan_id: int) -> dict[int, str]:
    """Task id → the task's sentence in the plan (withdrawn tasks included)."""
    return {int(i): str(t or "") for i, t in ws.conn.execute(
        "SELECT id, text FROM tasks WHERE plan_id = ?", (plan_id,))}


def group_members(ws: Workspace, plan_id: int) -> dict[str, list[str]]:
    """Every group of the plan by name → its members' names in the roster's order (empty when
    none are listed yet)."""
    groups: dict[str, list[str]] = {str(name): [] for (name,) in ws.conn.execute(
        "SELECT name FROM units WHERE plan_id = ? AND is_group = 1", (plan_id,))}
    for group, member in ws.conn.execute(
            "SELECT g.name, m.name FROM group_members gm JOIN units g ON g.id = gm.group_id "
            "JOIN units m ON m.id = gm.member_id WHERE g.plan_id = ? ORDER BY gm.position",
            (plan_id,)):
        groups.setdefault(str(group), []).append(str(member))
    return groups


def units_with_entries(ws: Workspace, plan_id: int, first: str, last: str) -> list[str]:
    """Names of the units with entries for a month in ``first``..``last``, in the plan's order."""
    return [str(r[0]) for r in ws.conn.execute(
        "SELECT u.name FROM units u WHERE u.plan_id = ? AND EXISTS ("
        " SELECT 1 FROM monthly_entries e WHERE e.unit_id = u.id AND e.month BETWEEN ? AND ?) "
        "ORDER BY u.position, u.id", (plan_id, first, last))]


def duty_dues(ws: Workspace, plan_id: int, kind: str, year: int) -> list[str]:
    """The due dates (as written in the store) of the plan's ``kind`` duties in ``year``, earliest first."""
    return [str(r[0]) for r in ws.conn.execute(
        "SELECT due FROM duties WHERE plan_id = ? AND kind = ? AND due LIKE ? ORDER BY due",
        (plan_id, kind, f"{year:04d}-%"))]
