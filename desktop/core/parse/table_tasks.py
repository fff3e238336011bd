"""Tasks read from a task table: the rows of an attached table (附件 / 附表, one cell a line, or a table that makes
up the whole plan) and an item whose own text is such a table (一、未来五年主要工作任务 / 序号 / 主要工作任务 /
责任单位 / 1 / …), each row one task with its unit cells, deadline and targets (rows from ``columns``,
``named_rows``, ``list_tables``)."""

from __future__ import annotations

from desktop.core.model import Task

from .columns import Row, table_rows
from .dates import deadline_from_words, find_deadlines
from .headings import Item
from .registry import Registry
from .shortname import suggest_short_name
from .targets import find_targets
from .tasks import _canon, task_title


def appendix_tasks(rows: list[Row], registry: Registry, default_year: int | None,
                   path: list[str] | None = None) -> list[Task]:
    """Tasks from the rows of a one-cell-a-line task table (see ``columns``): in the plan's 附件
    (path ``附件``) or making up the whole plan."""
    out: list[Task] = []
    annexes = {row.annex for row in rows}
    for row in rows:
        for name in row.lead + row.resp:
            registry.add(name)
        title = task_title(row.text)
        where = list(["附件"] if path is None else path)
        if row.annex is not None and path is None:
            # the table stands under 附件1 / 附件2 (each numbered from 1): 附件.1.3, 附件.2.1
            where = ["附件", row.annex] if len(annexes) > 1 and row.annex else ["附件"]
        staged = [f"{when}：{what}" for when, what in row.stages]
        task = Task(path=where, number=row.number, title=title, text="\n".join([row.text, "；".join(staged)]).strip(),
                    lead_units=_canon(registry, row.lead), responsible_units=_canon(registry, row.resp),
                    source="（续上行）" if row.inherited else "、".join(row.lead + row.resp), level=3)
        dls = find_deadlines(row.text, default_year) + (deadline_from_words(row.deadline, default_year)
                                                        if row.deadline else [])
        due = [(max((d.date for d in deadline_from_words(when, default_year)), default=""), f"{when}：{what}")
               for when, what in row.stages]
        if dls or any(d for d, _ in due):
            task.deadline = max([d.date for d in dls] + [d for d, _ in due if d])
        # 节点 | 指标数: the figures due at the last time are the row's targets (the earlier ones lead there)
        task.targets = find_targets("\n".join([row.text, *(f for d, f in due if d == task.deadline)]), default_year,
                                    relaxed=True)
        task.short_name = suggest_short_name(title, row.text)
        out.append(task)
    return out


def table_items(tasks: list[Task], items: list[Item], registry: Registry,
                default_year: int | None) -> tuple[list[Task], int]:
    """Items whose own text is a task table one cell a line (一、未来五年主要工作任务 / 序号 / 主要工作任务 / 责任单位 /
    1 / 地区生产总值… / 市发展改革委 / 2 …), themselves naming no unit: the table's rows are the item's tasks (一.1,
    一.2, …), each with its unit cell — in a goals section too, the rows naming who answers for each figure. Also
    how many rows were read."""
    by_key = {t.key: t for t in tasks}
    placed: list[tuple[int, int, list[Task]]] = []       # (item pos, order, tasks)
    read = 0
    for item in items:
        key = ".".join([*item.path, item.number])
        task = by_key.get(key)
        if item.children or "\n" not in item.body.strip() or task is not None and (
                task.lead_units or task.responsible_units):
            continue
        rows = table_rows(item.body)
        if len(rows) >= 2 and sum(1 for r in rows if r.lead or r.resp) >= 2:
            placed.append((item.pos, 0, appendix_tasks(rows, registry, default_year, path=[*item.path, item.number])))
            read += len(rows)
            by_key.pop(key, None)
    if not read:
        return tasks, 0
    pos_of = {".".join([*i.path, i.number]): i.pos for i in items}
    at = -1
    for n, task in enumerate(tasks):
        if task.key in by_key:
            at = pos_of.get(task.key, at)
            placed.append((at, n + 1, [task]))
    return [t for _, _, group in sorted(placed, key=lambda p: (p[0], p[1])) for t in group], read
