"""The figures of a task table's row written in columns of their own (抽查比例 | 抽查数量, 目标值 beside the task's
aim): each cell that is a quantity 「5%」「1户(实际以…为准。)」「≥90%」 is a figure of the row's task, written after
its text with its column's name (抽查比例5%，抽查数量1户) for the target reader (a task's text is read relaxed: any
countable figure is a target, CONVENTIONS.md Targets)."""

from __future__ import annotations

import re

# a header cell naming the row's figure: a share, a number, an aim (抽查比例, 抽查数量, 目标值, 年度指标, 建设规模,
# 任务量); not what was or is (现状值, 现有数量, 原有规模, 基期值, 实际完成数, 已完成, 累计, 上年: round 33)
QUANTITY_HEAD = re.compile(r"(?!现状|现有|现行|原有|目前|当前|基期|基数|基准|实际|已|累计|上年|去年|往年|历年|完成情况)"
                           r"[\u4e00-\u9fff]{0,6}"
                           r"(?:比例|数量|目标值?|指标值?|任务量|规模)")
# a quantity cell: a figure with its unit, a comparison before it or a band after it, a remark in brackets at its end
# (「1户(实际以联合双随机牵头单位抽查数为准。)」 — the remark left out); not a bare number 「=1」 (no unit: no target)
_QUANTITY = re.compile(r"\s*(?P<figure>(?:[≥≤＞＜><]=?|不低于|不少于|不超过|不高于|达到|约)?\s*\d+(?:\.\d+)?\s*"
                       r"(?:[万千亿]\s*)?(?:%|％|‰|[\u4e00-\u9fff]{1,3})(?:及以上|以上|及以下|以下|以内)?)"
                       r"\s*(?:[（(][^（）()]*[)）])?\s*")


def row_figures(row: list[str], cols: dict[str, int], header: list[str]) -> str:
    """The row's quantity cells under its figure columns (``cols``' ``quantity…`` keys), each after its column's
    name, joined by ，; "" when there is none."""
    out = []
    for key, at in cols.items():
        if not key.startswith("quantity") or at >= len(row) or at >= len(header):
            continue
        cell = _QUANTITY.fullmatch(row[at])
        if cell is not None:
            out.append(re.sub(r"\s+", "", header[at]) + re.sub(r"\s+", "", cell.group("figure")))
    return "，".join(out)
