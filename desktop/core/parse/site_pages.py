"""A web copy's furniture around a plan's text: site names injected into sentences (``strip_injected``),
a document site's own lines — VIP, 下载, 预览, viewer counts (``strip_site_terms``) — and the numbered chunks a
preview page cuts a document into (``strip_preview_chunks``); the names of shared files (``DOC_FILE``,
``PREVIEW``, ``UPLOADED``) the title readers use. Moved out of ``normalise`` whole."""

from __future__ import annotations

import re
from itertools import pairwise

from .script import fold
from .site_titles import PLAN_WORD

# Scraped copies carry site names injected into sentences, e.g. "体球网,足球比分网:" repeated
# through a whole plan. A pair of "…网" names joined by a comma counts as injected only when the
# same pair comes back at least three times: a real plan does not repeat such a phrase.
_INJECTED = re.compile(r"([\u4e00-\u9fff]{1,6}网)([,，])([\u4e00-\u9fff]{1,6}网)")


def strip_injected(text: str) -> tuple[str, list[str]]:
    """``text`` without repeated injected site names; and what was removed.

    The first name's start is unknown (the text before it runs on), so occurrences are grouped
    by the second name and the first is cut to the ending they all share: 体球网 in
    府办公室体球网 / 院办公厅体球网 / 根据体球网.
    """
    groups: dict[str, list[str]] = {}
    for m in _INJECTED.finditer(text) if "网," in text or "网，" in text else ():     # (in every match)
        groups.setdefault(m.group(3), []).append(m.group(1))
    removed = []
    for second, firsts in groups.items():
        if len(firsts) < 3:
            continue
        shared = firsts[0]
        for first in firsts[1:]:
            while not first.endswith(shared):
                shared = shared[1:]
        if len(shared) >= 2:
            removed.append(f"{shared},{second}")
            text = re.sub(re.escape(shared) + "[,，]" + re.escape(second) + "[:：]?", "", text)
    return text, removed


# a sharing site's terms for its users, listed above the document it shows (- 1、本站所有内容均由网友上传… /
# - 4、该文档为VIP文档,如果想要下载…): lines of the site's business, never the plan's items
# (or the viewer's note on the document's length: 本文档共7页,可阅读全部内容)
_SITE_TERM = re.compile(r"本站|本网站|VIP|会员|付费|下载|版权|侵权|上传|退款|客服|网友|举报|文档|预览"
                        r"|共\d{1,4}页|可阅读全部")
# the site speaking of itself (a plan may speak of 会员, 版权, 下载 in its own items: a union's 会员 services)
# (or its documents and service: 下载文档前请… / 本文档由用户上传 / 仅部分预览的文档 / 联系客服)
_SITE_SELF = re.compile(r"本站|本网站|网站文档|VIP|会员中心|文档|预览|客服")
_MORE_LINK = re.compile(r"^\s*(?:查看更多|展开全文|阅读全文|点击查看全文|收起)\s*[>»]*\s*$")
# a plan's title or first heading: terms above it may be the site's, terms below it are the plan's own
_PLAN_START = re.compile(r"(?:方案|意见|计划|要点|办法|细则|安排|规划|通知|决定)\s*$|^\s*[一二三四五六七八九十]{1,3}、")
# a numbered line that reads as a plan's item: a short heading sentence (1、推进会员实名入会。…)
_PLAN_ITEM = re.compile(r"^[\s\-]*\d{1,2}[、.．]\s*[^，,。；;：:！!？?\s]{2,16}。")


def _site_terms(line: str) -> bool:
    return len(set(_SITE_TERM.findall(fold(line)))) >= 2 and not _PLAN_ITEM.match(line)


# a document viewer's figures over the text (- 0 / - 约4.38千字 / - 约 9页 / - 2026-01-16 发布于四川 / - 举报)
_VIEWER_STAT = re.compile(r"^\s*[-•·]\s*(?:\d{1,6}|约\s*[\d.]+\s*(?:千字|万字|字|页)|(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s*"
                          r"发布于[\u4e00-\u9fff]{0,8}|举报|收藏|分享)\s*$")


def strip_site_terms(text: str) -> str:
    """``text`` without a site's terms for its users above the document: a run of three or more lines among
    the first twenty, above the plan's title and first heading, each naming two of the site's business words
    (付费, 下载, 会员, 版权, 上传 …), most of them the site itself (本站, VIP, 会员中心), none a plan's item,
    and the 查看更多 link after them; and a viewer's figures (- 约 9页 / - 举报), three lines or more in a row
    above the title and first heading (「- 10」 lines in the body are the plan's own)."""
    lines = text.split("\n")
    stats = [j for j, ln in enumerate(lines[:40]) if _VIEWER_STAT.match(ln)]
    if len(stats) >= 3 and not any(_PLAN_START.search(fold(ln)) for ln in lines[:stats[0]]) \
            and stats[-1] - stats[0] + 1 - len(stats) <= sum(
            not lines[j].strip() for j in range(stats[0], stats[-1] + 1)):
        lines = lines[:stats[0]] + lines[stats[-1] + 1:]
        text = "\n".join(lines)
    filled = [j for j, ln in enumerate(lines) if ln.strip()][:20]
    k, titled = 0, False
    while k < len(filled):
        if _PLAN_START.search(fold(lines[filled[k]])) and not _site_terms(lines[filled[k]]):
            # the plan has begun: what follows is its own — but a run right under the page's title line that is
            # wholly the site's (1、下载文档前请… 2、“仅部分预览”的文档… 3、如文档侵犯您的权益…) is still the site's
            if titled or k > 1 or re.match(r"\s*[一二三四五六七八九十]{1,3}、", lines[filled[k]]):
                return text
            titled = True
            k += 1
            continue
        run = []
        while k < len(filled) and _site_terms(lines[filled[k]]):
            run.append(filled[k])
            k += 1
        self_lines = sum(bool(_SITE_SELF.search(fold(lines[j]))) for j in run)
        if len(run) >= 3 and (self_lines == len(run) if titled else 2 * self_lines > len(run)):
            end = run[-1] + 1
            while end < len(lines) and (not lines[end].strip() or _MORE_LINK.match(fold(lines[end]))):
                end += 1
            return "\n".join(lines[:run[0]] + lines[end:])
        k += 1 if not run else 0
    return text


# a site's paywall after the text it shows: 「阅读全文⏎(想阅读完全部图文内容,您需要先登陆!)⏎如果喜欢本篇内容,请赞赏…」
# — the more-link, then within three lines a prompt to log in, pay or tip (x22_04, ux53)
_PAYWALL_LINK = re.compile(r"^\s*(?:阅读全文|展开全文|查看全文|点击查看全文|继续阅读|阅读更多)\s*[>»]*\s*$")
_PAYWALL_PROMPT = re.compile(r"登[录陆]|注册|付费|充值|开通会员|VIP|赞赏|打赏|¥|￥")


def strip_paywall(text: str) -> str:
    """``text`` up to a site's paywall (``_PAYWALL_LINK`` with a prompt within three lines after it): the page's
    chrome after it (its tip jar, share box, comments and links) is no text of the plan; a more-link with the text
    going on after it stays (``strip_site_terms`` reads it)."""
    if "全文" not in text and "阅读" not in text:
        return text
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if _PAYWALL_LINK.match(fold(line)) and n >= 3 \
                and any(_PAYWALL_PROMPT.search(fold(ln)) for ln in lines[n + 1:n + 4]):
            return "\n".join(lines[:n]).rstrip() + "\n"
    return text


# a document file's name ends so (…工作方案.docx); on a document site it may be followed by its page
# count, and there it is written in 《》 (《…工作方案.docx(18页)》)
DOC_FILE = r"\.(?:docx?|pdf|wps)"
# a document shop's banner at the top of its page 「精选优质文档-----倾情为你奉上」, its footer slogan
# 「专心---专注---专业」 run in after it (the page's two chrome lines joined before the title): chrome, never
# the title
SHOP_BANNER = (r"精选优质文档\s*[-—_－\s]*\s*倾情为你奉上\s*"
               r"(?:专心\s*[-—_－]+\s*专注\s*[-—_－]+\s*专业\s*)?")
SHARED_FILE_END = DOC_FILE + r"(?:\(\d+页[^)]*\))?》"
# a document-sharing site's preview of a .docx: 《…方案.docx》由会员分享,可在线阅读 …, then the text in long
# lines that the preview numbers 1、 2、 (its page chunks, cut anywhere, never the plan's items)
# (or 《乡镇春季造林工作方案》由会员上传分享 / 《农村改厕的实施方案》由会员分享: the file's name without its ending)
PREVIEW = re.compile(SHARED_FILE_END + r"[^\n]{0,6}(?:由会员分享|可在线阅读)|》由会员(?:上传)?分享")
# (or a preview that lists its page images by the file's name, one a line 「…实施方案_第1页」「…实施方案_第2页」,
# over 「免费预览已结束」 / 下载本文档 / 文档简介 (the site's lines, left out before this), then the text in chunk
# lines 1、 2、)
# (each page image's line may be followed by its counter 「第1页 / 共4页」)
# (or 「…_第1頁」 in traditional characters)
PAGED = re.compile(r"(?m)^[^\n]{4,80}_第1[页頁][ \t]*\n(?:[ \t]*第1[页頁]\s*/\s*共\d{1,3}[页頁][ \t]*\n)?"
                   r"[^\n]{4,80}_第2[页頁][ \t]*$")
# such a preview's page marks 「1/3」「2/3」 (page N of M) run into its text, at the text's start or after a
# stop, before a word or the plan's next number 「…有序進行。2/3二、明確責任」: not a fraction 「總數的2/3」 (after
# a word), nor a date 「3/15」 (marks run 1/M, 2/M … in order, M the same and never below N)
_PAGE_MARK = re.compile(r"(?:(?<=^)|(?<=[\s。；;！!？?]))(\d{1,2})/(\d{1,2})(?=[\u4e00-\u9fff（(])", re.M)


def _page_marks(text: str) -> str:
    """A paged preview's text without its run-in page marks 「1/3」「2/3」, when they run from 1/M in order."""
    marks = list(_PAGE_MARK.finditer(text))
    if not marks or any(int(m.group(1)) != n or m.group(2) != marks[0].group(2) or int(m.group(2)) < n
                        for n, m in enumerate(marks, 1)):
        return text
    return _PAGE_MARK.sub("", text)
_CHUNK = re.compile(r"^\d{1,3}、", re.M)
# a chunk after the first, cut mid-sentence (…第二阶 / 2、段。…, or with a blank line between), unless it opens a
# section (3、二、…)
_CHUNK_CUT = re.compile(r"(?<=[^\s。；;：:！!？?])\n(?:[ \t]*\n)?(?:[2-9]|[1-9]\d{1,2})、"
                        r"(?!\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]))")


# the same preview as a download page gives it: the uploaded file's name on the first line
# (…行动计划方案(2021-2022年)(18頁).docx), then 下载文档 / 上传人 …
UPLOADED = re.compile(rf"^\s*[^\n]{{4,120}}{DOC_FILE}\s*\n(?:[^\n]*\n){{0,8}}?[^\n]*"
                      r"(?:下载文档|下載文檔|上传人|上傳人)")
# a chunk number inside a line: 「…处置率达100%。2、-市综合…」 (the next page starts with a dash) or
# 「…实现50公里3、飞行半径…」 (cut mid-word)
_INLINE_CHUNK = re.compile(r"(?<=[\u4e00-\u9fff%。])(\d{1,3})、(?=-)|"
                           r"(?<=[\u4e00-\u9fff])(\d{1,3})、(?=[\u4e00-\u9fff])")


# the plan's own numbering run into a chunk's line: 「… 一、做强产业 1.做大做强茶产业。…」
_RUN_IN_NUMBER = re.compile(r"\s(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.．](?!\d))")


def _chunked(text: str) -> bool:
    """The preview's text without its page around it: every line a long chunk numbered 1、 2、 3、 in
    turn, holding the plan's own numbered sections and items run in (a plan whose items are 1、
    paragraphs does not number sections inside them)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < 2 or any(not ln.startswith(f"{n}、") for n, ln in enumerate(lines, 1)):
        return False
    # (or every chunk but the last cut mid-sentence, 「…落实隐患 / 2、排查治理制度」, the next chunk carrying on its
    # last words: a plan's own 1、 paragraphs end in 。 or in their units (…牵头单位：县住建局), and open with their
    # heading (2、推进农村厕所革命。…))
    return all(len(ln) >= 200 for ln in lines[:-1]) and (len(_RUN_IN_NUMBER.findall(text)) >= 2 * len(lines)
                                                         or _TITLE_CHUNK.match(lines[0]) is not None or all(
        _OPEN_END.search(ln) and _carried_on(ln, nxt, text) for ln, nxt in pairwise(lines))
        and not all(_ITEM_HEADING.match(ln) for ln in lines))


# a chunk cut mid-sentence ends in a word, or in the closing mark of a quotation or bracket the sentence goes on
# after (…开展“五个一” / 3、活动,即…), never in a stop
_OPEN_END = re.compile(r"(?:[\u4e00-\u9fff\w“‘「『（(]|(?<![。；;！!？?])[”’」』）)])$")


# the first chunk opens with the plan's title, runs on into its preamble and then into the plan's first section
# (「1、某镇…实施方案 根据区委…部署安排,…制定此实施方案。 一、总体要求…」, or 「…特制定实施方案如下: 一、…」): a plan's
# own 1、 paragraph holds no title and no 一、 section
# (the title may be printed twice, the second time with a piece mark run into the preamble
# 「1、某社区美化方案 某社区美化方案二为…」)
_TITLE_CHUNK = re.compile(r"1、\s*([^。；;，,:：\n]{4,60}?" + PLAN_WORD + r")\s*"
                          r"(?:\1\s*(?:[一二三四五六七八九十]|\d{1,2})?\s*)?"
                          r"(?:根据|为了?|按照)[^\n]{20,}?[。:：]\s*一、[\u4e00-\u9fff]")


def _carried_on(chunk: str, nxt: str, text: str) -> bool:
    """The next chunk may go on from this one's last word: the word across the cut is written elsewhere in the text
    (…落实隐患 / 2、排查…), or the next opens mid-sentence (、严重性 / 0万元), or this one does not end in its
    units (a plan's own paragraph: …牵头单位：县住建局　责任单位：各乡镇人民政府)."""
    rest = nxt[nxt.index("、") + 1:].lstrip()
    if not rest or not re.match(r"[\u4e00-\u9fff]", rest) or chunk[-1] + rest[0] in text:
        return True
    return not _UNITS_END.search(chunk)


# a plan's 1、 paragraph ending in its units (…牵头单位：县住建局　责任单位：各乡镇人民政府), or opening with its
# heading
# (every one of them so: a preview's first chunk opens with the document, not with a heading)
_UNITS_END = re.compile(r"(?:牵头|责任|配合|协办|主办|参与)(?:单位|部门)\s*[:：][^。；;]{1,60}$")
_ITEM_HEADING = re.compile(r"^\d{1,3}、[\u4e00-\u9fff“”]{2,20}[。：:]")


# a preview's first chunk opening with the page's own number (1、1关 于 实 施…): the number is no part of the title
_FIRST_PAGE = re.compile(r"(?<=^1、)\s*1(?=\s*[\u4e00-\u9fff])")


def strip_preview_chunks(text: str) -> str:
    """A document preview's page-chunk numbers (1、 2、 at the starts of its long lines, or inside a
    line where they follow 1、 in turn) left out."""
    if not PREVIEW.search(fold(text[:1000])) and not UPLOADED.match(text[:1500]) and not PAGED.search(text[:1500]) \
            and not _chunked(text):
        return text
    if PAGED.search(text[:1500]):
        text = _page_marks(text)
    starts = len(_CHUNK.findall(text))
    text = _FIRST_PAGE.sub("", text)    # (1、1关于…: the page's number 1 before the title)
    # a chunk cut mid-word or mid-sentence (…第二阶 / 2、段。…) goes on from the chunk before it
    text = _CHUNK_CUT.sub("", text)
    text = _CHUNK.sub("", text)
    if starts != 1:
        return text
    out, at, want = [], 0, 2            # one line-start chunk (1、): the rest run on in the same line
    for m in _INLINE_CHUNK.finditer(text):
        if int(m.group(1) or m.group(2)) == want:
            out.append(text[at:m.start()])
            at = m.end() + (1 if m.group(1) else 0)     # the dash that opens the next page
            want += 1
    return "".join(out) + text[at:]
