"""Days of the lunar first month written with their year 「2017年正月15-16日」「2020年正月十五」: the solar day they
fall on, so the readers of spans and days can take them (Round 70 rulings, turned on x289_06: a lunar festival day is
dated by the solar month it falls in — 元宵 2017, 正月十五, is 11 February; round 67: 元宵 2020 → 2020-02).

Only 正月 with a printed year is turned (the year says which lunar year; 农历九月初九 and other months are left as
printed, no table holds them); a day past the table's years is left too.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re

from .dates import LUNAR_GLOSS
from .normalise import cn_to_int

# the lunar new year's day (正月初一), by year
SPRING_FESTIVAL_DAY = {
    2005: (2, 9), 2006: (1, 29), 2007: (2, 18), 2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3),
    2012: (1, 23), 2013: (2, 10), 2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16),
    2019: (2, 5), 2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
    2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
}
_DAY = r"(?:初[一二三四五六七八九十]|[一二]?十[一二三四五六七八九]?|三十|二十|\d{1,2})"
# 「2017年正月15-16日」「2017年正月十五至十六」「2020年农历正月十五」: the year, the first day, the last (a last
# followed by 月 is a solar month 「正月初八至3月31日」「…至2月底」, no lunar day: the span keeps its solar end, rv57)
_FIRST_MONTH = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:农历)?\s*正月\s*(" + _DAY + r")\s*日?"
                          r"(?:\s*(?:[-—–~～至到])\s*(?:正月)?\s*(" + _DAY
                          + r")(?![\d一二三四五六七八九十]|\s*月)\s*日?)?")


def _solar(year: int, day: str) -> _dt.date | None:
    start = SPRING_FESTIVAL_DAY.get(year)
    n = cn_to_int(day[1:] if day.startswith("初") else day)
    if start is None or n is None or not 1 <= n <= 30:
        return None
    return _dt.date(year, *start) + _dt.timedelta(days=n - 1)


def _as_solar(m: re.Match[str]) -> str:
    year = int(m.group(1))
    first, last = _solar(year, m.group(2)), _solar(year, m.group(3)) if m.group(3) else None
    if first is None or m.group(3) and last is None:
        return m.group()
    if last is None or last == first:
        return f"{first.year}年{first.month}月{first.day}日"
    return f"{first.year}年{first.month}月{first.day}日至{last.year}年{last.month}月{last.day}日"


def solar_first_month(text: str) -> str:
    """``text`` with each dated span or day of the lunar first month written as the solar days it falls on."""
    return _FIRST_MONTH.sub(_as_solar, text) if "正月" in text else text


# a solar day of January to March glossed with its day of the lunar first month 「2月8日(初一)」「2月13日(初六)」
# 「2月22日(正月十五)」: in a text that prints no year, the one year of the table whose 正月 puts that lunar day on that
# solar day is the plan's (Round 74 on x295_01: a fact the plan prints fixes its year for every item)
_GLOSSED = re.compile(r"(?<!\d)([1-3])\s*月\s*(\d{1,2})\s*日\s*[（(]\s*(?:农历)?\s*(?:正月)?\s*"
                      r"(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十)\s*日?\s*[)）]")


def glossed_year(text: str) -> int | None:
    """The one year every glossed day of ``text`` fits (None where there is none, or they fit none or several)."""
    years: set[int] = set()
    for m in _GLOSSED.finditer(text):
        day = (int(m.group(1)), int(m.group(2)))
        fits = {y for y in SPRING_FESTIVAL_DAY if (d := _solar(y, m.group(3))) and (d.month, d.day) == day}
        if len(fits) != 1:
            return None
        years |= fits
    return years.pop() if len(years) == 1 else None


# a masked year before a solar day glossed with its lunar day 「20xx年3月5日(正月十五)」: the one year of the table
# whose 正月 puts that lunar day on that solar day fills the mask (Round 77's x300_07: a mask is filled from a fact
# the text prints; "Round 102 rulings, written early" on x366_01) — not a masked day with no gloss 「20xx年3月12日」
_MASKED_GLOSSED = re.compile(r"(?:19|20)?[xX×*＊]{2}\s*年\s*(?=" + _GLOSSED.pattern + ")")


def _unmasked(m: re.Match[str]) -> str:
    gloss = _GLOSSED.match(m.string, m.end())
    fits = {y for y in SPRING_FESTIVAL_DAY if gloss and (d := _solar(y, gloss.group(3)))
            and (d.month, d.day) == (int(gloss.group(1)), int(gloss.group(2)))}
    return f"{fits.pop()}年" if len(fits) == 1 else m.group()


def unmask_glossed(text: str) -> str:
    """``text`` with each masked year before a glossed solar day (``_MASKED_GLOSSED``) written as the year it fits."""
    return _MASKED_GLOSSED.sub(_unmasked, text) if "年" in text and ("(" in text or "（" in text) else text


# a limit written as a day of the lunar first month with no year 「市公安局在正月十日前负责」「于正月初八前完成」: the
# solar day it falls on in the plan's year (which a printed year, or a solar day's lunar gloss, fixes: Round 77 on
# x300_07 五/2, 正月初十 2007 → 27 February) — not a day with its own year (``solar_first_month``), a span or a start
# (or the one day the work is done on 「正月十四当天,全镇…全部实施卫生检疫」: that day, Round 104 on x372_01 三)
_FIRST_MONTH_LIMIT = re.compile(r"(?<![年\d])(?:农历)?\s*正月\s*(" + _DAY + r")\s*日?\s*(?:之前|以前|前|当天|当日)")


def first_month_limit(text: str, year: int | None) -> str | None:
    """The latest solar day (ISO) a limit of the lunar first month in ``text`` falls on in ``year``, or None."""
    days = [d for m in _FIRST_MONTH_LIMIT.finditer(text) if year and (d := _solar(year, m.group(1)))] \
        if "正月" in text else []
    return max(days).isoformat() if days else None


# an item's 时间 field that writes days of the lunar first month with no year 「活动时间:正月十二 18:00—21:00
# 正月十三至十五 9:00—23:00活动地点:…」「活动时间:正月十五 ;」: the days the item is held, in the plan's year (Round 81
# on x306_04: a lunar festival day is dated by the solar month it falls in) — the field's words up to the next field
# or a stop
_TIME_FIELD = re.compile(r"(?:活动)?时间\s*[:：]((?:(?!(?:活动)?(?:地点|内容|对象|主题)\s*[:：])[^。；;\n]){0,80})")
_FIELD_DAY = re.compile(r"(?<!年)(?:农历)?\s*正月\s*(" + _DAY + r")(?:\s*日?\s*[-—–~～至到]\s*(?:正月)?\s*("
                        + _DAY + r")(?!(?<=\d)\d|[一二三四五六七八九十]|\s*月))?")     # (十五9:00: a clock after it)


def first_month_field(text: str, year: int | None) -> str | None:
    """The latest solar day (ISO) the lunar first-month days of the item's 时间 field fall on in ``year``, or None."""
    if not year or "正月" not in text:
        return None
    field = _TIME_FIELD.search(text)
    days = [d for m in _FIELD_DAY.finditer(field.group(1)) for day in m.groups() if day and (d := _solar(year, day))] \
        if field else []
    return max(days).isoformat() if days else None


# an activity item that opens (after its run-in heading's colon) on solar days each glossed by its lunar day
# 「…文化艺术节:2月23日(正月十四)在…展演;2月24日(正月十五)在…举办…晚会」「…展览:2月4(腊月二十四)2月24日(正月十五)在…
# 举办…」 (a site that drops the dash of a span): the days the item holds its events on, the latest its deadline
# (round 34: the latest date an item prints; round 37: the item's own date) — the gloss is a festival calendar's,
# a day the item fixes; not a limit 「…(正月十五)前」 nor a start 「…起」 (a plain day 「2月24日在…」 is ``own_day``'s)
_GLOSSED_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*[（(]\s*" + LUNAR_GLOSS + r"\s*[)）]"
                          r"(?!\s*(?:之前|以前|前|起|开始|以来))")


def glossed_days_end(text: str, year: int | None) -> str | None:
    """The latest glossed solar day (ISO, in ``year``) of an item whose words open on one (see ``_GLOSSED_DAY``)."""
    if not year or "月" not in text:
        return None
    head = text[:160]
    days = list(_GLOSSED_DAY.finditer(head))
    if not days:
        return None
    before = head[:days[0].start()].strip()
    if before and not (before.endswith((":", "：")) and not re.search(r"[。；;，,]", before)):
        return None
    found = [_dt.date(year, int(m.group(1)), int(m.group(2))) for m in _GLOSSED_DAY.finditer(text)
             if 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= calendar.monthrange(year, int(m.group(1)))[1]]
    return max(found).isoformat() if found else None


__all__ = ["SPRING_FESTIVAL_DAY", "first_month_field", "first_month_limit", "glossed_days_end", "glossed_year",
           "solar_first_month", "unmask_glossed"]
