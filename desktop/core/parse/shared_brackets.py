"""A closing bracket that shares an item's work among the departments it lists (round 28, plans-next71 class 2):
「（生态环境、经济信息化、住房城乡建设、市场监管等部门依职责分工）」 / 「（…、市场监管部门等依职责分工）」 /
「（区房管局、区建管委等部门按职责分工）」. The list names the item's units — as printed, a department named by its
sector alone (生态环境, 市场监管) too, where the bracket says they are departments (等部门 / 部门等 / a last name
ending in 部门); the tail (等部门依职责分工) is a phrase, no unit. Read by ``declarations.find_declaration`` for
the item's last bracket only."""

from __future__ import annotations

import re

from .units import MODAL_END, NOT_NAME, looks_like_unit, split_units

# 「等部门依职责分工」「部门等依职责分工」「等按职责分工」「依各自职责分工负责」: the sharing phrase closing the list
_SHARE_TAIL = re.compile(r"(?P<kind>等(?:部门|单位)|等)?\s*"
                         r"(?:依|按照?|根据|依照|依据)(?:各自)?(?:职责|职能)(?:分工)?(?:负责|落实)?$")
# a department named by its sector (生态环境 / 经济信息化 / 住房和城乡建设 / 城管执法): a short run of words
_SECTOR = re.compile(r"[\u4e00-\u9fff]{2,8}")
# words that make a piece a clause, not a name (涉及财政 / 包括税务 / 不含国防 / 参照…): no sector
_CLAUSE = re.compile(r"^(?:涉及|包括|含|不含|除|由|会同|牵头|配合|其中|以及|其他|其余|详见|参照|按照|根据)|负责|职责")


def shared_units(content: str) -> list[str]:
    """The units of 「A、B、C等部门依职责分工」 (a bracket's content), [] when it is not such a list."""
    content = content.strip().rstrip("。；;")
    m = _SHARE_TAIL.search(content)
    if m is None or m.start() == 0:
        return []
    head = content[:m.start()].strip(" ，,、")
    names, _notes, leads, _odd = split_units(head)
    if not names or leads:
        return []
    departments = "部门" in (m.group("kind") or "") or "单位" in (m.group("kind") or "") \
        or names[-1].endswith("部门")
    for name in names:
        if re.search(MODAL_END, name):
            return []                   # 各单位要依职责分工: a rule for all, no list
        if looks_like_unit(name):
            continue
        if not departments or not _SECTOR.fullmatch(name) or NOT_NAME.search(name) or _CLAUSE.search(name):
            return []
    return names
