"""Lines that only name the pieces a point's work brings, each with its count: 「1.跑旱船(32个);⏎2.跑马(16个);⏎3.锣鼓队
(1支)。」 under a point whose paragraph gives the work (the performances held).

Lines naming no act leave the point the leaf (Round 85 on x317_02 三、; Round 86's (a): contents listed are no items
that give work; Round 89 on c330's 活动内容): the lines are the point's text, the point one task — even where it is the
plan's one point with lines under it. Only lines that are a short name and its count 「名称(N个)」「名称N支」 and
nothing else, two at least; a line with a verb 「组建锣鼓队1支」 or a body's work stays an item.
"""

from __future__ import annotations

import re

from .headings import Item

_MEASURE = r"[个支名人台辆套件项场队只组面幅盏副顶架艘]"
# a name and its count, bracketed or not, and nothing else 「跑旱船(32个);」「锣鼓队1支。」
_PIECE = re.compile(r"^[\u4e00-\u9fff“”]{1,12}?\s*(?:[（(]\s*\d+\s*" + _MEASURE + r"\s*[)）]|\d+\s*" + _MEASURE + r")"
                    r"\s*[；;。，,]?$")
# a verb of work opening the name 「组建锣鼓队」「开展…」「举办…」
_VERB_FIRST = re.compile(r"^(?:组建|组织|开展|举办|举行|成立|建立|设立|购置|购买|配备|制作|安排|完成"
                         r"|新建|建设|培训|召开)")


def counted_pieces(item: Item) -> bool:
    """Every line under ``item`` (two at least, none with lines of its own) only names a piece and its count."""
    kids = item.children
    return len(kids) >= 2 and not any(c.children for c in kids) and all(
        _PIECE.match(body := c.body.strip()) and not _VERB_FIRST.match(body) for c in kids)


__all__ = ["counted_pieces"]
