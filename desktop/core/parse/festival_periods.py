"""Deadlines an item sets by a festival's period it names: 「春节期间，各地要开展…」「加强清明节期间…巡查」.

Round 46 rulings ("decided (p44e)"): a festival's period in an item's OWN text, with no date of its own otherwise,
dates the item by the festival's month in the plan's year — as a named day's period (round 42) and 「在春节前」
(round 40, ``event_days``) do. Where the activity's span runs into the next year 「2014年12月29日至2015年3月6日」,
it is the festival inside the span (over the span's end, round 37); two festivals 「元旦春节期间」 take the later
(round 34). The festival's month is ``event_days.festival_month``'s (春节 by the lunar table, 清明／国庆… fixed).

Near misses that date nothing here: a festival as an event's name with no 期间 「春节联欢晚会」「清明节祭扫活动」,
「节日期间」「两节期间」 with no festival named, a festival whose month moves and is not tabled (端午, 中秋), and a
festival in the title or preamble alone (only the item's own text is read). A named day's period in the item's own
text 「“6.5”活动期间」 dates it by that day's month the same way (``named_day_spans.period_month``). Read by
``activity_spans.date_activity_items`` for tasks left without a deadline, after the item's own dates.
"""

from __future__ import annotations

import re

from .dates import iso_day
from .event_days import festival_month
from .named_day_spans import period_month

_FESTIVAL = r"(春节|新春|元旦|清明节?|国庆节?|劳动节|五一|中秋节?|端午节?)"
# 「春节期间」「元旦、春节期间」「国庆节假期期间」「清明节祭扫期间」 — not 「春节联欢晚会」, 「节日期间」
# (or 「中秋节、国庆节放假前后」: work before and after the holiday, its period)
_PERIOD = re.compile(_FESTIVAL + r"(?:\s*[、和及与]?\s*" + _FESTIVAL + r")?"
                     r"(?:(?:节日|假期|长假|小长假|假日|祭扫|黄金周)?期间|放假前后)")

# a date of the item's own that the readers before could not take 「3月25日、26日和4月1日、2日…为祭扫高峰期」: it
# stands (the ruling's 「with no date of its own otherwise」), so the festival dates nothing
_OWN_DATE = re.compile(r"(?<![\d.])\d{1,2}\s*月(?:\s*\d{1,2}\s*日|份|底|末|中旬|上旬|下旬)")


def _month_in(name: str, year: int, within: str | None) -> str | None:
    """The end of the month ``name`` falls in: in ``year``, or — a span ending ``within`` a later year — the last
    time it falls by the span's end."""
    name = "春节" if name == "新春" else name
    if within and int(within[:4]) > year:
        for y in range(int(within[:4]), year - 1, -1):
            month = festival_month(name, y)
            if month and (day := iso_day(y, month)) and day[:7] <= within[:7]:
                return day
        return None
    month = festival_month(name, year)
    return iso_day(year, month) if month else None


def festival_period(text: str, year: int, within: str | None = None) -> str | None:
    """The deadline a festival's period 「春节期间」 in ``text`` sets (``_PERIOD``; the latest where several), or
    None — also where the text writes a date of its own (``_OWN_DATE``)."""
    if "期间" not in text and "前后" not in text or _OWN_DATE.search(text):
        return None
    days = [day for m in _PERIOD.finditer(text) for name in m.groups() if name
            if (day := _month_in(name, year, within))]
    # a named day's period 「“6.5”活动期间，…要悬挂横幅」 in the item's own text: that day's month, as in a heading
    # (round 42) and as a festival's here (Round 46) — where the plan states no span: with one
    # 「从3月1日起至3月16日结束」, 「“3·15”活动期间」 is that span (rounds 36/37), read after
    return max(days) if days else None if within else period_month(text, year)


# 「2020年春节秧歌由A、B组建3支秧歌队」: a festival an item names with its printed year dates the item by the
# festival's month in that year (Round 77 on x300_02 (四), from round 46's p44e and round 67's x283_02) — not inside
# a cited title 《2020年春节…》, and not where the plan's own opening names the same year's festival (the whole
# event's name repeating the title's words dates nothing, round 52's x238_01)
_YEAR_FESTIVAL = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:度\s*)?(春节|元旦|清明|国庆|劳动节|五一)")


def year_festival(text: str, opening: str) -> str | None:
    """The deadline 「2020年春节…」 in an item's own ``text`` sets (the latest where several), or None — also where the
    text writes a date of its own (``_OWN_DATE``) or ``opening`` (the title and preamble) names the same."""
    if "年" not in text or _OWN_DATE.search(text):
        return None
    days = [day for m in _YEAR_FESTIVAL.finditer(text)
            if text.rfind("《", 0, m.start()) <= text.rfind("》", 0, m.start()) and m.group() not in opening
            and (month := festival_month(m.group(2), int(m.group(1)))) and (day := iso_day(int(m.group(1)), month))]
    return max(days) if days else None


# 「节假日期间,各村要严格执行值班制度」「确保节日期间安全稳定」「要在节前集中开展一次…排查」: the holiday's period or
# eve in an item's own text with no festival named — the festival the notice's title or preamble prints fixes which
# (Round 89 on p44e and Round 87's turned 期间: 「2012年春节即将来临…」 → 春节 2012's month), with the year printed
# beside it there, else the plan's; several festivals printed take the later (round 34's 「元旦、春节期间」)
# (or the eve heading the work a verb of doing takes 「各办切实加强节前安全检查工作」: Round 97 on x354_06 2/①, the
# eve of the later festival the notice prints)
# — and the notice's own 「放假期间」「在放假前」「放假前后」 (Round 91 on a 清明 notice's items: the holiday the
# notice prints is the one it gives), not a school term's 寒假／暑假
HOLIDAY_WORDS = re.compile(r"(?:节假日?|节日|假日|假期|长假|(?<![寒暑])放假)期间"
                            r"|(?:(?<=[在于])|(?<![\u4e00-\u9fff])|(?<=加强|做好|抓好|搞好|开展|进行|强化))"
                            r"(?:节(?:日|假日)?|放假)(?:之前|前夕?)(?!后)"
                            r"|(?<![寒暑])放假前后")
_OPENING_FESTIVAL = re.compile(r"(?:((?:19|20)\d{2})\s*年\s*(?:度\s*)?)?[“\"]?" + _FESTIVAL)


def holiday_period(text: str, opening: str, year: int, within: str | None = None) -> str | None:
    """The deadline an item's own 「节日期间」「在节前」 (``HOLIDAY_WORDS``) sets by the festival ``opening`` (the
    title and preamble) names (``_OPENING_FESTIVAL``), or None — also where the text writes a date of its own."""
    if not HOLIDAY_WORDS.search(text) or _OWN_DATE.search(text):
        return None
    days = [day for m in _OPENING_FESTIVAL.finditer(opening)
            if (day := _month_in(m.group(2), int(m.group(1)), None) if m.group(1)
                else _month_in(m.group(2), year, within))]
    return max(days) if days else None


__all__ = ["HOLIDAY_WORDS", "festival_period", "holiday_period", "year_festival"]
