"""The stages of a plan's schedule headed with their windows (「（一）宣传发动阶段（2025年3月）」) under its steps
section: phases, no tasks beside them — unless each stage is work written under its heading (moved out of
``task_choice``, which reached the size limit, as one responsibility)."""

from __future__ import annotations

import re

from .headings import Item
from .rule_chapters import headed_prose
from .schedule import SCHEDULE_SECTION

# a stage of the schedule headed with its window: 「（一）宣传发动阶段（2025年3月）」「（二）整改阶段（4月—6月）」
# (also 「总结验收阶段（年底前）」, 「宣传发动（2025年3月）」 without 阶段, 「宣传发动阶段：2025年3月」)
_WHEN = r"(?:\d|年底|年末|年内|月底|季度|上半年|下半年)"
_DATED_STAGE = re.compile(r"^[^（）()，,；;。：:]{2,12}?(?:阶段)?\s*(?:[（(][^（）()]*" + _WHEN + r"[^（）()]*[)）]"
                          r"|阶段\s*[：:][^：:，,；;（）()]{0,20}?" + _WHEN + r"[^：:，,；;（）()]*?)\s*[。.]?\s*$")


def dated_stages(top: Item, under: list[Item]) -> bool:
    """二、工作步骤 over stages each headed with its dates, in a plan whose tasks label units: the plan's phases (read
    by ``schedule``), no tasks beside them (h1 class 9) — unless each stage is work written under its heading
    (``stage_work``)."""
    return bool(SCHEDULE_SECTION.search(top.title)) and bool(under) and all(
        _DATED_STAGE.search(i.title) and not i.unit for i in under) and not stage_work(under)


# the work a stage's paragraph holds: more than a line's note (「召开动员会。」 is the stage's name for itself)
STAGE_WORK_CHARS = 40


def own_paragraph(item: Item) -> bool:
    """A heading line over a paragraph of work (more than a line's call, 「各村要加强领导，确保…落到实处」)."""
    return len(item.body.strip().partition("\n")[2].strip()) >= STAGE_WORK_CHARS


def stage_work(under: list[Item]) -> list[Item]:
    """「（一）集中攻坚阶段（2023年8月至11月）」 / 「（一）前期准备阶段（2020年下半年至2021年底）」, each a heading line
    of its own over a paragraph of the stage's work: a task (its deadline the stage's end) as well as a phase —
    where every item of the section is such a stage (a stage run into a short note, 「（一）宣传发动阶段（2025年3
    月）。召开动员会。」, stays a phase only)."""
    if len(under) < 2 or not all(
            _DATED_STAGE.search(i.title) and not i.unit and not i.children and headed_prose(i)
            and own_paragraph(i) for i in under):
        return []
    return under
