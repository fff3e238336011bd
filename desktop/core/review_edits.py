"""The corrections a person makes to a parsed plan, and how they survive a revised plan.

Plain functions over ``ParsedPlan`` (no Qt, no SQL): what each row of the review asks the person to
look at, typed numbers, dates and targets read (with the parser's own readers), and the correction
record (the unit list's edits — merge, expand, move, members — are ``review_units``'):

* ``corrections_between(parsed, reviewed)`` — which fields of which tasks a person changed
  from what the document says, with both values;
* ``apply_corrections(parsed, stored, matched=…)`` — a revised document, parsed, with the
  person's corrections laid back over it, each on the task it matched (``task_matching``: by what
  the tasks say, not their number); where the document itself changed a corrected field the
  correction is kept and a ``Conflict`` says so, for the person to decide;
* ``task_changes(before, after, matched)`` — per task, which fields differ (and a new number),
  in words for a summary.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from desktop.core import parse_doubts
from desktop.core.model import ParsedPlan, Phase, Target, Task, carries, shown_number
from desktop.core.parse import read_target
from desktop.core.parse.normalise import narrow
from desktop.core.parse.tasks import NO_UNITS_WORDS, NO_YEAR_WORDS, NOT_A_DATE_WORDS, ODD_UNITS_WORDS
from desktop.core.review_units import (  # noqa: F401  (the unit list: part of this module's API, as before)
    ADDED_NOTE,
    NEAREST_FLOOR,
    SEPARATORS,
    TYPED_NOTE,
    _near_known,
    add_missing_units,
    drop_unnamed_units,
    expand_group,
    join_units,
    merge_units,
    nearest_unit,
    set_members,
    set_role,
    split_units,
    unit_names,
    unnamed_units,
)
from desktop.core.task_matching import task_keys as task_keys  # a task's key: where it was defined before
from desktop.core.values import figure_text

# what the review table says about a row
NO_UNITS = "没有识别出牵头或责任单位：请在本行的“牵头单位”“责任单位”格中填写"
UNKNOWN_UNIT = ("“{name}”不在单位名单中：如是已有单位的另一种写法，"
                "请在右侧单位列表中先点正式名称、再点它，按“合并为同一单位”")
# a name the registry (or a merge) already joined to a unit: the task keeps it as printed (round 37), the store
# links it to that unit — words on the row, no row to check
ALIAS_UNIT = "“{name}”是“{canonical}”的另一种写法，按同一单位保存"
EMPTY_GROUP = ("“{name}”是一组单位，方案没有列出成员：请在右侧单位列表中选中它，按“填写单位组成员”补充，"
               "报送时才知道由谁填报")
NO_TITLE = "没有标题：请在本行的“任务名称”格中填写"
TARGET_SEPARATORS = re.compile(r"[；;\n]+")

# the fields of a task a person may correct, and their names on screen
FIELDS = ("title", "short_name", "lead_units", "responsible_units", "targets", "deadline")
# a task's number typed in the review (ux57): a correction as the fields are — recorded in the history, kept over a
# revision, a conflict where the document renumbered the task too — held as its parts, path then own numeral. Not
# among ``FIELDS``: the number is the task's key, what the fields are stored and matched under
NUMBER = "key"
FIELD_LABELS = {"title": "任务名称", "short_name": "简称", "lead_units": "牵头单位",
                "responsible_units": "责任单位", "targets": "量化指标", "deadline": "完成时限",
                # the plan's own fields (``core.plan_edits``), keyed as ``plan.<field>``
                "plan.title": "方案标题", "plan.doc_number": "文号", "plan.issuer": "发文机关",
                "plan.date": "成文日期", "plan.phases": "工作阶段",
                "plan.monthly_duty": "月度报送要求",
                NUMBER: "编号"}        # a number typed in the review, or a revision renumbered the task

NO_DIGITS = "指标“{text}”里没有数字，无法作为量化指标。请写成“不少于500张”“达到90%以上”这样带数字和单位的形式。"
NOT_A_TARGET = "“{text}”读不出量化指标：要有阿拉伯数字和计量单位（如 500张、90%）。请写成“不少于500张”这样的形式。"
BAD_DEADLINE = "完成时限“{text}”不是日期。请写成 2024-12-31 或“2024年12月底前”这样带年份的写法，或留空。"
NO_YEAR_DEADLINE = ("完成时限“{text}”没有写年份，方案的标题、工作阶段和成文日期也都没有年份可推算。"
                    "请写上年份（如“2024年12月底”），或先在“方案信息与阶段”中填写成文日期。")
YEAR_TAKEN = "完成时限“{text}”没有写年份，按方案的年份 {year} 年计。如不是这一年，请写上年份。"
RANGE_TAKEN = "完成时限“{text}”是一段时间，按区间的截止日 {date} 计。"
DUPLICATE_NUMBER = ("编号“{number}”已经用于任务“{title}”（第 {row} 行）。一个编号只能对应一项任务："
                    "请另写一个编号，或先改那一项的编号。")
EMPTY_TITLE = "任务名称不能为空。"
# how a typed number was read (the number cell's tooltip)
NUMBER_OWN = ("“{number}”按本级编号读：任务仍在 {path} 之下，完整编号 {full}。"
              "要移到别的标题下，请写完整编号（如 {full}）。")
NUMBER_TAIL = "“{number}”按上级编号的末尾读：完整编号 {full}。"
NUMBER_DECIMAL = "“{number}”是小数编号，已含上级编号，按原文读。"
NUMBER_FULL = "“{number}”按完整编号读（从第一级标题写起）。"
LONG_SHORT_NAME = "简称“{text}”太长（{n} 字）。简称用在列表和报告里，请控制在 {limit} 字以内。"
SHORT_NAME_LIMIT = 20
TEXT_CHANGED = "任务原文的表述有改动"
TEXT_WORDS = TEXT_CHANGED + "：“{old}”→“{new}”"
TARGET_DEADLINE = "{label}“{text}”的截止日期“{old}”→“{new}”"
RENUMBERED = "编号由 {old} 改为 {new}"
BROUGHT_BACK = "此前撤销的任务，新方案又列入：恢复（已有进展和更正保留）"
# a task the revision drops, under its old key with 原: the revision may give that number to another task
DROPPED = "原{key} {title}：新方案中没有这项任务，将标为撤销（已有进展保留）"
DROPPED_TAIL = "：新方案中没有这项任务，将标为撤销（已有进展保留）"
ADDED_TAIL = "：新增任务"
PLAN_LINE = "（方案）"


def dropped_key(line: str) -> str | None:
    """The old key of a change line that says a task is dropped (``DROPPED``), else None."""
    if not line.startswith("原") or not line.endswith(DROPPED_TAIL):
        return None
    return line[1:].split(" ", 1)[0]


def change_counts(changes: list[str]) -> dict[str, int]:
    """How many tasks a revision adds, drops, changes and only renumbers (the plan's own fields
    not counted): ``{"added", "dropped", "changed", "renumbered"}``."""
    counts = dict.fromkeys(("added", "dropped", "changed", "renumbered"), 0)
    only_number = re.compile("^" + RENUMBERED.format(old="[^；]+", new="[^；]+") + "$")
    for line in changes:
        if line.startswith(PLAN_LINE):
            continue
        said = line.split("：", 1)[1] if "：" in line else ""
        if line.endswith(ADDED_TAIL):
            counts["added"] += 1
        elif dropped_key(line) is not None:
            counts["dropped"] += 1
        elif only_number.match(said):
            counts["renumbered"] += 1
        else:
            counts["changed"] += 1
    return counts


class EditError(ValueError):
    """A correction that cannot be taken as typed; ``message`` says why in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def task_problems(plan: ParsedPlan, task: Task, doubts: bool = True) -> list[str]:
    """What the reviewer should look at on this row, in plain words that say where to act;
    with ``doubts`` (all but the measuring script), also where the parse of it is doubtful
    (``core.parse_doubts``)."""
    names = unit_names(plan)
    added = {u.name for u in plan.units if u.note == ADDED_NOTE}
    typed = {u.name for u in plan.units if u.note == TYPED_NOTE}
    problems = []
    if not task.lead_units and not task.responsible_units and any(t.lead_units or t.responsible_units
                                                                   for t in plan.tasks):
        problems.append(NO_UNITS)
    for name in [*task.lead_units, *task.responsible_units]:
        # a name typed into a cell joins the plan's units (ux56), unless it looks like a unit the plan has
        if name not in names or name in added or name in typed and _near_known(plan, name):
            problems.append(UNKNOWN_UNIT.format(name=name))
        elif names[name] != name:
            problems.append(ALIAS_UNIT.format(name=name, canonical=names[name]))
    groups = {u.name for u in plan.units if u.is_group and not u.members}
    for name in [*task.lead_units, *task.responsible_units]:
        if name in groups:
            problems.append(EMPTY_GROUP.format(name=name))
    if not task.title.strip():
        problems.append(NO_TITLE)
    for warning in plan.warnings:
        if names_task(warning, task) and warning not in problems and _still_applies(warning, task) \
                and not (NO_UNITS in problems and NO_UNITS_WORDS in warning):
            problems.append(warning)
    if doubts:
        problems.extend(d for d in parse_doubts.task_doubts(plan, task) if d not in problems)
    return problems


# how the parser names a task in a warning: 「任务 二.1（title）…」, 「任务 二.1 的…」, 「任务编号 二.1 重复…」,
# 「最后一项任务（二.1 title）…」
_NAMED = re.compile(r"任务(?:编号)? (?P<k1>[^\s（的]+)(?:（(?P<t1>)|[ 的])|（(?P<k2>[^\s（）]+) (?P<t2>)")


@lru_cache(maxsize=4096)
def _named(warning: str) -> tuple[str, int | None] | None:
    """The task key a warning names and where its title starts in it (None: no title), read
    once per warning rather than once per warning and task."""
    m = _NAMED.search(warning)
    if m is None:
        return None
    if m.group("k1") is not None:
        return m.group("k1"), m.start("t1") if m.group("t1") is not None else None
    return m.group("k2"), m.start("t2")


def names_task(warning: str, task: Task) -> bool:
    """The parser's warning is about ``task``: it names the task by its number (and, where it
    writes one, its title, as two tasks may share a number the plan repeated)."""
    named = _named(warning)
    if named is None or named[0] != task.key:
        return False
    return named[1] is None or warning.startswith(task.title, named[1])


def _still_applies(warning: str, task: Task) -> bool:
    """A parser warning about a field the person has since filled or corrected no longer
    stands: units were written in, an odd name taken out, a deadline typed."""
    if NO_UNITS_WORDS in warning:
        return not (task.lead_units or task.responsible_units)
    if ODD_UNITS_WORDS in warning:
        quoted = warning.split("“", 1)[1].split("”", 1)[0].split("、")
        return any(name in [*task.lead_units, *task.responsible_units] for name in quoted)
    if NOT_A_DATE_WORDS in warning or NO_YEAR_WORDS in warning:
        return not task.deadline
    return True


def as_checked(problems: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """A row's problems as a check (本行无误) remembers them: with the task's number a parser warning
    names left out (「任务 # 的…」), so the check stays with its task when a revision or the person
    renumbers it, while a problem changed in any other word asks again."""
    out = []
    for problem in problems:
        m = _NAMED.search(problem)
        if m is not None:
            group = "k1" if m.group("k1") is not None else "k2"
            problem = problem[:m.start(group)] + "#" + problem[m.end(group):]
        out.append(problem)
    return tuple(out)


def plan_problems(plan: ParsedPlan) -> list[list[str]]:
    """``task_problems`` for every task of ``plan``, in order."""
    return [task_problems(plan, task) for task in plan.tasks]


def rows_to_check(plan: ParsedPlan) -> list[tuple[Task, list[str]]]:
    """The rows the review tints (``tints_row``), each with all its problems: what the command
    line lists, so it says what the dialog shows."""
    return [(task, problems) for task, problems in zip(plan.tasks, plan_problems(plan), strict=True)
            if any(tints_row(p) for p in problems)]


def tints_row(problem: str) -> bool:
    """Whether ``problem`` makes its row one to check (tinted, a stop for 下一处待核对): a group
    listed without members is one fix for the whole plan, said once above the table; on every
    row that names the group it would tint a table nearly whole (16 % of the tuned sets' rows
    had no other problem), so it shows in the row's words but does not tint it. Nor does a name
    already joined to its unit (``ALIAS_UNIT``): there is nothing to do about it."""
    return not any(problem.startswith(form.split("{")[0]) and problem.endswith(form.split("}")[-1])
                   for form in (EMPTY_GROUP, ALIAS_UNIT))


# -- targets, deadlines, titles typed by hand ----------------------------------------------------

def targets_text(targets: list[Target]) -> str:
    """How a task's targets are shown and edited: each source text once, ``；`` between."""
    return "；".join(dict.fromkeys(t.text for t in targets))


# a target's comparator in words, as the task page's indicator box says it (and the target reader reads it back)
COMPARATOR_WORDS = {">=": "不少于", "<=": "不超过", ">": "超过", "<": "低于", "=": "达到"}
TARGETS_SOURCE = "原文：{text}"


def figure(value: float) -> str:
    """A target's value as written: 8, not 8.0; 2.5 as it is."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def target_words(target: Target) -> str:
    """A target as the review shows it (ux56): what is counted, the comparator, the value and its unit —
    「国家高新技术企业 8家」, 「护理型床位占比 不低于75%」 — so a figure read under the wrong subject can be seen and
    typed right; the sentence it was read from goes in the tooltip (``targets_text``)."""
    words = COMPARATOR_WORDS.get(target.comparator or "", "") if target.comparator != "=" else ""
    shown = figure_text(target.value, target.text)        # 150亿元 as written, not 15000000000元 (ux57)
    return " ".join(p for p in (target.subject.strip(), f"{words}{shown}{target.unit}") if p)


def targets_shown(targets: list[Target]) -> str:
    """How a task's targets are shown and edited in the review: each target's ``target_words``, ``；`` between."""
    return "；".join(target_words(t) for t in targets)


def parse_targets(text: str, old: list[Target], year: int | None = None) -> list[Target]:
    """Targets typed as ``不少于500张；达到90%以上``, one per part, read by the parser's own
    target reader (``desktop.core.parse.read_target``).

    A part that is a target as shown (``target_words``) or its source sentence, unchanged, keeps the target(s)
    parsed from it. A part the reader finds no target in raises ``EditError`` saying why; nothing is dropped
    silently.
    """
    out: list[Target] = []
    for part in (p.strip() for p in TARGET_SEPARATORS.split(text)):
        if not part:
            continue
        same = [t for t in old if target_words(t) == part and t not in out] or [t for t in old if t.text == part]
        if same:
            out.extend(same)
            continue
        target = read_target(part, year)
        if target is None:
            has_figure = re.search(r"\d|[一二两三四五六七八九十百千万]", part)
            raise EditError((NOT_A_TARGET if has_figure else NO_DIGITS).format(text=part))
        out.append(target)
    return out


def plan_year(plan: ParsedPlan, source_text: str | None = None) -> int | None:
    """The year a date written without its year falls in, as the parser reads the plan
    (``parse.plan_year.default_year``: the title's year, then the stages', then the 成文日期's, then the
    text's) — not ``ParsedPlan.year()`` alone (the 成文日期's: a 2019 plan issued in December 2018 dates
    its 「2月底前」 in 2019). ``source_text`` for a stored plan that does not carry its text."""
    text = plan.source_text if source_text is None else source_text
    return _plan_year(plan.title, tuple((p.start, p.end) for p in plan.phases), plan.date, text)


@lru_cache(maxsize=16)
def _plan_year(title: str, phases: tuple[tuple[str | None, str | None], ...], date: str | None,
               text: str) -> int | None:
    from desktop.core.parse.file_titles import shared_file_title
    from desktop.core.parse.normalise import compact
    from desktop.core.parse.plan_year import default_year

    ct = compact(text) if text else ""
    stages = [Phase("", start, end, "") for start, end in phases]
    try:
        return default_year("" if ct and shared_file_title(ct, title) else title, stages, date, ct)
    except Exception:  # noqa: BLE001 — a typed date must not fail on the plan's year: the 成文日期's then
        return int(date[:4]) if date and date[:4].isdigit() else None


def check_deadline(text: str, year: int | None = None) -> str | None:
    """A deadline typed by hand → its date (empty → None); anything else raises ``EditError``.
    ``read_deadline`` says which forms are read."""
    return read_deadline(text, year)[0]


def read_deadline(text: str, year: int | None = None) -> tuple[str | None, str]:
    """A deadline typed by hand, read as the parser reads a plan's 完成时限 cell
    (``parse.dates.deadline_from_words``): ``2024-12-31``, ``2024.12.31``, ``2024/12/31``,
    ``2024-3-1``, ``2024年12月31日``, ``2024年12月底前``, ``2024年12月`` (a month: its last day, as the
    parser stores it), ``2024年底``, ``2024年第三季度``; without a year (``2月底``, ``2月19日``) in
    ``year``, the plan's year. Returns (date, note): the note says which year was taken, or "".
    Empty → (None, ""); anything else, or no year where the plan has none, raises ``EditError``."""
    from desktop.core.parse.dates import deadline_from_words

    text = text.strip()
    if not text:
        return None, ""
    found = deadline_from_words(text, year)
    # a range (2019年2月19日至3月1日, 2019年2月-3月) is read as the parser reads it, as its end: its end day is
    # the one checked against the date read (2月30日: a slip of the hand, not the month's end)
    end = RANGE_SEP.split(text)[-1]
    day = TYPED_DAY.match(end) or re.search(r"(\d{1,2})\s*[日号]", end)
    if found and day and found[0].date and int(day[day.lastindex or 0]) != int(found[0].date[8:]):
        raise EditError(BAD_DEADLINE.format(text=text))
    if len(found) == 1 and found[0].words.strip() == text and found[0].date:
        notes = [RANGE_TAKEN.format(text=text, date=found[0].date)] if end != text else []
        if found[0].year_inferred:
            notes.append(YEAR_TAKEN.format(text=text, year=year))
        return found[0].date, "".join(notes)
    if year is None and any(d.year_inferred and d.words.strip() == text for d in deadline_from_words(text, 2000)):
        raise EditError(NO_YEAR_DEADLINE.format(text=text))     # a date all but its year: ask for the year
    return check_date(text, BAD_DEADLINE), ""


# what parts a range of dates: 至 / 到 / a dash after a day or a month (2019年2月-3月; not 2024-3-1's)
RANGE_SEP = re.compile(r"(?:至|到|[~～—–]+|(?<=[日号月])\s*-)\s*")

# a day as typed: 2024-3-1, 2024.3.1, 2024/3/1, 2024年3月1日 (one rule for every typed date)
TYPED_DAY = re.compile(r"(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?")


def check_date(text: str, message: str) -> str | None:
    """A day typed as ``2024-12-31``, ``2024-3-1``, ``2024.3.1``, ``2024/3/1`` or ``2024年3月1日``
    (or empty → None); anything else raises ``EditError`` with ``message`` (which may name the
    ``{text}``)."""
    text = text.strip()
    if not text:
        return None
    typed = TYPED_DAY.fullmatch(text)
    if typed:
        try:
            return date(int(typed[1]), int(typed[2]), int(typed[3])).isoformat()
        except ValueError:
            pass
    raise EditError(message.format(text=text))


def check_number(plan: ParsedPlan, row: int, text: str) -> list[str]:
    """``read_number``'s parts alone (none: nothing typed)."""
    return read_number(plan, row, text)[0]


def read_number(plan: ParsedPlan, row: int, text: str) -> tuple[list[str], str]:
    """A task number typed for the task in ``row`` → its parts, path then own numeral (none: nothing typed), and a
    note saying how it was read (the cell's tooltip). Full-width ``二．一．１`` is read as ``二.一.1`` (``narrow``).

    The clerk types what the document prints (ux56): a number without dots is the task's own numeral at its level
    and keeps its path (「65」 for 六.（十七）.65 stays under 六／（十七）); a number ending in the path's last numerals
    (十七.66) keeps the rest of the path; a decimal number (2.1) for a task numbered so carries its parents, as the
    document's 2.1 does; any other number is a full path (二.一.5), the only way to move a task to another heading.
    A number another task of the plan already has raises ``EditError`` naming that task: two tasks under one
    number would be saved as one number twice (二.一.1 and 二.一.1#2) and shown alike."""
    typed = [p.strip() for p in narrow(text).strip().split(".") if p.strip()]
    if not typed:
        return [], ""
    task = plan.tasks[row]
    path = [narrow(p) for p in task.path]
    kept = [p for p in path if not carries(task.number, p)]
    carried = len(path) - len(kept)
    if "." in task.number and len(typed) > 1 and all(p.isdigit() for p in typed):
        # a decimal number for a decimal task: its parents are in it; the outline above it (一、) stays
        depth = len(typed)
        parts = [*kept, *(".".join(typed[:k]) for k in range(max(1, depth - carried), depth)), ".".join(typed)]
        note = NUMBER_DECIMAL.format(number=".".join(typed))
    elif len(typed) == 1:
        parts = [*task.path, typed[0]]
        note = NUMBER_OWN.format(number=typed[0], path=".".join(task.path), full=".".join(parts)) if task.path else ""
    elif len(typed) <= len(path) and path[len(path) - len(typed) + 1:] == typed[:-1]:
        parts = [*task.path, typed[-1]]
        note = NUMBER_TAIL.format(number=".".join(typed), full=".".join(parts))
    else:
        parts = typed
        note = NUMBER_FULL.format(number=".".join(typed))
    key = ".".join(parts)
    for n, other in enumerate(plan.tasks):
        if n != row and narrow(other.key) == key:
            raise EditError(DUPLICATE_NUMBER.format(number=shown_number(parts[:-1], parts[-1]),
                                                    title=other.title, row=n + 1))
    return parts, note


def check_title(text: str) -> str:
    text = text.strip()
    if not text:
        raise EditError(EMPTY_TITLE)
    return text


def check_short_name(text: str) -> str:
    text = text.strip()
    if len(text) > SHORT_NAME_LIMIT:
        raise EditError(LONG_SHORT_NAME.format(text=text, n=len(text), limit=SHORT_NAME_LIMIT))
    return text


# -- fields, corrections, conflicts --------------------------------------------------------------

def task_fields(task: Task) -> dict[str, Any]:
    """The correctable fields of ``task`` as JSON-able values (what is stored and compared)."""
    return {"title": task.title, "short_name": task.short_name,
            "lead_units": list(task.lead_units), "responsible_units": list(task.responsible_units),
            "targets": [t.to_json() for t in task.targets], "deadline": task.deadline}


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
    elif name in ("lead_units", "responsible_units"):
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
    if name in ("lead_units", "responsible_units"):
        return join_units(value) or "（无）"
    if name == "targets":
        return "；".join(dict.fromkeys(t["text"] for t in value)) or "（无）"
    if name == "plan.phases":
        return "；".join(p["name"] + _months(p.get("start"), p.get("end")) for p in value) or "（无）"
    if name == NUMBER and isinstance(value, list):      # a typed number's parts (a revision's history: the key)
        return ".".join(value) or "（无）"
    return str(value) if value else "（无）"


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

    def text(self) -> str:
        label = FIELD_LABELS[self.field]
        return (f"{f'{self.key} {self.title}'.strip()}：{label}　您改为“{field_text(self.field, self.corrected)}”；"
                f"原方案“{field_text(self.field, self.document_before)}”，"
                f"新方案“{field_text(self.field, self.document_now)}”")


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
    another task would have then, is a conflict — the latter left at the document's number."""
    wanted = {n: fields[NUMBER] for n, key in enumerate(keys)
              if NUMBER in (fields := stored.get(key, {})) and number_parts(plan.tasks[n]) != fields[NUMBER].value}
    final = Counter(".".join(wanted[n].value) if n in wanted else task.key for n, task in enumerate(plan.tasks))
    conflicts = []
    for n, number in wanted.items():
        task = plan.tasks[n]
        taken = final[".".join(number.value)] > 1
        if number_parts(task) != number.document or taken:
            conflicts.append(Conflict(keys[n], task.title, NUMBER, number.value, number.document, number_parts(task)))
        if not taken:
            set_task_field(task, NUMBER, number.value)
    return conflicts


def short_name_follows(task: Task, old_title: str) -> None:
    """The task's title was ``old_title`` and is now another (a person's correction laid over a
    revised document, or a conflict settled the other way): a short name that title suggested
    follows the new title (规划引领, not 规划统筹引领 from a reworded title the task no longer has)."""
    from desktop.core.parse.shortname import suggest_short_name

    if task.title != old_title and task.short_name and task.short_name == suggest_short_name(old_title):
        task.short_name = suggest_short_name(task.title) or task.short_name


def take_document(plan: ParsedPlan, conflicts: list[Conflict]) -> None:
    """Give up the person's correction for these conflicts: the revised document's value wins."""
    by_key = dict(zip(task_keys(plan.tasks), plan.tasks, strict=True))
    for conflict in conflicts:
        task = by_key.get(conflict.key)
        if task is not None:
            title = task.title
            set_task_field(task, conflict.field, conflict.document_now)
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
    return "；".join(TARGET_DEADLINE.format(label=label, text=a["text"], old=a.get("deadline") or "（无）",
                                           new=b.get("deadline") or "（无）")
                    for a, b in zip(old, new, strict=False) if a.get("deadline") != b.get("deadline"))


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
                 matched: Mapping[str, str] | None = None) -> list[str]:
    """In words, per task: what ``plan`` changes against ``before`` (key → stored fields, and
    the task's ``"text"`` when known). ``matched``: a stored key → the key of the same task in
    ``plan`` (``task_matching``); without it, the same key. A renumbered task says so first."""
    if matched is None:
        matched = {key: key for key in before}
    keys = task_keys(plan.tasks)
    present = set(keys)
    old_keys = {new: old for old, new in matched.items() if old in before and new in present}
    kept = set(old_keys.values())
    lines = []
    for key, task in zip(keys, plan.tasks, strict=True):
        old_key = old_keys.get(key)
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
        if key not in kept:
            lines.append(DROPPED.format(key=key, title=old.get("title", "")))
    return lines
