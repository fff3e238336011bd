"""A body's level and kind by its name: which of 「市场监管部门」「公安机关」 a named body 「县市场监管局」 is, and the
level (市／区／县…) its name opens with — used where an article's kinds of bodies are matched to the bodies it names
(moved out of ``tasks.py``, which had reached 700 lines)."""

from __future__ import annotations

import re


def level_of(name: str) -> str:
    """The level a body's name opens with (市公安局 → 市, 各区教育局 → 区, 县(市、区)卫健局 → 县), "" when none."""
    m = re.match(r"各?(?:全)?([省市县区镇乡])(?![场域])", name)     # (not 市场监管局)
    return m.group(1) if m else ""


def _stem(kind: str) -> str:
    """A kind's own words, without 部门/机构/系统/机关 (燃气管理部门 → 燃气管理)."""
    return re.sub(r"(?:部门|机构|系统|机关)$", "", kind)


def of_kind(name: str, kind: str) -> bool:
    """「市市场监管局」 of 「市场监管部门」, 「县卫健局」 of 「卫生健康部门」, 「县公安局」 of 「公安机关」: the named
    body shares the kind's words (two of its characters at least)."""
    stem = _stem(kind)
    return stem in name or len(set(stem) & set(re.sub(r"^[省市县区镇乡]", "", name))) >= 2


def role_heading(names: list[str], para: str) -> bool:
    """A heading that names the role a section's bodies play, with no level and no field of work 「工作部门」
    「应急联动机构」, over a paragraph that opens with a body named at its level 「区应急局会同…负责…」「区…中心设在…」
    and gives work to bodies of its own (rule 2): the heading is no unit, the paragraph's doers are (not a field's
    kind 「卫生健康部门」 over 「各医疗机构负责…」, whose paragraph opens with a group, not a body at its level)."""
    from .sentence_units import doer_units
    doers = doer_units(para)[1]
    stems = [_stem(n) for n in names]
    # (not where a doer is the kind's own body at a level 「市燃气管理部门负责…。区燃气管理部门应…」 under
    # 「燃气管理部门」: the kind heads the part, round 28 — a group of the kind's words 「各联动单位」 under
    # 「联动机构」 is the paragraph's doer all the same)
    return bool(level_of(para.lstrip())) and not any(level_of(n) for n in names) and bool(doers) \
        and not any(stem in d and level_of(d) for stem in stems for d in doers)


# a party named by its role over its duties 「（一）业主管理职责」「（一）加装电梯所有权人」 under 「…各方管理职责」
# 「明确职责」: the owner is the party the rules bind (Round 95's x349_03 二、（一）; round 44), no body's name though
ROLE_PARTY = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:业主|所有权人|产权人)")
# (not a heading that is an act on the party 「（一）引导业主」「（一）督促业主」: a step, no party — rv69a's finding 4)
_ACTS_ON_PARTY = re.compile(r"^(?:引导|督促|指导|组织|动员|鼓励|支持|协助|帮助|告知|通知|提醒|要求|监督|发动|劝导|"
                            r"约谈|服务)")


def role_party(name: str) -> bool:
    """``name`` is a party named by its role alone (``ROLE_PARTY``), not a verb's phrase over it."""
    from .prose_units import VERB_START
    return bool(ROLE_PARTY.fullmatch(name)) and not VERB_START.match(name) and not _ACTS_ON_PARTY.match(name)
