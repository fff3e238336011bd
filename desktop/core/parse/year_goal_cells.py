"""A task table whose goal column is split into one cell a year (x164_01 附件1): the header
「序号｜任务名称｜任务内容｜任务目标｜实施单位」 is followed by a second header row 「2023年｜2024年｜2025年」 under
任务目标, and each row, printed one cell a line, gives its goal for each year (「/」 where empty) where the header has
one 任务目标 cell, then its unit cell.

The year cells are goals, no deadline and no unit (Round 41 rulings: a task table's year-goal cells give no single
deadline); read in the goal column's place they push the unit cell out of its column, so the row's cells are read
without them. Only a row with exactly the header's cells, the goal column's one cell counted as its years, is cut; a
row with a cell missing (a merged unit cell) is left as it is printed, as is a header with no year row."""

from __future__ import annotations

import re

_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度?")
_GOAL = re.compile(r"目标|进度|计划|节点")


def year_subheader(header: list[str]) -> tuple[int, int]:
    """(how many year cells end ``header``, the goal column's place among the cells after 序号); (0, -1) where the
    header has no such year row under a goal column."""
    years = 0
    while years < len(header) and _YEAR.fullmatch(header[len(header) - 1 - years]):
        years += 1
    main = header[1:len(header) - years]
    goal = next((k for k, cell in enumerate(main) if _GOAL.search(cell)), -1)
    if years < 2 or goal < 0 or goal == len(main) - 1:
        return 0, -1
    return years, goal


def without_year_cells(cells: list[str], header: list[str]) -> list[str]:
    """``cells`` of one row without its year-goal cells, where the header has a year row (see the module)."""
    years, goal = year_subheader(header)
    main = len(header) - 1 - years
    if not years or len(cells) != main - 1 + years:
        return cells
    return cells[:goal] + cells[goal + years:]
