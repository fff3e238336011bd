"""The plan's own office keeping track of the plan: 「市领导小组办公室实行“月调度、季通报、半年检查、
全年总结”，对工作推进不力的单位进行通报」 (Round 94 rulings on the tester's notice, ux64 finding 7).

The office's 月调度、季通报、半年检查、全年总结 and its 通报 of units that lag are how the plan is tracked (what Luoshi
itself does for the office), not work toward the plan's aims and no units' duty: a point that holds nothing else is no
task, and its 通报 is not a sending the units owe (``duties._kinds``). A point that also gives the units work of
their own (「各单位要紧盯目标任务…加强调度运行…实行“月度盘点+季度研判”动态监管」) is a task as any other.
"""

from __future__ import annotations

import re

# the office that keeps the rhythm: 「…办公室实行“月调度、季通报”」 「督查室坚持…」 (a sentence whose subject is
# the plan's office or its checkers, before the verb that sets the rhythm)
OFFICE_KEEPS = re.compile(r"(?:办公室|督查室|督办室)[^，,。；;]{0,6}?(?:实行|坚持|实施)")
# a sentence opened by the plan's office or checkers as its subject: 「市领导小组办公室…」「县委督查室…」
# 「领导小组办公室将…」 (a short body name before it, no clause break)
_OFFICE_OPENS = re.compile(r"^[\u4e00-\u9fff（）()]{0,24}?(?:领导小组办公室|工作专班办公室|指挥部办公室"
                           r"|(?:政府|县委|市委|区委)?督查室|督办室|督查组)(?:要|将|应|负责|定期|每[月季年]|适时)?")
# what such a clause does: keep track of the plan — its rhythm of 调度／通报／检查／总结, its bulletins on units
# that lag
_TRACKING = re.compile(r"调度|通报|检查|督查|督办|督促|考核|考评|评估|总结|盘点|研判|约谈|问责|跟踪|抽查")
# units named by how they lag 「工作推进不力的」「整改不到位的」
_LAGGING = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:不力|不到位|缓慢|滞后|不及时)的?")
# a clause that gives anyone other work (报送 is the units' sending; 组织／开展／制定… the plan's work)
_OTHER_WORK = re.compile(r"报送|上报|提交|制定|制订|编制|组织开展|开展(?!督|检|考|评)|建设|实施(?!督|检|考)|推进"
                         r"|落实(?!情况)|完善|建立|出台|培训|宣传|整改")


def office_tracking_only(text: str) -> bool:
    """Whether ``text`` (a point's text, its heading left out) holds nothing but the plan's office keeping track of the
    plan: every sentence opened by the office (or its checkers), every clause of it a word of tracking
    (调度／通报／检查／总结…) and no work besides — not a point that tells the units to do anything."""
    sentences = [s.strip() for s in re.split(r"[。；;！!\n]", text) if s.strip()]
    if not sentences:
        return False
    for sentence in sentences:
        if _OFFICE_OPENS.match(sentence) is None:
            return False
        # (「对工作推进不力的单位进行通报」: the units named by how they lag, no work given)
        clauses = [_LAGGING.sub("", c) for c in re.split(r"[，,]", sentence) if c.strip()]
        if any(not _TRACKING.search(c) or _OTHER_WORK.search(c) for c in clauses):
            return False
    return True
