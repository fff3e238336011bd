"""Units named by the heading over their numbered duties (「（二）乡(镇)人民政府的工作职责」 / 1、… / 2、…, or a bare
「（一）公安部门」 under 「四、相关职能部门的工作职责」), by a body's heading and roster over them
(办公室(市创城办) / 主任:… / 主要职责:), and by the paragraphs that divide one item's work (房管所负责… /
经发办负责…). Read by ``tasks.build_tasks``, from which the last two were split (as they were)."""

from __future__ import annotations

import re

from .headings import Item
from .prose_units import leading_unit, subject_units
from .units import Declaration, is_group, looks_like_unit, split_units

# 「（二）乡(镇)人民政府的工作职责」 / 「（一）公安部门」 under 「四、相关职能部门的工作职责」: over numbered duties
_DUTY_HEADING = re.compile(r"^(.{2,24}?)(?:的)?(?:工作|主要|具体)?(?:职责|责任)(?:任务|分工)?$")
# (or a task list divided by the bodies that carry it out: 四、基本任务清单 / （一）区教体行政部门 / 1.…)
_DUTY_SECTION = re.compile(r"职责|分工|任务清单")
_NO_ONE = re.compile(r"^(?:各?相关|各?有关|其他|其它)|[及和与、]|范围|对象|工作|任务")


def duty_list_holders(items: list[Item], decls: dict[int, Declaration]) -> None:
    """A heading over numbered duties that names the unit they are the duties of (「乡(镇)人民政府的工作职责」, or
    a bare 「公安部门」 under a section on departments' duties): that unit, responsible, for the duties under it
    that name none of their own."""
    for item in items:
        if not item.children or item.pos in decls:
            continue
        name = duty_list_holder(item)
        # (a duty under it with units of its own keeps them; the others are the heading's: （一）区教体局 /
        # 1.开展…排查。 / 2.落实…经费（区财政局负责）。 — 1 is 区教体局's)
        if name:
            decls[item.pos] = Declaration(resp=[name], source=name, from_heading=True)


def duty_list_holder(item: Item) -> str:
    """The unit a heading over numbered duties names (乡(镇)人民政府的工作职责 / a bare 公安部门 under a section on
    departments' duties or a task list divided by bodies), or ""."""
    if not item.children:
        return ""
    title = item.title.strip().rstrip("。：:")
    m = _DUTY_HEADING.match(title)
    name = m.group(1) if m else ""
    if not m and item.parent is not None and _DUTY_SECTION.search(item.parent.title) and not is_group(title):
        name = title                 # （一）公安部门 under 四、相关职能部门的工作职责
    if name and looks_like_unit(name) and not _NO_ONE.search(name) and split_units(name)[0] == [name]:
        return name
    return ""


def fold_duty_paragraphs(items: list[Item]) -> tuple[list[Item], dict[int, Declaration]]:
    """A numbered item whose text goes on in unnumbered paragraphs each led by its units (（二）细化职责分工
    / 房管所、规建生态办负责牵头组织… / 房管所负责… / 经发办负责…): the paragraphs divide that item's work, so
    the item is one task holding all their units (those written 负责牵头 / 牵头 lead), not a task each."""
    folds: dict[int, Declaration] = {}
    drop: set[int] = set()
    for item in items:
        kids = item.children
        if (item.unnumbered or item.kind < 2 or len(kids) < 3
                or not all(c.unnumbered and c.unit and not c.children for c in kids)):
            continue
        decl = Declaration()
        lines = [item.body, *(c.body for c in kids)]
        for line in "\n".join(lines).split("\n"):
            names = subject_units(line) or ([u] if (u := leading_unit(line)) else [])
            lead = re.match(r"[^，,。；;]{0,60}?(?:负责牵头|牵头)", line) is not None
            for name in names:
                if lead and name not in decl.lead:
                    decl.lead.append(name)
                if name not in decl.resp:
                    decl.resp.append(name)
        if not decl.resp:
            continue
        decl.source = "、".join(decl.resp)
        decl.resp = [n for n in decl.resp if n not in decl.lead]
        item.body = "\n".join(b for b in lines if b)
        drop.update(c.pos for c in kids)
        item.children = []
        folds[item.pos] = decl
    return [i for i in items if i.pos not in drop], folds


# a body's heading line, its roster, then its duties: 「办公室(市创城办)\n主任:XXX\n成员:…\n主要职责:」 over 1.…;
_DUTIES_LINE = re.compile(r"^(?:主要|工作|具体)?职责\s*[:：]$")
_ROSTER = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*[:：]")


def _holder_name(body: str) -> str | None:
    """The body a section's text ends by listing the duties of (its heading line, then roster lines
    组长:… / 成员:…, then 主要职责:), or None."""
    lines = [ln.strip() for ln in body.rstrip().split("\n")]
    if len(lines) < 2 or not _DUTIES_LINE.match(lines[-1]):
        return None
    for line in reversed(lines[-8:-1]):
        if _ROSTER.match(line):
            continue
        if not 2 <= len(line) <= 24 or re.search(r"[，,。；;、：:]", line):
            return None
        head = re.sub(r"[（(]\s*(?:以下)?简称", "(", line)
        alias = re.search(r"[（(]([^（）()]{2,12})[)）]$", head)
        name = alias.group(1) if alias and looks_like_unit(alias.group(1)) else re.sub(r"[（(].*$", "", head)
        return name if looks_like_unit(name) and not _VERBISH.match(name) else None
    return None


def duty_holders(items: list[Item]) -> dict[int, list[str]]:
    """The numbered duties listed under a body's heading and roster (办公室(市创城办) / 主任:… / 主要职责: /
    1.负责…; 2.协调…): each names that body — the short name in its brackets where it has one — as
    responsible."""
    out: dict[int, list[str]] = {}
    holder: tuple[str, int, int] | None = None        # the name, the parent's pos and the kind of its duties
    for before, item in zip(items, items[1:], strict=False):
        name = _holder_name(before.body)
        if name:
            holder = (name, item.parent.pos if item.parent else -1, item.kind)
        elif holder and (holder[1] != (item.parent.pos if item.parent else -1) or holder[2] != item.kind):
            holder = None
        if holder:
            out[item.pos] = [holder[0]]
    return out


_VERBISH = re.compile(r"^(?:负责|加强|做好|完成|协调|组织|开展|落实|推进)")
