"""Storing a parsed plan: first import, re-import (no change) and revised plans.

A revised plan updates tasks matched by their numbering path and keeps what is
attached to them (monthly entries, indicator values): rows are updated in place,
never deleted and re-created. Tasks and targets that the revision drops are marked
withdrawn, with their history intact.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from desktop.core.model import ParsedPlan, Target, Task
from desktop.store.workspace import Workspace, backup_workspace, now_iso


@dataclass
class ImportResult:
    plan_id: int
    created: bool = False
    unchanged: bool = False
    tasks_added: int = 0
    tasks_updated: int = 0
    tasks_unchanged: int = 0
    tasks_withdrawn: int = 0
    units: int = 0
    targets: int = 0
    warnings: list[str] = field(default_factory=list)


def source_digest(plan: ParsedPlan) -> str:
    """What identifies one version of a plan: its text and the reviewed structure."""
    body = json.dumps(plan.to_json(), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256((plan.source_text + "\x00" + body).encode("utf-8")).hexdigest()


def find_plan(ws: Workspace, plan: ParsedPlan) -> int | None:
    """The stored plan this one is a version of: same document number, else same title."""
    if plan.doc_number:
        row = ws.conn.execute("SELECT id FROM plans WHERE doc_number = ? ORDER BY id LIMIT 1",
                              (plan.doc_number,)).fetchone()
        if row:
            return int(row[0])
    if plan.title:
        row = ws.conn.execute("SELECT id FROM plans WHERE title = ? ORDER BY id LIMIT 1",
                              (plan.title,)).fetchone()
        if row:
            return int(row[0])
    return None


def title_only_match(ws: Workspace, plan: ParsedPlan) -> tuple[int, str] | None:
    """(plan_id, its document number) when ``plan`` would be taken as a revision of a stored
    plan only because the titles agree, while both carry different document numbers — a
    question for the user (a new plan, or a revision), never decided silently."""
    plan_id = find_plan(ws, plan)
    if plan_id is None or not plan.doc_number:
        return None
    stored = ws.conn.execute("SELECT doc_number FROM plans WHERE id = ?", (plan_id,)).fetchone()[0]
    if stored and stored != plan.doc_number:
        return plan_id, stored
    return None


def save_plan(ws: Workspace, plan: ParsedPlan, *, source_name: str = "",
              backup: bool = True, as_new: bool = False) -> ImportResult:
    """Store ``plan`` in the workspace in one transaction; see the module docstring.
    ``as_new``: store it as a plan of its own even when a stored one has its title."""
    digest = source_digest(plan)
    plan_id = None if as_new else find_plan(ws, plan)
    if plan_id is not None:
        stored = ws.conn.execute("SELECT source_sha256 FROM plans WHERE id = ?", (plan_id,)).fetchone()
        if stored and stored[0] == digest:
            return ImportResult(plan_id=plan_id, unchanged=True,
                                tasks_unchanged=len(plan.tasks), warnings=list(plan.warnings))
    if backup:
        backup_workspace(ws.path, "before-plan-import")
    with ws.transaction():
        result = _write_plan(ws, plan, plan_id, digest, source_name)
        ws.audit("plan_import", {
            "plan_id": result.plan_id, "title": plan.title, "source": source_name,
            "created": result.created, "added": result.tasks_added,
            "updated": result.tasks_updated, "withdrawn": result.tasks_withdrawn,
        })
    return result


def _write_plan(ws: Workspace, plan: ParsedPlan, plan_id: int | None, digest: str,
                source_name: str) -> ImportResult:
    db = ws.db
    stamp = now_iso()
    row = {
        "title": plan.title, "doc_number": plan.doc_number, "issuer": plan.issuer,
        "date": plan.date, "source_text": plan.source_text, "source_sha256": digest,
        "source_name": source_name, "warnings": json.dumps(plan.warnings, ensure_ascii=False),
        "updated_at": stamp,
    }
    if plan_id is None:
        plan_id = int(db["plans"].insert({**row, "imported_at": stamp}).last_pk)
        result = ImportResult(plan_id=plan_id, created=True)
    else:
        db["plans"].update(plan_id, row)
        result = ImportResult(plan_id=plan_id)
    result.warnings = list(plan.warnings)

    canonical = _store_units(ws, plan_id, plan)
    result.units = len(canonical)
    _replace_rows(ws, "headings", plan_id, [
        {"key": ".".join([*h.path, h.number]), "level": h.level,
         "path": json.dumps(h.path, ensure_ascii=False), "number": h.number, "title": h.title}
        for h in plan.headings], unique_key="key")
    _replace_rows(ws, "phases", plan_id, [
        {"name": p.name, "start": p.start, "end": p.end, "text": p.text} for p in plan.phases])
    _replace_rows(ws, "duties", plan_id, [
        {"kind": d.kind, "due": d.due, "every": d.every, "text": d.text} for d in plan.duties])
    _replace_rows(ws, "people", plan_id, [
        {"name": p.name, "unit": p.unit, "post": p.post, "role": p.role} for p in plan.people])

    existing = {r["key"]: r for r in ws.rows(
        "SELECT id, key, title, text, source, deadline, withdrawn_at FROM tasks WHERE plan_id = ?",
        [plan_id])}
    seen: set[str] = set()
    for position, task in enumerate(plan.tasks):
        key = _unique_key(task, seen)
        seen.add(key)
        fields = {
            "path": json.dumps(task.path, ensure_ascii=False), "number": task.number,
            "level": task.level, "title": task.title, "text": task.text,
            "source": task.source, "deadline": task.deadline, "position": position,
            "withdrawn_at": None,
        }
        old = existing.get(key)
        if old is None:
            task_id = int(db["tasks"].insert({"plan_id": plan_id, "key": key, **fields}).last_pk)
            result.tasks_added += 1
        else:
            task_id = int(old["id"])
            changed = any(old[k] != fields[k] for k in ("title", "text", "source", "deadline")) \
                or old["withdrawn_at"] is not None
            db["tasks"].update(task_id, fields)
            if changed:
                result.tasks_updated += 1
            else:
                result.tasks_unchanged += 1
        _store_task_units(ws, task_id, task, canonical)
        result.targets += _store_targets(ws, plan_id, task_id, task.targets)
    for key, old in existing.items():
        if key not in seen and old["withdrawn_at"] is None:
            db["tasks"].update(old["id"], {"withdrawn_at": now_iso()})
            result.tasks_withdrawn += 1
    result.targets += _store_targets(ws, plan_id, None, plan.plan_targets)
    return result


def _unique_key(task: Task, seen: set[str]) -> str:
    key = task.key
    n = 2
    while key in seen:           # a plan that repeats a numeral: keep both tasks apart
        key = f"{task.key}#{n}"
        n += 1
    return key


def _replace_rows(ws: Workspace, table: str, plan_id: int, rows: list[dict],
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
        ws.db[table].insert_all(out)


def _store_units(ws: Workspace, plan_id: int, plan: ParsedPlan) -> dict[str, int]:
    """Upsert the plan's units; return every written name (aliases too) → unit id."""
    db = ws.db
    ids: dict[str, int] = {}
    existing = {r["name"]: int(r["id"]) for r in ws.rows(
        "SELECT id, name FROM units WHERE plan_id = ?", [plan_id])}
    for position, unit in enumerate(plan.units):
        fields = {"note": unit.note, "is_group": int(unit.is_group), "position": position}
        if unit.name in existing:
            unit_id = existing[unit.name]
            db["units"].update(unit_id, fields)
        else:
            unit_id = int(db["units"].insert({"plan_id": plan_id, "name": unit.name, **fields}).last_pk)
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
                ids[name] = _ensure_unit(ws, plan_id, name, existing)
    for unit in plan.units:
        group_id = ids[unit.name]
        ws.conn.execute("DELETE FROM group_members WHERE group_id = ?", (group_id,))
        for position, member in enumerate(dict.fromkeys(unit.members)):
            member_id = ids.get(member) or _ensure_unit(ws, plan_id, member, existing)
            ids.setdefault(member, member_id)
            if member_id != group_id:
                ws.conn.execute(
                    "INSERT OR IGNORE INTO group_members(group_id, member_id, position) VALUES (?, ?, ?)",
                    (group_id, member_id, position))
    return ids


def _ensure_unit(ws: Workspace, plan_id: int, name: str, existing: dict[str, int]) -> int:
    if name in existing:
        return existing[name]
    position = ws.conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM units WHERE plan_id = ?",
                               (plan_id,)).fetchone()[0]
    unit_id = int(ws.db["units"].insert({"plan_id": plan_id, "name": name, "note": "",
                                         "is_group": 0, "position": position}).last_pk)
    existing[name] = unit_id
    return unit_id


def _store_task_units(ws: Workspace, task_id: int, task: Task, ids: dict[str, int]) -> None:
    ws.conn.execute("DELETE FROM task_units WHERE task_id = ?", (task_id,))
    rows = []
    for role, names in (("lead", task.lead_units), ("responsible", task.responsible_units)):
        for position, name in enumerate(dict.fromkeys(names)):
            rows.append((task_id, ids[name], role, position))
    ws.conn.executemany(
        "INSERT OR IGNORE INTO task_units(task_id, unit_id, role, position) VALUES (?, ?, ?, ?)", rows)


def _store_targets(ws: Workspace, plan_id: int, task_id: int | None, targets: list[Target]) -> int:
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
    for position, (target, target_id) in enumerate(zip(targets, chosen)):
        fields = {"position": position, "text": target.text, "subject": target.subject,
                  "value": float(target.value), "unit": target.unit,
                  "comparator": target.comparator, "deadline": target.deadline,
                  "withdrawn_at": None}
        if target_id is not None:
            ws.db["targets"].update(target_id, fields)
        else:
            ws.db["targets"].insert({"plan_id": plan_id, "task_id": task_id, **fields})
    for left in free:
        if left["withdrawn_at"] is None:
            ws.db["targets"].update(left["id"], {"withdrawn_at": now_iso()})
    return len(targets)
