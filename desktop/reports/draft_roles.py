"""A unit's tasks by its part in them (``draft.Drafter``, a unit's own report): the tasks it leads and those it
carries out are its work, reported in full; the tasks it supports get a sentence each (REPORT_WRITING, 「The unit's
own tasks and the tasks it supports」)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.core import progress as rules
from desktop.core.progress import cn_number
from desktop.reports import period
from desktop.reports.content import Block, Sentence
from desktop.reports.draft_overview import source_of as _src
from desktop.reports.inputs import EntryIn, TaskIn
from desktop.reports.wording import short_name, with_verb

if TYPE_CHECKING:
    from desktop.reports.draft import Drafter


def supported(d: Drafter) -> list[Sentence]:
    """A unit's work on the tasks it supports: its figures and landmarks, a sentence each;
    the tasks it only reported routine work on, named together in one sentence."""
    out: list[Sentence] = []
    routine: list[tuple[TaskIn, EntryIn]] = []
    for task in d.supported_tasks:
        entries = d.by_task.get(task.id, [])
        if not entries:
            continue
        items = [i for i in d.task_items(task, entries, collect=False)
                 if period.has_figure(i.text) or period.is_landmark(i.text)]
        if items:
            # the latest figure stands (a name list updated in June, not March's); the unit's
            # own 配合区卫健局 moves into the sentence's head, said once
            latest = max(items, key=lambda i: (i.latest_month, i.first))
            s = latest.sentence()
            lead = next((u for u in task.lead_units if s.text.startswith(f"配合{u}")), "")
            body = s.text.removeprefix(f"配合{lead}").lstrip("，,") if lead else s.text
            who = lead or "、".join(task.lead_units[:1])
            s.text = f"配合{who}{with_verb(short_name(task))}，{body}"
            out.append(s)
        else:
            routine.append((task, entries[-1]))
    if routine:
        names = "、".join(f"{with_verb(short_name(t))}" for t, _ in routine)
        out.append(Sentence(f"按照职责分工，配合牵头单位{names}。", _src(routine[0][1]),
                            [_src(e) for _, e in routine[1:]]))
    return out



def carries_out(unit: str, task: TaskIn, groups: dict[str, list[str]]) -> bool:
    """``core.progress.carries_out`` of a task: a district under 各区政府 does its part itself (承担)."""
    return rules.carries_out(unit, task.lead_units, task.responsible_units, groups)


def carried_section(d: Drafter, paragraphs: dict[int, list[Sentence]], g: int) -> list[Block]:
    """（三）承担的重点任务 with each carried task under 1. 2. …: after the tasks the unit leads, apart from them."""
    tasks = [t for t in d.own if t.id in d.carried and paragraphs.get(t.id)]
    if not tasks:
        return []
    blocks = [Block("heading2", [Sentence(f"（{cn_number(g)}）承担的重点任务")])]
    for i, task in enumerate(tasks, 1):
        blocks.append(Block("heading3", [Sentence(f"{i}.{short_name(task)}")]))
        blocks.append(Block("body", paragraphs[task.id]))
    return blocks



def without_own_name(unit: str, text: str) -> str:
    """A unit's sentence without its own name in front (``东湖区累计新建…`` → ``累计新建…``): in its own report it is
    我单位's; in the city's, the name is put in front once (ux64: 「东湖区累计东湖区新建…」)."""
    rest = text[len(unit):] if unit and text.startswith(unit) else ""
    return rest if len(rest) >= 2 and rest[0] not in "，。、；的和与及" else text


def share_of_plan(words: str) -> str:
    """A carried task's count beside the plan's whole target (全市30个), which the unit shares with the group's other
    members: its part of it, never 「完成目标」 as if the target were its own (东湖区's 9 of 江陵市's 30)."""
    words = re.sub(r"，完成目标（([^（）]+)）的(\d+(?:\.\d+)?%)$", r"，占方案目标（\1）的\2", words)
    return re.sub(r"，完成目标(的\d+(?:\.\d+)?%)?$", lambda m: f"，为方案目标{m.group(1) or '的100%'}", words)
