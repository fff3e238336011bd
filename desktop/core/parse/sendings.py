"""Two shapes of a reporting duty that name no time or lose their verb, read by ``schedule.find_duties``: the
reporting asked for as work to do well (并做好资料的收集、整理、上报、存档工作 / 做好信息报送工作), and a list of dated
sendings whose last line the page cut before its verb (每月25日前将《…汇总表》报送市安委办; / 12月20日前将大检查工)."""

from __future__ import annotations

import re

from desktop.core.model import Duty

from .dates import find_deadlines

# 做好…上报…工作 / 做好信息报送工作: the sending is the work asked for, though no time is given
DO_THE_SENDING = re.compile(r"做好[^。；;，,]{0,24}?(?:上报|报送|报告)[^。；;，,]{0,12}?工作")

# a sending by a day, cut at the text's end before what is sent reaches its verb (12月20日前将大检查工)
_CUT_SENDING = re.compile(r"^(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:之|以)?前\s*[,，]?\s*将"
                          r"[^。；;！？!?]{1,40}$")


def cut_sending(sentences: list[str], duties: list[Duty], text: str, year: int | None) -> list[Duty]:
    """The text's last sentence as one more duty when it is a dated sending the page cut (no closing mark) right
    after a sentence that sent something (the last of ``duties``); else none."""
    if len(sentences) < 2 or not duties or duties[-1].text != sentences[-2] or re.search(r"[。；;！？!?.]\s*$", text):
        return []
    last = sentences[-1].strip()
    if not _CUT_SENDING.match(last):
        return []
    dls = find_deadlines(last, year)
    return [Duty(kind="other", due=dls[0].date if dls else None, every=None, text=last)]
