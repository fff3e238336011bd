"""Stages headed by their years in a plan's steps section: 「五、实施步骤 (一)2010年,全面启动…行动
(二)2011年,活动深入开展阶段 (三)2012年,活动巩固阶段」 — each a whole-year phase, January to December of the year
its heading opens with (round 33: a stage given a year alone runs over that year; round 39: a year opening a
stage's heading is its date).

Only two or more sibling points, every one headed by a year in rising order, under a schedule heading (``schedule
.SCHEDULE_WORDS``); a single year-headed point, points under a tasks heading, or years out of order are no stages.
Read by ``parse_text`` where no other phase is found; a new module, as ``schedule`` and ``__init__`` are near the
700-line limit.
"""

from __future__ import annotations

import re

from desktop.core.model import Phase

from .headings import Item
from .schedule import SCHEDULE_SECTION

# 「2010年,全面启动文明交通行动计划」「2011年：活动深入开展阶段」: the year, a comma or colon, the stage's name
_YEAR_HEAD = re.compile(r"^\s*((?:19|20)\d{2})\s*年(?:度)?\s*[,，:：]\s*([^\s。；;，,]{2,24})")


def year_headed_stages(items: list[Item]) -> list[Phase]:
    """The whole-year stages of the first schedule section whose points are all headed by rising years."""
    for section in items:
        if section.parent is not None or not SCHEDULE_SECTION.search(section.title) or len(section.children) < 2:
            continue
        heads = [_YEAR_HEAD.match(child.title) for child in section.children]
        years = [int(h.group(1)) for h in heads if h]
        if len(years) != len(heads) or any(b <= a for a, b in zip(years, years[1:], strict=False)):
            continue
        return [Phase(name=h.group(2), start=f"{y:04d}-01", end=f"{y:04d}-12", text=h.group(0).strip())
                for h, y in zip(heads, years, strict=True) if h]
    return []


__all__ = ["year_headed_stages"]
