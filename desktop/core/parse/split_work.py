"""An item whose work is split by its parts among bodies, one clause a part, 「A类活动由区体育局负责；B类活动由各街道
负责；其他活动由区体育总会负责。」 (round 45 q45a): its last clause alone is no declaration of the item's units —
read so, the item kept only the last part's body. Where the last sentence the declaration reader takes is the last of
two or more such clauses (a part, then 由＋body＋负责), the item's units are those of all its clauses, which the
sentence reader (``sentence_units``) reads in order; a single 「X由A负责。」 closing an item stays its declaration."""

from __future__ import annotations

import re

# one part of the work handed to a body: 「社区运动会由各街道负责」 (a part named, then 由, a name, 负责 closing it)
_PART = re.compile(r"^[^，,。；;由]{2,30}?由[^，,。；;由]{2,40}?(?:具体)?负责$")


def split_part(body: str, source: str) -> bool:
    """Whether the declaration ``source`` (the item's last clause) is the last of its parts split among bodies."""
    clauses = [c.strip() for c in re.split(r"[；;。]", body.replace("\n", "")) if c.strip()]
    last = source.strip().rstrip("。；;")
    if len(clauses) < 2 or clauses[-1] != last or not _PART.match(last):
        return False
    return _PART.match(clauses[-2]) is not None
