"""The rows a stored plan writes: units and groups, task links, targets kept in place, corrections
and the task history (``task_edits``) — shared by ``store.plans`` (first import, re-import and a
revision) and its after-save edits (``edit_task``, ``edit_plan``)."""

from __future__ import annotations

import json
from typing import Any

from desktop.core import plan_edits, review_edits as edits
from desktop.core.model import ParsedPlan, Target, Task
from desktop.store.sql import insert_id
from desktop.store.workspace import Workspace, now_iso


def replace_rows(ws: Workspace, table: str, plan_id: int, rows: list[dict[str, Any]],
                  unique_key: str | None = None) -> None:
    ws.conn.execute(f"DELETE FROM {table} WHERE plan_id = ?", (plan_id,))
    seen: set[str] = set()
    out = []
    for position, row in enumerate(rows):
        if unique_key:
            if row[unique_key] in seen:
                continue
            seen.add(row[unique_key])
        out.append({"plan_id": plan_id, "position": position, **row})
    if out:
        ws.db.table(table).insert_all(out)


def store_units(ws: Workspace, plan_id: int, plan: ParsedPlan) -> dict[str, int]:
    """Upsert the plan's units; return every written name (aliases too) → unit id."""
    db = ws.db
    ids: dict[str, int] = {}
    existing = {r["name"]: int(r["id"]) for r in ws.rows(
        "SELECT id, name FROM units WHERE plan_id = ?", [plan_id])}
    for position, unit in enumerate(plan.units):
        fields = {"note": unit.note, "is_group": int(unit.is_group), "position": position}
        if unit.name in existing:
            unit_id = existing[unit.name]
            db.table("units").update(unit_id, fields)
        else:
            unit_id = insert_id(db, "units", {"plan_id": plan_id, "name": unit.name, **fields})
            existing[unit.name] = unit_id
        ids[unit.name] = unit_id
        ws.conn.execute("DELETE FROM unit_aliases WHERE unit_id = ?", (unit_id,))
        for alias in dict.fromkeys(a for a in unit.aliases if a and a != unit.name):
            ws.conn.execute("INSERT OR IGNORE INTO unit_aliases(unit_id, alias) VALUES (?, ?)",
                            (unit_id, alias))
            ids.setdefault(alias, unit_id)
    # names a task uses that the registry lacks still become units: never lose one
    for task in plan.tasks:
        for name in [*task.lead_units, *task.responsible_units]:
            if name not in ids:
                ids[name] = ensure_unit(ws, plan_id, name, existing)
    for unit in plan.units:
        group_id = ids[unit.name]
        if not unit.members:
            continue        # a revised text that lists no members keeps the roster's (store.roster)
        ws.conn.execute("DELETE FROM group_members WHERE group_id = ?", (group_id,))
        for position, member in enumerate(dict.fromkeys(unit.members)):
            member_id = ids.get(member) or ensure_unit(ws, plan_id, member, existing)
            ids.setdefault(member, member_id)
            if member_id != group_id:
                ws.conn.execute(
                    "INSERT OR IGNORE INTO group_members(group_id, member_id, position) VALUES (?, ?, ?)",
                    (group_id, member_id, position))
    return ids


def ensure_unit(ws: Workspace, plan_id: int, name: str, existing: dict[str, int]) -> int:
    if name in existing:
        return existing[name]
    position = ws.conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM units WHERE plan_id = ?",
                               (plan_id,)).fetchone()[0]
    unit_id = insert_id(ws.db, "units", {"plan_id": plan_id, "name": name, "note": "",
                                          "is_group": 0, "position": position})
    existing[name] = unit_id
    return unit_id


def store_task_units(ws: Workspace, task_id: int, task: Task, ids: dict[str, int]) -> None:
    ws.conn.execute("DELETE FROM task_units WHERE task_id = ?", (task_id,))
    rows = []
    for role, names in (("lead", task.lead_units), ("responsible", task.responsible_units)):
        for position, name in enumerate(dict.fromkeys(names)):
            rows.append((task_id, ids[name], role, position))
    ws.conn.executemany(
        "INSERT OR IGNORE INTO task_units(task_id, unit_id, role, position) VALUES (?, ?, ?, ?)", rows)


def store_targets(ws: Workspace, plan_id: int, task_id: int | None, targets: list[Target]) -> int:
    """Update targets in place, so recorded indicator values stay attached.

    A new target takes the stored one with the same subject and unit; the rest are paired in
    order. A revision that inserts a target before others thus leaves the values where they
    belong; stored targets left over are marked withdrawn (once), never deleted.
    """
    where, args = (("plan_id = ? AND task_id IS NULL", (plan_id,)) if task_id is None
                   else ("task_id = ?", (task_id,)))
    old = ws.rows(f"SELECT id, subject, unit, withdrawn_at FROM targets WHERE {where} ORDER BY position, id",
                  args)
    chosen: list[int | None] = [None] * len(targets)
    free = list(old)
    for i, target in enumerate(targets):
        if not target.subject:
            continue
        same = next((o for o in free if o["subject"] == target.subject and o["unit"] == target.unit), None)
        if same is not None:
            chosen[i] = same["id"]
            free.remove(same)
    for i in range(len(targets)):
        if chosen[i] is None and free:
            chosen[i] = free.pop(0)["id"]
    for position, (target, target_id) in enumerate(zip(targets, chosen, strict=True)):
        fields = {"position": position, "text": target.text, "subject": target.subject,
                  "value": float(target.value), "unit": target.unit,
                  "comparator": target.comparator, "deadline": target.deadline,
                  "withdrawn_at": None}
        if target_id is not None:
            ws.db.table("targets").update(target_id, fields)
        else:
            ws.db.table("targets").insert({"plan_id": plan_id, "task_id": task_id, **fields})
    for left in free:
        if left["withdrawn_at"] is None:
            ws.db.table("targets").update(left["id"], {"withdrawn_at": now_iso()})
    return len(targets)


# -- corrections and history ---------------------------------------------------------------------

def dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def record_edit(ws: Workspace, task_id: int, name: str, old: Any, new: Any, source: str,
                 actor: str = "") -> None:
    ws.conn.execute(
        "INSERT INTO task_edits(task_id, field, old_value, new_value, source, actor, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (task_id, name, dump(old), dump(new), source, actor or ws.setting("actor", ""), now_iso()))


def store_corrections(ws: Workspace, task_id: int, fields: dict[str, edits.Correction]) -> None:
    """The task's corrections are exactly ``fields`` (the rest now follow the document)."""
    replace_corrections(ws, "task_corrections", "task_id", task_id, fields)


def store_plan_corrections(ws: Workspace, plan_id: int, fields: plan_edits.Corrections) -> None:
    """The plan's own corrections are exactly ``fields``."""
    replace_corrections(ws, "plan_corrections", "plan_id", plan_id, fields)


def replace_corrections(ws: Workspace, table: str, owner: str, owner_id: int,
                         fields: dict[str, edits.Correction]) -> None:
    ws.conn.execute(f"DELETE FROM {table} WHERE {owner} = ?", (owner_id,))
    stamp = now_iso()
    ws.conn.executemany(
        f"INSERT INTO {table}({owner}, field, value, document_value, corrected_at) VALUES (?, ?, ?, ?, ?)",
        [(owner_id, name, dump(c.value), dump(c.document), stamp) for name, c in fields.items()])
