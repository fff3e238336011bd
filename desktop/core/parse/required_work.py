"""The items of a requirements section (五、有关要求 / 工作要求) that give work to a body they name, in a plan whose
tasks label their units (主办单位：A；承办单位：B): tasks (CONVENTIONS.md round 33: a 组织实施／工作要求 item with a
doer in its sentence names a unit, and in a plan whose tasks name units it is a task; round 39: a 工作要求 section
whose items give work is the plan's work). ``task_choice`` leaves a requirements section's items out where tasks are
labelled (seeds EXPECTED.md lines 3–5: items that name no unit are rules there); this reads the ones that name one."""

from __future__ import annotations

import re

from .headings import Item
from .section_words import REQUIREMENTS_SECTION
from .sentence_units import doer_units

# a call to every body at once 「各有关责任单位」「相关部门」「各单位」: no body named
_GENERAL_CALL = re.compile(r"^(?:各|有关|相关|其他|其余)[^，,。；;]{0,6}?(?:部门|单位|方面)$")

# an item whose number runs straight into an instruction with no subject 「要充分组织和发动…」「应…」
_SUBJECTLESS = re.compile(r"(?:要|应当|应|须|必须)(?!求|点|急|用|对)[^，,。；;]{2}")


def required_work(items: list[Item], tops: list[Item], tasks: list[Item], leaves: list[Item]) -> list[Item]:
    """The leaves under a top-level requirements section none of whose items was chosen, each a heading run into
    (or over) its text whose sentence names a doer by rule 2 (「（一）各镇（街道）人防办要…认真组织开展…」)."""
    chosen = {t.pos for t in tasks}
    out: list[Item] = []
    for top in tops:
        if top.kind != 1 or not REQUIREMENTS_SECTION.search(top.title) \
                or any(d.pos in chosen for d in top.descendants()):
            continue
        under = [i for i in leaves if i.top() is top and i is not top and not i.unit]
        named = [i for i in under if any(i.body.strip().startswith(d) and not _GENERAL_CALL.match(d)
                                         for d in doer_units(i.body)[1])]
        # (「（二）要充分组织和发动…」 beside it: a subjectless instruction of the same section, its work too)
        out.extend(i for i in under if i in named or named and _SUBJECTLESS.match(i.body.strip()))
    return out
