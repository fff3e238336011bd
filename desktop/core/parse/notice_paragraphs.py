"""Unnumbered paragraphs of work in a notice that numbers nothing (CONVENTIONS.md, round 38 rulings → Tasks):
「…现就…工作调度如下:」 then 「各乡镇…务必迅速摸清…」 and 「区卫生健康局务必加强…」, each paragraph a task (its path its
first words). Only a text with no numbered line at all, after a lead-in that announces what follows 「…如下：」, and
only where every paragraph from there to the signature (or the page's own lines) gives work: an instruction 「务必／
要／应当／必须」 or a duty 「负责／牵头」. A notice that forwards a document 「现将…转发给你们，请认真贯彻执行。」 whose
document is not printed (nothing numbered follows) gives its own work after that line — or issues a list bare 「现将…
印发。」, the list an 附件 — : its paragraphs of work are its
tasks, one alone too (round 39: a forwarding notice's own requirements are tasks when the plan it forwards is not
printed). One whose paragraphs after the lead-in include one that gives none (background, a closing wish) is left
whole. An 附件 list after the work 「附件:1、《…制度》」「2、…名录」 names attachments: its numbered
lines (short names, no sentence) number nothing of the notice's own (round 41: two paragraphs over a list 1、–3、).

A notice with no lead-in gives its paragraphs of work from its first line where that line opens with its addressees
and runs its text on after their colon 「各中小学校、幼儿园: 为了…」, else from its first paragraph that opens with a
body given work 「各盟市食品安全委员会办公室要…」 (the aims and theme lines before it its preamble); one such
paragraph is enough. The text's last line may be a paragraph the page cut off, with no stop at its end, where it is
long enough to be one."""

from __future__ import annotations

import re

from .dates import find_deadlines
from .heading_markers import line_marker

# the lead-in: a sentence that ends by announcing what follows 「…通知如下：」「…调度如下:」「…要求如下：」
_LEAD_IN = re.compile(r"如下\s*[:：]\s*$")
# (or closed by a full stop 「现就有关事宜通知如下。」, where every paragraph after it gives work; else the notice is
# read as one with no lead-in)
_STOP_LEAD_IN = re.compile(r"如下\s*。\s*$")
# the forwarding line: 「现将《…》转发给你们,请认真贯彻执行。」「现将…印发给你们，请结合实际认真贯彻落实。」 — whole,
# or closing the paragraph that opens with the occasion 「今年5月12日是…宣传周。现将…转发给你们,请…落实。」, or
# closing a sentence whose clauses before it give the grounds 「…结合我市实际,围绕活动主题,现将…方案印发给你们,请…」
_FORWARD = re.compile(r"(?:^|(?<=[。，,]))现将[^。]{2,300}?(?:印发|转发)给你们[，,]\s*请[^。]{0,30}"
                      r"(?:执行|落实|实施)。$")
# (or a bare issuing line closing the paragraph that tells why, the list it issues an 附件 and not printed: 「…我委组织
# 各企业进行了现场勘查,现将符合建设条件的第一批小区印发。」 — the notice's own work follows in its next paragraphs)
_ISSUED = re.compile(r"(?:^|(?<=[。，,]))现将[^。]{2,300}?(?:印发|下发)。$")
# the addressees a notice opens with, the body run on after their colon on one line: 「综治委各成员单位,各中小学校、
# 幼儿园: 为了…请认真贯彻执行。 各学校要…」 (a list of bodies with 各 in it, no sentence, then the colon)
_ADDRESSEES = re.compile(r"^[\u4e00-\u9fff]{0,8}各[^。；;:：！!？?]{1,80}?[:：]\s*(?=\S)")
# a paragraph that gives work: an instruction to its bodies, or a duty given (not 「要求」「重要」「主要」 nouns)
_WORK = re.compile(r"务必|必须|应当|(?<![相对响供适反理])应(?!急|用|对)|(?<![主重需必摘纪提概首只])要(?!求|点|素|闻)"
                   r"|负责|牵头"
                   # (a request to the addressees 「…的方式，请相关单位…填写…并于…前发送至…」, and a body's own step it
                   # announces with its time 「上海市交通委员会将在2021年12月15日前组织…评审」: work too, x244_04)
                   r"|(?:^|[，,。；;])请(?:各|相关|有关|你|所属)"
                   r"|将(?:于|在)[^。；;，,]{2,30}?(?:组织|开展|召开|举办|进行)"
                   # (or a body's own act it is told to carry out well 「各部门对所属师生进行安全教育,尤其做好…工作」 —
                   # not the aim 「为做好…」, nor one with its adverb 「为切实做好…」「为进一步做好…」: a clause
                   # that opens with 为 and reaches 做好 within a few words — rv69a's finding 6)
                   r"|(?:^|(?<=[，,。；;\n]))(?!为了?[^，,。；;\n]{0,8}做好)"
                   r"[^，,。；;\n]*?(?<![为了])做好")
# a forwarding cover's call to all to carry out what it issues 「…全省各级各部门要坚持…。一要加强组织领导。各地区、
# 各部门要…对照本分工意见抓紧制定实施方案」: no requirement of its own (rounds 25, 39: the cover's call to carry out the
# document it issues is none) — where it sets no date of its own 「…请各地认真总结,…于2016年3月3日前…报市残联」
_ALL_CALLED = re.compile(r"(?:^|[。，,])(?:全[省市区县])?各(?:级|地区?)[、]?各(?:部门|单位)(?:要|务必|必须|应当)")
# the closing formula and the signature's date; a page's own lines (扫一扫…, 信息来源…, 打印, 关闭)
_CLOSING = re.compile(r"^(?:特此通知|此复|特此函告)[。.]?$")
_CONTACT = re.compile(r"^(?:联系人|联系电话|联系方式|咨询电话|联\s*系\s*人)\s*[:：]")
_DATE = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
_MIN_CHARS = 30
# a holiday's calendar printed among the paragraphs 「5月28日(星期日)至30日放假调休,共3天。5月27日星期六上班。」:
# the days off and the days worked, no work (Round 89's x330_01; Round 91's x336_07 一/1) — passed over, not a
# paragraph that leaves the notice whole
_CALENDAR = re.compile(r"\d{1,2}\s*日[^。]{0,30}?(?:放假|调休|补休|休假)")
# (each sentence an atomic group: a failing line is not re-split between the words of one sentence — rv69a found
# the plain group exponential, 25 s on an 11-sentence line)
_CALENDAR_ONLY = re.compile(r"^(?>[^。]*?(?:放假|调休|补休|休假|上班|上课|共\s*\d+\s*天)[^。]*。)+$")
# an 附件 list's first line 「附件:1、《…》」「附件：」, and one of its names: short, no sentence in it
_ATTACHMENTS = re.compile(r"^附\s*件\s*\d?\s*[:：]")
_ATTACHMENT_NAME = re.compile(r"^[^。；;，,]{2,50}$")


# the label over an attachment printed after the signature's date, alone on its line 「附件」「附件1」
_ANNEX_LABEL = re.compile(r"^附\s*件\s*\d{0,2}\s*[:：]?$")


def _name_list(lines: list[str]) -> bool:
    """The attachment's lines are a title and a list of names 「1.浦东新区曹路镇社区」「2.…」 (three at least), short,
    no sentence in any: a list that names (communities named, units listed), giving no work (round 35)."""
    text = [ln.strip() for ln in lines if ln.strip()]
    named = [ln for ln in text if line_marker(ln) is not None]
    return len(named) >= 3 and len(text) - len(named) <= 3 and all(
        _ATTACHMENT_NAME.match(ln) and len(ln) <= 30 and not ln.endswith(("。", "；", ";")) for ln in text)


def notice_paragraphs(lines: list[str], stops: bool = True) -> dict[int, str]:
    """Line → the paragraph's first words, for each paragraph of work after a notice's lead-in (see the module);
    empty where the text numbers anything or its paragraphs are not all work. A lead-in closed by a full stop
    (``_STOP_LEAD_IN``) is one where its paragraphs are all work; else the text is read again without it
    (``stops`` False)."""
    stopped = False
    lead = None
    forward = False
    attachments = False
    dated = False
    for n, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        dated = dated or _DATE.match(line) is not None
        if dated and _ANNEX_LABEL.match(line) and _name_list(lines[n + 1:]):
            break                       # (the 附件 printed after the date is a list of names: nothing of the notice's)
        if lead is not None and _ATTACHMENTS.match(line):
            attachments = True
            continue
        if attachments and line_marker(line) is not None and _ATTACHMENT_NAME.match(line):
            continue
        attachments = False
        if line_marker(line) is not None:
            return {}
        if lead is None and (_LEAD_IN.search(line) or stops and _STOP_LEAD_IN.search(line)) and len(line) >= 10:
            lead, stopped = n, _LEAD_IN.search(line) is None
        elif lead is None and (_FORWARD.search(line) or _ISSUED.search(line)):
            lead, forward = n, True
    glued = False                       # (the work starts at the lead line itself, not after it)
    if lead is None:
        lead = _glued_addressees(lines)
        lead = _body_led(lines) if lead is None else lead
        glued = lead is not None
    if lead is None:
        lead = _addressee_line(lines)
    if lead is None:
        return {}
    found: dict[int, str] = {}
    last = max(k for k, ln in enumerate(lines) if ln.strip())
    for n in range(lead if glued else lead + 1, len(lines)):
        line = lines[n].strip()
        if not line:
            continue
        if _CLOSING.match(line) or _DATE.match(line) or _CONTACT.match(line):
            break                       # (「联系人：周老师，021-…」: the work has ended, no paragraph of it)
        if n == last and found and _cut_work(line):
            found[n] = re.split(r"[，,；;。:：]", line, maxsplit=1)[0][:40]
            break                       # (the page cut the last paragraph short, its work printed before the cut)
        if len(line) < _MIN_CHARS or not line.endswith(("。", ".", "；", ";")) and (n < last or len(line) < _CUT):
            break                       # (the signature's issuer, a site's line: the notice's work has ended)
        if not _WORK.search(line) and _CALENDAR.search(line) and _CALENDAR_ONLY.match(line) and found == {} \
                and n > lead:
            continue                    # (the holiday's days, before the paragraphs of work)
        if not _WORK.search(line) or forward and _ALL_CALLED.search(line) and not find_deadlines(line, None):
            return notice_paragraphs(lines, stops=False) if stopped else {}
        found[n] = re.split(r"[，,；;。:：]", line, maxsplit=1)[0][:40]
    if len(found) < (1 if forward or glued else 2):
        return notice_paragraphs(lines, stops=False) if stopped else {}
    return found


# a paragraph of work the page cut off (the text's last line, no stop at its end): long enough to be one
_CUT = 80
# (or a short one after paragraphs of work, where a clause before the cut gives work 「有…事件,要按规定及时报告并
# 妥善处理,确保…」: a case and its response, round 30's clarification)
_CUT_WORK = re.compile(r"^[^。；;]{2,30}?[，,][^。；;]*?(?:要|应当|必须|务必)[^。；;]{4,}[，,][^。；;]{2,}$")


def _cut_work(line: str) -> bool:
    """``line`` is the text's last line, cut before its stop (see ``_CUT_WORK``), short as it is."""
    return not line.endswith(("。", ".", "；", ";")) and 15 <= len(line) < _CUT and _CUT_WORK.match(line) is not None


def _glued_addressees(lines: list[str]) -> int | None:
    """The first line of text, where it opens with the notice's addressees and its body runs on after their colon
    (see ``_ADDRESSEES``), the notice having no lead-in of its own: its paragraphs of work start there."""
    for n, raw in enumerate(lines):
        line = raw.strip()
        if _ADDRESSEES.match(line) and len(line) >= 2 * _CUT:
            return n
        if len(line) >= _CUT:
            return None
    return None


# the addressees on a line of their own 「市委宣传部、市文化旅游局、…，各区发展改革委：」: bodies run by 「、」「，」
# (two at least), no sentence, the colon closing the line
_ADDRESSEE_LINE = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:[、，,][\u4e00-\u9fff（）()]{2,30})+[:：]$")


def _addressee_line(lines: list[str]) -> int | None:
    """The notice's addressees on a line of their own (see ``_ADDRESSEE_LINE``) before its first paragraph, the notice
    having no lead-in 「…如下：」: its paragraphs of work follow that line (round 38: the unnumbered paragraphs of a
    notice with no numbering, each giving work, are its tasks)."""
    for n, raw in enumerate(lines):
        line = raw.strip()
        if _ADDRESSEE_LINE.match(line):
            return n
        if len(line) >= _MIN_CHARS:
            return None
    return None


# a paragraph that opens with a body given work 「各盟市食品安全委员会办公室要结合本地区实际,…组织开展好…」
# (or the addressees by their kind 「各区要牢固树立…，深入组织开展…」: 各 and a level of government or its bodies)
_BODY_LED = re.compile(r"^(?:各?[\u4e00-\u9fff]{2,20}?(?:办公室|委员会|领导小组|局|委|办|厅|中心|政府)"
                       r"|各(?:区|县|区县|市|镇|乡镇|街镇|街道|地|部门|单位))(?:要|务必|必须|应当|负责)")


def _body_led(lines: list[str]) -> int | None:
    """The first paragraph of a text that numbers nothing and has no lead-in, where it opens with a body given work
    (see ``_BODY_LED``) and is long enough to be a paragraph: the work starts there (round 38: a notice's unnumbered
    paragraphs that give work), the paragraphs before it (aims, a theme line) staying its preamble."""
    return next((n for n, raw in enumerate(lines) if len(raw.strip()) >= _MIN_CHARS and _BODY_LED.match(raw.strip())),
                None)
