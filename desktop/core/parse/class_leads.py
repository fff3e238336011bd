"""The lead lines of a contingency plan (应急预案) by class of matter (round 57, p57c).

A contingency plan names the body that leads the response to each class of accident in a line of its own:
「（2）危险化学品事故：A（经营、储存）、B（道路运输）、C（废弃物）分别牵头。」. Read as rule 2's 「A牵头」:

- the class before the colon (…事故／事件／灾害／险情／类别：) says which matters the bodies lead; it is no part of
  the first name (round 58: a class), as a fix line's 「整改要求：」 label is none of its units; 「A或B牵头」 gives both
  (round 30; Round 70 on x287_01 2.2 （9））;
- under 分别 each body's bracket states its share of the class — the stage or part it answers for — a scope,
  dropped (Round 70 rulings on x287_01 2.2 （2）（7）; rounds 43, 55). A bracket inside a name
  「活动主办（承办）机构」, or one after a single body 「区公安分局（交管）牵头」, stays as printed.
"""

from __future__ import annotations

import re

# a fix line's label 「整改要求：由A负责，B配合」, or the class of matter a lead line is for 「X事故：A牵头」
# (only where the rest is names and their role to the sentence's end)
_LINE_LABEL = re.compile(r"^(?:整改要求|整改措施|整改意见|处置要求|处理意见)\s*[:：]\s*"
                         r"|^[^，,。；;：:（）()\n]{1,30}?(?:事故|事件|灾害|险情|类别)\s*[:：]\s*"
                         r"(?=[^，,。；;：:]{2,300}?(?:分别|共同)?(?:牵头|负责)(?:协调|处置)?$)")
# each body's share under 分别: 「A（经营、储存）、B（道路<除桥梁以外>）分别牵头」
_SHARE = re.compile(r"[（(][^（）()。；;]{1,40}[)）](?=\s*(?:[、，,和及]|分别))")
_RESPECTIVE_END = re.compile(r"分别(?:牵头|负责)[^，,。；;、]{0,8}$")     # (…分别牵头或牵头协调)


def lead_line(sentence: str) -> str:
    """``sentence`` (an item's last sentence, read for its units) without a fix line's label or a class's label
    before the names, and, where the names lead 分别, without each name's share in brackets."""
    labelled = _LINE_LABEL.match(sentence)
    if labelled is not None:
        sentence = sentence[labelled.end():]
        if not labelled.group().startswith(("整改", "处置", "处理")):
            # (「X事故：A或B牵头」: 或 gives both leads, round 30's 「由A或B…」)
            sentence = re.sub(r"或者?(?=[^，,。；;]{2,40}?(?:牵头|负责))", "、", sentence)
    if _RESPECTIVE_END.search(sentence) and len(_SHARE.findall(sentence)) >= 2:
        sentence = _SHARE.sub("", sentence)
    return sentence
