"""Items run together inside one line (a document site's chunk lines, a page copied without its line breaks):
the page's own marks that the copy left in an odd place.

* A number split by a stray space: 「…责任单位:市人武部十 三、开展…」 — the 「十」 before 「三、」 is the next number's
  start (CONVENTIONS.md, round 38 rulings): written 「十三、」, so that the run-in item is read in order.
* An item's fields glued to its name: 「二、开展军地青年联谊活动时间:8月份 责任单位:团市委」 — the item's name, then its
  「时间:」 field with no stop or break before it, then its units label: the time field is set on a line of its own,
  as the page printed it, and the units label after the time on one of its own (「时间:6-8月份责任单位:…」), so that
  the fields are read as the item's (round 35 field blocks).
"""

from __future__ import annotations

import re

from .heading_markers import line_marker

# a 十 after a word, a space, then a single digit's number and its mark: 「…市人武部十 三、开展」 (not 「二十 三、」, whose
# tens are written before it, nor 「第十 三、」)
_SPLIT_TENS = re.compile(r"(?<=[\u4e00-\u9fff”）)])(?<![第一二三四五六七八九])十[ \t\u3000]+(?=[一二三四五六七八九][、．.])")


def join_split_tens(text: str) -> str:
    """``text`` with each 「十 三、」 split by a space written 「十三、」 (see the module)."""
    if "十" not in text:
        return text
    return _SPLIT_TENS.sub("十", text)


# a time field glued to the item's name (联谊活动时间:8月份 / 座谈会时间:7月30日), its units label after it in the same
# line before any stop: 「时间:…」 then 「责任单位:」「牵头单位:」…
_GLUED_TIME = re.compile(r"(?:完成)?时间\s*[:：][^。；;：:\n]{1,24}?[ \t\u3000]*((?:牵头|责任|配合|协办|主办|承办|参与)(?:单位|部门)\s*[:：])")
_NAME_END = re.compile(r"[\u4e00-\u9fff”》）)]")


def break_glued_fields(text: str) -> str:
    """``text`` with the time field glued to a numbered item's name set on a line of its own (see the module): only
    in lines that open with an item's number, only where the units label follows the time in the same line."""
    if "时间" not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        found = line_marker(line.strip()) if "时间" in line else None
        if found is not None:
            head = len(line) - len(line.lstrip()) + found[3]
            cuts = [at for m in _GLUED_TIME.finditer(line, head)
                    if m.start() > head and _NAME_END.match(line, m.start() - 1) for at in (m.start(), m.start(1))]
            if cuts:
                line = "\n".join(line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True))
        out.append(line)
    return "\n".join(out)
