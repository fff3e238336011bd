"""The corrections a user makes while reviewing a parsed plan, as plain functions (no Qt).

They change a ParsedPlan in place: merge units that are one unit under two names, expand a
group into its members, move a unit between lead and responsible, read targets typed by hand.
"""

from __future__ import annotations

import re

from desktop.core.model import ParsedPlan, Target, Task, Unit

ADDED_NOTE = "核对时新增"
# what the review table says about a row
NO_UNITS = "没有识别出牵头或责任单位"
UNKNOWN_UNIT = "“{name}”不在单位名单中：如是已有单位的另一种写法，请在右侧合并"
ALIAS_UNIT = "“{name}”是“{canonical}”的另一种写法，可合并"
EMPTY_GROUP = "“{name}”是一组单位，方案没有列出成员：请用“填写单位组成员”补充，报送时才知道由谁填报"
NO_TITLE = "没有标题"        # a unit the registry lacked, named on a task
SEPARATORS = re.compile(r"[、，,；;\s]+")
COMPARATOR_WORDS = [("不少于", ">="), ("不低于", ">="), ("至少", ">="), ("≥", ">="), (">=", ">="),
                    ("不超过", "<="), ("不高于", "<="), ("≤", "<="), ("<=", "<="), ("超过", ">"),
                    ("低于", "<"), ("达到", "="), ("完成", "=")]
NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(万|千)?\s*([%％]|[^\d\s，,；;、。]{0,3})")


def split_units(text: str) -> list[str]:
    return list(dict.fromkeys(part for part in SEPARATORS.split(text.strip()) if part))


def join_units(names: list[str]) -> str:
    return "、".join(names)


def target_text(target: Target) -> str:
    return target.text


def parse_target(text: str, old: list[Target]) -> Target | None:
    """One target from words like ``不少于500张`` (an unchanged text keeps its parsed target)."""
    text = text.strip()
    if not text:
        return None
    for target in old:
        if target.text == text:
            return target
    match = NUMBER.search(text)
    if not match:
        return None
    value = float(match.group(1)) * {"万": 10000, "千": 1000}.get(match.group(2) or "", 1)
    unit = match.group(3).replace("％", "%")
    comparator = next((sign for word, sign in COMPARATOR_WORDS if word in text[:match.start()]), None)
    subject = text[:match.start()]
    for word, _ in COMPARATOR_WORDS:
        subject = subject.replace(word, "")
    return Target(text=text, value=value, unit=unit, comparator=comparator, subject=subject.strip("，, "))


def parse_targets(text: str, old: list[Target]) -> list[Target] | None:
    """Targets separated by ``；``; None when one of them has no number (the edit is refused)."""
    out = []
    for part in re.split(r"[；;\n]+", text):
        if not part.strip():
            continue
        target = parse_target(part, old)
        if target is None:
            return None
        out.append(target)
    return out


def unit_names(plan: ParsedPlan) -> dict[str, str]:
    """Every name and alias → its unit's name."""
    names: dict[str, str] = {}
    for unit in plan.units:
        names[unit.name] = unit.name
        for alias in unit.aliases:
            names.setdefault(alias, unit.name)
    return names


def _replace_in_list(names: list[str], mapping: dict[str, list[str]]) -> list[str]:
    out: list[str] = []
    for name in names:
        out.extend(mapping.get(name, [name]))
    return list(dict.fromkeys(out))


def merge_units(plan: ParsedPlan, keep: str, others: list[str]) -> None:
    """``others`` are ``keep`` under other names: they become its aliases everywhere."""
    others = [o for o in others if o != keep]
    if not others:
        return
    by_name = {u.name: u for u in plan.units}
    target = by_name.get(keep)
    if target is None:
        target = Unit(keep)
        plan.units.append(target)
    for name in others:
        old = by_name.get(name)
        target.aliases = list(dict.fromkeys([*target.aliases, name, *(old.aliases if old else [])]))
        if old is not None:
            target.members = list(dict.fromkeys([*target.members, *old.members]))
            plan.units.remove(old)
    mapping = {name: [keep] for name in others}
    for task in plan.tasks:
        task.lead_units = _replace_in_list(task.lead_units, mapping)
        task.responsible_units = [n for n in _replace_in_list(task.responsible_units, mapping)
                                  if n not in task.lead_units]
    for unit in plan.units:
        unit.members = [m for m in _replace_in_list(unit.members, mapping) if m != unit.name]


def expand_group(plan: ParsedPlan, group: str) -> int:
    """Replace a group on every task by its members; returns how many tasks changed."""
    unit = next((u for u in plan.units if u.name == group), None)
    if unit is None or not unit.members:
        return 0
    mapping = {group: list(unit.members)}
    changed = 0
    for task in plan.tasks:
        if group in task.lead_units or group in task.responsible_units:
            task.lead_units = _replace_in_list(task.lead_units, mapping)
            task.responsible_units = [n for n in _replace_in_list(task.responsible_units, mapping)
                                      if n not in task.lead_units]
            changed += 1
    return changed


def set_role(task: Task, names: list[str], lead: bool) -> None:
    """Make ``names`` lead (or responsible) units of ``task``, moving them from the other list."""
    if lead:
        task.lead_units = list(dict.fromkeys([*task.lead_units, *names]))
        task.responsible_units = [n for n in task.responsible_units if n not in names]
    else:
        task.responsible_units = list(dict.fromkeys([*task.responsible_units, *names]))
        task.lead_units = [n for n in task.lead_units if n not in names]


def task_problems(plan: ParsedPlan, task: Task) -> list[str]:
    """What the reviewer should look at on this row, in plain words."""
    names = unit_names(plan)
    added = {u.name for u in plan.units if u.note == ADDED_NOTE}
    problems = []
    if not task.lead_units and not task.responsible_units and any(t.lead_units or t.responsible_units
                                                                   for t in plan.tasks):
        problems.append(NO_UNITS)
    for name in [*task.lead_units, *task.responsible_units]:
        if name not in names or name in added:
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
        if task.title and task.title in warning and warning not in problems:
            problems.append(warning)
    return problems


def set_members(plan: ParsedPlan, group: str, members: list[str]) -> None:
    """``group`` stands for ``members`` (new names become units)."""
    unit = next((u for u in plan.units if u.name == group), None)
    if unit is None:
        return
    unit.is_group = True
    unit.members = [m for m in dict.fromkeys(members) if m != group]
    known = unit_names(plan)
    for name in unit.members:
        if name not in known:
            plan.units.append(Unit(name))
            known[name] = name


def add_missing_units(plan: ParsedPlan) -> None:
    """Names typed into a task that the registry lacks become units, so they can be merged."""
    known = unit_names(plan)
    for task in plan.tasks:
        for name in [*task.lead_units, *task.responsible_units]:
            if name not in known:
                plan.units.append(Unit(name, note=ADDED_NOTE))
                known[name] = name
