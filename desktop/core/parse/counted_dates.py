"""Deadlines counted from something the plan names rather than written as a date, read by ``tasks.build_tasks``:

- 「在本意见印发之日起30日内」: the plan's own date plus that many days;
- 「历时三年全面调查」「用3年左右时间基本完成」: that many years from the plan's first year.

(Moved out of ``dates`` in round 34, which had reached the 700-line limit; both build on its ``Deadline``.)
"""

from __future__ import annotations

import datetime as _dt
import re

from .dates import Deadline
from .normalise import cn_to_int, first_month
from .prefilter import led

_RELATIVE = re.compile(r"(?:印发|发布|出台|下发|实施|施行)之日起\s*(\d{1,3})\s*(?:日|天)(?:内|以内)")


def relative_deadline(text: str, plan_date: str | None) -> Deadline | None:
    """「在本意见印发之日起30日内」: the plan's date plus that many days (None without a date)."""
    m = _RELATIVE.search(text)
    if not m or not plan_date:
        return None
    try:
        day = _dt.date.fromisoformat(plan_date) + _dt.timedelta(days=int(m.group(1)))
    except ValueError:
        return None
    return Deadline(m.start(), m.end(), day.isoformat(), False, m.group(0))


_SPAN = led(re.compile(r"(?:历时\s*(?P<n>[一二两三四五六七八九十]|\d{1,2})\s*年(?!半)"
                   r"|(?:利)?用\s*(?P<m>[一二两三四五六七八九十]|\d{1,2})\s*年(?:左右)?(?:的)?时间)"))


# 「自2017年4月起，利用一个月时间，…」: months counted from the month the work starts in
_MONTHS_FROM = re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年)?[ \t]{0,2}"
                          r"(?P<mo>\d{1,2})\s*月份?(?:\s*\d{1,2}\s*日)?\s*(?:起|开始)"
                          r"[，,]{0,2}\s*(?:利用|用|历时)\s*(?P<n>[一二两三四五六七八九十]|\d{1,2})\s*个(?:多)?月(?:左右)?(?:的)?时间")


def months_deadline(text: str, default_year: int | None) -> Deadline | None:
    """「自2017年4月起，利用一个月时间」: the work runs that many months after its start month, ending in the month
    that many on (2017-05, Round 39 rulings); None without a year."""
    m = _MONTHS_FROM.search(text) if "个" in text and "月" in text else None
    if not m or not (year := int(m.group("y")) if m.group("y") else default_year):
        return None
    months = cn_to_int(m.group("n").replace("两", "二"))
    if not months or months > 24 or not 1 <= int(m.group("mo")) <= 12:
        return None
    end = year * 12 + int(m.group("mo")) - 1 + months
    y, mo = divmod(end, 12)
    last = (_dt.date(y + (mo + 1) // 12, (mo + 1) % 12 + 1, 1) - _dt.timedelta(days=1)).day
    return Deadline(m.start(), m.end(), f"{y:04d}-{mo + 1:02d}-{last:02d}", not m.group("y"), m.group(0))


# 「决定自5月24日起开展为期100天的…行动」: days counted from the day the work starts
_DAYS_FROM = re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年)?[ \t]{0,2}"
                        r"(?P<mo>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:起|开始)"
                        r"[^。；;，,]{0,12}?为期\s*(?P<n>\d{1,3})\s*天")
# 「从元月9日起,各村委会利用一周时间,…集中组织开展…」: weeks counted from the day the work starts, the doer between
# (Round 83 on x312_05 (一): a start with a length has an end)
_WEEKS_FROM = re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年)?[ \t]{0,2}"
                         r"(?P<mo>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:起|开始)[，,]?[^。；;，,]{0,12}?"
                         r"(?:利用|用|历时)\s*(?P<w>[一二两三四]|\d)\s*(?:个)?(?:周|星期)(?:左右)?(?:的)?时间")


def days_deadline(text: str, default_year: int | None) -> Deadline | None:
    """「自5月24日起开展为期100天的…」: the work runs that many days from its first day, the last of them its end
    (2022-08-31; a start with its length has an end, Round 39 rulings; Round 77 on x303_04); None without a year."""
    m = _DAYS_FROM.search(text) if "为期" in text else None
    m = m or (_WEEKS_FROM.search(text) if "周" in text or "星期" in text else None)
    if not m or not (year := int(m.group("y")) if m.group("y") else default_year):
        return None
    try:
        first = _dt.date(year, int(m.group("mo")), int(m.group("d")))
    except ValueError:
        return None
    days = int(m.group("n")) if "n" in m.groupdict() else 7 * (cn_to_int(m.group("w").replace("两", "二")) or 0)
    last = first + _dt.timedelta(days=days - 1)
    return Deadline(m.start(), m.end(), last.isoformat(), not m.group("y"), m.group(0))


# a year a page or a template masks 「到XX 年底」「××年」 (round 57's x255_08: masked years date nothing)
_MASKED_YEAR = re.compile(r"[XxＸｘ×＊*]{2,4}\s*年")


def span_deadline(text: str, start_year: int | None) -> Deadline | None:
    """「历时三年全面调查」「用3年左右时间基本完成」: the work spans that many years from the plan's
    first year (2024—2026年 → 2026-12-31); None without a year to count from. Months counted from a start month
    (``months_deadline``) first."""
    if (by_months := months_deadline(text, start_year)) is not None:
        return by_months
    if (by_weeks := _WEEKS_FROM.search(first_month(text)) and days_deadline(first_month(text), start_year)):
        return by_weeks             # (「从元月9日起,…利用一周时间」: its last day)
    m = _SPAN.search(text)
    if not m or start_year is None:
        return None
    opens = max(text.rfind(stop, 0, m.start()) for stop in "。；;") + 1
    sentence = text[opens:m.start()]
    if _MASKED_YEAR.search(sentence):
        return None         # 「四是到XX 年底,力争用三年时间,…」: counted from a year the page masks — it dates nothing
    years = cn_to_int((m.group("n") or m.group("m")).replace("两", "二"))
    if not years or years > 20:
        return None
    return Deadline(m.start(), m.end(), f"{start_year + years - 1}-12-31", False, m.group(0))


__all__ = ["days_deadline", "months_deadline", "relative_deadline", "span_deadline"]
