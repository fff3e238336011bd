"""Points of a whole document that list its sources: no work under them.

A 办法 or 通知 written as 「一、…二、…」 points often opens with a point of the documents it rests on, headed by a few
words ending in 依据 (一、审批依据 / 编制依据 / 政策依据 over 「（一）《…条例》；（二）…（建质〔2016〕247号）；」). Its
numbered items are citations, not work (CONVENTIONS.md round 30: a rule's general provisions; round 35: lists that
give no work) — an item there that names its own doer (a unit label or a rule-2 doer in its text) stays as read.
Called by ``tasks`` once the tasks are chosen; the point itself is never a task (``headed_points`` leaves it out)."""

from __future__ import annotations

import re

from .headings import Item
from .sentence_units import doer_units

# the point's heading: up to four words and 依据, the whole heading (一、审批依据 / 编制依据 / 政策依据) — not
# 「三、依据职责开展执法检查」, a point of work that cites its basis
SOURCE_POINT = re.compile(r"^[\u4e00-\u9fff]{0,4}依据\s*[。.：:]?$")
# (… or the documents the work applies, named so 「三、征地房屋补偿适用的文件：」「二、依据的文件」 over 「1、…颁发的
# …《…规定》。」: citations too, each line naming a document in 《》 — 的 printed: 「二、严格执行规定」
# 「严格执行政策规定」 is a point of work over lines that apply a law 「（一）认真贯彻落实《安全生产法》，开展…」)
_APPLIED_FILES = re.compile(r"^[\u4e00-\u9fff]{0,12}?(?:适用|依据|执行)的(?:政策)?(?:文件|法规|规定)\s*[。.：:]?$")


def drop_source_items(chosen: list[Item], named: set[int]) -> list[Item]:
    """``chosen`` without the items under a sources point (see the module); ``named`` the positions of the
    items that carry units of their own. All kept where nothing else is left."""
    def listed(item: Item) -> bool:
        top = item.top()
        head = top.title.strip()
        return top is not item and top.kind == 1 \
            and (SOURCE_POINT.match(head) is not None or _APPLIED_FILES.match(head) is not None and "《" in item.body) \
            and item.pos not in named and not item.unit and not doer_units(item.body)[1]
    return [i for i in chosen if not listed(i)] or chosen
