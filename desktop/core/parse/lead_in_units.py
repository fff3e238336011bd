"""A section's lead-in that names the doers of its items' work — CONVENTIONS.md rule 4 (round 37's sentence-reader
class 3): 「（二）开展…活动。⏎由A负责组织，B落实，开展…。」 over items 1.–3. that name no unit of their own; the
doers of a lead-in that opens with 由 (the section's activity run by A) are the items' units, as units on a section
heading are (a lead-in of a body's own work 「A牵头…，…」 does not: the tuned answers read so). Items that name
their own units keep them (the section's are only inherited by the others).
"""

from __future__ import annotations

import re

from .headings import Item
from .sentence_units import doer_units
from .task_choice import _ancestors
from .units import Declaration

# (「由市、区两级政府对…给予资金补贴」 over a policy's items: a payer, no doer of theirs, round 30)
_PAYS = re.compile(r"(?:给予|安排|拨付|提供)[^，,。]{0,6}?(?:补贴|补助|奖励|资金|经费)")


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
        lead_in = item.body.strip().split("\n", 1)[1].strip()
        # (a lead-in that says who runs the section's activity 「由A负责组织，B落实，开展…。」, not a list's opening
        # 「由A作为…主体：」 nor a body's own work 「A牵头…」 — those items are no part of the body's, round 37)
        if not lead_in.startswith("由") or lead_in.split("\n", 1)[0].rstrip().endswith(("：", ":")) \
                or _PAYS.search(lead_in.split("\n", 1)[0]):
            continue
        leads, names = doer_units(lead_in, roles)
        if names:
            leads = leads if prose_leads else []
            out[item.pos] = Declaration(lead=leads, resp=[n for n in names if n not in leads],
                                        source="、".join(names), from_heading=True, prose_lead=True)
    return out
