"""A body's level and kind by its name: which of 「市场监管部门」「公安机关」 a named body 「县市场监管局」 is, and the
level (市／区／县…) its name opens with — used where an article's kinds of bodies are matched to the bodies it names
(moved out of ``tasks.py``, which had reached 700 lines)."""

from __future__ import annotations

import re


def level_of(name: str) -> str:
    """The level a body's name opens with (市公安局 → 市, 各区教育局 → 区, 县(市、区)卫健局 → 县), "" when none."""
    m = re.match(r"各?(?:全)?([省市县区镇乡])(?![场域])", name)     # (not 市场监管局)
    return m.group(1) if m else ""


def of_kind(name: str, kind: str) -> bool:
    """「市市场监管局」 of 「市场监管部门」, 「县卫健局」 of 「卫生健康部门」, 「县公安局」 of 「公安机关」: the named
    body shares the kind's words (two of its characters at least)."""
    stem = re.sub(r"(?:部门|机构|系统|机关)$", "", kind)
    return stem in name or len(set(stem) & set(re.sub(r"^[省市县区镇乡]", "", name))) >= 2
