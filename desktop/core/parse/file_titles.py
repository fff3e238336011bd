"""A title a web page or a file listing gives the plan: a document site's shared or uploaded file name, the
title its preview opens with, a file-name line; and a site's heading that writes the title twice."""

from __future__ import annotations

import re

from .site_pages import DOC_FILE, PREVIEW, SHARED_FILE_END, SHOP_BANNER
from .site_titles import PLAN_WORD as _PLAN_WORD, doubled, names_the_file

# 《…工作方案.docx》由会员分享: the file a document site's preview shows
_SHARED_FILE = re.compile(r"《([^《》\n]{4,80}?)" + SHARED_FILE_END)


# the words a plan's text opens with after its title: 根据… / 按照… / 为了… / 为深入…
# (为了 always opens a purpose: …实施方案为了让全县人民…)
_OPENING = (r"(?:根据|按照|针对(?!性)|为了|为(?:认真|深入|进一步|全面|切实|加快|贯彻|落实|推进|做好|大力"
            r"|提升|提高|加强|确保|推动|促进|巩固|改善|规范|有效|积极|建立|健全))")


# a text run into one line that opens with its title: 关于支持“双招双引”的十条意见。为落实…
# (a shop's page number 1 before it, 「1杨村乡…实施方案根据《…》,…」; a site's word after it,
# 「…行动方案范文为有效预防…」「…工作方案文稿为深入贯彻…」; the text may open with 根据… as well as with 为…; a site's
# dot between the title and the text's opening words, 「…工作意见 . 为提高…」)
# (not a 1 of the title's own: 1村1品… / 1中2024年… / 1区…, a count soon after it (not a year: 1某乡2013年…) or a
# school's or a place's word)
FIRST_SENTENCE = re.compile(r"^\s*(?:1(?=[\u4e00-\u9fff])(?![号个月年日项条届次批期类季周元级名人家户万千百亿])"
                             r"(?![中区村镇县乡])(?![^\d\n]{0,3}\d{1,3}(?!\d))"
                             r"|1(?=(?:19|20)\d{2}年))?"       # (a chunk's 1 run into a title's year: 12023年…规划)
                             # (not a call to carry a plan out: 认真落实…整改方案针对… / 各村要结合…方案为…)
                             r"(?!认真|切实|严格|按照|结合|各[村镇乡部单级有地])"
                             r"([^。；;，,:：\n]{6,60}?" + _PLAN_WORD + r"(?:[(（][^()（）]{1,12}[)）])?)"
                             r"\s*(?:范文|范本|模板|文稿)?\s*(?:。|[.．]\s*(?=" + _OPENING + r")"
                             r"|(?=一[、.]|[(（]一[)）]|1[.、]\D|" + _OPENING +
                             # (the addressees run in between, their colon lost: …工作方案各村委会、乡属各部门为深入…)
                             r"|各[^。；;:：\n]{2,40}?" + _OPENING +
                             r"|(?:(?:19|20)\d{2}|今)年(?:是|以来|[,，])"  # …工作要点2023年是…之年 / 今年是…
                             # (a year the copy masked, 「…方案XX年“八一”建军节即将来临」: never the title's own)
                             r"|(?:19|20)?[Xx×]{2}年(?!度)))")


# a notice's title the preview's first chunk writes twice, run in 「1、…放假通知…放假通知各学区,…:」 (no plan word
# in it; the file's name may write it otherwise)
_NOTICE_TWICE = re.compile(r"\s*([^。；;，,:：\n]{6,60}?(?:通知|通告|决定|规定|意见|办法))\s*\1")


def _shared_file(text: str) -> str | None:
    """The name of the file a document site's preview shows (《…工作方案.docx》由会员分享), as written."""
    shared = _SHARED_FILE.search(text[:1000])
    return shared.group(1) if shared else None


# a document site's banner at the top of its preview: 精选优质文档-----倾情为你奉上
_BANNER = re.compile(r"^\s*(?:1\s*、\s*)?(?:" + SHOP_BANNER + ")?")


def _above_addressees(lines: list[str]) -> str:
    """The title right above a preview's addressees (各村(场)、有关部门:), broken over lines (2015年度治理…“食品放心 /
    工程”工作方案) and below the file's name written again: its lines joined; else ""."""
    at = next((k for k, ln in enumerate(lines) if re.match(r"^各.{2,40}[:：]$", ln.strip())), -1)
    parts: list[str] = []
    for line in (ln.strip() for ln in reversed(lines[:at] if at > 0 else [])):
        if not line:
            continue
        if len(line) > 40 or re.search(r"[。；;：:]|" + DOC_FILE, line) or parts and re.search(_PLAN_WORD + "$", line):
            break                        # (the file's name or another copy of the title above)
        parts.insert(0, line)
    return "".join(parts) if parts and re.search(_PLAN_WORD + "$", parts[-1]) else ""


def _previewed_title(text: str, name: str) -> str:
    """The title the preview's first chunk opens with (1、精选优质文档-倾情为你奉上某县某乡2012年…计划为认真做好…),
    when it ends as the file's name does and shares most of its characters; else ""."""
    lines = text.split("\n")[:40]
    for k, line in enumerate(lines):
        if not PREVIEW.search(line):
            continue
        line = next((ln for ln in lines[k + 1:] if ln.strip()), "")
        banner = _BANNER.match(line)
        rest = line[banner.end():] if banner else line
        if _REPORT_END.search(name):
            return _after_report(rest)
        m = FIRST_SENTENCE.match(rest) or _OPENING_NAME.match(rest) or _NOTICE_TWICE.match(rest)
        for title in (_once(m.group(1).strip()) if m else "", _above_addressees(text.split("\n")[k + 1:k + 40])):
            # (…整治方案…整治方案为了…: written twice)
            if title.endswith(name[-4:]) and sum(ch in name for ch in title) >= 0.6 * len(title) and (
                    title not in name or _site_year_before(name, title, text)):
                return title
        return ""
    return ""


def _site_year_before(name: str, title: str, text: str) -> bool:
    """The file's name is the text's title with a year put before it 「2022年秋冬季…方案」 over 「1、秋冬季…方案 为切实
    做好2014年秋冬季…」: the uploader's year, written nowhere in the text (which writes its own) but in the name."""
    year = re.fullmatch(r"\s*((?:19|20)\d{2})\s*年\s*", name[:-len(title)]) if name.endswith(title) else None
    rest = text.replace(name, "")
    # (a text that writes no year of its own keeps the name's: the plan's year, for want of any other)
    return year is not None and year.group(1) not in rest and re.search(r"(?:19|20)\d{2}\s*年", rest) is not None


# a file a site names as a report (…工作总结): the plan it shows may be another document
_REPORT_END = re.compile(r"(?:总结|报告|汇报)$")
_ADDRESSEES = re.compile(r"各[^。；;，,:：\n]{2,40}(?:[,，、][^。；;:：\n]{2,30})?[:：]")


def _after_report(chunk: str) -> str:
    """A report's file whose preview opens with the report's name and then a plan's own title over its addressees
    (1、…工作总结 农作物秸秆…禁烧 工作方案 各乡镇…,区级各部门:): that title; else ""."""
    at = _ADDRESSEES.search(chunk, 0, 160)
    head = re.sub(r"\s+", "", chunk[:at.start()]) if at else ""
    title = re.split(r"总结|报告|汇报", head)[-1]
    return title if 6 <= len(title) <= 60 and _OPENING_NAME.fullmatch(title) else ""


def shared_file_title(text: str, title: str) -> bool:
    """The title is the name a document site's uploader gave the file (its year may not be the plan's)."""
    shared = _shared_file(text)
    return shared is not None and shared.strip() == title


_NOTICE_TITLE = re.compile(r"(?:^|\n)[^\n。]{0,40}关于(?:印发|转发|下发)[^\n。]{4,160}的通知\s*(?:\n|$)")


def _two_plans(text: str, m: re.Match[str]) -> bool:
    """《A》和《B》已经…同意 / 现将《A》和《B》印发: the notice issues two plans, so neither names the text
    when the notice's own title is on the page (else the first plan is the best name there is)."""
    two = m.group(0).count("《") > 1 or re.match(r"\s*[和及、]\s*《", text[m.end():]) is not None
    return two and _NOTICE_TITLE.search(text[:3000]) is not None


_UPLOADED_NAME = re.compile(r"^\s*([^\n]{4,120}?)\s*(?:[(（]\d+[页頁][^)）]*[)）])?" + DOC_FILE + r"\s*$", re.M)
_OPENING_NAME = re.compile(r"^([^。；;，,:：\n]{6,60}" + _PLAN_WORD + r"(?:[(（][^()（）]{1,12}[)）])?)")


_FILE_LINE = re.compile(r"^(.{4,80}?)\s*" + DOC_FILE + "$")
# the file's name (with its ending and a colon or dots after it) leading a preview's run-in line
_NAME_LED = re.compile(r"^[^\n。；;，,]{4,80}?" + DOC_FILE + r"\s*[:：][:：.．…\s]*")


def _named_file_opening(lines: list[str]) -> str:
    """A document site's page: the file's name on a line of its own (市区2024年《…》工作方案 (合计4份).docx),
    the document's text below run into one line that opens with its own title (2024年…工作方案为进一步…):
    that title, when its words are the file name's."""
    names = [m.group(1) for m in map(_FILE_LINE.match, lines[:40]) if m]
    if not names:
        return ""
    for line in lines[:80]:
        # (…方案.doc:..…方案为进一步…: a shop's preview line led by the file's name again)
        line = _NAME_LED.sub("", line) if any(line.startswith(name) for name in names) else line
        # (1、XX县…方案为深入推进…: the preview's first chunk, its number and a site's banner before the title)
        line = line[banner.end():] if (banner := _BANNER.match(line)) else line
        first = FIRST_SENTENCE.match(line)
        if first and len(line) > len(first.group(0)) + 40 and not _FILE_LINE.match(line):
            title = first.group(1)
            if any(names_the_file(title, name) for name in names):
                return title
    return ""


def _uploaded_title(text: str) -> str:
    """A download page (…方案(2021-2022年)(18頁).docx / 下载文档 / 上传人 …): the title the text opens
    with, where it starts as the file's name does; else the file's name without its page count."""
    first = _UPLOADED_NAME.match(text)
    name = first.group(1).strip() if first else ""
    for line in text.split("\n")[1:40]:
        line = line.strip()
        if name and line.startswith(name[:6]):
            opening = _OPENING_NAME.match(line)
            if opening:
                return opening.group(1)
        chunk = re.match(r"(?:1\s*、)?\s*", line)
        opening = _OPENING_NAME.match(line[chunk.end():]) if chunk and name else None
        if opening:
            # the preview's first chunk opens with the document's own title, written twice (某县…工程…行动方案(某办改)
            # 某县…工程…行动方案为…), where the uploader's name for the file differs (…项目…行动方案): that title
            title = doubled(opening.group(1).strip())
            if title != opening.group(1).strip() and title.endswith(name[-2:]) \
                    and sum(ch in name for ch in title) >= 0.6 * len(title):
                return title
    return name


def _once(title: str) -> str:
    """A site's heading that writes the title and then its own end again (某镇2024年工作计划2024年工作计划):
    the title once."""
    for k in range((len(title) + 1) // 2, len(title) - 3):
        head, tail = title[:k], title[k:]
        if head.endswith(tail) and re.search(_PLAN_WORD + "$", tail):
            return head
    return doubled(title)


# a mask in a title 「XX“我们的节日·端午”主题活动通知」 (letters for a name left out — any two Latin letters match,
# GDP and APP too, harmless: the title is replaced only where the text prints it in another case below its preview's
# blurb): a document site's headline may print it in another case 「xx…」 than the text's own line below its
# preview's blurb does — the text's line is read with its mask as printed (Round 97 on x354_04; round 65's x275_03:
# the site's headline stands only where the text prints no title)
_MASK = re.compile(r"[A-Za-z]{2}")


def own_case(title: str, text: str) -> str:
    """The text's own print of ``title`` in another case below a document site's preview blurb, else ``title``."""
    blurb = PREVIEW.search(text[:3000]) if _MASK.search(title) else None
    if blurb is None:
        return title
    start = text.find("\n", blurb.end()) + 1 or len(text)
    return next((m.group() for m in re.finditer(re.escape(title), text[start:start + 3000], re.IGNORECASE)
                 if m.group() != title), title)
