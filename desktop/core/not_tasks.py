"""Rows of a parsed plan that are no task (ux58 finding 3): a 保障措施 heading 「（一）加强组织领导」 read as a task.

The review marks such a row 「不是任务」 (``Task.not_task``; undone the same way) and it stays in the table, struck out,
until the plan is saved: the store leaves it out, its targets with it (``split_off``), and keeps which rows they were
as a correction of the plan (``NOT_TASKS``, in ``plan_corrections`` as the plan's own fields are). A revised document
that still has such a row gets it marked again (``mark``), and the review and ``plan import`` say so
(``review_corrections.NOT_TASK_TAIL``): never brought back silently, and the clerk can make it a task again.
"""

from __future__ import annotations

import copy
from typing import Any

from desktop.core.model import ParsedPlan, Task

NOT_TASKS = "plan.not_tasks"          # the correction's field: a list of ``record``s (the document's value: [])


def record(task: Task) -> dict[str, Any]:
    """What a row marked 「不是任务」 is remembered by: its number, title and text."""
    return {"key": task.key, "title": task.title, "text": task.text}


def marked(plan: ParsedPlan) -> list[dict[str, Any]]:
    """The rows of ``plan`` marked 「不是任务」, as ``record``s."""
    return [record(t) for t in plan.tasks if t.not_task]


def split_off(plan: ParsedPlan, parsed: ParsedPlan | None = None
              ) -> tuple[ParsedPlan, ParsedPlan | None, list[dict[str, Any]]]:
    """``plan`` without its rows marked 「不是任务」 (a copy; ``plan`` itself when it has none), ``parsed`` (the
    document's parse the review started from, row for row) without the same rows, and their ``record``s."""
    rows = {n for n, t in enumerate(plan.tasks) if t.not_task}
    if not rows:
        return plan, parsed, []
    records = marked(plan)
    kept = copy.copy(plan)
    kept.tasks = [t for t in plan.tasks if not t.not_task]
    if parsed is not None and len(parsed.tasks) == len(plan.tasks):
        parsed = copy.copy(parsed)
        parsed.tasks = [t for n, t in enumerate(parsed.tasks) if n not in rows]
    return kept, parsed, records


def mark(plan: ParsedPlan, records: list[dict[str, Any]]) -> int:
    """Mark again the rows of ``plan`` (a revised document) the person marked 「不是任务」 before: each record the row
    with its text, else its title (a revised wording under the same heading). How many were marked."""
    marks = 0
    free = [t for t in plan.tasks if not t.not_task]
    for rec in records:
        task = next((t for t in free if t.text and t.text == rec.get("text")), None) \
            or next((t for t in free if t.title and t.title == rec.get("title")), None)
        if task is not None:
            task.not_task = True
            free.remove(task)
            marks += 1
    return marks


def words(value: Any) -> str:
    """The recorded rows in words (history, changes): 「三.一 加强组织领导、三.二 强化调度考核」."""
    return "、".join(f"{r.get('key', '')} {r.get('title', '')}".strip() for r in value or []) or "（无）"
