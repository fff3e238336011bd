"""A table printed after a plan's last item, one cell a line (``closing_table_at``): 「黄浦区市政综合管理“十三五”目标
任务指标 ⏎ 项  目 ⏎ 指  标 ⏎ 总体目标 ⏎ …」 — its own title line, then header cells — is no part of the last item's text
but the plan's closing matter (plans-next293's x293_04: 「The closing indicator table (cells one a line, no numbers) is
no item」): its rows' dates and figures are the plan's, not the last point's.

A line ending 指标／一览表 inside an item's text with no header cells under it stays the item's.
"""

from __future__ import annotations

import re

# the table's own title: a line with no mark of a sentence, ending in a table's word
_TABLE_TITLE = re.compile(r"^[^，,。；;：:！？!?]{4,40}?(?:指标|指标表|一览表|任务表|目标表|分解表|清单)$")
# a header cell, its characters maybe spaced out 「项  目」
_HEADER_CELL = re.compile(r"^(?:序\s*号|项\s*目|指\s*标|内\s*容|目\s*标|类\s*别|任\s*务|目标值|责任单位|牵头单位"
                          r"|完成时限)$")


def closing_table_at(lines: list[str]) -> int | None:
    """The index of the line of ``lines`` (an item's text, blank lines dropped) that opens a table after the item's
    own text: a title line, then at least two header cells on the lines right under it; None where there is none.
    The item's first line is never one."""
    for k in range(1, len(lines) - 2):
        if _TABLE_TITLE.match(lines[k].strip()) \
                and all(_HEADER_CELL.match(c.strip()) for c in lines[k + 1:k + 3]):
            return k
    return None
