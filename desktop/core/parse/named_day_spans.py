"""Deadlines a plan gives its items by a day it names, not by a span or a limit (Round 42 rulings, written early):

- 「10月16日所在周是我国粮食安全宣传周」: a week named by a day it contains dates the items with no date of their own to
  that day's month (one such day in the plan; two weeks in different months date nothing);
- 「二、“6.26”国际禁毒日期间活动主要内容」 over 「（一）…」「（二）…」: a heading naming a day's period dates the items
  under it by that day's month, over the longer campaign span the preamble gives (the nearest time stated above an
  item governs) — a heading without 期间 「二、“3·15”宣传活动内容」 is a name, and dates nothing.

Read by ``parse_text`` after ``build_tasks``, for tasks left without a deadline; a new module, as ``activity_spans``
reads spans and ``event_days`` days before which work is done.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.core.model import Heading, Task

from .dates import iso_day
from .headings import Item
from .yearly_days import YEARLY_DAYS

# 「10月16日所在周」「2020年10月16日所在的一周」
_WEEK_OF = re.compile(r"(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*\d{1,2}\s*日\s*所在的?一?周")


def week_month(text: str, year: int | None) -> str | None:
    """The end of the month of the one day whose week the plan names (``_WEEK_OF``; its own year, else ``year``)."""
    found = {(m.group(1), int(m.group(2))) for m in _WEEK_OF.finditer(text)} if "所在" in text else set()
    months = {month for _, month in found}
    years = {int(y) for y, _ in found if y} or ({year} if year else set())
    if len(months) != 1 or len(years) != 1:
        return None
    return iso_day(years.pop(), months.pop())


# 「2020年10月16日是第40个世界粮食日」: the one day the preamble names as the day its week is kept for (Round 43
# rulings: 「宣传周期间」 with the week's day given only in the preamble is dated by that day's month, round 42's named
# week) — a day that *is* a named day, not a day work is set for 「定于10月16日召开」
_DAY_IS = re.compile(r"(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[，,]?\s*"
                     r"是[^。；;，,\n]{0,16}?[日周]")
_WEEK_PERIOD = re.compile(r"(?:宣传|活动)周期间")


def week_period_month(text: str, preamble: str, year: int | None) -> str | None:
    """The end of the month of the one named day the preamble gives (``_DAY_IS``), for an item whose work falls
    「宣传周期间」 (``_WEEK_PERIOD``); None where the item names no such week or the preamble no one such day."""
    if "周期间" not in text or not _WEEK_PERIOD.search(text):
        return None
    found = {(m.group(1), int(m.group(2))) for m in _DAY_IS.finditer(preamble)} if "是" in preamble else set()
    months = {month for _, month in found}
    years = {int(y) for y, _ in found if y} or ({year} if year else set())
    return iso_day(years.pop(), months.pop()) if len(months) == 1 and len(years) == 1 else None


# 「“6.26”国际禁毒日期间」「“6·26”期间」「6月26日禁毒日期间」: a named day's period in a heading
# (the closing quote a site's page lost 「“6.5活动期间」 too: the opening one holds the day)
_DAY_PERIOD = re.compile(r"(?:[“\"]\s*(\d{1,2})\s*[.．·•]\s*(\d{1,2})(?![\d.．])\s*[”\"]?"
                         r"|(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日)"
                         r"[^，,。；;：:\n]{0,24}?期[间間]")


def period_month(title: str, year: int) -> str | None:
    """The end of the month of the named day whose period ``title`` names (``_DAY_PERIOD``), or None."""
    m = _DAY_PERIOD.search(title) if "期" in title else None
    if not m:
        return None
    month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return iso_day(year, int(month)) if iso_day(year, int(month), int(day)) else None


def date_period_items(tasks: list[Task], headings: list[Heading], year: int | None) -> None:
    """Give tasks without a deadline under a heading naming a day's period (``_DAY_PERIOD``) that day's month (in
    place; the nearest such heading above the task)."""
    if year is None:
        return
    titles = {(tuple(h.path), h.number): h.title for h in headings if "期" in h.title}
    if not titles:
        return
    for task in tasks:
        if task.deadline is not None:
            continue
        for depth in range(len(task.path), 0, -1):
            title = titles.get((tuple(task.path[:depth - 1]), task.path[depth - 1]))
            if title and (month := period_month(title, year)):
                task.deadline = month
                break


# 「世界人口日前后,市人口计生委将…」「在“海洋日”当天…」: the period of a named day in the item's own text (Round 49
# rulings on x231_06 二; rounds 42, 46, 48): the item is dated by that day's month, the day's date written in the plan
# 「2014年7月11日是第25个世界人口日」「“7.11”世界人口日」 (not 「春节前后」, a festival: ``event_days``)
_AROUND = re.compile(r"日[”\"]?\s*(?:前后|前後|当天|當天)")
_DATE_BEFORE = r"(?:(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日[^。；;，,\n]{0,16}?" \
               r"|[“\"]\s*(\d{1,2})\s*[.．·•]\s*(\d{1,2})(?![\d.．])\s*[”\"]?\s*)"


# the fixed dates of well-known yearly days, for a plan that names the day without writing its date 「“海洋日”当天」
# (Round 48 on x227_08: dated by the day's month); the table is ``yearly_days``'s, which ``plan_year`` reads too
_FIXED_DAYS = [(re.compile(d.name), d.date) for d in YEARLY_DAYS if d.date]


def _fixed_day(name: str) -> tuple[int, int] | None:
    return next((md for k, md in _FIXED_DAYS if k.search(name)), None)


@lru_cache(maxsize=256)
def _dates_of(name: str, plan_text: str, year: int) -> frozenset[tuple[int, int]]:
    """(month, day) of every date the plan writes before ``name``. Items of one plan ask for the same few names, so
    the whole text is scanned once per name, not once per item (a pure function of its arguments: nothing carries
    from one plan to the next but the answer for the same text)."""
    return frozenset((int(d.group(1) or d.group(3)), int(d.group(2) or d.group(4)))
                     for d in re.finditer(_DATE_BEFORE + re.escape(name), plan_text)
                     if iso_day(year, int(d.group(1) or d.group(3)), int(d.group(2) or d.group(4))))


# 「在宣传日前后」「活动日当天」: the day the plan is for, by a word of its kind, not its name — the one day the plan
# says is a named day 「20**年9月28日是第5个“世界狂犬病日”」 (``_DAY_IS``; Round 49 rulings on x231_06 二, x235_07 二)
_GENERIC_DAY = re.compile(r"(?:宣[传傳]|活[动動]|[纪紀]念|主[题題])日")


@lru_cache(maxsize=16)
def _plan_day(plan_text: str, year: int) -> frozenset[tuple[int, int]]:
    """(month, day) of every day the plan says is a named day (``_DAY_IS``). Every item that says 「在宣传日前后」
    asks for the same answer: the plan is scanned once, not once per item (rv49: 77 KB took 3.3 s so)."""
    return frozenset((int(m.group(2)), int(m.group(3))) for m in _DAY_IS.finditer(plan_text)
                     if iso_day(year, int(m.group(2)), int(m.group(3)))) if "是" in plan_text else frozenset()


def named_day_month(text: str, plan_text: str, year: int | None) -> str | None:
    """The end of the month of the one named day whose period the item's text names (``_AROUND``; the day itself
    for 当天), its date read where the plan writes it; None where the plan dates no such day or several months."""
    if year is None or "日" not in text or not (m := _AROUND.search(text)):
        return None
    at = m.start() + 1
    for size in range(8, 2, -1):                  # the longest name the plan dates 「世界人口日」 over 「人口日」
        name = text[max(0, at - size):at]
        if len(name) < size or not re.fullmatch(r"[\u4e00-\u9fff“”\"]+日", name.replace("”", "").replace("“", "")):
            continue
        days = set(_dates_of(name.lstrip("“\""), plan_text, year))
        if not days and size == 3 and (fixed := _fixed_day(text[max(0, at - 8):at])):
            days = {fixed}                         # (the plan writes no date of the day: its fixed date)
        if not days and size == 3 and _GENERIC_DAY.fullmatch(name):
            days = set(_plan_day(plan_text, year))  # (「在宣传日前后」: the one day the plan keeps)
        if len({month for month, _ in days}) != 1:
            if days:
                return None
            continue
        month, day = min(days)
        # (「咨询日当天」: that day itself, which is in its month too; 「前后」: around it, its month)
        return iso_day(year, month, day) if len(days) == 1 and m.group(0)[-2] in "当當" else iso_day(year, month)
    return None


# 「确保本单位“6·14世界献血者日”无偿献血活动取得实效」: an activity the item names by its dated day, the day's date in
# its quoted name (Round 50 on x234_05: the named day dates the item by its month, rounds 42, 46, 48) — not a date
# in a sentence that tells the day 「6月14日是世界献血者日」 (no activity named by it), nor a bare 「“3·15”」 (no day),
# nor a day among kinds of activity an ongoing work holds 「组织开展“7·15公众开放日”“夏令热线”等公众参与活动」
_DAY_ACTIVITY = re.compile(r"[“\"]\s*(\d{1,2})\s*[.．·•]\s*(\d{1,2})(?![\d.．])\s*[\u4e00-\u9fff]{1,12}?[日周]\s*[”\"]"
                           r"[^。；;，,、“\"等\n]{0,12}?活[动動]")


def day_activity_month(text: str, year: int | None) -> str | None:
    """The end of the month of the one dated day whose activity the item names (``_DAY_ACTIVITY``), or None."""
    found = {int(m.group(1)) for m in _DAY_ACTIVITY.finditer(text)
             if year and iso_day(year, int(m.group(1)), int(m.group(2)))} if "活" in text else set()
    return iso_day(year, found.pop()) if year and len(found) == 1 else None


# 「每年8月1-7日为“世界母乳喂养周”,…各地要以世界母乳喂养周为契机,…开展宣传」: the item states its named day's or
# week's date as a calendar fact and names it again for its own work — dated by that month in the plan's year
# (Round 51 on x210_05, rounds 43, 46, 48; x241_02 一) — not a fact in the preamble (Round 55 on x245_07: an item
# that does not name the day is not dated by it)
_STATED_DAY = re.compile(r"(?:每年)?\s*(\d{1,2})\s*月\s*\d{1,2}\s*日?(?:\s*[-—–~～至到]\s*\d{1,2}\s*日?)?\s*"
                         r"(?:为|是)\s*(?:我国|全国|第[\d一二三四五六七八九十]{1,3}[个届次])?\s*[“\"]([^”\"\n]{2,16}[日周])[”\"]")


def stated_day_month(text: str, year: int | None) -> str | None:
    """The end of the month of the one named day or week the item's text states the date of (``_STATED_DAY``) and
    names again after it, or None."""
    found = [m for m in _STATED_DAY.finditer(text) if text.find(m.group(2), m.end()) >= 0] \
        if year and ("为" in text or "是" in text) else []
    months = {int(m.group(1)) for m in found}
    return iso_day(year, months.pop()) if year and len(months) == 1 else None


def lead_in_texts(items: list[Item]) -> dict[tuple[str, ...], list[str]]:
    """The own texts of the points above each item (nearest first), by the item's path and number — where a
    named day's period an item's lead-in names is read (``activity_spans.date_activity_items``)."""
    out: dict[tuple[str, ...], list[str]] = {}
    for item in items:
        above, parent = [], item.parent
        while parent is not None:
            above.append(parent.body)
            parent = parent.parent
        if above:
            out[(*item.path, item.number)] = above
    return out


__all__ = ["date_period_items", "day_activity_month", "lead_in_texts", "named_day_month", "period_month", "week_month",
           "week_period_month"]
