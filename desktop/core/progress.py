"""The rules of the figures, in one place: months, which months and units are due, a task's
status, a target's value, on-time, labels and Chinese numerals.

Pure: no database, no files. The dashboard (``store.dashboard``), every report
(``reports.draft``), the ledger and the status sheet (``reports.sheets``) call these, so the
same workspace gives the same numbers everywhere.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

# --- labels ---------------------------------------------------------------------------------

STATUSES = ("not_started", "in_progress", "done", "late")
STATUS_LABELS = {"not_started": "未启动", "in_progress": "推进中", "done": "已完成", "late": "滞后"}
RECEIPT_LABELS = {"received": "已收到", "accepted": "已接受", "returned": "已退回"}

# --- months -----------------------------------------------------------------------------------

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def is_month(text: object) -> bool:
    """``2024-06`` is a month; ``2024-6``, ``2024-13`` and non-strings are not."""
    return isinstance(text, str) and bool(_MONTH.match(text))


def parse_month(text: str) -> tuple[int, int]:
    """``2024-06`` → (2024, 6). Raises ValueError on anything else."""
    if not is_month(text):
        raise ValueError(f"not a month: {text!r}")
    return int(text[:4]), int(text[5:7])


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def next_month(month: str) -> str:
    year, mon = parse_month(month)
    return month_key(year + 1, 1) if mon == 12 else month_key(year, mon + 1)


def previous_month(month: str) -> str:
    year, mon = parse_month(month)
    return month_key(year - 1, 12) if mon == 1 else month_key(year, mon - 1)


def months_between(first: str, last: str) -> list[str]:
    """``first``..``last`` inclusive; empty when ``last`` is before ``first``."""
    out: list[str] = []
    month = first
    parse_month(last)
    while month <= last:
        out.append(month)
        month = next_month(month)
    return out


def month_label(month: str) -> str:
    """``2024-06`` → ``2024年6月``."""
    year, mon = parse_month(month)
    return f"{year}年{mon}月"


def days_in_month(year: int, mon: int) -> int:
    """``calendar.monthrange(year, mon)[1]``, without importing calendar (and locale with it,
    ~4 ms) while the window starts."""
    following = dt.date(year + 1, 1, 1) if mon == 12 else dt.date(year, mon + 1, 1)
    return (following - dt.timedelta(days=1)).day


def month_end(month: str) -> dt.date:
    year, mon = parse_month(month)
    return dt.date(year, mon, days_in_month(year, mon))


# --- the due day --------------------------------------------------------------------------------

MONTHLY_DUE_DAY = 5      # a month's progress and information go in by the 5th of the next month


QUARTERS = "一二三四"
# months one report covers, by the rule's rhythm (``DueRule.every``)
PERIOD_MONTHS = {"month": 1, "quarter": 3, "half": 6}


@dataclass(frozen=True)
class DueRule:
    """When a month's report is due, as the plan says it: by ``day`` of the next month
    (每月5日前报送上月进展, the rule where a plan names no day), or by ``day`` of the month itself
    (每月25日前报送当月工作进展: ``same_month``). A plan that asks only for quarterly reports
    (``every`` "quarter": 每季度末月25日前报送) owes one report a quarter, its last month's, due by ``day`` of
    that month (31: the quarter's last day); the months between are owed by no one, and a month's entry a unit
    still makes is due with its quarter's report (ux60 finding 6). A plan that asks for a report each half year
    (``every`` "half": 每半年报送一次工作进展) owes June's and December's, due by ``day`` of that month (31: its last
    day) or, ``same_month`` False, of the month after (7月5日前和次年1月5日前). A day on a rest day is the next
    working day (遇节假日顺延), or the working day before when the plan's words say so (``earlier``: 遇节假日提前)."""

    day: int = MONTHLY_DUE_DAY
    same_month: bool = False
    every: str = "month"            # "month" | "quarter" | "half"
    earlier: bool = False           # the plan says 遇节假日提前: a day on a rest day moves to the working day before

    @property
    def span(self) -> int:
        """Months one report covers: 1, 3 (a quarter) or 6 (a half year)."""
        return PERIOD_MONTHS.get(self.every, 1)

    def report_month(self, month: str) -> str:
        """The month whose report covers ``month``: itself, or its quarter's (half year's) last month."""
        if self.span == 1:
            return month
        year, mon = parse_month(month)
        return month_key(year, mon + (-mon) % self.span)

    def owes(self, month: str) -> bool:
        """Whether a report is owed for ``month``: every month, or a quarter's last month."""
        return self.report_month(month) == month

    def nominal(self, month: str) -> dt.date:
        """The day ``month``'s report is due, before moving off a holiday; a day the month lacks
        (30日 in February) is its last day."""
        month = self.report_month(month)
        year, mon = parse_month(month if self.same_month else next_month(month))
        day = self.day if 1 <= self.day <= 31 else MONTHLY_DUE_DAY
        return dt.date(year, mon, min(day, days_in_month(year, mon)))

    def period_label(self, month: str) -> str:
        """What a report for ``month`` is called: 2024年6月, 2024年第二季度, or 2024年上半年."""
        year, mon = parse_month(month)
        if self.every == "quarter":
            return f"{year}年第{QUARTERS[(mon - 1) // 3]}季度"
        if self.every == "half":
            return f"{year}年{'上' if mon <= 6 else '下'}半年"
        return month_label(month)

    def describe(self) -> str:
        """每月5日前报送上月情况 / 每月25日前报送当月情况 / 每季度末月25日前报送当季情况 / 每半年（6月、12月底前）报送
        半年情况, for the office and the units to see."""
        if self.every == "quarter":
            text = f"每季度末{'' if self.day >= 31 else f'月{self.day}日前'}报送当季情况"
        elif self.every == "half":
            when = ("6月、12月底前" if self.day >= 31 else f"6月、12月{self.day}日前" if self.same_month
                    else f"7月、次年1月{self.day}日前")
            text = f"每半年（{when}）报送半年情况"
        else:
            text = f"每月{self.day}日前报送{'当月' if self.same_month else '上月'}情况"
        return text + ("（遇节假日提前）" if self.earlier else "")


DEFAULT_DUE = DueRule()


def nominal_due(month: str, rule: DueRule = DEFAULT_DUE) -> dt.date:
    """The day a month's report is due by ``rule``, before moving off a holiday."""
    return rule.nominal(month)


def first_due_month(issued: str | dt.date | None, first_duty: str | None = None,
                    in_use: str | dt.date | None = None, rule: DueRule | None = None) -> str | None:
    """The first month a monthly report is due for: the plan's own start — the month it was
    issued (a plan issued on 1 April asks for April's work, due in May), or the first duty's
    month when the plan names one — but never before the month the plan was taken into use
    (``in_use``: its import into this workspace), since nobody owes a month before the plan
    reached them (a 2023 plan imported in December 2026 owes from December 2026). The later of
    the two; None when neither is known. With the plan's due ``rule``, a month whose report was due
    by the day the plan was issued is owed by no one either (ux57: a plan dated 26 February that asks
    for each month's report by the 25th starts with March): ``owed_from_issue``."""
    start: str | None = None
    if first_duty and is_month(str(first_duty)[:7]):
        start = str(first_duty)[:7]
    elif issued and is_month(str(issued)[:7]):
        start = str(issued)[:7]
        if rule is not None:
            start = owed_from_issue(str(issued), rule)
    used = str(in_use)[:7] if in_use and is_month(str(in_use)[:7]) else None
    if start and used:
        return max(start, used)
    return start or used


# the least time a unit is given between the plan's issue and the first monthly report it owes
FIRST_REPORT_DAYS = 7


def owed_from_issue(issued: str, rule: DueRule = DEFAULT_DUE) -> str:
    """The first month a plan issued on ``issued`` (YYYY-MM-DD) can ask a report for: the first,
    from its own month on, whose report falls due (``nominal_due``) at least ``FIRST_REPORT_DAYS``
    days after the day of issue — a month due before the plan was issued, or so soon after it that
    no unit could report (ux58: dated 26 February, 每月28日前报送: February is owed by no one, March
    is the first), is not chased. A date without its day is its month."""
    month = issued[:7]
    try:
        day = dt.date.fromisoformat(issued[:10])
    except ValueError:
        return month
    while nominal_due(month, rule) < day + dt.timedelta(days=FIRST_REPORT_DAYS):
        month = next_month(month)
    return month


def due_months(period: Sequence[str], due_of: Mapping[str, dt.date], day: dt.date,
               first: str | None = None) -> list[str]:
    """Months of ``period`` whose report was due before ``day`` (``due_of`` holds each month's
    due date, from the work calendar), none before the plan's ``first`` month."""
    return [m for m in period if (first is None or m >= first) and due_of[m] < day]


def cover_month(period: Sequence[str], due_of: Mapping[str, dt.date], day: dt.date,
                first: str | None = None) -> str | None:
    """The month a report dated ``day`` covers up to, for every unit alike: the latest month of
    the period that was due by then (a year-end report of 26 November stands at 10月底)."""
    due = due_months(period, due_of, day, first)
    return due[-1] if due else None


@dataclass(frozen=True)
class Cover:
    """How far a document covers (``cover``): ``month`` the month it stands at; ``held`` the next month of the
    period when some reporting units have sent it and others not (it is not covered until all have), with
    those that sent it (``sent``) and those that have not (``missing``), in the order given."""

    month: str | None
    held: str | None = None
    sent: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()


def cover(period: Sequence[str], due_of: Mapping[str, dt.date], day: dt.date,
          sent: Mapping[str, Collection[str]], first: str | None = None) -> Cover:
    """The month a document dated ``day`` covers, for every unit alike — the one rule of the reports, the
    ledger, a unit's own 小结 and the draft editor: the latest month of the period due by then
    (``cover_month``), and after it each later month of the period up to ``day``'s own month once every
    unit that sent anything in the period has sent that month (``sent``: unit → the months it sent). A
    half-year summary of 28 June covers June when every district sent June on the 27th; a unit that sent
    nothing at all in the period holds no month back (the checks name it)."""
    month = cover_month(period, due_of, day, first)
    own = f"{day.year:04d}-{day.month:02d}"
    reporting = [u for u, months in sent.items() if any(m in months for m in period)]
    for m in period:
        if (month is not None and m <= month) or m > own or (first is not None and m < first):
            continue
        have = tuple(u for u in reporting if m in sent[u])
        if not have:
            break
        if len(have) < len(reporting):
            return Cover(month, m, have, tuple(u for u in reporting if u not in have))
        month = m
    return Cover(month)


def counted(state: str | None, *, own: bool = False, returned: bool = False) -> bool:
    """Whether an entry counts in the figures: the one rule of the dashboard, the task tree,
    every document, the ledger and the status sheet.

    In a unit's own workspace its own saved entries count, drafts included (``own``): the
    unit's dashboard and its own reports show what it has written. Everywhere else — the
    office, and any entry not the workspace's own — only what a unit submitted counts, and not
    a month the office returned (退回, ``returned``) until the unit submits it again. A draft is
    the unit's own business until it submits.
    """
    if own:
        return True
    return state == "submitted" and not returned


def on_time(submitted: dt.date | None, due: dt.date) -> bool:
    """Submitted on or before the due date (a missing stamp is not on time)."""
    return submitted is not None and submitted <= due


# --- who reports --------------------------------------------------------------------------------

def reporting_units(named: Iterable[int], groups: Iterable[int],
                    members: Mapping[int, Sequence[int]], active: Iterable[int], *,
                    named_only: bool = False) -> set[int]:
    """Units that must report.

    ``named``: units named on a current task; ``groups``: units that are groups;
    ``members``: group → its member units; ``active``: units with a liaison or entries.
    A group with members reports through them (领导小组各成员单位 → its members, 各县市区 → the
    districts the roster lists), and a member that is itself a group through its own members
    (各街道 within 各县市区), each unit once; a group without members only once someone reports
    for it (it is then ``active``); any other named unit reports; any active unit reports — unless
    ``named_only`` (a plan whose leads alone report: ``named`` are the leads), where a unit named on no
    task as a lead owes nothing, a liaison or entries of its own notwithstanding.
    """
    group_set = set(groups)
    active = set(active)
    chosen = set() if named_only else set(active)
    todo, seen = list(named), set()
    while todo:
        unit = todo.pop()
        if unit in seen:
            continue
        seen.add(unit)
        if members.get(unit):
            todo.extend(members[unit])
        elif unit not in group_set or unit in active:
            chosen.add(unit)
    return chosen


# --- a task's status and a target's value ---------------------------------------------------------

@dataclass(frozen=True)
class Reading:
    """One unit's entry as the rules see it: month, entry id (order within a month), unit."""

    unit: str
    month: str
    entry_id: int
    status: str = "in_progress"
    value: float | None = None


def latest_by_unit(readings: Iterable[Reading]) -> dict[str, Reading]:
    """Each unit's latest reading (by month, then entry id)."""
    out: dict[str, Reading] = {}
    for r in sorted(readings, key=lambda r: (r.month, r.entry_id)):
        out[r.unit] = r
    return out


def combine_statuses(statuses: Iterable[str]) -> str:
    """Several units' statuses as one: any 滞后 is late, all done is done, all 未启动 is not started."""
    found = set(statuses)
    if not found:
        return "not_started"
    if "late" in found:
        return "late"
    if found == {"done"}:
        return "done"
    if found == {"not_started"}:
        return "not_started"
    return "in_progress"


def task_status(lead_units: Sequence[str], readings: Iterable[Reading],
                members: Mapping[str, Sequence[str]] | None = None) -> str:
    """A task's status is its lead unit's (README): the lead's latest entry — the first-named lead
    that reported, the one that compiles the task (牵头单位汇总); a lead group's members report for
    it, their latest entries combined (``members``: group → member names). Once a lead has reported,
    neither a supporting unit's entry nor another lead's older one decides. A task whose leads have
    sent nothing at all takes its status from its responsible units' latest entries (ux64: the
    districts reported 推进中 and every task read 未启动): under way when any of them reported work,
    滞后 when one says so, never done on their word alone (the lead closes a task). A task that names
    no lead combines every unit's latest entry.
    The task tree, the dashboard, the reports' counts and the ledger's lead rows all read it."""
    latest = latest_by_unit(readings)
    if not lead_units:
        return combine_statuses(r.status for r in latest.values())
    groups = members or {}
    for lead in lead_units:
        found = [latest[u] for u in (lead, *groups.get(lead, ())) if u in latest]
        if found:        # a group's members as one: any 滞后 is late, all done is done
            return combine_statuses(r.status for r in found)
    status = combine_statuses(r.status for r in latest.values())
    return "in_progress" if status == "done" else status


def own_tasks(unit: str, lead_units: Sequence[str], responsible_units: Sequence[str]) -> bool:
    """True when ``unit`` reports the task in full: it leads it, or the task has no lead and
    names the unit. Otherwise it supports the task (one sentence at most in its report)."""
    if unit in lead_units:
        return True
    return not lead_units and unit in responsible_units


# a local government by its name: 东湖区, 青石镇, 江陵市人民政府 — not 市民政局, 区卫健委 or 市残联 (m66b: the 市 in
# front of 市残联 made it a place)
_PLACE = re.compile(r"(?:省|市|州|盟|区|县|旗|镇|乡|街道)(?:人民政府|政府|办事处)?$")
# a group of local governments: 各区人民政府, 各县市区, 各区, 各乡镇（街道） — not 领导小组各成员单位, 各市直单位
_PLACES_GROUP = re.compile(r"^各(?:县|区|市|乡|镇|街道)")


def is_place(unit: str) -> bool:
    """A local government (东湖区, 青石镇), not a department (区卫健委)."""
    return bool(_PLACE.search(unit))


def carries_out(unit: str, lead_units: Sequence[str], responsible_units: Sequence[str],
                groups: Mapping[str, Sequence[str]]) -> bool:
    """True when ``unit`` is a responsible unit (责任单位) that does the task's work itself: named through a group of
    local governments it belongs to (各区政府 → 东湖区), or a local government named beside the lead. Its part of
    the task is its own work — reported in full under 承担的重点任务 and shown on its dashboard with its own figures
    against the plan's target (its share) — not a supporting department's one sentence (ux64 finding 6; m66b:
    西岭区's dashboard showed no bars for its tasks)."""
    if not unit or not lead_units or unit in lead_units:
        return False
    for named in responsible_units:
        if named == unit and is_place(unit):
            return True
        if named != unit and unit in groups.get(named, ()) and (is_place(unit) or _PLACES_GROUP.match(named)
                                                                 and "单位" not in named and "部门" not in named):
            return True
    return False


def target_value(lead_units: Sequence[str], readings: Iterable[Reading], *, rate: bool,
                 order: Sequence[str] = ()) -> tuple[float, list[Reading]] | None:
    """A target's value and the readings it rests on (the deciding one last).

    The lead unit compiles the total (牵头单位汇总): the newest lead reading stands, the
    first-named lead within a month. Without a lead reading: a rate (%) or a single unit's
    reading is the newest reading (within a month, the unit first in ``order``); counts from
    several units add up, each at its latest value.
    """
    with_value = [r for r in readings if r.value is not None]
    if not with_value:
        return None
    latest = latest_by_unit(with_value)
    entries = sorted(latest.values(), key=lambda r: (r.month, r.entry_id))
    rank = {u: i for i, u in enumerate(order)}

    def pick(candidates: list[Reading], names: Sequence[str]) -> Reading:
        top = max(r.month for r in candidates)
        place = {u: i for i, u in enumerate(names)}
        return min((r for r in candidates if r.month == top),
                   key=lambda r: (place.get(r.unit, len(place) + rank.get(r.unit, len(rank))),
                                  r.entry_id))

    leads = [r for r in entries if r.unit in lead_units]
    if leads:
        chosen = pick(leads, lead_units)
    elif rate or len(entries) == 1:
        chosen = pick(entries, order)
    else:
        return sum(r.value or 0.0 for r in entries), entries
    return chosen.value or 0.0, [r for r in entries if r is not chosen] + [chosen]


def target_met(value: float, goal: float, comparator: str | None) -> bool:
    cmp = comparator or ">="
    return {">": value > goal, "<=": value <= goal, "<": value < goal}.get(cmp, value >= goal)


def target_share(value: float, goal: float, comparator: str | None = ">=") -> int:
    """The share of a target done in whole percent, the one figure the dashboard, the reports and the ledger
    say (ux63: the dashboard floored 8350/1.2万 to 69 %, the report rounded it to 70 %): to the nearest, half
    up (69.58 → 70, 100.6 → 101), never 100 for a target not met nor below 100 for one met."""
    if not goal:
        return 0
    share = math.floor(100 * value / goal + 0.5)
    return max(share, 100) if target_met(value, goal, comparator) else min(share, 99)


# --- Chinese numerals -----------------------------------------------------------------------------

def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 100 → 一百 (for 一、 and （一） and 一是)."""
    import cn2an

    if n < 0:
        raise ValueError(n)
    return str(cn2an.an2cn(int(n)))


def cn_to_int(text: str) -> int:
    """一百零一 → 101 (strict: anything else raises ValueError)."""
    import cn2an

    return int(cn2an.cn2an(text, "strict"))
