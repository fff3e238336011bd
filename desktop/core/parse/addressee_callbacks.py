"""The notice's addressee line printed again whole as a task's subject calls the addressees back (Round 98 rulings,
turned: 「a word for all the addressees, or the addressee line printed again whole, calls the notice's addressees
back…whatever verb follows」 — Round 89's governs on x330_02, Round 97's x354_03): 「各镇、街道残联,市聋儿语训部:」 over
「一、… 各镇、街道残联,市聋儿语训部要围绕今年主题,认真组织开展宣传活动…」 names no unit. Only a task whose every unit is
one of the line's names is cleared (a partner outside the line 「…并与B组织…」 keeps the reading it had).

The line is gathered once per text (the cover's first lines), then each task's text is looked up against it."""

from __future__ import annotations

import re

from desktop.core.model import Task

# the addressees on a line of their own 「各镇、街道残联,市聋儿语训部:」「各村(社區)、鎮直各單位:」: names run by 、 or
# a comma (two at least), the colon closing the line
_LINE = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:[、，,][\u4e00-\u9fff（）()]{2,30})+[:：]$")
# (not a lead-in sentence closed by a colon 「为进一步做好…，结合我区实际，现将有关事项通知如下：」 — rv69a's finding 3)
_LEAD_IN = re.compile(r"如下|通知|制定|结合|现将|为了?[\u4e00-\u9fff]{0,6}做好")
# (the cover's first lines only: an addressee line stands before the notice's first paragraph)
_HEAD_LINES = 40


def _norm(s: str) -> str:
    return re.sub(r"[ \t\u3000\xa0]+", "", s).replace("（", "(").replace("）", ")")


def addressee_line(text: str) -> str:
    """The notice's addressee line, without its colon and normalised (``_norm``), or ""."""
    for n, raw in enumerate(text.splitlines()):
        if n >= _HEAD_LINES:
            break
        if _LINE.match(line := raw.strip()) and not _LEAD_IN.search(line):
            return _norm(line[:-1])
    return ""


def call_back(tasks: list[Task], text: str) -> None:
    """Clear the units of each task whose text prints the addressee line again whole as the subject of 要／应 (at a
    sentence's or a clause's start) and whose every unit is one of the line's names — unless one of those names is
    read again outside the printed line 「街道负责组织…，各镇、街道要…」: a unit its own clause names (rv69a's finding
    3) keeps the reading it had."""
    line = addressee_line(text)
    if not line:
        return
    names = re.split(r"[、，,]", line)
    printed = re.compile(r"(?:^|[。；;！!，,:：\n])" + "[、，,]".join(map(re.escape, names))
                         + r"(?:要|应当?|應當?|须|須|必须|必須|务必|務必)")
    for task in tasks:
        units = [*task.lead_units, *task.responsible_units]
        own = set(re.split(r"[、，,]", "、".join(map(_norm, units))))
        body = _norm(task.text)
        rest = printed.sub("", body)
        if units and own <= set(names) and printed.search(body) and not any(n and n in rest for n in own):
            task.lead_units, task.responsible_units = [], []
