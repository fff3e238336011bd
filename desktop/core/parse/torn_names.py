"""A unit name the page end tore (round 36: a cut name is no unit): the plan's text stops right after the last task's
last unit (a site's footer after it aside), and that name is the start of a longer unit the plan names elsewhere —
「…|协助部门|各市场」 where every row before reads 「各市场监督管理所」. Only a strict prefix of a name read elsewhere
counts, one that name goes on from
with a character (not 「建设管理委」 before 「建设管理委（交通委）」, an alias in brackets); a whole name at the end
(「各市场监督管理所」, or 「区民政局」 named nowhere else) stays."""
from __future__ import annotations

from desktop.core.model import Task

from .text_ends import TRAILER_LINE


def torn_last_name(body: str, tasks: list[Task]) -> str:
    """The last task's last unit where the plan's text ``body`` ends with it and it is a strict prefix of
    another task's unit; "" otherwise."""
    if not tasks:
        return ""
    last = tasks[-1]
    tail = (last.responsible_units or last.lead_units)[-1:]
    lines = body.rstrip().split("\n")
    while len(lines) > 1 and TRAILER_LINE.search(lines[-1].strip()):
        lines.pop()             # (a site's footer after the text: 【打印本页】, 扫一扫…, 主办：…)
    if not tail or not "\n".join(lines).rstrip().endswith(tail[0]):
        return ""
    name = tail[0]
    others = {n for t in tasks for n in (*t.lead_units, *t.responsible_units) if n != name}
    # (the longer name goes on with a character of the name, not a bracket: 「建设管理委（交通委）」 is the same body)
    return name if any(o.startswith(name) and "\u4e00" <= o[len(name)] <= "\u9fff" for o in others) else ""
