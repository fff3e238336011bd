"""A stored plan's tasks read back as the person left them: their correctable fields, the
corrections a person made (of the tasks, the plan and its units) and each task's history."""

from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

from desktop.core import plan_edits, review_edits as edits
from desktop.core.model import Target
from desktop.store.workspace import Workspace


def stored_plan_corrections(ws: Workspace, plan_id: int) -> plan_edits.Corrections:
    """plan.<field> → the person's correction of the plan's own field, and the document's value."""
    return {r["field"]: edits.Correction(json.loads(r["value"]), json.loads(r["document_value"]))
            for r in ws.rows("SELECT field, value, document_value FROM plan_corrections WHERE plan_id = ?",
                             [plan_id])}


def stored_task_fields(ws: Workspace, plan_id: int, with_text: bool = False,
                       back: Collection[str] = ()) -> dict[str, dict[str, Any]]:
    """Task key → its correctable fields as stored (tasks not withdrawn, and the withdrawn ones
    of ``back``: brought back by a revision, marked ``"withdrawn": True``); ``with_text`` adds
    the task's text as ``"text"`` (not a correctable field: for saying what a revision changed)."""
    rows = ws.rows("SELECT id, key, title, short_name, deadline, text, withdrawn_at, leaders FROM tasks "
                   "WHERE plan_id = ? ORDER BY position", [plan_id])
    out: dict[str, dict[str, Any]] = {}
    by_id: dict[int, dict[str, Any]] = {}
    for r in rows:
        if r["withdrawn_at"] is not None and r["key"] not in back:
            continue
        fields = {"title": r["title"], "short_name": r["short_name"], "lead_units": [],
                  "responsible_units": [], "targets": [], "deadline": r["deadline"],
                  "leaders": [str(n) for n in json.loads(r["leaders"] or "[]")]}
        if with_text:
            fields["text"] = r["text"]
        if r["withdrawn_at"] is not None:
            fields["withdrawn"] = True
        out[r["key"]] = by_id[int(r["id"])] = fields
    for task_id, role, name in ws.conn.execute(
            "SELECT tu.task_id, tu.role, u.name FROM task_units tu JOIN units u ON u.id = tu.unit_id "
            "JOIN tasks t ON t.id = tu.task_id WHERE t.plan_id = ? ORDER BY tu.task_id, tu.role, tu.position",
            (plan_id,)):
        if int(task_id) in by_id:
            by_id[int(task_id)]["lead_units" if role == "lead" else "responsible_units"].append(name)
    for r in ws.rows("SELECT task_id, text, value, unit, comparator, deadline, subject FROM targets "
                     "WHERE plan_id = ? AND task_id IS NOT NULL AND withdrawn_at IS NULL "
                     "ORDER BY position, id", [plan_id]):
        if int(r["task_id"]) in by_id:
            target = Target(r["text"], r["value"], r["unit"], r["comparator"], r["deadline"], r["subject"])
            by_id[int(r["task_id"])]["targets"].append(target.to_json())
    return out


def stored_corrections(ws: Workspace, plan_id: int) -> edits.Corrections:
    """Task key → field → the person's correction and the document's value at the time."""
    out: edits.Corrections = {}
    for r in ws.rows("SELECT t.key, c.field, c.value, c.document_value FROM task_corrections c "
                     "JOIN tasks t ON t.id = c.task_id WHERE t.plan_id = ?", [plan_id]):
        out.setdefault(r["key"], {})[r["field"]] = edits.Correction(json.loads(r["value"]),
                                                                    json.loads(r["document_value"]))
    return out


def unit_corrections(ws: Workspace, plan_id: int) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The stored units' other names (unit → aliases) and groups' members (group → members)."""
    aliases: dict[str, list[str]] = {}
    for name, alias in ws.conn.execute(
            "SELECT u.name, a.alias FROM unit_aliases a JOIN units u ON u.id = a.unit_id "
            "WHERE u.plan_id = ? ORDER BY u.position, a.rowid", (plan_id,)):
        aliases.setdefault(name, []).append(alias)
    members: dict[str, list[str]] = {}
    for group, member in ws.conn.execute(
            "SELECT g.name, m.name FROM group_members gm JOIN units g ON g.id = gm.group_id "
            "JOIN units m ON m.id = gm.member_id WHERE g.plan_id = ? ORDER BY g.position, gm.position",
            (plan_id,)):
        members.setdefault(group, []).append(member)
    return aliases, members




# the history's sources of a task's change (``task_edits.source``): the review's, a saved task's edit, a revised
# document's, and the very document stored read again by a newer version of the program (``Reimport.reread``, m67a;
# its own source since schema step 10 — round 67's rows listed in a setting were turned into it there)
DOCUMENT, READING = "document", "reading"
HISTORY_SOURCES = {"review": "核对时修改", "edit": "保存后修改", DOCUMENT: "方案修订",
                   READING: "新版本识读（文件未变）"}


def task_history(ws: Workspace, task_id: int) -> list[dict[str, Any]]:
    """The task's field changes, newest first, in words."""
    out = []
    for r in ws.rows("SELECT field, old_value, new_value, source, actor, at FROM task_edits "
                     "WHERE task_id = ? ORDER BY id DESC", [task_id]):
        name = r["field"]
        was, now = edits.change_words(name, json.loads(r["old_value"]), json.loads(r["new_value"]))
        out.append({"at": r["at"], "actor": r["actor"], "source": HISTORY_SOURCES.get(r["source"], r["source"]),
                    "field": edits.FIELD_LABELS.get(name, name), "old": was, "new": now})
    return out


def person_short_names(ws: Workspace, plan_id: int) -> dict[int, str]:
    """Task id → the short name a person chose (a correction of the parser's suggestion)."""
    return {int(r[0]): r[1] for r in ws.conn.execute(
        "SELECT t.id, t.short_name FROM tasks t JOIN task_corrections c "
        "ON c.task_id = t.id AND c.field = 'short_name' WHERE t.plan_id = ? AND t.short_name != ''",
        (plan_id,))}


def corrected_fields(ws: Workspace, task_id: int) -> list[str]:
    """The fields of this task that a person corrected (kept over a revised plan)."""
    return [r[0] for r in ws.conn.execute("SELECT field FROM task_corrections WHERE task_id = ?",
                                          (task_id,))]
