"""A plan's own title line whose first line the text lost: 「消纳结算管理的实施意见」 under a cover that quotes the
whole name 「…关于印发《关于推进本市工程渣土卸点计量及消纳结算管理的实施意见》的通知」 — the quoted name, of which the
line is the tail (Round 99 on x364_03: the 附件 line's title or the notice's title; a cut line is neither)."""

from __future__ import annotations

import re

from .heading_markers import line_marker
from .site_titles import PLAN_WORD

# a name the cover quotes 「…印发《X》的通知」「附件：X」 (in its first lines)
_QUOTED = re.compile(r"《([^《》\n]{8,80})》")
_HEAD_LINES = 12


# a notice's title line cut inside the name it issues 「…局关于印发《」 (the line ends on an open 《, the name never
# printed after it): the issued text's own title line below the cover 「《…办法》实施若干规定」 — the first line
# standing alone as a title (no sentence mark, closing on a document word), not the 附件 line (round 48: only what
# is printed is read; x370_01, p70a), above the body's first numbered line — not a title whose 《》 close
# 「…关于印发《…办法》的通知」, nor a numbered heading of the notice's body 「二、健全工作制度」 (the cut line kept)
_OPEN_NAME = re.compile(r"关于(?:印发|转发|下发|发布|颁布)《[^《》]*$")
_OWN_TITLE = re.compile(r"^(?!附件)[^。，,；;：:！？!?\s]{6,60}?(?:" + PLAN_WORD
                        + r"|规定|导则|规则|规程|标准|规范|制度|章程)(?:[(（][^)）]{1,12}[)）])?$")
_BELOW = 40


def _issued_below(title: str, text: str) -> str:
    lines = [ln.strip() for ln in text.splitlines()]
    at = next((k for k, ln in enumerate(lines[:_HEAD_LINES]) if ln and title.strip().startswith(ln[:8])), None)
    if at is None:
        return title
    for ln in lines[at + 1:at + 1 + _BELOW]:
        if line_marker(ln) is not None:
            return title            # (the body's first numbered line: a heading below it is no title)
        if _OWN_TITLE.match(ln):
            return ln
    return title


def whole_quoted(title: str, text: str) -> str:
    """The quoted name ``title`` is the cut tail of (at least four characters lost before it, the tail not opening
    with 关于 nor standing as the whole name), else ``title`` — or, where ``title`` is a notice's line cut on an open
    《 (``_OPEN_NAME``), the issued text's own title line below it."""
    if _OPEN_NAME.search(title):
        return _issued_below(title, text)
    if len(title) < 6 or title.startswith("关于") or "《" in title:
        return title
    head = "\n".join(text.splitlines()[:_HEAD_LINES])
    for m in _QUOTED.finditer(head):
        name = m.group(1)
        if name.endswith(title) and len(name) - len(title) >= 4 and name.startswith("关于"):
            return name
    return title
