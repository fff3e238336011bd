"""An item's own span of days: 「组建秧歌队。从2月9日至2月19日(正月初五至正月十五)」「2月6日至2月8日由县工会举办…」.

An item that writes no deadline but one span of days its own work runs over is due at the span's end (round 37: the
item's own date; round 44 decided: a window's end; Round 77 on x294_08-like festival items). Only one such span in
the item (several are the lead-in's or a list's), each day written with 月 and 日 (a weekday or lunar gloss after a
day is read past, ``dates.WEEKDAY``); a span whose last day is followed by 前／起／以来／期间 is a limit, a start or a
period read elsewhere, one after 截至／每年／每月／去年 a cut-off, a rhythm or a past fact, and one before a relief or
an option (补贴, 返还, 可…) the window a measure holds. A span printing no
year takes ``year``; its end before its start month falls in the next year (12月25日至1月5日).

Read by ``activity_spans.date_activity_items`` for tasks left without a deadline, after the item's own day; a module
of its own, as ``activity_spans`` is near the line limit.
"""

from __future__ import annotations

import re

from .dates import WEEKDAY, iso_day, run_on_day

# a span of days, its month printed once or twice 「6月1日至30日」「3月29日至4月7日」 (first year, month, day; last
# year, month, day)
_DAYS = (r"(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]" + WEEKDAY
         + r"\s*(?:至|到|[—–\-－~～]{1,2})\s*(?:(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*)?"
         r"(\d{1,2})\s*[日号]" + WEEKDAY)
_SPAN = re.compile(r"(?<![\d年月.])" + _DAYS + r"(?!\s*(?:之前|以前|前|起|以来|期间|之间|开始))")
# (「3月29日至4月7日期间乡直各单位安排专人值班」: a period of days the item opens with, before its work, is its own
# span — Round 83 on x312_03 三/3; a period inside the item 「…于3月1日至5日期间…」 is read elsewhere)
_OPENING_PERIOD = re.compile(r"^\s*(?:在|于)?\s*" + _DAYS + r"(?=\s*期间\s*[，,]?\s*[\u4e00-\u9fff])")
_NOT_OWN = re.compile(r"(?:截至|截止|每年|每月|去年|上年|往年|已于|曾于|已经|已)\s*(?:从|自|于|在)?\s*$")
# (a measure's window 「2019年1月1日至12月31日，对…的企业，返还…」「…并网的项目，补贴…」「…，困难企业可组织…」:
# the time a relief or an option holds, no work's date — as ``date_exclusions`` reads a measure after a date)
_MEASURE = re.compile(r"[^。；;]{0,60}?(?:政策|费率|补贴|补助|奖励|优惠|减免|免征|缓缴|减征|降费|返还|可以|可)")


def own_span_end(text: str, year: int | None) -> str | None:
    """The last day (ISO) of the one span of days ``text`` writes as its own (``_SPAN``), or None."""
    if "日" not in text and "号" not in text:
        return None
    found = [m for m in _SPAN.finditer(text) if not _NOT_OWN.search(text, max(0, m.start() - 6), m.start())]
    found += [m for m in _OPENING_PERIOD.finditer(text) if not found]
    if len(found) != 1 or _MEASURE.match(text, found[0].end()):
        return None
    m = found[0]
    first_year = int(m.group(1)) if m.group(1) else year
    if first_year is None:
        return None
    if not m.group(5):                    # (「3月28日至7日」: a last day before the first is in the next month)
        return run_on_day(first_year, int(m.group(2)), int(m.group(3)), int(m.group(6)))
    first_month, last_month = int(m.group(2)), int(m.group(5))
    last_year = int(m.group(4)) if m.group(4) else first_year + (last_month < first_month)
    return iso_day(last_year, last_month, int(m.group(6)))


__all__ = ["own_span_end"]
