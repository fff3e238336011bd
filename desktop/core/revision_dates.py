"""A revised plan's new deadline goes to what its text dates, not to every target of the task.

The parser gives a target the plan writes no date for the task's deadline. On a first import that is the reading the
clerk reviews; on a revision it spreads a date the new text brings for one clause to the task's other targets: v1
「新建老年食堂20个，助餐服务覆盖率达到80%以上」 (no date), v2 「10月底前新建老年食堂20个，助餐服务覆盖率达到80%以上」 —
the coverage rate is not dated by the new text, yet it took 2024-10-31 (ux61 finding 3). ``undated_as_before`` puts
such a target back to no date: it had none before and the new text gives it none of its own (``dated_by_text``). A
target that carried the task's old deadline still moves with the new one, as a deadline typed in the review moves it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

from desktop.core.model import ParsedPlan, Target
from desktop.core.review_edits import plan_year, task_keys


def undated_as_before(parsed: ParsedPlan, stored: Mapping[str, Mapping[str, Any]],
                      matched: Mapping[str, str]) -> list[str]:
    """In ``parsed`` (a revised document), each target of a task matched to a stored one (``matched``: stored key →
    key in ``parsed``; ``stored``: key → stored fields, ``task_fields``) that the stored task held with no date, that
    the new text dates none of its own and that only the task's new deadline dates: no date, as before. The keys of
    the tasks changed, in ``parsed``."""
    by_key = dict(zip(task_keys(parsed.tasks), parsed.tasks, strict=True))
    year = plan_year(parsed)
    changed = []
    for old_key, new_key in matched.items():
        task, before = by_key.get(new_key), stored.get(old_key)
        if task is None or before is None or not task.deadline:
            continue
        undated = [t for t in before.get("targets", []) if not t.get("deadline")]
        targets: list[Target] = []
        for target in task.targets:
            same = next((t for t in undated if _same_target(t, target)), None)
            if (same is not None and target.deadline == task.deadline
                    and not dated_by_text(target, task.text, year)):
                undated.remove(same)
                target = dataclasses.replace(target, deadline=None)
            targets.append(target)
        if targets != task.targets:
            task.targets = targets
            changed.append(new_key)
    return changed


# a clause that is only a date (「到2027年，」「10月底前，」): it dates the clauses after it in its sentence
_DATE_WORDS = re.compile(r"^(?:到|在|于|截至|截止|力争|争取|确保|并于|要在)*|(?:之前|以前|前|止|内)*$")
_CLAUSE = re.compile(r"[，,：:]")


def dated_by_text(target: Target, text: str, year: int | None) -> bool:
    """The task's ``text`` dates ``target`` itself: a date in its words, in its own clause before them
    (「10月底前新建老年食堂20个」), or a clause of its sentence before it that is only a date (「到2027年，累计改造
    老旧小区8000个」). A date in another clause with work of its own (「10月底前新建老年食堂20个，助餐服务覆盖率达到
    80%以上」: the coverage rate's sentence, not its clause) does not date it."""
    from desktop.core.parse.dates import find_deadlines

    for sentence in re.split(r"(?<=[。；;])", text):
        at = sentence.find(target.text) if target.text else -1
        if at < 0:
            continue
        clauses = _CLAUSE.split(sentence[:at])
        own = clauses[-1] + target.text
        if find_deadlines(own, year):
            return True
        for clause in clauses[:-1]:
            found = find_deadlines(clause, year)
            rest = clause
            for deadline in found:
                rest = rest.replace(clause[deadline.start:deadline.end], "")
            if found and not _DATE_WORDS.sub("", rest.strip()):
                return True
        return False
    return bool(find_deadlines(target.text, year))


def _same_target(stored: Mapping[str, Any], target: Target) -> bool:
    """The stored target (``Target.to_json``) is ``target``: the same words, what is counted and its unit."""
    return (stored.get("text") == target.text and stored.get("subject", "") == target.subject
            and stored.get("unit", "") == target.unit)
