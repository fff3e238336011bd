"""A chapter of a decimal outline with nothing numbered under it (「6 保障措施」 over its own paragraphs, between
「5 处置」 over 5.1–5.3 and 「7 附则」 over 7.1–7.2; 「2预防」 written with no space): a leaf of the outline as its
siblings' 5.1 / 7.1 are, a task where its text is its own paragraph (plans-next220's x220_02, round 48: leaf tasks
are the lowest decimal heading with text). Its heading line is found by ``heading_markers.decimal_lines``;
``choose_tasks`` reads a top point with nothing under it as a section where the plan numbers deeper, so the
chapter is added here, before the readers of general provisions and aims drop what is no work."""

from __future__ import annotations

from .headings import Item


def _over_paragraph(item: Item) -> bool:
    """A heading line over a paragraph of its own (not a bare heading, nor one cut at the page's end)."""
    return bool(item.body.strip().partition("\n")[2].strip())


def childless_chapters(items: list[Item], chosen: list[Item]) -> list[Item]:
    """``chosen`` with the decimal outline's childless top chapters over their own paragraphs, by position."""
    tops = [i for i in items if i.parent is None and i.decimal == 1]
    if not any(i.children for i in tops):
        return chosen
    taken = {i.pos for i in chosen}
    more = [i for i in tops if not i.children and i.pos not in taken and _over_paragraph(i)]
    return sorted([*chosen, *more], key=lambda i: i.pos) if more else chosen
