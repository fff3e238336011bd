"""A plan's own title line whose first line the text lost: 「消纳结算管理的实施意见」 under a cover that quotes the
whole name 「…关于印发《关于推进本市工程渣土卸点计量及消纳结算管理的实施意见》的通知」 — the quoted name, of which the
line is the tail (Round 99 on x364_03: the 附件 line's title or the notice's title; a cut line is neither)."""

from __future__ import annotations

import re

# a name the cover quotes 「…印发《X》的通知」「附件：X」 (in its first lines)
_QUOTED = re.compile(r"《([^《》\n]{8,80})》")
_HEAD_LINES = 12


def whole_quoted(title: str, text: str) -> str:
    """The quoted name ``title`` is the cut tail of (at least four characters lost before it, the tail not opening
    with 关于 nor standing as the whole name), else ``title``."""
    if len(title) < 6 or title.startswith("关于") or "《" in title:
        return title
    head = "\n".join(text.splitlines()[:_HEAD_LINES])
    for m in _QUOTED.finditer(head):
        name = m.group(1)
        if name.endswith(title) and len(name) - len(title) >= 4 and name.startswith("关于"):
            return name
    return title
