"""General provisions of a plan written in a decimal outline (应急预案: 「1 总则 / 1.1 编制目的 / 1.2 编制依据 /
1.3 适用范围 / 1.4 事故分级 / 1.5 工作原则」, and a closing chapter's 「8.1 术语解释」): the plan's purpose, grounds,
scope, grades, principles and the meaning of its words — no tasks (CONVENTIONS.md round 30; round 48's x220_02:
1.总则 1.1–1.5 and 9.1's definitions are no tasks), nor the laws a 编制依据 point lists under it. A chapter is read
by its title alone, 总则 (spaces inside the word as pages print them, 「1总 则」); a point of definitions by its
heading. Articles (第一章 总则 / 第一条) are ``rule_chapters``' and stay theirs; an outline's other points keep
their reading (8.2 预案管理, 9 附则 that gives work)."""

from __future__ import annotations

import re

from .headings import Item
from .sentence_units import doer_units

# the opening chapter of general provisions (「1 总则」「1.总则」「1总 则」)
_GENERAL_CHAPTER = re.compile(r"^总\s*则$")
# a top chapter of definitions or of principles 「2 定义与功能」「3 基本原则」「2 术语和定义」: what the outline's
# words mean and the stance it takes, no work (CONVENTIONS.md round 30's general provisions; Round 102's governs on
# a guide's 基本原则 3.1–3.4 after p51e) — its points keep a doer they name (``_gives_work``)
_STANCE_CHAPTER = re.compile(r"^(?:(?:基本)?(?:定义|概念|术语)(?:[与和及、](?:定义|功能|构成|分类|内涵|作用))*|"
                             r"(?:基本|设计|建设|规划|总体)?原则)$")
# a point that says what the plan's words mean (「8.1 术语解释」「9.1 名词解释」「用语含义」)
_TERMS_POINT = re.compile(r"^(?:术语|名词|用语)(?:解释|定义|含义)|^释义$")


def _heading(item: Item) -> str:
    return item.title.strip().rstrip("。.：:")


def outline_provision(item: Item) -> bool:
    """An item of a decimal outline under its 总则 chapter or a chapter of definitions or principles, or a point of
    definitions there."""
    node: Item | None = item
    while node is not None:
        if node.decimal and (node.decimal == 1 and node.parent is None
                             and (_GENERAL_CHAPTER.match(_heading(node)) or _STANCE_CHAPTER.match(_heading(node)))
                             or node.decimal > 1 and _TERMS_POINT.match(_heading(node))):
            return True
        node = node.parent
    return False


def _gives_work(item: Item) -> bool:
    """A point of 总则 whose own text names a doer (「1.5 工作机制 区应急局负责…的综合协调」): a task by the rules for
    work (CONVENTIONS.md round 30, "Round 72 rulings": a point of 总则 that gives a body work stays a task)."""
    return bool(doer_units(item.body)[1])


def drop_outline_provisions(chosen: list[Item]) -> list[Item]:
    """``chosen`` but a decimal outline's general provisions (all kept where nothing else is left)."""
    return [i for i in chosen if not outline_provision(i) or _gives_work(i)] or chosen
