"""Read-side queries the command line, the client and the reports share."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.core.duty_senders import duty_senders
from desktop.core.progress import STATUS_LABELS  # noqa: E402,F401  (the client's words)
from desktop.store.sql import rows_in, where
from desktop.store.workspace import Workspace


@dataclass
class TaskRow:
    id: int
    key: str
    path: list[str]
    number: str
    title: str
    deadline: str | None
    lead_units: list[str] = field(default_factory=list)
    responsible_units: list[str] = field(default_factory=list)


def plans(ws: Workspace) -> list[dict[str, Any]]:
    return list(ws.rows(
        "SELECT p.id, p.title, p.doc_number, p.issuer, p.date, "
        "(SELECT COUNT(*) FROM tasks t WHERE t.plan_id = p.id AND t.withdrawn_at IS NULL) AS tasks, "
        "(SELECT COUNT(*) FROM units u WHERE u.plan_id = p.id) AS units "
        "FROM plans p ORDER BY p.id"))


def plan_header(ws: Workspace, plan_id: int) -> tuple[str, str] | None:
    """(title, document number) of a plan, "" for what it lacks; None when there is no such plan."""
    row = ws.conn.execute("SELECT title, doc_number FROM plans WHERE id = ?", (plan_id,)).fetchone()
    return (row[0] or "", row[1] or "") if row else None


def current_plan_id(ws: Workspace) -> int | None:
    """The plan the client works on: the one chosen in settings, else the newest."""
    chosen = ws.setting("current_plan_id")
    if chosen.isdigit() and ws.conn.execute("SELECT 1 FROM plans WHERE id = ?", (int(chosen),)).fetchone():
        return int(chosen)
    row = ws.conn.execute("SELECT MAX(id) FROM plans").fetchone()
    return int(row[0]) if row and row[0] is not None else None


def unit_id(ws: Workspace, plan_id: int, name: str) -> int | None:
    """A unit by its name or any alias."""
    row = ws.conn.execute("SELECT id FROM units WHERE plan_id = ? AND name = ?", (plan_id, name)).fetchone()
    if row:
        return int(row[0])
    row = ws.conn.execute(
        "SELECT u.id FROM unit_aliases a JOIN units u ON u.id = a.unit_id "
        "WHERE u.plan_id = ? AND a.alias = ?", (plan_id, name)).fetchone()
    return int(row[0]) if row else None


def own_unit(ws: Workspace) -> int | None:
    """The unit whose workspace this is (role ``unit``), whose saved entries count as it writes
    them (``core.progress.counted``); None at the office or before a role is chosen."""
    unit = ws.setting("unit_id", "")
    return int(unit) if ws.setting("role", "") == "unit" and unit.isdigit() else None


def unit_name(ws: Workspace, unit: int) -> str | None:
    """A unit's name; None when there is no such unit."""
    row = ws.conn.execute("SELECT name FROM units WHERE id = ?", (unit,)).fetchone()
    return str(row[0]) if row else None


def unit_in_plan(ws: Workspace, unit: int, plan_id: int | None) -> bool:
    """Whether ``unit`` is one of ``plan_id``'s units (False without a plan)."""
    return plan_id is not None and ws.conn.execute(
        "SELECT 1 FROM units WHERE id = ? AND plan_id = ?", (unit, plan_id)).fetchone() is not None


def unit_names(ws: Workspace, plan_id: int, *, limit: int = -1) -> list[str]:
    """The plan's units that are not groups, in its order (the first ``limit`` when given)."""
    return [str(r[0]) for r in ws.conn.execute(
        "SELECT name FROM units WHERE plan_id = ? AND is_group = 0 ORDER BY position, id LIMIT ?",
        (plan_id, limit))]


def units(ws: Workspace, plan_id: int) -> list[dict[str, Any]]:
    rows = list(ws.rows(
        "SELECT u.id, u.name, u.note, u.is_group, "
        "(SELECT group_concat(alias, '、') FROM unit_aliases a WHERE a.unit_id = u.id) AS aliases "
        "FROM units u WHERE u.plan_id = ? ORDER BY u.position, u.id", [plan_id]))
    return rows


def unit_scope(ws: Workspace, unit: int) -> list[int]:
    """A unit and every group it belongs to, directly or through a group that is itself a
    member of another group: tasks given to a group are its tasks too."""
    scope, todo = [unit], [unit]
    while todo:
        for (group,) in ws.conn.execute("SELECT group_id FROM group_members WHERE member_id = ?", (todo.pop(),)):
            if int(group) not in scope:
                scope.append(int(group))
                todo.append(int(group))
    return scope


def _fts_query(text: str) -> str:
    # Quote as one phrase: trigram matches the substring; quotes inside are doubled.
    return '"' + text.replace('"', '""') + '"'


def task_ids_matching(ws: Workspace, plan_id: int, text: str) -> set[int]:
    """Tasks whose title, text or any monthly entry contains ``text`` (any length)."""
    text = text.strip()
    if not text:
        return set()
    if len(text) >= 3:
        ids = {int(r[0]) for r in ws.conn.execute(
            "SELECT t.id FROM tasks_fts f JOIN tasks t ON t.id = f.rowid "
            "WHERE tasks_fts MATCH ? AND t.plan_id = ?", (_fts_query(text), plan_id))}
        ids |= {int(r[0]) for r in ws.conn.execute(
            "SELECT DISTINCT e.task_id FROM entries_fts f JOIN monthly_entries e ON e.id = f.rowid "
            "JOIN tasks t ON t.id = e.task_id WHERE entries_fts MATCH ? AND t.plan_id = ?",
            (_fts_query(text), plan_id))}
        return ids
    # trigram cannot match 1–2 characters: scan with LIKE (escaped)
    like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    ids = {int(r[0]) for r in ws.conn.execute(
        "SELECT id FROM tasks WHERE plan_id = ? AND (title LIKE ? ESCAPE '\\' OR text LIKE ? ESCAPE '\\')",
        (plan_id, like, like))}
    ids |= {int(r[0]) for r in ws.conn.execute(
        "SELECT DISTINCT e.task_id FROM monthly_entries e JOIN tasks t ON t.id = e.task_id "
        "WHERE t.plan_id = ? AND (e.progress LIKE ? ESCAPE '\\' OR e.problems LIKE ? ESCAPE '\\' "
        "OR e.next_steps LIKE ? ESCAPE '\\')", (plan_id, like, like, like))}
    return ids


def tasks(ws: Workspace, plan_id: int, *, unit: int | None = None, text: str = "",
          include_withdrawn: bool = False) -> list[TaskRow]:
    """The plan's tasks in document order, optionally only a unit's and/or matching text."""
    filters, args = where(
        ("t.plan_id = ?", plan_id),
        ("t.id IN (SELECT task_id FROM task_units WHERE unit_id IN (?))",
         None if unit is None else unit_scope(ws, unit)),
        base="" if include_withdrawn else "t.withdrawn_at IS NULL")
    rows = ws.conn.execute("SELECT t.id, t.key, t.path, t.number, t.title, t.deadline FROM tasks t"
                           + filters + " ORDER BY t.position", args).fetchall()
    if text.strip():
        keep = task_ids_matching(ws, plan_id, text)
        rows = [r for r in rows if r[0] in keep]
    out = {int(r[0]): TaskRow(int(r[0]), r[1], json.loads(r[2]), r[3], r[4], r[5]) for r in rows}
    if out:
        for task_id, role, name in ws.conn.execute(
                "SELECT tu.task_id, tu.role, u.name FROM task_units tu JOIN units u ON u.id = tu.unit_id "
                "JOIN tasks t ON t.id = tu.task_id WHERE t.plan_id = ? ORDER BY tu.task_id, tu.role, tu.position",
                (plan_id,)):
            row = out.get(int(task_id))
            if row is not None:
                (row.lead_units if role == "lead" else row.responsible_units).append(name)
    return list(out.values())


def task_titles(ws: Workspace, plan_id: int) -> list[tuple[int, str]]:
    """Every task's id and title, withdrawn ones too, in no particular order: the plainest read
    of a plan's tasks (the benchmark's floor for the task list)."""
    return [(int(i), str(t)) for i, t in ws.conn.execute("SELECT id, title FROM tasks WHERE plan_id = ?",
                                                          (plan_id,))]


def task_detail(ws: Workspace, task_id: int) -> dict[str, Any]:
    task = dict(next(iter(ws.rows("SELECT * FROM tasks WHERE id = ?", [task_id]))))
    task["path"] = json.loads(task["path"])
    task["leaders"] = [str(n) for n in json.loads(task.get("leaders") or "[]")]     # (责任领导: people, no units)
    task["targets"] = list(ws.rows(
        "SELECT * FROM targets WHERE task_id = ? AND withdrawn_at IS NULL ORDER BY position", [task_id]))
    task["units"] = list(ws.rows(
        "SELECT u.id, u.name, tu.role FROM task_units tu JOIN units u ON u.id = tu.unit_id "
        "WHERE tu.task_id = ? ORDER BY tu.role, tu.position", [task_id]))
    return task


def withdrawn_task_keys(ws: Workspace, plan_id: int) -> set[str]:
    """The keys of the plan's tasks a revised plan dropped (kept, with their entries)."""
    return {str(r[0]) for r in ws.conn.execute(
        "SELECT key FROM tasks WHERE plan_id = ? AND withdrawn_at IS NOT NULL", (plan_id,))}


def task_titles_by_id(ws: Workspace, task_ids: Iterable[int]) -> dict[int, str]:
    """Task id → title, for the ids that exist."""
    return {int(i): str(t) for i, t in rows_in(ws.conn, "SELECT id, title FROM tasks WHERE id IN ({marks})",
                                                task_ids)}


def target_names(ws: Workspace, target_ids: Iterable[int]) -> dict[int, str]:
    """Target id → what it counts: its subject, else its text (empty when it has neither)."""
    return {int(i): str(subject or text or "") for i, subject, text in rows_in(
        ws.conn, "SELECT id, subject, text FROM targets WHERE id IN ({marks})", target_ids)}


def phases(ws: Workspace, plan_id: int) -> list[dict[str, Any]]:
    return list(ws.rows('SELECT name, start, "end", text FROM phases WHERE plan_id = ? ORDER BY position',
                            [plan_id]))


def duties(ws: Workspace, plan_id: int) -> list[dict[str, Any]]:
    return list(ws.rows("SELECT kind, due, every, text FROM duties WHERE plan_id = ? ORDER BY position",
                            [plan_id]))


def duties_with_senders(ws: Workspace, plan_id: int) -> list[dict[str, Any]]:
    """The plan's duties (``duties``), each with its ``senders`` (``core.duty_senders``): the plan's units its
    sentence names before its sending, else the units of the current task whose words hold it; [] for everyone's."""
    units = [str(name) for (name,) in ws.conn.execute("SELECT name FROM units WHERE plan_id = ? ORDER BY position",
                                                      (plan_id,))]
    tasks: dict[int, tuple[str, list[str]]] = {}
    for task_id, title, text in ws.conn.execute(
            "SELECT id, title, text FROM tasks WHERE plan_id = ? AND withdrawn_at IS NULL ORDER BY position",
            (plan_id,)):
        tasks[int(task_id)] = (f"{title}。{text}", [])
    for task_id, name in ws.conn.execute(
            "SELECT tu.task_id, u.name FROM task_units tu JOIN units u ON u.id = tu.unit_id "
            "JOIN tasks t ON t.id = tu.task_id WHERE t.plan_id = ? ORDER BY tu.role = 'responsible', tu.position",
            (plan_id,)):
        if int(task_id) in tasks and str(name) not in tasks[int(task_id)][1]:
            tasks[int(task_id)][1].append(str(name))
    return [{**row, "senders": duty_senders(str(row.get("text") or ""), units, tasks.values())}
            for row in duties(ws, plan_id)]


def scope_names(ws: Workspace, unit: int) -> list[str]:
    """The names of a unit and of the groups it belongs to (``unit_scope``): whose duties are its own."""
    scope = unit_scope(ws, unit)
    names = dict(rows_in(ws.conn, "SELECT id, name FROM units WHERE id IN ({marks})", scope))
    return [str(names[u]) for u in scope if u in names]


def plan_targets(ws: Workspace, plan_id: int) -> list[dict[str, Any]]:
    return list(ws.rows(
        "SELECT * FROM targets WHERE plan_id = ? AND task_id IS NULL AND withdrawn_at IS NULL ORDER BY position",
        [plan_id]))


def as_of(ws: Workspace) -> date:
    """"Today" for this workspace: the ``as_of`` setting (demo and training workspaces pin
    it), else the real date."""
    value = ws.setting("as_of", "")
    try:
        return date.fromisoformat(value) if value else date.today()
    except ValueError:
        return date.today()
