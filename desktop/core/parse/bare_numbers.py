"""Item numbers that lost their mark (「2各级各类学校要组织…」 for 「2、各级…」): the digit run into the item's text.

``BARE_DIGIT`` reads such a number at a paragraph's start (``run_in_headings.bare_digit_items``). Inside a run-on line
(a document site's chunk line, a page copied without its breaks) the same number stands right after the units' bracket
that closes the item before it: 「…(责任单位:交管站、劝导站) 2切实加强专业队伍建设。…」 — ``bare_item`` reads it there,
as the next item in order (round 34: numbers running in order inside a line are items), so that ``split_inline`` sets
it on a line of its own. Only after a units' bracket, only the next number in order, never a count or a measure
(「(责任单位:各镇) 2个乡镇…」) nor a year.
"""

from __future__ import annotations

import re

from .marks import MEASURE_WORD

# a digit or two run into the item's text, not a count or a measure (2人 / 3层 / 12月 / 24小时内), nor a year (2024年)
BARE_DIGIT = re.compile(rf"(\d{{1,2}})(?![\d.．、]|[{MEASURE_WORD}])"
                        r"(?![\u4e00-\u9fff]{0,7}(?:以内|之内|以上|以下|左右))"
                        r"(?=[\u4e00-\u9fff“《])")
# the units' bracket that closes the item before: (责任单位:A、B) / （牵头单位：A）, then at most a space
_UNITS_CLOSED = re.compile(r"[(（](?:责任|牵头|配合|主办|协办|承办)(?:单位|部门)\s*[:：][^()（）\n]{2,120}[)）]"
                           r"[ \t\u3000]*$")
# the item's own text runs on to a sentence's end
_SENTENCE_END = re.compile(r"[^\n]{4,200}?[。；;]")


def bare_item(text: str, i: int, want: int) -> int | None:
    """Where the bare number ``want`` at ``text[i]`` ends, when it opens the next item of a run-on line (see the
    module); else None."""
    m = BARE_DIGIT.match(text, i)
    if m is None or int(m.group(1)) != want or i > 0 and text[i - 1].isdigit():
        return None
    if _UNITS_CLOSED.search(text, max(0, i - 160), i) is None or _SENTENCE_END.match(text, m.end()) is None:
        return None
    return m.end()


def bare_second(text: str, start: int, stop: int) -> bool:
    """A bare item 2 stands after a units' bracket between ``start`` and ``stop`` (a list's first item run into its
    heading, its second item's mark lost)."""
    return any(bare_item(text, m.end() - 1, 2) is not None
               for m in _BRACKET_TWO.finditer(text, start, stop))


_BRACKET_TWO = re.compile(r"[)）][ \t\u3000]*2")
