"""The days an item holds its shows on: 「2025年2月10日(农历正月十三)在…汇演1次,2月12日(农历正月十五),…在县城
指定区域巡街展演」.

An item that prints the days its performances are given is due on the latest of them, the others its other
deadlines (Round 82's p60e-3; Round 89 on c330's 活动内容): a day — with its year or not, a lunar gloss in brackets
after it or not — whose sentence goes on, within a few clauses, to a verb of performing (汇演, 展演, 演出, 巡演 …).
Not a day before which work is done 「2月10日前完成节目排练」 (a deadline read before this), nor a span's start
「2月10日至12日」.
"""

from __future__ import annotations

import re

from .dates import iso_day

_DAY = re.compile(r"(?:((?:19|20)\d{2})\s*年\s*)?(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                  r"(?:上午|下午|晚上)?\s*(?:[(（][^()（）\n]{1,12}[)）])?"
                  r"(?!\s*(?:前|之前|以前|起|至|到|[-—–~～]))")
# a verb of performing later in the day's sentence (a few clauses on at most)
_SHOW = re.compile(r"[^。；;\n]{0,40}?(?:汇演|展演|演出|巡演|会演|表演|展播)")


def show_days_end(text: str, year: int | None) -> str | None:
    """The latest day ``text`` holds a show on (see the module), or None."""
    if year is None or not re.search(r"[汇展巡会]演|演出|表演|展播", text):
        return None
    days = []
    for m in _DAY.finditer(text):
        if _SHOW.match(text, m.end()) and (day := iso_day(int(m.group(1) or year), int(m.group(2)), int(m.group(3)))):
            year = int(m.group(1) or year)      # (a later day with no year is in the year printed before it)
            days.append(day)
    return max(days) if days else None


__all__ = ["show_days_end"]
