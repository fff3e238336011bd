"""Run-in ordinals 「一是…二是…三是…」 (or 「一要…二要…」) that are a section's only structure and divide its work
among leads (CONVENTIONS.md round 36): under a point 一、 printed as a short heading alone on its line, with no
numbered item of its own, the paragraphs 「一是由区安监局牵头,…」「二是由交警大队牵头,…」 — or one paragraph
「各部门要高度重视…。一是由区安监局牵头,…;二是由交警大队牵头,…」 — are its items. Each ordinal is set at a line
start as the item number it stands for (（一）, （二） …; its 是 dropped), the words before the first one staying the
section's paragraph.

Only a run that goes in order from 一 (two ordinals at least, one word 是 or 要 throughout), each at a paragraph's
start or after a stop, and whose run-ins hand their work to leads of their own (由A牵头 / A负责, / 牵头单位:A): two
different leads at least, named in half the run-ins or more. Run-ins all of one doer, or of none (「一是开展“全城
清洁”行动。…二是治理施工工地…」), are the parts of one task and stay as written; so does an ordinal again out of
order. 「一是…二是…」 inside a numbered item's paragraph — a point whose line holds its own sentences
(「三、办理建议提案要讲求实效。…一是…」), or an item （一）／1. — are that item's text (one task), and stay so.

A plan that numbers nothing on its lines but writes its points as paragraphs 「一是成立活动领导小组。…」
「二是举办…活动。…」「三是…」 — each ordinal opening its paragraph, in order from 一, three at least —
numbers its items so (round 36: run-in numbers are item numbers; the bare numeral is the path): each is
set as the point it stands for (一、, 二、 …), the paragraphs after one its body. Two only (「一是加强组织
领导。…二是明确目标任务。…」, a notice's two aims), or a plan with numbered lines of its own, stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .heading_markers import line_marker

_CN = "一二三四五六七八九十"
# an ordinal at a paragraph's start or after a stop, before a word: 一是开展… / ;二是由…
# — or after a comma where a meeting's or a notice's word that announces its points stands before it (「会议要求,一要…」
# 「会议强调，一是…」: the comma does the colon's work)
_ORDINAL = re.compile(rf"(?:^|(?<=[。；;！!？?:：])|(?<=要求[,，])|(?<=强调[,，])|(?<=指出[,，])|(?<=提出[,，]))"
                      rf"[ \t\u3000]*([{_CN}])([是要])(?=[\u4e00-\u9fff“《（(])")
# a point's heading alone on its line: short, no sentence of its own
_SHORT = 30


def _heading_only(line: str, end: int) -> bool:
    rest = line[end:].strip()
    return 0 < len(rest) <= _SHORT and not re.search(r"[。；;！!？?]", rest)


def _run(lines: list[str], lo: int, hi: int) -> list[tuple[int, int, int]]:
    """(line, where, how long the ordinal's mark is) of each ordinal of the section ``lines[lo:hi]``, in order
    from 一 and divided among leads (see the module); [] where they do not run so."""
    found: list[tuple[int, int, int]] = []
    word = ""                           # (是 or 要, one for the whole run)
    for n in range(lo, hi):
        for m in _ORDINAL.finditer(lines[n]):
            value = _CN.index(m.group(1)) + 1
            word = word or m.group(2)
            if value != len(found) + 1 or m.group(2) != word:
                return []
            found.append((n, m.start(1), m.end() - m.start(1)))
    if len(found) < 2:
        return []
    # each run-in hands its work to a lead of its own (由A牵头 / 牵头单位:A): a division of the section's work —
    # run-ins all of one doer, or of none, are the parts of one task (round 36)
    starts = [(n, at) for n, at, _size in found]
    ends = [*starts[1:], (hi - 1, len(lines[hi - 1]))]
    leads = [_lead(_span(lines, a, b)) for a, b in zip(starts, ends, strict=True)]
    named = [x for x in leads if x]
    return found if len(named) >= 2 and 2 * len(named) >= len(leads) and len(set(named)) >= 2 else []


# the lead a run-in names: 「由A牵头」「A牵头,」「县牵头单位:A」
_LEAD = re.compile(r"由([\u4e00-\u9fff（）()]{2,20}?)(?:牵头|负责)"
                   r"|牵头(?:单位|部门)\s*[:：]\s*([\u4e00-\u9fff（）()]{2,20})"
                   r"|^[一二三四五六七八九十][是要]([\u4e00-\u9fff（）()]{2,16}?)(?:牵头|负责)[,，]")


def _lead(text: str) -> str:
    m = _LEAD.search(text)
    return next((g for g in m.groups() if g), "") if m else ""


def _span(lines: list[str], a: tuple[int, int], b: tuple[int, int]) -> str:
    """The text from line/column ``a`` to line/column ``b``."""
    if a[0] == b[0]:
        return lines[a[0]][a[1]:b[1]]
    return "\n".join([lines[a[0]][a[1]:], *lines[a[0] + 1:b[0]], lines[b[0]][:b[1]]])


# a paragraph opened by its run-in ordinal 「一是成立…」 (the plan's own point, where nothing is numbered)
_OPENING = re.compile(rf"^[ \t\u3000]*([{_CN}])是(?=[\u4e00-\u9fff“《（(])")


def _paragraph_points(lines: list[str], marks: Sequence[object]) -> list[str] | None:
    """``lines`` with the run-in ordinals that open the paragraphs of a plan numbering nothing set as its points
    一、 二、 … (see the module), or None where the plan is not so written."""
    if any(m is not None for m in marks):
        return None
    opened = [(n, m) for n, ln in enumerate(lines) if (m := _OPENING.match(ln))]
    if len(opened) < 3 or [_CN.index(m.group(1)) + 1 for _n, m in opened] != list(range(1, len(opened) + 1)):
        return _run_in_points(lines)
    out = list(lines)
    for n, m in opened:
        out[n] = f"{m.group(1)}、{lines[n][m.end():]}"
    return out


# a line numbered some way the outline does not read as a point 「1.1 人工监管」「2 党建引领」「第三条」: the text
# numbers its work on its lines, and a run inside one of them is that item's text
_NUMBERED = re.compile(r"^[ \t\u3000]*(?:\d{1,2}(?:[.．]\d{1,2})*(?:[.、．]|[ \t\u3000]+\S)"
                       r"|[（(][一二三四五六七八九十\d]{1,3}[)）]"
                       r"|[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十百]+[条章])")
# a run-in ordinal's point that states an aim, not work 「一是为了…」 (round 49)
_AIM = re.compile(r"为了|旨在|目的")
_AIMS_LEAD = re.compile(r"(?:旨在|目的|目标)(?:是|为|有)?[：:]\s*$")    # 「此次活动旨在：一是…」「…的目的：一是…」


def _run_in_points(lines: list[str]) -> list[str] | None:
    """``lines`` with the one run of ordinals 「…。一要加强组织领导。…二要加强统筹协调。…」 of a text that numbers
    nothing set as its points 一、 二、 … (two at least, in order from 一, one word 是 or 要 throughout, each at a
    paragraph's start or after a stop; the words before the first stay as written), or None: a notice that is the
    plan itself, its requirements run into its paragraphs (Round 64 rulings: q08; how many members a run has is no
    test). A second run (the ordinals start again from 一), a run whose points state aims 「一是为了…」 (round 49)
    or whose lead-in announces aims 「此次活动旨在：一是…」 (rv54p),
    a run whose first ordinal opens its paragraph (「一是…」「二是…」 as paragraphs: three at least, above), and a text
    with numbered lines of its own, stay as written."""
    found: list[tuple[int, re.Match[str]]] = []
    for n, ln in enumerate(lines):
        for m in _ORDINAL.finditer(ln):
            if _CN.index(m.group(1)) + 1 != len(found) + 1 or (found and m.group(2) != found[0][1].group(2)):
                return None
            found.append((n, m))
    lead = lines[found[0][0]][:found[0][1].start(1)] if found else ""
    if len(found) < 2 or any(_AIM.match(lines[n][m.end():]) for n, m in found) \
            or not lead.strip() or _AIMS_LEAD.search(lead) or any(_NUMBERED.match(ln) for ln in lines):
        return None
    cuts: dict[int, list[re.Match[str]]] = {}
    for n, m in found:
        cuts.setdefault(n, []).append(m)
    out: list[str] = []
    for n, line in enumerate(lines):
        if n not in cuts:
            out.append(line)
            continue
        ms = cuts[n]
        if line[:ms[0].start(1)].strip():
            out.append(line[:ms[0].start(1)].rstrip())      # (the paragraph's own words before its first ordinal)
        for m, nxt in zip(ms, [*(x.start(1) for x in ms[1:]), len(line)], strict=True):
            out.append(f"{m.group(1)}、{line[m.end():nxt].strip()}")
    return out


def _bare_sections(lines: list[str], marks: Sequence[tuple[int, str, int, int] | None]) -> list[tuple[int, int]]:
    """(heading line, end) of each point 一、 printed as a short heading alone on its line with no numbered item of its
    own under it."""
    tops = [n for n, m in enumerate(marks) if m is not None and m[0] == 1]
    out: list[tuple[int, int]] = []
    for k, top in enumerate(tops):
        end = tops[k + 1] if k + 1 < len(tops) else len(lines)
        found = marks[top]
        assert found is not None
        if _heading_only(lines[top].strip(), found[3]) and not any(m is not None for m in marks[top + 1:end]):
            out.append((top, end))
    return out


def ordinal_items(lines: list[str]) -> list[str]:
    """``lines`` with the run-in ordinals of each section (see the module) set at line starts as （一）, （二) …."""
    if not any("二是" in ln or "二要" in ln for ln in lines):
        return lines
    marks = [line_marker(ln.strip()) for ln in lines]
    if (points := _paragraph_points(lines, marks)) is not None:
        return points
    cuts: dict[int, list[tuple[int, int]]] = {}
    for top, end in _bare_sections(lines, marks):
        for n, at, size in _run(lines, top + 1, end):
            cuts.setdefault(n, []).append((at, size))
    if not cuts:
        return lines
    out: list[str] = []
    for n, line in enumerate(lines):
        if n not in cuts:
            out.append(line)
            continue
        starts = [at for at, _size in cuts[n]]
        if line[:starts[0]].strip():
            out.append(line[:starts[0]].rstrip())      # (the section's own words before its first ordinal)
        for (at, size), nxt in zip(cuts[n], [*starts[1:], len(line)], strict=True):
            out.append(f"（{line[at]}）{line[at + size:nxt].strip()}")
    return out


# a procedure's step at its line's start 「第一步:1月19日由班主任负责…」「第二步:经…仍未返校的,由学校…」
_STEP = re.compile(rf"^[ \t\u3000]*第([{_CN}])步[ \t\u3000]*[:：，,、]?[ \t\u3000]*(?=[\u4e00-\u9fff\d“《（(])")
# a step the schedule reads as a stage: a short name and its dates in a bracket 「第一步，宣传发动（2025年3月）」, or a
# window of days right after the count 「第一步:2019年4月1日--4月10日,申报…」
_STAGE_STEP = re.compile(r"^[\u4e00-\u9fff]{2,10}?\s*[(（][^()（）]{0,30}\d\s*月"
                         r"|^[^，,。；;]{0,16}\d\s*日?\s*(?:至|到|—|－|-|~)")


def step_items(lines: list[str]) -> list[str]:
    """``lines`` with a procedure's steps 「第一步:…」「第二步:…」 set as the items （一）, （二） … of the point above
    them (round 42: dated steps of one procedure are tasks): each step opening its line, in order from 第一步 (two at
    least), under a point 一、 printed as a short heading alone on its line with no numbered item of its own. Steps
    the schedule reads as stages (a name and its dates in a bracket, a window of days after the count) stay as
    written."""
    if not any("第二步" in ln for ln in lines):
        return lines
    out = list(lines)
    for top, end in _bare_sections(lines, [line_marker(ln.strip()) for ln in lines]):
        steps = [(n, m) for n in range(top + 1, end) if (m := _STEP.match(lines[n]))]
        if len(steps) < 2 or [_CN.index(m.group(1)) + 1 for _n, m in steps] != list(range(1, len(steps) + 1)) \
                or any(_STAGE_STEP.match(lines[n][m.end():]) for n, m in steps):
            continue
        for n, m in steps:
            out[n] = f"（{m.group(1)}）{lines[n][m.end():]}"
    return out
