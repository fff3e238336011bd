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
# (the cover's first lines only: an addressee line stands before the notice's first paragraph)
_HEAD_LINES = 40


def _norm(s: str) -> str:
    return re.sub(r"[ \t\u3000\xa0]+", "", s).replace("（", "(").replace("）", ")")


def addressee_line(text: str) -> str:
    """The notice's addressee line, without its colon and normalised (``_norm``), or ""."""
    for n, raw in enumerate(text.splitlines()):
        if n >= _HEAD_LINES:
            break
        if _LINE.match(line := raw.strip()):
            return _norm(line[:-1])
    return ""


def call_back(tasks: list[Task], text: str) -> None:
    """Clear the units of each task whose text prints the addressee line again whole as the subject of 要／应 (at a
    sentence's or a clause's start) and whose every unit is one of the line's names."""
    line = addressee_line(text)
    if not line:
        return
    names = re.split(r"[、，,]", line)
    printed = re.compile(r"(?:^|[。；;！!，,:：\n])" + "[、，,]".join(map(re.escape, names))
                         + r"(?:要|应当?|應當?|须|須|必须|必須|务必|務必)")
    for task in tasks:
        units = [*task.lead_units, *task.responsible_units]
        if units and all(set(re.split(r"[、，,]", _norm(u))) <= set(names) for u in units) \
                and printed.search(_norm(task.text)):
            task.lead_units, task.responsible_units = [], []
