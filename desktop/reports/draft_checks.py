"""导出前请检查 of a half-year summary or year-end report (``draft.Drafter``): a task marked done short of its
target, a cumulative figure lower than the month before, a target reached without progress text, the units
that sent nothing in the period, the same sentence under several tasks (REPORT_WRITING "Checks before a
report leaves the office")."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from desktop.core import progress as rules
from desktop.reports import period
from desktop.reports.content import Check, Sentence
from desktop.reports.draft_overview import source_of as _src
from desktop.reports.inputs import EntryIn, TaskIn
from desktop.reports.wording import TARGET_TAIL, fmt, short_name

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
    units = [d.data.unit] if d.data.unit else d.data.units
    reported = {e.unit for e in d.entries}
    # (not a unit a revision gave its first task after the period: it owed nothing in it, ``data.unit_first``)
    silent = [u for u in units if u not in reported and d.data.unit_first.get(u, "") <= d.months[-1]]
    if silent:
        who = "、".join(silent[:5]) + (f"等{len(silent)}个单位" if len(silent) > 5 else "")
        out.append(Check(f"{who}在{d.months[0][5:].lstrip('0')}月至{d.as_of_text}没有填报任何进展。", []))
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
