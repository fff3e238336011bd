"""A level band that sets off a step (``level_triggers``): 「三级及以上高火险天气，全镇启动预警响应」
「遇4级以上大风时，停止高空作业」 — a grade with its band (及以上／以上／及以下／以下) opening its own clause, a
condition standing before the step it triggers, is a target of the item
(CONVENTIONS Targets, round 30's line: a figure in a condition of an event;
Round 59 rulings, governs (rounds 40, 49 q46c over round 58), x260_04 二/(二): target 3 级, 及以上).

Not a level inside a noun naming the class the work picks 「对二级及以上医院开展检查」「负责三级及以上的温泉资源项目」
(Round 58 rulings: a figure inside a noun naming a class is a class), nor a level with no band 「签订镇、村、户三级防火
责任书」「启动一级响应」: the band must open the clause, before any verb of the work, and the clause must end before
the step.
"""

from __future__ import annotations

import re

from desktop.core.model import Target

from .normalise import cn_to_int

# the clause's opening (sentence start or after a comma), an optional 遇／遇到／出现／发生 or 当, the level, its
# band, the event named by a short noun (高火险天气, 大风, 地震预警), then 时／的 or nothing before the comma that
# opens the step
_LEVEL_TRIGGER = re.compile(r"(?:^|(?<=[，,；;：:]))\s*(?:当|如遇|遇有|遇到|遇|出现|发生|预报有|预报)?\s*"
                            r"(?P<n>\d{1,2}|[一二三四五六七八九十]{1,2})\s*级\s*(?P<band>及以上|以上|及以下|以下)"
                            r"(?P<noun>[\u4e00-\u9fff]{1,10}?)(?:时|的|期间)?\s*[，,]\s*(?=[\u4e00-\u9fff])")
# a verb in the noun means the band stands inside a piece of work (「三级以上医院开展检查」 has no comma;
# 「…以上项目实施审核，」 a rule's scope): the trigger's noun names an event or a weather, no act
_ACT = re.compile(r"开展|实施|进行|负责|组织|建设|检查|审核|审批|管理|申报|申请")


def level_triggers(sentence: str, deadline: str | None) -> list[Target]:
    """The level bands in ``sentence`` that open a condition before its step, each a target (``>=`` for 以上)."""
    if "级" not in sentence:
        return []
    out: list[Target] = []
    for m in _LEVEL_TRIGGER.finditer(sentence):
        if _ACT.search(m.group("noun")):
            continue
        n = m.group("n")
        value = int(n) if n.isdigit() else cn_to_int(n)
        if not value:
            continue
        comparator = ">=" if "上" in m.group("band") else "<="
        text = sentence[m.start():m.end()].strip().rstrip("，,").strip()
        out.append(Target(text=text, value=float(value), unit="级", comparator=comparator, deadline=deadline,
                          subject=m.group("noun")))
    return out
