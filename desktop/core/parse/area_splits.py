"""The area a figure of a per-area split belongs to.

A total shared out over places 「计划安排200所，其中丹江口市33所、郧县40所、房县34所」 (or 「…，其中：A市1060
公里、B县1300公里」) writes each place's share right after its name: the place before the figure is what the figure
counts for, not the next place's words after it (the subject ``figure_targets`` reads after a figure in a list); so
is each kind of a split by kinds 「其中新建学校30所、改建学校90所」. ``split_area`` gives the part's name where the
figure stands so, else "" — a part with a word of aim 「其中农村学校达到30所」, or a list with no 其中, keeps its
reading.
"""

from __future__ import annotations

import re

# the list's opening: 其中 (with its colon) before the clause or at its head
_SPLIT_OPEN = re.compile(r"其中\s*[:：，,]?\s*$")
_SPLIT_HEAD = re.compile(r"\s*其中\s*[:：，,]?\s*")
# a part's name: a place (a county, city, district, town or zone: 武当山旅游经济特区, 十堰经济开发区) or a kind of
# the work's objects 「新建学校」「改建学校」 — words only, no word of aim (「其中农村学校达到30所」: its own reading)
_PART = re.compile(r"[\u4e00-\u9fff]{2,12}")
_AIM = re.compile(r"达到|达|不少于|不低于|超过|控制在|累计|共计|合计|力争|确保|为$")


def split_area(sentence: str, clause: str, clause_at: int, start: int, ms: int) -> str:
    """The place (or kind) named right before the figure at ``ms`` of ``clause`` (at ``clause_at`` in ``sentence``;
    ``start`` the end of the figure before it, or -1) in a split opened by 其中; "" when the figure stands otherwise."""
    head = _SPLIT_HEAD.match(clause)
    if not head and not _SPLIT_OPEN.search(sentence, max(0, clause_at - 6), clause_at):
        return ""
    gap = clause[max(start, head.end() if head else 0):ms].lstrip("、，, ")
    return gap if _PART.fullmatch(gap) and not _AIM.search(gap) else ""

