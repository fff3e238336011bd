"""General provisions of a plan written in a decimal outline (应急预案: 「1 总则 / 1.1 编制目的 / 1.2 编制依据 /
1.3 适用范围 / 1.4 事故分级 / 1.5 工作原则」, and a closing chapter's 「8.1 术语解释」): the plan's purpose, grounds,
scope, grades, principles and the meaning of its words — no tasks (CONVENTIONS.md round 30; round 48's x220_02:
1.总则 1.1–1.5 and 9.1's definitions are no tasks), nor the laws a 编制依据 point lists under it. A chapter is read
by its title alone, 总则 (spaces inside the word as pages print them, 「1总 则」); a point of definitions by its
heading. Articles (第一章 总则 / 第一条) are ``rule_chapters``' and stay theirs; an outline's other points keep
their reading (8.2 预案管理, 9 附则 that gives work)."""

from __future__ import annotations

import re

from .closing_clauses import closing_sentence
from .headings import Item
from .sentence_units import doer_units

# the opening chapter of general provisions (「1 总则」「1.总则」「1总 则」)
_GENERAL_CHAPTER = re.compile(r"^总\s*则$")
# a point that says what the plan's words mean (「8.1 术语解释」「9.1 名词解释」「用语含义」)
_TERMS_POINT = re.compile(r"^(?:术语|名词|用语)(?:解释|定义|含义)|^释义$")
# the plan's own drafting, interpreting and carrying out 「本预案由A负责编制与解释，并报B备案」「本预案由A组织实施」
# 「本预案由A会同有关部门负责具体解释与组织实施」: who holds the plan, as its interpreting body (round 30; Round 48's
# decided x224_01) — not its revising 「本预案由A根据实际情况，适时评估修订」, the body's standing work
_PLAN_HOLDER = re.compile(r"^本(?:预案|方案|计划)由[^。；;，,\n]{2,40}?(?:负责)?(?:编制(?:与|和|、)|具体)?"
                          r"(?:解释|组织实施)(?:(?:与|和|、|并)(?:组织)?实施)?(?:[，,]并报[^。；;，,\n]{2,30}?备案)?$")


def _heading(item: Item) -> str:
    return item.title.strip().rstrip("。.：:")


def outline_provision(item: Item) -> bool:
    """An item of a decimal outline under its 总则 chapter, or a point of definitions there."""
    node: Item | None = item
    while node is not None:
        # (「1.总则」 over 「1.1编制目的」: a chapter printed with a point, read as 1. over its decimal points)
        chapter = node.decimal == 1 or not node.decimal and any(c.decimal == 2 for c in node.children)
        if node.parent is None and chapter and _GENERAL_CHAPTER.match(_heading(node)) \
                or node.decimal > 1 and _TERMS_POINT.match(_heading(node)):
            return True
        node = node.parent
    return False


def _gives_work(item: Item) -> bool:
    """A point of 总则 whose own text names a doer (「1.5 工作机制 区应急局负责…的综合协调」): a task by the rules for
    work (CONVENTIONS.md round 30, "Round 72 rulings": a point of 总则 that gives a body work stays a task)."""
    return bool(doer_units(item.body)[1])


def outline_closing(item: Item) -> bool:
    """A point of a decimal outline whose every sentence is the plan's closing words — who drafts, interprets or
    carries it out (``_PLAN_HOLDER``), when it takes effect and how long it holds 「8.4预案实施 本预案由A组织实施。
    本预案自印发之日起实施，有效期为5年。」: a general provision, no task (CONVENTIONS.md round 30), as
    ``closing_only`` reads an article's. Not a point with one sentence of work beside them
    「区政府相关部门按照本预案的规定履行职责…」."""
    if item.children or not item.decimal:
        return False
    sentences = [s.strip() for s in re.split(r"[。！？\n]", item.body) if s.strip()]
    if sentences and sentences[0] == item.title.strip():
        sentences = sentences[1:]        # (the point's heading, 「预案实施」, printed on its line)
    return bool(sentences) and all(_PLAN_HOLDER.match(s) or closing_sentence(s, False) for s in sentences)


def drop_outline_provisions(chosen: list[Item]) -> list[Item]:
    """``chosen`` but a decimal outline's general provisions and closing points (all kept where nothing else is
    left)."""
    return [i for i in chosen if not (outline_provision(i) and not _gives_work(i) or outline_closing(i))] or chosen
