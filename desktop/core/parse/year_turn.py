"""Dates a task's text gives without a year or without 前, read by ``tasks.build_tasks``:

- a plan that crosses the new year (2025—2026年度冬春… signed in October; 2025年冬春… signed in October;
  次年1月底前 then 2月底前): a year-less month before the signing month falls in the next year;
- a clause opening with its time (「6月份，各乡镇…」「3月中旬召开…」「4月-10月，全面开展筛查」「5月18日在…举办」):
  the work is done in that time, due at its end.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .dates import MONTH_PART, MONTHS_JOIN, Deadline, clamped_day, iso_day, month_date
from .normalise import first_month

# a title's two years (2025—2026年度 / 2025-2026学年 / 2025至2026年)
_CROSS_TITLE = re.compile(r"((?:19|20)\d{2})\s*年?\s*[—\-–~至到－―]+\s*((?:19|20)\d{2})\s*(?:年度|学年|年)")
# a season that crosses the new year in the title, or a date the text puts in the next year
_CROSS_SEASON = re.compile(r"冬春|今冬明春|秋冬|冬季|冬修|跨年|元旦|春节|两节|岁末年初|[供采]暖季")
_NEXT_YEAR_MONTH = re.compile(r"(?:次年|明年|翌年)\s*\d{1,2}\s*月")
_BODY_TURN_BEFORE = 4    # a turn from the body's 次年/明年 alone: months 1–3
_LATE_SIGNING = 9        # signed in September or later: the plan's work runs into the next year


# the occasion a plan serves, named with its year at the year's start 「2019年元旦、春节」「2024年春节」「2020年元宵节」
# (两节 is 元旦、春节 by their short name, rv56 F8; not a plan for after it 「2024年春节后复工复产」, which serves
# no day before the festival — its December is its own year, rv56 F6)
_OCCASION_YEAR = re.compile(r"((?:19|20)\d{2})\s*年\s*[“\"]?(?:元旦|春节|新春|元宵|两节)"
                            r"(?!节?[”\"]?\s*(?:之|以|过)?后)")
_LATE_MONTH = 11            # November and December fall before such an occasion


def occasion_turn(title: str, preamble: str) -> tuple[int, int, int] | None:
    """The turn of a plan for an occasion at the year's start that it names with its year, and no other year
    (「现就2019年元旦、春节全县文化活动提出如下方案」): a year-less day in November or December falls before the
    occasion, in the year before (Round 67 decided, x282_06's 「12月28日…“庆元旦…”越野赛」: 2018-12-28)."""
    words = f"{title}\n{preamble}"
    m = _OCCASION_YEAR.search(words)
    if m is None or any(y != m.group(1) for y in re.findall(r"((?:19|20)\d{2})\s*年", words)):
        return None
    year = int(m.group(1))
    return year - 1, _LATE_MONTH, year


def year_turn(title: str, plan_date: str | None, text: str, preamble: str = "") -> tuple[int, int, int] | None:
    """(year, month, last year) of the plan's signing where its year-less months before the signing month fall
    in the next year (up to ``last year``); None where the plan does not cross the new year or has no date
    (a plan for 2019年元旦 with no date: ``occasion_turn``)."""
    if not plan_date:
        return occasion_turn(title, preamble)
    sign_y, sign_m = int(plan_date[:4]), int(plan_date[5:7])
    m = _CROSS_TITLE.search(title)
    if m:
        first, last = int(m.group(1)), int(m.group(2))
        if last == first + 1 and sign_y in (first, last):
            return sign_y, sign_m, last
        return None
    years = re.findall(r"((?:19|20)\d{2})\s*年", title)
    if sign_m < _LATE_SIGNING or any(int(y) != sign_y for y in years):
        return None                  # (2026年…方案 signed in December 2025: its year already the next)
    if _CROSS_SEASON.search(title):
        return sign_y, sign_m, sign_y + 1
    if _NEXT_YEAR_MONTH.search(text):
        # one 明年3月底前 in a plan of one year: only months close to the new year turn (次年1月底前 then 2月底前),
        # not catch-up work before the signing (8月底前补报上半年台账, signed in September)
        return sign_y, min(sign_m, _BODY_TURN_BEFORE), sign_y + 1
    return None


def turned(d: Deadline, turn: tuple[int, int, int] | None) -> Deadline:
    """A year-less deadline put in the year its month falls in after the plan's signing (``year_turn``)."""
    if turn is None or not d.year_inferred or len(d.date) != 10:
        return d
    date = turned_date(d.date, turn, d.words)
    return d if date == d.date else replace(d, date=date)


def turned_date(date: str, turn: tuple[int, int, int], words: str = "") -> str:
    """A day (ISO) whose year was taken, not written, put in the year its month falls in after the plan's signing
    (``turned``'s rule, for a day that is no ``Deadline`` — a duty's); ``words``: what was written."""
    sign_y, sign_m, last = turn
    year, month, day = int(date[:4]), int(date[5:7]), int(date[8:])
    if not sign_y <= year <= sign_y + 2:
        return date
    if _NEXT_YEAR_MONTH.match(words):
        want = sign_y + 1            # 次年3月底前 in a 2026—2027年度 plan signed in 2026: 2027, not the title's next
    else:
        want = min(sign_y if month >= sign_m else sign_y + 1, last)
    if want == year:
        return date
    return iso_day(want, month, clamped_day(want, month, day)) or date


# a clause opening with its time, and what is done then: 「6月份，…」「3月中旬召开…」「5月18日在…举办」
# 「4月-10月，全面开展筛查」 (a range: its end)
# (4-10月 / 7、8月份: the first month's 月 left to the second's; 11月中下旬: due at the end of the later part)
# (its month parts and the mark between two months: dates.MONTH_PART / dates.MONTHS_JOIN, as stage_names reads them)
_WHEN = (r"(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*(?:月|(?=\s*" + MONTHS_JOIN + r"\s*\d{1,2}\s*月))"
         r"(?:份|\s*(\d{1,2})\s*[日号]|\s*(?:上|中)?(" + MONTH_PART + r"))?")
_CLAUSE_TIME = re.compile(
    # (or after the doer's 将 「今年我委将于5月、10月组织…」: the months it holds its rounds in, the later one)
    r"(?:^|(?<=[\n。；;：:])|(?<=将|拟)(?=\s*于))\s*(?:在|于)?(?:" + _WHEN
    + r"(?:\s*" + MONTHS_JOIN + r"\s*" + _WHEN + r")?"
    # (二季度，完成改厕1000户 / 2025年第三季度，…: due at the quarter's end)
    + r"|(?:((?:19|20)\d{2})\s*年\s*)?第?([一二三四])\s*季度(?:末|底)?)"
    + r"(?:\s*[，,](?!\s*(?:是|为))|(?=\s*(?:在|召开|举办|举行|开展|组织|完成|启动|进行|集中|全面)))")


# a measure's window, not a time work is done in: 「…，对…企业，返还/减免/补贴…」 (its clause names the relief)
_MEASURE = re.compile(r"政策|费率|补贴|优惠|减免|免征|缓缴|减征|降费|返还")
# what was done or happens to the unit (召开了 / 进行了 / a law 施行 / 生效), and work done again and again (每月…)
_PAST = re.compile(r"已经?|累计|同比|以来|被评为|获评|(?<![为除])了(?![解])|施行|生效|正式实施"
                   r"|每(?:个)?(?:月|周|旬|天|日|季度?)")


def _clause_end(text: str, at: int) -> int:
    m = re.compile(r"[。；;\n]").search(text, at)
    return m.start() if m else len(text)


def clause_dates(text: str, year: int | None) -> list[Deadline]:
    """The times clauses of ``text`` open with (a range by its end); the year from ``year`` where none is
    written. Not a time a measure starts (…起) nor one inside a sentence."""
    found: list[Deadline] = []
    text = first_month(text)        # (元月中下旬 is January's: 元月 and 1月 are the same length, the places hold)
    for m in _CLAUSE_TIME.finditer(text):
        y1, mo1, d1, p1, y2, mo2, d2, p2, qy, q = m.groups()
        if q:
            y1, mo1, p1 = qy, str(3 * "一二三四".index(q) + 3), "底"
        if mo2:
            y, mo, d, p = (y2 or y1), mo2, d2, p2
        else:
            y, mo, d, p = y1, mo1, d1, p1
        use = int(y) if y else year
        if use is None or not 1 <= int(mo) <= 12 or year is not None and use < year \
                or _PAST.search(text, m.end(), _clause_end(text, m.end())):
            continue                      # 2024年6月，我县被评为… / 1-6月，全县已完成投资…: what was done
        if _MEASURE.search(text, m.end(), _clause_end(text, m.end())):
            continue                      # 2019年1月1日至12月31日，对…企业，返还标准可…: how long a measure runs
        if mo2 and not y2 and int(mo2) < int(mo1):
            use += 1                      # 2025年11月-2月: the range runs into the next year
        date = month_date(use, int(mo), d, p, False)
        if date:
            found.append(Deadline(m.start(), m.end(), date, not y and not y1, m.group(0).strip(" ，,")))
    return found
