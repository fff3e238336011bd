"""A task a group of units leads (各乡镇, 各县市区) in the office's report (``draft.Drafter``): the group's
total with its share said once, each member's figure named after it (其中青石镇4300人、柳河镇4050人),
then each member's other work under its own name — never the members' figures unnamed, one after the
other, each twice (ux63: 「今年以来新增…4300人…全镇累计…4300人…今年以来…4050人」).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.reports import period
from desktop.reports.content import Sentence
from desktop.reports.draft_overview import source_of
from desktop.reports.inputs import EntryIn, TaskIn
from desktop.reports.wording import plan_number, rates_by_unit, target_words

if TYPE_CHECKING:
    from desktop.reports.draft import Drafter


def members_reporting(d: Drafter, task: TaskIn, entries: list[EntryIn]) -> dict[str, list[EntryIn]]:
    """The group lead's members that reported on the task, each with its entries (in the units' order)."""
    by_member: dict[str, list[EntryIn]] = {}
    for e in entries:
        by_member.setdefault(e.unit, []).append(e)
    return {u: by_member[u] for u in sorted(by_member, key=d.unit_order)}


def _prefix(d: Drafter) -> str:
    return "" if d.kind == "year-end" and d.as_of.endswith("12") else f"截至{d.as_of_text}，"


def group_targets(d: Drafter, task: TaskIn, group: str, reporting: list[str]) -> list[Sentence]:
    """Each target at the group's value with its share, then each member's own value by name, and the
    members that have not reported on the task (``其中青石镇4300人、柳河镇4050人，白沙乡尚未报送``)."""
    silent = [m for m in d.data.groups.get(group, []) if m not in reporting]
    out: list[Sentence] = []
    for target in task.targets:
        got = d.target_value(task, target)
        if not got:
            continue
        value, used = got
        rates = d.unit_rates(task, target)           # a rate is each unit's own, never one printed as the whole
        text = rates_by_unit(target, rates) if rates else target_words(target, value).removeprefix("其中")
        if target.unit != "%":
            named = [f"{e.unit}{plan_number(e.values[target.id], target)}{target.unit or ''}"
                     for e in sorted(used, key=lambda e: d.unit_order(e.unit))]
            if len(named) > 1 or silent:
                text += "，其中" + "、".join(named)
            if silent and not out:               # said once, at the first target
                text += f"，{'、'.join(silent)}尚未报送"
        sources = [source_of(e, "value") for e in used]
        out.append(Sentence(f"{_prefix(d)}{text}。", sources[-1], sources[:-1]))
    return out


def _member_values(d: Drafter, task: TaskIn, entries: list[EntryIn]) -> list[tuple[str, str]]:
    """(the value as shown, the target's subject) of the member's latest reading of each target the group's
    sentence names it in: a count, and a rate said unit by unit (``Drafter.unit_rates``)."""
    out: list[tuple[str, str]] = []
    for target in task.targets:
        latest = [e for e in entries if target.id in e.values]
        if latest and (target.unit != "%" or d.unit_rates(task, target)):
            out.append((plan_number(latest[-1].values[target.id], target) + (target.unit or ""), target.subject or ""))
    return out


def member_sentences(d: Drafter, task: TaskIn, unit: str, entries: list[EntryIn]) -> list[Sentence]:
    """A member's period text without the clauses that give its target values (the group's sentence names
    them) nor a bare running total left behind (``累计4050人``); its name leads its first sentence."""
    shown = _member_values(d, task, entries)
    out: list[Sentence] = []
    for item in d.task_items(task, entries):
        parts = period.clauses(item.text)
        keep = [c for c in parts if not any(period.holds_value(c, v, subject) for v, subject in shown)
                and not period.unnamed_figure(c)]
        if not keep or not any(period.has_figure(c) or period.is_landmark(c) or len(period.words(c)) > 6
                               for c in keep):
            continue
        text = "".join(keep).rstrip("，；")
        sentence = item.sentence()
        sentence.text = text if text.endswith("。") else text + "。"
        if not out:
            sentence.text = unit + sentence.text
        out.append(sentence)
    return out
