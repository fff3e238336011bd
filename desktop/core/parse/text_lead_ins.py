"""Lead-ins of an article whose lines are its text, not items (Round 86's (a): what a list only classes or defines
is the text of the article that announces it; Round 78's (b)):

- what may not be brought under the scheme 「以下各项不得纳入政府购买服务范围：⏎（一）…事项；」 — lines that only class
  the things excluded;
- the ways a lead-in names, each line defining one 「预留采购份额通过下列措施进行：⏎（一）整体预留，即…；」 — every line
  a name, a comma and 即 (Round 97's x353_01 第四条: lines that define the ways a lead-in names are its contents)."""

from __future__ import annotations

import re

from .headings import Item

# what may not be brought under the scheme 「以下各项不得纳入政府购买服务范围：⏎（一）…事项；」: lines that only class
# the things excluded — text of the article (Round 86's (a); Round 78's (b))
_EXCLUDED_LEAD = re.compile(r"(?:^|\n)(?:以下|下列)(?:各项|事项|服务事项|项目)不得(?:纳入|列入|作为)"
                            r"[^。；;：:\n]{2,30}[：:][ \t\u3000]*$")
# (the ways named, each line one defined 「（一）整体预留，即…」)
_WAYS_LEAD = re.compile(r"(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}?(?:措施|方式|形式)[^。；;：:\n]{0,10}[：:]"
                        r"[ \t\u3000]*$")
_DEFINED_WAY = re.compile(r"^[^，,。；;：:\n]{2,16}[，,]即")


def text_lines(item: Item) -> bool:
    """``item`` (an article) ends with a lead-in whose lines are its text (see the module's text)."""
    body = item.body.rstrip()
    if _EXCLUDED_LEAD.search(body) is not None:
        return True
    lines = [c.body.strip() for c in item.children if c.body.strip()]
    return len(lines) >= 2 and _WAYS_LEAD.search(body) is not None and all(_DEFINED_WAY.match(ln) for ln in lines)
