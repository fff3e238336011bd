"""A task's correctable fields and the corrections a person made to them, and how they survive a revised plan.

Split from ``review_edits`` (round 57: it had grown to 752 lines with the typed numbers): the field
record (``FIELDS``, ``NUMBER``, ``task_fields``, ``field_text``), the targets in words, and

* ``corrections_between(parsed, reviewed)`` — which fields of which tasks a person changed
  from what the document says, with both values;
* ``apply_corrections(parsed, stored, matched=…)`` — a revised document, parsed, with the
  person's corrections laid back over it, each on the task it matched (``task_matching``: by what
  the tasks say, not their number); where the document itself changed a corrected field the
  correction is kept and a ``Conflict`` says so, for the person to decide;
* ``task_changes(before, after, matched)`` — per task, which fields differ (and a new number),
  in words for a summary.

Every name stays importable from ``review_edits``.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core import not_tasks
from desktop.core.model import ParsedPlan, Target, Task
from desktop.core.review_units import add_missing_units, join_units, merge_units, set_members, unit_names
from desktop.core.task_matching import task_keys
from desktop.core.values import figure_text

# the fields of a task a person may correct, and their names on screen
# (``leaders``: a task table's 责任领导, people, never units — ux59 finding 4, correctable since m61b)
FIELDS = ("title", "short_name", "lead_units", "responsible_units", "targets", "deadline", "leaders")
# a task's number typed in the review (ux57): a correction as the fields are — recorded in the history, kept over a
# revision, a conflict where the document renumbered the task too — held as its parts, path then own numeral. Not
# among ``FIELDS``: the number is the task's key, what the fields are stored and matched under
NUMBER = "key"
FIELD_LABELS = {"title": "任务名称", "short_name": "简称", "lead_units": "牵头单位",
                "responsible_units": "责任单位", "targets": "量化指标", "deadline": "完成时限", "leaders": "责任领导",
                # the plan's own fields (``core.plan_edits``), keyed as ``plan.<field>``
                "plan.title": "方案标题", "plan.doc_number": "文号", "plan.issuer": "发文机关",
                "plan.date": "成文日期", "plan.phases": "工作阶段",
                "plan.monthly_duty": "月度报送要求",
                not_tasks.NOT_TASKS: "标为“不是任务”的行",
                NUMBER: "编号"}        # a number typed in the review, or a revision renumbered the task

TEXT_CHANGED = "任务原文的表述有改动"
TEXT_WORDS = TEXT_CHANGED + "：“{old}”→“{new}”"
TARGET_DEADLINE = "{label}“{text}”的截止日期“{old}”→“{new}”"
RENUMBERED = "编号由 {old} 改为 {new}"
BROUGHT_BACK = "此前撤销的任务，新方案又列入：恢复（已有进展和更正保留）"
# a task the revision drops, under its old key with 原: the revision may give that number to another task
DROPPED = "原{key} {title}：新方案中没有这项任务，将标为撤销（已有进展保留）"
DROPPED_TAIL = "：新方案中没有这项任务，将标为撤销（已有进展保留）"
# a stored task whose row the clerk marked 「不是任务」 in a revision's review (``not_tasks``): withdrawn as a dropped
# task is, for the clerk's reason, not the document's (ux61 finding 1: it said 「新方案中没有这项任务」)
MARKED_NOT_TASK_TAIL = "：您核对时标为“不是任务”，不再作为任务，已撤销（已有进展保留；以后导入修订稿也不再列为任务）"
ADDED_TAIL = "：新增任务"
# a row of a revised document the person marked 「不是任务」 before (``core.not_tasks``): marked again, and said
NOT_TASK_TAIL = "：此前核对时标为“不是任务”，仍不保存（如是任务，请选中这一行按“恢复为任务”）"
PLAN_LINE = "（方案）"
# a field a person corrected that a revised document changed too; the same document read otherwise by a newer version
CONFLICT_REVISED = "您改为“{mine}”；原方案“{before}”，新方案“{now}”"
CONFLICT_READ = "您改为“{mine}”；原先识读为“{before}”，新版本识读为“{now}”"


def targets_text(targets: list[Target]) -> str:
    """How a task's targets are shown and edited: each source text once, ``；`` between."""
    return "；".join(dict.fromkeys(t.text for t in targets))


# a target's comparator in words, as the task page's indicator box says it (and the target reader reads it back)
COMPARATOR_WORDS = {">=": "不少于", "<=": "不超过", ">": "超过", "<": "低于", "=": "达到"}
TARGETS_SOURCE = "原文：{text}"


def target_words(target: Target) -> str:
    """A target as the review shows it (ux56): what is counted, the comparator, the value and its unit —
    「国家高新技术企业 8家」, 「护理型床位占比 不低于75%」 — so a figure read under the wrong subject can be seen and
    typed right; the sentence it was read from goes in the tooltip (``targets_text``)."""
    words = COMPARATOR_WORDS.get(target.comparator or "", "") if target.comparator != "=" else ""
    shown = figure_text(target.value, target.text)        # 150亿元 as written, not 15000000000元 (ux57)
    return " ".join(p for p in (target.subject.strip(), f"{words}{shown}{target.unit}") if p)


def target_label(row: Mapping[str, Any]) -> str:
    """A stored target (a ``targets`` row) as the task page and 月度填报 list it, and as ``entry set --value`` takes
    it by name: 「年度完成投资（不少于150亿元）」 — what is counted, then the comparator, figure and unit in
    brackets."""
    subject = row.get("subject") or row.get("text") or "指标"
    shown = "" if row.get("value") is None else figure_text(row["value"], row.get("text") or "")
    return f"{subject}（{COMPARATOR_WORDS.get(row.get('comparator') or '', '')}{shown}{row.get('unit', '')}）"


def targets_shown(targets: list[Target]) -> str:
    """How a task's targets are shown and edited in the review: each target's ``target_words``, ``；`` between."""
    return "；".join(target_words(t) for t in targets)


def target_dated(target: Target) -> str:
    """``target_words`` with the target's own date after it in brackets (「入驻率 不少于85%（2024-12-31）」): where the
    clerk reviews and edits a task's targets (ux58: the date was nowhere to be seen), and how a date is typed back."""
    return target_words(target) + (f"（{target.deadline}）" if target.deadline else "")


def targets_dated(targets: list[Target]) -> str:
    """How a task's targets are shown and edited with their dates: each ``target_dated``, ``；`` between."""
    return "；".join(target_dated(t) for t in targets)


def targets_dated_text(value: list[dict[str, Any]]) -> str:
    """Stored targets (``task_fields``) in words with their dates, for the history of a change of dates alone."""
    return "；".join(t["text"] + (f"（{t['deadline']}）" if t.get("deadline") else "") for t in value) or "（无）"


def task_fields(task: Task) -> dict[str, Any]:
    """The correctable fields of ``task`` as JSON-able values (what is stored and compared)."""
    return {"title": task.title, "short_name": task.short_name,
            "lead_units": list(task.lead_units), "responsible_units": list(task.responsible_units),
            "targets": [t.to_json() for t in task.targets], "deadline": task.deadline, "leaders": list(task.leaders)}


def stored_fields(plan: ParsedPlan, task: Task) -> dict[str, Any]:
    """``task_fields`` with each unit under its registered name, as the store keeps it
    (a task may name a unit by an alias the plan lists)."""
    names = unit_names(plan)
    fields = task_fields(task)
    for role in ("lead_units", "responsible_units"):
        fields[role] = list(dict.fromkeys(names.get(n, n) for n in fields[role]))
    return fields


def target_from_json(data: dict[str, Any]) -> Target:
    return Target(str(data["text"]), float(data["value"]), str(data.get("unit", "")),
                  data.get("comparator"), data.get("deadline"), str(data.get("subject", "")))


def number_parts(task: Task) -> list[str]:
    """The task's number as a correction holds it: its path, then its own numeral."""
    return [*task.path, task.number]


def field_value(task: Task, name: str) -> Any:
    """One correctable field of ``task`` (``FIELDS``, or its ``NUMBER``) as ``task_fields`` gives it."""
    return number_parts(task) if name == NUMBER else task_fields(task)[name]


def set_task_field(task: Task, name: str, value: Any) -> None:
    if name == NUMBER:
        task.path, task.number = [str(p) for p in value[:-1]], str(value[-1])
    elif name == "targets":
        task.targets = [target_from_json(t) for t in value]
    elif name in ("lead_units", "responsible_units", "leaders"):
        setattr(task, name, list(value))
    elif name in FIELDS:
        setattr(task, name, value)
    else:
        raise KeyError(name)


def _months(start: str | None, end: str | None) -> str:
    """A phase's months in words: （2024-03—2024-05）, （2024-11 止）, （2024-03 起）, or nothing."""
    if start and end:
        return f"（{start}—{end}）"
    return f"（{end} 止）" if end else f"（{start} 起）" if start else ""


def field_text(name: str, value: Any) -> str:
    """A field's value in words, for summaries and history."""
    if name in ("lead_units", "responsible_units", "leaders"):
        return join_units(value) or "（无）"
    if name == "targets":
        return "；".join(dict.fromkeys(t["text"] for t in value)) or "（无）"
    if name == "plan.phases":
        return "；".join(p["name"] + _months(p.get("start"), p.get("end")) for p in value) or "（无）"
    if name == not_tasks.NOT_TASKS:
        return not_tasks.words(value)
    if name == NUMBER and isinstance(value, list):      # a typed number's parts (a revision's history: the key)
        return ".".join(value) or "（无）"
    return str(value) if value else "（无）"


def change_words(name: str, old: Any, new: Any) -> tuple[str, str]:
    """A field's change in words, before and after (``field_text``); targets say their dates (a task's deadline moved
    them, or the clerk gave one its own), never 「“X”→“X”」."""
    was, now = field_text(name, old), field_text(name, new)
    if name == "targets" and old != new and (was == now or any(t.get("deadline") for t in [*old, *new])):
        # each target with its date (ux60 finding 5: the date a clerk typed was nowhere in the history)
        return _dated_once(old), _dated_once(new)
    return was, now


def _dated_once(value: list[dict[str, Any]]) -> str:
    """``targets_dated_text``, a sentence that gave several targets of one date said once."""
    return "；".join(dict.fromkeys(targets_dated_text([t]) for t in value)) or "（无）"


@dataclass
class Correction:
    """A person's value for one field, and what the document said when they corrected it."""

    value: Any
    document: Any


Corrections = dict[str, dict[str, Correction]]      # task key → field → correction


def corrections_between(parsed: ParsedPlan, reviewed: ParsedPlan) -> Corrections:
    """The fields of each task (by its key in ``reviewed``) where ``reviewed`` differs from the
    document's parse. Each task is compared with its own row of the parse: the review renumbers
    rows but never adds, drops or moves one, so a number the person fixed (two numbers the parser
    swapped) compares no task with another; by key only where the rows differ in number."""
    keys = task_keys(reviewed.tasks)
    if len(parsed.tasks) == len(reviewed.tasks):
        by_key = dict(zip(keys, parsed.tasks, strict=True))
    else:
        by_key = dict(zip(task_keys(parsed.tasks), parsed.tasks, strict=True))
    out: Corrections = {}
    for key, task in zip(keys, reviewed.tasks, strict=True):
        doc = by_key.get(key)
        if doc is None:
            continue
        mine, theirs = task_fields(task), task_fields(doc)
        fields = {name: Correction(mine[name], theirs[name]) for name in FIELDS if mine[name] != theirs[name]}
        if number_parts(task) != number_parts(doc):      # a number the person typed (not a revision's)
            fields[NUMBER] = Correction(number_parts(task), number_parts(doc))
        if fields:
            out[key] = fields
    return out


@dataclass
class Conflict:
    """A field a person corrected that the revised document also changed."""

    key: str
    title: str
    field: str
    corrected: Any           # the person's value (kept unless they choose the document's)
    document_before: Any     # what the document said when they corrected it
    document_now: Any        # what the revised document says
    # the document's text is the one stored and this difference was never shown before: a newer version's reading of
    # the same document (``core.rereading``, ``store.plans.prepare_reimport``), said so, its two values two readings
    reading: bool = False
    # a title conflict's short names, the person's and the document's (m67a): the short name stored beside the person's
    # title stays with it, the document's comes with the document's title (``conflict_short_name``); None: the short
    # name follows the title chosen as it suggests (``short_name_follows``)
    short_names: tuple[str, str] | None = None

    def text(self) -> str:
        """The correction in words: the person's value, the document's then and now (or the two readings)."""
        label = FIELD_LABELS[self.field]
        words = [field_text(self.field, v) for v in (self.corrected, self.document_before, self.document_now)]
        if self.field == "targets" and len(set(words)) < 3:
            # targets whose sentences read the same differ in their dates (the clerk set one, or it moved with the
            # clerk's deadline; ux59 finding 5): said with them, never 「您改为“X”；原方案“X”，新方案“X”」
            words = [targets_dated_text(v) for v in (self.corrected, self.document_before, self.document_now)]
        mine, before, now = words
        said = CONFLICT_READ if self.reading else CONFLICT_REVISED
        return f"{f'{self.key} {self.title}'.strip()}：{label}　" + said.format(mine=mine, before=before, now=now)


def apply_corrections(parsed: ParsedPlan, stored: Corrections,
                      aliases: dict[str, list[str]] | None = None,
                      members: dict[str, list[str]] | None = None,
                      matched: Mapping[str, str] | None = None,
                      numbers: bool = True) -> tuple[ParsedPlan, list[Conflict]]:
    """``parsed`` (a revised document) with the person's corrections laid back over it.

    A corrected field the document did not change takes the correction silently; one the
    document changed too keeps the correction and is listed as a ``Conflict``; one where the
    document now says what the person wrote needs nothing. ``aliases`` (unit → other names)
    and ``members`` (group → members) are unit corrections kept the same way. ``matched``: the
    stored task's key → the revised task's (``task_matching``); without it, the same key.

    A number the person typed (``NUMBER``) is kept as the fields are, unless another task of the
    revised document has it (then it is a conflict, the document's number in place). ``numbers``
    False: the document's numbers stand (the office's plan at a unit: its numbers are the office's).
    Each conflict names its task by the number it has in the plan returned.
    """
    if matched is not None:          # a renumbered task takes its corrections; a withdrawn one none
        stored = {matched[key]: fields for key, fields in stored.items() if key in matched}
    plan = copy.deepcopy(parsed)
    for keep, others in (aliases or {}).items():
        known = unit_names(plan)          # an alias the document already gives needs no merge
        present = [o for o in others if known.get(o) == o or o not in known and any(
            o in t.lead_units or o in t.responsible_units for t in plan.tasks)]
        if present:
            merge_units(plan, keep, present)
    for group, listed in (members or {}).items():
        unit = next((u for u in plan.units if u.name == group), None)
        if unit is not None and not unit.members and listed:
            set_members(plan, group, listed)
    conflicts: list[Conflict] = []
    known = unit_names(plan)

    def same(name: str, a: Any, b: Any) -> bool:     # units compared under their registered names
        if name in ("lead_units", "responsible_units"):
            return [known.get(n, n) for n in a] == [known.get(n, n) for n in b]
        return bool(a == b)

    document_keys = task_keys(plan.tasks)
    if numbers:
        conflicts.extend(_typed_numbers(plan, document_keys, stored))
    for key, task in zip(document_keys, plan.tasks, strict=True):
        fields = stored.get(key)
        if not fields:
            continue
        now = task_fields(task)
        for name, correction in fields.items():
            if name not in FIELDS or same(name, now[name], correction.value):
                continue
            if not same(name, now[name], correction.document):
                conflicts.append(Conflict(key, task.title, name, correction.value,
                                          correction.document, now[name]))
            set_task_field(task, name, correction.value)
        if "title" in fields and "short_name" not in fields:
            short_name_follows(task, now["title"])
        for conflict in conflicts:
            if conflict.key == key:
                conflict.title = task.title      # the task as the person knows it
    add_missing_units(plan)
    now_keys = dict(zip(document_keys, task_keys(plan.tasks), strict=True))
    for conflict in conflicts:               # under the number the person knows the task by
        conflict.key = now_keys.get(conflict.key, conflict.key)
    return plan, conflicts


def _typed_numbers(plan: ParsedPlan, keys: list[str], stored: Corrections) -> list[Conflict]:
    """Lay the numbers a person typed (``NUMBER``) back over ``plan``'s tasks (under their document ``keys``),
    all at once (two numbers swapped in the review swap again); one the document changed too, or that
    another task would have then, is a conflict left at the document's number. Where the document renumbered the
    task the clerk had renumbered, its number stands (ux62 finding 6: the clerk's 二.7A kept over the revision's
    二.6 left 5, 7, 7A — the units hold the document), the clerk's number listed as the choice it was; only where the
    document kept the old number does the clerk's number stay by default."""
    wanted = {n: fields[NUMBER] for n, key in enumerate(keys)
              if NUMBER in (fields := stored.get(key, {})) and number_parts(plan.tasks[n]) != fields[NUMBER].value}
    final = Counter(".".join(wanted[n].value) if n in wanted else task.key for n, task in enumerate(plan.tasks))
    conflicts = []
    for n, number in wanted.items():
        task = plan.tasks[n]
        taken = final[".".join(number.value)] > 1
        renumbered = number_parts(task) != number.document
        if renumbered or taken:
            conflicts.append(Conflict(keys[n], task.title, NUMBER, number.value, number.document, number_parts(task)))
        if not taken and not renumbered:
            set_task_field(task, NUMBER, number.value)
    return conflicts


def short_name_follows(task: Task, old_title: str) -> None:
    """The task's title was ``old_title`` and is now another (a person's correction laid over a
    revised document, or a conflict settled the other way): a short name that title suggested
    follows the new title (规划引领, not 规划统筹引领 from a reworded title the task no longer has)."""
    from desktop.core.parse.shortname import suggest_short_name

    if task.title != old_title and task.short_name and task.short_name == suggest_short_name(old_title):
        task.short_name = suggest_short_name(task.title) or task.short_name


def conflict_short_name(task: Task, conflict: Conflict, value: Any) -> bool:
    """A title conflict that carries its short names (``Conflict.short_names``), its title set to ``value``: the task
    takes the short name that goes with it — the stored one with the person's title, the document's with the
    document's. False where the conflict carries none (the short name follows as it suggests)."""
    if conflict.field != "title" or conflict.short_names is None:
        return False
    mine, document = conflict.short_names
    task.short_name = mine if value == conflict.corrected else document
    return True


def take_document(plan: ParsedPlan, conflicts: list[Conflict]) -> None:
    """Give up the person's correction for these conflicts: the revised document's value wins."""
    by_key = dict(zip(task_keys(plan.tasks), plan.tasks, strict=True))
    for conflict in conflicts:
        task = by_key.get(conflict.key)
        if task is not None:
            title = task.title
            set_task_field(task, conflict.field, conflict.document_now)
            if not conflict_short_name(task, conflict, conflict.document_now):
                short_name_follows(task, title)
    add_missing_units(plan)


def _targets_change(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> str:
    """A task's targets changed, in the words the clerk sees (ux57): the sentences they were read from, else the
    targets as the review shows them; where both read the same, what differs that they do not show (a target's
    截止日期), else nothing — never 「“X”→“X”」."""
    label = FIELD_LABELS["targets"]
    for was, now in ((field_text("targets", old), field_text("targets", new)),
                     (_shown(old), _shown(new))):
        if was != now:
            return f"{label}“{was}”→“{now}”"
    # (the targets of one sentence moved together — 「改造42个、惠及居民1.1万户」 — are one line: ux62)
    return "；".join(dict.fromkeys(
        TARGET_DEADLINE.format(label=label, text=a["text"], old=a.get("deadline") or "（无）",
                               new=b.get("deadline") or "（无）")
        for a, b in zip(old, new, strict=False) if a.get("deadline") != b.get("deadline")))


def _shown(targets: list[dict[str, Any]]) -> str:
    return targets_shown([target_from_json(t) for t in targets]) or "（无）"


def text_difference(old: str, new: str, context: int = 6, longest: int = 24) -> tuple[str, str]:
    """The part of a task's text a revision changed, old and new, with ``context`` characters either side
    (「…亿元以上项目60个，实际利…」, 「…项目70个…」), a long change cut in its middle: so a clerk sees the document
    moved a figure under their correction. ("", "") when the texts are the same."""
    if old == new:
        return "", ""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1

    def part(text: str) -> str:
        middle = text[start:len(text) - end]
        if len(middle) > longest:
            middle = middle[:longest // 2] + "…" + middle[-(longest // 2):]
        lead, stop = max(0, start - context), min(len(text), len(text) - end + context)
        return (("…" if lead else "") + text[lead:start] + middle + text[len(text) - end:stop]
                + ("…" if stop < len(text) else ""))

    return part(old), part(new)


def task_changes(before: dict[str, dict[str, Any]], plan: ParsedPlan,
                 matched: Mapping[str, str] | None = None, not_task_keys: Collection[str] = ()) -> list[str]:
    """In words, per task: what ``plan`` changes against ``before`` (key → stored fields, and
    the task's ``"text"`` when known). ``matched``: a stored key → the key of the same task in
    ``plan`` (``task_matching``); without it, the same key. A renumbered task says so first.
    ``not_task_keys``: the rows the clerk marked 「不是任务」, taken out of ``plan`` before saving (``not_tasks``); a
    stored task matched to one is withdrawn for that reason, and said so (``MARKED_NOT_TASK_TAIL``)."""
    if matched is None:
        matched = {key: key for key in before}
    keys = task_keys(plan.tasks)
    present = set(keys)
    old_keys = {new: old for old, new in matched.items() if old in before and new in present}
    kept = set(old_keys.values())
    lines = []
    for key, task in zip(keys, plan.tasks, strict=True):
        old_key = old_keys.get(key)
        if task.not_task:             # (a saved task marked after saving, matched again: still out)
            lines.append(f"{key} {task.title}{NOT_TASK_TAIL}")
            continue
        if old_key is None:
            lines.append(f"{key} {task.title}{ADDED_TAIL}")
            continue
        old = before[old_key]
        now = stored_fields(plan, task)
        if old.get("withdrawn"):
            changed = [BROUGHT_BACK]
        else:
            changed = [RENUMBERED.format(old=old_key, new=key)] if old_key != key else []
        for n in FIELDS:
            if n in old and old[n] != now[n]:
                line = (_targets_change(old[n], now[n]) if n == "targets"
                        else f"{FIELD_LABELS[n]}“{field_text(n, old[n])}”→“{field_text(n, now[n])}”")
                if line:
                    changed.append(line)
        if "text" in old and old["text"] != task.text:
            was, now_text = text_difference(old["text"], task.text)
            changed.append(TEXT_WORDS.format(old=was, new=now_text) if was or now_text else TEXT_CHANGED)
        if changed:
            lines.append(f"{key} {task.title}：" + "；".join(changed))
    for key, old in before.items():
        if key in kept:
            continue
        if matched.get(key) in not_task_keys:
            lines.append(f"原{key} {old.get('title', '')}{MARKED_NOT_TASK_TAIL}")
        else:
            lines.append(DROPPED.format(key=key, title=old.get("title", "")))
    return lines
