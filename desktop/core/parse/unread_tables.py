"""A task table one cell a line that no reader could rebuild (ux61 plan B: a web page's table pasted cell by cell,
its rows not the header's number of lines, or its columns in words no reader takes): the rows are not tasks, and
the clerk is told so — which table, and how to give it again (with tabs between the cells, or as the .docx) —
rather than finding the table's figures under the plan with no unit."""

from __future__ import annotations

import re

from desktop.core.model import Task

from .cell_blocks import ROW_NUMBER
from .text_tables import cell_header


def _row_texts(lines: list[str], start: int, width: int) -> list[str]:
    """The longest line of each row numbered 1, 2, … after a header (rows within a few times the header's width of
    lines of each other)."""
    texts: list[str] = []
    k, n = start, 1
    while k < len(lines) and lines[k].strip() == str(n):
        m = k + 1
        while m < len(lines) and m - k <= 3 * width and lines[m].strip() != str(n + 1):
            m += 1
        cells = [ln.strip() for ln in lines[k + 1:min(m, len(lines))] if ln.strip()]
        if not cells:
            break
        texts.append(max(cells, key=len))
        if m >= len(lines) or m - k > 3 * width:
            break
        k, n = m, n + 1
    return texts


def unread_table_warning(text: str, tasks: list[Task]) -> str:
    """A warning for the first task table one cell a line in ``text`` whose rows (two or more, numbered from 1 under
    the header) are, for the most part, in no task's text; "" where every such table was read."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    read = "\n".join(f"{t.title}\n{t.text}" for t in tasks)
    for i, line in enumerate(lines):
        if line.strip() not in ("序号", "编号"):
            continue
        header, j = cell_header(lines, i)
        if not header or j >= len(lines) or not ROW_NUMBER.fullmatch(lines[j].strip()):
            continue
        rows = _row_texts(lines, j, len(header))
        if len(rows) < 2:
            continue
        found = sum(1 for r in rows if re.sub(r"[。；;，,\s]+$", "", r)[:12] in read)
        if 2 * found < len(rows):
            return (f"原文中有一张每格一行的任务表（表头：{'、'.join(header)}；{len(rows)} 行）没有读成任务"
                    "（可能有的格子折成了几行，各行与表头的列对不上）。"
                    "请在 Word/WPS 中把表格复制为各格之间用制表符（Tab）分隔的文本，"
                    "或直接导入原 .docx 文件，再导入一次。")
    return ""
