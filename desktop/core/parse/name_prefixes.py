"""Words before a body's name that are no part of it, in the clauses of rules written as articles (round 59, p59b):
the topic and 经 before the organiser of a step 「实施方案经区房管部门组织相关部门论证通过后，…」 — Round 77 rulings
(x302_04 四、（二））: 经A同意／审查／批准 names none, 经A组织＋verb names A, so the clause is read as 「A组织…」; the
topic (the thing the step is done on) and 经 are no part of A's name."""

from __future__ import annotations

import re

from .sentence_names import read_names

# a clause opening 「（topic）经A组织…」: the topic is a noun of a few characters with no comma, 经／经过 before A
# (not 经 inside a name after its place 「区经普办」「市经信委」)
_THROUGH = re.compile(r"[\u4e00-\u9fff]{0,10}?(?<![区市县镇乡省])经过?(?![发济信贸营纪管侦开普])")


# … not a review of what is submitted 「经A组织评审／审查通过后」: a review and its decision name none (rounds 67, 70;
# Round 77's 经A＋审查) — x63_04 三/（四）, x112_02 三
_REVIEWED = re.compile(r"(?:专家|有关部门|相关部门)?(?:评审|审查|审核|审定|审批|核查|验收|评估)")


def organised_through(piece: str) -> str:
    """``piece`` read from A where it opens 「（topic）经A组织＋verb」 (A a body the name reader reads, 组织 right after
    it and not 组织部／组织的, the verb no review); otherwise ``piece`` unchanged."""
    m = _THROUGH.match(piece)
    if m is None:
        return piece
    rest = piece[m.end():]
    names, at = read_names(rest)
    if names and re.match(r"组织(?![部的])", rest[at:]) and not _REVIEWED.match(rest, at + 2):
        return rest
    return piece
