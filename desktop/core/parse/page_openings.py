"""A page opening's first lines as a paged copy prints them: a site's list number before the plan's title, the
paragraphs of a first sub-item whose heading the page lost, and a later page that opens at item N.

- 「1. 某镇地质灾害防治工作实施方案」 over the site's posting lines and the same title again, unnumbered: the number is
  the site's list of articles, no item of the plan (``site_list_number``).
- A page that opens inside the plan's first part: the title lines, then paragraphs, then 「（二）…」「（三）…」: the
  paragraphs before 「（二）」 are item （一） (the page lost its heading; CONVENTIONS.md round 37), read so where no
  other number stands before 「（二）」 and the paragraphs are no preamble (为…／根据…／…如下：)
  (``lost_first_bracket``); so too the paragraphs of work between a section's short heading and its first 「（二）」
  further on (``_lost_under_heading``).
- A later page under a content site's paged title 「…活动方案范文有没有?( 五 )」 (``PAGED_TITLE``) opening at 「2、…」,
  each item a heading line over its paragraph: the list goes on where the next numbered lines continue its numbers
  (``numbered_on``; text_ends' ``page_starts_mid_list`` asks it).
"""

from __future__ import annotations

import re

from .heading_markers import line_marker

# a numbered line's mark at its start (一、 / （一） / 1. / 1、: heading_markers' grammar), or a bracket whose opening
# half the page lost 「一)」「2）」
_HALF_MARK = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十\d]{1,3}\s*[)）]")


# the closing half of the number the page lost, left at the paragraph's start (「）严把源头关…」): the number's, gone
_BARE_CLOSE = re.compile(r"^[)）](?=[\u4e00-\u9fff“《])")


def _marked(line: str) -> bool:
    return line_marker(line.strip()) is not None or _HALF_MARK.match(line) is not None
_SECOND = re.compile(r"^[ \t\u3000]*[(（]\s*二\s*[)）]")
_THIRD = re.compile(r"^[ \t\u3000]*[(（]\s*三\s*[)）]")
# a paragraph of work: a sentence ended, no lead-in and no preamble's opening words
_PARAGRAPH = re.compile(r"[。！!]\s*$")
_PREAMBLE = re.compile(r"^[ \t\u3000]*(?:为|為|根据|根據|按照|依据|现将|現將|经研究|經研究|近日|近期)"
                       r"|(?:如下|通知|方案)\s*[:：]|制定本|特制定|特制订")
# the plan's title a site lists under its own number 「1. 村镇…工作实施方案」
_TITLE = re.compile(r"[^。；;，,:：]{4,40}(?:方案|计划|計劃|要点|要點|意见|意見|措施|办法|辦法|细则|細則|规划|規劃)")
_LIST_NUMBER = re.compile(r"^([ \t\u3000]*)\d{1,2}[.．、]\s*(?=\S)")


def lost_first_bracket(text: str) -> str:
    """``text`` with 「（一）」 before the paragraphs that stand between its title lines and its first 「（二）」, or
    between a section's heading and its first 「（二）」 (``_lost_under_heading``)."""
    if "二" not in text:
        return text
    lines = text.split("\n")
    first = next((n for n, ln in enumerate(lines) if _marked(ln)), None)
    if first is None or not _SECOND.match(lines[first]):
        return _lost_under_heading(lines) or text
    nxt = next((ln for ln in lines[first + 1:] if _marked(ln) and re.match(r"^[ \t\u3000]*[(（]", ln)), "")
    if not _THIRD.match(nxt):
        return text
    filled = [n for n in range(first) if lines[n].strip()]
    run: list[int] = []
    for n in reversed(filled):
        if not _PARAGRAPH.search(lines[n]) or len(lines[n].strip()) < 15:
            break
        run.insert(0, n)
    if not run or any(_PREAMBLE.search(lines[n]) for n in run) \
            or any(re.search(r"[。；;]", lines[n]) for n in filled if n < run[0]):
        return text
    at = run[0]
    lead = len(lines[at]) - len(lines[at].lstrip())
    lines[at] = lines[at][:lead] + "（一）" + _BARE_CLOSE.sub("", lines[at][lead:], count=1)
    return "\n".join(lines)


# a section's heading line 「三、活动内容」: its number, then a short name with no sentence in it
_SECTION = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}[、．.][^。；;，,:：\n]{2,20}[。]?\s*$")
_ANY_BRACKET = re.compile(r"[(（]\s*([一二三四五六七八九十]{1,3})\s*[)）]")


def _lost_under_heading(lines: list[str]) -> str | None:
    """The text with 「（一）」 before the paragraphs of work between a section's short heading 「三、活动内容」 and its
    first numbered line 「（二）…」 (the page lost the first item's number; CONVENTIONS.md round 37: an unnumbered
    paragraph before 「(二)」 under one heading is item (一)) — each paragraph a sentence ended, none a lead-in or a
    preamble; not where the bracket numbers run on across sections (the last one before the heading is 「（一）」)."""
    out = list(lines)
    changed = False
    for n, line in enumerate(lines):
        if not _SECTION.match(line) or _ANY_BRACKET.search(line):
            continue            # (「三、活动内容（一）宣传发动。」: the first item is run into the heading, not lost)
        nxt = next((m for m in range(n + 1, len(lines)) if _marked(lines[m])), None)
        if nxt is None or not _SECOND.match(lines[nxt]):
            continue
        run = [m for m in range(n + 1, nxt) if lines[m].strip()]
        if not run or any(not _PARAGRAPH.search(lines[m]) or len(lines[m].strip()) < 15
                          or _PREAMBLE.search(lines[m]) for m in run):
            continue
        before = [b.group(1) for ln in lines[:n] for b in _ANY_BRACKET.finditer(ln)]
        if before and before[-1] == "一":
            continue
        at = run[0]
        lead = len(lines[at]) - len(lines[at].lstrip())
        out[at] = lines[at][:lead] + "（一）" + _BARE_CLOSE.sub("", lines[at][lead:], count=1)
        changed = True
    return "\n".join(out) if changed else None


def site_list_number(text: str) -> str:
    """``text`` without the site's number before the plan's title where the title stands again, unnumbered, below it
    and no other numbered line or 附件 line comes first."""
    lines = text.split("\n")
    first = next((n for n, ln in enumerate(lines) if _marked(ln) or "附件" in ln), None)
    if first is None or (m := _LIST_NUMBER.match(lines[first])) is None:
        return text
    title = lines[first][m.end():].strip()
    if not _TITLE.fullmatch(title):
        return text
    again = next((n for n in range(first + 1, min(len(lines), first + 20)) if lines[n].strip() == title), None)
    if again is None or any(_marked(ln) for ln in lines[first + 1:again]):
        return text
    lines[first] = m.group(1) + title
    return "\n".join(lines)


# (a content site's page of a plan's article, its page number in brackets: 学雷锋日活动方案范文有没有?( 五 ))
# (or a pledge's page under its title 「乡安全生产目标责任书(2)」: page 2 of the piece, as a 范文 site numbers it)
PAGED_TITLE = re.compile(r"[^。；;，,:：]{2,40}(?:方案|计划|责任书|责任状)[^。；;，,:：]{0,12}"
                         r"[(（]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[)）]$")


def numbered_on(lines: list[str], n: int, found: tuple[int, str, int, int], more: int) -> bool:
    """The next ``more`` numbered lines after line ``n`` go on from its number at its level, each over at most two
    paragraphs of its own, none of them a lead-in (…如下:)."""
    value, between = found[2], 0
    for ln in lines[n + 1:]:
        if not (line := ln.strip()):
            continue
        marker = line_marker(line)
        if marker is None:
            between += 1
            if between > 2 or line.endswith((":", "：")):
                return False
            continue
        if marker[0] != found[0] or marker[2] != value + 1:
            return False
        value, between = value + 1, 0
        if value - found[2] == more:
            return True
    return False


def runs_into_section(lines: list[str], n: int, found: tuple[int, str, int, int]) -> bool:
    """The numbered run from line ``n`` goes on number by number at its level (whatever paragraphs lie between) to
    a heading of a higher level numbered 2 or later (「6、…」…「10、…」 then 「二、主要工作措施」): the run closes a
    section whose heading is not in the text."""
    value = found[2]
    for ln in lines[n + 1:]:
        if not (line := ln.strip()) or (marker := line_marker(line)) is None:
            continue
        if marker[0] == found[0] and marker[2] == value + 1:
            value += 1
            continue
        return marker[0] < found[0] and marker[2] >= 2
    return False
