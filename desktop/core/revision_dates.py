"""A revised plan's new deadline goes to what its text dates, not to every target of the task.

The parser gives a target the plan writes no date for the task's deadline. On a first import that is the reading the
clerk reviews; on a revision it would spread a date the new text brings for one clause to targets it does not date:
v2 「新增泊位10万个，2024年12月底前建成平台」 dates the platform, not the berths before it, which had no date in v1.
``undated_as_before`` puts such a target back to no date: it had none before and the new text gives it none of its own
(ux61 finding 3). What the text dates is one rule with the review's (``review_edits.written_date``; rv62 found the two
reading 「10月底前新建老年食堂20个，助餐服务覆盖率达到80%以上」 apart): a date dates the targets after it to its
sentence's end, so that sentence dates both. A target that carried the task's old deadline still moves with the new
one, as a deadline typed in the review moves it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from desktop.core.model import ParsedPlan, Target
from desktop.core.review_edits import plan_year, task_keys, written_date


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
                    and not written_date(target, task.text, year)):
                undated.remove(same)
                target = dataclasses.replace(target, deadline=None)
            targets.append(target)
        if targets != task.targets:
            task.targets = targets
            changed.append(new_key)
    return changed


def _same_target(stored: Mapping[str, Any], target: Target) -> bool:
    """The stored target (``Target.to_json``) is ``target``: the same words, what is counted and its unit."""
    return (stored.get("text") == target.text and stored.get("subject", "") == target.subject
            and stored.get("unit", "") == target.unit)
