"""Unnumbered paragraphs each led by a unit (区住建局负责… / 区委农办要… / 镇农业办：负责…): a division of work
written without numbers, which ``headings.build_items`` makes items of. Only a run of such paragraphs naming at
least three units (two of them different; two, where three or more paragraphs each head their unit with a colon) is
a list; a lone paragraph naming a unit is prose, and one led by a group or a kind of party belongs to a run it stands
in without making one.

A body's name alone on its line over its duties' paragraph (``区教育局`` / ``负责高考的具体组织…。``: a table of
departments and their duties flattened one cell a paragraph, with no row numbers) is such a paragraph too: the name's
line opens the item, the one paragraph after it is its text (``bare_unit_heads``). Not a name over a date (a
signature), over a field line (联系人：…), over a numbered line or over another name.
"""

from __future__ import annotations

import re

from .colon_names import colon_name
from .duty_heading_words import DUTY_HEADING
from .heading_markers import line_marker
from .prose_units import colon_kind_unit, colon_lead_unit, leading_unit
from .units import is_group, looks_like_unit

_BULLETS = "●•■◆▪◇○◎★☆▶►"


# a numbered item's own sentence, then the lead-in to its division 「5、各部门要各司其职…。其职责分工为:」
_LEAD_IN_ITEM = re.compile(r"[。；;][^。；;]{2,20}[:：]$")


def _item_lead_in(lines: list[str], first: int) -> bool:
    """The run's paragraphs follow a numbered item whose own sentence of work ends in a lead-in 「…组织好各项禁放
    工作。其职责分工为:」: they divide that item's work among its bodies, the item's text (round 32: one task, its
    units every paragraph's bodies), not items of their own — a section's heading line 「三、职责分工」 has no
    sentence."""
    before = next((ln.strip() for ln in reversed(lines[:first]) if ln.strip()), "")
    return bool(before) and line_marker(before) is not None and _LEAD_IN_ITEM.search(before) is not None \
        or _article_division(before)


# an article line run on into its text 「第四条  市交通行政管理部门承担…职责，负责…。」
_ARTICLE_TEXT = re.compile(r"^第[一二三四五六七八九十百零]{1,4}条[ \t\u3000]*"
                           r"(?:[（(【][^）)】]{1,20}[）)】][ \t\u3000]*)?")


def _article_division(before: str) -> bool:
    """The run's paragraphs go on an article whose own first paragraph is led by a body too 「第五条 A负责…。⏎B负责…⏎
    C负责…」: the article divides its work among bodies, one task whose units are every paragraph's bodies (rounds
    32, 35, p47b: a 职责分工 article is one task; Round 82's p60c-1), not items of their own."""
    m = _ARTICLE_TEXT.match(before)
    text = before[m.end():] if m is not None else ""
    # (an article whose line holds only its number and bracketed heading 「第二十一条（…管理）」: the paragraphs below
    # are its whole text, however many bodies lead them — the article one task, Round 93 on x345_01 第二十一条; a duty
    # heading 「（部门职责）」 is ``duty_headings.fold_duty_paragraphs``'s, each paragraph's body its unit)
    heading = before[m.end(0):].strip() if m is not None else ""
    bracket = re.match(r"^第[一二三四五六七八九十百零]{1,4}条[ \t\u3000]*([（(【][^）)】]{1,20}[）)】])?[ \t\u3000]*$",
                       before)
    bare = bracket is not None and not (bracket.group(1) and DUTY_HEADING.match(bracket.group(1)[1:-1]))
    return m is not None and (bare and not heading or bool(leading_unit(text, groups=True))
                              or _BODY_DUTY.match(text) is not None)


# (a body taking on a duty 「A承担…的统筹职责，负责…」, which the unit reader does not take for a lead)
_BODY_DUTY = re.compile(r"^[^，,。；;]{2,30}?(?:部门|局|委|办|政府|机构|中心)(?:承担|负责|主管)")


# a body's name, nothing else on the line (区公安分局 / 县人民政府办公室 / 区市场监管局（区知识产权局）)
_BARE_NAME = re.compile(r"[\u4e00-\u9fff（）()]{3,24}")
# a kind of party alone on its line (建设主体 / 施工单位 / 物业服务企业)
_BARE_KIND = re.compile(r"[\u4e00-\u9fff]{2,8}(?:主体|单位|企业|机构)")
# what the paragraph under a name must not be: a date (a signature's), a labelled field (联系人：…)
_NOT_DUTIES = re.compile(r"^[\d〇零一二三四五六七八九十]{2,4}\s*年[^。；;，,]{0,12}$|^[\u4e00-\u9fff]{2,6}[:：]")


def _bare_unit(line: str) -> str:
    """The body (or group: 各街镇) ``line`` names, alone on it, or ""."""
    if not _BARE_NAME.fullmatch(line) or line_marker(line):
        return ""
    name = colon_lead_unit(line + "：负责有关工作。")
    return name if name == line and leading_unit(line + "负责", groups=True) == line else ""


# an institution or a people's body by how its name ends (镇卫生院 / 镇各中小学校 / 镇共青团 / 妇联 / 县文化馆): what
# ``colon_lead_unit`` leaves out of a body of government, since prose opens with such words too
_MEMBER_END = re.compile(r"(?:院|学校|校|所|站|中心|团|联|会|队|馆|台|社)$")


# a run's last paragraph cut by the page right after its unit's colon and verb of duty (镇卫生院：负责)
_CUT_DUTY = re.compile(r"([\u4e00-\u9fff、]{2,16})[:：]\s*(?:主要)?(?:负责|牵头|承担|做好|组织|配合|协助|要|应)?")


def colon_member_unit(paragraph: str) -> str:
    """The institutions an unnumbered paragraph opens with before its colon, its duties after it (镇卫生院：负责… /
    镇共青团、妇联：要…), each part of the name a unit ending as an institution does (or a body); "" otherwise. Like
    a group, such a paragraph belongs to a run of bodies' colon paragraphs it stands in (镇农水办：… / 镇派出所：…)
    and makes none."""
    found = colon_name(paragraph.strip(), longest=16)
    if found is None or not re.match(r"[\u4e00-\u9fff“]", found[1]):
        return ""
    name, _rest, pieces = found
    if not re.fullmatch(r"[\u4e00-\u9fff、]+", name) or colon_kind_unit(paragraph):
        return ""
    return name if all(_MEMBER_END.search(p) and looks_like_unit(p) or colon_lead_unit(p + "：负责有关工作。") == p
                       for p in pieces) else ""


def bare_unit_heads(lines: list[str]) -> dict[int, tuple[str, bool]]:
    """Each body's name alone on its line with one paragraph of its duties after it (blank lines between): line →
    (the body, whether it is a kind of party rather than a body: 建设主体 / 施工单位, which stands in a run of
    bodies' rows without making one)."""
    out: dict[int, tuple[str, bool]] = {}
    for n, raw in enumerate(lines):
        line = raw.strip()
        unit = _bare_unit(line)
        kind = not unit and _BARE_KIND.fullmatch(line) is not None
        if not unit and not kind:
            continue
        nxt = next((k for k in range(n + 1, min(n + 4, len(lines))) if lines[k].strip()), None)
        if nxt is None:
            continue
        text = lines[nxt].strip()
        if len(text) >= 8 and not line_marker(text) and not _bare_unit(text) and not _NOT_DUTIES.search(text) \
                and not (leading_unit(text, groups=True) or colon_lead_unit(text)):
            out[n] = (unit or line, kind)
            out[nxt] = ("", False)
    return out


def unit_paragraphs(lines: list[str]) -> dict[int, str]:
    """Unnumbered paragraphs each led by a unit (``区住建局负责…`` / ``区委农办要…`` / ``规划分局负责…``):
    a division of work written without numbers. Only a run of such paragraphs, one after another,
    naming at least three units (two of them different) is a list of tasks; a lone paragraph naming a unit is prose. A
    paragraph led by a group (各乡镇要…) belongs to a run it stands in, and does not make one. Line →
    its unit."""
    out: dict[int, str] = {}
    run: dict[int, str] = {}
    colons = 0                              # paragraphs of the run whose unit stands before a colon
    kinds: set[int] = set()                 # paragraphs led by a kind of party (参建单位：…), as a group is
    members: set[int] = set()               # … of them, those led by an institution (镇卫生院：…)
    heads = bare_unit_heads(lines)          # (a body's name over its duties' paragraph; the paragraph: "")
    last = max((k for k, ln in enumerate(lines) if ln.strip()), default=-1)
    for n, raw in enumerate(lines + [""]):
        if n in heads and (heads[n][0] and not heads[n][1] or run):
            if heads[n][0]:
                run[n] = heads[n][0]
                kinds.update([n] if heads[n][1] else [])
            continue
        line = raw.strip().lstrip(_BULLETS).lstrip()        # (●市教育局:负责…: a bullet before the unit)
        unit = leading_unit(line, groups=True) or colon_lead_unit(line) \
            if line and len(line) >= 8 and not line_marker(line) else ""
        if not unit and run and n == last and (cut := _CUT_DUTY.fullmatch(line)):
            # (镇卫生院：负责 — the page ends inside the run's last paragraph: its unit and verb are printed)
            whole = cut.group(1) + "：负责有关工作。"
            unit = colon_lead_unit(whole)
            if not unit and (unit := colon_member_unit(whole)):
                kinds.add(n)
                members.add(n)
        if not unit and line and not line_marker(line) and (unit := colon_kind_unit(line) if run else "") \
                or not unit and line and not line_marker(line) and (unit := colon_member_unit(line)):
            kinds.add(n)            # (镇卫生院：… / 镇共青团、妇联：…: an institution's paragraph, as a kind's)
            members.update([n] if unit == colon_member_unit(line) else [])
        if unit:
            run[n] = unit
            colons += colon_lead_unit(line) == unit or n in kinds or n == last and _CUT_DUTY.fullmatch(line) is not None
            continue
        if not line and n < len(lines):
            continue                        # a blank line between paragraphs keeps the run
        # (镇农业办：负责… / 镇城建办：负责… / 各村（社区）：负责…: three paragraphs each headed by its unit and a
        # colon, as a numbered division of work is, make a list with two named units; two such paragraphs under
        # a heading are its division of duties, one item of both units: next17 x17_03 三/(二))
        named = [name for k, name in run.items() if not is_group(name) and k not in kinds]
        # (with an institution's paragraph among them, four: 镇防汛办：/ 镇派出所：/ 镇卫生院： under （二）职责分工
        # stay its division, one item — tests/test_parse_classes_p38d)
        least = 4 if members & run.keys() else 3
        if len(named) >= (2 if colons == len(run) >= least else 3) and len(set(named)) >= 2 \
                and not _item_lead_in(lines, min(run)):
            out.update(run)             # (轨道交通企业应当… ×3: one body's paragraphs, an article's text, no list)
        run, colons = {}, 0
    return out
