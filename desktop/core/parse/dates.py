"""Dates and deadlines in plan text: ``到2021年底``, ``6月底前``, ``“十四五”末`` …

All functions work on ``compact`` text (no stray spaces) and never raise. The words that make a date read here no
deadline (a base year, a measure's window, which things are meant, a past fact, a cited title) are
``date_exclusions``; the spans of stages and the dates of headings' brackets, read on top of ``find_deadlines``,
are ``date_spans``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from .bracket_work import CLOSING_BRACKET, bracket_after_work
from .date_exclusions import (
    _AGE_BY,
    _BASE_AFTER,
    _BASE_BEFORE,
    _BASE_DATE_AFTER,
    _CITED_TITLE,
    _DONE_BY,
    _EVENT_NAMED_AFTER,
    _EXPIRES_BY,
    _HAPPENED_IN,
    _IN_FORCE,
    _MADE_THEN,
    _PAST_AFTER,
    _SUPPORT,
    _SUPPORTED_BY,
    BASE_WORK_AFTER,
    RELIEF_AFTER,
    _window_end,
    joined_pick,
)
from .normalise import cn_digits_to_int, cn_to_int, first_month
from .prefilter import led
from .quarter_steps import quarter_steps, year_steps

# a span of years as a plan's period writes it: 2018—2020年, 2024-2026, 2020―2022年
YEAR_SPAN = r"(?:19|20)\d{2}\s*[—\-–~至－―]+\s*(?:19|20)\d{2}\s*年?"


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def iso_day(year: int, month: int, day: int | None = None) -> str | None:
    """``YYYY-MM-DD``; day None means the last day of the month; None if invalid."""
    if not (1900 <= year <= 2200 and 1 <= month <= 12):
        return None
    last = _MONTH_DAYS[month] + (month == 2 and calendar.isleap(year))   # (monthrange's day count, no weekday)
    day = last if day is None else day
    if not 1 <= day <= last:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def run_on_day(year: int, month: int, first_day: int, last_day: int) -> str | None:
    """The last day (ISO) of a span of days whose month is printed once 「3月28日至7日」: in ``month``, or — a last day
    before the first — in the next month (「12月28日至3日」: January of the next year; Round 83 on x312_03)."""
    if last_day < first_day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return iso_day(year, month, last_day)


def quarter_before(year: int, quarter: int) -> tuple[int, int]:
    """The year and month ending the quarter before ``quarter`` of ``year``: 「三季度前」 is done by the end of June,
    「一季度前」 by the end of the December before, as 「6月前」 is by the end of May (Round 77's x302_01, Round 81's
    p59e-1)."""
    return (year - 1, 12) if quarter == 1 else (year, 3 * quarter - 3)


def clamped_day(year: int, month: int, day: int) -> int:
    """A day the month does not have, as written in a real plan (2008年9月31日前, 2月30日): the
    month's last day (29–31 only; 9月40日 stays impossible)."""
    if 1900 <= year <= 2200 and 1 <= month <= 12 and 29 <= day <= 31:
        return min(day, calendar.monthrange(year, month)[1])
    return day


_IMPOSSIBLE = led(re.compile(r"(?:((?:19|20)\d{2})\s*年\s*)?(?<![\d.])(\d{1,2})\s*月\s*(29|30|31)\s*日"))
# what every match of it ends with: a text without is passed over (the pattern's optional year in front makes it
# try every position of the whole plan)
_LATE_DAY = re.compile(r"(?:29|30|31)\s*日")


def impossible_dates(text: str, default_year: int | None) -> list[tuple[str, str]]:
    """(words, date read) for each day a month does not have (2008年9月31日): read as the month's
    last day, and the plan says so."""
    out: list[tuple[str, str]] = []
    for m in _IMPOSSIBLE.finditer(text) if _LATE_DAY.search(text) else ():
        year = int(m.group(1)) if m.group(1) else default_year
        month, day = int(m.group(2)), int(m.group(3))
        if year is None or not 1 <= month <= 12 or iso_day(year, month, day):
            continue
        date = iso_day(year, month, clamped_day(year, month, day))
        if date and (m.group(0), date) not in out:
            out.append((m.group(0), date))
    return out


# 2024年3月1日 / 2024-03-01 / 2024.3.1 / 二〇二四年三月一日
FULL_DATE = re.compile(
    r"((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-./](\d{1,2})[-./](\d{1,2})(?!\d))"
    r"|([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")


def parse_full_date(m: re.Match[str]) -> str | None:
    if m.group(1):
        year = int(m.group(1))
        month = int(m.group(2) or m.group(4))
        day = int(m.group(3) or m.group(5))
    else:
        year = cn_digits_to_int(m.group(6)) or 0
        month = cn_to_int(m.group(7)) or 0
        day = cn_to_int(m.group(8)) or 0
    return iso_day(year, month, day) or iso_day(year, month, clamped_day(year, month, day))


@dataclass
class Deadline:
    start: int
    end: int
    date: str
    year_inferred: bool
    words: str


_FYP = re.compile(r"[“\"']?十([一二三四五六])五[”\"']?(?:规划)?(?:时期|期间)?"
                  r"(末|期末|末期|(?:期间|时期)(?=[，,、内要将全基完实累新建力确共在\s]|$))")
# 总结／回顾 before a five-year period: the period looked back on (认真总结“十一五”期间…工作), not one the work is
# due in; 「严格“十四五”期间用水总量…指标」 (期间 before a noun: what it counts) no date, only 「期间，」「期间完成」
_LOOKED_BACK = re.compile(r"(?:总结|回顾|盘点)(?:好|了)?[^，,。；;]{0,3}$")
_FYP_END = {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030, "六": 2035}

# a part of a month after its number: its end (6月底 / 6月末) or its ten days (4月上旬 / 中旬 / 下旬; their dates:
# month_date); and the mark between the two ends of a range of times (4月-10月 / 3至5月 / 2025年11月—2026年2月).
# The one place for every reader of months (here, date_spans, year_turn)
MONTH_PART = r"底|末|上旬|中旬|下旬"
RANGE_SEP = r"[-—–~至到－]"
# two months joined as a range or listed (4-10月 / 7、8月份): a step's or a clause's time, its end the later one
MONTHS_JOIN = r"(?:" + RANGE_SEP + r"|、)"

# 4月20日(星期五)前 / 4月20日（周五）前: the weekday a notice adds after a day
# (or its lunar day 「2月8日(初一)」「2月22日(正月十五)」, a festival plan's gloss: the solar day is the one read,
# x295_01)
LUNAR_GLOSS = (r"(?:农历)?(?:正月|腊月)?(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?"
               r"|三十)日?")        # (「2月10日(正月十一日)」: the lunar day written with 日 too)
WEEKDAY = r"(?:\s*[(（](?:(?:星期|周|礼拜)[一二三四五六日天]|" + LUNAR_GLOSS + r")[)）])?"
# 12月1日上午8:30前 / 9月17日17时前: the hour a day's limit falls at (before 前 only): the day is the limit
CLOCK_BEFORE = (r"(?:\s*(?:上午|下午|中午|晚上|早上)?\s*\d{1,2}(?:[:：]\d{2}|时|点)(?:\s*\d{1,2}\s*分)?"
                r"(?=\s*(?:之前|以前|前)))?")

# 到2021年底 / 在2021年底之前 / 2022年底前 / 到2025年 / 2024年6月底前 / 2022年12月31日前
_YEAR_DL = led(re.compile(
    r"(截至|截止到|截止|到|至|在|于|力争|争取|确保|计划|预计)?\s*((?:19|20)\d{2})\s*年"
    # (「2023年4底前」: 月 left out before 底前, as a typo)
    r"(?:\s*(\d{1,2})\s*(?:月|(?=底\s*(?:之前|以前|前)))(?:\s*(\d{1,2})\s*日" + WEEKDAY + CLOCK_BEFORE
    + r"|\s*(" + MONTH_PART + r"))?)?"
    r"\s*(年底|年末|底|末|上半年|下半年)?\s*(之前|以前|前|内|起|以来)?"))
# 2023年-2024年累计完成 / 2023—2024年计划新增: a span of years opening what is to be done in it
_YEAR_SPAN_GOAL = led(re.compile(r"(?<![\d年])((?:19|20)\d{2})\s*年?\s*[-—–~－至到]\s*((?:19|20)\d{2})\s*年"
                             r"(?=\s*[，,]?\s*(?:累计|计划|共计|合计|共|力争|确保|全面|基本|完成|新增|新建|建成|创建|"
                             r"实现|推进|开展|改造|建设))"))
# 「活动成果材料截止时间为2024年10月7日」「报名截止日期：10月7日」: a day the work's papers are due by, written as the
# cut-off time's value (a limit like 前)
# (not the day data are counted to 「采用数据截止日期为2020年12月31日」: what the figures cover, no deadline)
_CUTOFF_BEFORE = re.compile(r"(?<!数据)(?<!统计)截[止至](?:时间|日期)\s*(?:为|是|[:：])\s*$")
# a range going on after a date 「…9月中旬至12月」「…上旬—」: the date is the range's start
_SPAN_ON = re.compile(r"\s*(?:" + RANGE_SEP + r")\s*(?:(?:19|20)\d{2}\s*年\s*)?\d")
# 6月底前 / 4月中旬前 / 11月30日前 (no year)
_MONTH_DL = re.compile(
    # (7月10号前: 号 for 日, as spoken)
    r"(?<![\d年.\-/])(\d{1,2})\s*月份?(?:\s*(\d{1,2})\s*(?:[日号]" + WEEKDAY + CLOCK_BEFORE
    # (「于12月10前将…上报」: 日 lost before 前, the day all the same — not 「3月10前后」, around the day)
    + r"|(?=(?:之|以)?前(?!后)))|\s*(" + MONTH_PART + r"))?\s*(之前|以前|前)?")
# 「每年2月底和8月底前」: the months a yearly rhythm lists (round 34), the second one as much a rhythm as the first
_EVERY_LISTED = re.compile(r"每(?:年|季度?)\s*\d{1,2}\s*月(?:底|末|份|\s*\d{1,2}\s*日)?\s*(?:和|、|及|与|或)\s*$")
# 从11月1日开始,到11月30日结束 / 至12月底止: the end of a time window (no year)
_WINDOW_END = re.compile(r"(?:到|至)\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日|\s*(底|末))\s*(?:结束|截止|为止|止)")
# 今年6月底前 / 今年年底前 / 明年3月底前 / 今年内: the plan's year (or the next)
_REL_YEAR_DL = re.compile(
    r"(今年|本年度|本年|当年|明年|次年)(?:\s*(\d{1,2})\s*月份?(?:\s*(\d{1,2})\s*日|\s*(" + MONTH_PART + r"))?"
    r"|\s*(年底|年末|底|末|上半年|下半年|内(?=(?:全面|基本|全部)?(?:完成|建成|实现|出台|印发|启动|开工|竣工))"
    # 「今年我省将组织开展…复核工作」「今年要全面开展…」: the year's own work, announced for it — due within it as
    # 年内 is (Round 55 rulings on x241_02; rounds 34, 46); not 「今年的主题是…」「今年以来」
    r"|(?=(?:我[省市县区镇乡]|全[省市县区镇乡])?[将要](?:组织|开展|完成|实施|举办|启动|全面))))?"
    r"\s*(之前|以前|前)?")
_REL_WORD = re.compile("今年|本年|当年|明年|次年")
_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})\s*年(?![度—\-–~至到－―])")
# 自即日起至6月30日: a work that starts now, done by that day
_FROM_TODAY = re.compile(r"(?:即日|今日|即时)起?\s*(?:至|到)\s*$")
# 2024年第三季度 / 第三季度 / 三季度末 / 一季度前: the quarter's last day (not 单一季度内 / 同一季度 / 任一季度:
# one quarter, no date; nor a yearly rhythm 「每年的第一季度内」, round 34)
_QUARTER_DL = re.compile(r"(?<!每)(?<!每年)(?<!每年的)(?<!每年第)(?<!每年的第)"
                         r"(?:((?:19|20)\d{2})\s*年\s*)?(?<![前每后近单同任某])(第)?"
                         r"([一二三四1-4])\s*季度"
                         r"\s*(末|底)?\s*(之前|以前|前|内)?")
_YEAR_QUARTER = re.compile(r"\s*第?[一二三四1-4]\s*季度")     # (2023年一季度: a quarter of that year)
_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# 力争一季度一批项目投产 / 确保二季度… : a bare quarter aimed at; 三季度全面完成: what is done in it
_AIMED = re.compile(r"(?:(?:力争|确保|争取|务必)(?:在|于)?|(?:于|在)(?:今年|本年度?))\s*$")   # (将于今年一季度开展…)
_DONE_IN = re.compile(r"\s*(?:全面|基本|全部)?(?:完成|建成|竣工|投产|投用)")
# 上半年 / 下半年 without a year
# a thing's own date named before a boundary 「生产日期在2015年12月31日及以前的，判定为国1」「出厂日期在…以后
# 的」: the date says which things are meant, as 「2015年以前登记的车辆」 does (``_MADE_THEN``) — no deadline
_THINGS_DATE = re.compile(r"(?:生产|出厂|制造|注册|登记|购置|购买|出生|建成|竣工)日期$")
# a date inside the quoted name of the goal an item works toward 「围绕“2030年基本完成不成套职工住宅改造”的总体
# 目标，全面梳理…」: the goal's date stays the goal's (rounds 39, 44; Round 93's turned x343_04 五、（三）1)
_GOAL_QUOTED_BEFORE = re.compile(r"(?:围绕|紧扣|聚焦|锚定|对标|瞄准|对照)[“\"]$")
_GOAL_QUOTED_AFTER = re.compile(r"[^”\"。；;]{0,40}[”\"]的?[\u4e00-\u9fff]{0,4}目标")
_HALF_DL = re.compile(r"(?<![\d年今明本当去每])(上半年|下半年)\s*(之前|以前|前|内)?")
# 年底前 / 年底 (no year), 年内 (not in a noun 「适龄青年底数」「老年」, a rhythm 「每年底」, an event 「开展年末指导」)
_BARE_YEAR_END = led(re.compile(r"(?<![\d年今明去本当一二两三四五六七八九十几数多半青老少成童晚幼壮每])"
                            # (not the topic of a statement 「年底是各类矛盾纠纷…集中反映期」: a time of year
                            # described, no work's end)
                            r"((?<!开展|组织|进行)(?:年底前|年底之前|年底|年末)(?!是)|"
                            r"年内(?=(?:全面|基本|全部|力争|确保|抓紧|加快|尽快|务必)?(?:完成|建成|实现|出台|印发|启动|开工|竣工|投用|落地))"
                            # (「；年内与…数据联接」: 年内 opening a clause, the plan year's work; not 「年内无…事故」
                            # nor a call on all bodies 「年内各部门要加强协作」 nor work kept up 「年内持续推进」)
                            r"|(?<![^，。；：,;:\n])年内(?![无不没未各全持常])"
                            # 「确保全年粮食播种面积稳定在10780亩」: the plan's year aimed at (Round 39 rulings);
                            # not 「全年推进」, a rate 「全年每辆车补贴15万元」, a class 「全年废水…大于250吨」,
                            # nor the grade of a result 「确保全年保证率达到90%以上，为合格」 (round 32 grade bands)
                            r"|(?:(?<=确保|力争|争取)全年(?=[^，。；：,;:\n]{0,24}?\d)"
                            r"|(?<![^，。；：,;:\n])全年(?=[^，。；：,;:\n]{0,20}?(?:完成|达到|实现))"
                            # 「全年抽检重型柴油车2000辆次以上」「全年水源地水质达标率100%」: a clause opening
                            # with 全年 over a floor or a rate — the year's total, reached at its end (round 39:
                            # 全年 is the plan's year)
                            r"|(?<![^，。；：,;:\n])全年(?!每|平均|累计)(?=[^，。；：,;:\n\d]{0,24}?\d[\d.]*\s*"
                            r"(?:[^\d\s，。；：,;:\n]{1,3}?(?:以上|及以上)|%以上)|[^，。；：,;:\n\d]{0,20}?率\s*(?:达到?|为)?\s*\d))"
                            r"(?![^。；;\n]{0,40}?为(?:不?合格|优秀|良好|达标)))"
                            # 「按时完成本年度的…减量化任务」: this year's task done, like 年内 (Round 44 rulings)
                            r"|(?<=完成)本年度(?=的?[\u4e00-\u9fff]{0,16}?(?:任务|目标)(?![\u4e00-\u9fff]))"))

# 年初公布、年中检查、年底兑现 / 年初建账、逐月查账、年底交账: a yearly rhythm (a principle, an office's
# oversight), its 年底 no deadline: a step of the year named just before it in the same list
# (listed with 、 only: 「每月报送进展，年底前建成」 keeps its deadline, and so does 年底前)
_CYCLE = re.compile(r"(?:(?<![一二三四1-4第本当今])季度|年初|年中|月初|月中|月底|逐月|每月|按月|逐季|每季|季末|每周"
                    r"|逐周|半年)"
                    r"[\u4e00-\u9fff]{1,4}、\s*(?:[\u4e00-\u9fff]{2,6}、\s*)?$"
                    # (「开展年中和年末跟踪指导」: the points of the year a round is held at, a rhythm)
                    r"|(?:年初|年中)\s*(?:和|及|与)\s*$")

# 「使用指标年底统一结算」: the accounts settled at each year's end, a rhythm of the scheme's books, no deadline
# (round 34; Round 97 on x357_03 三、（一）) — not 「年底前完成结算」
_SETTLED = re.compile(r"\s*(?:统一|集中)?(?:结算|清算)")
_DONE = re.compile(r"(?:全面|基本|全部)?(?:完成|建成|实现|竣工|投用|落地|达到)")
_OWN_DONE = re.compile(_DONE.pattern + r"|创建|创成|培育|打造")    # 2021年创建省级节水型企业3家 (Round 46)
# 2016年基本完成…各项任务 / 2027年全面建成: the year the whole of the work is done by
_WHOLE_DONE = re.compile(r"\s*[，,]?\s*(?:力争|确保)?(?:全面|基本|全部)(?:完成|建成)(?!的)")
# 2018年全国“两会”前 / 2019年“七一”前: an event of that year named in quotes, then 前 — due within that year (its
# month only where the plan prints a fact fixing it: round 55)
_EVENT_BEFORE = re.compile(r"\s*[\u4e00-\u9fff]{0,4}[“\"「][\u4e00-\u9fff]{1,8}[”\"」]\s*(?:召开)?"
                           r"(?:之前|以前|前)(?![后期夕])")

# a month's ten days, read two ways: a deadline 「4月中旬前」 falls when that part begins or stands (上旬 10, 中旬 15,
# 下旬 20, _PART_DAY); a heading 「一月中旬：」 over the work done then is due when that part ends (上旬 10, 中旬 20,
# 下旬 the month's end — not listed, TEN_DAYS_END, used by marks.month_heading_end)
_PART_DAY = {"上旬": 10, "中旬": 15, "下旬": 20}
TEN_DAYS_END = {"上旬": 10, "中旬": 20}


def month_date(year: int, month: int, day: str | None, part: str | None, before: bool) -> str | None:
    """The date of a month's day or part (``MONTH_PART``: 底/末 the month's end, 上旬 10 / 中旬 15 / 下旬 20); with
    neither, ``before`` (4月前) the end of the month before, else the month's end."""
    if day:
        return iso_day(year, month, int(day)) or iso_day(year, month, clamped_day(year, month, int(day)))
    if part in _PART_DAY:
        return iso_day(year, month, _PART_DAY[part])
    if part in ("底", "末") or not before:
        return iso_day(year, month)
    return iso_day(year - 1, 12) if month == 1 else iso_day(year, month - 1)     # "4月前": the end of March


# 「4月8日、7月8日、10月8日及12月8日前」: dates listed one after another
_DATE_LIST = led(re.compile(r"(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:(?:、|和|及|以及|与)(?:(?:19|20)\d{2}年)?"
                        r"\d{1,2}月\d{1,2}日){2,}"))


def quarterly_lists(text: str) -> list[tuple[int, int]]:
    """Spans of date lists that keep a quarterly rhythm (each quarter's report, then perhaps the
    year's: 4月8日、7月8日、10月8日及12月8日): at least three dates, two steps of three months in a row.
    Such dates are when reports fall due, not when the work is done."""
    out: list[tuple[int, int]] = []
    if text.count("日") < 3:
        return out                      # (every list holds three days or more: no search at every position)
    for m in _DATE_LIST.finditer(text):
        months = [int(x) for x in re.findall(r"(\d{1,2})月", m.group(0))]
        steps = [b - a for a, b in zip(months, months[1:], strict=False)]
        if any(steps[k] == steps[k + 1] == 3 for k in range(len(steps) - 1)):
            out.append(m.span())
    return out


_BRACKETED_DAY_BEFORE = re.compile(r"([(（]\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)([)）])"
                                   r"(之前|以前|前)")

# 「2018年9月30日（含）前」: the day itself included, a note between the day and its 前 — read as 「…日前」, the note
# blanked after it (the same length, so every place found stays the text's)
_INCLUDED_BEFORE = re.compile(r"(?<=日)(\s*[(（]\s*含\s*[)）])(之前|以前|前)")


def find_deadlines(text: str, default_year: int | None) -> list[Deadline]:
    """Deadline expressions in ``text`` in order; month-only ones take ``default_year``. 元月 is read as January
    (``first_month``, the same length) and each deadline's words are given back as printed."""
    if "元月" not in text:
        return _deadlines(text, default_year)
    found = _deadlines(first_month(text), default_year)
    for d in found:
        d.words = text[d.start:d.end]
    return found


def _deadlines(text: str, default_year: int | None) -> list[Deadline]:
    found: list[Deadline] = []
    taken: list[tuple[int, int]] = []
    if "前" in text and ("日)" in text or "日）" in text):
        # 「宣传周的第一个工作日(6月12日)前」: a named day's date in brackets, then 前 — read as 「(6月12日前)」, the
        # limit inside the bracket (the same length, so every place found stays the text's)
        text = _BRACKETED_DAY_BEFORE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), text)
    if "含" in text and "前" in text:
        text = _INCLUDED_BEFORE.sub(lambda m: m.group(2) + " " * len(m.group(1)), text)

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    # (each loop's pattern holds a character the text must have: 十 / 年 / 月, tested first)
    for m in _FYP.finditer(text) if "十" in text else ():
        if _LOOKED_BACK.search(text, max(0, m.start() - 8), m.start()):
            taken.append(m.span())
            continue                     # 认真总结“十一五”期间…工作: the past period summed up, no date
        year = _FYP_END[m.group(1)]
        found.append(Deadline(m.start(), m.end(), f"{year}-12-31", False, m.group(0)))
        taken.append(m.span())
    # (two years, each opened by 19 or 20: a text holding fewer is passed over)
    for m in _YEAR_SPAN_GOAL.finditer(text) if "年" in text and text.count("20") + text.count("19") >= 2 else ():
        first, last = int(m.group(1)), int(m.group(2))
        if first < last <= first + 10 and (date := iso_day(last, 12)):
            # 「2023年—2024年累计新建50个」: a goal over two years is due at the end of the last
            found.append(Deadline(m.start(), m.end(2) + 1, date, False, text[m.start():m.end(2) + 1]))
            taken.append((m.start(), m.end(2) + 1))
    for m in _YEAR_DL.finditer(text) if "年" in text else ():
        prefix, year_s, month_s, day_s, part, year_part, suffix = m.groups()
        if prefix == "于" and m.start() and text[m.start() - 1] in "高低大小多少":
            continue                     # 不高于2017年标准: a comparison, no date
        if _GOAL_QUOTED_BEFORE.search(text, max(0, m.start() - 6), m.start()) \
                and _GOAL_QUOTED_AFTER.match(text, m.end()):
            taken.append(m.span())
            continue                     # 围绕“2030年基本完成…”的总体目标: the goal's own date, no deadline
        if not (month_s or part or year_part or suffix) and _YEAR_QUARTER.match(text, m.end()):
            continue                     # 于2023年一季度前: the quarter's year (read with the quarter below)
        if (prefix in ("截至", "截止到", "截止") or suffix in ("起", "以来")
                or _window_end(text, m.start(), m.end(), prefix)):
            taken.append(m.span())
            continue
        if not (month_s or part or year_part or suffix) and _BASE_AFTER.match(text, m.end()):
            taken.append(m.span())
            continue                     # 在2025年的基数上下降: the year compared with, no date
        if prefix == "在" and not (month_s or part or year_part or suffix) and BASE_WORK_AFTER.match(text, m.end()) \
                and (default_year is None or int(year_s) <= default_year):
            taken.append(m.span())
            continue                     # 在2019年可回收物体系建设基础上: the work done then, the base (a later
            #                              year 「在2021年建成示范社区基础上」 in a 2019 plan: a milestone, rv54p)
        if prefix in ("在", "于") and not (month_s or part or year_part or suffix) \
                and _EVENT_NAMED_AFTER.match(text, m.end()):
            taken.append(m.span())
            continue                     # 确保在2017年造林检查验收顺利通过: the year names the check
        if suffix not in ("前", "之前", "以前") and (
                not prefix and _BASE_BEFORE.search(text, max(0, m.start() - 3), m.start())
                or prefix in (None, "在") and _BASE_DATE_AFTER.match(text, m.end())):
            taken.append(m.span())
            continue                     # 较2024年底下降 / 在2024年底的基础上: the date compared with, no date
        # 2025年完成…接收设施的配置: a year of the plan's own with what is done in it (not earlier: 2019年完成投资…
        # is what was done)
        own_year = default_year is not None and int(year_s) >= default_year and not (month_s or part or year_part)
        closing = (month_s and not prefix and (default_year is None or int(year_s) >= default_year)
                   and bracket_after_work(text, m.start())
                   and CLOSING_BRACKET.match(text, m.end()))
        cutoff = month_s and "截" in text and _CUTOFF_BEFORE.search(text, max(0, m.start() - 10), m.start()) \
            and (default_year is None or int(year_s) >= default_year)
        if not (prefix or suffix or part or year_part or closing or cutoff) \
                and not (month_s and _DONE.match(text, m.end())) \
                and not (_WHOLE_DONE.match(text, m.end()) and (default_year is None or int(year_s) >= default_year)) \
                and not (own_year and _OWN_DONE.match(text, m.end())) and not _EVENT_BEFORE.match(text, m.end()):
            continue                     # (2025年3月建成: a month with what is done then is due; 2016年基本完成)
        if (prefix in ("至", "到") and not (month_s or part or year_part or suffix) and default_year is not None
                and int(year_s) < default_year and _PAST_AFTER.match(text, m.end())):
            taken.append(m.span())
            continue                     # 2019年至2022年已获得补助的村: a past span saying which ones
        if suffix and _MADE_THEN.match(text, m.end()) and (default_year is None or int(year_s) < default_year
                                                            or text[m.end():m.end() + 2].lstrip().startswith("已")):
            taken.append(m.span())
            continue                     # 2000年底前建成的老旧小区 / 2020年6月1日前已开工的工程: which ones
        if prefix == "在" and _THINGS_DATE.search(text, max(0, m.start() - 6), m.start()):
            taken.append(m.span())
            continue                     # 生产日期在2015年12月31日及以前的，判定为…: a thing's own date, which ones
        if (suffix or prefix in ("至", "到")) and _SUPPORTED_BY.match(text, m.end()) and _SUPPORT.search(
                text, m.end(), m.end() + 80):
            taken.append(m.span())
            continue                     # 2025年10月31日前并网的项目，补贴…: the projects a support rate is for
        if suffix and RELIEF_AFTER.match(text, m.end()):
            taken.append(m.span())
            continue                     # 2025年底前…暂免收“基本电费”: how long a relief is in force
        if suffix and (_EXPIRES_BY.match(text, m.end()) or _DONE_BY.match(text, m.end()) or joined_pick(text, m.end())):
            taken.append(m.span())
            continue                     # 有效期于2023年12月30日前届满的: which certificates, by when they lapse
        if suffix and _AGE_BY.match(text, m.end()):
            taken.append(m.span())
            continue                     # 2012年12月31日前年满18周岁: who is eligible, by an age reached then
        if not free(*m.span()):
            continue
        if part and not suffix and _SPAN_ON.match(text, m.end()):
            taken.append(m.span())
            continue                     # 2007年9月中旬至12月: where a span starts, its end the readers of spans take
        year = int(year_s)
        if month_s:
            date = month_date(year, int(month_s), day_s, part, bool(suffix) and not part)
        elif year_part == "上半年":
            date = iso_day(year, 6)
        else:
            date = iso_day(year, 12)        # "2025年前" in a plan means "by 2025"
        if date:
            found.append(Deadline(m.start(), m.end(), date, False, m.group(0).strip()))
            taken.append(m.span())
    for m in _REL_YEAR_DL.finditer(text) if ("年" in text and _REL_WORD.search(text)) else ():
        word, month_s, day_s, part, year_part, suffix = m.groups()
        if default_year is None or not (month_s or year_part is not None or suffix) or not free(*m.span()):
            continue
        # (「2025年6月前招标，次年3月底前验收」: the year after the year written before it, a date of its own; a bare
        # 次年 is year-inferred, a yearly rhythm where the plan does not cross the new year — tasks, round 34)
        anchor = [int(y) for y in _YEAR_BEFORE.findall(text, 0, m.start())] if word == "次年" else []
        year = anchor[-1] + 1 if anchor else default_year + (1 if word in ("明年", "次年") else 0)
        if month_s:
            date = month_date(year, int(month_s), day_s, part, bool(suffix) and not part)
        elif year_part == "上半年":
            date = iso_day(year, 6)
        else:
            date = iso_day(year, 12)
        if date:
            found.append(Deadline(m.start(), m.end(), date, not anchor, m.group(0)))
            taken.append(m.span())
    steps = {at for at, _, _ in quarter_steps(text)} if "季度" in text else set()
    for m in _QUARTER_DL.finditer(text) if "季度" in text else ():
        year_s, ordinal, q, end_word, suffix = m.groups()
        if not (year_s or ordinal or end_word or suffix or m.start(3) in steps
                or _AIMED.search(text[max(0, m.start() - 6):m.start()])
                and not _HAPPENED_IN.match(text, m.end()) or _DONE_IN.match(text, m.end())
                or text.startswith(("：", ":"), m.end())) or not free(*m.span()):
            continue                     # 力争一季度… / 二季度完成: an aim for that quarter
        in_year = int(year_s) if year_s else default_year
        if in_year is None:
            continue
        # 「一季度前」 is before the quarter, the end of the one before, as 「6月前」 is; 「一季度末前」 keeps its own
        # (Round 77's x302_01 decided; Round 81's p59e-1 governs)
        in_year, month = quarter_before(in_year, _Q[q]) if suffix in ("前", "之前", "以前") and not end_word \
            else (in_year, 3 * _Q[q])
        found.append(Deadline(m.start(), m.end(), iso_day(in_year, month) or "", not year_s, m.group(0)))
        taken.append(m.span())
    for a, b in year_steps(text) if steps and default_year is not None else ():
        if free(a, b):                   # (一季度…，四季度…，全年覆盖…: the year's step among the quarters')
            found.append(Deadline(a, b, f"{default_year}-12-31", True, text[a:b]))
            taken.append((a, b))
    for m in _HALF_DL.finditer(text) if "半年" in text else ():
        if default_year is None or not free(*m.span()):
            continue
        found.append(Deadline(m.start(), m.end(), iso_day(default_year, 6 if m.group(1) == "上半年" else 12) or "",
                              True, m.group(0)))
        taken.append(m.span())
    if default_year is not None:
        for m in _WINDOW_END.finditer(text) if "月" in text else ():
            if _window_end(text, m.start(), m.end(), "至"):
                taken.append(m.span())   # 实施期限至12月31日止: how long a measure runs
            elif free(*m.span()) and (date := month_date(default_year, int(m.group(1)), m.group(2), m.group(3),
                                                        False)):
                found.append(Deadline(m.start(), m.end(), date, True, m.group(0)))
                taken.append(m.span())
    for m in _MONTH_DL.finditer(text) if "月" in text else ():
        if _window_end(text, m.start(), m.end(), "") or _EVERY_LISTED.search(text, max(0, m.start() - 16), m.start()):
            taken.append(m.span())
            continue
        if not (m.group(4) or m.group(3) in ("底", "末")
                or m.group(2) and "截" in text and _CUTOFF_BEFORE.search(text, max(0, m.start() - 10), m.start())
                or m.group(2) and _FROM_TODAY.search(text, max(0, m.start() - 8), m.start())
                and not _IN_FORCE.search(text[max(0, m.start() - 14):m.start()] + "|" + text[m.end():m.end() + 4])):
            continue                     # "6月" alone is a month, not a deadline (自即日起至6月30日: the day it ends)
        if not free(*m.span()) or default_year is None:
            continue
        date = month_date(default_year, int(m.group(1)), m.group(2), m.group(3), True)
        if date:
            found.append(Deadline(m.start(), m.end(), date, True, m.group(0)))
            taken.append(m.span())
    for m in _BARE_YEAR_END.finditer(text) if "年" in text else ():
        if not free(*m.span()) or default_year is None or (
                m.group(0) in ("年底", "年末") and _CYCLE.search(text, max(0, m.start() - 16), m.start())
                and not _DONE.match(text, m.end()) or m.group(0) in ("年底", "年末") and _SETTLED.match(text, m.end())):
            continue
        found.append(Deadline(m.start(), m.end(), f"{default_year}-12-31", True, m.group(0)))
        taken.append(m.span())
    if "《" in text:
        # 《关于“十四五”期间进一步加强…的通知》: a date in a cited document's title is no deadline
        titles = [m.span() for m in _CITED_TITLE.finditer(text)]
        found = [d for d in found if not any(a < d.start < b for a, b in titles)]
    found.sort(key=lambda d: d.start)
    return found


ONGOING = re.compile(r"长期|持续|常态|每年|每月|每季|逐年|全年")


_STARTS_ONLY = re.compile(r"(?:自|从)?(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:份|\s*\d{1,2}\s*日)?)?\s*(?:起|开始|以来)"
                          r"(?:实施|执行|推进|持续推进|长期坚持)?")


# the cell 2024年3月起按月发放 / 自5月1日起实施: when a work on a rhythm starts, no date it is due
_STARTS_THEN = re.compile(r"(?:自|从)?(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月(?:份|\s*\d{1,2}\s*日)?\s*"
                          r"(?:起(?![草步诉])|开始)")


# a time cell or label holding a span of months (2025年3月—12月 / 6-12月 / 2025年3月至2026年6月底): done by its end
# (or a span of days in one month 9月1日-3日 / 9月5日至11日: its last day in the first day's month)
_SPAN_WORDS = re.compile(r"^\s*(?P<y>(?:19|20)\d{2}\s*年)?\s*(?P<m>\d{1,2})\s*"
                         r"(?:月(?:\s*(?P<sd>\d{1,2})\s*(?P<d>[日号]))?(?:初|底|末|上旬|中旬|下旬)?"
                         # (「5月25-31日」: a span of days in one month, 日 written once after its last day)
                         r"|月\s*(?P<dd>\d{1,2})(?=\s*[—–\-－~～]\s*\d{1,2}\s*[日号]))?" + WEEKDAY +
                         r"\s*(?:至|到|—|－|-|~|～|–)+\s*"
                         r"(?P<end>(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?"
                         r"(?:初|底|末|上旬|中旬|下旬)?(?:之前|以前|前)?|(?P<day>\d{1,2})\s*[日号])" + WEEKDAY +
                         r"\s*(?:完成|结束|止)?\s*$")
# what a time field prints after its span's last day (Round 83 on x312_06, x312_09): the lunar days of the whole span
# in a bracket 「1月20日—2月10日(农历腊月二十九至农历正月二十)」 (a gloss: the solar days stand), and the hours of each
# evening 「2月1日—10日19:30—21:30」 (a clock span is no date)
_SPAN_TAIL = re.compile(r"(?<=[日号])\s*(?:[(（]\s*(?:农历|阴历)[^()（）\n]{1,24}[)）])?\s*"
                        r"(?:(?:[上下]午|晚上?)?\s*\d{1,2}[:：]\d{2}\s*(?:[—–\-－~～至到]+\s*\d{1,2}[:：]\d{2})?)?\s*$")
# a part of a month or a day said with 号, as a time cell writes it without 前 (10月上旬 / 7月10号)
_PART_WORDS = re.compile(r"(?:((?:19|20)\d{2})\s*年)?\s*(?<!\d)(\d{1,2})\s*月\s*"
                         r"(?:(上旬|中旬|下旬)|(\d{1,2})\s*[日号])")


def deadline_from_words(words: str, default_year: int | None) -> list[Deadline]:
    """A 完成时限 cell: ``2024年6月底前``, ``2024年12月``, ``2025年``, ``6月``, ``2024.6``; a span of months
    (``2025年3月—12月``) by its end; ``10月上旬`` / ``7月10号`` by that part or day."""
    words = first_month(words)
    span = _SPAN_WORDS.match(_SPAN_TAIL.sub("", words.strip(" 。；;，,"), count=1))
    if span:
        end = span.group("end")
        if span.group("day"):
            if not (span.group("d") or span.group("dd")):
                return []                 # 5-12日 without its month: nothing read
            # (「3月28日至7日」: a last day before the first is in the next month, Round 83 on x312_03)
            month = int(span.group("m")) + (bool(span.group("sd")) and int(span.group("day")) < int(span.group("sd")))
            end = f"{month}月{span.group('day')}日"
            if month > 12:                # (「12月28日至3日」: into January of the next year)
                first = int(span.group("y").rstrip(" 年")) if span.group("y") else default_year
                if first is None:
                    return []
                end = f"{first + 1}年1月{span.group('day')}日"
        ended = deadline_from_words(end if "年" in end else (span.group("y") or "") + end, default_year)
        if ended:
            return [Deadline(span.start(), span.end(), ended[0].date, ended[0].year_inferred, span.group(0))]
    found = find_deadlines(words, default_year)
    if found:
        return found
    if _STARTS_ONLY.fullmatch(words.strip()) or _STARTS_THEN.match(words.strip()):
        return []                         # the cell 2026年起 / 2025年6月开始: when the work starts, no date it is due
    m = re.match(r"(?:第)?([一二三四1-4])\s*季度", words.strip())
    if m and default_year is not None:    # the cell 三季度完成 / 第四季度: the quarter of the plan's year
        return [Deadline(m.start(), m.end(), iso_day(default_year, 3 * _Q[m.group(1)]) or "", True, m.group(0))]
    m = re.match(r"(?:今年|本年度?)?(年内|年底|年末|全年(?=(?:内)?(?:完成)?[。；;，,]?$))", words.strip())
    if m and default_year is not None:    # the cell 年内持续推进 / 全年 / 全年完成: within the plan's year (全年推进:
        #                                   work kept up all year, no date)
        return [Deadline(m.start(), m.end(), iso_day(default_year, 12, 31) or "", True, m.group(0))]
    m = _PART_WORDS.search(words)
    year = int(m.group(1)) if m and m.group(1) else default_year
    if m and year is not None and (date := month_date(year, int(m.group(2)), m.group(4), m.group(3), False)):
        return [Deadline(m.start(), m.end(), date, not m.group(1), m.group(0))]
    m = FULL_DATE.search(words)
    if m and parse_full_date(m):
        return [Deadline(m.start(), m.end(), parse_full_date(m) or "", False, m.group(0))]
    m = re.search(r"((?:19|20)\d{2})\s*(?:年|[.\-/])\s*(\d{1,2})(?:\s*月)?", words)
    if m and iso_day(int(m.group(1)), int(m.group(2))):
        return [Deadline(m.start(), m.end(), iso_day(int(m.group(1)), int(m.group(2))) or "", False, m.group(0))]
    m = re.search(r"((?:19|20)\d{2})\s*年", words)
    if m:
        return [Deadline(m.start(), m.end(), f"{m.group(1)}-12-31", False, m.group(0))]
    m = re.search(r"(?<!\d)(\d{1,2})\s*月", words)
    if m and (listed := _MONTH_LIST.match(words, m.start())):
        # 完成时间：6月、11月: months listed one after another, due by the last
        m = list(_MONTH_WORD.finditer(words, listed.start(), listed.end()))[-1]
    if m and default_year and iso_day(default_year, int(m.group(1))):
        return [Deadline(m.start(), m.end(), iso_day(default_year, int(m.group(1))) or "", True, m.group(0))]
    return []


_MONTH_WORD = re.compile(r"(\d{1,2})\s*月")
_MONTH_LIST = re.compile(r"\d{1,2}\s*月(?:份)?(?:\s*(?:、|和|及|与)\s*\d{1,2}\s*月(?:份)?)+(?![\d日号])")


def latest(deadlines: list[Deadline]) -> Deadline | None:
    return max(deadlines, key=lambda d: d.date) if deadlines else None


_YEAR_WRITTEN = led(re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年"))


def years_in(text: str) -> list[int]:
    """The years written in a text (2024年 / 2024 年), in order."""
    return [int(y) for y in _YEAR_WRITTEN.findall(text)] if "年" in text else []     # (年 in every match)


__all__ = ["Deadline", "FULL_DATE", "ONGOING", "deadline_from_words",
           "find_deadlines", "impossible_dates", "iso_day", "latest",
           "parse_full_date", "years_in"]


# the campaign's window in the preamble: 定于2011年7月至11月 / 于2012年3月—6月; never a span up to now (2018年5月
# 至今 / 自2018年5月以来: what was done before the plan)
_WINDOW = re.compile(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:至|到|—|－|-|~)(?!\s*今)")
_SET_FOR = re.compile(r"(?:定于|拟于|将于|计划|于)\s*$")
_SINCE = re.compile(r"^[^，,。；;]{0,12}?(?:以来|至今)")


def window_year(preamble: str) -> int | None:
    """The year a plan that dates nothing else opens its work in (定于2011年7月至11月开展…): its stages' year;
    a window set for (定于/于/拟于/计划…) before any other."""
    found = [m for m in _WINDOW.finditer(preamble) if not _SINCE.match(preamble, m.end())]
    m = next((m for m in found if _SET_FOR.search(preamble, 0, m.start())), found[0] if found else None)
    return int(m.group(1)) if m else None

