"""A body's name with the sentence's next words glued on (round 45): where a name read from a sentence ends.

A name is read up to the last head it can end with, and a noun later in the sentence that ends like a body
(网站, 平台, 防汛防台) carries the doer's own words into it: 「区规划资源局应在区政府门户网站发布…」 read as
区规划资源局应在…网站, 「市防指结合全市防汛防台检查…」 as 市防指结合全市防汛防台, 「区相关部门负责初审园区平台物业
转让」 as 区相关部门负责初审园区平台, and 「会同各部门分级实施」 as 各部门分级. A body's name holds no modal of the rule
(应在, 应当), nor the doer's 负责 (负责人 is a person), 结合, 聘请 or 会同, nor ends with 分级 (the work's manner): the
name ends before them, where what stands before ends as a body does (局, 部门, 防指 …). Names that hold such words as
their own 「医养结合机构」「综合协调组」「区分级诊疗中心」 do not end as a body before them, and stay whole.
"""

from __future__ import annotations

import re

from .glued_heads import unheaded
from .units import OFFICE_END

# the doer's own words after its name: a modal of the rule 「应在」「应当」, 负责 (not 负责人), 结合, 聘请, 会同
_DOER_WORDS = r"(?:应当|应(?=在|按|于|将|及时|由)|负责(?!人)|结合|聘请|会同)"
# what stands before them ends as a body does: an office's head, 部门/单位, or a short form ending 指 (市防指)
_BODY_END = r"(?:" + OFFICE_END + r"|厅|院|府|部门|单位|部|组|会|防指)"
_GLUED = re.compile(r"^(.{1,30}?" + _BODY_END + r")(?:" + _DOER_WORDS + r".{2,}|分级)$")


def unglued(name: str) -> str:
    """The body's name without the doer's words glued after it (nor the clause's before it, glued_heads)."""
    name = unheaded(name)
    m = _GLUED.match(name)
    if m is None or len(m.group(1)) < 2:
        return name
    return m.group(1)
