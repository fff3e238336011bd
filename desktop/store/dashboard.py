"""Figures for the dashboard (工作台): submissions per unit and month, target progress, 催报 text.

Read-only queries over the workspace; no Qt. The leading group office sees every
reporting unit; a responsible unit sees its own tasks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.core import progress
from desktop.core.deadlines import (
    DueRule,
    WorkCalendar,
    due_rule as rule_of_duties,
    leads_report,
    monthly_due,
    plan_months,
)
from desktop.core.model import book_title
from desktop.core.progress import RECEIPT_LABELS, combine_statuses  # noqa: F401  (re-exported)
from desktop.store import queries
from desktop.store.entries import FIRST_SUBMITTED
from desktop.store.queries import as_of, duties, own_unit
from desktop.store.sql import marks, where
from desktop.store.workspace import Workspace

# a cell of the units × months grid
SUBMITTED, LATE, DRAFT, MISSING, NOT_DUE = "submitted", "late", "draft", "missing", "not_due"
CELL_LABELS = {SUBMITTED: "按时报送", LATE: "逾期报送", DRAFT: "未提交", MISSING: "未报送", NOT_DUE: ""}


@dataclass
class SubmissionGrid:
    """Who has submitted what: ``cells[unit_id][month]`` is one of the states above."""

    months: list[str]
    units: list[dict[str, Any]]                     # id, name
    cells: dict[int, dict[str, str]] = field(default_factory=dict)
    submitted_at: dict[int, dict[str, str]] = field(default_factory=dict)   # first submitted: 按时 is judged by it
    returned: set[tuple[int, str]] = field(default_factory=set)    # (unit, month) the office returned
    first: str | None = None                        # the first month owed (``first_month``)
    # unit id → its own first month owed, where later than ``first`` (``unit_first_months``: a revision's new unit)
    unit_first: dict[int, str] = field(default_factory=dict)

    def first_of(self, unit_id: int | None = None) -> str | None:
        """The first month ``unit_id`` owes a report for (of the plan, without one)."""
        return self.unit_first.get(unit_id, self.first) if unit_id is not None else self.first

    def before_use(self, month: str, unit_id: int | None = None) -> bool:
        """Whether ``month`` comes before the plan (or ``unit_id``'s first task) asked for reports: not owed."""
        first = self.first_of(unit_id)
        return first is not None and month < first

    def before_task(self, month: str, unit_id: int) -> bool:
        """Whether ``month`` is owed by others but not by ``unit_id``: before a revision gave it its first task."""
        return self.before_use(month, unit_id) and not self.before_use(month)

    def state(self, unit_id: int, month: str) -> str:
        return self.cells.get(unit_id, {}).get(month, NOT_DUE)

    def count(self, month: str, state: str) -> int:
        return sum(1 for u in self.units if self.state(u["id"], month) == state)


# (unit id, month, entry state) → whether the entry counts in the figures
EntryCheck = Callable[[int, str, "str | None"], bool]


def counts_entry(ws: Workspace, plan_id: int) -> EntryCheck:
    """This workspace's reading of ``core.progress.counted``, for the dashboard, the task tree
    and the reports alike: a unit's own entries in its own workspace (``queries.own_unit``)
    count as saved; any other entry once submitted, unless the office returned its month."""
    own = own_unit(ws)
    returned = returned_months(ws, plan_id)

    def check(unit_id: int, month: str, state: str | None) -> bool:
        return progress.counted(state, own=unit_id == own, returned=(unit_id, month) in returned)

    return check


def returned_months(ws: Workspace, plan_id: int) -> set[tuple[int, str]]:
    """(unit id, month) of the months the office returned (退回) and the unit has not sent again."""
    return {key for key, receipt in receipt_states(ws, plan_id).items() if receipt["state"] == "returned"}


def reporting_units(ws: Workspace, plan_id: int,
                    duty_rows: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Units that must report (``core.progress.reporting_units``): the one rule the grid, the
    reports and the demo share. Every unit named on a current task reports, except a group: a
    group with listed members reports through them (领导小组各成员单位 → its members); a group
    without members reports as one unit only once someone reports for it (各区人民政府 with a
    liaison or entries), since otherwise nobody can be chased. Any unit with a liaison or
    entries reports too. A plan whose reporting duty has the leads send (各牵头单位要于每季度末月25日前…报送,
    ``core.deadlines.leads_report``, ux61 problem 4): only the units leading a task (of a task with no
    lead, the units it names) — a 配合 unit is never chased. ``duty_rows``: the plan's duties, when the caller has
    read them (``queries.duties``).
    """
    # 各牵头单位…报送: the leads (of a task with none, its units)
    leads = leads_report(duties(ws, plan_id) if duty_rows is None else duty_rows)
    named = [int(r[0]) for r in ws.conn.execute(
        "SELECT DISTINCT u.id FROM task_units tu JOIN units u ON u.id = tu.unit_id "
        "JOIN tasks t ON t.id = tu.task_id WHERE t.plan_id = ? AND t.withdrawn_at IS NULL"
        + (" AND (tu.role = 'lead' OR NOT EXISTS (SELECT 1 FROM task_units l WHERE l.task_id = t.id"
           " AND l.role = 'lead'))" if leads else ""),
        (plan_id,))]
    members = _member_ids(ws, plan_id)
    active = {int(r[0]) for r in ws.conn.execute(
        "SELECT u.id FROM units u WHERE u.plan_id = ? AND (EXISTS (SELECT 1 FROM liaisons l WHERE l.unit_id = u.id)"
        " OR EXISTS (SELECT 1 FROM monthly_entries e WHERE e.unit_id = u.id))", (plan_id,))}
    groups = {int(r[0]) for r in ws.conn.execute(
        "SELECT id FROM units WHERE plan_id = ? AND is_group = 1", (plan_id,))}
    chosen = progress.reporting_units(named, groups, members, active, named_only=leads)
    return [{"id": int(r[0]), "name": r[1]} for r in ws.conn.execute(
        "SELECT id, name FROM units WHERE plan_id = ? ORDER BY position, id", (plan_id,))
        if int(r[0]) in chosen]


def _member_ids(ws: Workspace, plan_id: int) -> dict[int, list[int]]:
    """Group unit id → its listed members' ids."""
    members: dict[int, list[int]] = {}
    for group_id, member_id in ws.conn.execute(
            "SELECT g.group_id, g.member_id FROM group_members g JOIN units u ON u.id = g.group_id "
            "WHERE u.plan_id = ?", (plan_id,)):
        members.setdefault(int(group_id), []).append(int(member_id))
    return members


def owes_reports(ws: Workspace, plan_id: int, unit_id: int) -> bool:
    """Whether ``unit_id`` owes reports of its own: every unit does, but a unit named on no task as a lead of a
    plan whose lead units alone report (``core.deadlines.leads_report``: its 配合 units are never chased) —
    its 月度填报 page says so, and still takes what progress it enters (m62c finding 2)."""
    rows = duties(ws, plan_id)
    return not leads_report(rows) or any(u["id"] == unit_id for u in reporting_units(ws, plan_id, rows))


def due_rule(ws: Workspace, plan_id: int) -> DueRule:
    """When the plan wants each month's report (``core.deadlines.due_rule``): the day its
    monthly duty names, else the 5th of the next month. Read from the stored duties' text, so
    a plan saved before this rule was read follows it too, at the office and at every unit."""
    return rule_of_duties(duties(ws, plan_id))


def start_month(ws: Workspace, plan_id: int) -> str | None:
    """The plan's own first month (its first monthly duty's month, else the month it was issued),
    whenever it was imported here: the months whose written entries the reports take, owed or not."""
    return first_month(ws, plan_id, in_use=False)


def first_month(ws: Workspace, plan_id: int, today: date | None = None, *, in_use: bool = True,
                rule: DueRule | None = None) -> str | None:
    """The first month a report is due for (``core.progress.first_due_month``), the one rule of
    the grid, the 催报 text, the reports and the status sheet: the plan's own start (its first
    monthly duty's month, else the month it was issued), but not before the month the plan was
    imported into this workspace, nor a month whose report fell due by the day the plan was issued
    (``core.progress.owed_from_issue``). An import after ``today`` (default: the workspace's
    ``queries.as_of``) is not counted: a demo or training workspace pinned to an earlier day
    has no import on its clock. None when nothing is known. ``rule``: the plan's due rule (``due_rule``), when
    the caller has it."""
    row = ws.conn.execute("SELECT date, imported_at FROM plans WHERE id = ?", (plan_id,)).fetchone()
    duty = ws.conn.execute(
        "SELECT MIN(due) FROM duties WHERE plan_id = ? AND every = 'month' AND due IS NOT NULL",
        (plan_id,)).fetchone()
    today = today or as_of(ws)
    imported = str(row[1] or "")[:10] if row and in_use else ""
    used = imported if imported[:7] and imported <= today.isoformat() else None
    # (owed: not a month whose report fell due before the plan was issued; the reports' own start keeps it)
    if not in_use:
        rule = None
    elif rule is None:
        rule = due_rule(ws, plan_id)
    return progress.first_due_month(row[0] if row else None, duty[0] if duty else None, used, rule)


def unit_first_months(ws: Workspace, plan_id: int, today: date | None = None,
                      first: str | None = None) -> dict[int, str]:
    """Unit id → the first month it owes, for each unit whose every current task came in a revision (``tasks.added_at``)
    after the plan's ``first`` month: a unit owes nothing for the months before the task reached this workspace (ux62
    finding 5: a unit added in July is not chased for March and June). The month of its earliest such task, as the
    plan's own start is the month of its import (``first_month``); a group's members take the group's tasks. A
    revision dated after ``today`` (default: ``queries.as_of``) is not counted, as ``first_month`` counts no import
    ahead of its clock. Units that owe from the plan's own ``first`` month are left out."""
    today = today or as_of(ws)
    members = _member_ids(ws, plan_id)
    since: dict[int, str | None] = {}              # unit → its earliest task's month (None: since the plan began)
    for unit_id, added in ws.conn.execute(
            "SELECT tu.unit_id, t.added_at FROM task_units tu JOIN tasks t ON t.id = tu.task_id "
            "WHERE t.plan_id = ? AND t.withdrawn_at IS NULL", (plan_id,)):
        month = str(added)[:7] if added and str(added)[:10] <= today.isoformat() else None
        for unit in (int(unit_id), *members.get(int(unit_id), [])):
            known = since.get(unit, "")
            since[unit] = None if month is None or known is None else min(month, known) if known else month
    return {unit: month for unit, month in since.items() if month and (first is None or month > first)}


def unit_first_by_name(ws: Workspace, plan_id: int, first: str | None = None,
                       today: date | None = None) -> dict[str, str]:
    """``unit_first_months`` by unit name, for the reports (``ReportInput.unit_first``)."""
    later = unit_first_months(ws, plan_id, today, first=first)
    return {str(name): later[int(unit_id)] for unit_id, name in ws.conn.execute(
        "SELECT id, name FROM units WHERE plan_id = ?", (plan_id,)) if int(unit_id) in later}


def plan_span(ws: Workspace, plan_id: int, today: date) -> list[str]:
    """The months the plan runs (``core.deadlines.plan_months``) — the dashboard's grid, its due list and the unit's
    months. A plan with no phases runs from its first month owed (``first_month``), so a plan of last year is still
    chased in January for its December (m62c finding 3); a plan imported this year shows this year's months from
    January (or from its own start, ``start_month``) all the same, for a unit to back-fill the months before."""
    return plan_months(queries.phases(ws, plan_id), duties(ws, plan_id), today, span_start(ws, plan_id, today))


def span_start(ws: Workspace, plan_id: int, today: date) -> str | None:
    """The first month of ``plan_span`` for a plan with no phases: the first month owed or this year's January,
    the earlier, but not before the plan's own start; None when neither is known (this year, then)."""
    owed, own = first_month(ws, plan_id, today), start_month(ws, plan_id)
    if owed is None:
        return own
    start = min(owed, f"{today.year:04d}-01")
    return max(start, own) if own else start


def submission_grid(ws: Workspace, plan_id: int, months: list[str], today: date,
                    cal: WorkCalendar | None = None,
                    units: list[dict[str, Any]] | None = None) -> SubmissionGrid:
    """Each reporting unit (or each of ``units``) × month: on time, late, draft only, missing, not yet due. The
    plan's duties are read once, for who reports and when (m62c finding 5: three reads a refresh)."""
    cal = cal or WorkCalendar()
    duty_rows = duties(ws, plan_id)
    rule = rule_of_duties(duty_rows)
    # a unit's own row (``units``) that owes nothing: a 配合 unit of a plan whose leads alone report (ux61 problem 4)
    leads = units is not None and leads_report(duty_rows)
    chosen = reporting_units(ws, plan_id, duty_rows) if units is None or leads else []
    exempt = {u["id"] for u in units} - {u["id"] for u in chosen} if units is not None and leads else set()
    units = chosen if units is None else units
    grid = SubmissionGrid(months=list(months), units=units, returned=returned_months(ws, plan_id))
    if not units or not months:
        return grid
    seen: dict[tuple[int, str], tuple[int, int, str | None]] = {}
    for unit_id, month, drafts, submitted, first_submit in ws.conn.execute(
            "SELECT e.unit_id, e.month, SUM(e.state = 'draft'), SUM(e.state = 'submitted'), "
            f"MIN({FIRST_SUBMITTED}) FROM monthly_entries e JOIN tasks t ON t.id = e.task_id "
            "WHERE t.plan_id = ? AND e.month BETWEEN ? AND ? GROUP BY e.unit_id, e.month",
            (plan_id, months[0], months[-1])):
        seen[(int(unit_id), month)] = (int(drafts or 0), int(submitted or 0), first_submit)
    dues = {m: monthly_due(m, cal, rule) for m in months}
    first = first_month(ws, plan_id, today, rule=rule)
    grid.first = first
    grid.unit_first = unit_first_months(ws, plan_id, today, first)
    for unit in units:
        owed_from = grid.first_of(unit["id"])
        row: dict[str, str] = {}
        stamps: dict[str, str] = {}
        for month in months:
            drafts, submitted, first_submit = seen.get((unit["id"], month), (0, 0, None))
            if (unit["id"], month) in grid.returned:
                drafts = drafts or submitted            # returned: not counted until submitted again
            # not owed: before the plan (or the unit's task) reached this workspace, between a quarterly plan's reports
            owed = not (owed_from is not None and month < owed_from) and rule.owes(month) and unit["id"] not in exempt
            if submitted and not drafts:
                stamp = date.fromisoformat(first_submit[:10]) if first_submit else None
                # a month not owed, sent all the same (back-filled), is never late (rv70b finding 9)
                row[month] = SUBMITTED if not owed or progress.on_time(stamp, dues[month]) else LATE
                stamps[month] = first_submit or ""
            elif dues[month] >= today or not owed:
                # (not owed: a month between a quarterly plan's reports — an entry for it is welcome, never missing)
                row[month] = DRAFT if drafts or submitted else NOT_DUE
            else:
                row[month] = DRAFT if drafts or submitted else MISSING
        grid.cells[unit["id"]] = row
        grid.submitted_at[unit["id"]] = stamps
    return grid


def last_due_month(months: list[str], today: date, cal: WorkCalendar | None = None,
                   rule: DueRule = progress.DEFAULT_DUE, first: str | None = None) -> str | None:
    """The newest month whose report is already due (the one to chase), none before the
    plan's ``first`` month (``first_month``); of a quarterly plan, a quarter's last month (``DueRule.owes``)."""
    cal = cal or WorkCalendar()
    owed = [m for m in months if rule.owes(m)]
    return progress.cover_month(owed, {m: monthly_due(m, cal, rule) for m in owed}, today, first)


def late_units(grid: SubmissionGrid, month: str) -> list[dict[str, Any]]:
    """Units that have not submitted ``month``: nothing at all, or a draft left unsent (a month
    the office returned is listed on its own, not here)."""
    return [u for u in grid.units if grid.state(u["id"], month) in (MISSING, DRAFT)
            and (u["id"], month) not in grid.returned]


def reminder_text(plan_title: str, month: str, units: list[dict[str, Any]], today: date,
                  office: str = "领导小组办公室", contact: str = "", period: str = "", articles: bool = True) -> str:
    """A 催报 message ready to paste into a chat or a notice; ``period`` names what is chased
    (``DueRule.period_label``: 2024年第二季度), else the month; the 工作信息 only when the plan asks for it
    (``articles``: ``deadlines.articles_asked``, ux62 finding 10)."""
    if not units:
        return ""
    names = "、".join(u["name"] for u in units)
    title = book_title(plan_title) if plan_title else "工作方案"
    asked = "工作进展和工作信息" if articles else "工作进展"
    text = (f"各有关单位：\n    截至{today.year}年{today.month}月{today.day}日，{names}"
            f"（共{len(units)}家）尚未报送{period or progress.month_label(month)}落实{title}的{asked}。"
            f"请于3个工作日内补报，并由联络员在系统中提交。")
    if contact:
        text += f"联系人：{contact}。"
    return text + f"\n{office}\n{today.year}年{today.month}月{today.day}日"


def target_progress(ws: Workspace, plan_id: int, unit_ids: list[int] | None = None,
                    values_of: int | None = None) -> list[dict[str, Any]]:
    """Every live target of the plan with its latest recorded value and the share reached.

    ``ratio`` is value/target for "at least" targets (capped at 1 for the bar), None when
    nothing is recorded or the target is an upper limit (where less is better). Values are
    summed over the reporting units, or only ``values_of``'s when given.
    """
    filters, args = where(
        ("g.plan_id = ?", plan_id),
        ("g.task_id IN (SELECT task_id FROM task_units WHERE unit_id IN (?))", unit_ids or None),
        base="g.withdrawn_at IS NULL AND (t.id IS NULL OR t.withdrawn_at IS NULL)")
    rows = ws.rows(
        "SELECT g.id, g.task_id, g.text, g.subject, g.value, g.unit, g.comparator, g.deadline, "
        "t.key AS task_key, t.number AS task_number, t.path AS task_path, t.title AS task_title "
        "FROM targets g LEFT JOIN tasks t ON t.id = g.task_id" + filters + " ORDER BY t.position, g.position",
        args)
    latest = _latest_values(ws, plan_id, values_of)
    for row in rows:
        value, month = latest.get(row["id"], (None, None))
        row["latest"], row["latest_month"] = value, month
        row["ratio"] = None
        if value is not None and row["value"] and row["comparator"] not in ("<=", "<"):
            row["ratio"] = max(0.0, min(1.0, value / row["value"]))
    return rows


def _plan_units(ws: Workspace, plan_id: int) -> tuple[dict[int, str], dict[int, list[str]]]:
    """Unit id → name (in the plan's order), and task id → its lead units' names."""
    names = {int(r[0]): r[1] for r in ws.conn.execute(
        "SELECT id, name FROM units WHERE plan_id = ? ORDER BY position, id", (plan_id,))}
    leads: dict[int, list[str]] = {}
    for task_id, unit in ws.conn.execute(
            "SELECT tu.task_id, tu.unit_id FROM task_units tu JOIN tasks t ON t.id = tu.task_id "
            "WHERE t.plan_id = ? AND tu.role = 'lead' ORDER BY tu.task_id, tu.position", (plan_id,)):
        leads.setdefault(int(task_id), []).append(names.get(int(unit), ""))
    return names, leads


def lead_unit_ids(ws: Workspace, plan_id: int) -> set[int]:
    """The units that lead at least one of the plan's tasks."""
    return {int(r[0]) for r in ws.conn.execute(
        "SELECT DISTINCT tu.unit_id FROM task_units tu JOIN tasks t ON t.id = tu.task_id "
        "WHERE t.plan_id = ? AND tu.role = 'lead'", (plan_id,))}


def _readings(ws: Workspace, plan_id: int, names: dict[int, str], query: tuple[str, list[Any]], *,
              values: bool) -> dict[int, list[progress.Reading]]:
    """The entries that count (``counts_entry``) as the rules' readings, by the query's first
    column (a target or a task). The query gives: key, unit id, month, entry id, the value
    (``values``) or the status, the entry's state."""
    counts = counts_entry(ws, plan_id)
    out: dict[int, list[progress.Reading]] = {}
    for key, unit, month, entry_id, got, state in ws.conn.execute(*query):
        if counts(int(unit), month, state):
            name = names.get(int(unit), "")
            out.setdefault(int(key), []).append(
                progress.Reading(name, month, int(entry_id), value=float(got)) if values
                else progress.Reading(name, month, int(entry_id), got))
    return out


def _latest_values(ws: Workspace, plan_id: int, unit_id: int | None) -> dict[int, tuple[float, str]]:
    """Latest value per target by ``core.progress.target_value`` (the reports' rule), of the
    entries that count (``counts_entry``: the documents' rule too).

    One unit: its latest reading. City-wide: the lead unit compiles the total (牵头单位汇总),
    so the newest lead-unit reading stands (the first-named lead within a month); without
    one, the responsible units' latest readings add up; a rate (%) never adds up.
    """
    filters, args = where(("g.plan_id = ?", plan_id), ("e.unit_id = ?", unit_id))
    names, leads = _plan_units(ws, plan_id)
    readings = _readings(ws, plan_id, names, (
        "SELECT v.target_id, e.unit_id, e.month, e.id, v.value, e.state FROM entry_values v "
        "JOIN monthly_entries e ON e.id = v.entry_id JOIN targets g ON g.id = v.target_id" + filters, args),
        values=True)
    meta = {int(r[0]): (r[1], r[2]) for r in ws.conn.execute(
        "SELECT id, task_id, unit FROM targets WHERE plan_id = ?", (plan_id,))}
    order = list(names.values())
    out: dict[int, tuple[float, str]] = {}
    for target_id, found in readings.items():
        task_id, unit_name = meta.get(target_id, (None, ""))
        got = progress.target_value(leads.get(task_id, []) if task_id is not None else [], found,
                                    rate=unit_name == "%", order=order)
        if got is not None:
            out[target_id] = (got[0], max(r.month for r in got[1]))
    return out


def task_statuses(ws: Workspace, plan_id: int, unit_ids: list[int] | None = None) -> dict[int, str]:
    """Task id → status (``core.progress.task_status``: the lead unit's latest entry decides, a lead
    group's members for it), of the entries that count (``counts_entry``, as in the documents).
    Only ``unit_ids``' entries when given: the status of their own part of each task."""
    from desktop.store.reporting import group_members

    filters, args = where(("t.plan_id = ?", plan_id), ("e.unit_id IN (?)", unit_ids or None))
    names, leads = _plan_units(ws, plan_id)
    readings = _readings(ws, plan_id, names, (
        "SELECT e.task_id, e.unit_id, e.month, e.id, e.status, e.state FROM monthly_entries e "
        "JOIN tasks t ON t.id = e.task_id" + filters, args), values=False)
    members = group_members(ws, plan_id)
    mine = [names.get(u, "") for u in unit_ids or []]
    return {task_id: progress.task_status(mine or leads.get(task_id, []), found, members)
            for task_id, found in readings.items()}


def status_counts(ws: Workspace, plan_id: int, unit_ids: list[int] | None = None,
                  carried: set[int] | None = None) -> dict[str, int]:
    """How many tasks stand at each status — of ``unit_ids``' own tasks when given: those they lead, or
    that name no lead (``core.progress.own_tasks``), each by the lead's status, the rule of the office's
    count. A task they only support is no part of it (ux63: 青石镇's dashboard counted the task it
    supports as 未启动, its lead well on): ``supported_count`` says those apart. A task the unit carries out
    (``carried_tasks``, given when the caller has it) stands at its own part's status, as its report counts it
    (m66b)."""
    if carried is None:
        carried = carried_tasks(ws, plan_id, unit_ids[0]) if unit_ids else set()
    statuses = unit_statuses(ws, plan_id, unit_ids, carried)
    counts = {"not_started": 0, "in_progress": 0, "done": 0, "late": 0}
    for task_id in scoped_tasks(ws, plan_id, unit_ids, own=True, carried=carried):
        counts[statuses.get(task_id, "not_started")] += 1
    return counts


def unit_statuses(ws: Workspace, plan_id: int, unit_ids: list[int] | None, carried: set[int],
                  leads: dict[int, str] | None = None) -> dict[int, str]:
    """Task id → status as ``unit_ids``' own views show it: the lead's (``task_statuses``, or ``leads`` when the
    caller has worked them out already), but a task the unit carries out under its group (``carried``:
    ``carried_tasks``) at its own part's status (m66b) — its dashboard count and its 任务 tab (m68a) read the same."""
    statuses = dict(leads) if leads is not None else task_statuses(ws, plan_id)
    if carried and unit_ids:
        its_own = task_statuses(ws, plan_id, unit_ids[:1])
        statuses.update({t: its_own.get(t, "not_started") for t in carried})
    return statuses


def supported_count(ws: Workspace, plan_id: int, unit_ids: list[int], carried: set[int] | None = None) -> int:
    """How many current tasks ``unit_ids`` support without leading them (配合)."""
    return len(scoped_tasks(ws, plan_id, unit_ids, own=False, carried=carried))


def scoped_tasks(ws: Workspace, plan_id: int, unit_ids: list[int] | None, *, own: bool,
                 carried: set[int] | None = None) -> list[int]:
    """The plan's current tasks; of ``unit_ids`` when given (a unit, then the groups it belongs to: ``unit_scope``):
    those they lead, that name no lead, or that the unit carries out itself (``own``: a district named through
    各区政府, ``core.progress.carries_out``; ``carried_tasks``, given when the caller has it), else those they only
    support."""
    filters, args = where(("t.plan_id = ?", plan_id), base="t.withdrawn_at IS NULL")
    rows = ws.conn.execute("SELECT t.id FROM tasks t" + filters, args).fetchall()
    if not unit_ids:
        return [int(r[0]) for r in rows] if own else []
    if carried is None:
        carried = carried_tasks(ws, plan_id, unit_ids[0])
    scope = set(unit_ids)
    named: dict[int, list[tuple[int, str]]] = {}
    for task_id, unit_id, role in ws.conn.execute(
            "SELECT tu.task_id, tu.unit_id, tu.role FROM task_units tu JOIN tasks t ON t.id = tu.task_id "
            "WHERE t.plan_id = ?", (plan_id,)):
        named.setdefault(int(task_id), []).append((int(unit_id), role))
    out = []
    for (task_id,) in rows:
        units = named.get(int(task_id), [])
        if not any(u in scope for u, _ in units):
            continue
        leads = [u for u, role in units if role == "lead"]
        mine = any(u in scope for u in leads) or not leads or int(task_id) in carried
        if mine == own:
            out.append(int(task_id))
    return out


def carried_tasks(ws: Workspace, plan_id: int, unit_id: int) -> set[int]:
    """The tasks ``unit_id`` carries out itself without leading them (``core.progress.carries_out``: 西岭区 under
    各区人民政府): its own work, its figures its share of the plan's target."""
    from desktop.store.reporting import group_members

    name = queries.unit_name(ws, unit_id) or ""
    units: dict[int, tuple[list[str], list[str]]] = {}
    for task_id, unit, role in ws.conn.execute(
            "SELECT tu.task_id, u.name, tu.role FROM task_units tu JOIN tasks t ON t.id = tu.task_id "
            "JOIN units u ON u.id = tu.unit_id WHERE t.plan_id = ? AND t.withdrawn_at IS NULL "
            "ORDER BY tu.task_id, tu.position", (plan_id,)):
        leads, others = units.setdefault(int(task_id), ([], []))
        (leads if role == "lead" else others).append(str(unit))
    groups = group_members(ws, plan_id)
    return {t for t, (leads, others) in units.items() if progress.carries_out(name, leads, others, groups)}


def task_overview(ws: Workspace, plan_id: int, today: date,
                  unit_ids: list[int] | None = None, *, own_part: bool = False) -> dict[str, Any]:
    """Everything the task tree needs in three queries: headings, tasks with units and status.

    A task's status is its lead unit's (``task_statuses``); ``late`` when
    that status is 滞后, or its deadline has passed and it is not done. ``mine`` holds the
    tasks given to ``unit_ids`` (a unit and the groups it belongs to). ``withdrawn``: the tasks a
    revised plan dropped (kept with their entries), each with ``withdrawn_at``, for the tree to
    show greyed; they are in no count, status or filter of ``tasks``. ``own_part`` (a unit's own tab, not the
    office's): a task the unit carries out under its group stands at its own part's status (``unit_statuses``),
    as on its dashboard — not 已完成 because the lead finished its part (m68a); its row says ``carried`` and
    the lead's ``lead_status``.
    """
    import json

    headings = [{"key": k, "level": lv, "path": json.loads(p), "number": n, "title": t}
                for k, lv, p, n, t in ws.conn.execute(
                    "SELECT key, level, path, number, title FROM headings WHERE plan_id = ? "
                    "ORDER BY position", (plan_id,))]
    units: dict[int, dict[str, list[str]]] = {}
    unit_of: dict[int, set[int]] = {}
    for task_id, role, unit_id, name in ws.conn.execute(
            "SELECT tu.task_id, tu.role, tu.unit_id, u.name FROM task_units tu JOIN units u ON u.id = tu.unit_id "
            "JOIN tasks t ON t.id = tu.task_id WHERE t.plan_id = ? ORDER BY tu.task_id, tu.role, tu.position",
            (plan_id,)):
        units.setdefault(task_id, {"lead": [], "responsible": []})[role].append(name)
        unit_of.setdefault(task_id, set()).add(unit_id)
    carried = carried_tasks(ws, plan_id, unit_ids[0]) if own_part and unit_ids else set()
    lead_status = task_statuses(ws, plan_id)             # once per reload: the tab's and the lead's beside it
    status = unit_statuses(ws, plan_id, unit_ids, carried, lead_status) if carried else lead_status
    today_text = today.isoformat()
    tasks = []
    mine: set[int] = set()
    scope = set(unit_ids or [])
    withdrawn = []
    for task_id, key, level, path, number, title, deadline, position, withdrawn_at in ws.conn.execute(
            "SELECT id, key, level, path, number, title, deadline, position, withdrawn_at FROM tasks "
            "WHERE plan_id = ? ORDER BY position, id", (plan_id,)):
        named = units.get(task_id, {"lead": [], "responsible": []})
        text = "、".join(named["lead"])
        if named["responsible"]:
            text = (text + " / " if text else "") + "、".join(named["responsible"])
        row = {"id": task_id, "key": key, "level": level, "path": json.loads(path), "number": number,
               "title": title, "deadline": deadline, "units": text, "position": position}
        if scope & unit_of.get(task_id, set()):
            mine.add(task_id)
        if withdrawn_at is not None:
            withdrawn.append({**row, "withdrawn_at": withdrawn_at})
            continue
        state = status.get(task_id, "not_started")
        if task_id in carried:          # the unit's own part; the lead's status beside it, for the pane
            row.update(carried=True, lead_status=lead_status.get(task_id, "not_started"))
        tasks.append({**row, "status": state,
                      "late": state == "late" or bool(deadline and deadline < today_text and state != "done")})
    return {"headings": headings, "tasks": tasks, "mine": mine, "withdrawn": withdrawn}


def revision_notes(ws: Workspace, entry_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Each entry's kept versions (提交, 重新打开：reason …), oldest first, in one query."""
    out: dict[int, list[dict[str, Any]]] = {}
    for start in range(0, len(entry_ids), 500):
        chunk = entry_ids[start:start + 500]
        for entry_id, revision, reason, recorded_at in ws.conn.execute(
                "SELECT entry_id, revision, reason, recorded_at FROM entry_history "
                f"WHERE entry_id IN ({marks(len(chunk))}) ORDER BY id", chunk):
            out.setdefault(int(entry_id), []).append(
                {"revision": revision, "reason": reason, "recorded_at": recorded_at})
    return out


def receipt_states(ws: Workspace, plan_id: int) -> dict[tuple[int, str], dict[str, Any]]:
    """The office's decision on each received unit × month (exchange_receipts), if any.

    Read here with plain SQL so the dashboard need not import desktop.exchange at start-up.
    """
    exists = ws.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'exchange_receipts'").fetchone()
    if not exists:
        return {}
    return {(int(u), m): {"revision": rev, "state": state, "reason": reason,
                          "label": RECEIPT_LABELS.get(state, state)}
            for u, m, rev, state, reason in ws.conn.execute(
                "SELECT unit_id, month, revision, state, reason FROM exchange_receipts WHERE plan_id = ?",
                (plan_id,))}
