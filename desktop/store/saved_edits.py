"""Correcting a saved plan after it is stored: a task's fields and number (the task tab, ``plan edit``), a row marked
「不是任务」 after saving, the plan's own fields (方案信息, ``plan info``), and the rows checked in the review.

Split from ``store.plans`` (round 62: it had reached 696 lines), which stores a parsed plan and re-exports these.
Every change lands in the task's history and stays a correction a revised plan will not silently revert.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core import not_tasks, plan_edits, review_edits as edits
from desktop.core.model import Duty, ParsedPlan, Phase, Task
from desktop.core.task_order import number_order
from desktop.store import queries
from desktop.store.plan_rows import (
    ensure_unit as _ensure_unit,
    record_edit as _record_edit,
    replace_rows as _replace_rows,
    store_corrections as _store_corrections,
    store_plan_corrections as _store_plan_corrections,
    store_targets as _store_targets,
    store_task_units as _store_task_units,
)
from desktop.store.revisions import WITHDRAWN_KEY
from desktop.store.task_reads import stored_corrections, stored_plan_corrections, stored_task_fields
from desktop.store.workspace import Workspace, now_iso

CHECKED_ROWS = "review_checked_rows:{plan_id}"


def stored_checked_rows(ws: Workspace, plan_id: int) -> set[tuple[str, tuple[str, ...]]]:
    """The rows of the plan a person checked as they are in review: each is checked as long as
    it shows the same problems (a revised document that changes the row asks again)."""
    try:
        rows = json.loads(ws.setting(CHECKED_ROWS.format(plan_id=plan_id)) or "[]")
        return {(str(key), tuple(str(p) for p in problems)) for key, problems in rows}
    except (ValueError, TypeError):             # a value not written by us: nothing checked
        return set()


def task_plan_id(ws: Workspace, task_id: int) -> int | None:
    row = ws.conn.execute("SELECT plan_id FROM tasks WHERE id = ?", (task_id,)).fetchone()
    return int(row[0]) if row else None


def task_id_by_number(ws: Workspace, plan_id: int, number: str) -> int | None:
    """A task by its key (``二.一.1``) or, when that is unambiguous, its own numeral (``1``)."""
    row = ws.conn.execute("SELECT id FROM tasks WHERE plan_id = ? AND key = ? AND withdrawn_at IS NULL",
                          (plan_id, number)).fetchone()
    if row:
        return int(row[0])
    rows = ws.conn.execute("SELECT id FROM tasks WHERE plan_id = ? AND number = ? AND withdrawn_at IS NULL",
                           (plan_id, number)).fetchall()
    return int(rows[0][0]) if len(rows) == 1 else None


def numbers_are_the_offices(ws: Workspace, plan_id: int) -> bool:
    """At a unit, the plan came in the office's package: its task numbers are the office's, the names its month
    gives its tasks, so the unit cannot renumber one (``review_edits.UNIT_NUMBER``)."""
    from desktop.store.exchange import has_tables, linked_plan

    return has_tables(ws, "exchange_plans") and linked_plan(ws, plan_id=plan_id, role="unit") is not None


def read_task_number(ws: Workspace, task_id: int, text: str) -> tuple[list[str], str]:
    """A number typed for a saved task (the task tab, ``plan edit --number``) read as the review reads it
    (``review_edits.read_number`` over the plan's live tasks): its parts, path then own numeral (none: nothing
    typed), and how it was read. Raises ``EditError`` for a number another live task has, naming that task, and
    at a unit (``numbers_are_the_offices``). Nothing is written."""
    plan_id = task_plan_id(ws, task_id)
    if plan_id is None:
        raise KeyError(task_id)
    if numbers_are_the_offices(ws, plan_id):
        raise edits.EditError(edits.UNIT_NUMBER)
    rows = ws.rows("SELECT id, key, path, number, title, short_name FROM tasks WHERE plan_id = ? "
                   "AND withdrawn_at IS NULL ORDER BY position, id", [plan_id])
    tasks = [Task(json.loads(r["path"]), str(r["number"]), str(r["title"]), "", short_name=str(r["short_name"] or ""))
             for r in rows]
    row = next(n for n, r in enumerate(rows) if int(r["id"]) == task_id)
    parts, note = edits.read_number(ParsedPlan(tasks=tasks), row, text, edits.SAVED_DUPLICATE_NUMBER)
    holder = next((r for r in rows if r["key"] == ".".join(parts) and int(r["id"]) != task_id), None)
    if holder is not None:            # a key the plan gave a repeated numeral (二.一.1#2), typed as it is
        raise edits.EditError(edits.SAVED_DUPLICATE_NUMBER.format(
            number=".".join(parts), title=edits.holder_name(str(holder["short_name"] or ""), str(holder["title"]))))
    return parts, note


def _renumber_task(ws: Workspace, task_id: int, plan_id: int, key: str, parts: list[str]) -> str:
    """Give the task the number ``parts`` (checked: ``read_task_number``); a withdrawn task holding that
    number gives it up, as it does to a revision (``revisions.WITHDRAWN_KEY``). Returns the new key."""
    new = ".".join(parts)
    holder = ws.conn.execute("SELECT id FROM tasks WHERE plan_id = ? AND key = ? AND id != ?",
                             (plan_id, new, task_id)).fetchone()
    if holder is not None:
        n, free = 1, new
        while ws.conn.execute("SELECT 1 FROM tasks WHERE plan_id = ? AND key = ?", (plan_id, free)).fetchone():
            free = WITHDRAWN_KEY.format(key=new, n="" if n == 1 else n)
            n += 1
        ws.conn.execute("UPDATE tasks SET key = ? WHERE id = ?", (free, int(holder[0])))
    ws.conn.execute("UPDATE tasks SET key = ?, path = ?, number = ? WHERE id = ?",
                    (new, json.dumps(parts[:-1], ensure_ascii=False), parts[-1], task_id))
    checked = stored_checked_rows(ws, plan_id)              # a row checked in the review stays checked
    if any(k == key for k, _problems in checked):
        ws.set_setting(CHECKED_ROWS.format(plan_id=plan_id), json.dumps(
            sorted([new if k == key else k, list(p)] for k, p in checked), ensure_ascii=False))
    return new


def _positions_by_number(ws: Workspace, plan_id: int) -> None:
    """The plan's live tasks take the places they hold in the order of their numbers (``core.task_order``), a
    renumbered one (四.5 typed as 四.12A) among its new neighbours in every list; withdrawn tasks keep theirs."""
    rows = ws.rows("SELECT id, path, number, position FROM tasks WHERE plan_id = ? AND withdrawn_at IS NULL "
                   "ORDER BY position, id", [plan_id])
    tasks = [Task(json.loads(r["path"]), str(r["number"]), "", "") for r in rows]
    for place, n in zip(rows, number_order(tasks), strict=True):
        if rows[n]["position"] != place["position"]:
            ws.conn.execute("UPDATE tasks SET position = ? WHERE id = ?", (place["position"], int(rows[n]["id"])))


def edit_task(ws: Workspace, task_id: int, changes: dict[str, Any], *, actor: str = "") -> list[str]:
    """Correct a saved task: ``changes`` maps fields (see ``review_edits.FIELDS``, and ``NUMBER``: the parts
    ``read_task_number`` gave) to new values, already checked. Returns what changed, in words; each change is
    kept in the task's history and as a correction that a revised plan will not silently revert."""
    plan_id = task_plan_id(ws, task_id)
    if plan_id is None:
        raise KeyError(task_id)
    key, path, number, text = ws.conn.execute("SELECT key, path, number, text FROM tasks WHERE id = ?",
                                              (task_id,)).fetchone()
    old_parts = [*json.loads(path), str(number)]
    changes = dict(changes)
    parts = changes.pop(edits.NUMBER, None)
    own_dates = changes.pop(edits.OWN_DATES, ())        # targets whose date was typed in this edit: never moved
    renumbered = parts is not None and list(parts) != old_parts
    old = stored_task_fields(ws, plan_id)[key]
    stored = stored_corrections(ws, plan_id).get(key, {})
    aliases = {alias: name for alias, name in ws.conn.execute(
        "SELECT a.alias, u.name FROM unit_aliases a JOIN units u ON u.id = a.unit_id WHERE u.plan_id = ?",
        (plan_id,))}
    task = Task([], "", old["title"], str(text or ""))       # its text: where a target's own date is written
    for name, value in old.items():
        edits.set_task_field(task, name, value)
    for name, value in changes.items():
        if name in ("lead_units", "responsible_units"):      # a unit typed by another name it has
            value = list(dict.fromkeys(aliases.get(n, n) for n in value))
        edits.set_task_field(task, name, value)
    task.responsible_units = [n for n in task.responsible_units if n not in task.lead_units]
    if "deadline" in changes and old["deadline"] != task.deadline:      # its targets that carried it move along
        edits.move_target_dates(task, old["deadline"], task.deadline, stored_plan_year(ws, plan_id),
                                keep=own_dates if "targets" in changes else ())
    new = edits.task_fields(task)
    changed = [name for name in edits.FIELDS if new[name] != old[name]]
    if not changed and not renumbered:
        return []
    lines = []
    with ws.transaction():
        db = ws.db
        kept = dict(stored)
        if renumbered:
            assert parts is not None
            new_key = _renumber_task(ws, task_id, plan_id, key, list(parts))
            _positions_by_number(ws, plan_id)
            _record_edit(ws, task_id, edits.NUMBER, key, new_key, "edit", actor)
            document = stored[edits.NUMBER].document if edits.NUMBER in stored else old_parts
            if list(parts) == document:
                kept.pop(edits.NUMBER, None)
            else:
                kept[edits.NUMBER] = edits.Correction(list(parts), document)
            lines.append(f"{edits.FIELD_LABELS[edits.NUMBER]}：“{key}”→“{new_key}”")
        db.table("tasks").update(task_id, {"title": task.title, "short_name": task.short_name,
                                           "deadline": task.deadline,
                                           "leaders": json.dumps(task.leaders, ensure_ascii=False)})
        if {"lead_units", "responsible_units"} & set(changed):
            existing = {r["name"]: int(r["id"]) for r in ws.rows(
                "SELECT id, name FROM units WHERE plan_id = ?", [plan_id])}
            ids = dict(existing)
            for name in [*task.lead_units, *task.responsible_units]:
                if name not in ids:
                    ids[name] = _ensure_unit(ws, plan_id, name, existing)
            _store_task_units(ws, task_id, task, ids)
        if "targets" in changed:
            _store_targets(ws, plan_id, task_id, task.targets)
        for name in changed:
            _record_edit(ws, task_id, name, old[name], new[name], "edit", actor)
            document = stored[name].document if name in stored else old[name]
            if new[name] == document:
                kept.pop(name, None)         # back to what the document says: no correction left
            else:
                kept[name] = edits.Correction(new[name], document)
            was, now = edits.change_words(name, old[name], new[name])
            lines.append(f"{edits.FIELD_LABELS[name]}：“{was}”→“{now}”")
        _store_corrections(ws, task_id, kept)
        ws.audit("task_edit", {"task_id": task_id, "key": key,
                               "fields": [edits.NUMBER] * renumbered + changed}, actor=actor)
    return lines


def set_not_task(ws: Workspace, task_id: int, not_task: bool, *, actor: str = "") -> bool:
    """A saved task marked 「不是任务」 (``not_task``: withdrawn, kept out of a revision as the review's mark is,
    ``core.not_tasks``), or, one so marked, a task again; in its history. False: it already was so."""
    plan_id = task_plan_id(ws, task_id)
    if plan_id is None:
        raise KeyError(task_id)
    key, title, text, withdrawn = ws.conn.execute(
        "SELECT key, title, text, withdrawn_at FROM tasks WHERE id = ?", (task_id,)).fetchone()
    rec = not_tasks.record(Task([], "", str(title), str(text or "")))
    rec["key"] = key
    corrections = stored_plan_corrections(ws, plan_id)
    before = corrections[not_tasks.NOT_TASKS].value if not_tasks.NOT_TASKS in corrections else []
    if not_task == (withdrawn is not None and any(r.get("key") == key for r in before)):
        return False
    with ws.transaction():
        listed = [r for r in before if r.get("key") != key] + [rec] * not_task
        if listed:
            corrections[not_tasks.NOT_TASKS] = edits.Correction(listed, [])
        else:
            corrections.pop(not_tasks.NOT_TASKS, None)
        _store_plan_corrections(ws, plan_id, corrections)
        ws.db.table("tasks").update(task_id, {"withdrawn_at": now_iso() if not_task else None})
        _record_edit(ws, task_id, not_tasks.NOT_TASKS, [] if not_task else [rec], [rec] if not_task else [], "edit",
                     actor)
        ws.audit("task_not_task" if not_task else "task_is_task", {"task_id": task_id, "key": key}, actor=actor)
    return True


def not_task_id(ws: Workspace, plan_id: int, number: str) -> int | None:
    """A task marked 「不是任务」 after saving (withdrawn, listed in the plan's ``NOT_TASKS``), by its key."""
    listed = stored_plan_corrections(ws, plan_id).get(not_tasks.NOT_TASKS)
    keys = {r.get("key") for r in (listed.value if listed is not None else [])}
    if number not in keys:
        return None
    row = ws.conn.execute("SELECT id FROM tasks WHERE plan_id = ? AND key = ? AND withdrawn_at IS NOT NULL "
                          "ORDER BY id DESC LIMIT 1", (plan_id, number)).fetchone()
    return int(row[0]) if row else None


def stored_plan_info(ws: Workspace, plan_id: int) -> ParsedPlan:
    """The plan's own correctable fields as stored, as a plan without tasks (what the
    方案信息 dialog shows and ``edit_plan`` changes)."""
    row = ws.rows("SELECT title, doc_number, issuer, date FROM plans WHERE id = ?", [plan_id])[0]
    phases = ws.rows('SELECT name, start, "end", text FROM phases WHERE plan_id = ? ORDER BY position, id',
                     [plan_id])
    return ParsedPlan(title=row["title"], doc_number=row["doc_number"], issuer=row["issuer"], date=row["date"],
                      phases=[Phase.from_json(dict(p)) for p in phases],
                      duties=[Duty.from_json(d) for d in queries.duties(ws, plan_id)])


def stored_plan_year(ws: Workspace, plan_id: int) -> int | None:
    """The year a date typed without its year falls in for a saved plan, as the parser read the plan
    (``review_edits.plan_year``: its title, stages, 成文日期 and text as stored)."""
    rows = ws.rows("SELECT source_text FROM plans WHERE id = ?", [plan_id])
    if not rows:
        return None
    return edits.plan_year(stored_plan_info(ws, plan_id), str(rows[0]["source_text"] or ""))


def edit_plan(ws: Workspace, plan_id: int, values: dict[str, Any], *, actor: str = "") -> list[str]:
    """Correct a saved plan's own fields (``plan_edits.FIELDS``: title, 文号, issuer, date, phases,
    the monthly duty), values already checked (``plan_edits.check_*``). Returns what changed, in
    words; each change goes to the audit log and stays a correction a revised plan will not
    silently revert, as corrections made in review do."""
    plan = stored_plan_info(ws, plan_id)
    old = plan_edits.plan_fields(plan)          # read once: setting a field makes new lists, not edits
    for name, value in values.items():
        plan_edits.set_plan_field(plan, name, value)
    new = plan_edits.plan_fields(plan)
    changed = [name for name in plan_edits.FIELDS if new[name] != old[name]]
    if not changed:
        return []
    stored = stored_plan_corrections(ws, plan_id)
    with ws.transaction():
        ws.db.table("plans").update(plan_id, {"title": plan.title, "doc_number": plan.doc_number,
                                              "issuer": plan.issuer, "date": plan.date, "updated_at": now_iso()})
        if "plan.phases" in changed:
            _replace_rows(ws, "phases", plan_id, [p.to_json() for p in plan.phases])
        if "plan.monthly_duty" in changed:
            _replace_rows(ws, "duties", plan_id, [d.to_json() for d in plan.duties])
        kept = dict(stored)
        for name in changed:
            document = stored[name].document if name in stored else old[name]
            if new[name] == document:
                kept.pop(name, None)         # back to what the document says: no correction left
            else:
                kept[name] = edits.Correction(new[name], document)
        _store_plan_corrections(ws, plan_id, kept)
        ws.audit("plan_edit", {"plan_id": plan_id, "fields": {n: [old[n], new[n]] for n in changed}}, actor=actor)
    return plan_edits.change_lines(old, plan)
