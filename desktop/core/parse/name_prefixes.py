"""Words before a body's name that are no part of it, in the clauses of rules written as articles (round 59, p59b):
the topic and 经 before the organiser of a step 「实施方案经区房管部门组织相关部门论证通过后，…」 — Round 77 rulings
(x302_04 四、（二））: 经A同意／审查／批准 names none, 经A组织＋verb names A, so the clause is read as 「A组织…」; the
topic (the thing the step is done on) and 经 are no part of A's name. 组织 before a review names A too
「经A组织初审、B组织审查同意后」 (Round 92, confirmed: 组织 is rule 2's wherever it stands, a 经…后 clause included),
each organiser of the steps 、 joins its own clause."""

from __future__ import annotations

import re

from .sentence_names import read_names

# a clause opening 「（topic）经A组织…」: the topic is a noun of a few characters with no comma, 经／经过 before A
# (not 经 inside a name after its place 「区经普办」「市经信委」)
_THROUGH = re.compile(r"[\u4e00-\u9fff]{0,10}?(?<![区市县镇乡省])经过?(?![发济信贸营纪管侦开普])")


def organised_through(piece: str) -> list[str]:
    """``piece`` read from A where it opens 「（topic）经A组织＋verb」 (A a body the name reader reads, 组织 right after
    it and not 组织部／组织的; a review too 「经A组织审查同意后」, Round 92), a later organiser joined by 、
    「…、B组织审查同意后」 opening a clause of its own; otherwise ``[piece]``."""
    m = _THROUGH.match(piece)
    if m is None:
        return [piece]
    rest = piece[m.end():]
    names, at = read_names(rest)
    if not (names and _ORGANISES.match(rest, at)):
        return [piece]
    out: list[str] = []
    start = 0
    for joint in re.finditer("、", rest):
        after = rest[joint.end():]
        more, end = read_names(after)
        if more and _ORGANISES.match(after, end):
            out.append(rest[start:joint.start()])
            start = joint.end()
    return [*out, rest[start:]]


_ORGANISES = re.compile(r"组织(?![部的])")
