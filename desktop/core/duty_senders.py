"""Who sends what a duty asks for (rv70b finding 6): a duty is on the due list of the units that send it, and on every
unit's only where the plan names no sender. The parser stores a duty's sentence alone (``duties.text``), so the
sender is read from it with one rule: the plan's units its sentence names before its sending 「区建设管理委于6月30日前
将…报区政府」, else the units of the task whose words hold the sentence — 「…系统方案经专家评审后报市住房城乡建设管理委
备案。（责任单位：区建设管理委）」 is 区建设管理委's to file; a duty of the plan's 工作要求 names no one: everyone's."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from desktop.core.duty_names import SENDS
from desktop.core.model import ParsedPlan

_SENDING = re.compile(SENDS)
# a unit the paper goes to or passes through, not the one sending it: 向区民政局提交 / 报送至区政府 / 经区政府同意
_NOT_SENDER = re.compile(r"(?:向|给|至|到|经)$")


def _named_senders(text: str, units: Iterable[str]) -> list[str]:
    """The plan's units the sentence names before its (first) sending, in their order in the sentence."""
    sending = _SENDING.search(text)
    if sending is None:
        return []
    before = text[:sending.start()]
    found: list[tuple[int, str]] = []
    for unit in units:
        at = before.find(unit) if unit else -1
        if at >= 0 and not _NOT_SENDER.search(before[:at]):
            found.append((at, unit))
    # (a unit whose name lies inside a longer one named at the same place is the longer one's words)
    found = [(at, u) for at, u in found if not any(o != u and u in o and o_at <= at < o_at + len(o)
                                                    for o_at, o in found)]
    return [unit for _, unit in sorted(found)]


def duty_senders(text: str, units: Iterable[str], tasks: Iterable[tuple[str, Sequence[str]]]) -> list[str]:
    """The units that send what the duty of ``text`` asks for: the ``units`` (the plan's unit names) its sentence
    names before its sending, else the units of the ``tasks`` (each its words and its units) whose words hold the
    sentence; [] where neither names one: the duty is everyone's."""
    text = text.strip()
    if not text:
        return []
    named = _named_senders(text, units)
    if named:
        return named
    out: list[str] = []
    for words, task_units in tasks:
        if text in words:
            out += [u for u in task_units if u not in out]
    return out


def owed_by(senders: Sequence[str], scope: Iterable[str]) -> bool:
    """Whether a unit (``scope``: its name and its groups') sends a duty of these ``senders``: one of them, or
    anyone where the plan names none."""
    return not senders or any(name in senders for name in scope)


def plan_duty_rows(plan: ParsedPlan) -> list[dict[str, object]]:
    """A plan's duties as rows (``Duty.to_json``), each with its ``senders`` read from the plan's own units and tasks:
    the plan info of a plan in review, as ``store.queries.duties_with_senders`` gives a stored plan's."""
    units = [u.name for u in plan.units]
    tasks = [(f"{t.title}。{t.text}", list(dict.fromkeys([*t.lead_units, *t.responsible_units]))) for t in plan.tasks]
    return [{**d.to_json(), "senders": duty_senders(d.text, units, tasks)} for d in plan.duties]
