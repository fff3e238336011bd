"""When things are due: reporting duties and phase ends, counted on Chinese working days.

Pure Python, no Qt. chinese-calendar knows official holidays and make-up working days
only for the years it ships with; past them it raises NotImplementedError, and we fall
back to "Monday to Friday" and mark the result ``approximate`` so the dashboard can say so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop.core import progress
from desktop.core.duty_names import duty_name
from desktop.core.duty_senders import owed_by
from desktop.core.values import cn_number

# a monthly duty read as 「其他」 that sends the month's progress (每月25日前将工作进展报送…): the monthly progress,
# as a clerk knows it — not 「2024年5月其他报送事项」 (ux58 finding 10)
MONTHLY_PROGRESS_LABEL = "月度进展"
# a half-yearly duty that sends the progress (每半年报送一次工作进展): 「2024年上半年工作进展」
HALF_PROGRESS_LABEL = "工作进展"
HALF_SUMMARY_LABEL = "工作小结"
_PROGRESS_SENT = re.compile(r"进展|进度|落实情况|工作情况")
# duties that ask nothing to be sent by a day (an oversight or meeting rhythm): no deadline, no due rule
NOT_DUE = frozenset({"oversight"})
# 遇节假日提前报送 / 如遇法定节假日则提前至节前最后一个工作日 / 逢双休日提前: the plan's own words move a day on
# a rest day earlier; without them it waits for the next working day (``WorkCalendar.due_day``)
_EARLIER = re.compile(r"(?:节假日|休息日|双休日|周末|假日|假期|放假)[^。；]{0,12}?提前")


def says_earlier(text: str) -> bool:
    """Whether a duty's words move its day earlier when it falls on a rest day (遇节假日提前)."""
    return _EARLIER.search(text) is not None


class WorkCalendar:
    """Working days by chinese-calendar, or by weekday where it has no data."""

    def __init__(self) -> None:
        self.approximate_years: set[int] = set()
        # each answer once per calendar: chinese-calendar checks every date against the min and
        # max of its 600 holidays, and counting working days asks for the same days again and again
        self._known: dict[date, bool] = {}

    def is_workday(self, day: date) -> bool:
        known = self._known.get(day)
        if known is None:
            known = self._known[day] = self._ask(day)
        return known

    def _ask(self, day: date) -> bool:
        try:
            import chinese_calendar

            return bool(chinese_calendar.is_workday(day))
        except NotImplementedError:
            self.approximate_years.add(day.year)
            return day.weekday() < 5

    def due_day(self, nominal: date, earlier: bool = False) -> date:
        """The day a deadline the plan dates ``nominal`` is due — the one rule for every sending the office
        chases, on the 工作台, the monthly page and the reports: on a rest day (a weekend or holiday), the next
        working day (遇节假日顺延); the working day before when the plan's words say so (``earlier``:
        ``says_earlier``, 遇节假日提前). ux64 finding 8: 7月5日 moved later while 11月30日 moved earlier."""
        return self.on_or_before(nominal) if earlier else self.on_or_after(nominal)

    def on_or_before(self, day: date) -> date:
        """The last working day on or before ``day`` (a deadline the plan moves earlier on a holiday)."""
        while not self.is_workday(day):
            day -= timedelta(days=1)
        return day

    def on_or_after(self, day: date) -> date:
        """The first working day on or after ``day`` (a "by the 5th" that falls on a holiday waits)."""
        while not self.is_workday(day):
            day += timedelta(days=1)
        return day

    def days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end``; negative when overdue."""
        if end >= start:
            return sum(1 for n in range(1, (end - start).days + 1)
                       if self.is_workday(start + timedelta(days=n)))
        return -sum(1 for n in range(1, (start - end).days + 1)
                    if self.is_workday(end + timedelta(days=n)))


@dataclass(frozen=True)
class Deadline:
    """Something due: ``due`` is the working day it falls on, ``nominal`` what the plan says."""

    kind: str
    label: str
    nominal: date
    due: date
    working_days_left: int
    approximate: bool = False

    @property
    def overdue(self) -> bool:
        return self.working_days_left < 0


def month_end(year: int, month: int) -> date:
    return date(year, month, progress.days_in_month(year, month))


def parse_month(text: str) -> tuple[int, int]:
    """``2024-06`` (or a day in it) → (2024, 6)."""
    return progress.parse_month(text[:7])


def parse_day(text: str) -> date:
    return date.fromisoformat(text[:10])


MONTHLY_DUE_DAY = progress.MONTHLY_DUE_DAY
DueRule = progress.DueRule
DEFAULT_DUE = progress.DEFAULT_DUE
monthly_nominal = progress.nominal_due
months_between = progress.months_between

# 每月15日前 / 每月19日（第一次报送时间9月19日）/ 每月 5 号前 / 每月二十五日前
_MONTHLY_DAY = re.compile(r"每(?:个)?月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]")
_THIS_MONTH = re.compile(r"当月|本月")
_LAST_MONTH = re.compile(r"上月|上个月|上一月|前一月")
# past this day, a monthly report that names neither 上月 nor 当月 is the month's own (每月25日前报送)
_LATE_IN_MONTH = 20


# 每季度末月25日前 / 每季度最后一个月的25日前 / 每季度末25日前: a day of the quarter's last month (ux60 finding 6: the
# quarterly report was dated the quarter's last working day, 06-28, not the 25th)
_QUARTER_DAY = re.compile(r"每(?:个)?季度?\s*(?:末月|最后一个?月的?|末)\s*(\d{1,2})\s*[日号]")


def quarter_day(text: str) -> int | None:
    """The day of the quarter's last month a quarterly duty names (``_QUARTER_DAY``), else None."""
    found = _QUARTER_DAY.search(text)
    day = int(found.group(1)) if found else 0
    return day if 1 <= day <= 30 else None


def due_rule_of(text: str) -> DueRule | None:
    """The due rule one monthly duty states (每月15日前报送整治进展情况 → the 15th of the next
    month; 每月19日报送当月工作小结 → the 19th of the same month); None when it names no day."""
    found = _MONTHLY_DAY.search(text)
    if not found:
        return None
    raw = found.group(1)
    try:
        day = int(raw) if raw.isdigit() else progress.cn_to_int(raw)
    except ValueError:
        return None
    if not 1 <= day <= 31:
        return None
    rest = text[found.end():]
    if _LAST_MONTH.search(rest):
        same = False
    elif _THIS_MONTH.search(rest):
        same = True
    else:
        same = day >= _LATE_IN_MONTH
    return DueRule(day, same, earlier=says_earlier(text))


def quarter_rule_of(text: str) -> DueRule:
    """The due rule one quarterly duty states: by the day of the quarter's last month it names
    (每季度末月25日前), else by the quarter's last day (每季度报送一次)."""
    return DueRule(quarter_day(text) or 31, True, "quarter", says_earlier(text))


# 每半年报送一次工作进展: the parser stores it as a yearly 「其他」 duty (or a half-year summary due in June) — the
# rhythm is read from the stored duty's text here (m62c finding 1: such a plan was chased monthly)
_EVERY_HALF = re.compile(r"每半年")
# 6月25日和12月25日前 / 7月5日前和次年1月5日前 / 6月底和12月底前: the day of a half year's report
_HALF_DAY = re.compile(r"(1[0-2]|[1-9])\s*月\s*(?:(\d{1,2})\s*[日号]|(底|末))")


def half_yearly(duty: Mapping[str, Any]) -> bool:
    """Whether ``duty`` asks for a report each half year (每半年报送…): a sending with no monthly or quarterly
    rhythm whose text says 每半年 (stored as ``every`` "year", or as a half-year summary with no rhythm)."""
    return (duty.get("kind") not in NOT_DUE and duty.get("every") in (None, "year")
            and _EVERY_HALF.search(str(duty.get("text") or "")) is not None)


def half_rule_of(text: str) -> DueRule:
    """The due rule one half-yearly duty states: by the day it names in June and December (6月25日和12月25日前),
    or in July and January (7月5日前和次年1月5日前: the month after), else by the half year's last day."""
    for found in _HALF_DAY.finditer(text):
        month, day = int(found.group(1)), int(found.group(2) or 31)
        if 1 <= day <= 31 and month in (6, 12, 7, 1):
            return DueRule(min(day, 31), month in (6, 12), "half", says_earlier(text))
    return DueRule(31, True, "half", says_earlier(text))


def _rhythm_duty(duties: Iterable[Mapping[str, Any]]) -> tuple[Mapping[str, Any] | None, DueRule | None]:
    """The duty the plan's reporting rhythm is read from, and the rule it states (``stated_due_rule``)."""
    sent = [d for d in duties if d.get("kind") not in NOT_DUE]
    monthly = [d for d in sent if d.get("every") == "month"]
    if monthly:
        monthly.sort(key=lambda d: d.get("kind") != "monthly_info")
        return next(((d, rule) for d in monthly if (rule := due_rule_of(str(d.get("text") or ""))) is not None),
                    (monthly[0], None))
    quarterly = [d for d in sent if d.get("every") == "quarter"]
    if quarterly:
        duty = next((d for d in quarterly if quarter_day(str(d.get("text") or "")) is not None), quarterly[0])
        return duty, quarter_rule_of(str(duty.get("text") or ""))
    halves = [d for d in sent if half_yearly(d)]
    if halves:
        named = [d for d in halves if _HALF_DAY.search(str(d.get("text") or ""))]
        duty = (named or halves)[0]
        return duty, half_rule_of(str(duty.get("text") or ""))
    return None, None


def stated_due_rule(duties: Iterable[Mapping[str, Any]]) -> DueRule | None:
    """The due rule the plan states: the day its monthly information duty names, else the day
    another monthly duty names; None when a monthly duty names no day. A plan that asks for nothing
    monthly but a quarterly report (ux60 finding 6) is chased by the quarter: its quarterly duty's
    rule (``quarter_rule_of``); one that asks for neither but a report each half year (``half_yearly``), by the
    half year (``half_rule_of``). None when the plan asks for neither: the 5th of the next month. A plan
    with both is chased monthly, the stricter."""
    return _rhythm_duty(duties)[1]


# 各牵头单位要于每季度末月25日前将落实情况报送… / 由各牵头单位每月5日前报送… / 请各牵头单位会同配合单位于每月…:
# the leads send the reports, not every unit named on a task (ux61 problem 4)
_LEADS_SEND = re.compile(r"(?<![和与及、各])各?牵头单位(?![和与及、])(?:要|应|须|需|务必|应当)?"
                         r"(?:会同[^，。；]{1,12}?)?(?:于|在)?\s*(?:每|按)")


def leads_report(duties: Iterable[Mapping[str, Any]]) -> bool:
    """Who owes reports, beside the due rule: True when the duty the plan's rhythm is read from has the
    lead units send them (各牵头单位要于每季度末月25日前将落实情况报送…) — then only units leading a task are
    chased, in the dashboard, the 催报 text and the status sheet (``store.dashboard.reporting_units``);
    False when it says nothing of who reports: every unit named on a task."""
    duty, _ = _rhythm_duty(duties)
    return duty is not None and _LEADS_SEND.search(str(duty.get("text") or "")) is not None


# the count of articles a monthly information duty asks for: 「每月报送信息1篇以上」「每月至少报送两条工作信息」
_ARTICLE_COUNT = re.compile(r"(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*(?:篇|条|期)")


def articles_asked(duties: Iterable[Mapping[str, Any]]) -> int:
    """How many information articles (工作信息) the plan asks of a unit each month, read from its stored
    duties: the count its monthly information duty names (每月报送信息1篇以上 → 1, 每月至少报送两条信息 → 2), 1
    when it names none; 0 when no duty asks for information (a plan reporting its progress by the quarter, or
    a monthly progress report without 信息) — then a month without an article is nothing to warn about."""
    asked = 0
    for duty in duties:
        text = str(duty.get("text") or "")
        if duty.get("kind") != "monthly_info" or "信息" not in text:
            continue
        found = _ARTICLE_COUNT.search(text, max(0, text.index("信息") - 12))     # (the count near 信息, not a day's)
        count = found.group(1) if found else "1"
        asked = max(asked, int(count) if count.isdigit() else int(cn_number(count) or 1))
    return asked


def due_rule(duties: Iterable[Mapping[str, Any]]) -> DueRule:
    """The plan's due rule, the one place that says when each unit's reports are due — the
    dashboard's grid, list and 催报, the monthly page, the reports, the status sheet and ``plan info``
    read it from the plan's stored duties (so a revision that changes them changes the rhythm): the
    one it states (``stated_due_rule``), else the 5th of the next month."""
    return stated_due_rule(duties) or progress.DEFAULT_DUE


def monthly_due(month: str, cal: WorkCalendar | None = None, rule: DueRule = progress.DEFAULT_DUE) -> date:
    """A month's progress and information are due as the plan's ``rule`` says (by default the
    5th of the next month); on a holiday or weekend, the next working day, or the one before when the plan
    says 遇节假日提前 (``WorkCalendar.due_day``). The one rule the dashboard and the reports share."""
    cal = cal or WorkCalendar()
    return cal.due_day(monthly_nominal(month, rule), rule.earlier)


def plan_months(phases: Iterable[Mapping[str, Any]], duties: Iterable[Mapping[str, Any]],
                today: date, start: str | None = None) -> list[str]:
    """The months a plan runs: from its first phase to its last phase or duty; a plan with no phases from its
    ``start`` (its first month owed, ``store.dashboard.first_month``), else from this year's January. A plan
    with no phase ends runs to its year's December at least: a one-off duty's day (5月15日前报备实施细则) does not end
    it, or the dashboard stopped its grid, due list and chase in May (ux61 problem 1); and to this year's December,
    or in January the December before was neither shown nor chased (m62c finding 3)."""
    starts = [p["start"] for p in phases if p.get("start")]
    ends = [p["end"] for p in phases if p.get("end")]
    first = min(starts) if starts else start[:7] if start else f"{today.year:04d}-01"
    if not ends:
        ends = [f"{first[:4]}-12", f"{today.year:04d}-12"]
    ends += [d["due"][:7] for d in duties if d.get("due")]
    last = max(ends)
    return months_between(first, max(first, last))


def _same_day(day: date, year: int) -> date | None:
    """``day``'s month and day in ``year`` (none: 2月29日 in a common year)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def upcoming(duties: Iterable[Mapping[str, Any]], phases: Iterable[Mapping[str, Any]],
             today: date, *, overdue_days: int = 31, limit: int = 12,
             cal: WorkCalendar | None = None, start: str | None = None,
             scope: Iterable[str] | None = None) -> list[Deadline]:
    """What is due next, soonest first; items overdue by up to ``overdue_days`` stay listed.

    Recurring duties (``every`` month or quarter) give their next occurrence within the
    plan's months; one-off duties their ``due`` date; each phase its last month's end. An
    oversight rhythm (``NOT_DUE``: 月调度、季检查) sends nothing and is not listed. ``start``: the plan's first
    month owed (``plan_months``). ``scope``: a unit's name and its groups' — a duty whose ``senders`` (``core.
    duty_senders``) are other units is not on its list (rv70b finding 6); None: the office's, every duty.
    """
    cal = cal or WorkCalendar()
    duties = list(duties)
    phases = list(phases)
    scope = None if scope is None else list(scope)
    months = plan_months(phases, duties, today, start)
    plan_rule = due_rule(duties)
    half_rule = plan_rule if plan_rule.every == "half" else None
    halves = " ".join(str(d.get("text") or "") for d in duties if half_yearly(d))
    half_label = HALF_PROGRESS_LABEL if _PROGRESS_SENT.search(halves) else HALF_SUMMARY_LABEL
    halves_listed = False
    found: list[tuple[str, str, date, bool | None]] = []   # kind, label, nominal, moves earlier (None: never)
    for duty in duties:
        kind = duty.get("kind") or "other"
        if kind in NOT_DUE or (scope is not None and not owed_by(duty.get("senders") or [], scope)):
            continue
        label = duty_name(duty)
        every = duty.get("every")
        if kind == "other" and every == "month" and _PROGRESS_SENT.search(str(duty.get("text") or "")):
            label = MONTHLY_PROGRESS_LABEL
        half = half_yearly(duty)
        if half and halves_listed:
            continue                 # (one report each half year, however many of the plan's duties say 每半年)
        if half_rule is not None and not every and duty.get("due") and kind in ("other", "half_year_summary") \
                and parse_day(duty["due"]) == half_rule.nominal(duty["due"][:7]):
            continue                 # (「6月底和12月底前报市民政局」 of the same sending: the half year's report)
        if every in ("month", "quarter") or half:
            text = str(duty.get("text") or "")
            # the duty's own rule: a monthly one's day, else the plan's; a quarterly one's day in the quarter's last
            # month, else its end (ux60); a half-yearly one's in June and December, as the plan states it (m62c) —
            # owed only in the months its rule owes (``DueRule.owes``)
            own = (half_rule or half_rule_of(text) if half else quarter_rule_of(text) if every == "quarter"
                   else due_rule_of(text) or plan_rule)
            if half:
                halves_listed, label = True, half_label
            for month in months:
                if not own.owes(month):
                    continue
                year, mon = parse_month(month)
                name = f"{year}年{mon}月{label}"
                if every == "quarter" and kind == "quarterly_report":      # 2024年第三季度报告, not 2024年9月季度报告
                    name = own.period_label(month) + "报告"
                elif half:                                   # 2024年上半年工作进展 / 2024年下半年工作小结
                    name = own.period_label(month) + label
                nominal = monthly_nominal(month, own)
                if cal.due_day(nominal, own.earlier) >= today:
                    # only the next one: past months show in the office's grid
                    found.append((kind, name, nominal, own.earlier))
                    break
        elif every == "year" and duty.get("due"):
            # 每年6月20日前报送半年工作小结: due that day in every year of the plan's span; the next one shows (ux58)
            stated = parse_day(duty["due"])
            years = range(min(int(months[0][:4]), stated.year), max(int(months[-1][:4]), stated.year) + 1)
            days = [d for y in years if (d := _same_day(stated, y)) is not None]
            early = says_earlier(str(duty.get("text") or ""))
            found.append((kind, label, next((d for d in days if cal.due_day(d, early) >= today), days[-1]), early))
        elif duty.get("due"):
            found.append((kind, label, parse_day(duty["due"]), says_earlier(str(duty.get("text") or ""))))
    for phase in phases:
        if phase.get("end"):
            # a stage ends on its month's last day, whatever day that is: nothing is sent, nothing moves
            found.append(("phase_end", f"{phase['name']}结束", month_end(*parse_month(phase["end"])), None))
    out: list[Deadline] = []
    seen: set[tuple[str, date]] = set()
    for kind, label, nominal, moves in found:
        if nominal < today - timedelta(days=overdue_days) or (label, nominal) in seen:
            continue
        seen.add((label, nominal))
        before = set(cal.approximate_years)
        due = nominal if moves is None else cal.due_day(nominal, moves)
        left = cal.days_between(today, due)
        approximate = bool(cal.approximate_years - before) or due.year in cal.approximate_years
        out.append(Deadline(kind, label, nominal, due, left, approximate))
    out.sort(key=lambda d: (d.due, d.label))
    return out[:limit]
