"""A closing bracket that shares an item's work among the departments it lists (round 28, plans-next71 class 2):
「（生态环境、经济信息化、住房城乡建设、市场监管等部门依职责分工）」 / 「（…、市场监管部门等依职责分工）」 /
「（区房管局、区建管委等部门按职责分工）」. The list names the item's units — as printed, a department named by its
sector alone (生态环境, 市场监管) too, where the bracket says they are departments (等部门 / 部门等 / a last name
ending in 部门); the tail (等部门依职责分工) is a phrase, no unit. Read by ``declarations.find_declaration`` for
the item's last bracket only."""

from __future__ import annotations

import re

from .headings import Item
from .section_kinds import NON_TASK_SECTION
from .units import MODAL_END, NOT_NAME, Declaration, looks_like_unit, split_units

# 「等部门依职责分工」「部门等依职责分工」「等按职责分工」「依各自职责分工负责」: the sharing phrase closing the list
_SHARE_TAIL = re.compile(r"(?P<kind>等(?:部门|单位)|等)?\s*"
                         r"(?:(?:依法)?(?:依|按照?|根据|依照|依据)(?:各自)?(?:职责|职能)(?:分工)?(?:分别)?(?:负责|落实)?"
                         r"|分工负责|分别负责)$")
# a department named by its sector (生态环境 / 经济信息化 / 住房和城乡建设 / 城管执法): a short run of words
_SECTOR = re.compile(r"[\u4e00-\u9fff]{2,8}")
# words that make a piece a clause, not a name (涉及财政 / 包括税务 / 不含国防 / 参照…): no sector
_CLAUSE = re.compile(r"^(?:涉及|包括|含|不含|除|由|会同|牵头|配合|其中|以及|其他|其余|详见|参照|按照|根据)|负责|职责")


# a time or manner of the work, not a department (持续推进 / 常态化开展 / 长期坚持 / 年底前完成): read before a ，；
# it is the bracket's note on the work, dropped; as a piece of the list it makes the bracket no list (mend r70 1)
_TIMING = re.compile(r"^(?:持续|常态|长期|逐步|定期|不定期|及时|限期|每[年月季周日]|年底|年内|全年|近期|分期|分批|分步|"
                     r"坚持|全面|加快|立即)|(?:推进|开展|坚持|实施|推动|完成|落实|进行)$")


def shared_units(content: str) -> list[str]:
    """The units of 「A、B、C等部门依职责分工」 (a bracket's content), [] when it is not such a list."""
    content = content.strip().rstrip("。；;")
    m = _SHARE_TAIL.search(content)
    if m is None or m.start() == 0:
        return []
    head = content[:m.start()].strip(" ，,、")
    parts = re.split(r"[，,；;]", head)
    while len(parts) > 1 and _TIMING.search(parts[0].strip()):
        parts.pop(0)                    # 「持续推进，公安、交通运输等部门依职责分工」: the list is after the note
    head = "，".join(parts).strip(" ，,、")
    # (「人事、卫生等部门」: the fields and their head are one name as printed, CONVENTIONS.md round 31 — read with
    # the tail; 「区房管局、区建管委等部门」 names its units before the tail, which is dropped)
    kind = m.group("kind") if m.group("kind") in ("等部门", "等单位") else ""
    names, _notes, leads, _odd = split_units(head + kind)
    if not names or leads:
        return []
    departments = "部门" in (m.group("kind") or "") or "单位" in (m.group("kind") or "") \
        or names[-1].endswith("部门")
    for name in names:
        if re.search(MODAL_END, name):
            return []                   # 各单位要依职责分工: a rule for all, no list
        if looks_like_unit(name):
            continue
        if not departments or not _SECTOR.fullmatch(name) or NOT_NAME.search(name) or _CLAUSE.search(name) \
                or _TIMING.search(name):
            return []
    return names


_LAST_BRACKET = re.compile(r"[（(]([^（）()\n]{2,200})[）)]\s*[。.;；]?\s*$")


def sharing_only(items: list[Item], decls: dict[int, Declaration]) -> tuple[set[int], set[int]]:
    """Where a plan's only units are sharing brackets (mend r70 2): the items whose bracket names no units of theirs
    (a safeguards or requirements section's tail, 三、加强组织保障 …（农业农村、财政等部门依职责分工）), and those
    whose bracket does not alone make the plan one whose tasks name units (one item of four so closed: the others,
    no bracket, are tasks as much). Two empty sets when any other units are written."""
    by_pos = {i.pos: i for i in items}
    shared = set()
    for pos, decl in decls.items():
        m = _LAST_BRACKET.search(by_pos[pos].body) if pos in by_pos else None
        if decl.lead or m is None or shared_units(m.group(1)) != decl.resp:
            return set(), set()
        shared.add(pos)
    if not shared:
        return set(), set()
    dropped = {p for p in shared if NON_TASK_SECTION.search(by_pos[p].title)}
    left = shared - dropped
    kinds = {by_pos[p].kind for p in left}
    alike = [i for i in items if i.kind in kinds and not i.children]
    return dropped, (left if left and len(left) * 2 < len(alike) else set())
