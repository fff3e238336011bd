"""A heading that designates the bodies answering for the work under it (round 38 unit headings; Round 39
rulings, designations): 「（一）建设单位、施工单位对工程施工期间地下管线保护管理分别负总体责任和直接责任」 over
its numbered duties 1.–7., or 「（四）燃气管理部门对燃气管线安全运行负监管责任」 over its own paragraph — the
named bodies are the units of the items under it that name none of their own (the objects of 督促 under it are
not units)."""
from __future__ import annotations

import re

from .prose_units import split_joined
from .units import looks_like_unit, split_units

# 「A、B对…(分别)负…责任」「A对…承担…责任」: the names, then what they answer for, then the kind of responsibility
_DESIGNATES = re.compile(r"(?P<names>[^，,。；;：:\n对]{2,40}?)对[^，,。；;：:\n]{2,40}?(?:分别|共同)?(?:负|承担)"
                         r"[\u4e00-\u9fff、和]{0,12}?(?:责任|职责)[。；;]?")


def designated(line: str) -> list[str]:
    """The bodies a heading line designates 「A、B对…分别负…责任」, or []."""
    m = _DESIGNATES.fullmatch(line.strip())
    if m is None:
        return []
    names, _notes, _leads, odd = split_units(m.group("names"))
    names = [n for name in names for n in split_joined(name, looks_like_unit)]
    return names if names and not odd and all(looks_like_unit(n) and len(n) >= 2 for n in names) else []
