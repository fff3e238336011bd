"""The day (or span of days) a bracket closing an item gives it, written without a year: 「…舉行聘請儀式(5月26日)。」
「…作好宣傳報道(6月5日-9日)。」 — the item's own date (a schedule of points, each ending with the day its work is
done on: the day, or a span's last day, in the plan's year).

``dates.find_deadlines`` reads such a bracket only where it writes its year (「…（2025年1月）。」) or a limit
(「5月26日前」); a bare day is otherwise a day something happens on, no deadline. Here it closes the item: the
bracket ends the item's last sentence after the work's own words — not after a cited rule's title (its edition,
「《…通知》(5月23日)」) nor after a figure (the day it stands at, 「现有充电桩5000个（6月30日）」), the same test as a
dated bracket's (``bracket_work.bracket_after_work``). Read by ``activity_spans.date_activity_items`` for tasks
left without a deadline; a new module, as ``dates`` is near the 700-line limit.
"""

from __future__ import annotations

import re

from .bracket_work import bracket_after_work
from .dates import WEEKDAY, iso_day

_DAY = r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]" + WEEKDAY
# 「(5月23日)」「（6月5日-9日）」「(11月29日(周一)至12月5日(周日))」「（3月1日—4月10日）」, at the item's very end
_CLOSING_DAY = re.compile(r"[（(]\s*" + _DAY +
                          r"(?:\s*[-—–~～至到]+\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号]" + WEEKDAY + r")?"
                          r"\s*(?:之前|以前|前)?\s*[）)]\s*[。；;.]?\s*$")


def closing_day(text: str, year: int | None) -> str | None:
    """The day the bracket closing ``text`` gives (a span's last day, in its first day's month where it names
    none), in ``year``; None where the text ends otherwise or the bracket follows no work of its own."""
    if year is None or not text.rstrip().endswith((")", "）", ")。", "）。", ")；", "）；", ");", "）;", ").", "）.")):
        return None
    m = _CLOSING_DAY.search(text)
    if m is None or not bracket_after_work(text, m.start() + 1):
        return None
    month, day, end_month, end_day = m.groups()
    if end_day:
        return iso_day(year, int(end_month or month), int(end_day))
    return iso_day(year, int(month), int(day))
