"""The title of a notice that issues a plan it does not print (「某局关于印发开展2022年“…月”活动方案的通知」, its own
points 一、时间安排… below, the 活动方案 an 附件 not in the text): the notice's own title line at the top of the page,
not the plan it names in 《》 in its preamble (「制定了《2022年某县“…月”活动方案》，现印发给你们」). The plan, where it
is printed under its own title line, stays the title (CONVENTIONS.md "Two documents under one cover")."""

from __future__ import annotations

import re

from .site_titles import PLAN_WORD

# 「德化县市场监督管理局关于印发开展2022年“安全用药月”活动方案的通知」: a whole notice title on a line of its own
_ISSUING_LINE = re.compile(r"[^。；;，,:：《》\n]{0,40}关于印发([^。；;，,:：《》\n]{4,80}?" + PLAN_WORD + r")的通知")


def _same_plan(inner: str, name: str) -> bool:
    """The notice's words for the plan and the 《》 name are one plan (the same plan word, most characters shared:
    「开展2022年“安全用药月”活动方案」 / 「2022年德化县“安全用药月”活动方案」)."""
    if inner[-2:] != name[-2:]:
        return False
    return len(set(inner) & set(name)) >= 0.7 * len(set(name))


def unprinted_plan_notice(text: str, name: str) -> str:
    """The notice's title line among the text's first lines when it issues ``name`` (the caller knows the plan is not
    printed in the text); "" otherwise."""
    top = [ln.strip() for ln in text.split("\n")[:16] if ln.strip()][:8]
    for line in top:
        m = _ISSUING_LINE.fullmatch(line)
        if m and _same_plan(m.group(1), name):
            return line
    return ""
