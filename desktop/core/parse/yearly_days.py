"""The well-known yearly days a plan names, in one table both readers of them use: their first year (``plan_year``
reads a plan's year from 「今年是第N个世界气象日」, Round 49 rulings on x230_02, Round 50 on a masked year) and their
fixed date (``named_day_spans`` dates 「“海洋日”当天」 by the day's month where the plan writes no date, Round 48 on
x227_08).

A name is a pattern over the name as printed (traditional characters too: 氣 國 傳 無 衛 鹽); the words before the
day's own name (世界／全国／国际) are optional, so a plan's short 「气象日」 finds the same row. A day on a weekday of a
month (助残日, 文化遗产日) or a week or month (节能宣传周, 安全生产月) has no fixed date; a day whose first edition is
not known here has no first year.
"""
from __future__ import annotations

from typing import NamedTuple


class YearlyDay(NamedTuple):
    name: str                           # a pattern over the printed name
    first: int | None                   # the year of its first edition
    date: tuple[int, int] | None        # its fixed (month, day)


YEARLY_DAYS: tuple[YearlyDay, ...] = (
    YearlyDay("(?:世界)?[气氣]象日", 1961, (3, 23)),
    YearlyDay("碘缺乏病(?:防治)?(?:宣[传傳])?日", 1994, (5, 15)),
    YearlyDay("(?:世界)?狂犬病日", 2007, (9, 28)),
    YearlyDay("(?:全[国國])?[爱愛]耳日", 2000, (3, 3)),
    YearlyDay("(?:世界)?人口日", 1990, (7, 11)),
    YearlyDay("(?:世界)?肝炎日", 2011, (7, 28)),
    YearlyDay("[统統][计計][开開]放日", 2010, None),
    YearlyDay("(?:世界)?[献獻]血者日", 2004, (6, 14)),
    YearlyDay("(?:全[国國])?高血[压壓]日", 1998, (10, 8)),
    YearlyDay("(?:世界)?精神[卫衛]生日", 1992, (10, 10)),
    YearlyDay("防[灾災][减減][灾災]日", 2009, (5, 12)),
    YearlyDay("安全生[产產]月", 2002, None),
    YearlyDay("(?:世界)?[无無][烟煙]日", 1988, (5, 31)),
    YearlyDay("(?:世界)?艾滋病日", 1988, (12, 1)),
    YearlyDay("(?:[国國][际際])?禁毒日", 1988, (6, 26)),
    YearlyDay("世界水日", 1993, (3, 22)),
    YearlyDay("全[国國]助[残殘]日", 1991, None),
    YearlyDay("(?:世界)?[读讀][书書]日", 1996, (4, 23)),
    YearlyDay("[节節]能宣[传傳]周", 1991, None),
    YearlyDay("(?:[国國][际際])?博物[馆館]日", 1977, (5, 18)),
    YearlyDay("文化(?:和自然)?[遗遺][产產]日", 2006, None),
    YearlyDay("(?:世界)?(?:防治)?[结結]核病日", 1996, (3, 24)),
    YearlyDay("(?:全[国國])?[爱愛]牙日", 1989, (9, 20)),
    YearlyDay("(?:全[国國])?[爱愛]眼日", 1996, (6, 6)),
    YearlyDay("(?:全[国國])?[残殘]疾[预預]防日", 2017, (8, 25)),
    YearlyDay("全民健身日", 2009, (8, 8)),
    YearlyDay("(?:世界)?(?:粮食日|糧食日)", 1981, (10, 16)),
    YearlyDay("(?:世界)?地球日", 1970, (4, 22)),
    YearlyDay("(?:全[国國])?土地日", 1991, (6, 25)),
    YearlyDay("海洋(?:宣[传傳])?日", None, (6, 8)),
    YearlyDay("(?:世界)?[标標]准日", 1970, (10, 14)),
)

__all__ = ["YEARLY_DAYS", "YearlyDay"]
