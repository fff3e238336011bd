"""Attached quota tables that hand each town (or unit) its share of the work with its own completion time, printed
one cell a line: the rows are tasks.

A notice that hands down a year's quotas (关于下达…任务的通知) often attaches them as a table — a 附件 whose title
names a plan or a task (…任务计划表 / …任务分解表), a measure line (单位：公顷), a header whose first cell is the
place column (乡镇 / 街镇 / 镇（街道）/ 区 / 单位), then one row a body::

    2014年某区建设用地减量化计划表
    单位：公顷
    乡镇 / 减量化情况 / 计划完成时间 / 备注 / 总面积 / 主要地类 …     (a header of one or two rows, flattened)
    甲镇 / 39 / 221、253 / 25 / 14 / 2014年12月底 / 郊野单元         (the town, its quota, …, its completion time)
    …
    合计 / 185 / …

Each row is a task: the town the body it is handed to (a unit column, responsible), its first figure the quota (a
target in the table's measure), its time cell the deadline; the 合计 row's figure is the plan's own target. What
makes such a table work, not data, is the column of completion times (计划完成时间 / 完成时限): each body is told by
when. A table of shares by town with no such column (任务量分解表 with columns per year: 2024年 30% …, an 指标分解表
of facilities per 街镇) is a table of data and is not read here; nor a table whose header opens with 序号 (the
numbered readers of ``columns`` / ``list_tables`` read those). A cell break inside a cell (「2014」 / 「年12月底」,
「221」 / 「、253」 with no blank line between) stays inside the cell."""

from __future__ import annotations

import re

from .columns import Row
from .named_rows import time_cell

# the header's place column (乡镇 / 街镇 / 镇（街道） / 区 / 单位)
_PLACE_HEAD = re.compile(r"(?:乡镇|街镇|镇街|镇|街道|区|各区|县区|区县|单位|责任单位)"
                         r"(?:[（(](?:街道|镇|乡|管委会|市、区)[）)])?|县[（(]市、区[）)]")
# a place's name in its row's first cell (江桥镇, 菊园新区, 工业区, 某某街道, 某某乡, 某某管委会)
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:镇|街道|乡|区|县|管委会)")
# the title of a table of work handed down (…任务计划表, …任务分解表, …计划表), not of indicators (指标分解表)
_TITLE = re.compile(r"(?:任务|计划)[^。；;，,]{0,6}表")
# a table of what was done, not handed down (…计划完成情况表 / …任务完成情况统计表): data, no task
_REPORT = re.compile(r"完成情况|执行情况|进展情况|统计表")
# the measure the figures are in (单位：公顷 / 面积单位：亩)
_MEASURE = re.compile(r"单位[:：]\s*([\u4e00-\u9fff]{1,4}|[a-zA-Z²]{1,4})")
# the completion-time column of the header (计划完成时间（完成复垦时间）, 完成时限, 完成期限)
_DUE_HEAD = re.compile(r"(?<!实际)完成(?:时间|时限|期限)|时间节点|计划完成")
_TOTAL = re.compile(r"合计|总计|小计")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _cells(text: str) -> list[str]:
    """The text's cells: lines set off by blank lines, a line break with no blank line after it inside its cell."""
    return [c for c in ("".join(x.strip() for x in block.split("\n")) for block in re.split(r"\n\s*\n", text)) if c]


def quota_rows(text: str) -> tuple[list[Row], str]:
    """The rows of an attached quota table (see the module's text) and its 合计 row's figure with the table's measure
    (「185公顷」, or ""); ([], "") where the text holds no such table (fewer than three rows)."""
    cells = _cells(text)
    for h, cell in enumerate(cells):
        if not _PLACE_HEAD.fullmatch(cell):
            continue
        before = cells[max(0, h - 4):h]
        if not any(_TITLE.search(c) and "指标" not in c and not _REPORT.search(c) for c in before):
            continue
        measure = next((m.group(1) for c in reversed(before) if (m := _MEASURE.search(c))), "")
        first = next((i for i in range(h + 1, min(len(cells), h + 30)) if _PLACE.fullmatch(cells[i])), None)
        if first is None or not any(_DUE_HEAD.search(c) for c in cells[h + 1:first]) \
                or any(_FIGURE.fullmatch(c) for c in cells[h + 1:first]):
            continue
        rows, total = _rows(cells, first, measure)
        if len(rows) >= 3:
            return rows, total
    return [], ""


def _rows(cells: list[str], i: int, measure: str) -> tuple[list[Row], str]:
    """The rows from cell ``i`` on, each a place's name over its data cells, up to the 合计 row (its figure returned)
    or the first cell that fits no row; a row with no time cell or no figure ends the table."""
    rows: list[Row] = []
    while i < len(cells) and _PLACE.fullmatch(cells[i]):
        j = i + 1
        while j < len(cells) and not _PLACE.fullmatch(cells[j]) and not _TOTAL.fullmatch(cells[j]) \
                and len(cells[j]) <= 12 and not re.search(r"[。；;：:]", cells[j]):
            j += 1
        data = cells[i + 1:j]
        due = next((c for c in data if time_cell(c) and not _FIGURE.fullmatch(c)), "")
        figure = next((c for c in data if _FIGURE.fullmatch(c)), "")
        if not due or not figure:
            break
        rows.append(Row(number=str(len(rows) + 1), text=f"{cells[i]}：{figure}{measure}，{due}前完成",
                        resp=[cells[i]], deadline=due))
        i = j
    total = ""
    if rows and i < len(cells) and _TOTAL.fullmatch(cells[i]) and i + 1 < len(cells) \
            and _FIGURE.fullmatch(cells[i + 1]) and measure:
        total = f"{cells[i]}{cells[i + 1]}{measure}"
    return rows, total
