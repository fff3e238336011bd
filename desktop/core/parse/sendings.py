"""Two shapes of a reporting duty that name no time or lose their verb, read by ``schedule.find_duties``: the
reporting asked for as work to do well (并做好资料的收集、整理、上报、存档工作 / 做好信息报送工作), and a list of dated
sendings whose last line the page cut before its verb (每月25日前将《…汇总表》报送市安委办; / 12月20日前将大检查工);
and the undated shapes ``duties`` asks of a sentence (a regular sending, progress followed on a rhythm, a copy)."""

from __future__ import annotations

import re

from desktop.core.model import Duty

from .dates import find_deadlines

# 做好…上报…工作 / 做好信息报送工作: the sending is the work asked for, though no time is given — the head of the
# 工作 phrase, only verbs joined by 、 between it and 工作 (做好资料的收集、上报、存档工作); a sending that only
# qualifies what is done (做好企业上报数据的核验工作 / 做好…报告事项的审核工作) or a report written (做好调研报告撰写
# 工作) is no duty
# (or the sending closes the clause: 做好险情、灾情的统计与信息上报。 — not 报告 there, a paper written: 做好年度报告)
DO_THE_SENDING = re.compile(r"做好[^。；;，,]{0,24}?(?:(?:上报|报送|报告)(?:[、和及与][\u4e00-\u9fff]{1,3}){0,4}工作"
                            r"|(?:上报|报送)(?=[，,。；;]|$))")

# 「应定期将…报送…」「定期向…报告」: a sending done regularly, no day (「各单位应定期将试点进展…报送…办公室，…适时
# 组织开展试点工作总结评估」: no year's report — the kind ``duties`` drops —, but a standing sending all the same)
REGULAR_SEND = re.compile(r"(?<!不)定期(?:将|把|向)[^，,。；;]{0,40}?(?:报送|上报|报告|汇报|提交)")
# the work's progress followed or gathered on a rhythm: 「每周跟踪动态、每月汇总进展」 / 「每月调度工作进展」 (not
# 每月开展巡查: work done on a rhythm, nothing gathered)
# (the progress named first: 「对进展情况每月汇总分析」「按月做好情况跟踪」 — not 每月开展检查, nothing gathered)
EVERY_GATHERED = re.compile(r"每\s*(周|月|季度)\s*(?:跟踪|汇总|调度|梳理)(?:汇总|梳理)?\s*"
                            r"(?:工作|任务|推进)?(?:动态|进展|进度)"
                            r"|(?:进展|进度|推进|工作)情况\s*(?:每|按)\s*(周|月|季度)\s*(?:跟踪|汇总|调度|梳理)"
                            r"|(?:每|按)\s*(周|月|季度)\s*做好(?:工作|进展|推进)?情况(?:跟踪|汇总|梳理)")
# 「将…结果再次书面反馈给代表或委员,并抄送县政府督查室」「同时将…办理结果抄送市…局」: an answer or results copied on
COPY_TO = re.compile(r"(?:反馈|答复|函复)[^。；;]{0,30}抄送"
                     # 「公布最终结果，并抄送国家能源局」: the result published, a copy sent to a body
                     r"|(?:公布|公示|发布|印发|下达)[^。；;]{0,30}?[，,]\s*(?:并|同时)\s*抄送"
                     r"|将[^，,。；;]{0,20}?(?:结果|情况|材料|意见|决定)[^，,。；;]{0,4}?抄送")

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
