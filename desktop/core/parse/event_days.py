"""Deadlines an item sets by a day it names, not by a date: 「在春节前」「于助残日前实施」.

Round 40 rulings ("Dates, targets, duties"; round 36 「在放假前」): a festival's day in the plan's year dates
「在春节前」 by its month — 春节 by the year's lunar new year (a table: its month moves between January and
February), the fixed festivals 元旦／国庆节… by their calendar month; a day the plan itself dates
「2019年5月15日,是第26个“全国助残日”」「“校园日”(9月12日)」 dates 「于助残日前」「在校园日前」 by that day. A day
the plan neither dates nor is a festival 「考试前」「开学前」 (round 34: a time from an event) dates nothing.

Read by ``activity_spans.date_activity_items`` for tasks left without a deadline (over the activity's span: the
item's own date wins, round 37).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import iso_day
from .lunar_days import SPRING_FESTIVAL_DAY

# 「在春节前」「于助残日前」「春节之前」: the day before which the work is done
# (not 「春节前后」: around it, no deadline)
# (「；清明节前开展“文明祭祀”主题宣传活动；」: a fixed festival opening its clause needs no 在 — x260_04; any other
# named day keeps its 在／于; a fixed festival's short name with no 节 after 在／于 「在五一前」「在国庆前」 as well)
_EVE = re.compile(r"(?:(?:在|于)\s*(?:今年)?\s*([\u4e00-\u9fff“”\"]{1,8}?[日节]|清明|国庆|元旦|五一|六一|七一|八一)"
                  r"|(?<![^。；;\n，,：:])\s*(清明节?|国庆节?|元旦|春节|劳动节|五一|儿童节|六一|教师节|建党节|七一|建军节|八一))"
                  r"\s*(?:之前|以前|前)(?!后)")

# the lunar new year's month, by year (春节: 2015-02-19, 2020-01-25 …)
_SPRING_FESTIVAL_MONTH = {year: day[0] for year, day in SPRING_FESTIVAL_DAY.items()}
# festivals on a fixed calendar day: their month
_FIXED_FESTIVALS = {"元旦": 1, "妇女节": 3, "植树节": 3, "清明": 4, "劳动节": 5, "五一": 5, "青年节": 5, "五四": 5,
                    "儿童节": 6, "六一": 6, "建党节": 7, "七一": 7, "建军节": 8, "八一": 8, "教师节": 9,
                    "国庆节": 10, "国庆": 10}


def festival_month(name: str, year: int) -> int | None:
    """The month ``name`` (「春节」「国庆节」「国庆」…) falls in, in ``year`` (春节 by the table), or None."""
    if name in ("春节", "新春节"):
        return _SPRING_FESTIVAL_MONTH.get(year)
    return next((v for k, v in _FIXED_FESTIVALS.items() if name == k or name == k + "节"), None)


@lru_cache(maxsize=64)
def _dated_by_plan(name: str, body: str, year: int) -> str | None:
    """The day the plan gives the named day: 「5月15日,是第26个“全国助残日”」 or 「“校园日”(9月12日)」 (cached: every
    undated item of a plan asks it of the same text)."""
    core = name.strip("“”\"")
    if len(core) < 2:
        return None
    word = re.escape(core)
    m = re.search(r"(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[，,]?\s*(?:是|为)"
                  r"[^。；;，,\n]{0,12}?" + word, body) \
        or re.search(word + r"[”\"]?\s*[(（]\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[)）]",
                     body)
    return iso_day(int(m.group(1) or year), int(m.group(2)), int(m.group(3))) if m else None


# 「“八一”建军节前夕,要求…」「在“八一”建軍節大會上表彰…」「国庆节当天」: a festival of a fixed day named by
# its eve, its day or the meeting held on it (its short name in quotes before it, traditional characters too) —
# the work is done at the festival, dated by its month (round 40's 「在春节前」; rounds 42, 46, 48: 「“海洋日”当天」
# by the day's month; Round 55 on x249_02, x249_03) — not a festival among several 「元旦、春节…期间」
# (``festival_periods``; Round 55: a yearly round)
_FESTIVAL_NAME = r"(?:[“\"][\u4e00-\u9fff]{1,4}[”\"]\s*)?([\u4e00-\u9fff]{1,3}?[节節])\s*"
_AT_FESTIVAL = re.compile(r"(?:[在于於]|(?<![^。；;\n，,：:]))\s*(?:今年)?\s*" + _FESTIVAL_NAME + r"前夕"
                          r"|[在于於]\s*(?:今年)?\s*" + _FESTIVAL_NAME +
                          r"(?:当天|當天|(?:纪念|紀念|庆祝|慶祝)?(?:大会|大會)上)")
_TRADITIONAL = str.maketrans("節軍黨慶勞動師兒婦樹", "节军党庆劳动师儿妇树")


def _festival_eve(text: str, year: int) -> str | None:
    """The month's end of the one fixed festival ``_AT_FESTIVAL`` finds in ``text``, in ``year``, or None."""
    if "节" not in text and "節" not in text:
        return None
    months = {month for m in _AT_FESTIVAL.finditer(text)
              if (month := festival_month((m.group(1) or m.group(2)).translate(_TRADITIONAL), year)) is not None}
    return iso_day(year, months.pop()) if len(months) == 1 else None


def event_eve(text: str, body: str, year: int, within: str | None = None) -> str | None:
    """The deadline 「在春节前」「于助残日前」 sets in ``text`` (the day the plan ``body`` gives the named day, else a
    festival's month in ``year``), or None. An activity's span ending ``within`` a later year
    「2014年12月29日至2015年3月6日」 holds the festival that falls in it (the last one by its end). A fixed festival's
    eve, day or meeting 「“八一”建军节前夕」 (``_AT_FESTIVAL``) dates it by the festival's month where no span runs
    into a later year."""
    if "前" not in text or not (m := _EVE.search(text)):
        return _festival_eve(text, year) if not (within and int(within[:4]) > year) else None
    name = (m.group(1) or m.group(2)).strip("“”\"")
    month = festival_month(name, year)
    if month is None:
        return _dated_by_plan(name, body, year)
    if within and int(within[:4]) > year:
        last = int(within[:4])
        month = _SPRING_FESTIVAL_MONTH.get(last) if name in ("春节", "新春节") else month
        if month and (iso_day(last, month) or "") <= within:
            return iso_day(last, month)
        return None     # (the festival falls after the span's end or is not in the table: the span's end dates it)
    return iso_day(year, month) if month else None


# 「做好党的十九大期间消防安全工作」 with 「党的十九大将于10月18日在京召开」 printed elsewhere in the plan: an
# item naming an event's period is dated by the event's month where the plan prints its day (Round 55 rulings
# on x249_07, decided; round 43's 「宣传周期间」 by the preamble's day) — not a festival's (``festival_periods``),
# nor an event the plan gives no day
_PERIOD_NAME = re.compile(r"([\u4e00-\u9fff“”\"]{3,10})期间")
_HELD_ON = (r"\s*(?:将|将要)?\s*(?:于|在)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^。；;\n]{0,12}?"
            r"(?:召开|举行|举办|开幕)")


def event_period(text: str, plan_text: str, year: int) -> str | None:
    """The month's end of the one event whose period ``text`` names and whose day ``plan_text`` prints, or
    None."""
    if "期间" not in text or "月" not in plan_text:
        return None
    months: set[int] = set()
    for m in _PERIOD_NAME.finditer(text):
        name = m.group(1)
        # (the longest tail of the name the plan dates: 「十九大」 of 「党的十九大」)
        for size in range(len(name), 2, -1):
            held = re.search(re.escape(name[-size:]) + _HELD_ON, plan_text)
            if held and iso_day(year, int(held.group(1)), int(held.group(2))):
                months.add(int(held.group(1)))
                break
    return iso_day(year, months.pop()) if len(months) == 1 else None


__all__ = ["event_eve", "event_period", "festival_month"]
