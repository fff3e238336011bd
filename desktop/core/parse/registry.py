"""The unit registry (aliases, groups, members) and the leading group's name list.

Aliases: two names are the same unit when a small table of common abbreviations
(``ALIAS_GROUPS``) maps one onto the other (卫健委 = 卫生健康委, 医保局 = 医疗保障局 …), or when the shorter
is a non-contiguous abbreviation of the longer with the same first two characters and
the same last one (市发改委 / 市发展改革委, 市人社局 / 市人力资源社会保障局) — but not when
the shorter is a plain part of the longer (市教育局 ≠ 市教育体育局, 市公安局 ≠ 市公安交管局).
The canonical name is the one the plan writes first; tasks use canonical names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.core.model import Person, Unit

from .defined_names import short_names
from .units import is_group

# names of the same unit; the part before them (市, 区, 十堰市 …) must match
ALIAS_GROUPS = [
    ("卫健委", "卫生健康委", "卫生健康委员会"), ("卫健局", "卫生健康局"), ("医保局", "医疗保障局"),
    ("发改委", "发展改革委", "发展和改革委员会"), ("发改局", "发展和改革局", "发展改革局"),
    ("人社局", "人力资源社会保障局", "人力资源和社会保障局"),
    ("住建局", "住房城乡建设局", "住房和城乡建设局"), ("市场监管局", "市场监督管理局"),
    ("经信局", "经济和信息化局"), ("经信委", "经济和信息化委员会"), ("文旅局", "文化和旅游局"),
    ("文广旅局", "文化广电和旅游局", "文化广电旅游局"), ("应急局", "应急管理局"),
    ("退役军人局", "退役军人事务局"), ("国资委", "国有资产监督管理委员会"),
    ("网信办", "网络安全和信息化委员会办公室"), ("科技局", "科学技术局"), ("交通局", "交通运输局"),
    ("残联", "残疾人联合会"), ("妇联", "妇女联合会"), ("工商联", "工商业联合会"), ("教体局", "教育体育局"),
    ("民宗委", "民族宗教事务委员会"), ("政府办", "人民政府办公室", "政府办公室"),
    ("审批局", "行政审批局"), ("金融局", "地方金融监督管理局"), ("大数据局", "大数据管理局"),
    ("城管局", "城市管理局"), ("政府", "人民政府"),
]
_VARIANTS = sorted(((v, i) for i, group in enumerate(ALIAS_GROUPS) for v in group),
                   key=lambda vi: -len(vi[0]))


# (each variant's group by its length, longest first, the first group listing it: one look-up per length, not an
# endswith per variant — the same answer as trying _VARIANTS in its order)
_GROUP_OF: dict[int, dict[str, int]] = {}
for _variant, _group in _VARIANTS:
    _GROUP_OF.setdefault(len(_variant), {}).setdefault(_variant, _group)


def alias_key(name: str) -> str:
    """Equal for names the abbreviation table makes the same: 市卫健委 / 市卫生健康委员会."""
    for size, groups in _GROUP_OF.items():
        if len(name) > size and (group := groups.get(name[-size:])) is not None:
            return f"{name[:-size]}#{group}"
    return name


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def abbreviates(short: str, long: str) -> bool:
    """``市发改委`` abbreviates ``市发展改革委``: same first two and last characters, the
    short name's characters in order inside the long one, but not as one piece."""
    if len(short) > len(long):
        short, long = long, short
    if len(short) < 3 or len(short) > 6 or len(long) - len(short) < 2:
        return False
    if short[:2] != long[:2] or short[-1] != long[-1] or short[:-1] in long:
        return False
    if "、" in long:
        return False        # (「生态环境、经济信息化等部门」: fields under one head, one name; 生态环境部门 another)
    return _is_subsequence(short, long)


def _names_one(before: str, name: str) -> bool:
    """The bracket after ``before`` defines a short name for ``name`` alone: not for a list that ends with it
    (「嘉定、青浦区建管委及临港管委会（以下简称“重点区域建管部门”）」 names several bodies)."""
    return before.endswith(name) and not re.search(r"(?:[、和及与]|以及)$", before[:-len(name)])


class Registry:
    """Units in order of first appearance, each name mapped to its canonical name. ``text``: the plan's text,
    whose defined short names 「A（以下简称“X”）」 join X to A (one unit, X an alias)."""

    def __init__(self, text: str = "") -> None:
        self.units: list[Unit] = []
        self._canon: dict[str, Unit] = {}
        self._by_key: dict[str, Unit] = {}
        self._by_head: dict[str, list[tuple[str, Unit]]] = {}
        self._defined = short_names(text)  # (defined_names: 「A（以下简称“X”）」, X → A)

    def _defined_as(self, name: str) -> Unit | None:
        """The known unit ``name`` is defined as the short name of (the longest known name printed right before
        its bracket), or the known short name defined for ``name``; None for none."""
        before = self._defined.get(name)
        if before is not None:
            known = [n for n in self._canon if len(n) >= 3 and n != name and _names_one(before, n)]
            if known:
                return self._canon[max(known, key=len)]
        if len(name) >= 3:
            for short, before in self._defined.items():
                if short != name and short in self._canon and _names_one(before, name):
                    return self._canon[short]
        return None

    def _find(self, name: str) -> Unit | None:
        unit = self._by_key.get(alias_key(name))
        if unit is not None:
            return unit
        if is_group(name):
            return None
        for known_name, known in self._by_head.get(name[:2], []):
            if abbreviates(known_name, name):
                return known
        return None

    def add(self, name: str, note: str = "") -> str:
        unit = self._canon.get(name)
        if unit is None:
            unit = self._find(name)
            if unit is None and self._defined:
                unit = self._defined_as(name)
                unit = None if unit is not None and (unit.is_group or is_group(name)) else unit
            if unit is None:
                unit = Unit(name=name, is_group=is_group(name))
                self.units.append(unit)
            elif name != unit.name and name not in unit.aliases:
                unit.aliases.append(name)
            self._canon[name] = unit
            self._by_key.setdefault(alias_key(name), unit)
            if not unit.is_group:
                self._by_head.setdefault(name[:2], []).append((name, unit))
        if note and not unit.note:
            unit.note = note
        return unit.name

    def canonical(self, name: str) -> str:
        unit = self._canon.get(name)
        return unit.name if unit else name


# --- the leading group list: 组  长:陈红辉  市人民政府副市长 -------------------------------

_ROLE = re.compile(r"^(组\s*长|副\s*组\s*长|常务副组长|成\s*员|组\s*员|主\s*任|副\s*主\s*任|委\s*员|秘\s*书\s*长)"
                   r"\s*[:：]\s*")
_POSTS = ("常务副市长", "副市长", "市长", "副秘书长", "秘书长", "副局长", "局长", "副主任", "主任", "总工程师",
          "总经济师", "总会计师", "总规划师", "副主席", "主席", "副书记", "书记", "副理事长", "理事长",
          "副支队长", "支队长", "副总队长", "总队长", "党组成员", "党组书记", "党委书记", "副区长", "区长",
          "副县长", "县长", "副镇长", "镇长", "一级巡视员", "二级巡视员", "巡视员", "一级调研员", "二级调研员",
          "调研员", "副处长", "处长", "副科长", "科长", "副总经理", "总经理", "董事长", "副院长", "院长",
          "副部长", "部长", "副厅长", "厅长", "副校长", "校长", "副行长", "行长", "副会长", "会长",
          "副馆长", "馆长", "副所长", "所长", "副关长", "关长", "负责人", "负责同志", "政委", "副政委")
_POST_RE = re.compile("|".join(_POSTS))


def split_unit_post(text: str) -> tuple[str, str]:
    """``市民政局局长`` → (市民政局, 局长)."""
    m = _POST_RE.search(text)
    if not m or m.start() < 2:
        return text, ""
    return text[: m.start()], text[m.start():]


def parse_people(light_text: str) -> tuple[list[Person], str]:
    """People of a ``…组成人员名单`` / ``…成员名单`` list, and the list's title."""
    lines = light_text.split("\n")
    start = -1
    title = ""
    for i, line in enumerate(lines):
        squeezed = "".join(line.split())          # (re.sub(r"\s+", "", line): str.split's whitespace is \s's)
        if squeezed.endswith(("组成人员名单", "成员名单")) and len(squeezed) <= 60:
            start, title = i + 1, squeezed
    if start < 0:
        return [], ""
    people: list[Person] = []
    role = ""
    misses = 0
    for line in lines[start:]:
        text = line.strip()
        if not text:
            continue
        m = _ROLE.match(text)
        if m:
            role = re.sub(r"\s+", "", m.group(1))
            text = text[m.end():].strip()
        tokens = [t for t in re.split(r"\s+", text) if t]
        if len(tokens) < 2 or "。" in text or not role:
            misses += 1
            if misses > 2 or people:
                break
            continue
        rest = tokens[-1]
        name = "".join(tokens[:-1])
        if not (2 <= len(name) <= 5) or not re.fullmatch(r"[\u4e00-\u9fff·]+", name):
            misses += 1
            if misses > 2:
                break
            continue
        unit, post = split_unit_post(rest)
        people.append(Person(name=name, unit=unit, post=post, role=role))
    return people, title


# --- a command body's member list: 成员：区人武部、区委宣传部、…。 / 成员单位：A、B ------------------------------
# (a line of its own, the role then bodies: the members of a headquarters or group the plan sets up — never the
# item's units (CONVENTIONS.md rule 3), but bodies the plan names, for its list of units)
_MEMBER_LINE = re.compile(r"^[ \t\u3000]*成\s*员(?:单\s*位)?\s*[:：](?P<names>[^。\n]{4,600})[。.]?[ \t\u3000]*$", re.M)
# … or a sentence of them 「成员单位由A、B、C及其他有关单位组成。」「成员单位为A、B等。」 (the catch-all tail no body)
_MEMBER_SENTENCE = re.compile(r"成员(?:单位)?(?:由|为|包括)(?P<names>[^。；;：:]{4,600}?)"
                              r"(?:(?:及|和|以及)?(?:其他|其它)?(?:有关|相关)(?:部门|单位)(?:和单位)?|等(?:部门|单位)?)?"
                              r"(?:组成|共同组成)?(?=[。；;]|$)", re.M)
MEMBER_SPLIT = re.compile(r"[、，,；;]")     # (between the names of a member list; ``field_blocks`` too)


def member_units(light_text: str, is_unit: Callable[[str], bool]) -> list[str]:
    """The bodies of the plan's member lists, in order: every name of the line a unit (a list of persons
    「成员：张某、李某」 or posts 「成员：各部门分管负责同志」 gives none), two at least."""
    out: list[str] = []
    for m in [*_MEMBER_LINE.finditer(light_text), *_MEMBER_SENTENCE.finditer(light_text)]:
        names = [n.strip(" \t\u3000") for n in MEMBER_SPLIT.split(m.group("names"))]
        names = [n for n in names if n]
        if len(names) >= 2 and all(is_unit(n) for n in names):
            out += [n for n in names if n not in out]
    return out
