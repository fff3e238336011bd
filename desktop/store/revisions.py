"""A revised plan's tasks against the stored ones: which stored task (live, or withdrawn by an
earlier revision) each new task is (``match_revision``), and the stored rows given the keys of
the tasks they are now (``renumber``) — rows are renumbered in place, never deleted and re-created,
so a task's corrections, history and monthly entries follow it. ``plans.save_plan`` writes the rest.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core import task_matching
from desktop.core.model import ParsedPlan, Task
from desktop.store.workspace import Workspace


def match_revision(ws: Workspace, plan_id: int, plan: ParsedPlan,
                   fixed: dict[str, str] | None = None) -> task_matching.Matching:
    """Which stored task each task of ``plan`` is (``core.task_matching``): the live tasks by title
    and text, in order — a stored title a person corrected is matched by the document's title as
    well as theirs — then a task an earlier revision withdrew, brought back when it says the same
    (``task_matching.bring_back``). The one matching of the review, the corrections and the save.
    ``fixed``: stored key → new key known already (the office's own matching, at a unit); the rest
    are matched as above."""
    fixed = fixed or {}
    corrected = {int(r["task_id"]): json.loads(r["document_value"]) for r in ws.rows(
        "SELECT c.task_id, c.document_value FROM task_corrections c JOIN tasks t ON t.id = c.task_id "
        "WHERE t.plan_id = ? AND c.field = 'title'", [plan_id])}
    live: list[task_matching.Side] = []
    gone: list[task_matching.Side] = []
    for r in ws.rows("SELECT id, key, title, text, withdrawn_at FROM tasks WHERE plan_id = ? "
                     "ORDER BY position, id", [plan_id]):
        side = task_matching.Side(r["key"], tuple(str(t) for t in (corrected.get(int(r["id"])), r["title"]) if t),
                                  r["text"])
        if r["key"] not in fixed:
            (live if r["withdrawn_at"] is None else gone).append(side)
    taken = set(fixed.values())
    new = [s for s in task_matching.sides(plan.tasks) if s.key not in taken]
    found = task_matching.bring_back(task_matching.match_tasks(live, new), gone, new)
    found.pairs = {**fixed, **found.pairs}
    return found


WITHDRAWN_KEY = "{key}（已撤销{n}）"


def renumber(ws: Workspace, plan_id: int, keys: list[str], tasks: list[Task],
              matched: dict[str, str]) -> dict[str, Any]:
    """Give each stored task row the key of the task it is in the revision (``matched``: stored key →
    new key, a withdrawn task the revision brings back among them, see ``match_revision``), and a
    task left out a key no new task has. Returns new key → its row (id, text, source, withdrawn_at)."""
    rows = {r["key"]: r for r in ws.rows(
        "SELECT id, key, title, text, source, withdrawn_at FROM tasks WHERE plan_id = ?", [plan_id])}
    present = set(keys)
    pairs = {old: new for old, new in matched.items() if new in present and old in rows}
    final = {int(rows[old]["id"]): new for old, new in pairs.items()}
    left_out = [(key, int(row["id"])) for key, row in rows.items() if int(row["id"]) not in final]
    used = present | {key for key, _id in left_out}
    for key, task_id in left_out:
        n, free = 1, key
        if key in present:              # a task left out gives its number up to the revision's
            while free in used:
                free = WITHDRAWN_KEY.format(key=key, n="" if n == 1 else n)
                n += 1
        final[task_id] = free
        used.add(free)
    moving = [(int(r["id"]), final[int(r["id"])]) for r in rows.values() if final[int(r["id"])] != r["key"]]
    for task_id, _key in moving:         # two steps: keys stay unique in between
        ws.conn.execute("UPDATE tasks SET key = ? WHERE id = ?", (f"\x00{task_id}", task_id))
    for task_id, key in moving:
        ws.conn.execute("UPDATE tasks SET key = ? WHERE id = ?", (key, task_id))
    return {new: rows[old] for old, new in pairs.items()}
