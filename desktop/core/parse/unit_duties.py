"""Units an item names in two plain ways a page prints: 「…人员由县卫健局负责组织；」 at its end, and units leading
their duties with a colon inside a section run into one paragraph (…共同做好预防工作。派出所:配合…). Read by
``declarations.find_declaration`` when nothing else in the item names units."""

from __future__ import annotations

import re

from .unit_labels import LABEL, LEAD, RESP
from .units import BODY_OFFICE_END, Declaration, _take, is_group, looks_like_unit, split_units

# 「…人员由县卫健局负责组织；」 / 「…工作由区民政局具体负责。」: what the item is about, then the one unit that answers
# for it, ending the item; the unit is responsible (EXPECTED.md: a single unit of 「由X负责组织」, no lead)
BY_ALONE = re.compile(r"[^，,。；;：:由]由([^，,。；;：:由（）()]{2,30}?)(?:具体|统一|分别)?"
                      r"负责(?:组织|实施|落实|牵头)?"
                      r"(?:实施|落实)?\s*[。；;]?\s*$")


def by_alone(decl: Declaration, sentence: str) -> bool:
    """Fill ``decl`` from a sentence that ends 「…由A负责组织」; False when it does not or A is no unit."""
    m = BY_ALONE.search(sentence.strip())
    if m is None or re.search(r"由[^，,。；;：:由]{2,30}?牵头[，,]", sentence.strip()[:m.start()]):
        return False        # (「筹备由A牵头，具体工作由B负责落实」: A leads, B the doer — the sentence reader's rule 2)
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
# (陈家坝沿线包片单位县职教中心、县消防大队…); written with or without 由 (整改要求：县公安局交警大队负责…), a lead
# (由A牵头负责 / 由A牵头，B配合 / 由A负责，B配合) and how the units share it (由A和B共同负责 / 由A、B按职责分工分别负责)
_FIX_LINE = re.compile(r"(?:^|\n)\s*(?:整改要求|整改措施|整改意见|处置要求|处理意见)\s*[:：]\s*([^\n]*)")
_FIX_BY = re.compile(r"(?:^|由)([^，,。；;：:由\n]{2,120}?)(牵头)?(?:，|,)?\s*(?:按照?(?:职责分工|职责|职能)|各自)?"
                     r"(?:具体|统一|分别|共同)?(?:负责|(?=，|,)(?=[^。；;\n]{2,60}?配合))")
_FIX_HELP = re.compile(r"^[，,]\s*([^，,。；;：:\n]{2,120}?)(?:协助|配合)")
_ROLE_BEFORE = re.compile(r"^[^，,。；;、]{0,12}?(?:包片|包联|包保|属地|责任)单位")
# a kind of role or party, not a body of government (由施工单位负责 / 由物业服务企业负责 / 由产权单位负责)
_FIX_KIND = re.compile(r"(?:单位|企业|机构|场所|业主|个人|经营者|商户|人员)$|^属地$|^[^省市县区]{0,8}公司$")
_FIX_AND = re.compile(r"和|与|会同")


def _fix_names(listed: str) -> tuple[list[str], dict[str, str]] | None:
    names, notes, _l, odd = split_units(_ROLE_BEFORE.sub("", listed.strip()))
    # (县公安局交警大队和县教育局: two units joined by 和, each a unit)
    split: list[str] = []
    for n in names:
        parts = _FIX_AND.split(n)
        split.extend(parts if len(parts) > 1 and all(len(q) >= 3 and looks_like_unit(q) for q in parts) else [n])
    names = split
    if not names or odd or not all(looks_like_unit(n) and not _FIX_KIND.search(n) for n in names):
        return None
    return names, notes


def fix_line_units(decl: Declaration, text: str, sources: list[str]) -> None:
    """Units a problem's 「整改要求:由X负责…」 line gives the fix to: responsible (X牵头: lead, with the units
    that help it responsible)."""
    line = _FIX_LINE.search(text)
    m = _FIX_BY.search(line.group(1)) if line else None
    if line is None or m is None or m.start() > 0 and not m.group(0).startswith("由"):
        return
    found = _fix_names(m.group(1))
    if found is None:
        return
    names, notes = found
    helpers = _FIX_HELP.match(line.group(1)[m.end():]) or _FIX_HELP.match(line.group(1)[m.end() - 1:])
    helped = _fix_names(helpers.group(1)) if helpers else None
    if m.group(2) or helped:
        _take(decl, LEAD, names, notes)
        if helped:
            _take(decl, RESP, *helped)
    else:
        _take(decl, RESP, names, notes)
    sources.append(line.group(0).strip())


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
