"""Where a parsed plan is doubtful: per task, plain Chinese sentences saying what to check.

The parser gets most of a plan right; what it gets wrong a clerk must catch in the review
dialog. These rules look at a task's fields beside its own text and say where the parse may be
wrong, so the review tints those rows (``review_edits.task_problems``) and ``plan import`` lists
them.

Rules kept, measured by ``tests/doubt_score.py`` over the tuned sets (1600 tasks with the parser
now; 869 tasks of the sets each parsed by the parser from before it was tuned on them, the errors
an unseen plan brings). "Rows" is the share of tasks the rule tints; "caught" the share of the
scorer's failed checks (a task's units, targets, deadline; a task missing) that fall on a tinted
row (a missing task: its opening words are inside a tinted row)::

    rule               now: rows  caught    before tuning: rows  caught
    deadline_unread         0.1 %   0.0 %                  0.6 %   1.7 %  (5 of 19 deadline checks)
    target_unread           1.0 %   9.4 %                  0.6 %   1.7 %
    long_text               2.4 %   6.2 %                  2.1 %   8.4 %  (20 missing tasks run in)
    run_together            0.7 %   3.1 %                  0.9 %   5.7 %  (15 missing tasks run in)
    odd_unit                0.2 %   3.1 %                  1.8 %  10.7 %  (13 of 30 lead checks)
    many_leads              0.8 %   0.0 %                  2.5 %   8.7 %  (11 of 30 lead checks)
    all six                 5.1 %  21.9 %                  7.6 %  30.8 %

Measured again with plans-next8 among the sets parsed before tuning (1206 tasks), the six rules tint 6.6 % of
rows and 27.2 % of failed checks fall on them; with the problems below, 22.0 % and 34.9 %.

The problems the review already tinted (no units, a unit not in the list, a parser warning
naming the task by its number) tint 17.4 % / 18.0 % of rows and catch 12.5 % / 14.4 %; with the
doubts, rows 21.4 % / 23.4 %, caught 31.2 % / 39.5 %. (A group listed without members no longer tints its rows,
``review_edits.tints_row``: 16 % of rows had only that, one fix for the whole plan.)

Tried and dropped (kept in ``tests/doubt_score.py`` to measure again), each no better than about
twice chance on one of the two measurements or tinting too much: units read from a line shared
with other items (13.3 % / 7.5 % of rows, caught 9.4 % / 9.4 %); a unit name the parser's
``looks_like_unit`` refuses (2.0 % / 1.5 %, 0.0 % / 0.7 %); a lead word (牵头单位, X牵头, 主办)
and no lead read (2.4 % / 4.6 %, 12.5 % / 5.7 %); two figures more than targets read (0.4 % /
0.1 %, 0.0 % / 0.0 %); any year in the text and no deadline (3.1 % / 5.2 %, 6.2 % / 9.4 %); no
units even where no task has any (56.4 % / 70.1 %); source lines with an item marker or
``牵头单位：`` that no task took (0.3 % / 0.5 %, 0.0 % / 0.3 %: the lines it finds are section
headings like ``（二）基本原则``; most missing tasks are whole sections or appendix tables left
out, not single lines).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.model import ParsedPlan, Task
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.figures import NUMBER

# the sentences (each says what to check and in which cell)
DEADLINE_UNREAD = "原文这一项写有日期“{words}”，但没有读出完成时限：请在“完成时限”格核对"
TARGET_UNREAD = "原文这一项有数字“{figure}”，但没有读出量化指标：请在“量化指标”格核对"
LONG_TEXT = ("这一项原文很长（{n} 字），可能是几项任务连在一起：请对照原文，"
             "核对“牵头单位”“责任单位”“量化指标”“完成时限”是否都属于这一项")
ODD_UNIT = "“{name}”不像一个单位的名称（带有分工的字样或标点）：请在“牵头单位”“责任单位”格改正"
CUT_UNIT = "“{name}”只有一个字，不像一个单位的名称（可能是被截断的名称）：请在“牵头单位”“责任单位”格改正"
MANY_LEADS = ("读出了 {n} 个牵头单位：如方案写明只由列第一位者牵头，或其中有配合单位，"
              "请在“牵头单位”“责任单位”格核对")
RUN_TOGETHER = ("原文这一项中间还有编号“{marker}”，可能是几项任务连在一起：请对照原文，"
                "核对“牵头单位”“责任单位”“量化指标”“完成时限”是否都属于这一项")

_SQUASH = re.compile(r"\s+")


def squash(text: str) -> str:
    return _SQUASH.sub("", text or "")


# -- rules over one task ------------------------------------------------------------------------

def deadline_unread(plan: ParsedPlan, task: Task) -> str | None:
    """The item's own text names a deadline (the parser's own date finder) but none was read."""
    if task.deadline:
        return None
    found = find_deadlines(task.text, plan.year())
    return DEADLINE_UNREAD.format(words=found[0].words) if found else None


# the parser's own figure-with-a-measure-word pattern; a span of time (3年, 6个月, 5个工作日) is no aim
_TIME_UNITS = frozenset({"年", "个月", "个工作日", "工作日", "小时", "年一遇"})


def figures(text: str) -> list[str]:
    """The figures with a measure word in ``text`` that could be aims (no dates, no spans of time)."""
    return [m.group(0) for m in NUMBER.finditer(text)
            if m.group(4) not in _TIME_UNITS and not re.match(r"\s*[年月日号]", text[m.end():])]


def target_unread(plan: ParsedPlan, task: Task) -> str | None:
    """A figure with a measure word in the item's text, and no target read at all."""
    if task.targets:
        return None
    found = figures(task.text)
    return TARGET_UNREAD.format(figure=found[0]) if found else None


LONG_LIMIT = 400


def long_text(plan: ParsedPlan, task: Task) -> str | None:
    n = len(squash(task.text))
    return LONG_TEXT.format(n=n) if n > LONG_LIMIT else None


_INNER_MARKER = re.compile(r"[。；;]\s*((?:\d{1,2}[.．、](?!\d))|[（(]\d{1,2}[)）]|[①-⑩])")


def run_together(plan: ParsedPlan, task: Task) -> str | None:
    m = _INNER_MARKER.search(task.text)
    return RUN_TOGETHER.format(marker=m.group(1)) if m else None


# a role word or punctuation inside a unit's name: 「支撑单位：区规划资源局」「市农业农村局分别」「省财政厅主办」
_ROLE_IN_NAME = re.compile(r"[:：;；]|^(?:牵头|责任|配合|支撑|实施|协办|主办)"
                           r"|(?:分别|协办|主办|负责|牵头|配合|参与|会同)$|责任单位|牵头单位")


def odd_unit(plan: ParsedPlan, task: Task) -> str | None:
    """A unit name holding a role word or a colon: the words around the units were read as one."""
    for name in [*task.lead_units, *task.responsible_units]:
        if len(name) < 2:
            return CUT_UNIT.format(name=name)
        if _ROLE_IN_NAME.search(name):
            return ODD_UNIT.format(name=name)
    return None


MANY_LEADS_FROM = 3


def many_leads(plan: ParsedPlan, task: Task) -> str | None:
    """Three or more lead units: often a whole list read as leads where only the first leads."""
    n = len(task.lead_units)
    return MANY_LEADS.format(n=n) if n >= MANY_LEADS_FROM else None


TaskRule = Callable[[ParsedPlan, Task], "str | None"]


# -- everything together ------------------------------------------------------------------------

TASK_RULES: dict[str, TaskRule] = {
    "deadline_unread": deadline_unread,
    "target_unread": target_unread,
    "long_text": long_text,
    "run_together": run_together,
    "odd_unit": odd_unit,
    "many_leads": many_leads,
}


def plan_doubts(plan: ParsedPlan, rules: dict[str, TaskRule] | None = None) -> list[list[str]]:
    """Per task of ``plan`` (same order), the doubts about its parse, in words."""
    rules = rules or TASK_RULES
    return [[d for rule in rules.values() if (d := rule(plan, task))] for task in plan.tasks]


def task_doubts(plan: ParsedPlan, task: Task) -> list[str]:
    """The doubts about ``task`` (one of ``plan.tasks``): every rule looks at one task only."""
    return [d for rule in TASK_RULES.values() if (d := rule(plan, task))]
