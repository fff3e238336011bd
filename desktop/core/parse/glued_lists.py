"""Lists under unnumbered headings, printed on one line with each heading glued to its first item (a document
site's page that lost its line breaks): 「乡镇防汛行政首长负责制1、乡(镇)长为…。2、…。6、…报告。防汛办主要职责1、贯彻…。
…9、…工作。防汛值班制度1、汛期实行…」 — each short heading (no punctuation, right after a stop or at the line's
start) glued to a 「1、」, its items 「2、」「3、」 … each after the stop that ends the one before, the numbers
restarting at 1 under the next heading (CONVENTIONS.md round 34: numbers inside one paragraph that run in order are
items; plans-dev 11: the unnumbered heading is the path's first element).

``split_glued_lists`` sets each heading and each item at a line start, as the page printed them; only where two
headings at least each hold a run of two items or more, in a line long enough to hold a page. ``list_headings``
finds the headings so set (a short unpunctuated line right over an item numbered 1, the list before it ended):
the outline's unnumbered sections where no 一、 numbers the text.

``page_glued_items`` mends one more thing such pages do, before the outline is read: it drops a page number glued to
a list's first item 「…一岗双责〞21、乡党委…。2、…」 (page 2, then 1、).
"""

from __future__ import annotations

import re
from functools import partial

from .heading_markers import line_marker

# an item's number: 1、 / 1. before a word (not 3.5, not 24 小时, not 1、2月)
_NUMBER = re.compile(r"(?<!\d)(?<!\d[.．])(\d{1,2})[ \t]*([、.．])(?=[ \t]*[\u4e00-\u9fff“《(（])")
# the stop that ends an item before the next number (a page's 「.」 too), blanks after it
_STOP = re.compile(r"[。；;！!？?.．][ \t\u3000]*$")
# a heading glued to its first item: short, words only (no number of its own 「(三)基本原则1.」), after a stop or at
# the line's start
# (its colon kept 「防汛办主要职责:1、」, or a blank before it)
_HEADING = re.compile(r"(?:^|(?<=[。；;！!？?.．\s]))[ \t\u3000]*(?![(（])([\u4e00-\u9fff（）()“”]{2,20})"
                      r"[ \t]*[:：]?[ \t]*$")
# how long one item of a glued list may run
_ITEM_SPAN = 3000
# how far before its 1、 a glued heading may start (its words, blanks and colon)
_NEAR_HEAD = 32
# a long line, one that holds a page (and one that holds two lists at least)
_LONG = 300
_LISTS_LONG = 150


def _runs(line: str) -> list[tuple[int, list[int]]]:
    """(where each glued heading starts, where each of its items starts) for the line's runs."""
    numbers = [(m.start(), int(m.group(1)), m.group(2)) for m in _NUMBER.finditer(line)]
    runs: list[tuple[int, list[int]]] = []
    k = 0
    while k < len(numbers):
        at, value, mark = numbers[k]
        head = _HEADING.search(line, max(0, at - _NEAR_HEAD), at) if value == 1 else None
        if head is None or (runs and head.start(1) < runs[-1][1][-1]):
            k += 1
            continue
        items, want = [at], 2
        j = k + 1
        while j < len(numbers):
            nat, nvalue, nmark = numbers[j]
            if nat - items[-1] > _ITEM_SPAN:
                break                   # (an item is a paragraph, not a page)
            if nvalue == want and nmark == mark and _STOP.search(line, max(items[-1], nat - 8), nat):
                items.append(nat)
                want += 1
            elif nvalue == 1 and _HEADING.search(line, max(items[-1], nat - _NEAR_HEAD), nat):
                break
            j += 1
        if len(items) >= 2:
            runs.append((head.start(1), items))
        k = j if len(items) >= 2 else k + 1
    return runs


def split_glued_lists(text: str) -> str:
    """``text`` with each glued heading and each item of its list (see the module) at a line start."""
    if "1" not in text:
        return text
    lines = text.split("\n")
    changed = False
    for n, line in enumerate(lines):
        if len(line) < _LISTS_LONG or line_marker(line.strip()) is not None:
            continue
        runs = _runs(line)
        if len(runs) < 2:
            continue
        cuts = sorted({at for head, items in runs for at in (head, *items)} - {0})
        pieces = [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
        lines[n] = "\n".join(p for p in pieces if p)
        changed = True
    return "\n".join(lines) if changed else text


_HEADING_LINE = re.compile(r"(?![(（])[\u4e00-\u9fff（）()“”]{2,20}[:：]?")


def list_headings(lines: list[str]) -> set[int]:
    """Short unpunctuated lines each right over an item numbered 1, item 2 after it: the headings of lists that
    restart at 1 — two of them at least, else none; none in a text numbered 一、 or （一）."""
    found: set[int] = set()
    if any((line_marker(ln.strip()) or (3,))[0] <= 2 for ln in lines if ln.strip()):
        return found                    # (short lines under （一） items are those items' own, no sections)
    for n, raw in enumerate(lines):
        line = raw.strip()
        if not _HEADING_LINE.fullmatch(line) or line_marker(line) is not None:
            continue
        nxt = next((k for k in range(n + 1, min(len(lines), n + 3)) if lines[k].strip()), None)
        mark = line_marker(lines[nxt].strip()) if nxt is not None else None
        if nxt is None or mark is None or mark[0] != 3 or mark[2] != 1:
            continue
        after = next((line_marker(ln.strip()) for ln in lines[nxt + 1:nxt + 4] if ln.strip()), None)
        if after is not None and after[0] == 3 and after[2] == 2:
            found.add(n)
    return found if len(found) >= 2 else set()


# a page number glued to a list's first item 「…一岗双责〞21、乡党委,…。2、党委…」 (page 2, then 1、): one digit run
# into 1、 after a word or a quote, items 2 and 3 after stops further on
_PAGE_GLUED_FIRST = re.compile(r"(?<=[^\d\s.．、,，:：])([1-9])(?=1([、.．])[\u4e00-\u9fff“《])")
_NEAR = 600


def page_glued_items(text: str) -> str:
    """``text`` with a page number glued to a list's first item (see ``_PAGE_GLUED_FIRST``) dropped for a blank
    「〞 1、」, so that 1、 is read as the item it is — in a long line, where no item numbered as the glued figure
    (21、) would go on a list before it, and 2、 and 3、 with the same mark follow it, each after a stop."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) >= _LONG and _PAGE_GLUED_FIRST.search(line):
            out.append(_PAGE_GLUED_FIRST.sub(partial(_set_apart, line), line))
        else:
            out.append(line)
    return "\n".join(out)


def _set_apart(line: str, m: re.Match[str]) -> str:
    page, mark, at = m.group(1), re.escape(m.group(2)), m.end() + 2
    if re.search(rf"(?<!\d){page}0{mark}", line[max(0, m.start() - 1500):m.start()]):
        return page                     # (…20、…。21、: item 21 going on)
    two = re.compile(rf"[。；;！!？?.．][ \t]*2{mark}").search(line, at, at + _NEAR)
    three = two and re.compile(rf"[。；;！!？?.．][ \t]*3{mark}").search(line, two.end(), two.end() + _NEAR)
    return " " if three else page       # (the page's number is chrome, round 40: a blank for it)
