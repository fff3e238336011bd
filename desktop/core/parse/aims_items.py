"""The plan's aims written as numbered items under its opening section: 「一、总体要求 ⏎ （一）指导思想。… ⏎ （二）基本
原则 ⏎ 1.…  ⏎ （三）主要目标。…」 — the guiding idea, the principles and the goals, each an item of its own below the
section's heading rather than a childless section. They state aims and stances and give no work: no tasks in any
plan (CONVENTIONS.md "What is a task": items of 工作目标／总体要求 naming no unit; "Round 49 rulings", governs: 基本原则
items state a stance and give no work, like aims — no tasks in any plan; x230_06's aims), where the plan has other
work and names units. A goal (or a scope) that names a doer of its own 「压实业主…主体责任」 stays a task (round 36,
x214_02 一); a principle never does (a principle of roles names no doer, Round 52 rulings' x240_01), nor the guiding
idea (what the plan follows).

Read over the items ``choose_tasks`` took, as ``task_choice.drop_aims`` reads a childless aims section at the top."""

from __future__ import annotations

import re

from .headings import Item
from .section_words import AIM_HEADS
from .sentence_units import doer_units
from .units import Declaration

_AIM = rf"(?:{AIM_HEADS}|总体思路|发展目标|目标要求)"
# the plan's opening section as its heading: 一、总体要求 / 一、明确总体要求 / 一、指导思想、基本原则和总体目标
# (not a section of principles or goals alone, 二、基本原则 （一）… / 二、工作目标 （一）…: round 27's sections, whose
# items give work often enough under such a heading — read elsewhere)
# (or 一、指导思想和原则: the principles named by 原则 alone after the guiding idea)
_OPENING_TOP = re.compile(r"^(?:明确)?(?:总体要求|总体思路|" + _AIM + r"(?:[、和与及](?:" + _AIM + r"|原则)){1,3})"
                          r"[。.：:]?$")
# what the plan covers, as an item of its opening section 「（二）治理范围。县城建成区…」「（一）适用对象」: scope, no
# work
# (round 30's general provisions; round 34: points that state only scope are none)
_SCOPE = r"(?:[\u4e00-\u9fff]{0,2}范围|适用对象"
# (… or what its words mean 「（三）概念内涵 本意见所称…是指…」「（三）名词解释」: definitions, round 30's general
# provisions)
_SCOPE += r"|(?:基本)?概念(?:内涵|定义)?|定义|术语(?:解释|定义)?|名词解释|释义)"
# an item headed by the aims or the scope (its whole heading, or run into its text 「（一）指导思想。以…」)
# (the principles named with another word before 原则 「（二）根本原则是。…」「总体原则」: the principles too)
_AIMS_HEAD = re.compile(r"^(?:" + _AIM + r"(?:[和与及、]" + _AIM + r")?|" + _SCOPE + r"|[\u4e00-\u9fff]{2}原则是?)"
                        r"(?:[。.：:]|$)")
# the heads that never name a doer of work: the guiding idea (what the plan follows, 「紧紧围绕党中央、国务院实施…」)
# and the principles (a stance, a principle of roles too — Round 52 rulings' x240_01)
_STANCE = re.compile(r"^(?:指导思想|总体思路|[\u4e00-\u9fff]{2}原则)")
# the goals' own heading over their numbered goals 「（二）阶段目标 ⏎ 1.第一阶段…」「（三）主要目标 ⏎ 1.到2025年…」
_GOALS = re.compile(r"^(?:[\u4e00-\u9fff]{0,2}目标)[。.：:]?$")
# the principles' own heading, its numbered items the principles
_PRINCIPLES = re.compile(r"^(?:基本原则|工作原则)[。.：:]?$")


def _aims_item(item: Item, decls: dict[int, Declaration]) -> bool:
    """``item`` stands under the plan's opening section and is an aims item: headed by the guiding idea, the
    principles, the goals or the scope, or one of the principles under their heading."""
    if item.pos in decls or item.unit or item.fields or item.children or item.parent is None:
        return False
    top = item.top()
    if not _OPENING_TOP.match(top.title.strip()) or top.pos in decls:
        return False
    parent = item.parent
    if _PRINCIPLES.match(parent.title.strip()) and parent.pos not in decls:
        return True                     # (1.依法依规，保护优先。… under （三）基本原则: a principle, no doer)
    if _GOALS.match(parent.title.strip()) and parent.pos not in decls:
        return not doer_units(item.body)[1]     # (1.第一阶段（2023-2025年）… under （二）阶段目标: a goal)
    title = item.title.strip()
    if not _AIMS_HEAD.match(title):
        return False
    # (a goal that names a doer of its own work 「压实业主…主体责任」: a task, round 36's x214_02 一)
    return bool(_STANCE.match(title)) or not doer_units(item.body)[1]


def drop_aims_items(chosen: list[Item], decls: dict[int, Declaration]) -> list[Item]:
    """``chosen`` without the aims items under the plan's opening section, where other work is left and the
    plan's work names units, by label or by a rule-2 doer of its text: in a plan naming no units the count with
    them stays accepted (Round 49 rulings, governs: round 33's count) and they are kept, as plans-dev 07 reads its
    「一、总体要求 （一）总体目标 （二）基本原则」 beside a body that names no unit."""
    work = [t for t in chosen if not _aims_item(t, decls)]
    if not work or len(work) == len(chosen):
        return chosen
    if not decls and not any(doer_units(t.body)[1] for t in work):
        return chosen
    return work
