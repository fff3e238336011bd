"""Units an item names in two plain ways a page prints: 「…人员由县卫健局负责组织；」 at its end, and units leading
their duties with a colon inside a section run into one paragraph (…共同做好预防工作。派出所:配合…). Read by
``declarations.find_declaration`` when nothing else in the item names units."""

from __future__ import annotations

import re

from .units import BODY_OFFICE_END, LABEL, RESP, Declaration, _take, is_group, looks_like_unit, split_units

# 「…人员由县卫健局负责组织；」 / 「…工作由区民政局具体负责。」: what the item is about, then the one unit that answers
# for it, ending the item; the unit is responsible (EXPECTED.md: a single unit of 「由X负责组织」, no lead)
BY_ALONE = re.compile(r"[^，,。；;：:由]由([^，,。；;：:由（）()]{2,30}?)(?:具体|统一|分别)?"
                      r"负责(?:组织|实施|落实|牵头)?"
                      r"(?:实施|落实)?\s*[。；;]?\s*$")


def by_alone(decl: Declaration, sentence: str) -> bool:
    """Fill ``decl`` from a sentence that ends 「…由A负责组织」; False when it does not or A is no unit."""
    m = BY_ALONE.search(sentence.strip())
    if m is None:
        return False
    names, notes, _l, odd = split_units(m.group(1))
    if not names or odd or not all(looks_like_unit(n) for n in names):
        return False
    _take(decl, RESP, names, notes)
    return True


# 「…共同做好预防工作。派出所:配合有关部门开展水域排查;…」: after the section's own sentence, each unit's duties
# led by its name and a colon (a division of work run into one paragraph)
_UNIT_DUTY = re.compile(rf"(?<=[。；;])\s*([\u4e00-\u9fff]{{2,20}}?(?:{BODY_OFFICE_END}|院))\s*[:：]\s*"
                        r"(?=[\u4e00-\u9fff]{2})")


def unit_duties(decl: Declaration, text: str, sources: list[str]) -> None:
    """Units each leading their duties with a colon inside an item (派出所:配合…; 水利站:负责…): responsible."""
    names: list[str] = []
    if "\n" in text.strip():
        return                           # (paragraphs of their own are the outline's unit paragraphs)
    for m in _UNIT_DUTY.finditer(text):
        name = m.group(1)
        if LABEL.search(name):
            return                       # a role label (牵头单位:) is read elsewhere
        if not looks_like_unit(name) or is_group(name) or re.search(r"[人长员者]$", name):
            return                       # (组长: / 联系人: / 各村: a roster or kinds of actor, no division of work)
        names.append(name)
    if names:
        _take(decl, RESP, names, {})
        sources.extend(f"{n}：" for n in names)


# 「整改要求:由包片单位县气象局负责清除。」 on the line after a problem found: the unit the fix is given to, after
# the role that names why (包片单位 / 属地单位 / 责任单位 — a role word, no part of the name) and where it works
# (陈家坝沿线包片单位县职教中心、县消防大队…)
_FIX_LINE = re.compile(r"(?:^|\n)\s*(?:整改要求|整改措施|整改意见|处置要求|处理意见)\s*[:：][^\n]*?"
                       r"由([^，,。；;：:由\n]{2,120}?)(?:具体|统一|分别)?负责")
_ROLE_BEFORE = re.compile(r"^[^，,。；;、]{0,12}?(?:包片|包联|包保|属地|责任)单位")


def fix_line_units(decl: Declaration, text: str, sources: list[str]) -> None:
    """Units a problem's 「整改要求:由X负责…」 line gives the fix to: responsible."""
    m = _FIX_LINE.search(text)
    if m is None:
        return
    listed = _ROLE_BEFORE.sub("", m.group(1).strip())
    names, notes, _l, odd = split_units(listed)
    if not names or odd or not all(looks_like_unit(n) for n in names):
        return
    _take(decl, RESP, names, notes)
    sources.append(m.group(0).strip())


# 「责任单位:」 alone on its line over 「(1)城管局负责城区街道;」 「(2)交通局负责国道。」: the label's list, each
# unit with the place it answers for — not sub-items of the work above
_BARE_LABEL = re.compile(r"^[ \t\u3000]*(" + LABEL.pattern + r")[ \t\u3000]*$")
# (numbered (1) / （1） / 1. / 1、 / （一） / ①; the place holds no work verb: 「(3)区教育局负责制定…方案并组织
# 实施」 is work)
_LIST_NO = r"^[ \t\u3000]*(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|\d{1,2}[.．、]|[①-⑳])\s*"
_UNIT_PLACE = re.compile(_LIST_NO + r"([\u4e00-\u9fff]{2,20}?)负责"
                         r"((?:(?!制定|组织|开展|建立|推进|落实|实施|做好|加强|完善|督促|指导|协调|牵头|编制|监督|检查|整治|配合)"
                         r"[^，,。；;：:\n]){1,30}?)[。；;]?\s*$")
# a line of the same list that is work, not a place: the list is sub-items, fold none of it
_LIST_WORK = re.compile(_LIST_NO + r"[\u4e00-\u9fff]{2,20}?负责")


def fold_unit_lists(text: str) -> str:
    """Lines 「(n)X负责<place>」 under a bare 「责任单位:」 line become that label's list (X（负责place）、Y…)."""
    if "负责" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _BARE_LABEL.match(lines[i])
        if m is None:
            out.append(lines[i])
            i += 1
            continue
        names, j = [], i + 1
        while j < len(lines):
            if not lines[j].strip():
                j += 1
                continue
            unit = _UNIT_PLACE.match(lines[j])
            if unit is None or not looks_like_unit(unit.group(1)):
                break
            names.append(f"{unit.group(1)}（负责{unit.group(2)}）")
            j += 1
        if not names or j < len(lines) and _LIST_WORK.match(lines[j]):
            out.append(lines[i])
            i += 1
            continue
        out.append(m.group(1) + "、".join(names))
        i = j
    return "\n".join(out)
