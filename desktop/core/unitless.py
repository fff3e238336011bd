"""Tasks that name no unit, said before a plan is saved (ux59 finding 2).

A task with neither a 牵头单位 nor a 责任单位 has nobody to report it: the 工作台 chases no unit for it and its
progress is never entered. Saving such a plan is allowed (units may be filled in later, in 修改任务 or ``plan edit``),
but the clerk is told first, how many and which — in the review before saving, and on ``plan import``'s stderr.
A task with 责任单位 only is reported by them (``core.progress.own_tasks``): not one of these.
"""

from __future__ import annotations

from desktop.core.model import ParsedPlan, Task

SHOWN = 12               # numbers named at most; past them the count says the rest
NO_UNIT_TASKS = ("有 {n} 项任务没有牵头单位，也没有责任单位：{which}。"
                 "保存后没有单位填报这些任务，工作台也不会向任何单位催报。")


def unitless_tasks(plan: ParsedPlan) -> list[Task]:
    """The tasks to be saved (not rows marked 「不是任务」) that name no unit at all, in the plan's order."""
    return [t for t in plan.tasks if not t.not_task and not t.lead_units and not t.responsible_units]


def numbers_text(tasks: list[Task], most: int | None = SHOWN) -> str:
    """The tasks' numbers as the review shows them (二.一.2、二.二.4), the first ``most`` (None: all) and then
    「等 N 项」."""
    shown = "、".join(t.shown_number for t in tasks[:most])
    return shown + (f" 等 {len(tasks)} 项" if most is not None and len(tasks) > most else "")


def unitless_words(plan: ParsedPlan, most: int | None = SHOWN) -> str | None:
    """What to tell the clerk before saving ``plan``, or None when every task names a unit; ``most``: the numbers
    named at most (a message box's room; None on the command line: all)."""
    tasks = unitless_tasks(plan)
    if not tasks:
        return None
    return NO_UNIT_TASKS.format(n=len(tasks), which=numbers_text(tasks, most))
