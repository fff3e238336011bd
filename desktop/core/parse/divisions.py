"""Which items are tasks where a plan divides its work among units in a section of its own (四、职责分工 /
三、部门职责): the section's paragraphs each give one unit its duties, and beside the plan's other tasks the
section is one task holding all those units.

Split from ``tasks`` (which items are tasks), which calls it once the tasks are chosen."""

from __future__ import annotations

from .headings import Item
from .prose_units import DIVISION_TITLE, duty_paragraphs
from .units import Declaration


def division_sections(items: list[Item], chosen: list[Item], decls: dict[int, Declaration]) -> list[Item]:
    """A top-level 职责分工 section with nothing numbered under it whose paragraphs each open with a unit and
    its duties (区房管局：牵头… / 区财政局负责…, read as its own text or as unnumbered paragraphs under it),
    beside the plan's other tasks: the section is one task holding all their units, not a task a paragraph."""
    picked = {i.pos for i in chosen}
    extra: list[Item] = []
    dropped: set[int] = set()
    for item in items:
        if (item.kind != 1 or item.parent is not None or item.unnumbered or item.pos in picked and item.pos in decls
                or not DIVISION_TITLE.match(item.title)
                or not all(c.unnumbered and not c.children for c in item.children)):
            continue
        if not any(c.top() is not item for c in chosen):
            continue        # the plan's whole work is its division of work (二、职责分工 alone): a task a unit
        found = duty_paragraphs("\n".join([item.body, *(c.body for c in item.children)]))
        if found is None:
            continue
        lead, resp = found
        decls[item.pos] = Declaration(lead=lead, resp=resp, source="、".join(lead + resp))
        if item.pos not in picked:
            extra.append(item)
        dropped.update(c.pos for c in item.children)
    if not extra and not dropped:
        return chosen
    return sorted([i for i in chosen if i.pos not in dropped] + extra, key=lambda i: i.pos)
