"""What the reports are drafted from: plain dataclasses, filled from the workspace by
``data.py`` or built by hand in tests, so drafting never needs the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.core import progress as rules
from desktop.core.model import shown_number
from desktop.core.progress import DEFAULT_DUE, STATUS_LABELS, DueRule, month_key  # noqa: F401

STATUS_CHOICES = tuple(STATUS_LABELS.values())     # the ledger's status list, in that order


@dataclass
class TargetIn:
    """A quantitative target of a task (目标/指标)."""

    id: int
    subject: str
    text: str
    value: float
    unit: str = ""
    comparator: str | None = ">="
    deadline: str | None = None          # YYYY-MM-DD


@dataclass
class TaskIn:
    id: int
    key: str
    number: str
    title: str
    deadline: str | None = None
    lead_units: list[str] = field(default_factory=list)
    responsible_units: list[str] = field(default_factory=list)
    targets: list[TargetIn] = field(default_factory=list)
    group: str = ""                      # title of the plan's （一） heading above the task
    short_name: str = ""                 # 养老服务立法: headings, the ledger, carry-over lists
    text: str = ""                       # the plan's whole sentence (the short name's fallback)
    path: list[str] | None = None        # its headings' numerals (二, 一); None: read from ``key``


@dataclass
class EntryIn:
    """One monthly entry (月度进展): a task × unit × month."""

    id: int
    task_id: int
    unit: str
    month: str                           # YYYY-MM
    status: str = "in_progress"          # not_started | in_progress | done | late
    progress: str = ""
    problems: str = ""
    next_steps: str = ""
    values: dict[int, float] = field(default_factory=dict)     # target id → value
    state: str = "submitted"             # draft | submitted
    submitted_at: str | None = None      # ISO date-time
    updated_at: str | None = None
    # the first submission of the entry (a month reopened and corrected is sent again later): 按时 is judged by it
    first_submitted_at: str | None = None


@dataclass
class ArticleIn:
    """A monthly information article (工作信息)."""

    id: int
    unit: str
    month: str
    title: str
    body: str
    author: str = ""
    reviewer: str = ""
    date: str | None = None              # YYYY-MM-DD
    state: str = "submitted"


@dataclass
class ReportInput:
    """Everything one report needs. ``unit`` None means the city-wide (office) version."""

    plan_title: str
    year: int
    tasks: list[TaskIn]
    entries: list[EntryIn]
    articles: list[ArticleIn] = field(default_factory=list)
    units: list[str] = field(default_factory=list)            # responsible units, in order
    liaisons: dict[str, tuple[str, str]] = field(default_factory=dict)   # unit → (name, phone)
    unit: str | None = None
    office_name: str = "领导小组办公室"
    doc_number: str = ""
    due_rule: DueRule = DEFAULT_DUE    # when a month's report is due, as the plan says
    groups: dict[str, list[str]] = field(default_factory=dict)   # group → its members (may be [])
    first_month: str | None = None       # the first month a report is due for (YYYY-MM)
    # unit → its own first month owed, where a revision gave it its first task later
    # (``store.dashboard.unit_first_months``)
    unit_first: dict[str, str] = field(default_factory=dict)
    start_month: str | None = None       # the plan's own first month: entries from it on are reported, owed or not
    # kind (half-year | year-end) → the period's 做法 as written: (unit, or "" for the office; text)
    practices: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # (unit, month, submitted_at) of every unit's entries when the input is one unit's and others' are known
    # (the office drafting a unit's report): its report covers the city's month (``cover``); None: ``entries``
    sent: list[tuple[str, str, str | None]] | None = None


def printed_number(task: TaskIn) -> str:
    """The task's number as the dashboard and the task tree show it (``model.shown_number``):
    its headings' numerals, then its own — 「二.一.1」, the document's 2.1 as 「2.1」 (ux63 finding 4:
    the ledger read 「（一）1」 beside the dashboard's 「二.一.1」)."""
    parts = [p for p in (task.key or "").split(".") if p]
    number = task.number or (parts[-1] if parts else "")
    path = task.path if task.path is not None else parts[:-1]
    return shown_number(list(path), number) if number else ""


def task_deadline(task: TaskIn) -> dt.date | None:
    """完成时限: the task's own deadline, else the latest deadline of its targets."""
    own = parse_day(task.deadline)
    if own:
        return own
    days = [d for d in (parse_day(t.deadline) for t in task.targets) if d]
    return max(days) if days else None



_CALENDAR = None


def due_date(month: str, rule: DueRule = DEFAULT_DUE) -> dt.date:
    """The day a month's progress is due — the dashboard's rule (core.deadlines.monthly_due):
    the plan's ``rule``, moved to the next working day on a holiday or weekend."""
    global _CALENDAR
    from desktop.core.deadlines import WorkCalendar, monthly_due

    if _CALENDAR is None:
        _CALENDAR = WorkCalendar()
    return monthly_due(month, _CALENDAR, rule)


def period_months(data: ReportInput, last: int = 12) -> list[str]:
    """The months of ``data.year`` up to ``last`` that a report is due for: none before the
    plan's first month (a plan issued in April asks nothing for January)."""
    first = data.first_month if data.first_month and data.first_month[:4] == str(data.year) else None
    months = [month_key(data.year, m) for m in range(1, last + 1)]
    return [m for m in months if first is None or m >= first] or months


def covered_month(data: ReportInput, day: dt.date, last: int = 12) -> str:
    """The month a document dated ``day`` covers, for every unit alike and for every document
    (reports, ledger, the draft editor): ``cover``'s month."""
    return cover(data, day, last).month or period_months(data, last)[0]


def cover(data: ReportInput, day: dt.date, last: int = 12) -> rules.Cover:
    """How far a document dated ``day`` covers (core.progress.cover): the latest month of the period whose
    report was due before ``day``, and a later month up to ``day``'s own once every unit that sent anything
    in the period has sent it by ``day``; before any was due and none is sent by all, the latest month with an
    entry."""
    months = period_months(data, last)
    dues = {m: due_date(m, data.due_rule) for m in months}
    order = {u: i for i, u in enumerate(data.units)}
    sent: dict[str, set[str]] = {}
    rows = data.sent if data.sent is not None else [(e.unit, e.month, e.first_submitted_at or e.submitted_at)
                                                             for e in data.entries]
    for unit, month, submitted in sorted(rows, key=lambda r: (order.get(r[0], len(order)), r[0])):
        if month in months:
            sent.setdefault(unit, set())
            stamp = parse_day(submitted)
            if stamp is None or stamp <= day:        # sent by the document's date (a draft of one's own counts)
                sent[unit].add(month)
    found = rules.cover(months, dues, day, sent)
    if found.month is None:
        latest = max((e.month for e in data.entries if e.month in months), default=None)
        return rules.Cover(latest)
    return found


def parse_day(text: str | None) -> dt.date | None:
    """``2024-06-28`` or ``2024-06-28T09:30:00`` → a date; anything else → None."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def first_submissions(entries: list[EntryIn]) -> dict[tuple[str, str], dt.date | None]:
    """(unit, month) → the day its entry was first submitted (None where the day is unreadable), submitted
    entries only: the one reckoning of 按时／迟报 for the report's figures and the ledger's sheet."""
    sent: dict[tuple[str, str], dt.date | None] = {}
    for e in entries:
        if e.state != "submitted":
            continue
        day = parse_day(e.first_submitted_at or e.submitted_at)
        key = (e.unit, e.month)
        earlier = sent.get(key)
        if key not in sent or (day and (earlier is None or day < earlier)):
            sent[key] = day
    return sent


def sent_word(data: ReportInput, unit: str, month: str, sent: dict[tuple[str, str], dt.date | None]) -> str | None:
    """按时 or 迟报 for ``unit``'s report of ``month`` (None: not sent) — the one rule of the status sheet and the
    report's 按时 count, as the dashboard's grid has it: a month not owed (before the plan, or the unit's first task,
    asked for reports; between a quarterly plan's reports), sent all the same, is never late (rv70b finding 9)."""
    if (unit, month) not in sent:
        return None
    owed = month_owed(data, unit, month)
    return "按时" if not owed or rules.on_time(sent[(unit, month)], due_date(month, data.due_rule)) else "迟报"


def month_owed(data: ReportInput, unit: str, month: str) -> bool:
    """Whether ``unit`` owes a report for ``month``: not before the plan (or the unit's first task) asked for
    reports, and not between a quarterly plan's reports."""
    first = data.unit_first.get(unit, data.first_month)
    return not (first and month < first) and data.due_rule.owes(month)
