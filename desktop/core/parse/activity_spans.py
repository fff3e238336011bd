"""Deadlines an activity plan gives its items outside them (round 36 rulings, "Dates, targets, duties"):

- 「二、活动时间 2017年6月20日-6月30日」「四、活动时间6月1日至30日」: the activity's span is the one stage of the plan
  (round 35's stage span): its end is the deadline of every item that writes no date of its own;
- 「…主题:相约花城时间:2010年4月28日」: an activity's run-in time field is the day it is held;
- 「8月23日报到，8月24日正式上课」: the days a plan fixes for returning and the start of classes are the item's
  deadline (the latest of them);
- 「6月17日上午,在市人民广场举办…」「8月11日、12日在…举行」: the day an item holds its event on, with or without an
  activity span (round 37: the item's own date);
- 「申报受理时间：2025年9月1日—10月30日」: an item's own time field over a span ends it; 「自本方案印发之日起开展，至
  2023年11月30日结束」: a campaign span counted from the plan's issue ends the undated items (round 37).

Read by ``parse_text`` after ``build_tasks``, for tasks left without a deadline; a new module, as ``tasks`` and
``dates`` are near the 700-line limit.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta

from desktop.core.model import Task

from .closing_days import closing_day
from .counted_dates import days_deadline, months_deadline
from .date_spans import bracket_date, marks_lost_end
from .dates import WEEKDAY, deadline_from_words, iso_day
from .event_days import event_eve, event_period
from .festival_periods import HOLIDAY_WORDS, festival_period, holiday_period, year_festival
from .item_spans import own_span_end
from .lunar_days import first_month_field, first_month_limit, glossed_days_end, solar_first_month, unmask_glossed
from .month_parts import PAST_EDITION as _PAST_EDITION, month_part, set_day, set_month
from .named_day_spans import day_activity_month, named_day_month, stated_day_month, week_month, week_period_month
from .normalise import cn_to_int, first_month
from .show_days import show_days_end
from .task_dates import rhythm_first
from .timed_days import appointed_day

# the label: a heading 「二、活动时间」 (on its own line or run in) or a field 「活动时间：」「活动时间要求：」
# at a line's start
# (or a point that opens by naming the campaign 「1、2010年全国“城市节约用水宣传周”活动时间为5月15日至5月21日」:
# the span stated once, Round 41, for the points under it with no date)
_LABEL = re.compile(r"(?:^[ \t　]*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?"
                    r"|[一二三四五六七八九十]{1,3}、\s*"
                    r"|^[ \t　]*[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*(?:(?:19|20)\d{2}\s*年)?"
                    r"[^。；;，,：:\n“”]{0,12}“[^”\n]{2,16}”(?=活动时间为)"
                    # (a point that names the activity's theme, then its time 「1、2020年全国科普日主题为:…。
                    # 活动时间定于2020年9月19-25日。」: a field of theme and time, Round 42 continued, the span stated
                    # once)
                    r"|^[ \t　]*[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]"
                    r"[^。；;\n]{0,30}?主题(?:为|是)[^。；;\n]{0,60}。"
                    r"(?=活动时间(?:定于|为)))"
                    r"(?:活动时间|(?<=、)活[动動]日期)(?:要求|[与和及、]地点)?[ \t　]*[:：为]?", re.M)
# a campaign's period heading a section run in on its line 「二、重点禁烧时段 2014年10月至2015年3月底。三、…」: the span
# stated once, as 活动时间 is (Round 40 rulings)
_PERIOD_LABEL = re.compile(r"[一二三四五六七八九十]{1,3}、[ \t　]*(?:重点)?"
                           r"(?:禁烧|禁放|整治|管控|宣传|活动|检查|排查|集中)时段[ \t　]*[:：为]?")
# (a day may carry its weekday, as a notice adds it: 「11月29日(周一)至12月5日(周日)」)
# (a span of days in one month writes 日 once, after its last day: 「5月25-31日」「2020年9月19-25日」)
_DAY = r"(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日" + WEEKDAY + r"|\s*[上中下]旬|初|底" \
    r"|\s*\d{1,2}(?=\s*[—–\-－~～]\s*\d{1,2}\s*日))?"
_END = (r"(?:(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日|\s*[上中下]旬|初|底)?|\d{1,2}\s*日)"
        + WEEKDAY)
# 「6月1日至30日」「2020年10月20日——2020年10月30日」「从11月1日开始，到11月30日结束」
# (「将于3月初启动,一直延续到4月上旬」: started, then run on to its end — Round 83 on x312_04's 活动时间)
# (a copy that prints 一 for the dash between two whole days 「2023年3月13日一2023年5月31日」: after 日, before a month)
_ONE_DASH = r"(?<=日)一(?=\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月)"
SPAN = re.compile(_DAY + r"\s*(?:[—–\-－~～]+|" + _ONE_DASH + r"|至|到"
                  r"|(?:开始|正式启动|启动|起)?[，,]?\s*"
                  r"(?:并持续|一直(?:延续|持续))?(?:至|到))\s*" + _END)


# 「三、活动时间与地点」 over 「- 时间:6月1日至6月30日」: the time field's name and a list mark before the span
# (numbered as the section's first field 「1.时间:2026年3月12日 上午9:00—11:00」)
_FIELD_NAME = re.compile(r"^[\s\-—·•]*(?:(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])\s*)?(?:活动)?时\s*间\s*[:：]\s*")
# a whole month as the activity's time 「2020年3月」「3月份」
# (or a part of one 「7月上旬」「6月中下旬」: the activity is held within that month, round 42's month part)
_MONTH_LINE = re.compile(r"(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月份?"
                         r"(?:期间|整月|全月|[上中下]{1,2}旬)?\s*[。.；;]?")


# the plan's time section 「二、活动时间」「一、时间安排」「一、时间和主题」「三、活动时间与地点」 (Round 40 rulings:
# a span stated once for the whole activity dates the items with no date of their own by its end): its words on the
# heading's line or the lines below, up to the next section 「三、」 (run on after a date 「…3月31日三、活动目的」);
# a campaign's own work named before it 「一、检查时间 即日起至5月底」「一、整治时间」 (Round 41: a campaign's span)
# (the activity named before its time 「四、“119”消防宣传活动时间」: a quoted name and a few words, then 活动时间)
# (a review's own time 「一、考评时间」「二、考核时间」 over its month or span: the review's span, as a campaign's is)
# (the theme or place named before the time 「二、活动主题、时间」 over 「主题:…」「时间:6月1日—6月30日」: each field on
# its own line, the time field's name taken off before its span is read)
_TIME_SECTION = re.compile(r"^[ \t　]*[一二三四五六七八九十]{1,3}、[ \t　]*"
                           r"(?:[“\"「][^”\"」\n]{1,12}[”\"」][ \t　]*[\u4e00-\u9fff]{0,6}?(?=活动时))?"
                           r"(?:(?:活动)?(?:主题|地点)[和与及、])?"
                           # (… a qualifier saying all do it at once 「三、全乡统一开展时间」: the one day, x289_01)
                           r"(?:[\u4e00-\u9fff]{0,4}?(?:统一|集中)(?=开展|行动|活动))?"
                           r"(?:(?:活动|检查|整治|排查|宣传|行动|专项行动|开展|考评|考核|测评|评估|评比)?时\s*间|活[动動]日期)"
                           # (「三、活动时间、地点、参加人员」: the fields the section lists after the time)
                           r"(?:安排|(?:[和与及、]?(?:主题|地点|参加人员|参与人员|参加对象|对象)){1,3})?[ \t　]*[:：]?",
                           re.M)
_SECTION_END = re.compile(r"\n[ \t　]*[一二三四五六七八九十]{1,3}、|(?<=[日月。])[一二三四五六七八九十]{1,3}、")
# stages 「（一）动员部署阶段（3月1日—3月10日）」 and a year 「2021年1月至2025年12月」 are no one activity's span
STAGES = re.compile(r"阶段|步骤")
YEAR_IN = re.compile(r"(?:19|20)\d{2}")


def span_end(words: str, year: int | None) -> str | None:
    """The last day of a span 「9月5日至11日」「2020年11月17日-2020年12月10日」 (a day-only end: the first day's
    month)."""
    found = deadline_from_words(re.sub(_ONE_DASH, "至", words), year)
    return found[0].date if len(found) == 1 else bracket_date(words, year, span=True)


# the windows of one activity listed on its time line 「2018年1月1日至4月20日,7月1日至8月20日」 (Round 74 on x295_03:
# the field dates the items under it by its latest end, round 34), parted by a comma or 和 only; a window printing
# no year is in the year of the window before it
_WINDOW_GAP = re.compile(r"\s*[，,、；;和及]\s*")


def windows_end(line: str, year: int | None) -> str | None:
    """The latest end of two or more spans listed on one time line, or None."""
    spans = list(SPAN.finditer(line))
    if len(spans) < 2 or any(not _WINDOW_GAP.fullmatch(line[a.end():b.start()])
                             for a, b in itertools.pairwise(spans)):
        return None
    ends = []
    for sp in spans:
        own = YEAR_IN.findall(sp.group(0))
        year = int(own[-1]) if own else year
        ends.append(span_end(sp.group(0), year))
    return max(e for e in ends if e) if all(ends) else None


def _line_ends(line: str, year: int | None) -> list[str | None]:
    """The ends of a time line's spans: its listed windows' latest, else each span's."""
    listed = windows_end(line, year)
    return [listed] if listed else [span_end(sp.group(0), year) for sp in SPAN.finditer(line)]


def _month_end(line: str, year: int | None) -> str | None:
    """The end of a whole month a time line gives 「2015年3月期间」「2020年3月」 (its own year, else ``year``), or
    None."""
    month = _MONTH_LINE.fullmatch(line)
    in_year = int(month.group(1)) if month and month.group(1) else year
    return iso_day(in_year, int(month.group(2))) if month and in_year else None


# the one day the whole activity is held on 「2013年5月11日上午」「时间:2017年3月15日(星期三)。地点:…」「2011年8月8日
# 20时至22时」 (Round 42 rulings, continued: a single day under 活动时间 is the activity's span, one day long) — not
# a span 「5月11日至12日」, several days 「5月11日、12日」, a limit 「5月11日前」 nor a start 「5月11日起」
_ONE_DAY = re.compile(r"(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]" + WEEKDAY +
                      r"(?!\s*(?:[-—–~～至到、和及起]|之?前|以前|开始|\d{1,2}\s*[日号]))(?!" + WEEKDAY[3:-2] + ")")


def _one_day(line: str, year: int | None) -> str | None:
    """The one day a time line opens with (its own year, else ``year``), or None."""
    day = _ONE_DAY.match(line)
    in_year = int(day.group(1)) if day and day.group(1) else year
    return iso_day(in_year, int(day.group(2)), int(day.group(3))) if day and in_year else None


def time_section_end(text: str, year: int | None) -> str | None:
    """The end of the one span (or whole month 「2015年3月期间」) the plan's time section gives (None where it gives
    stages, several spans, a day or a start 「2015年3月起持续开展」, or where sections disagree)."""
    ends = set()
    for m in _TIME_SECTION.finditer(text):
        stop = _SECTION_END.search(text, m.end())
        words = text[m.end(): stop.start() if stop else len(text)][:240]
        if STAGES.search(words):
            return None
        lines = [_FIELD_NAME.sub("", line).strip() for line in words.split("\n")]
        spans = [sp for line in lines for sp in SPAN.finditer(line)]
        years = [int(y) for sp in spans for y in YEAR_IN.findall(sp.group(0))]
        if years and max(years) - min(years) > 1:
            return None
        found = {end for line in lines for end in _line_ends(line, year)}
        if not spans and (now := CAMPAIGN.search(words)) and (now.group(1) or year):
            # 「二、时间安排 即日起至供暖期(2022年3月15日)结束」: from now to its end, the one span
            found = {iso_day(int(now.group(1) or year or 0), int(now.group(2)),
                             int(now.group(3)) if now.group(3) else None)}
        first = next((line for line in lines if line), "")
        if not spans and (whole := _month_end(first, year) or _one_day(first, year) or marks_lost_end(first, year)):
            found = {whole}
        if len(found) == 1:
            ends |= found
        elif found:
            return None
    return ends.pop() if len(ends) == 1 else None


def activity_span_end(text: str, year: int | None) -> str | None:
    """The end of the one activity span the plan labels 「活动时间」 (None where it labels none or several —
    several are the stages of several activities, each read where it stands — or writes a day, not a span)."""
    if "时间" not in text and "时段" not in text and "日期" not in text:
        return None
    text = unmask_glossed(solar_first_month(text))     # (「2017年正月15-16日」: the solar days, Round 70 on x289_06)
    if ("时间" in text or "日期" in text) and (section := time_section_end(text, year)):
        return section
    if "活动时间" not in text and "时段" not in text and "日期" not in text:
        return None
    ends: list[str | None] = []
    for m in [*_LABEL.finditer(text), *(_PERIOD_LABEL.finditer(text) if "时段" in text else ())]:
        line_end = text.find("\n", m.end())
        words = text[m.end(): line_end if line_end >= 0 else len(text)]
        if not words.strip() and line_end >= 0:      # 「二、活动时间」 over its span on the next line
            nxt = text[line_end + 1:].lstrip("\n \t　")
            words = nxt.split("\n", 1)[0]
        words = _FIELD_NAME.sub("", words)
        if listed := windows_end(words[:120], year):
            ends.append(listed)     # (「活动时间:2018年1月1日至4月20日,7月1日至8月20日」: the latest window's end)
            continue
        span = SPAN.search(words[:60])
        if not span and (whole := _month_end(words.strip(), year) or _one_day(words.strip(), year)
                         or marks_lost_end(words[:40], year)):
            ends.append(whole)      # 「二、活动时间」 over 「2020年3月」: the activity runs over that month
            continue
        ends.append(span_end(span.group(0), year) if span else None)
    # (「三、活动时间」 over 「活动时间。2023年6月1日至30日。」: one span, labelled twice)
    return ends[0] if len(set(ends)) == 1 else None


# 「8月23日报到」「8月30日、31日报到，9月1日正式上课」「9月1日正式开学」: a day the plan fixes for the school's start
_FIXED_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日((?:\s*[、，,和及至-]\s*\d{1,2}\s*日)*)\s*"
                        r"(?:(?:返校)?报到|正式(?:开学|上课|开课)|开学|返校)")
_LAST_DAY = re.compile(r"(\d{1,2})\s*日\s*$")


def fixed_days_end(text: str, year: int | None) -> str | None:
    """The latest day the text fixes for returning or the start of classes (None without a year or such a day)."""
    if year is None or not re.search(r"报到|开学|上课|开课|返校", text):
        return None
    days = []
    for m in _FIXED_DAY.finditer(text):
        last = _LAST_DAY.search(m.group(3))
        day = iso_day(year, int(m.group(1)), int(last.group(1) if last else m.group(2)))
        if day:
            days.append(day)
    return max(days) if days else None


# 「主题:相约花城时间:2010年4月28日」: an activity's time field run in after its other fields (round 35 field blocks,
# where the page prints them on one line): the day it is held
_TIME_FIELD = re.compile(r"时\s*间\s*[:：]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                         r"(?!\s*[-—–~～至到])")


def field_day(text: str, year: int | None) -> str | None:
    """The day a run-in 「时间：」 field of the item gives (written with its year)."""
    m = _TIME_FIELD.search(text) if "间" in text else None
    return iso_day(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


# 「(一)举行4.23日读书日系列活动启动仪式」「…启动仪式。6月17日上午,在市人民广场举办…」: the one day an activity item
# opens a sentence with, or holds right after its verb or 「根据…统一安排，」, is the day it is held — its own date,
# which wins over the activity's span (round 37 rulings) — not a span 「6月1日至30日」, a time limit 「6月17日前」 or
# a start 「…起」 (or the day a named day's bracket gives 「“校园日”(9月12日)系…」 at the item's opening)
_OWN_DAY = re.compile(r"(?:^|(?<=[。；;\n])|(?<=举行|举办|召开|开展)|(?<=安排[，,]|部署[，,])|(?<=”[(（])"
                      # (「本次5月15日现场设在…」: this edition's day opening the sentence)
                      r"|(?<![^。；;\n])(?:本次|本届)"
                      # (a day standing as a clause of its own after the item's purpose 「为…提高全民国防意识,9月19日,
                      # 统一组织…」: the comma after it closes it)
                      r"|(?<=[，,])(?=\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚上|当天)?\s*[，,])"
                      # (a site's field with the day and the hours its event is held
                      # 「集中宣传点:6月3日上午9:00-12:00」)
                      r"|(?<=[:：])(?=\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚上)?\s*\d{1,2}[:：]\d{2})"
                      # (or with its year and the place it is held 「现场咨询:2016年10月8日上午在…集贸市场现场咨询」)
                      r"|(?<=[:：])(?=\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚上)\s*在))"
                      r"\s*(?:(?<=[:：])\s*(?:19|20)\d{2}\s*年)?\s*(\d{1,2})\s*(?:月|[.．])\s*(\d{1,2})\s*日"
                      r"(?:上午|下午|晚上|当天)?(?!\s*(?:[-—–~～至到、和及]|之?前|以前|起|开始))")


# 「8月11日、12日在红星街道办事处举行…比赛」「…活动5月15日,由城区残联主办,…将在市师范学院举办」: a day (or days)
# the sentence holds the item's event on, wherever the day stands — its last day (not 「6月17日前」, 「…起」)
_HELD_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日((?:\s*[、和及]\s*\d{1,2}\s*日)*)"
                       r"(?:上午|下午|晚上|当天)?(?:\s*\d{1,2}[:：]\d{2})?\s*[，,]?\s*"
                       r"(?:在[^。；;，,\n]{1,24}?(?:举行|举办|召开)|由[^。；;，,\n]{1,16}?主办)")
# the item's own year 「在区政府广场举行2015年XX区“全民健身日”活动」 (over a plan's other year)
_OWN_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?![度—\-–~至到－])")


# the rest of the sentence after a day: it holds the item's event (a verb of holding one and an event's name)
# (none where the sentence says a rule takes force: 「7月1日，《条例》正式施行，各单位要组织学习宣传活动」)
_EVENT_AFTER = re.compile(r"(?![^。；;\n]*(?:施行|生效))"
                          r"[^。；;\n]{0,40}?(?:开展|举办|举行|召开|组织)[^。；;\n]{0,30}?(?:活动|仪式|会议|大会|比赛|竞赛|展览|展示|宣传)")


# the hours of the day an event is held 「6月3日上午9:00-12:00」
_HOURS = re.compile(r"(?:上午|下午|晚上)?\s*\d{1,2}[:：]\d{2}")


def _opens_item(head: str, at: int) -> bool:
    """Whether nothing but the item's label 「现场咨询:」 stands before ``at``."""
    before = head[:at].strip()
    return not before or before.endswith((":", "：")) and not re.search(r"[。；;，,]", before)


def own_day(text: str, year: int, held_only: bool = False) -> str | None:
    """The one day the item's opening words (``_OWN_DAY``, ``_HELD_DAY``) hold its activity on, in the one year
    the item writes (else ``year``); ``held_only`` (no activity span over the plan): only a day the sentence holds
    its event on (not 「7月1日，《条例》施行」, a law's start)."""
    head = text[:90]
    if "日" not in head:
        return None
    years = {int(y) for y in _OWN_YEAR.findall(head)}
    year = years.pop() if len(years) == 1 else year
    days = list(_OWN_DAY.finditer(head))
    if held_only:
        # (no activity span: a day opening a sentence only where that sentence holds the item's event
        # 「6月17日上午,围绕…主题,组织广大群众,现场开展…签名活动」 — not 「7月1日，《条例》施行」, a law's start)
        # (or a part of the day the item opens with 「3.3月28日上午,结合…」, or its label's 「现场咨询:2016年10月8日上午
        # 在…」: the item's time, which a law's start never gives — not a day a later sentence opens with
        # 「做好值守工作。6月17日上午,各单位安排专人值班」)
        days = [m for m in days if _EVENT_AFTER.match(head, m.end()) or _HOURS.match(head, m.end())
                or _opens_item(head, m.start()) and m.group(0).endswith(("上午", "下午", "晚上"))]
    if len(days) == 1:
        return iso_day(year, int(days[0].group(1)), int(days[0].group(2)))
    held = [m for m in _HELD_DAY.finditer(head) if not days and head[m.end():m.end() + 1] != "了"
            and not _PAST_EDITION.search(head, max(head.rfind(c, 0, m.start()) for c in "，,。；;\n") + 1, m.start())]
    if len(held) != 1:
        return None
    last = _LAST_DAY.search(held[0].group(3))
    return iso_day(year, int(held[0].group(1)), int(last.group(1) if last else held[0].group(2)))


# an item's own time field over a span 「申报受理时间：2025年9月1日—10月30日」「试点时间2个月（8月1日至9月30日）」: the
# work runs to the span's end (round 36: an activity's span ends the items under it; here the item's own), not a
# rule's term 「有效期」 (no such label here)
_TIME_SPAN_FIELD = re.compile(r"(?:试点|申报|受理|报名|征集|评选|检查|整治|排查|宣传|集中|办理)时间\s*"
                              r"(?:为|[:：])?\s*(?:[\d一二两三四五六七八九十]{1,2}\s*个月\s*)?[（(]?\s*(?=\d)")


def field_span_end(text: str, year: int | None) -> str | None:
    """The end of the one span an item's own time field gives (``_TIME_SPAN_FIELD``), or None."""
    fields = list(_TIME_SPAN_FIELD.finditer(text)) if "时间" in text else []
    if len(fields) != 1 or not (span := SPAN.match(text, fields[0].end())):
        return None
    return span_end(span.group(0), year)


# the one month an item says its work is done in 「各区要在四月份与…结合起来,组织开展一次…活动」「在12月的镇党委中心组
# 集中学习会…」 (Round 42 baselines: the item's own month, in figures or Chinese numerals): that month — not a limit
# 「在4月底前」 (a deadline read before), a span 「在4月至5月」, a start 「在4月起」, nor a month in a rhythm 「每月」
_OWN_MONTH = re.compile(r"(?:在|(?<![关由对属等])于)\s*(?:((?:19|20)\d{2})\s*年\s*)?"
                        r"(十[一二]|[一二三四五六七八九十]|1[0-2]|[1-9])\s*月份?"
                        r"(?![\d一二三四五六七八九十]|\s*(?:[底末初中上下前起至到、和及—\-－~～]|[日号]|份?以来))")


def own_month(text: str, year: int | None) -> str | None:
    """The end of the one month the item's text puts its work in (``_OWN_MONTH``; its own year, else ``year``)."""
    found = list(_OWN_MONTH.finditer(text)) if "月" in text else []
    if len(found) != 1 or not (found[0].group(1) or year):
        return None
    num = found[0].group(2)
    month = int(num) if num.isdigit() else cn_to_int(num)
    return iso_day(int(found[0].group(1) or year or 0), month) if month else None


_DOC_YEAR = re.compile(r"[〔\[［(（]\s*((?:19|20)\d{2})\s*[〕\]］)）]")


# the preamble's span of the whole campaign 「区综治委决定从现在起至11月底，在全区…开展…活动」 (round 37 rulings:
# a stage span for the items with no date; not how long a rule is in force 「本通知自即日起至…施行」)
# (「即日起至2019年1月底，在全市范围内继续开展…」: 即日起 without 从／自)
# (「即日起至供暖期(2022年3月15日)结束」: the season named, its last day in brackets)
# (a bare month closes the span as its last day: 「自即日起至2023年8月,在全街道…开展」 — not 「至8月中旬」)
CAMPAIGN = re.compile(r"(?:(?:从|自)(?:现在|即日|今日|今天)(?:起|开始)?|(?:即日|今日)(?:起|开始))"
                       r"\s*[，,]?\s*(?:至|到)\s*(?:[\u4e00-\u9fff]{1,8}?[(（]\s*)?"
                       r"(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|底|末|(?=[，,。；;)）]|止|结束))"
                       r"\s*[)）]?\s*(?:止|结束)?"
                       r"(?![^，,。；;]{0,12}(?:施行|有效|执行))")

# 「2022年春运将从1月17日开始,2月25日结束」「活动自5月10日起至6月30日止」: the campaign's first and last day (the
# last with 结束／止 after it, or after 至／到: a span, not a start alone 「从6月1日起」)
_CAMPAIGN_DAYS = re.compile(r"(?:从|自)\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:起|开始)"
                            r"\s*[，,]?\s*"
                            r"(?:(?:至|到)\s*)?(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|底|末)"
                            r"\s*(?:止|结束)(?![^，,。；;]{0,12}(?:施行|有效|执行))")

# 「镇政府决定于3月集中在全镇范围内开展…活动」「定于5、6月份开展年度兵役登记…工作」: the month or months the preamble
# sets for the whole campaign (Round 40: its end dates the items with no date of their own) — not a day
# 「定于3月5日召开」, a start 「3月起」 nor a limit 「3月底前」
# (the end month with its own year 「决定于2022年1月至2022年10月，在全市组织开展…」, Round 45: the campaign's span)
_SET_MONTHS = re.compile(r"(?:决定|定于|拟于|计划于)\s*[于在]?\s*(?:((?:19|20)\d{2})\s*年\s*)?"
                         r"(?:\d{1,2}\s*月?份?\s*[、和及至到—\-]\s*)*(?:(?<=[至到—\-])\s*((?:19|20)\d{2})\s*年\s*)?"
                         r"(\d{1,2})\s*月份?(?![\d日号底末初起前中上下])"
                         # (「决定在 3 月份开。」: 开展 cut to 开 by the page, the sentence closed after it)
                         r"(?:[，,]\s*(?=在))?[^。；;，,]{0,16}?开(?:展|(?=\s*[。；;\n]))")

# 「本次专项整治…自本方案印发之日起开展，至2023年11月30日结束」: the campaign's span from the plan's issue, stated
# once anywhere in the plan (Round 37: a stage span for the items with no date of their own) — its end with 结束／止
# (not how long a rule is in force 「自印发之日起施行，有效期至…」; not a bare 「自本通知发布之日起至…」;
# nor rules' term 「本办法自印发之日起实施，至2025年12月31日止」: rules before 自, or 实施 the verb — review 41)
_ISSUED_SPAN = re.compile(r"(?<!办法|规定|细则|条例|制度|意见)(?:自|从)\s*本?(?:方案|通知|文件|意见)?"
                          r"(?:印发|下发|发布)之日(?:起|开始)(?:[^，,。；;\n]{0,6}?(?:开展|启动))?\s*[，,]?\s*(?:至|到)\s*"
                          r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|底|末)\s*(?:止|结束)")


def issued_span_end(text: str) -> str | None:
    """The end of the one campaign span counted from the plan's issue (``_ISSUED_SPAN``); None where none or
    several."""
    found = list(_ISSUED_SPAN.finditer(text)) if "之日" in text else []
    if len(found) != 1:
        return None
    m = found[0]
    return iso_day(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)


# 「经研究决定,6月21日至27日在全镇范围内开展…活动」「决定今年6月17日至23日为全国节能宣传周」: the days the preamble
# decides for the whole campaign (Round 44: a campaign span stated once dates the items with no date of their own) —
# a span of days, its last day with or without its month; not a day 「定于3月5日召开」 nor a start 「3月5日起」
_SET_DAYS = re.compile(r"(?:决定|定于|拟于|计划于)\s*[，,]?\s*(?:于|在|从)?\s*(?:今年)?\s*(?:((?:19|20)\d{2})\s*年\s*)?"
                       r"(\d{1,2})\s*月\s*\d{1,2}\s*日?\s*(?:至|到|[—–\-－~～]+)\s*"
                       r"(?:(?:(?:19|20)\d{2})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日\s*(?:止)?"
                       r"[^。；;，,、]{0,16}?(?:开展|举办|举行|为)")


# 「我中心决定于7月28日,开展一次宣传教育活动」「西咸新區決定于9月20日…舉辦…活動」: the one day the preamble decides to
# hold the whole activity on (Round 48: 定于 fixes when the plan's own activity is held; a span one day long) — not a
# meeting it calls 「定于3月5日召开」, a limit 「…日前」 nor a start 「…日起」
_SET_DAY = re.compile(r"[决決]?定\s*[，,]?\s*[于在]\s*(?:今年)?\s*(?:((?:19|20)\d{2})\s*年\s*)?"
                      r"(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:上午|下午|当天)?(?!\s*(?:[-—–~～至到、和及起]|之?前|以前|开始))"
                      r"[^。；;]{0,30}?(?:开展|開展|举办|舉辦|举行|舉行)[^。；;]{0,40}?活[动動]")


def _set_days_end(preamble: str, year: int | None) -> str | None:
    """The last day of the one span of days the preamble decides for the campaign (``_SET_DAYS``), else the one
    day it decides to hold the activity on (``_SET_DAY``), or None."""
    found = list(_SET_DAYS.finditer(preamble)) if "决定" in preamble or "于" in preamble else []
    if not found and (one := list(_SET_DAY.finditer(preamble)) if "定" in preamble else []):
        if len(one) != 1 or not (one[0].group(1) or year):
            return None
        return iso_day(int(one[0].group(1) or year or 0), int(one[0].group(2)), int(one[0].group(3)))
    if len(found) != 1 or not (found[0].group(1) or year):
        return None
    m = found[0]
    return iso_day(int(m.group(1) or year or 0), int(m.group(3) or m.group(2)), int(m.group(4)))


# 「决定从2022年至2024年,在全镇开展禁毒示范创建」: the whole years the preamble decides for the campaign (Round 45:
# its items with no date of their own are due at its end) — not a period only named 「（2022-2024年）」 nor cited
_SET_YEARS = re.compile(r"(?:决定|定于|拟于|计划)\s*(?:于|在|从|自|用)?\s*((?:19|20)\d{2})\s*年?\s*"
                        r"(?:至|到|[—–\-－~～]+)\s*((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)[^。；;]{0,20}?(?:开展|实施|组织)")


def _set_years_end(preamble: str) -> str | None:
    """The last year's end of the one span of whole years the preamble decides for the campaign (``_SET_YEARS``)."""
    found = list(_SET_YEARS.finditer(preamble)) \
        if "决定" in preamble or "于" in preamble or "计划" in preamble else []
    if len(found) != 1 or not int(found[0].group(1)) < int(found[0].group(2)) <= int(found[0].group(1)) + 10:
        return None
    return iso_day(int(found[0].group(2)), 12)


_SENTENCE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_STAMP = re.compile(r"发布(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2})\s*[-/.年]")


def campaign_end(preamble: str, year: int | None) -> str | None:
    """The end of the one span the preamble gives the whole campaign (``CAMPAIGN``)."""
    found = [*CAMPAIGN.finditer(preamble), *_CAMPAIGN_DAYS.finditer(preamble)] \
        if "起" in preamble or "至" in preamble or "开始" in preamble else []
    if year is None and (stamp := _STAMP.search(preamble)):
        year = int(stamp.group(1))      # 「从现在起」: now is when the page was posted (发布时间:2014-11-04)
    if not found and "利用" in preamble and (counted := months_deadline(preamble, year)):
        return counted.date             # 「县政府决定自2017年4月起，利用一个月时间，…开展…专项行动」
    if not found and "为期" in preamble and (counted := days_deadline(preamble, year)):
        # 「2022年是…。…决定自5月24日起开展为期100天的…行动」: the year the text writes before the start, over a page's
        # upload date (round 42: the text's own year)
        said = _SENTENCE_YEAR.findall(preamble, 0, counted.start) if counted.year_inferred else []
        return (days_deadline(preamble, int(said[-1])) or counted).date if said else counted.date
    if not found and "日" in preamble and (days := _set_days_end(preamble, year)):
        return days
    if not found and "年" in preamble and (years := _set_years_end(preamble)):
        return years
    if not found and "月" in preamble and len(set_months := list(_SET_MONTHS.finditer(preamble))) == 1:
        m = set_months[0]
        # (「2019 年 3 月 5 日是第 56 个学雷锋日,…,决定在 3 月份开展」: the year its own sentence writes before it, over
        # a site's headline year — round 42, the text's own year)
        said = _SENTENCE_YEAR.findall(preamble, max(preamble.rfind(c, 0, m.start()) for c in "。\n") + 1, m.start())
        start = m.group(1) or (said[-1] if said else None)
        if (start or year) and (not m.group(2) or start and 0 <= int(m.group(2)) - int(start) <= 1):
            return iso_day(int(m.group(2) or start or year or 0), int(m.group(3)))
        return None
    if len(found) != 1 or not (found[0].group(1) or year):
        return None
    m = found[0]
    return iso_day(int(m.group(1) or year or 0), int(m.group(2)), int(m.group(3)) if m.group(3) else None)


# the holiday the plan fixes: 「2月11日(星期四)至17日(星期三)放假」「放假时间从5月1日至7日」「从1月17日(星期六)起放假」
# (its first day; not a masked 「20xx年1月17日」). The bracket after the day is a weekday or a lunar day
# 「2月4日（除夕）」「（农历正月初一）」, so it is wider than dates.WEEKDAY
_DAY_NOTE = r"(?:\s*[(（][^()（）]{1,6}[)）])?"
_HOLIDAY = re.compile(r"放假时间[ \t]{0,2}(?:安排)?[ \t]{0,2}(?:[:：为是]|从|自)?[ \t]{0,2}"
                      r"(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                      r"|(?<![\d年xX×])(\d{1,2})\s*月\s*(\d{1,2})\s*日" + _DAY_NOTE +
                      r"\s*(?:(?:至|到|—|－|-|~|～)[^。；;\n]{0,24}?|起|开始)放假")
# (not 「放假前后」: work before and after the holiday runs through it, the festival's period — ``holiday_period``)
_BEFORE_HOLIDAY = re.compile(r"放假(?:之前|以前|前)(?!后)")


# the day before the holiday, named so 「放假前一天，全体职工要…」
_DAY_BEFORE_HOLIDAY = re.compile(r"放假(?:之前|以前|前)\s*(?:一|1)\s*天")


def holiday_day_before(text: str, plan_text: str, year: int) -> str | None:
    """「放假前一天，…要彻底清扫…」: the day before the first day of the holiday the plan prints (「…放假时间为:5月1日
    至5日」) — a fact the plan prints fixes the day meant (round 55; Round 87); None where it prints no holiday."""
    if not _DAY_BEFORE_HOLIDAY.search(text) or not (first := holiday_eve(text, plan_text, year)):
        return None
    return (date.fromisoformat(first) - timedelta(days=1)).isoformat()


def holiday_eve(text: str, body: str, year: int, period: bool = False) -> str | None:
    """「各科室在放假前要组织一次安全大检查」: the work is done by the holiday the plan fixes (Round 39 rulings, round
    36) — its first day; None where the plan fixes no holiday's days. With ``period``, the holiday's period or eve
    the item names with no festival 「同时负责做好节假期间的…工作」 (``festival_periods.HOLIDAY_WORDS``), where the
    festival the notice names has no tabled month (端午, 中秋): the holiday the notice prints is the one it gives
    (p44e; Round 91 on a 清明 notice's items), in the year the notice's words print."""
    if period:
        # (the year printed in the notice's words 「2017年端午节来临」 — not one only a headline gives beside a masked
        # 「20__年」: Round 99 on x360_04, a missing year is not filled)
        if not HOLIDAY_WORDS.search(text) or not (m := _HOLIDAY.search(body)) \
                or not re.search(rf"{year}\s*年", body):
            return None
    elif "放假" not in text or not _BEFORE_HOLIDAY.search(text) or not (m := _HOLIDAY.search(body)):
        return None
    return iso_day(year, int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4)))


# a span the plan's aims open with, stated once for the whole action (Round 40 rulings: 「二、工作目标 1.从20xx年10月至
# 2021年5月,…实行…全面禁烧」 is the campaign's span): its end, the start's year written, masked or left out
_AIM_SPAN = re.compile(r"^[ \t　]*[一二三四五六七八九十]{1,3}、[ \t　]*(?:工作|总体|行动|主要)?目标[ \t　]*[:：]?\s*"
                       r"(?:\d{1,2}\s*[.、．]\s*)?(?:从|自)\s*(?:(?:19|20)[\dxX×]{2}\s*年\s*)?"
                       r"\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"
                       r"\s*(?:起\s*)?(?:至|到|[—–\-－~～]+)\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月"
                       r"(?:\s*(\d{1,2})\s*日|底|末)?(?:止|结束)?\s*[，,]", re.M)


# (or the day the aims open by dating the completion of the tasks the items carry 「一、总体目标 在2022年5月底前实现…,
# …“三清理”“三拆除”“三整治”任务基本完成」: the campaign's end, round 37 as Round 89 governs on x332_03 一 — not a date
# of a state the goal sets alone, round 39)
_AIM_DONE = re.compile(r"^[ \t　]*[一二三四五六七八九十]{1,3}、[ \t　]*(?:工作|总体|行动|主要)?目标[ \t　]*[:：]?\s*"
                       r"(?:力争|确保)?(?:在|于|到)?\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日|底|末)?"
                       r"\s*(?:之前|以前|前)[^。；;\n]{0,80}?任务[^。；;\n，,]{0,6}?(?:基本|全面|全部)?完成", re.M)


def aims_span_end(text: str, year: int | None) -> str | None:
    """The end of the one span the plan's aims open with (``_AIM_SPAN``), or the day they date the tasks' completion
    by (``_AIM_DONE``); None where none or several."""
    found = list(_AIM_SPAN.finditer(text)) + list(_AIM_DONE.finditer(text)) if "目标" in text else []
    if len(found) != 1 or not (found[0].group(1) or year):
        return None
    m = found[0]
    return iso_day(int(m.group(1) or year or 0), int(m.group(2)), int(m.group(3)) if m.group(3) else None)


# an item whose work recurs 「从11月起,每周组织一次“全镇清洁”行动」 (Round 38 rulings: recurring items keep no deadline
# under a campaign's span) — not a sending on a rhythm beside a one-off step (Round 40: dated by the span's end)
_RECURS = re.compile(r"每(?:周|月|天|日|旬|季度?)[一二三四五六日]?\s*(?:至少)?\s*"
                     r"(?:组织|开展|进行|召开|巡查|检查|清理|督查)")


# a line that is nothing but the activity's days, its label 「活动时间」 lost on the page 「2019年5月14、15、16日。」
# (round 48 on x226_06: an activity's span of named days dates its items with no date by the latest end) — its
# year printed, two days or more; the one such line of the plan
_DAYS_LINE = re.compile(r"^[ \t　]*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日?"
                        r"((?:\s*(?:、|和|及|至|到|[—–\-－~～])\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日?)+)"
                        r"[ \t　]*[。.]?[ \t　]*$", re.M)
_LAST_OF = re.compile(r"(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日?\s*$")


def days_line_end(text: str) -> str | None:
    """The last day of the one bare line of days the plan prints (``_DAYS_LINE``), or None."""
    found = list(_DAYS_LINE.finditer(text)) if "年" in text else []
    if len(found) != 1 or not (last := _LAST_OF.search(found[0].group(3))):
        return None
    m = found[0]
    return iso_day(int(m.group(1)), int(last.group(1) or m.group(2)), int(last.group(2)))


# an item whose work begins once the activity is over 「植树活动结束后,由林场安排人员负责对所种苗木进行管护」: after the
# activity's day, not due on it (x103_04 七/(四), kept round 41: the single-day span reaches only the preparations)
# — the clause opens the item's work, after its heading (not 「…负责宣传活动的具体实施。…活动结束后,安排…午餐」: a last
# step of the activity's own work, dated by its day)
_AFTER_ACTIVITY = re.compile(r"\s*(?:[^。；;\n]{1,12}[。\n])?\s*[\u4e00-\u9fff]{0,6}?(?:活动|植树)"
                             r"(?:结束|完成)(?:后|之后|以后)\s*[，,]")


def recurring(text: str) -> bool:
    """Whether the item's own work recurs (``_RECURS``), or its first clause sends on a rhythm (``rhythm_first``), or
    it begins after the activity (``_AFTER_ACTIVITY``)."""
    return "每" in text and bool(_RECURS.search(text)) or rhythm_first(text) \
        or "后" in text and _AFTER_ACTIVITY.match(text) is not None


def date_activity_items(tasks: list[Task], body: str, year: int | None, doc_number: str = "",
                        preamble: str = "", field_end: str | None = None,
                        lead_ins: dict[tuple[str, ...], list[str]] | None = None, title: str = "") -> None:
    """Give tasks without a deadline the days they fix, else the activity's span end, else the campaign's span the
    preamble gives, else ``field_end`` (``time_fields``: a time field of the opening points) (in place). A plan that
    writes no year but its document number's 「〔2007〕35号」 holds its activity in that year. ``lead_ins`` are the
    texts of the points above each task (nearest first, by the task's path and number): a named day's period one
    of them names 「要在宣传日前后组织…,具体工作要求如下:」 dates the items under it before the campaign's span does
    (Round 49 rulings on x231_06 二; round 37: a lead-in's date is its items'), and so does the 活动时间 span a
    lead-in labels (``_lead_in_span``)."""
    if year is None and (issued := _DOC_YEAR.search(doc_number or "")):
        year = int(issued.group(1))
    if not any(t.deadline is None for t in tasks):
        return
    body, preamble = first_month(body), first_month(preamble)      # (元月 is January to the readers only)
    if year is None:
        # (a plan of no year whose 活动时间 writes its own 「2023111日至1130日」: that span still dates the items)
        if span_end := campaign_end(preamble, year) or activity_span_end(body, year):
            for task in tasks:
                task.deadline = task.deadline or span_end
        return
    plan_text = "\n".join([preamble, body])
    # (a 活动时间 field the page prints above its first numbered section 「活动主题 … 活动时间 2023年12月4日…」: the
    # preamble's, the same span stated once)
    span_end = activity_span_end(body, year) or campaign_end(preamble, year) or activity_span_end(preamble, year) \
        or aims_span_end(body, year) \
        or issued_span_end(plan_text) or week_month(plan_text, year) or field_end or days_line_end(plan_text)
    for task in tasks:
        if task.deadline is None:
            text = first_month(task.text)
            task.deadline = field_day(text, year) or field_span_end(text, year) \
                or closing_day(text, year) or fixed_days_end(text, year) or show_days_end(text, year) \
                or glossed_days_end(text, year) or (
                own_day(text, year, held_only=not span_end)) or appointed_day(text, year) \
                or own_month(text, year) \
                or month_part(text, year) or set_day(text, year) or set_month(text, year) or own_span_end(text, year) \
                or holiday_day_before(text, plan_text, year) \
                or event_eve(text, plan_text, year, span_end) or festival_period(text, year, span_end) \
                or year_festival(text, title + preamble) or first_month_limit(text, year) \
                or first_month_field(text, year) \
                or named_day_month(text, plan_text, year) or day_activity_month(text, year) \
                or event_period(text, plan_text, year) \
                or stated_day_month(text, year) \
                or next((d for t in (lead_ins or {}).get((*task.path, task.number), ())
                         if (d := named_day_month(t, plan_text, year))), None) \
                or (_lead_in_span(task, lead_ins, year) or span_end if not recurring(task.text) else None) \
                or week_period_month(text, preamble, year) or holiday_eve(text, plan_text, year) \
                or holiday_period(text, title + preamble, year, span_end) \
                or holiday_eve(text, plan_text, year, period=True)  # (after the plan's own span, x204_03)


def _lead_in_span(task: Task, lead_ins: dict[tuple[str, ...], list[str]] | None, year: int) -> str | None:
    """The end of the 活动时间 span the nearest point above the task labels 「二、…视频征集⏎活动时间：1月5日-2月12日⏎
    活动内容：⏎1、…⏎2、…」: that activity's span ends its items with no date of their own (round 35's stage span, the
    lead-in's date its items', round 37), where each activity of the plan has a span of its own — or the day its
    时间 field gives 「（一）迎春送福活动。⏎时间：2023年2月6日上午⏎内容：⏎1.…⏎2.…」 (round 43: a 时间 field
    dates the work it heads; Round 67's x283_03)."""
    return next((d for t in (lead_ins or {}).get((*task.path, task.number), ())
                 if (d := activity_span_end(t, year) or field_day(t, year))), None)


# the span a plan is for: 「…“十三五”规划」 in its title (十三五 ends 2020, each five years on), or years in its title
# 「…规划（2021—2025年）」 or its body 「规划期为2016—2020年」
_PLAN_FYP = re.compile(r"十([三四五六])五[”\"']?(?:[\u4e00-\u9fff]{0,12}?)规划")
_PLAN_YEARS = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-—–~～至到－]+\s*((?:19|20)\d{2})\s*年")
_PLAN_TERM = re.compile(r"规划期(?:限)?(?:为|是|[:：])\s*" + _PLAN_YEARS.pattern)
# 「到规划期末实施…改造」: the end of the plan's span (Round 41)
_TERM_END = re.compile(r"(?:到|至|截至|在)?规划期末")


def plan_term_end(title: str, body: str) -> int | None:
    """The last year of the span a plan is for (its title's 十X五 or years, else 「规划期为…」), or None."""
    if (fyp := _PLAN_FYP.search(title)) and "规划" in title:
        return 2020 + 5 * "三四五六".index(fyp.group(1))
    years = _PLAN_YEARS.search(title) if "规划" in title else None
    years = years or _PLAN_TERM.search(body)
    return int(years.group(2)) if years else None


def date_term_end_items(tasks: list[Task], title: str, body: str) -> None:
    """Give tasks without a deadline that work 「到规划期末」 the last day of the plan's span (in place)."""
    todo = [t for t in tasks if t.deadline is None and "规划期末" in t.text and _TERM_END.search(t.text)]
    if todo and (end := plan_term_end(title, body)):
        for task in todo:
            task.deadline = f"{end:04d}-12-31"


__all__ = ["activity_span_end", "campaign_end", "date_activity_items", "date_term_end_items",
           "field_day", "fixed_days_end", "holiday_eve"]
