"""Names of a task's indicators that read apart (ux58 finding 9).

The parser names an indicator from the few characters around its figure — 「2024年完成改造1500个小区」 → 小区,
「改造完成率达到100%」 → 完成率 — which, beside 「累计改造老旧小区达到8000个」 → 老旧小区 in the same task, leaves a
clerk on the 工作台 with 「小区（1500个）」「老旧小区（不少于8000个）」「完成率（不少于100%）」. Where a task has
several indicators and one's name is part of another's (小区, 老旧小区) or a rate named in three characters or
fewer (完成率), it is named from the clause it stands in, its time and figure taken out: 「完成改造小区」「改造完成率」
— where that clause holds no other figure (a list 「口袋公园3个、广场2个」 names each figure by its own noun).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.model import Target

# a rate named this short says of what it is no more than 「完成率」 does
SHORT_NAME = 3
LONGEST_NAME = 24

# the time a clause opens with: 「2024年」「到2027年，」「2025年底前」「年内」
_OPENING_TIME = re.compile(r"^(?:到|至|在|截至)?\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?(?:\s*\d{1,2}\s*月(?:底|末)?)?"
                           r"(?:前|以前|之前)?|年内|今年|全年)\s*[，,、]?\s*")
# the words that compare a figure with its bar, around the figure
_BAR_BEFORE = r"(?:累计)?(?:达到|不少于|不低于|不超过|超过|保持在|控制在|提高到|提升至|提升到|达|为|至)?\s*"
_BAR_AFTER = r"\s*(?:以上|以下|以内|左右|及以上)?"
_NUMBER = r"\d+(?:\.\d+)?\s*(?:万|亿|千|百)?\s*"


def clause_name(target: Target) -> str:
    """The target's clause without its opening time and its figure (with the words comparing it): 「2024年完成改造
    1500个小区」 → 完成改造小区, 「改造完成率达到100%」 → 改造完成率; empty where nothing of words is left."""
    words = _OPENING_TIME.sub("", target.text.strip())
    unit = re.escape(target.unit) if target.unit else ""
    words = re.sub(_BAR_BEFORE + _NUMBER + unit + _BAR_AFTER, "", words, count=1)
    words = re.sub(r"[，,、；;：:。\s]+", "", words).strip("的")
    # (a clause of one figure only: 「建成口袋公园3个、广场2个」 lists figures each named by its own noun)
    return words if re.fullmatch(r"[\u4e00-\u9fff“”（）()A-Za-z]+", words or "-") else ""


def name_apart(targets: Sequence[Target]) -> None:
    """Name from its clause each of a task's several indicators whose name is too short to tell it from the others
    (part of another indicator's name, or a rate of ``SHORT_NAME`` characters or fewer) — where the clause holds the
    name, no other figure, and says more (in place)."""
    if len(targets) < 2:
        return
    names = [t.subject for t in targets]
    for target in targets:
        name = target.subject
        if not name or not (len(name) <= SHORT_NAME and name.endswith("率")
                            or any(name != other and name in other for other in names)):
            continue
        longer = clause_name(target)
        if name in longer and len(name) < len(longer) <= LONGEST_NAME:
            target.subject = longer
