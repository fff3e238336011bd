"""A list of the checks a review makes, every line a 是否 question with no doer: what is checked, no work of its own
(``given_lists`` folds it into the item that announces it); split from ``given_lists`` for that module's size."""

from __future__ import annotations

import re

from .sentence_units import doer_units

# a list of the checks a review makes 「审核的主要事项包括：⏎1.项目立项手续是否完备规范；⏎2.…是否…」: every line a
# 是否 question on the object reviewed — what is checked, no work of its own (round 35: a list that gives no work);
# the item that announces it 「…包括：」 is one task with its reviewer's work; the last line may be the list's catch-all
# 「…需要评估和审查的其他事项。」 — not the points under a body's part 「1、镇城建办审核内容」 (round 32)
# (a line may open on 是否, its subject the lead-in's object 「是否按照标准落实养护经费；」)
_CHECK = re.compile(r"^[^。；;\n]{0,80}?是否[^。；;\n]{1,80}[；;。]?$")
# (「其他需要检查的事项。」: the matters named by the check they need)
_OTHER_MATTERS = re.compile(r"其[他它](?:[^，,。；;\n]{0,16}的)?(?:事项|内容|情形|情况|方面)[；;。]?$")


def check_line(line: str) -> bool:
    """A 是否 check with no doer, or a line of several run together 「总体布局是否合理；工艺设计是否成熟可靠，…；…是否
    协调。」 (round 43: each of its ；-pieces a check)."""
    pieces = [p for p in re.split(r"(?<=[；;])", line) if p.strip()]
    return all(_CHECK.match(p.strip()) for p in pieces) and not doer_units(line)[1]


def check_lines(lines: list[str]) -> bool:
    """Every line a 是否 check (no doer in it), the last one a check or the list's catch-all."""
    *most, last = lines
    return all(check_line(line) for line in most) and (check_line(last) or _OTHER_MATTERS.search(last) is not None)
