"""The bodies a headed item gives work through a pivot under a heading that gives out work (round 36 rulings):
an item headed by its unit 「（五）A具体负责…，并接受和配合B开展…」 under 「三、工作职责」 has A and B."""

from __future__ import annotations

import re

from .pivot_units import pivot_objects
from .sentence_names import read_names
from .sentence_split import sentences as _sentences

# a paragraph headed by its unit and a colon or a stop 「区房管局：…」「(3)设施管理处（燃气处）：…」「区建管委。负责…」
_COLON_HEAD = re.compile(r"^\s*[^，,。；;：:\n]{2,40}[：:。]")


def duty_pivots(body: str, heading: str) -> list[str]:
    """The bodies ``body`` gives work through a pivot, when ``heading`` (the item's or its section's duty
    heading, as ``unit_headings.duty_heading`` finds it) gives out work; [] otherwise."""
    if not heading or _COLON_HEAD.match(body):
        return []               # (「（二）区房管局：指导街镇…」: a unit heading is a label, rule 1 decides)
    return pivot_objects([p for pieces in _sentences(body) for p in pieces], read_names)
