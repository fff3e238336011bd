"""A cover notice over the task list it sends as its attachment (Round 76 rulings, "Tasks and counts").

A cover 「现将…重点工作任务予以分解」 may print working points of its own (一、细化任务抓落实。… 三、…报送…) and
then its attachment, a task list numbered 1.–N. straight through under group lines
(一、主要预期目标 / 1.… / 2.… / 二、… / 6.…).
The cover and the list are one plan: the cover's points are kept, the list's items numbered with the attachment's
prefix by the list's own numbers (附件/1 … 附件/N), its group lines carrying no number into the path. The layout
decides nothing: 「附件：X」 on one line (X printed again over the list after the signature), 「附件：」 alone with X on
the next line, or a bare 「附件」 above X after the signature each mark X as the attachment.
"""

from __future__ import annotations

import re

from desktop.core.model import Heading, Task

from .annexed_rules import ANNEX_LABEL

# the cover's 附件 line naming one attachment on the same line: 「附件：2024年…任务分解表」
# (not a numbered list of several)
_NAMED_ANNEX = re.compile(r"(?:^|\n)\s*附件\s*[:：]\s*(?![\d一二三四五六七八九十]\s*[.．、])(?P<name>[^\n]{4,60})\n")


def _squash(text: str) -> str:
    return re.sub(r"[\s《》<>〈〉“”\"]", "", text).rstrip("。.;；")


def annex_marked(trailer: str) -> bool:
    """Whether the text after the cover marks an attachment it prints: a 附件 label alone on its line (附件 / 附件：
    / 附件1), or a 「附件：X」 line whose X stands again, alone on a later line, as the printed attachment's title."""
    if ANNEX_LABEL.search(trailer):
        return True
    named = _NAMED_ANNEX.search(trailer)
    if not named or not (name := _squash(named.group("name"))):
        return False
    return any(_squash(line) == name for line in trailer[named.end():].split("\n"))


def list_numbers(tasks: list[Task], headings: list[Heading]) -> None:
    """The attached list's items, numbered under 附件 by the list's own numbers: where the items run straight through
    their group lines (一、… 1. 2. / 二、… 3. 4., no number twice), the groups drop out of the items' paths (附件/3,
    not 附件/一/3); a list numbered again under each group keeps its groups (附件/二/1). Paths are set in place."""
    numbers = [t.number for t in tasks]
    if not tasks or len(set(numbers)) != len(numbers) or not all(re.fullmatch(r"\d+", n) for n in numbers) \
            or any(len(t.path) > 1 for t in tasks):
        for t in tasks:
            t.path = ["附件", *t.path]
    else:
        for t in tasks:
            t.path = ["附件"]
    for h in headings:
        h.path = ["附件", *h.path]
