"""The review's unit list: the names a plan's tasks give, and the clerk's edits to them — merge two names of one
unit, expand a group into its members, move a unit between lead and responsible, fill a group's members, take names
typed into a task's cells into the list and drop those the clerk's edits left unnamed; the name nearest a typed one.
Plain functions over ``ParsedPlan`` (no Qt, no SQL); ``review_edits`` reads the rows with them."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from desktop.core.model import ParsedPlan, Task, Unit
from desktop.core.parse.tasks import ODD_UNITS_WORDS

ADDED_NOTE = "核对时新增"
# a name the clerk typed into a task's cell in the review (ux56): a unit of the plan, asked about only when it looks
# like one the plan has (ADDED_NOTE: a name the parser put on a task but not in its list, asked about always)
TYPED_NOTE = "核对时填写"
SEPARATORS = re.compile(r"[、，,；;\s]+")


# -- units -------------------------------------------------------------------------------------

def split_units(text: str) -> list[str]:
    return list(dict.fromkeys(part for part in SEPARATORS.split(text.strip()) if part))


def join_units(names: list[str]) -> str:
    return "、".join(names)


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
    if target.note in (ADDED_NOTE, TYPED_NOTE):
        target.note = ""                 # chosen as the proper name: no longer a stray
    for name in others:
        old = by_name.get(name)
        target.aliases = list(dict.fromkeys([*target.aliases, name, *(old.aliases if old else [])]))
        if old is not None:
            target.members = list(dict.fromkeys([*target.members, *old.members]))
            target.is_group = target.is_group or old.is_group
            plan.units.remove(old)
    mapping = {name: [keep] for name in others}
    for task in plan.tasks:
        task.lead_units = _replace_in_list(task.lead_units, mapping)
        task.responsible_units = [n for n in _replace_in_list(task.responsible_units, mapping)
                                  if n not in task.lead_units]
    for unit in plan.units:
        unit.members = [m for m in _replace_in_list(unit.members, mapping) if m != unit.name]
    settle_group_warnings(plan)


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
    settle_group_warnings(plan)


# the parser's warning about groups the plan lists no members of: 「“各乡镇”“各街道”代表一组单位，方案没有列出…」
GROUP_WARNING_WORDS = "代表一组单位"


def settle_group_warnings(plan: ParsedPlan) -> None:
    """The parser's warning that a group has no members, without the groups (under any of their names) that have
    members now — given in the review, merged with a group that had them, or kept from the saved plan: a warning
    left naming none goes (ux63: 「“各乡镇”代表一组单位…」 stood above the table and in the saved result after the
    clerk gave 各乡镇 its members)."""
    filled = {name for u in plan.units if u.is_group and u.members for name in (u.name, *u.aliases)}
    if not filled:
        return
    warnings = []
    for warning in plan.warnings:
        if GROUP_WARNING_WORDS in warning:
            head, tail = warning.split(GROUP_WARNING_WORDS, 1)
            left = [q for q in _QUOTED_NAME.findall(head) if q not in filled]
            if not left:
                continue
            warning = "".join(f"“{q}”" for q in left) + GROUP_WARNING_WORDS + tail
        warnings.append(warning)
    plan.warnings = warnings


def add_missing_units(plan: ParsedPlan, note: str = ADDED_NOTE) -> None:
    """Names on a task that the registry lacks become units, so they can be merged; ``note`` says whose they are
    (``TYPED_NOTE``: the clerk typed them into a cell)."""
    known = unit_names(plan)
    for task in plan.tasks:
        for name in [*task.lead_units, *task.responsible_units]:
            if name not in known:
                plan.units.append(Unit(name, note=note))
                known[name] = name


def unnamed_units(plan: ParsedPlan, opened: ParsedPlan) -> list[str]:
    """The units of ``plan`` the clerk's cell edits left unnamed (ux56): a unit that a task named when the review
    opened (``opened``), or a name typed into a cell since, that no task names now. Kept: a unit the clerk made or
    renamed in the unit list (a merge gave it other names, its members were filled, it is another's member), and
    any unit no task named at opening (the plan lists it elsewhere: a leading group's members)."""
    def named(p: ParsedPlan) -> set[str]:
        names = unit_names(p)
        return {names.get(n, n) for t in p.tasks for n in [*t.lead_units, *t.responsible_units]}

    then, now = named(opened), named(plan)
    before = {u.name: u for u in opened.units}
    members = {m for u in plan.units for m in u.members}
    out = []
    for unit in plan.units:
        was = before.get(unit.name)
        typed = unit.note in (ADDED_NOTE, TYPED_NOTE) and not unit.aliases
        found = was is not None and unit.name in then and unit.aliases == was.aliases and unit.members == was.members
        if (typed or found) and unit.name not in now and unit.name not in members and not unit.members:
            out.append(unit.name)
    return out


def drop_unnamed_units(plan: ParsedPlan, opened: ParsedPlan) -> list[str]:
    """Take ``unnamed_units`` out of the plan's unit list, with the parser's warnings about them (a warning naming
    only such units goes; one naming others too loses their names): the save counts the units tasks name, and
    「各责任主体」 corrected away asks for no members. Returns the names dropped."""
    gone = unnamed_units(plan, opened)
    if not gone:
        return []
    units = set(unit_names(plan)) | set(unit_names(opened))
    plan.units = [u for u in plan.units if u.name not in gone]
    warnings = []
    for warning in plan.warnings:
        quoted = [q for q in _QUOTED_NAME.findall(warning) if q in units]      # not 「填写单位组成员」, a button
        if quoted and all(q in gone for q in quoted):
            continue
        for name in gone:
            mark = f"“{name}”"
            if mark + "“" in warning or "”" + mark in warning:      # one of a run 「“甲”“乙”代表一组单位」
                warning = warning.replace(mark, "", 1)
        warnings.append(warning)
    plan.warnings = warnings
    return gone


_QUOTED_NAME = re.compile(r"“([^”]+)”")


# how alike a known name must be to be offered as the one meant (财政布 ~ 财政部: 0.67; 市审计局 ~
# 市民政局, two names that only share 市…局: 0.5)
NEAREST_FLOOR = 0.6


def nearest_unit(name: str, known: dict[str, str]) -> str | None:
    """The proper name of the known unit (``known``: name or alias → unit) most like ``name``,
    or None when none is alike enough to be the one meant."""
    near = nearest_units(name, known, 1)
    return near[0] if near else None


def nearest_units(name: str, known: dict[str, str], limit: int = 3) -> list[str]:
    """The proper names of the known units (``known``: name or alias → unit) alike enough to ``name`` to be the one
    meant, the likest first, at most ``limit`` (a tie keeps ``known``'s order)."""
    best: dict[str, float] = {}
    for other, proper in known.items():
        ratio = SequenceMatcher(None, name, other).ratio()
        if ratio >= NEAREST_FLOOR and ratio > best.get(proper, 0.0):
            best[proper] = ratio
    return sorted(best, key=lambda proper: -best[proper])[:limit]


def replace_unit(plan: ParsedPlan, name: str, by: str) -> None:
    """``name`` (a typo typed in the review) is ``by`` on every task; the unit the typing made goes from the list."""
    mapping = {name: [by]}
    for task in plan.tasks:
        task.lead_units = _replace_in_list(task.lead_units, mapping)
        task.responsible_units = [n for n in _replace_in_list(task.responsible_units, mapping)
                                  if n not in task.lead_units]
    plan.units = [u for u in plan.units if not (u.name == name and u.note in (ADDED_NOTE, TYPED_NOTE))]


def _near_known(plan: ParsedPlan, name: str) -> bool:
    """A typed name is near an existing unit's (财政布 ~ 财政部): then it may be that unit under another name."""
    known = {n: u.name for u in plan.units if u.note not in (ADDED_NOTE, TYPED_NOTE) and u.name != name
             for n in [u.name, *u.aliases]}
    return nearest_unit(name, known) is not None


# -- the parser's unit list settled before the review opens (ux57) -------------------------------------------

# a named village or community of a street's or town's plan: 张湾村, 石桥社区, 东街居委会 (not 各村, 相关村)
_NAMED_PLACE = re.compile(r"(?!各|相关|有关|其他|其它|全)[\u4e00-\u9fff]{2,12}(?:村|社区|居委会)")
# 「相关村」「有关社区」: the villages concerned, a group word like 各村 — none to chase as one unit
_PLACE_GROUP = re.compile(r"(?:相关|有关)(?:村|社区|村居|村[（(]居[)）]|社区[（(]村[)）]|行政村|居委会)")
# a plan of a street, town or township (its title or issuer names one): villages are its units
_LOCAL_PLAN = re.compile(r"街道|镇|乡|社区|村")


# a group named with its members' kind of body: 各乡镇人民政府 is 各乡镇, 各街道办事处 各街道 (ux63)
_GROUP_BODY = re.compile(r"^(各[\u4e00-\u9fff（）()、]{1,8}?)(?:人民政府|政府|办事处)$")


def same_unit_key(unit: Unit) -> str:
    """Equal for the names ``settle_units`` makes one unit: ``width_key``, and a group under its own name or its
    members' kind of body (各乡镇 / 各乡镇人民政府; not 各乡镇 / 各街道)."""
    key = width_key(unit.name)
    body = _GROUP_BODY.match(key) if unit.is_group else None
    return body.group(1) if body else key


def width_key(name: str) -> str:
    """A unit name with full- and half-width marks alike (各社区(村) = 各社区（村）) and spaces out."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


def settle_units(plan: ParsedPlan) -> None:
    """The parser's unit list as a clerk reads it, before the review opens (ux57):

    - names that differ only in the width of their brackets or other marks are one unit, under the
      document's full-width form (the other kept as its alias), so 各社区（村） asks for members once;
    - a group and the group named with its members' kind of body (各乡镇 / 各乡镇人民政府) are one group, under
      its own name, the other its alias (ux63);
    - in a street's or town's plan a named village (张湾村, 石桥社区) is a unit like any other: the
      parser's 「…不像单位名称」 flag on it goes; 「相关村」「有关村」 is a group word, like 各村, so it is
      never chased as one unit (a group reports through its members)."""
    by_key: dict[str, list[str]] = {}
    for unit in plan.units:
        by_key.setdefault(same_unit_key(unit), []).append(unit.name)
    for key, names in by_key.items():
        if len(names) > 1:
            # (the group's own name before the one of its members' kind: 各乡镇, 又称 各乡镇人民政府)
            keep = max(names, key=lambda n: (width_key(n) == key,
                                             sum(unicodedata.east_asian_width(c) == "F" for c in n), -names.index(n)))
            merge_units(plan, keep, names)
            others = [n for n in names if n != keep]
            plan.warnings = [_without_names(w, others) if "代表一组单位" in w else w for w in plan.warnings]
    local = bool(_LOCAL_PLAN.search(f"{plan.title}{plan.issuer}"))
    groups = [u for u in plan.units if _PLACE_GROUP.fullmatch(u.name)]
    for unit in groups:
        unit.is_group = True
    places = {u.name for u in plan.units if _NAMED_PLACE.fullmatch(u.name)} if local else set()
    fine = {u.name for u in groups} | places
    warnings = []
    for warning in plan.warnings:
        if ODD_UNITS_WORDS in warning and "“" in warning:
            head, rest = warning.split("“", 1)
            quoted, tail = rest.split("”", 1)
            left = [n for n in quoted.split("、") if n not in fine]
            if not left:
                continue
            warning = f"{head}“{'、'.join(left)}”{tail}"
        warnings.append(warning)
    plan.warnings = warnings


def _without_names(warning: str, names: list[str]) -> str:
    for name in names:
        mark = f"“{name}”"
        if mark + "“" in warning or "”" + mark in warning:
            warning = warning.replace(mark, "", 1)
    return warning
