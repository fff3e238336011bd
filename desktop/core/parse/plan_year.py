"""The year a plan's undated months fall in: its title's year, its phases', its date's, a school term's, else the
year its text names most (moved out of ``__init__`` — the parse's one entry point — as one responsibility)."""
from __future__ import annotations

import re
from collections import Counter

from desktop.core.model import Phase

from .dates import years_in
from .lunar_days import glossed_year
from .meta import title_year
from .normalise import cn_to_int
from .site_titles import PLAN_WORD
from .yearly_days import YEARLY_DAYS

# what a plan's or a notice's title ends with (a site's headline 「2017年世界艾滋病日宣传主题及宣传口号(2)」 ends
# with neither: its year is the site's, Round 45 rulings)
_OWN_TITLE_END = re.compile(PLAN_WORD + r"|通知|决定|通报|函|报告|总结|活动|工作|大纲|[)）】]\S{0,3}$")


def _headline_year(title: str, year: int, text: str) -> bool:
    """A site's headline over a piece of another year: its title no plan's, its year written nowhere but the
    headline while the text writes others."""
    return not _OWN_TITLE_END.search(re.sub(r"\s*[(（]\d{1,2}[)）]$", "", title)) \
        and text.count(str(year)) <= 1 and any(y != year for y in years_in(text))


def default_year(title: str, phases: list[Phase], date: str | None, text: str) -> int | None:
    year = title_year(title)
    if year and not _headline_year(title, year, text):
        return year
    for p in phases:
        day = p.start or p.end
        if day:
            return int(day[:4])
    if date:
        return int(date[:4])
    if term := _plan_term(title, text):
        return term
    # (not the span of years a cited document's title gives 《全民健身计划(2011-2015年)》: that document's period,
    # not the plan's year — round 42, the text's own year; a cited year's own plan 《…印发2016年…方案的通知》 stays)
    years = Counter(years_in(_CITED.sub(_unspanned, text) if "《" in text else text))
    if year and len(years) > 1:
        del years[year]                 # (the headline's year is the site's: the text's own years decide)
    return years.most_common(1)[0][0] if years else _anniversary_year(text) or ordinal_year(text) \
        or glossed_year(text)       # (「2月8日(初一)」: the year whose 正月初一 fell on that day, x295_01)


# a plan that writes no year but the anniversary it keeps 「结合我市庆祝建国71周年…系列活动」: the year of that
# anniversary (the founding's year and the count; one such year only)
_FOUNDED = {"建国": 1949, "新中国成立": 1949, "建党": 1921, "中国共产党成立": 1921, "建军": 1927, "改革开放": 1978}
_ANNIVERSARY = re.compile(r"(建国|新中国成立|建党|中国共产党成立|建军|改革开放)\s*(\d{1,3})\s*周年")


def _anniversary_year(text: str) -> int | None:
    found = {_FOUNDED[m.group(1)] + int(m.group(2)) for m in _ANNIVERSARY.finditer(text)} if "周年" in text else set()
    return found.pop() if len(found) == 1 else None


# a plan that prints no year (or masks it 「20**年」) but the edition of the yearly day it keeps
# 「今年3月3日是第18次“全国爱耳日”」「今年3月23日是世界气象日第52个纪念日」 (Round 49 rulings on x230_02,
# Round 50 on a masked year): the year of that edition — the day's first year and the count (``yearly_days``'s
# table, which ``named_day_spans`` reads for the days' dates)
_FIRST_EDITION = {d.name: d.first for d in YEARLY_DAYS if d.first}
_DAY_NAMES = re.compile("|".join(f"(?:{k})" for k in _FIRST_EDITION))
_DAY_KEYS = [(re.compile(k), v) for k, v in _FIRST_EDITION.items()]
# the sentence that states the edition: 今年／a masked year／a month's day, then 是, then 第N个(届/次) near the name
_EDITION = re.compile(r"(?:今年|20[xX×*＊]{2}\s*年|(?<![\d年])\d{1,2}\s*月\s*\d{1,2}\s*日)[^。；;\n]{0,12}?是"
                      r"[^。；;\n]{0,24}?第\s*([一二三四五六七八九十]{1,3}|\d{1,3})\s*[个個届屆次]")


# the edition written straight before the day's name, as a plan's own title or sentence names its event
# 「第47届“世界标准日”宣传活动方案」「为做好第二十三届防治碘缺乏病宣传日活动」 (Round 52 rulings on x238_02, Round 53 on
# x241_01: the ordinal fixes the year without 今年) — read only where no sentence states the edition (``_EDITION``)
# (the name's own first words may stand before the table's: 防治碘缺乏病宣传日, 全国…; not other words 「第5个片区的…」)
_OWN_EDITION = re.compile(r"第\s*([一二三四五六七八九十]{1,3}|\d{1,3})\s*[个個届屆次]\s*[“\"「]?")
_NAME_LEAD = re.compile(r"(?:全[国國]|世界|[国國][际際]|中[国國]|防治)+")


def _own_editions(text: str) -> set[int]:
    found = set()
    for m in _OWN_EDITION.finditer(text):
        lead = _NAME_LEAD.match(text, m.end())
        name = _DAY_NAMES.match(text, m.end()) or (_DAY_NAMES.match(text, lead.end()) if lead else None)
        count = int(m.group(1)) if m.group(1).isdigit() else cn_to_int(m.group(1))
        if name and count:
            found.add(next(v for k, v in _DAY_KEYS if k.fullmatch(name.group(0))) + count - 1)
    return found


def ordinal_year(text: str) -> int | None:
    """The one year the editions of yearly days the text names fix (``_EDITION``; else ``_OWN_EDITION``), or None."""
    if "第" not in text:
        return None
    found = set()
    for m in _EDITION.finditer(text) if "是" in text else ():
        stop = min((i for i in (text.find(c, m.end()) for c in "。；;\n") if i >= 0), default=len(text))
        name = _DAY_NAMES.search(text, m.start(), min(stop, m.end() + 30))
        if not name:
            continue
        first = next(v for k, v in _DAY_KEYS if k.fullmatch(name.group(0)))
        count = int(m.group(1)) if m.group(1).isdigit() else cn_to_int(m.group(1))
        if count:
            found.add(first + count - 1)
    if not found:
        found = _own_editions(text)
    return found.pop() if len(found) == 1 else None


_CITED = re.compile(r"《[^《》\n]{1,120}》")
_CITED_SPAN = re.compile(r"(?:19|20)\d{2}\s*年?\s*[-—–~～至到－]+\s*(?:19|20)\d{2}\s*年")


def _unspanned(m: re.Match[str]) -> str:
    return _CITED_SPAN.sub("", m.group(0))


# a school year's term (2010-2011学年度下学期 / xx年-2011学年第二学期 / 2023-2024学年度第一学期): a spring term's months
# are in the school year's second year, an autumn term's (第一学期/上学期/秋季学期) in its first
_TERM = re.compile(r"((?:19|20)\d{2}|[xX×*]{1,4})\s*年?\s*[-—－~～至]\s*((?:19|20)\d{2})\s*学年度?\s*"
                   r"(?:(下学期|第二学期|春季学期)|上学期|第一学期|秋季学期)")
_PLAN_WORD = re.compile(r"[^。，,；;\n]{0,6}?(?:计划|安排|要点|方案)")


def _plan_term(title: str, text: str) -> int | None:
    """The year a term plan's months fall in, from the term its title names, else the term the text says the plan
    is for (特制定xx年-2011学年度下学期工作计划) — not a term the text only mentions (…为第二学期打好基础)."""
    term = _TERM.search(title)
    if term is None:
        term = next((m for m in _TERM.finditer(text) if _PLAN_WORD.match(text, m.end())), None)
    if term is None:
        return None
    second = int(term.group(2))
    return second if term.group(3) else second - 1


# the note on a task whose date was given the year it lacks (``tasks``)
# 「任务 一.3 的时限“10月底前”没有写年份，已按 2024 年处理，请核对。」, and the same read back
YEAR_TAKEN_NOTE = "任务 {key} 的时限“{words}”没有写年份，已按 {year} 年处理，请核对。"
_YEAR_TAKEN = re.compile("^" + YEAR_TAKEN_NOTE.format(key=r"\S+", words="[^”]*", year=r"((?:19|20)\d{2})") + "$")


# a list of one year's work by its title's end 「…2024年重点工作任务清单」「…2024年工作要点」「…2024年度工作计划」
# (not a 工作方案, whose title's year may be the year it was written in — its yearless dates stay flagged, w57a)
_YEARS_LIST = re.compile(r"(?:清单|要点|任务|计划)(?:[(（][^()（）]{1,8}[)）])?$")


# the one line that says it for every row (ux62 finding 7), where the plan itself fixes the year
PLAN_YEAR_NOTE = "完成时限未写年份的，按方案年份 {year} 年处理。"
_NOTE_MONTH = re.compile(r"(\d{1,2})\s*月|(年底|年末|年内|全年|下半年)")


def title_year_notes(title: str, warnings: list[str], date: str | None = None,
                     phases: list[Phase] | None = None) -> list[str]:
    """``warnings`` without the notes on a yearless date given the one year the plan itself fixes, with one line
    instead (``PLAN_YEAR_NOTE``): the clerk has read that year, no guess to check on every row (ux62 finding 7, 15
    of 15 rows yellow). The plan fixes the year where its title names that one year and is a list of the year's work
    「宜昌市生态环境局2024年重点工作任务清单」 (ux59 item 3), or where its title and its date name no other year, one
    of them names it, its phases run in it and the yearless date falls after the plan's date 「2025年…分工方案」 of
    2025-02-10 over 「12月底前」. A guess keeps its row's note: no year in title or date, title and date (or a
    phase) in different years, a title spanning years 「2024—2025年…」, or a month before the plan's date (a
    方案 written in November 「3月底前」 may mean next year, w57a)."""
    years = set(re.findall(r"((?:19|20)\d{2})\s*年", title))
    if len(years) > 1:
        return warnings
    listed = bool(years) and _YEARS_LIST.search(title) is not None
    own = years | ({date[:4]} if date and date[:4].isdigit() else set())
    spans = {y for p in phases or () for y in (p.start and p.start[:4], p.end and p.end[:4]) if y}
    out, dropped = [], set()
    for warning in warnings:
        m = _YEAR_TAKEN.match(warning)
        if m is None or m.group(1) not in own:
            out.append(warning)
            continue
        year = m.group(1)
        words = _NOTE_MONTH.search(warning[warning.index("“"):])
        month = 12 if words and words.group(2) else int(words.group(1)) if words else None
        before_issue = bool(date and date[:4] == year and month and month < int(date[5:7] or 0))
        fixed = listed and year in years or (len(own) == 1 and spans <= own and not before_issue)
        if fixed:
            dropped.add(year)
        else:
            out.append(warning)
    return out + [PLAN_YEAR_NOTE.format(year=y) for y in sorted(dropped)]


# a phase's window that opens on the day of issue 「動員部署階段(即日-4月10日)」「（即日起至5月底）」
_FROM_ISSUE = re.compile(r"[(（]\s*(?:即日|今日)起?\s*[-—–~～至到]")


def issued_starts(phases: list[Phase], date: str | None) -> None:
    """A phase whose window opens 即日 starts in the month the plan is dated (Round 81 decided on x308_03: 即日 is
    the day the plan is issued, resolved from the date it prints; its printed end stays as printed, even before
    that start). Where the plan prints no date, its phases stay as read."""
    if not date:
        return
    for phase in phases:
        at = phase.text.find(phase.name)
        if at >= 0 and _FROM_ISSUE.match(phase.text, at + len(phase.name)):
            phase.start = date[:7]
