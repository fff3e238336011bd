"""What a one-cell-a-line table row's cells show about their own shape (``columns.row_of``): a short name cell
printed over two lines, and the cell after the unit cells that opens the progress column."""

from __future__ import annotations

import re
from collections.abc import Callable

# a progress cell after the unit cells (三季度：完成…, 年底前…, 6月底完成…): the unit line before it is the last one
TIME_OPENS = re.compile(r"[一二三四]季度|[上下]半年|年[内底]|\d{1,2}月|(?:19|20)\d{2}年")


def name_over_lines(cells: list[str], units_of: Callable[[str], list[str] | None]) -> bool:
    """A row's short name cell printed over two lines (报关通关 / 数据协同) before its long content cell: the first
    line opens no row whose content merged with the row above's (a unit cell first)."""
    return len(cells) > 2 and all(re.fullmatch(r"[\u4e00-\u9fff]{2,8}", c.strip()) for c in cells[:2]) \
        and len(cells[2]) > 12 and units_of(cells[1]) is None


def cut_units(line: str, following: str, units_of: Callable[[str], list[str] | None]) -> bool:
    """A unit cell a PDF wrapped inside a name (市经信局、市商务局、市农业 / 农村局、…): a list that
    reads as units only joined to the next line."""
    return "、" in line and units_of(line) is None and units_of(line + following) is not None


BRACKET_LINE = re.compile(r"[（(][^（）()、，,；;。]{2,20}[）)]")


def bracket_tail(line: str, following: str, units_of: Callable[[str], list[str] | None]) -> bool:
    """A unit's other name the cell wrapped onto its own line (区建设管理委 / （区水务局））: the
    bracket goes on the unit name above it."""
    return (BRACKET_LINE.fullmatch(following) is not None and not line.endswith(("、", "，", ",", "；"))
            and units_of(line) is not None and units_of(line + following) is not None)


# a cell opening with its row's own number (1、城市大环境绿化…, 2.加强…)
_NUMBERED_CELL = re.compile(r"\s*\d{1,2}\s*[、.．](?!\d)")


def merged_left(rows: list[list[str]]) -> list[list[str]]:
    """Rows of a barred table (the header first) under a cell merged over them on the left (a category cell
    「生 态 环 境」 before rows 1、 2、 3、): the page prints the merged cell on the first row only, so the rows after
    it are short by its cells and open with their own number. Such a row takes the merged cells of the full row
    above it, whose cells open with a number at the same place (the row's number cell after the merged ones)."""
    if len(rows) < 3:
        return rows
    width = len(rows[0])
    out = [rows[0]]
    full: list[str] | None = None          # the last full row whose numbered cell is not its first
    at = 0
    for row in rows[1:]:
        if len(row) == width:
            at = next((c for c, cell in enumerate(row) if cell and _NUMBERED_CELL.match(cell)), 0)
            full = row if at > 0 and all(row[:at]) else None
        elif full is not None and row and _NUMBERED_CELL.match(row[0]) and len(row) + at <= width:
            row = [*full[:at], *row]
        out.append(row)
    return out
