"""A unit's tasks by its part in them (``draft.Drafter``, a unit's own report): the tasks it leads and those it
carries out are its work, reported in full; the tasks it supports get a sentence each (REPORT_WRITING, 「The unit's
own tasks and the tasks it supports」)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.reports import period
from desktop.reports.content import Sentence
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

