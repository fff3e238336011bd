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
                            r"(?:依次)?进行)[：:][ \t\u3000]*$")


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
