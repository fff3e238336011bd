"""Items numbered inside one paragraph (CONVENTIONS.md round 34): 「成员单位主要职责是：（1）A负责…。（2）B负责…；
（3）…」 or 「…落实如下工作：1.对…复核…。2.由A责令…。3.…」 — a paragraph that is no numbered item itself, its
numbers running in order from 1 after a colon that announces duties or work, each after the stop that ends the one
before. Each number is set at a
line start, as if the plan had printed it there, so that it is read as an item of the section the paragraph stands
in; the words before the first number stay the paragraph. Numbers that do not run so (「1+2+22」, 「第3条」, a 「2.」
with no 「1.」 before it) are text."""

from __future__ import annotations

import re

from .heading_markers import line_marker
from .normalise import cn_to_int

# a number of the list: （1） / (1), or 1. / 1、 before a word (not 3.5%, not 1+2, not 第3条)
_NUMBER = re.compile(r"(?:[（(](\d{1,2})[)）]|(?<![\d.．第])(\d{1,2})[.．、](?![\d.．]))(?=[\u4e00-\u9fff“《（(])")
# what stands before the list's first number (its lead-in's colon) and before each later one (the stop that ends
# the item before)
_BEFORE_FIRST = "：:"
_BEFORE_NEXT = "。；;：:"
# the lead-in announces duties or work (成员单位主要职责是： / 落实如下工作： / 主要任务有：), not a list of things
# (档案资料包括：
# / 重点引入推广： / 排查：, a paragraph's own list)
# (or a clause that sets the work going: 「重点开展“四个一”宣传：」「着力抓好以下几项：」)
_LEAD_IN = re.compile(r"(?:(?:职责|工作|任务|措施|做法)(?:是|为|有|如下)?|(?:开展|做好|抓好|落实)[^。；;：:，,]{0,16}"
                      # (「…负责组织实施以下…工作，具体包括：」: the work's parts, round 44)
                      r"|工作[，,](?:具体|主要)包括)[:：]$")
# (its longest match is 19 characters and it has no ^: searched in the few dozen before the number, not from the line's
# start — from the start every （一） after a colon read the line again, quadratic on a long run-in line, rv55 F7)
_LEAD_IN_REACH = 24
# (…and an article's items run in after it, the original paragraphs joined by blanks 「…具体职责如下： （一）牵头审核…；
# （二）指导协调…； （三）…」: numbered （一） on, each after a stop and the blank)
_CN_NUMBER = re.compile(r"(?<=[。；;：:])[ \t\u3000]*[（(]([一二三四五六七八九十]{1,2})[)）](?=[\u4e00-\u9fff“《])")
_CN = "一二三四五六七八九十"


def _cn_cuts(line: str) -> list[int]:
    """Where an article's （一）, （二） … items run in one line start, in order from （一） after a lead-in of
    duties or work (``_LEAD_IN``) and each after a stop; [] where they do not run so."""
    cuts: list[int] = []
    for m in _CN_NUMBER.finditer(line):
        value = _CN.find(m.group(1)) + 1 if len(m.group(1)) == 1 else 0
        at = m.start() + len(m.group()) - len(m.group().lstrip(" \t\u3000"))
        if not cuts and value == 1 and line[m.start() - 1] in _BEFORE_FIRST \
                and _LEAD_IN.search(line, max(0, m.start() - _LEAD_IN_REACH), m.start()):
            cuts = [at]
        elif cuts and value == len(cuts) + 1 and line[m.start() - 1] in _BEFORE_NEXT:
            cuts.append(at)
        elif cuts and value == 1:
            break
    return cuts if len(cuts) >= 2 else []


def _cuts(line: str) -> list[int]:
    """Where the line's in-paragraph items start, in order from 1, each of one style; [] where they do not run."""
    for first in _NUMBER.finditer(line):
        value = first.group(1) or first.group(2)
        if value != "1" or first.start() == 0 or line[first.start() - 1] not in _BEFORE_FIRST \
                or not _LEAD_IN.search(line, max(0, first.start() - _LEAD_IN_REACH), first.start()):
            continue
        if len(cuts := _run(line, first)) >= 2:
            return cuts
    return []


def _run(line: str, first: re.Match[str]) -> list[int]:
    """Where the items numbered on from ``first`` (a 1) start: each later number of its style after a stop, in order."""
    bracket = first.group(1) is not None
    mark = "" if bracket else line[first.end(2)]
    cuts, want = [first.start()], 2
    for m in _NUMBER.finditer(line, first.end()):
        if (m.group(1) is not None) != bracket or (not bracket and line[m.end(2)] != mark) \
                or line[m.start() - 1] not in _BEFORE_NEXT:
            continue
        number = int(m.group(1) or m.group(2))
        if number == 1:
            break                   # (a list of its own further on)
        if number == want:
            cuts.append(m.start())
            want += 1
    return cuts


# an article's number with its text's list right after it 「第二条1.镇(街道)负责…;2.县公安局负责…;3.…」
_ARTICLE_HEAD = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}条\s*")


def _article_cuts(line: str) -> list[int]:
    """An article whose whole text is a list numbered from 1, its 1. right after the article's number (no lead-in:
    the article's number heads it): where the article's number ends and each item starts; [] otherwise."""
    head = _ARTICLE_HEAD.match(line)
    first = _NUMBER.match(line, head.end()) if head else None
    if head is None or first is None or (first.group(1) or first.group(2)) != "1":
        return []
    cuts = _run(line, first)
    return cuts if len(cuts) >= 2 else []


# a numbered item's short label and its colon, the first bracketed number right after it 「1、邀请座谈活动:(1)…」
_LABEL_FIRST = re.compile(r"[^。；;，,：:！？（()）]{2,12}[:：][（(]1[)）]")
# (or, on a page whose numbered lines are its top level — no 一、 or （一） over them — its field's short name closed
# by a full stop 「1、经济发展。(1)…」: not a procedure's step 「1.提出申请。（1）…」 under its part 「（五）…处置」)
_NAME_FIRST = re.compile(r"[\u4e00-\u9fff]{2,8}。[（(]1[)）]")
# (a bracketed number there may open with its date 「(2)3月23日邀请…」)
_BRACKETED = re.compile(r"[（(](\d{1,2})[)）](?=[\u4e00-\u9fff\d“《])")


def _labelled_cuts(line: str, end: int, top: bool = False) -> list[int]:
    """A numbered line 「1、邀请座谈活动:(1)3月18日邀请…。(2)3月23日邀请…」 whose label (after the number ending at
    ``end``) runs straight into its (1), (2) … each after the stop ending the one before: where they start; [] where
    they do not run (a (1) alone, a (1) further on in a sentence). ``top``: the line's number is the page's top
    level (``_NAME_FIRST`` read too)."""
    m = _LABEL_FIRST.match(line, end) or (_NAME_FIRST.match(line, end) if top else None)
    if m is None:
        return []
    cuts, want = [m.end() - 3], 2
    for n in _BRACKETED.finditer(line, m.end()):
        if line[n.start() - 1] not in _BEFORE_NEXT:
            continue
        if int(n.group(1)) == want:
            cuts.append(n.start())
            want += 1
    return cuts if len(cuts) >= 2 else []


def _run_on_cuts(line: str, marker: tuple[int, str, int, int]) -> list[int]:
    """A line numbered 「1、」 whose next numbers 「2、」「3、」 run on in it, each right after a stop or a colon
    and before a word 「1、…成立…领导小组:组长:成员:保洁员:2、明确职责,…」: where each later item starts (the page
    lost the line breaks; round 34, Round 83's x314_11 二/(一)); [] where none runs on."""
    kind, _num, value, end = marker
    if kind != 3 or line[end - 1] != "、":
        return []
    cuts: list[int] = []
    for m in re.finditer(r"(?<=[。；;：:])(\d{1,2})、(?=[\u4e00-\u9fff“《])", line):
        if int(m.group(1)) == value + len(cuts) + 1:
            cuts.append(m.start())
    return cuts


def split_paragraph_items(lines: list[str]) -> list[str]:
    """``lines`` with each paragraph's in-paragraph items (see the module) on lines of their own; and a numbered
    line's (1) (2) items run on after its label (``_labelled_cuts``)."""
    out: list[str] = []
    top = not any((found := line_marker(ln.strip())) is not None and found[0] <= 2 for ln in lines if ln.strip())
    for raw in lines:
        line = raw.strip()
        marker = line_marker(line) if len(line) >= 30 else None
        if marker is not None and (cuts := _labelled_cuts(line, marker[3], top and marker[0] == 3)):
            out.extend(line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True))
            continue
        if marker is not None and (cuts := _article_cuts(line) or _run_on_cuts(line, marker)):
            out.extend(line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True))
            continue
        if len(line) < 30 or marker is not None or "：" not in line and ":" not in line:
            out.append(raw)
            continue
        cuts = _cuts(line) or _cn_cuts(line)
        if not cuts:
            out.append(raw)
            continue
        out.extend(line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True))
    return out


# a Chinese number a one-line page marks with a comma or a stop for 、 (「本方案.一,总体要求。」「。二。工作目标、」):
# after a stop, a comma or a blank, before a word or a figure
_ODD_MARK = re.compile(r"(?<=[。.．,，\s])([一二三四五六七八九十])\s*[,，。.．](?=\s*[\u4e00-\u9fff\d])")
_CN = "一二三四五六七八九十"
# … or with a bare blank, on a page whose text layer lost all its punctuation (「…稳定向好 二 主要内容 2019 年…」)
_BARE_MARK = re.compile(r"(?<=\s)([一二三四五六七八九十])\s+(?=[\u4e00-\u9fff])")
_PUNCTUATION = re.compile(r"[。，,；;：:、！？]")


def one_line_numbers(text: str) -> str:
    """A page printed on one line whose headings are marked 「一,」「二。」 (its punctuation changed), or 「一 」 with a
    blank where the line has no punctuation at all (lost with the PDF's text layer): the
    numbers that run in order from 一 are its points (written 一、), a 一 again under a point the start of that
    point's items (written （一）, going on in order), each set at a line start; any other such number is text.
    Only in a text with no numbered line, one line of it long enough to hold the page."""
    lines = text.split("\n")
    long = [n for n, ln in enumerate(lines) if len(ln) >= 400]
    if len(long) != 1 or any(line_marker(ln.strip()) for ln in lines if ln.strip()):
        return text
    line = lines[long[0]]
    top = sub = 0
    marks: list[tuple[int, int, str]] = []
    for m in (_BARE_MARK if not _PUNCTUATION.search(line) else _ODD_MARK).finditer(line):
        value = _CN.index(m.group(1)) + 1
        if value == top + 1:
            top, sub = value, 0
            marks.append((m.start(), m.end(), f"{m.group(1)}、"))
        elif top and value == sub + 1:
            sub = value
            marks.append((m.start(), m.end(), f"（{m.group(1)}）"))
    if top < 2:
        return text
    out, at = [], 0
    for start, end, mark in marks:
        out.extend([line[at:start].rstrip(), "\n", mark])
        at = end
    out.append(line[at:])
    lines[long[0]] = "".join(out)
    return "\n".join(lines)


# a point whose 、 a site's rewrite printed as a full stop, on a line of its own with its short heading (「七。活動」
# after 「四、活動時間」): the number must go on past every point marked 、 above it
_STOP_POINT = re.compile(r"^([ \t　]*)([一二三四五六七八九十]{1,3})。[ \t　]*([\u4e00-\u9fff“”]{2,12})[ \t　]*$")
_COMMA_POINT = re.compile(r"^[ \t　]*([一二三四五六七八九十]{1,3})、")


def stop_marked_points(text: str) -> str:
    """``七。活動`` read as ``七、活動`` in a plan whose points are numbered 一、 (two of them or more above it), when
    its number is above theirs; a 「三。」 in a plan with no such points, a number not above them, or one followed by a
    sentence, is left as it is."""
    if "。" not in text:
        return text
    lines = text.split("\n")
    seen, top = 0, 0
    changed = False
    for n, line in enumerate(lines):
        m = _COMMA_POINT.match(line)
        if m:
            value = cn_to_int(m.group(1)) or 0
            seen, top = seen + 1, max(top, value)
            continue
        m = _STOP_POINT.match(line)
        if m and seen >= 2 and (cn_to_int(m.group(2)) or 0) > top:
            lines[n] = f"{m.group(1)}{m.group(2)}、{m.group(3)}"
            seen, top = seen + 1, cn_to_int(m.group(2)) or top
            changed = True
    return "\n".join(lines) if changed else text
