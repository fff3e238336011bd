"""Numbered items that only offer options (Round 74 rulings, x294_06 二/3, 二/4 and x296_02 五; round 49
p46b; round 70's x290_04: 可以 reaches every verb of its clause): 「3、也可以由乡组织部分业余爱好…的人员进行专题
排练和演出。」「4、可开展以…为主题的民间剪纸、绘画、书法等作品征集活动,使更多群众参与之中。」 — every sentence
opens with 可／可以／也可以, so the item names no work a body must do: no task (an item of 鼓励 stays a task: older
sets count it). Only among siblings of which one at least opens with an act (a list of acts, then its options);
an item with one sentence of work 「1、开展一次演讲活动。…(可由8到10人参赛)」 stays.
"""

from __future__ import annotations

import re

from .headings import Item

# a sentence that only allows or encourages: 可／可以／也可(以)／亦可／还可 or 鼓励 at its opening (not 可能／可行,
# nor a noun opening with 可 — 可燃物, 可回收物, 可吸入颗粒物: 可 must modify the verb)
_OPTION_OPEN = re.compile(r"^(?:也|亦|还|同时)?"
                          r"(?:可以|可(?!能|行|持续|靠|控|视化|[\u4e00-\u9fff]{1,4}?物(?![资料品])))")
_SENTENCE = re.compile(r"[^。；;!！?？\n]+")
# a sibling that gives work: it opens with an act 「开展一次演讲活动」「组织…」 (not a list of persons
# 「市政协分管领导,…」 under 参加人员, whose 「可邀请…参加」 is one more name of the list)
_ACT_OPEN = re.compile(r"^(?:开展|组织|举办|举行|召开|开设|建立|实施|推进|加强|做好|落实|制定|编印|评选|征集"
                       r"|印制|发放)")


def _options_only(item: Item) -> bool:
    sentences = [s.strip() for s in _SENTENCE.findall(item.body) if s.strip().strip("()（）")]
    return bool(sentences) and all(_OPTION_OPEN.match(s) for s in sentences)


def drop_option_items(chosen: list[Item]) -> list[Item]:
    """``chosen`` without the leaf items under one parent that only offer options (``_options_only``), where a
    sibling under that parent opens with an act (``_ACT_OPEN``); an item led by its unit is never one."""
    out: list[Item] = []
    for item in chosen:
        parent = item.parent
        if parent is not None and not item.children and not item.unit and _options_only(item) \
                and any(_ACT_OPEN.match(s.body.strip()) for s in parent.children if s is not item):
            continue
        out.append(item)
    return out or chosen
