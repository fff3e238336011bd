"""Two shapes of a reporting duty that name no time or lose their verb, read by ``schedule.find_duties``: the
reporting asked for as work to do well (并做好资料的收集、整理、上报、存档工作 / 做好信息报送工作), and a list of dated
sendings whose last line the page cut before its verb (每月25日前将《…汇总表》报送市安委办; / 12月20日前将大检查工)."""

from __future__ import annotations

import re

from desktop.core.model import Duty

from .dates import find_deadlines

# 做好…上报…工作 / 做好信息报送工作: the sending is the work asked for, though no time is given — the head of the
# 工作 phrase, only verbs joined by 、 between it and 工作 (做好资料的收集、上报、存档工作); a sending that only
# qualifies what is done (做好企业上报数据的核验工作 / 做好…报告事项的审核工作) or a report written (做好调研报告撰写
# 工作) is no duty
DO_THE_SENDING = re.compile(r"做好[^。；;，,]{0,24}?(?:上报|报送|报告)(?:[、和及与][\u4e00-\u9fff]{1,3}){0,4}工作")

# a sending by a day, cut at the text's end before what is sent reaches its verb (12月20日前将大检查工)
_CUT_SENDING = re.compile(r"^(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:之|以)?前\s*[,，]?\s*将"
                          r"[^。；;！？!?]{1,40}$")
# …将整治成效纳入…考核 / …将经验做法在全县推广: the line reached its verb — a whole sentence, no cut sending
_VERB_AFTER_JIANG = re.compile(r"将[^。；;！？!?]*?(?:纳入|列入|推广|报送|上报|提交|报至|送至|交至|移交|汇总|通报"
                               r"|印发|推行|作为|转化|应用|复制|落实|完成|形成|整理|归档|公示|公布|发布|反馈|抄送|录入|上传)")


def cut_sending(sentences: list[str], duties: list[Duty], text: str, year: int | None) -> list[Duty]:
    """The text's last sentence as one more duty when it is a dated sending the page cut (no closing mark) right
    after a sentence that sent something (the last of ``duties``); else none."""
    if len(sentences) < 2 or not duties or duties[-1].text != sentences[-2] or re.search(r"[。；;！？!?.]\s*$", text):
        return []
    last = sentences[-1].strip()
    if not _CUT_SENDING.match(last) or _VERB_AFTER_JIANG.search(last):
        return []
    dls = find_deadlines(last, year)
    return [Duty(kind="other", due=dls[0].date if dls else None, every=None, text=last)]
