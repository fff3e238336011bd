"""导出前请检查 of a half-year summary or year-end report (``draft.Drafter``): a task marked done short of its
target, a cumulative figure lower than the month before, a target reached without progress text, the units
that sent nothing in the period, the same sentence under several tasks (REPORT_WRITING "Checks before a
report leaves the office")."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import TYPE_CHECKING

from desktop.core import progress as rules
from desktop.reports import period
from desktop.reports.content import Check, Sentence
from desktop.reports.draft_overview import source_of as _src
from desktop.reports.inputs import EntryIn, TaskIn, task_deadline
from desktop.reports.wording import TARGET_TAIL, fmt, leads_of, short_name, tasks_named

if TYPE_CHECKING:
    from desktop.reports.draft import Drafter


def run_checks(d: Drafter, paragraphs: dict[int, list[Sentence]]) -> list[Check]:
    """导出前请检查: what to look at before the report leaves the office (REPORT_WRITING "Checks before a
    report leaves the office")."""
    out: list[Check] = []
    for task in d.own:
        entries = d.by_task.get(task.id, [])
        status = d.task_status(task)
        for target in task.targets:
            got = d.target_value(task, target)
            met = bool(got) and rules.target_met(got[0] if got else 0, target.value, target.comparator)
            if status == "done" and not met:
                last = next((e for e in reversed(entries) if e.status == "done"), None)
                out.append(Check(f"“{short_name(task)}”已标为完成，但指标“{target.subject or target.text}”"
                                 "尚未达到目标。", [_src(last, "status")] if last else []))
            if got and met and not any(e.progress.strip() for e in got[1]):
                out.append(Check(f"“{short_name(task)}”的指标已达到目标，但没有填写工作进展。",
                                 [_src(e, "value") for e in got[1]]))
            by_unit: dict[str, list[EntryIn]] = {}
            for e in entries:
                if target.id in e.values:
                    by_unit.setdefault(e.unit, []).append(e)
            for unit, readings in by_unit.items():
                for a, b in pairwise(readings):
                    if target.unit != "%" and b.values[target.id] < a.values[target.id]:
                        out.append(Check(
                            f"{unit}“{target.subject or short_name(task)}”的累计数"
                            f"{int(b.month[5:])}月（{fmt(b.values[target.id])}）比{int(a.month[5:])}月"
                            f"（{fmt(a.values[target.id])}）少。", [_src(a, "value"), _src(b, "value")]))
    out.extend(d.disagreements.values())
    held = d.cover
    if held.held:            # a later month some units have sent: the report stays at the month due, say why
        month = f"{int(held.held[5:])}月"
        out.append(Check(f"{few(held.sent)}已报送{month}进展，{few(held.missing)}尚未报送；"
                         f"报告截至{d.as_of_text}。各单位报齐{month}后重新生成即写入{month}。"))
    units = [d.data.unit] if d.data.unit else d.data.units
    reported = {e.unit for e in d.entries}
    leads = silent_leads(d, reported) if d.city else []
    out.extend(leads_check(d, lead, tasks) for lead, tasks in leads)
    out.extend(due_unreported(d))
    named = {lead for lead, _ in leads}
    # (not a unit a revision gave its first task after the period: it owed nothing in it, ``data.unit_first``)
    silent = [u for u in units if u not in reported and u not in named
              and d.data.unit_first.get(u, "") <= d.months[-1]]
    if silent:
        out.append(Check(f"{few(silent)}在{d.months[0][5:].lstrip('0')}月至{d.as_of_text}没有填报任何进展。", []))
    seen: dict[str, tuple[TaskIn, Sentence]] = {}
    for task in d.own:
        for s in paragraphs.get(task.id, []):
            k = period.words(TARGET_TAIL.sub("", s.text))       # as the unit wrote it
            if len(k) < 10 or s.text.endswith("配合推进。"):
                continue
            if k in seen and seen[k][0].id != task.id:
                out.append(Check(f"同一句话出现在“{short_name(seen[k][0])}”和“{short_name(task)}”下："
                                 f"{s.text[:30]}", seen[k][1].sources + s.sources))
            seen.setdefault(k, (task, s))
    return out


def few(units: list[str] | tuple[str, ...]) -> str:
    """Units named in a check: up to five, else the first five 等N个单位."""
    return "、".join(units[:5]) + (f"等{len(units)}个单位" if len(units) > 5 else "")


def _period(d: Drafter) -> str:
    return f"{d.months[0][5:].lstrip('0')}月至{d.as_of_text}"


def silent_leads(d: Drafter, reported: set[str]) -> list[tuple[str, list[TaskIn]]]:
    """Each lead unit of the report's tasks that sent nothing in the period (nor, for a group, any member of
    it), with the tasks it leads, in the tasks' order."""
    out: dict[str, list[TaskIn]] = {}
    for task in d.own:
        for lead in task.lead_units:
            if lead not in reported and not reported & set(d.data.groups.get(lead, ())):
                out.setdefault(lead, []).append(task)
    return list(out.items())


def leads_check(d: Drafter, lead: str, tasks: list[TaskIn]) -> Check:
    """A lead unit that sent nothing (ux64 finding 5): its tasks read as its responsible units reported them,
    or, where no one did, are named as not reported at the end of 工作进展."""
    told = [t for t in tasks if d.by_task.get(t.id)]
    how = ("报告中这些任务的状态和进展按责任单位的报送写" if len(told) == len(tasks)
           else "报告中尚无报送的任务列在工作进展末尾" if not told
           else f"报告中{tasks_named(told, d.own)}按责任单位的报送写，其余列在工作进展末尾")
    return Check(f"{lead}牵头{tasks_named(tasks, d.own)}，{_period(d)}没有报送任何进展，{how}；"
                 f"请{lead}报送后重新生成。")


# a task due within this many days of the report's date with no report is named before export
DUE_SOON_DAYS = 10


def due_unreported(d: Drafter) -> list[Check]:
    """Each task due on or before the report's date, or within ``DUE_SOON_DAYS`` after it, on which no unit has
    reported anything in the period: the director is told before the report leaves (ux64: 补助办法, due 30
    June, two days after the report, had no report)."""
    out = []
    for task in d.unreported():
        deadline = task_deadline(task)
        if deadline is None or deadline > d.today + dt.timedelta(days=DUE_SOON_DAYS):
            continue
        day = f"{deadline.year}年{deadline.month}月{deadline.day}日"
        when = f"完成时限{day}已过" if deadline < d.today else f"将于{day}到期"
        label = tasks_named([task], d.own)
        label += f"“{short_name(task)}”" if label.startswith("第") else ""
        who = "、".join(leads_of([task]))
        out.append(Check(f"{label}{when}，尚无任何单位报送进展" + (f"，请向{who}核实。" if who else "。")))
    return out
