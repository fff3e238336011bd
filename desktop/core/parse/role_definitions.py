"""Roles a document defines as a body's 「项目提出部门为该项目的管理人」 (round 33): 「项目管理人」「管理人」
then read as units (moved out of ``sentence_units.py``, which had reached 700 lines)."""

from __future__ import annotations

import re

# a role the document defines as a body's 「项目提出部门为该项目的管理人」 (round 33): 「项目管理人」 is a unit
_DEFINES_ROLE = re.compile(r"(?:部门|单位|机构|中心|政府)为(?:该|本|各)?([\u4e00-\u9fff]{0,6}?)的?"
                           r"(管理人|实施人|责任人)"
                           r"(?![员])")


def defined_roles(text: str) -> frozenset[str]:
    """The role names a document defines as a body's (「…部门为该项目的管理人」: 项目管理人, 管理人)."""
    return frozenset(n for m in _DEFINES_ROLE.finditer(text) for n in (m.group(1) + m.group(2), m.group(2)))
