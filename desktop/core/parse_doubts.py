"""Where a parsed plan is doubtful: per task, plain Chinese sentences saying what to check.

The parser gets most of a plan right; what it gets wrong a clerk must catch in the review
dialog. These rules look at a task's fields beside its own text (and at the source lines no
task took) and say where the parse may be wrong, so the review tints those rows.

Rules kept, measured by ``tests/doubt_score.py`` over the tuned sets (1600 tasks with the parser
now; 869 tasks of the sets each parsed by the parser from before it was tuned on them, the errors
an unseen plan brings). "Rows" is the share of tasks the rule tints; "caught" the share of the
scorer's failed checks (a task's units, targets, deadline; a task missing) that fall on a tinted
row (a missing task: its opening words are inside a tinted row)::

    rule               now: rows  caught    before tuning: rows  caught
    deadline_unread         0.1 %   0.0 %                  0.6 %   1.7 %  (5 of 19 deadline checks)
    target_unread           1.6 %   9.4 %                  1.0 %   1.7 %
    long_text               2.4 %   6.2 %                  2.1 %   8.4 %  (20 missing tasks run in)
    run_together            0.7 %   3.1 %                  0.9 %   5.7 %  (15 missing tasks run in)
    all four                4.7 %  18.8 %                  4.6 %  17.4 %

The problems the review already tinted (no units, a unit not in the list, a parser warning
naming the task) tint 16.4 % / 12.2 % of rows and catch 3.1 % / 7.4 %; with the doubts, rows
19.8 % / 15.1 %, caught 18.8 % / 21.4 %. (A group listed without members no longer tints its rows,
``review_edits.tints_row``: 16 % of rows had only that, one fix for the whole plan.)

Tried and dropped (kept in ``tests/doubt_score.py`` to measure again): units read from a line
shared with other items (13.3 % / 7.5 % of rows for 9.4 % / 9.4 % caught: no better than
chance), a unit name that does not look like one (2.0 % / 1.5 % for 3.1 % / 0.3 %), source lines
with an item marker or ``牵头单位：`` that no task took (0.3 % / 0.5 % for 0.0 % / 0.3 %: the
lines it finds are section headings like ``（二）基本原则``; most missing tasks are whole sections
or appendix tables left out, not single lines).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.model import ParsedPlan, Task
from desktop.core.parse.dates import find_deadlines

# the sentences (each says what to check and in which cell)
DEADLINE_UNREAD = "原文这一项写有日期“{words}”，但没有读出完成时限：请在“完成时限”格核对"
TARGET_UNREAD = "原文这一项有数字“{figure}”，但没有读出量化指标：请在“量化指标”格核对"
LONG_TEXT = ("这一项原文很长（{n} 字），可能是几项任务连在一起：请对照原文，"
             "核对“牵头单位”“责任单位”“量化指标”“完成时限”是否都属于这一项")
RUN_TOGETHER = ("原文这一项中间还有编号“{marker}”，可能是几项任务连在一起：请对照原文，"
                "核对“牵头单位”“责任单位”“量化指标”“完成时限”是否都属于这一项")

_SQUASH = re.compile(r"\s+")


def squash(text: str) -> str:
    return _SQUASH.sub("", text or "")


def _year(plan: ParsedPlan) -> int | None:
    return int(plan.date[:4]) if plan.date and plan.date[:4].isdigit() else None


def _short(text: str, limit: int = 24) -> str:
    text = squash(text)
    return text if len(text) <= limit else text[:limit] + "…"


# -- rules over one task ------------------------------------------------------------------------

def deadline_unread(plan: ParsedPlan, task: Task) -> str | None:
    """The item's own text names a deadline (the parser's own date finder) but none was read."""
    if task.deadline:
        return None
    found = find_deadlines(task.text, _year(plan))
    return DEADLINE_UNREAD.format(words=found[0].words) if found else None


_MEASURE = (r"%|％|个|家|所|张|人次|人|名|户|辆|场|次|项|公里|千米|米|平方米|亩|吨|座|处|条|套|台|件|"
            r"元|期|批|支|份|间|栋|幢|千瓦|床|篇|册|本|部|门|块|宗|笔|只|头|株|棵|公顷|立方米|万|亿")
_FIGURE = re.compile(rf"(?<![\d.年月日第])\d+(?:\.\d+)?\s*(?:[-—~至]\s*\d+(?:\.\d+)?)?\s*(?:{_MEASURE})"
                     r"(?!\s*[年月日号])")


def target_unread(plan: ParsedPlan, task: Task) -> str | None:
    """A figure with a measure word in the item's text, and no target read at all."""
    if task.targets:
        return None
    m = _FIGURE.search(task.text)
    return TARGET_UNREAD.format(figure=m.group(0)) if m else None


LONG_LIMIT = 400


def long_text(plan: ParsedPlan, task: Task) -> str | None:
    n = len(squash(task.text))
    return LONG_TEXT.format(n=n) if n > LONG_LIMIT else None


_INNER_MARKER = re.compile(r"[。；;]\s*((?:\d{1,2}[.．、](?!\d))|[（(]\d{1,2}[)）]|[①-⑩])")


def run_together(plan: ParsedPlan, task: Task) -> str | None:
    m = _INNER_MARKER.search(task.text)
    return RUN_TOGETHER.format(marker=m.group(1)) if m else None


TaskRule = Callable[[ParsedPlan, Task], "str | None"]


# -- everything together ------------------------------------------------------------------------

TASK_RULES: dict[str, TaskRule] = {
    "deadline_unread": deadline_unread,
    "target_unread": target_unread,
    "long_text": long_text,
    "run_together": run_together,
}


def plan_doubts(plan: ParsedPlan, rules: dict[str, TaskRule] | None = None) -> list[list[str]]:
    """Per task of ``plan`` (same order), the doubts about its parse, in words."""
    rules = TASK_RULES if rules is None else rules
    return [[d for rule in rules.values() if (d := rule(plan, task))] for task in plan.tasks]


_cache: dict[int, tuple[tuple[object, ...], list[list[str]]]] = {}


def _key(plan: ParsedPlan) -> tuple[object, ...]:
    return (plan.source_text, plan.date, tuple((t.text, t.title, t.source, tuple(t.lead_units),
                                                tuple(t.responsible_units), t.deadline, len(t.targets))
                                               for t in plan.tasks))


def task_doubts(plan: ParsedPlan, task: Task) -> list[str]:
    """The doubts about ``task`` (one of ``plan.tasks``); the plan's are worked out once per
    state of the plan, so asking row by row costs one pass."""
    key = _key(plan)
    hit = _cache.get(id(plan))
    if hit is None or hit[0] != key:
        _cache.clear()
        hit = (key, plan_doubts(plan))
        _cache[id(plan)] = hit
    row = next((i for i, t in enumerate(plan.tasks) if t is task), None)
    return list(hit[1][row]) if row is not None else []


def doubt_list(plan: ParsedPlan) -> list[tuple[Task, str]]:
    """Every doubt of ``plan`` with its task, in the plan's order (for the command line)."""
    return [(task, d) for task, doubts in zip(plan.tasks, plan_doubts(plan), strict=True) for d in doubts]
