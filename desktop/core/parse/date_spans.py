"""The span of a stage or a step in its date words: months (``2024年1月-3月``), quarters (``第二、三季度``), years
and half years (``2016年—2017年上半年``) read as a (start, end) of months by ``month_range``; and the date a step's
heading gives in the bracket it ends with (``全面部署（2020年12月9日前）``, ``集中整治阶段（5-7月）``), read by
``heading_bracket`` / ``heading_date`` / ``bracket_date`` for the stages (schedule), the step above a task
(task_dates) and the dates of duties.

A single deadline in running text is ``dates.find_deadlines``; this module reads spans on top of it.
"""

from __future__ import annotations

import re

from .dates import _Q, RANGE_SEP, find_deadlines, iso_day, quarter_before

# --- month ranges for phases: 2024年1月-3月, 2021年5—10月, 2024年11月—2025年2月 -----------

_MONTH_TOKEN = re.compile(
    r"(?:((?:19|20)\d{2})\s*(?:年|[-./]))?\s*(\d{1,2})\s*(?:月|(?=\s*(?:" + RANGE_SEP + r"|$)))")
_RANGE_SEP = re.compile(RANGE_SEP)
# a quarter, or quarters listed or joined as a span (第二、三季度 / 二至三季度 / 第一季度、第二季度): a stage over all
_ONE_QUARTER = r"第?[一二三四1-4](?:\s*季度)?"
_QUARTER_JOIN = r"\s*(?:、|和|及|至|到|[-—–~－])\s*"
_QUARTER_YEAR = r"(?:(?:19|20)\d{2}\s*年\s*)?"
QUARTERS = rf"{_ONE_QUARTER}(?:{_QUARTER_JOIN}{_ONE_QUARTER})*(?<=季度)"
# (a span into the next year, its year written: 「2024年第四季度至2025年第一季度为集中整治阶段」 — round 31, rm85)
YEAR_QUARTERS = rf"{_QUARTER_YEAR}{_ONE_QUARTER}(?:{_QUARTER_JOIN}{_QUARTER_YEAR}{_ONE_QUARTER})*(?<=季度)"
_QUARTER_TOKEN = re.compile(r"(?:((?:19|20)\d{2})\s*年\s*)?(" + QUARTERS + ")")
_QUARTER_DIGIT = re.compile(r"[一二三四1-4]")


# 「2025年8月起」「自9月开始」「10月以后」: a month a stage starts in, its end left open
# (「…起至12月」, a range: month_range tests _RANGE_SEP)
_FROM_ON = re.compile(r"\d\s*月(?:份)?(?:\s*\d{1,2}\s*日)?\s*(?:起|开始|以后|之后)")
_YEAR_HALF = re.compile(r"((?:19|20)\d{2})\s*年\s*(上半年|下半年)?")
# 「第一阶段（2023-2025年）」: the first year of a span of years, its 年 left to the last (a stage's start and end)
_BARE_FIRST_YEAR = re.compile(r"((?:19|20)\d{2})(?=\s*[-—–~～至到－]+\s*(?:19|20)\d{2}\s*年)")


def month_range(text: str, default_year: int | None) -> tuple[str | None, str | None]:
    """(start, end) as ``YYYY-MM`` from a phase's date words; (None, None) if none."""
    months: list[tuple[int | None, int]] = []
    # (「第2-3季度」「1-3季度」: quarters written in digits, no months)
    in_quarters = [q.span(2) for q in _QUARTER_TOKEN.finditer(text)] if "季度" in text else []
    for m in _MONTH_TOKEN.finditer(text):
        month = int(m.group(2))
        if not 1 <= month <= 12 or any(a <= m.start(2) < b for a, b in in_quarters):
            continue
        if not m.group(0).endswith("月") and text[:m.start(2)].rstrip().endswith("月"):
            continue                    # （2012年10月1至10月31日）: a day with its 日 left out, no month
        months.append((int(m.group(1)) if m.group(1) else None, month))
        if len(months) == 2:
            break
    if not months and (quarters := [(y, q) for y, listed in _QUARTER_TOKEN.findall(text)
                                    for q in _QUARTER_DIGIT.findall(listed)]):
        # （2024年第三季度前完成）: only the quarter's end; （2024年第二季度至第三季度）: from the first to the last
        q_year = next((int(y) for y, _q in quarters if y), default_year)
        if q_year is not None:
            first, last = quarter_range(quarters[0][1], q_year), quarter_range(quarters[-1][1], q_year)
            if last[1] < first[1]:
                last = quarter_range(quarters[-1][1], q_year + 1)
            only_end = len(quarters) == 1 and re.search(r"季度\s*(?:末|底)?\s*(?:之前|以前|前)", text) is not None
            if only_end and re.search(r"季度\s*(?:之前|以前|前)", text):
                # （2024年第三季度前完成）: before the quarter, the end of the one before (Round 81's p59e-1)
                year_of, month_of = quarter_before(int(last[1][:4]), int(last[1][5:]) // 3)
                return None, f"{year_of:04d}-{month_of:02d}"
            return (None if only_end else first[0]), last[1]
    if not months:
        # each year written, with the half year after it if any (one scan: the half holds no year)
        halves = _YEAR_HALF.findall(_BARE_FIRST_YEAR.sub(r"\1年", text))
        years = [y for y, _half in halves]
        if years and len(set(years)) == 1 and re.search(r"年\s*(?:底|末)\s*(?:之前|以前|前)", text):
            return None, f"{int(years[0]):04d}-12"    # （2027年年底前）: only the end is given
        if years:
            # （2016年—2017年上半年） / （2017年下半年）: a half year starts in July or ends in June
            from_month = "07" if halves and halves[0][1] == "下半年" else "01"
            to_month = "06" if halves and halves[-1][1] == "上半年" else "12"
            return f"{int(years[0]):04d}-{from_month}", f"{int(years[-1]):04d}-{to_month}"
        return None, None
    year = months[0][0] or default_year
    if year is None:
        return None, None
    start = f"{year:04d}-{months[0][1]:02d}"
    if len(months) == 1:
        only_end = re.search(r"(底|末)?\s*(之前|以前|前)", text[text.find(str(months[0][1])):]) is not None \
            and not _RANGE_SEP.search(text)
        if not only_end and _FROM_ON.search(text) and not _RANGE_SEP.search(text):
            return start, None          # （2025年7月起）: the stage starts then and runs on, no end written
        return (None, start) if only_end else (start, start)
    end_year = months[1][0] or year
    if months[1][0] is None and months[1][1] < months[0][1]:
        end_year = year + 1
    return start, f"{end_year:04d}-{months[1][1]:02d}"


# a heading's name, then in a bracket closing it the date or the span of its step: 「全面部署（2020年12月9日前）」
# 「第一阶段(2024年第三季度前完成)」「集中整治阶段（5-7月）」 (a bracket of 责任单位：… is none)
_HEADING_BRACKET = re.compile(r"^[^（()）]{2,16}?\s*[(（]([^()（）:：]{1,40})[)）]\s*(?:$|[:：])")
# the same bracket opening with the stage's own span, then, after 、 or a comma, a note on the time of a
# part of its work 「抓好落实阶段(2019年7月25日-2019年8月1日、“八一”…活动时间:7月28日至8月1日)」: the span
# is the stage's (the note's days lie inside it) — not a bracket of 责任单位：… (no span opens it)
_SPAN_THEN_NOTE = re.compile(r"^[^（()）]{2,16}?\s*[(（]((?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*"
                             r"[-—–~－至到]\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?)"
                             r"\s*[、，,；;][^()（）]{1,60}[)）]\s*(?:$|[:：])")


_CUT_OFF = re.compile(r"\s*截[至止]")
_OBJECTS = re.compile(r"(?:项目|企业|单位|问题|设施|房屋|建筑物?|工程|人员|车辆|案件|隐患)\s*[(（]")


def heading_bracket(title: str) -> str | None:
    """The words of the bracket a short heading ends with, where they hold a figure (全面部署（2020年12月9日前）
    → 2020年12月9日前, 集中整治阶段（5-7月） → 5-7月), or None: the one reader of a step's date in its heading, for
    the stages (schedule), the step above a task and the phase a task's title names (task_dates)."""
    m = _HEADING_BRACKET.match(title := title.strip()) or _SPAN_THEN_NOTE.match(title)
    if m and _CUT_OFF.match(m.group(1)) and _OBJECTS.search(title, 0, m.start(1)):
        return None     # 「违法违规建设项目（截至2018年9月底）」: a cut-off that picks the objects, no date (Round 41)
    return m.group(1) if m and any(c.isdigit() for c in m.group(1)) else None


def heading_date(title: str, year: int | None, span: bool = False) -> str | None:
    """The day a step's heading ends by, written in a bracket at its end (全面部署（2020年12月9日前） →
    2020-12-09, 第一阶段(2024年第三季度前完成) → 2024-09-30, 排查工作（2021年6月底前） → 2021-06-30); None
    for a bracket without a date (整治工作（3年内）). ``span``: the last day of the months it spans instead
    (集中整治阶段（5-7月） → 07-31, 中期通报阶段（7月初） → 07-31), no date it is done by."""
    words = heading_bracket(title)
    return None if words is None else bracket_date(words, year, span)


def bracket_date(words: str, year: int | None, span: bool = False) -> str | None:
    """``heading_date`` of the words of a heading's bracket already read (``heading_bracket``)."""
    if not span:
        found = find_deadlines(words, year)
        if found:
            return max(d.date for d in found)
        if not re.search(r"前|底|末", words):
            return None
    end = month_range(words, year)[1]
    if not end:
        return None
    day = (_SPAN_END_DAY.search(words) or _SPAN_END_BARE.search(words)) if span else None
    if day and (int(day.group(1)) if day.group(1) else _one_month(words)) == int(end[5:7]):
        # 动员部署阶段（4 月 12 日-4 月 26 日）: the window ends on its day, not at its month's end
        return iso_day(int(end[:4]), int(end[5:7]), int(day.group(2)))
    return iso_day(int(end[:4]), int(end[5:7]))


# a window's end written to the day (…-4 月 26 日 / 至10月15日止), or its day alone in the start's month
# (宣传动员阶段(2013年7月16日—18日): the window ends on the 18th)
_SPAN_END_DAY = re.compile(r"[-—–~－至到]\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日"
                           r"\s*(?:止|结束)?\s*$")
# (or its day printed without 日 after its month, closing the bracket: 宣传发动阶段(2011年5月24日-6月10))
_SPAN_END_BARE = re.compile(r"[-—–~－至到]\s*(?:(?:19|20)\d{2}\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*$")
_MONTH_IN = re.compile(r"(\d{1,2})\s*月")


def _one_month(words: str) -> int | None:
    """The one month a span of days names (7月16日—18日 → 7), or None."""
    months = {int(m) for m in _MONTH_IN.findall(words)}
    return months.pop() if len(months) == 1 else None




def quarters_range(words: str, year: int) -> tuple[str, str] | None:
    """(start, end) of the quarter or quarters ``words`` opens with (``第二、三季度`` → (``YYYY-04``, ``YYYY-09``)),
    or None."""
    m = re.match(r"\s*" + QUARTERS, words)
    if m is None:
        return None
    listed = _QUARTER_DIGIT.findall(m.group(0))
    return quarter_range(listed[0], year)[0], quarter_range(listed[-1], year)[1]


def quarter_range(q: str, year: int) -> tuple[str, str]:
    """``一`` → (``YYYY-01``, ``YYYY-03``)."""
    n = _Q[q]
    return f"{year:04d}-{3 * n - 2:02d}", f"{year:04d}-{3 * n:02d}"


__all__ = ["YEAR_QUARTERS", "bracket_date", "heading_bracket", "heading_date", "month_range", "quarter_range",
           "quarters_range"]


# --- a span whose marks a page lost or doubled: the end read where its digits allow one reading ------------------

# 「2016年10月8日至220日」: the end day doubled past any month's length (a scraped page repeats characters) — the
# span stays in the start's month; 「2023111日至1130日」: 年 and 月 lost, the end's digits part one way only (11月30日)
_DOUBLED_END = re.compile(r"(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*\d{1,2}\s*日\s*(?:至|到|[—–\-－~～]+)\s*"
                          r"(\d{3})\s*日")
# (the end's 月 may be back already, put back by the normaliser: 「2023111日至11月30日」)
_MARKS_LOST = re.compile(r"(?<!\d)((?:19|20)\d{2})\d{2,4}\s*日\s*(?:至|到|[—–\-－~～]+)\s*"
                         r"(?:(\d{3,4})|(\d{1,2})\s*月\s*(\d{1,2}))\s*日")


# 「2023年5月X日至X日」: the days masked, the month printed — the span is read at its month (Round 53 rulings on
# x238_04, as 「宣传周期间」 is read at its month), its end month where it prints one
_MASKED_DAYS = re.compile(r"(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*[XxＸｘ×*＊]{1,2}\s*[日号]\s*"
                          r"(?:至|到|[—–\-－~～]+)\s*(?:(\d{1,2})\s*月\s*)?[XxＸｘ×*＊]{1,2}\s*[日号]")


def marks_lost_end(words: str, year: int | None) -> str | None:
    """The last day (or month) of a span whose marks the page lost or doubled, or whose days it masked (above), or
    None."""
    from .normalise import month_day
    if (m := _MASKED_DAYS.search(words)) and (m.group(1) or year):
        return iso_day(int(m.group(1) or year or 0), int(m.group(3) or m.group(2)))
    if (m := _DOUBLED_END.search(words)) and int(m.group(3)) > 31 and (m.group(1) or year):
        return iso_day(int(m.group(1) or year or 0), int(m.group(2)))
    if (m := _MARKS_LOST.search(words)) and (end := month_day(m.group(2)) if m.group(2)
                                              else f"{m.group(3)}月{m.group(4)}日"):
        month, day = end[:-1].split("月")
        return iso_day(int(m.group(1)), int(month), int(day))
    return None
