"""The label line over an attachment (附件4 / 附件 2： / 附件一), for the readers of a plan's 附件 part.

A document in articles printed under that label after a plan in articles (附件4 / …实施细则 / 第一条 …) is the
plan's attachment and is not counted, however it is numbered (Round 92, governs, p65d-1: tasks are counted to the 附件
line; only two texts the cover itself forwards, or two titled texts in one body before any 附件 line, are counted
both) — so no reader takes its articles as tasks; the outline's trailer keeps it.
"""

from __future__ import annotations

import re

from .columns import ANNEX_LINE

# the label line over an attachment, alone on its line: 附件4 / 附件 2： / 附件一 (the package's one such regex)
ANNEX_LABEL = re.compile(rf"(?:^|\n)\s*{ANNEX_LINE}\s*\n")
