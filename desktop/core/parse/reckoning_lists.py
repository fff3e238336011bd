"""Lists that say how a quantity or a class is reckoned: the standard a rule reckons by 「…以下列标准审核认定：」
and the steps a determination follows in turn 「…的判定，按照以下步骤依次进行：」 — the text of the item that
announces them, no items of their own where no line names a doer (Round 87's x325_04 五、（三）; Round 78's (b)).
Split from ``given_lists``."""

from __future__ import annotations

import re

from .headings import Item
from .sentence_units import doer_units

# the standard a quantity is reckoned by 「…由A按户为单位，以下列标准审核认定：⏎1.…所得的建筑面积，
# 予以审核认定。」: the lines say how much each case counts for, the text of the point (Round 87's x325_04
# 五、（三）; Round 78's (b))
# (… or the steps a determination follows in turn 「…排放阶段的判定，按照以下步骤依次进行：⏎（一）…的，按照…判定。」:
# how a class is reckoned, the text of the article that announces it)
RECKONING_LEAD = re.compile(r"(?:(?:以|按|按照|依照)(?:下列|以下|如下)标准(?:予以|进行)?(?:审核)?"
                            r"(?:认定|核定|计算|核算)"
                            r"|的(?:判定|认定|核定|计算|核算)[，,]?(?:按照|按|依照)(?:下列|以下|如下)(?:步骤|顺序|方法)"
                            r"(?:依次)?进行"
                            # (… or a point headed by the reckoning alone 「四、房屋建筑面积的计算：」 over lines of
                            # how each case counts, no doer in them: the same standard)
                            r"|^[^。，,；;：:\n]{2,30}?的(?:计算|认定|核定|核算)(?:方法|办法|标准|规则)?)"
                            r"[：:][ \t\u3000]*$")


def reckoned_nested(item: Item) -> bool:
    """A determination's steps over lines with lines of their own (``RECKONING_LEAD``), no line naming a doer: the
    standard of reckoning, the text of the item that announces it."""
    if not RECKONING_LEAD.search(item.body.rstrip()):
        return False
    lines, todo = [], list(item.children)
    while todo:
        kid = todo.pop()
        lines.append(kid.body.strip())
        todo.extend(kid.children)
    return not any(doer_units(line)[1] for line in lines)


# a line that scores a case 「…完成一项加1分，上限2分；」「…通报表扬的，其中区级加1分，市级加2分」: how the evaluation
# reckons it (Round 87's x325_04 五、（三）: a standard of reckoning is text)
_SCORE = re.compile(r"[加扣减]\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半])\s*分")


# the heading of such lines, alone on its line 「（五）加分情形」「扣分标准」 (not a lead-in sentence over cases
# 「…涉及以下情形的，执法积分相应扣减：」, whose case lines are read as items — round 32's x122_03)
_SCORE_HEAD = re.compile(r"(?:加分|扣分|减分|加减分)(?:情形|项目|事项|标准|细则)?")


def scoring_lines(lines: list[str]) -> bool:
    """Every one of ``lines`` (two at least) scores a case by 加／扣 N 分 and none names a doer: the evaluation's
    standard of reckoning, the text of the point over them — not lines that give a body work."""
    return len(lines) >= 2 and all(_SCORE.search(line) for line in lines) \
        and not any(doer_units(line)[1] for line in lines)


def scoring_heading_lines(item: Item, lines: list[str]) -> bool:
    """``item`` is a scoring heading alone 「（五）加分情形」 over ``scoring_lines``."""
    return _SCORE_HEAD.fullmatch(item.body.strip().rstrip("。.：:")) is not None and scoring_lines(lines)


def drop_scoring_points(chosen: list[Item]) -> list[Item]:
    """``chosen`` without the points whose own text (the heading line left out) is only scoring lines 「（五）加分情形⏎
    1.…加1分，上限2分；⏎2.…加2分。」 (``scoring_lines``): the standard of reckoning, no task; all kept where nothing
    else is left."""
    def scoring(item: Item) -> bool:
        head, cut, rest = item.body.strip().partition("\n")
        return not item.children and bool(cut) and _SCORE_HEAD.fullmatch(head.strip().rstrip("。.：:")) is not None \
            and scoring_lines([ln for ln in rest.split("\n") if ln.strip()])
    return [i for i in chosen if not scoring(i)] or chosen
