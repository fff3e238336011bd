"""A section's lead-in that names the doers of its items' work — CONVENTIONS.md rule 4, as written (closed
round 39): a clause of rule 2 in the paragraph that opens a section 「（二）开展…活动。⏎由A负责组织，B落实，…」
「A负责…的具体工作，程序如下：」「A牵头B，…」 gives its units to the section's items that name none of their own, as
units on a section heading are. The opening paragraph is the heading's own run-on words when it has them, else the
paragraph under it (not a later one above a list of cases). A payer's lead-in 「由A给予…补贴」「由A和B交纳」 and one
that counts the stages its items are 「聚焦3个时间段」 give none; the sentence reader leaves out general calls, cases
and a body setting up a group.
"""

from __future__ import annotations

import re

from .headings import Item, heading_title
from .sentence_units import doer_units
from .task_choice import _ancestors
from .units import Declaration

# (「由市、区两级政府对…给予资金补贴」「首期资金由A和B交纳」 over a policy's items: a payer, no doer of
# theirs, round 30)
_PAYS = re.compile(r"(?:给予|安排|拨付|提供)[^，,。]{0,6}?(?:补贴|补助|奖励|资金|经费)|"
                   r"由[^，,。；;]{2,30}?(?:交纳|缴纳|缴存)")
# a lead-in that counts the stages its items are 「聚焦3个时间段」「分三个阶段推进」: the items are phases, the
# lead-in's clause the plan's call over them (round 39: a counting lead-in gives no units)
_COUNTS = re.compile(r"[0-9一二三四五六七八九十两]+个(?:阶段|时间段|步骤)")


def lead_in_declarations(items: list[Item], chosen: set[int], decls: dict[int, Declaration],
                         roles: frozenset[str], prose_leads: bool) -> dict[int, Declaration]:
    """Declarations for the sections (not tasks themselves, no units of their own or above them) whose lead-in
    paragraph names doers, where some task under them has no units; keyed by the section's position."""
    out: dict[int, Declaration] = {}
    for item in items:
        if item.pos in chosen or item.pos in decls or "\n" not in item.body.strip() \
                or not any(c.pos in chosen and c.pos not in decls for c in item.children) \
                or any(a.pos in decls or a.pos in out for a in _ancestors(item)):
            continue
        # (the paragraph that opens the section, as rule 4 says: not a later paragraph above a list of cases)
        first, rest = item.body.strip().split("\n", 1)
        run_on = first.strip()[len(heading_title(first)):].lstrip(" 。．.：:，,；;")
        lead_in = run_on if len(run_on) > 4 else rest.strip().split("\n", 1)[0].strip()
        if _PAYS.search(lead_in) or _COUNTS.search(rest if len(run_on) <= 4 else first):
            continue
        leads, names = doer_units(lead_in, roles)
        if names:
            leads = leads if prose_leads else []
            out[item.pos] = Declaration(lead=leads, resp=[n for n in names if n not in leads],
                                        source="、".join(names), from_heading=True, prose_lead=True)
    return out
