"""A stored plan read back as the ``ParsedPlan`` it was saved from (the inverse of
``store.plans.save_plan``): what the office sends in its plan package."""

from __future__ import annotations

import json

from desktop.core.model import Duty, Heading, ParsedPlan, Person, Phase, Target, Task, Unit
from desktop.errors import UserError
from desktop.store.workspace import Workspace


def load_plan(ws: Workspace, plan_id: int) -> ParsedPlan:
    """The plan as stored (withdrawn tasks and targets left out)."""
    conn = ws.conn
    row = conn.execute("SELECT title, doc_number, issuer, date, source_text, warnings FROM plans WHERE id = ?",
                       (plan_id,)).fetchone()
    if row is None:
        raise UserError("工作区中没有这个方案。")
    plan = ParsedPlan(title=row[0], doc_number=row[1], issuer=row[2], date=row[3],
                      source_text=row[4], warnings=list(json.loads(row[5] or "[]")))
    plan.headings = [Heading(r[0], json.loads(r[1]), r[2], r[3]) for r in conn.execute(
        "SELECT level, path, number, title FROM headings WHERE plan_id = ? ORDER BY position", (plan_id,))]
    plan.units = stored_units(ws, plan_id)
    names = {int(r[0]): str(r[1]) for r in conn.execute("SELECT id, name FROM units WHERE plan_id = ?", (plan_id,))}
    targets: dict[int | None, list[Target]] = {}
    for r in conn.execute("SELECT task_id, text, value, unit, comparator, deadline, subject FROM targets "
                          "WHERE plan_id = ? AND withdrawn_at IS NULL ORDER BY position, id", (plan_id,)):
        targets.setdefault(r[0], []).append(Target(r[1], r[2], r[3], r[4], r[5], r[6]))
    roles: dict[int, dict[str, list[str]]] = {}
    for task_id, role, unit_id in conn.execute(
            "SELECT tu.task_id, tu.role, tu.unit_id FROM task_units tu JOIN tasks t ON t.id = tu.task_id "
            "WHERE t.plan_id = ? ORDER BY tu.task_id, tu.role, tu.position", (plan_id,)):
        roles.setdefault(int(task_id), {"lead": [], "responsible": []})[role].append(names[int(unit_id)])
    for r in conn.execute("SELECT id, path, number, title, text, deadline, source, level, short_name, leaders "
                          "FROM tasks WHERE plan_id = ? AND withdrawn_at IS NULL ORDER BY position", (plan_id,)):
        task_roles = roles.get(int(r[0]), {"lead": [], "responsible": []})
        plan.tasks.append(Task(json.loads(r[1]), r[2], r[3], r[4], task_roles["lead"],
                               task_roles["responsible"], targets.get(int(r[0]), []), r[5], r[6], r[7], r[8],
                               leaders=[str(n) for n in json.loads(r[9] or "[]")]))
    plan.plan_targets = targets.get(None, [])
    plan.phases = [Phase(*r) for r in conn.execute(
        'SELECT name, start, "end", text FROM phases WHERE plan_id = ? ORDER BY position', (plan_id,))]
    plan.duties = [Duty(*r) for r in conn.execute(
        "SELECT kind, due, every, text FROM duties WHERE plan_id = ? ORDER BY position", (plan_id,))]
    plan.people = [Person(*r) for r in conn.execute(
        "SELECT name, unit, post, role FROM people WHERE plan_id = ? ORDER BY position", (plan_id,))]
    return plan


def stored_units(ws: Workspace, plan_id: int) -> list[Unit]:
    """The plan's units as stored, with their aliases and members (what ``unit_check`` checks
    a typed name against)."""
    conn = ws.conn
    names = {int(r[0]): str(r[1]) for r in conn.execute("SELECT id, name FROM units WHERE plan_id = ?", (plan_id,))}
    aliases: dict[int, list[str]] = {}
    for unit_id, alias in conn.execute(
            "SELECT a.unit_id, a.alias FROM unit_aliases a JOIN units u ON u.id = a.unit_id "
            "WHERE u.plan_id = ? ORDER BY a.rowid", (plan_id,)):
        aliases.setdefault(int(unit_id), []).append(alias)
    members: dict[int, list[str]] = {}
    for group_id, member_id in conn.execute(
            "SELECT g.group_id, g.member_id FROM group_members g JOIN units u ON u.id = g.group_id "
            "WHERE u.plan_id = ? ORDER BY g.group_id, g.position", (plan_id,)):
        members.setdefault(int(group_id), []).append(names[int(member_id)])
    return [Unit(r[1], aliases.get(int(r[0]), []), r[2], bool(r[3]), members.get(int(r[0]), []))
            for r in conn.execute("SELECT id, name, note, is_group FROM units WHERE plan_id = ? "
                                  "ORDER BY position, id", (plan_id,))]


def workspace_units(ws: Workspace, plan_id: int | None = None) -> list[Unit]:
    """The units of every plan the workspace holds, ``plan_id``'s first: what a unit typed in the review or in
    修改任务 is known among (``unit_check.new_units``)."""
    ids = [int(r[0]) for r in ws.conn.execute("SELECT id FROM plans ORDER BY id")]
    return [u for pid in sorted(ids, key=lambda i: i != plan_id) for u in stored_units(ws, pid)]


def plan_text(ws: Workspace, plan_id: int) -> str:
    """The plan's document text as imported (a name it prints is one of its units)."""
    row = ws.conn.execute("SELECT source_text FROM plans WHERE id = ?", (plan_id,)).fetchone()
    return str(row[0] or "") if row else ""


def live_task_ids(ws: Workspace, plan_id: int) -> list[int]:
    """The ids of the plan's tasks in ``load_plan``'s order (the plan package's task identity)."""
    return [int(r[0]) for r in ws.conn.execute(
        "SELECT id FROM tasks WHERE plan_id = ? AND withdrawn_at IS NULL ORDER BY position", (plan_id,))]


def withdrawn_only_units(ws: Workspace, plan_id: int) -> list[str]:
    """The units named on a task a revision withdrew and on no current task (ux62: 区统计局, only on the dropped
    规上工业 task): kept, with their entries, but not units of the plan as it now stands — the revision's import did
    not count them, so neither does the plan package."""
    return [str(r[0]) for r in ws.conn.execute(
        "SELECT u.name FROM units u WHERE u.plan_id = ? AND EXISTS (SELECT 1 FROM task_units tu JOIN tasks t "
        "ON t.id = tu.task_id WHERE tu.unit_id = u.id AND t.withdrawn_at IS NOT NULL) AND NOT EXISTS ("
        "SELECT 1 FROM task_units tu JOIN tasks t ON t.id = tu.task_id WHERE tu.unit_id = u.id "
        "AND t.withdrawn_at IS NULL) ORDER BY u.position, u.id", (plan_id,))]
