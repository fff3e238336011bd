"""Slogans listed under an item 「2、…制作横幅…。横幅内容:⏎(一)坚持科学补碘,预防碘缺乏病!(卫生局)⏎(二)…!(广电局)」:
numbered lines that are the item's text (what the banners say), not items of their own (Round 50 rulings on
x235_05's RULING? 3: the slogans are a list, the item's text). A slogan is one exclamation, with at most the body
that puts it up in brackets after it; the run starts right after a line that announces it with a colon and goes on
while its lines are slogans (the page may cut the last one short)."""

from __future__ import annotations

import re

# one exclamation 「坚持科学补碘,预防碘缺乏病!」 and the body in brackets after it 「(卫生局)」
_SLOGAN = re.compile(r"^[^。；;：:！!]{4,40}[！!]\s*(?:[（(][^（）()]{1,16}[)）])?\s*$")
# a slogan the page cut short 「(十四)科学」 after the run
_CUT = re.compile(r"^[^。；;：:，,！!（）()]{1,12}$")


def slogan_line(rest: str, before: list[str]) -> bool:
    """The numbered line whose text after its number is ``rest`` is a slogan of the item whose body lines so far are
    ``before``: it comes right after the item's colon or another slogan."""
    if not before:
        return False
    last = before[-1].rstrip()
    if last.endswith((":", "：")):
        return _SLOGAN.match(rest) is not None
    if _SLOGAN.match(re.sub(r"^[（(][一二三四五六七八九十\d]{1,3}[)）]", "", last)):
        return _SLOGAN.match(rest) is not None or _CUT.match(rest) is not None
    return False
