"""The corrections a person makes to a parsed plan in the review.

Plain functions over ``ParsedPlan`` (no Qt, no SQL): what each row of the review asks the person to
look at, and typed numbers, dates and targets read (with the parser's own readers). The unit list's
edits — merge, expand, move, members — are ``review_units``'; the field record and how corrections
survive a revised plan (``corrections_between``, ``apply_corrections``, ``task_changes``) are
``review_corrections``'. Their names stay importable from here.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection
from datetime import date
from functools import lru_cache

from desktop.core import parse_doubts
from desktop.core.model import ParsedPlan, Phase, Target, Task, carries, shown_number
from desktop.core.parse import read_target
from desktop.core.parse.normalise import narrow
from desktop.core.parse.tasks import NO_UNITS_WORDS, NO_YEAR_WORDS, NOT_A_DATE_WORDS, ODD_UNITS_WORDS
from desktop.core.review_corrections import (  # noqa: F401  (the field record and the corrections: this module's API, as before)
    ADDED_TAIL as ADDED_TAIL,
    BROUGHT_BACK as BROUGHT_BACK,
    COMPARATOR_WORDS as COMPARATOR_WORDS,
    DROPPED as DROPPED,
    DROPPED_TAIL as DROPPED_TAIL,
    FIELD_LABELS as FIELD_LABELS,
    FIELDS as FIELDS,
    MARKED_NOT_TASK_TAIL as MARKED_NOT_TASK_TAIL,
    NOT_TASK_TAIL as NOT_TASK_TAIL,
    NUMBER as NUMBER,
    PLAN_LINE as PLAN_LINE,
    RENUMBERED as RENUMBERED,
    TARGET_DEADLINE as TARGET_DEADLINE,
    TARGETS_SOURCE as TARGETS_SOURCE,
    TEXT_CHANGED as TEXT_CHANGED,
    TEXT_WORDS as TEXT_WORDS,
    Conflict as Conflict,
    Correction as Correction,
    Corrections as Corrections,
    _months as _months,
    _shown as _shown,
    _targets_change as _targets_change,
    _typed_numbers as _typed_numbers,
    apply_corrections as apply_corrections,
    change_words as change_words,
    conflict_short_name as conflict_short_name,
    corrections_between as corrections_between,
    field_text as field_text,
    field_value as field_value,
    number_parts as number_parts,
    set_task_field as set_task_field,
    short_name_follows as short_name_follows,
    stored_fields as stored_fields,
    take_document as take_document,
    target_dated as target_dated,
    target_from_json as target_from_json,
    target_words as target_words,
    targets_dated as targets_dated,
    targets_dated_text as targets_dated_text,
    targets_shown as targets_shown,
    targets_text as targets_text,
    task_changes as task_changes,
    task_fields as task_fields,
    text_difference as text_difference,
)
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

NO_DIGITS = "指标“{text}”里没有数字，无法作为量化指标。请写成“不少于500张”“达到90%以上”这样带数字和单位的形式。"
NOT_A_TARGET = "“{text}”读不出量化指标：要有阿拉伯数字和计量单位（如 500张、90%）。请写成“不少于500张”这样的形式。"
# which part of a typed target could not be read (ux58: 「…坟墓2000穴」 refused, saying only what a target needs)
# a word after the number that is no unit (「500以上张」: the band before the unit): the unit belongs right after it
UNREAD_UNIT = ("“{text}”读不出量化指标：数字“{number}”后面的“{after}”不是程序认得的计量单位"
               "（认得的如 张、个、户、穴、%）。请把单位紧接在数字后面，如“不少于500张”。")
# the unit is right after the number, and the program does not know it (ux60: 「2000袋」 was told to move it): say so,
# and how to keep the indicator — another unit it knows, or the sentence kept as words in the task's name
UNKNOWN_COUNT = ("“{text}”读不出量化指标：数字“{number}”后面的“{after}”不是程序认得的计量单位"
                 "（认得的如 张、个、户、套、件、%）。要作为量化指标保存，请换用程序认得的单位，如“不少于{number}个”；"
                 "也可以不作为指标，把这句话写进任务名称，作为文字保留。")
# words that may stand between a number and its unit, written before the unit instead of after it
_BEFORE_UNIT = re.compile(r"^(?:以上|以下|以内|左右|之内|及以上|及以下|多|余|[-—~至]|万|千|亿|[（(])")
NO_UNIT = ("“{text}”读不出量化指标：数字“{number}”后面没有计量单位。"
           "请在数字后面写上单位，如“不少于500张”“达到90%”。")
A_DATE = ("“{text}”读不出量化指标：这是日期，不是数量。指标的日期写在指标后面的括号里，"
          "如“入驻率达到85%（2024-12-31）”；任务的日期写在“完成时限”中。")
CHINESE_FIGURE = ("“{text}”读不出量化指标：“{figure}”是汉字数字，请改写成阿拉伯数字（如“2000穴”"
                  "“不少于500张”）。")
_TYPED_FIGURE = re.compile(r"(\d+(?:\.\d+)?\s*[万千亿]?)\s*(?:[余多]\s*)?([^\s\d，,。；;、（(）)]{0,2})")
_CHINESE_FIGURE = re.compile(r"[一二两三四五六七八九十百千万]{2,}")
BAD_TARGET_DATE = ("指标“{words}”后面括号里的“{text}”不是日期。指标的日期请写成（2024-12-31）或（2024年12月底前）"
                   "这样带年份的写法；不写括号，指标的日期跟随任务的完成时限。")
BAD_DEADLINE = "完成时限“{text}”不是日期。请写成 2024-12-31 或“2024年12月底前”这样带年份的写法，或留空。"
NO_YEAR_DEADLINE = ("完成时限“{text}”没有写年份，方案的标题、工作阶段和成文日期也都没有年份可推算。"
                    "请写上年份（如“2024年12月底”），或先在“方案信息与阶段”中填写成文日期。")
YEAR_TAKEN = "完成时限“{text}”没有写年份，按方案的年份 {year} 年计。如不是这一年，请写上年份。"
RANGE_TAKEN = "完成时限“{text}”是一段时间，按区间的截止日 {date} 计。"
DUPLICATE_NUMBER = ("编号“{number}”已经用于任务“{title}”（第 {row} 行）。一个编号只能对应一项任务："
                    "请另写一个编号，或先改那一项的编号。")
# after saving (the task tab, ``plan edit --number``) there are no rows: the holder is named by its title, and a swap
# of two numbers is said step by step
# (the holder named once, by its short name: ux58 found its long title said three times)
SAVED_DUPLICATE_NUMBER = ("编号“{number}”已经用于任务 {number}（{title}）。一个编号只能对应一项任务：请另写一个编号。"
                          "要两项互换编号：先把那一项改为一个没有用过的编号，再改这一项，"
                          "最后把那一项改为这一项原来的编号。")
# a full number under a heading the plan does not have would put the task under a heading of its own, shown
# nowhere else (ux58: 「二.10」 in a table plan without headings)
NO_HEADING = "方案中没有“{heading}”这一级标题：{has}"
NO_HEADINGS_HAS = "本方案的任务不在标题之下，请只写本级编号（如 {own}）。"
HEADINGS_HAS = "本方案的任务在这些标题下：{headings}。请写其中一个标题下的完整编号，或只写本级编号（如 {own}）。"
HOLDER_CHARS = 16
EMPTY_TITLE = "任务名称不能为空。"
# a unit's tasks are numbered by the office's plan package, and its month names them by those numbers
UNIT_NUMBER = ("任务编号以领导小组办公室发来的方案包为准，报送时按编号对应任务，本单位不能修改。"
               "如编号有误，请告知办公室：办公室改正后重新发出方案包，导入后即为新编号。")
# how a typed number was read (the number cell's tooltip)
NUMBER_OWN = ("“{number}”按本级编号读：任务仍在 {path} 之下，完整编号 {full}。"
              "要移到别的标题下，请写完整编号（如 {full}）。")
NUMBER_TAIL = "“{number}”按上级编号的末尾读：完整编号 {full}。"
NUMBER_DECIMAL = "“{number}”是小数编号，已含上级编号，按原文读。"
NUMBER_FULL = "“{number}”按完整编号读（从第一级标题写起）。"
NUMBER_TOP = "“{number}”按本级编号读：方案的任务不在标题之下，完整编号 {number}。"
LONG_SHORT_NAME = "简称“{text}”太长（{n} 字）。简称用在列表和报告里，请控制在 {limit} 字以内。"
SHORT_NAME_LIMIT = 20
def dropped_key(line: str) -> str | None:
    """The old key of a change line that says a task is dropped (``DROPPED``), or withdrawn as marked 「不是任务」
    (``MARKED_NOT_TASK_TAIL``), else None."""
    if not line.startswith("原") or not line.endswith((DROPPED_TAIL, MARKED_NOT_TASK_TAIL)):
        return None
    return line[1:].split(" ", 1)[0]


# a task's change that is its number only 「编号由 二.3 改为 二.4」 (compiled once, not per line of the list)
_ONLY_NUMBER = re.compile("^" + RENUMBERED.format(old="[^；]+", new="[^；]+") + "$")


def change_kind(line: str) -> str:
    """What one line of a revision's changes is about: ``"plan"`` (the plan's own fields), ``"added"``,
    ``"not_task"``, ``"dropped"``, ``"renumbered"`` (its number only) or ``"changed"``."""
    if line.startswith(PLAN_LINE):
        return "plan"
    if line.endswith(ADDED_TAIL):
        return "added"
    if line.endswith(NOT_TASK_TAIL):
        return "not_task"
    if dropped_key(line) is not None:
        return "dropped"
    said = line.split("：", 1)[1] if "：" in line else ""
    return "renumbered" if _ONLY_NUMBER.match(said) else "changed"


def change_counts(changes: list[str]) -> dict[str, int]:
    """How many tasks a revision adds, drops, changes and only renumbers (the plan's own fields
    not counted): ``{"added", "dropped", "changed", "renumbered"}``, and ``"not_task"``: how many rows it has that
    the person marked 「不是任务」 before, where it has any."""
    counts = dict.fromkeys(("added", "dropped", "changed", "renumbered"), 0)
    for line in changes:
        kind = change_kind(line)
        if kind != "plan":
            counts[kind] = counts.get(kind, 0) + 1
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
    # a task with no unit is a row to check even when no task has one (rv70b finding 8: a plan naming units only in
    # prose imported 「没有找到单位」 and then 「待核对 0 行」): nobody reports it until units are written in
    if not task.lead_units and not task.responsible_units:
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

# in a saved task's changes (``store.plans.edit_task``): the positions in its new targets whose date the clerk typed
# in this edit — theirs, whatever it equals; the rest that carried the old deadline move with a new one (ux60 finding 5)
OWN_DATES = "targets_own_dates"


def typed_targets(text: str, old: list[Target], year: int | None = None, deadline: str | None = None,
                  shown: str = "") -> tuple[list[Target], list[int]]:
    """``parse_targets``, and the positions of the targets whose date the clerk gave in this edit: a part with a date
    in its brackets, unless it is a part of ``shown`` (what the field showed before, as 修改任务 shows each target with
    its date: left as it was, it is no date typed now). A date so given never moves with the task's deadline changed
    in the same save (ux60 finding 5: 「…50人[2024-04-30]」 typed with the deadline 04-30 → 09-30 became 09-30)."""
    before = {p.strip() for p in TARGET_SEPARATORS.split(shown)}
    out: list[Target] = []
    own: list[int] = []
    for part in (p.strip() for p in TARGET_SEPARATORS.split(text)):
        if not part:
            continue
        start = len(out)
        out.extend(parse_targets(part, [t for t in old if t not in out], year, deadline))
        if part not in before and split_target_date(part, year)[1] is not None:
            own.extend(range(start, len(out)))
    return out, own


def parse_targets(text: str, old: list[Target], year: int | None = None,
                  deadline: str | None = None) -> list[Target]:
    """Targets typed as ``不少于500张；达到90%以上``, one per part, read by the parser's own
    target reader (``desktop.core.parse.read_target``).

    A part that is a target as shown (``target_words``, ``target_dated``) or its source sentence, unchanged, keeps the
    target(s) parsed from it. A date in brackets after a part (「入驻率达到85%（2024-12-31）」, 「…[2024年12月底]」) is
    the target's own date, never part of its name (ux58); a new target with no date of its own takes the task's
    ``deadline``, as the parser gives it. A part the reader finds no target in raises ``EditError`` saying why;
    nothing is dropped silently.
    """
    out: list[Target] = []
    for part in (p.strip() for p in TARGET_SEPARATORS.split(text)):
        if not part:
            continue
        same = [t for t in old if part in (target_words(t), target_dated(t)) and t not in out] \
            or [t for t in old if t.text == part]
        if same:
            out.extend(same)
            continue
        words, date = split_target_date(part, year)
        if date is not None:
            same = [t for t in old if words in (target_words(t), t.text) and t not in out]
            if same:
                out.extend(dataclasses.replace(t, deadline=date) for t in same)
                continue
        target = read_target(words, year)
        if target is None:
            raise EditError(unread_target(words))
        if date is not None:
            target.deadline = date
        elif target.deadline is None:
            target.deadline = deadline
        if (label := _TYPED_LABEL.match(words)) and label[1] != target.subject and label[1].endswith(target.subject):
            target.subject = label[1]   # 「培训后就业率 不少于80%」: as typed, not the reader's 后就业率 (ux63)
        out.append(target)
    return out


# a target typed as the review shows it, its label before a space: 「培训后就业率 不少于80%」
_TYPED_LABEL = re.compile(r"^([^\s\d]{2,40})\s+(?=\S*\d)")
# a date in brackets closing a typed target: （2024-12-31） (…) [2024年12月底] 【…】 ［…］, 前/止 after the date too
_TARGET_DATE = re.compile(r"\s*[（(\[【［]\s*(?:截至|截止|到)?\s*([^（()）\[\]【】［］]{2,20}?)\s*[）)\]】］]\s*$")


def split_target_date(part: str, year: int | None = None) -> tuple[str, str | None]:
    """A typed target and the date in brackets closing it (``_TARGET_DATE``), else the part and None. A bracket that
    holds no date (「小区（1500个）」「（2023年价格）」) stays in the words; a bracket of a date's figures that is no
    day (「（2024年13月）」) raises ``EditError`` (``BAD_TARGET_DATE``)."""
    m = _TARGET_DATE.search(part)
    if m is None or not re.match(r"\s*(?:\d{4}\s*(?:年|[-./])|\d{1,2}\s*月)", m[1]):
        return part, None
    inner = re.sub(r"(?:之前|以前|前|止)$", "", m[1].strip())
    try:
        date = check_deadline(inner, year)
    except EditError:
        if not re.fullmatch(r"[\d\s年月日号底.\-/]+", inner):      # 「（2023年价格）」: words, not a date
            return part, None
        raise EditError(BAD_TARGET_DATE.format(text=m[1].strip(), words=part[:m.start()].strip())) from None
    return part[:m.start()].strip(), date


def written_date(target: Target, task_text: str = "", year: int | None = None) -> bool:
    """The plan writes the target a date of its own, so it keeps its date whatever the task's — the one rule of a
    deadline typed in the review (``move_target_dates``) and of a revision's new deadline (``core.revision_dates``):
    a date dates the target in its words, or anywhere before them in its sentence of the task's text (up to 。；):
    a date heading a sentence dates every target after it to the sentence's end — 「到2027年，累计改造老旧小区达到
    8000个」, and 「10月底前新建老年食堂20个，助餐服务覆盖率达到80%以上」 both targets, as a reader takes the head of
    the sentence (and as the parser reads it) — and a second date starts a new span (「6月底前完成选址，年底前建成
    投用」).
    A date after the target (「新增泊位10万个，2024年12月底前建成平台」) is another clause's: the target carried the
    task's."""
    from desktop.core.parse.dates import find_deadlines

    words = target.text
    for sentence in re.split(r"(?<=[。；;])", task_text):
        at = sentence.find(target.text) if target.text else -1
        if at >= 0:
            words = sentence[:at + len(target.text)]
            break
    return bool(words and find_deadlines(words, year))


def move_target_dates(task: Task, old: str | None, new: str | None, year: int | None = None,
                      keep: Collection[int] = ()) -> int:
    """The task's deadline moves from ``old`` to ``new``: each target that carried the old deadline (its date is the
    task's and the plan writes it none of its own, ``written_date``) moves with it (ux58: a corrected deadline left
    its targets at the old one) — but those at the positions ``keep``, whose date the clerk typed in the same edit
    (``typed_targets``). How many moved."""
    if old is None or old == new:
        return 0
    moved = 0
    for n, target in enumerate(task.targets):
        if target.deadline == old and n not in keep and not written_date(target, task.text, year):
            task.targets[n] = dataclasses.replace(target, deadline=new)
            moved += 1
    return moved


def unread_target(part: str) -> str:
    """Why a typed target was not read, naming the part: the word after its number that is no unit known
    (「2000座位」: “座位”), a number with nothing after it, a figure written in Chinese numerals; else what a target
    needs."""
    figure = _TYPED_FIGURE.search(part)
    if figure is not None:
        number, after = figure[1].strip(), figure[2]
        if not after:
            return NO_UNIT.format(text=part, number=number)
        if after[0] in "年月日号":
            return A_DATE.format(text=part)
        if read_target(f"完成{number}{after}") is None and read_target(f"完成{number}{after[0]}") is None:
            said = UNREAD_UNIT if _BEFORE_UNIT.match(after) else UNKNOWN_COUNT
            return said.format(text=part, number=number, after=after)
        return NOT_A_TARGET.format(text=part)
    chinese = _CHINESE_FIGURE.search(part)
    if chinese is not None:
        return CHINESE_FIGURE.format(text=part, figure=chinese[0])
    if re.search(r"[一二两三四五六七八九十百千万]", part):
        return NOT_A_TARGET.format(text=part)
    return NO_DIGITS.format(text=part)


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


def read_number(plan: ParsedPlan, row: int, text: str, taken: str = DUPLICATE_NUMBER) -> tuple[list[str], str]:
    """A task number typed for the task in ``row`` → its parts, path then own numeral (none: nothing typed), and a
    note saying how it was read (the cell's tooltip). Full-width ``二．一．１`` is read as ``二.一.1`` (``narrow``).

    The clerk types what the document prints (ux56): a number without dots is the task's own numeral at its level
    and keeps its path (「65」 for 六.（十七）.65 stays under 六／（十七）); a number ending in the path's last numerals
    (十七.66) keeps the rest of the path; a decimal number (2.1) for a task numbered so carries its parents, as the
    document's 2.1 does; any other number is a full path (二.一.5), the only way to move a task to another heading.
    A number another task of the plan already has raises ``EditError`` naming that task: two tasks under one
    number would be saved as one number twice (二.一.1 and 二.一.1#2) and shown alike (``taken``: the message, given
    ``number``, ``title`` and ``row``; ``SAVED_DUPLICATE_NUMBER`` for a saved plan, which has no rows)."""
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
    elif len(typed) == 1 and _alone_under_heading(plan, row):
        # a task under a heading no other task has, in a plan whose tasks sit at the top: the heading was a
        # slip (ux58), and the bare number brings the task back beside the others
        parts = typed
        note = NUMBER_TOP.format(number=typed[0])
    elif len(typed) == 1:
        parts = [*task.path, typed[0]]
        note = NUMBER_OWN.format(number=typed[0], path=".".join(task.path), full=".".join(parts)) if task.path else ""
    elif len(typed) <= len(path) and path[len(path) - len(typed) + 1:] == typed[:-1]:
        parts = [*task.path, typed[-1]]
        note = NUMBER_TAIL.format(number=".".join(typed), full=".".join(parts))
    else:
        parts = typed
        note = NUMBER_FULL.format(number=".".join(typed))
        _check_heading(plan, row, parts)
    key = ".".join(parts)
    for n, other in enumerate(plan.tasks):
        if n != row and narrow(other.key) == key:
            title = other.title if taken == DUPLICATE_NUMBER else holder_name(other.short_name, other.title)
            raise EditError(taken.format(number=shown_number(parts[:-1], parts[-1]), title=title, row=n + 1))
    return parts, note


def holder_name(short_name: str, title: str) -> str:
    """How a refusal names the task holding a number: its short name, else its title's opening."""
    name = short_name.strip() or title.strip()
    return name if len(name) <= HOLDER_CHARS else name[:HOLDER_CHARS] + "…"


def _headings(plan: ParsedPlan, row: int) -> list[tuple[str, ...]]:
    """The headings the plan's other tasks sit under (each path and its openings), in order."""
    out: dict[tuple[str, ...], None] = {}
    for n, other in enumerate(plan.tasks):
        if n != row:
            path = tuple(narrow(p) for p in other.path)
            for k in range(1, len(path) + 1):
                out.setdefault(path[:k])
    return list(out)


def _alone_under_heading(plan: ParsedPlan, row: int) -> bool:
    """The task in ``row`` sits under a heading no other task is under, and other tasks sit at the top level."""
    task = plan.tasks[row]
    if not task.path:
        return False
    first = narrow(task.path[0])
    others = [t for n, t in enumerate(plan.tasks) if n != row]
    return (any(not t.path for t in others)
            and not any(t.path and narrow(t.path[0]) == first for t in others))


def _check_heading(plan: ParsedPlan, row: int, parts: list[str]) -> None:
    """A full number's heading must be one the plan has (or the task's own): else ``EditError`` naming the
    headings the plan's tasks sit under."""
    heading = tuple(parts[:-1])
    own = tuple(narrow(p) for p in plan.tasks[row].path)
    headings = _headings(plan, row)
    if not heading or heading == own or heading in headings:
        return
    direct = list(dict.fromkeys(tuple(narrow(p) for p in t.path) for t in plan.tasks
                                if t.path))
    shown = "、".join(".".join(h) for h in direct[:12]) + (f" 等 {len(direct)} 个" if len(direct) > 12 else "")
    has = HEADINGS_HAS.format(headings=shown, own=parts[-1]) if direct else NO_HEADINGS_HAS.format(own=parts[-1])
    raise EditError(NO_HEADING.format(heading=".".join(heading), has=has))


def check_title(text: str) -> str:
    text = text.strip()
    if not text:
        raise EditError(EMPTY_TITLE)
    return text


LEADER_IS_UNIT = ("“{name}”是方案中的单位，责任领导只写人名（如“张明副区长”）；"
                  "单位请写在“牵头单位”或“责任单位”中。")


def check_leaders(text: str, units: ParsedPlan | None = None) -> list[str]:
    """A task's 责任领导 as typed: people, parted as units are (、，；), in order, each once; a name that is a unit
    of ``units`` (its name or an alias) is refused — a leader is a person, never a unit, and never joins the list."""
    names = split_units(text)
    known = unit_names(units) if units is not None else {}
    for name in names:
        if name in known:
            raise EditError(LEADER_IS_UNIT.format(name=name))
    return names


def check_short_name(text: str) -> str:
    text = text.strip()
    if len(text) > SHORT_NAME_LIMIT:
        raise EditError(LONG_SHORT_NAME.format(text=text, n=len(text), limit=SHORT_NAME_LIMIT))
    return text


# -- fields, corrections, conflicts --------------------------------------------------------------
