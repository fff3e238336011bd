"""A bare bracket after an item that is a remark on it, not a list of the bodies that do it (split from
``declarations``): 「（总投资无法细分至各区）」 ends in 区 as a body's name does, but its words say something of the
item — a verb of what can or cannot be done, a limit, what it holds — where a list of bodies 「（区发改委、区财政局）」
is names alone (its 牵头 / 配合 / 负责 forms read before it, by ``_clauses``)."""

from __future__ import annotations

import re

# a note on where a paper is kept or sent, not who does the work: 「县医疗废物转移联单(存各医疗机构)」 /
# 「(报送县卫健委)」 / 「(留存乡镇政府)」
# (or where an office named before it sits: 「送市环委会办公室(设在市环保局办公室)」, agreeing with Round 45's
# 「办公室设在…」 — the seat is no doer)
_KEPT_AT = re.compile(r"\s*(?:留存|存放|存档|存于|存|报送|报至|送至|交至|抄送|设在|设于)(?=[\u4e00-\u9fff])")
# (or says it last: 「(各医疗机构留存)」 / 「(乡镇政府存档)」 / 「(县卫健委备案)」)
_KEPT_LAST = re.compile(r"(?:留存|存放|存档|备案|备查)\s*$")
# the words of a remark: what can or cannot be done (无法 / 不能 / 难以 / 尚未), a limit (不少于 / 不超过), what the
# item holds or leaves out (包括 / 不含 / 除…外), where the rest is written (见附表 / 详见), how a sum is shared out
# (细分 / 分解至 / 计入) — none of them in a body's name
_REMARK = re.compile(r"无法|不能|难以|无需|不再|尚未|未能|暂[不未无]|不[少多]于|不超过|不低于|不高于|包括|包含|不含|"
                     r"[见详]见附|见附[表件]|细分|分解[至到]|分配[至到]|计入|纳入|均[为已由]")


def is_remark(head: str) -> bool:
    """Whether a bare bracket's text is a remark on the item (kept where, a verb of what can be done, a limit)."""
    return bool(_KEPT_AT.match(head) or _KEPT_LAST.search(head) or _REMARK.search(head))


# the item itself named as the topic before the agent of 由 in its closing bracket 「（此项工作由镇团委、镇妇联负责）」
# 「（该项活动由县文明办牵头）」: the demonstrative points back at the item, the bodies after 由 are its doers
# (round 43); a topic that names a part of the work 「（其中宣传工作由A负责）」 stays as it is read
_ITEM_TOPIC = re.compile(r"^\s*(?:此|该|本|这)[项个]?(?:工作|活动|任务|事项)(?=由)")


def without_item_topic(content: str) -> str:
    """A bracket's text less a topic that is the item itself 「此项工作」 before 由 (round 43)."""
    return _ITEM_TOPIC.sub("", content, count=1)
