"""The plan's own title.

The title prefers the plan's own title over the covering notice's: the name in
``《…》已经…同意`` / ``现将《…》印发``, then ``关于印发《…》的通知``, then a stand-alone
title line (two short lines are joined: "市政协…3号建议案" + "办理工作方案"). A web page's
or a file listing's name for it is read by ``file_titles``.
"""

from __future__ import annotations

import re

from .collection_pieces import first_piece_title, piece_header
from .cut_titles import issuer_over_split, whole_quoted
from .dates import FULL_DATE, YEAR_SPAN
from .file_titles import (
    FIRST_SENTENCE,
    _named_file_opening,
    _once,
    _previewed_title,
    _shared_file,
    _two_plans,
    _uploaded_title,
)
from .meta import _ORG, DOC_NUMBER, LETTERHEAD
from .notice_titles import printed
from .page_title_marks import (
    ADDRESSEE_NOISE,
    BODY_START,
    BREADCRUMB,
    CITED,
    COLUMN_TITLE,
    COMPILED_HEAD,
    LIBRARY,
    MARK_AFTER_TITLE,
    MENU_ITEM,
    PLEDGE_WORD as _PLEDGE_WORD,
    POST_LINE,
    SHOP_MARK,
    SITE_NAME,
    announced_title,
    blank_menu,
    crumb_heading,
    dated_title,
    no_title_row,
)
from .plan_names import _SHORT_NAME, _forwarding_title, _named_in_full, _own_title
from .prefilter import led, quick_sub
from .printed_titles import cover_named, placed_below, written_in_notice
from .site_pages import DOC_FILE, SHOP_BANNER, UPLOADED
from .site_titles import (
    _BODY_LINE,
    CHROME,
    COLLECTION_DOWNLOAD,
    COLLECTION_TAIL,
    KEYWORD_BANNER,
    ONE_PLANS_PARTS,
    PLAN_WORD,
    SITE_NOTICE,
    WORD_COUNT,
    addressed_below,
    annexed_in_line,
    as_headed,
    label_printed,
    own_below_heading,
    page_fields,
    site_mark_dropped,
    unwrapped,
)
from .two_documents import ISSUED_PAIR, pair_plan

_PLAN_WORD = PLAN_WORD
# a web page's metadata block: | 标 题: 玉林市人民政府办公室关于办理…的通知 | (or its own cell: | 标题: | 某区…方案 |)
_TITLE_LABEL = re.compile(r"(?:^|[|\n])\s*标\s*题\s*[:：]\s*\|?\s*([^|\n]{4,120}?)\s*(?=\||\n|$)")
# 名称: … in a county site's metadata block names the page's document (after the plan a notice names);
# the block may hold two fields a line (名称: … 文号: …)
# (the label's words, opened by a literal the engine skips to: a text without them is passed over without the label's
# pattern, opened by ^ or a line break, being tried at every character)
_TITLE_LABEL_WORDS = re.compile(r"标\s*题\s*[:：]")
_NAME_LABEL_WORDS = re.compile(r"名\s*称\s*[:：]")
_NAME_LABEL = re.compile(r"(?:^|[|\n])\s*名\s*称\s*[:：]\s*([^|\n]{4,120}?)\s*"
                         r"(?=\||\n|$|\s*(?:文号|发文字号|索引号|发布机构|主题分类|成文日期|发布日期)\s*[:：])")
# a page's metadata row or line (索引号 | … | 公开方式 | 主动公开; 发布时间:… 来源:…): never a title
# a web page's column tag before the title: 【市政府重点工作及责任分解】滁州市人民政府关于…的通知
# (or in square brackets, a site's keyword over its copy: 「[2019世界水日的主题]2019年…活动方案」)
_COLUMN_TAG = re.compile(r"^(?:【[^【】\n]{2,24}】|[\[［][^\[\]［］【】\n]{2,24}[\]］])\s*(?=.{6,}$)")
# a page's buttons run into the title printed again below them (【打印】【关闭】【分享到微信】丰城县…方案)
_PAGE_BUTTONS = re.compile(r"^(?:\s*[【\[［]\s*(?:打印本页|打印|关闭窗口|关闭|收藏本页|收藏|返回顶部|返回|"
                           r"分享到?[\u4e00-\u9fff]{0,6}|字[体号]|[大中小])\s*[】\]］])+\s*(?=.{6,}$)")
# the same, a notice's title run into its document number or its addressees (a web copy without
# line breaks: 国务院关于…的若干意见国发〔2018〕39号各省、自治区…:)
_RUN_IN_TITLE = re.compile(r"^\s*([^。；;，,:：\n]{6,80}?(?:" + _PLAN_WORD[3:-1] + r"|通知|决定|(?<=管理)制度"
                           r"|(?:一览|分解|分工)表))"
                           r"(?=\s*(?:[\u4e00-\u9fff]{1,10}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{1,5}\s*号"
                           r"|各[^。:：]{1,60}[:：]|一\s*[、.．]\s*总\s*则"      # (…管理制度一、总则: its articles)
                           # (a site's column and day run in after it: …的通知政策法规司2006-08-24颁布日期:…)
                           r"|[\u4e00-\u9fff]{0,10}(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?!\d)"
                           # (a task table's title run into its header row: …责任分解一览表重点任务…责任部门)
                           r"|(?<=表)(?:序号|重点任务|主要任务|工作任务|任务内容)))")
# a page's counter printed where a converted page begins: 第1页共4页 / 第 1 页，共 3 页 / 共3页第1页
_PAGE_COUNTER = re.compile(r"^\s*(?:第\s*\d{1,3}\s*[页頁]\s*[，,/／]?\s*共\s*\d{1,3}\s*[页頁]"
                           r"|共\s*\d{1,3}\s*[页頁]\s*[，,/／]?\s*第\s*\d{1,3}\s*[页頁])\s*")
# a document shop's count of views 「3334+ 2020年…方案」 or its banner 「精选优质文档-倾情为你奉上」 before the title
_SHOP_COUNT = re.compile(r"^\s*(?:\d{3,7}\+|" + SHOP_BANNER + r")\s*"
                         r"(?=(?:19|20)\d{2}\s*年|[\u4e00-\u9fff])")
# the page count a site adds to a file's name: …工作计划(共4页) / …方案（12页）
_PAGE_COUNT = re.compile(r"\s*[(（]\s*共?\s*\d{1,3}\s*[页頁]\s*[)）]$")
# the period a plan's title ends with, on a line of its own: (2018—2020年)
_PERIOD = rf"[(（]\s*{YEAR_SPAN}\s*[)）]"
_PERIOD_START = re.compile(rf"^{_PERIOD}\s*[及和与]?[^。；;，,:：]{{0,12}}{_PLAN_WORD}$")
_TWO_ISSUED = re.compile(r"^[^。；;，,:：\n]{2,60}关于(?:印发|转发|下发)《[^《》]{4,80}》[和及、]"
                         r"《[^《》]{4,80}》的通知$")
_CUT_PERIOD = re.compile(rf"^{YEAR_SPAN}\s*[)）]$")
_PERIOD_LINE = re.compile(rf"^{_PERIOD}$")
# 《A》已经市政府同意 / 《A》和《B》已经… / 《A》《B》已经…: the first plan a notice issues (not 《A》予以废止 /
# 予以作废 / 已经失效: a document repealed)
_QUOTED = re.compile(r"《([^《》\n]{4,80})》(?:\s*[和及、]?\s*《[^《》\n]{4,80}》)*"
                     r"\s*(?:已(?!经?\s*(?:失效|废止|作废|撤销|撤回|废除|停止))经?|经|现|印发"
                     r"|予以(?!废止|撤销|取消|停止|作废|失效|撤回|废除)|[，,]\s*现(?:印发|下发|予以印发))")
# the first of two names a line opens with, its 《 lost (2022年…责任分解》和《…》已经…)
_LOST_OPEN = re.compile(r"^\s*([^《》\n。，,；;：:]{4,80})》\s*[和及、]\s*", re.M)
_SENT_PLAN = re.compile(r"现将\s*(?:(?:19|20)\d{2}年度?)?《([^《》\n]{4,80})》")
_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2}\s*年度?)\s*$")
_YEAR_AT_START = re.compile(r"(?:19|20)\d{2}")
# (《》 printed as 。: 关于印发。X方案。的通知)
_NOTICE = re.compile(r"关于印发[《。]?([^《》\n]{4,80}?)[》。]?的通知")
_TITLE_LINE = re.compile(r"^[^。；;，,:：]{2,60}" + _PLAN_WORD + r"(?:[(（][^)）]{1,10}[)）])?$")
_HEADING_START = re.compile(r"^([一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|"
                            r"\d{1,4}(?:、|\.(?!\d))|[(（]注|第[一二三四五六七八九十]{1,3}[章节条])")
# (not 3.5学雷锋…; an article 第六条… is no title line either)


_DOC_END = re.compile(_PLAN_WORD + r"(?:[(（][^)）]{1,12}[)）])?$|(?:通知|通告|决定|规定|报告|通报|批复|函|总结)$")
# a page's 名称 field naming a table of tasks (…重点工作任务分解表, …责任分工表): the document itself
_TABLE_END = re.compile(r"(?:分解|分工|任务|清单)表$")
# (a cover issued by a 函 gives the plan's own title too, round 45: 关于印发《…工作指引》的函)
_FORWARDED = re.compile(r"关于(?:印发|转发|下发|批转)(.{4,100})的(?:通知|函)$")


_ISSUER_TITLE = re.compile(r"[\u4e00-\u9fff]{2,30}?" + _ORG + r"关于")
_ORG_END = re.compile(_ORG + r"$")
_ORG_ENDS = re.compile(_ORG)


def _issuers_only(words: str) -> bool:
    """Words that can be issuers' names only (某省A局某省B厅): characters alone, ending as a body's name does."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{4,100}", words)) and bool(_ORG_END.search(words))


# a government page's fields printed between a title and its 文号 line (文号: …号 成文日期: … / 发布日期: …)
_PAGE_FIELDS = re.compile(r"(?:文号|成文日期|发布日期|效力状态|发布机构)\s*[:：]")


def _joint_title(line: str) -> bool:
    """A title with its joint issuers in front on one line, longer than a title part may be (某县A局 某县B局 …
    某县F中心关于…的通知)."""
    return (len(line) <= 120 and "关于" in line and _issuers_only(line[:line.index("关于")])
            and len(_ORG_ENDS.findall(line[:line.index("关于")])) >= 2 and bool(_DOC_END.search(line))
            and not re.search(r"[。；;，,:：]", re.sub(r"《[^》]*》|“[^”]*”", "", line)))


# a news item's line over the text it reports (日前,某市印发《X》。全文如下: / …印发了《X》,现将全文刊登如下:)
_REPORTED = re.compile(r"印发了?\s*《([^《》\n]{4,80})》[^《》\n]{0,16}?(?:全文|原文|内容)[^《》\n]{0,8}如下[:：]$")


def _title_part(line: str) -> bool:
    """A line that can be part of a title broken over lines."""
    return (len(line) <= 80 and not re.search(r"[。；;，,:：]", re.sub(r"《[^》]*》|“[^”]*”", "", line))
            and not _HEADING_START.match(line) and not DOC_NUMBER.search(line) and not _BROKEN_NUMBER.search(line)
            and not FULL_DATE.search(line) and not _BARE_DOC_NUMBER.match(line) and not _ESSAY_SITE.search(line)
            and not _SITE.search(line) and not _PAGE_MARK.match(line) and not BREADCRUMB.search(line)
            and not CHROME.fullmatch(line) and not SITE_NOTICE.search(line))


# a document number cut short on a page (西政发〔20233): never part of a title
_BROKEN_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}\s*[〔\[［【]\s*(?:19|20)\d{2}\d?\s*$")
# a whole document number, its brackets and 号 lost by a web page (平政办发〔2025〕1号 shown as 平政20251)
_BARE_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,8}[政发办字函委府]\s*(?:19|20)\d{2}\s*\d{0,4}\s*号?$")
# an essay site's chrome: its welcome line (欢迎来到某某作文网!), a compilation's heading (精选整治方案范文汇编
# 六篇 / 2024年工作计划8篇 / …（精选8篇） / …合集（通用10篇） / …大全): never the plan's title nor part of it
# a compilation's bare count after its heading (…工作方案三篇): two or more (一篇 counts no compilation)
_BARE_COUNT = r"[二三四五六七八九十]篇"
_ESSAY_SITE = re.compile(r"^欢迎(?:来到|访问|光临|进入)|[!！]$|范文|(?:汇编|精选|合集|大全)[一二三四五六七八九十\d]*篇$"
                         r"|" + _PLAN_WORD + r"汇编$"   # …工作计划与…的工作计划汇编: a compilation's heading, no count
                         r"|\d+篇$|" + _BARE_COUNT + "$|" + COLLECTION_TAIL + "$|" + KEYWORD_BANNER
                         + r"|(?:合集|大全)(?:[（(][^()（）]{0,8}[)）])?$")
# a compiled article's counter after its heading (整治方案 篇1 / 第1篇 / 【一】 / 计划1; a notice's by 篇 only: …通知
# 篇1), or its page (…计划(2))
_COUNTER = r"(?:[1-9]\d?|[一二三四五六七八九十]{1,2})"
_ARTICLE_COUNTER = led(re.compile(r"(" + _PLAN_WORD + r"|通知(?=\s*第?\s*[1-9]?\d?\s*篇))\s*(?:第?\s*[1-9]\d?\s*篇"
                              r"|篇\s*" + _COUNTER + r"|[1-9]\d?|[(（【]\s*" + _COUNTER + r"\s*[)）】])$"))
# what such a counter ends with (a digit, 篇, 一…十 or a closing bracket, at the text's end): a line ending with
# anything else is passed over without the pattern trying its plan words at every position of the line
_COUNTER_END = re.compile(r"(?:\d|[篇一二三四五六七八九十)）】])$")
# a title written twice, run together (…实施方案…实施方案 根据…), at a line start (a site's number before: 2023011724:…)
_TWICE = re.compile(r"^\s*(?:\d{6,12}\s*[:：]\s*)?([^。；;，,:：\n]{6,60}?" + _PLAN_WORD
                    + r"(?:[(（][^()（）]{1,12}[)）])?)\s*\1")


# a page's breadcrumbs: 首页 > 政务公开 > 计划规划 / 当前位置：首页>>通知公告 (no title, though it ends in a plan word)


# a page number copied from a PDF: — 2 — / - 3 - / ———2—
_PAGE_MARK = re.compile(r"^[—\-－–\s]*\d{0,4}[—\-－–\s]*$")


# a web page's own title line: 湖南省人民政府关于…的意见-湖南省人民政府门户网站
_SITE = re.compile(r"[-_|—]\s*[\u4e00-\u9fff]{2,24}(?:门户网站|网站|政府网|网)$|www\.")


def _opening_title(lines: list[str]) -> str:
    """The document's own title near its top, however many lines it was broken into (国务院关于促进
    综合保税区 / 高水平开放高质量发展的若干意见): the lines just above its 文号 or its addressees
    (各省人民政府：); for a notice that issues a plan (关于印发《…》的通知), the plan's name. "" when
    the text does not open so."""
    top = [ln for ln in lines if ln][:40]
    for k, stop in enumerate(top):
        if not (DOC_NUMBER.fullmatch(stop) or re.search(r"[:：]$", stop) and len(stop) <= 150
                and not ADDRESSEE_NOISE.search(stop)):
            continue
        if (reported := _REPORTED.search(stop)) and k + 1 < len(top) and top[k + 1] == reported.group(1):
            return reported.group(1)     # a news item: 某地印发《X》。全文如下: then X, the text's own title
        block: list[str] = []
        skipped = False
        for line in reversed(top[:k]):
            if not block and _PAGE_FIELDS.match(line) and k - top.index(line) <= 3:
                skipped = True           # (文号:…号成文日期:… / 发布日期:…: a government page's fields under the title)
                continue
            whole = not block and _joint_title(line)
            if not (_title_part(line) or whole) or len(block) == 4 or skipped and not block and not (
                    whole and not _FORWARDED.search(line)):
                break                    # (over the fields, only a joint issuers' title, 印发 notices read as before)
            opens = bool(block) and line.startswith("关于") and "关于" not in block[0]
            if block and _DOC_END.search(line) and not re.fullmatch(r"[(（][^()（）]{1,12}[)）]", "".join(block)) \
                    and not _PERIOD_START.match("".join(block)) and not opens:  # …工作规划 / (2001-2010年)及实施意见
                break                    # a whole title above the one broken over lines (a web page's own line)
            if block and (_ISSUER_TITLE.match(block[0]) or _joint_title(block[0])):
                if len(block) == 1 and _issuers_only(line) and line[:2] == block[0][:2]:
                    block.insert(0, line)    # 某省A局某省B厅 / 某省C厅…关于…的通知: joint issuers over two lines
                break                    # 某区人民政府办公室关于…: the title's top; above it, a page's metadata (有效)
            if len(block) == 1 and block[0].startswith("关于") and re.fullmatch(LETTERHEAD, line) \
                    and not any(ln.startswith(line + "关于") for ln in top[:k]):
                break                    # the letterhead's issuer on a line of its own over 关于…的通知: no part of
                #                          it (where the page's own heading above does not name it with the title;
                #                          a 关于 title broken over lines under it is read with it, as before)
            block.insert(0, line)
            if opens and _DOC_END.search(line):
                break                    # 关于分解落实2019年市政府工作报告 / 主要目标任务的通知: the title's top,
                                         # not a whole title (a report named inside it); the issuer's line above
        joined = "".join(block)
        above = top[k - len(block) - 1] if k > len(block) else ""
        if block and above.endswith(joined) and _ISSUER_TITLE.match(above[:-len(joined)] + "关于") \
                and joined.startswith("关于") and len(above) <= 120:
            joined = above               # 上海市交通委关于开展…的通知 over its repeat 关于开展… / …的通知: the whole
        if block and len(joined) <= 120 and _DOC_END.search(joined):
            issued = _issued_plan(joined)
            if issued != joined and (_notice_holds_the_work(issued, lines, top, k)
                                     or written_in_notice(issued, lines, top[k + 1:])):
                return joined            # the plan it issues is not in the text (a list not kept): the notice is
            if issued != joined and not re.search(_PLAN_WORD, issued) \
                    and not any(_names_the_plan(line, issued) for line in top[k + 1:]):
                return joined            # 关于印发《…技术指南》的通知, the guide not printed: the notice's own points
            # (关于印发县…方案的通知 over the plan's own line 长兴县…方案: the line printed, Round 60 rulings)
            return placed_below(issued, top[k + 1:]) or issued
    return ""


# a notice that publishes what it issues (项目清单予以公布 / 名单 / 目录), never one that hands a plan over (印发给你们)
# 「|」 and every character ``\s`` matches (str.isspace's, none above U+3000): ``ln.strip`` of them is
# ``re.sub(r"^[|\s]+|[|\s]+$", "", ln)`` without the pattern's second branch tried at every position of the line
_BAR_OR_SPACE = "|" + "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
_PUBLISHES = re.compile(r"公布|清单|名单|目录")
_HANDS_OVER = re.compile(r"印发给你们|印发给各|印发你们|请认真贯彻|请结合实际")
_ANNEX_LABEL = re.compile(r"^附\s*件\s*\d*\s*[:：]?\s*")


def _names_the_plan(line: str, name: str) -> bool:
    """``line`` (an 附件： label taken off) is the issued plan's own title: it begins with the name, or it is a
    title line written with the same characters in another order (2025年某区… for 某区2025年…); never a list
    (附件：…项目清单, the part the notice publishes)."""
    line = re.sub(r"[\s《》]+", "", _ANNEX_LABEL.sub("", line.strip()))
    want = re.sub(r"[\s《》]+", "", name)
    if re.search(r"(?:清单|名单|目录|表)$", line):
        return False
    if line.startswith(want[:12]):
        return True
    return bool(_TITLE_LINE.match(line)) and len(line) <= len(want) + 4 and \
        len(set(line) & set(want)) >= 0.8 * len(set(want))


def _notice_holds_the_work(name: str, lines: list[str], top: list[str], after: int) -> bool:
    """「…项目清单予以公布。有关事项通知如下：」 or 「…具体工作方案如下：」 then the notice's own 一、…, and the plan
    it issues never begins on a line of its own: the notice is the document (the plan a list kept apart, or
    written in the notice). A notice that hands a plan over (现将方案印发给你们…通知如下：) is never the document."""
    if any(_names_the_plan(line, name) for line in [ln for ln in lines if ln][after + 1:]):
        return False
    publishes = False
    for line in top[after + 1:]:
        if FULL_DATE.fullmatch(line.strip()) or _HEADING_START.match(line) or _HANDS_OVER.search(line):
            return False
        publishes = publishes or bool(_PUBLISHES.search(line))
        if re.search(r"如下[:：]\s*$", line):
            return publishes or re.search(_PLAN_WORD + r"如下[:：]\s*$", line) is not None
    return False


def _issued_plan(title: str) -> str:
    """关于印发《X》的通知 → X; any other title as it is."""
    m = _FORWARDED.search(title)
    if m:
        inner = m.group(1)
        if (pair := ISSUED_PAIR.fullmatch(inner)):
            # 关于印发《A》和《B》的通知: two documents, the notice names them both — but B a list of A's tasks
            # (《…工作任务清单》 / 《…责任分工表》) is A's annex: A is the plan
            return pair_plan(*pair.groups()) or title
        quoted = re.search(r"《([^《》]{4,80})》$", inner)   # 区建设管理委《…方案》; not 2021年省《政府工作报告》…方案
        if quoted:
            # 关于印发《…任务分解一览表》的通知: a table is no plan's name, the notice is the title; 关于转发《国家…关于
            # 开展…工作的通知》的通知: a notice passed on is no plan's name either, the forwarding notice is the title
            if quoted.group(1).endswith("表") or re.search(r"关于.{2,}的(?:通知|函)$", quoted.group(1)):
                return title
            # (《…贯彻落实〈关于…若干措施〉的行动方案》: the marks nested in the notice's are the plan's own 《》)
            return quoted.group(1).replace("〈", "《").replace("〉", "》")
        if inner.startswith("《") and "》" in inner[:-1]:
            return title
        if re.search(_PLAN_WORD + r"\s*[和及、]\s*\S{4,}" + _PLAN_WORD + r"$", inner):
            return title                 # 《政府工作报告》重点工作任务分工: work drawn from a report, not a plan's name
        return title if inner.endswith("表") else inner.strip("《》")   # (…分解表: a table, the notice the title)
    return title


# the suffix of a file the plan was read from (a document, a sheet or text), left out of a title
_FILE_SUFFIX = re.compile(rf"(?:{DOC_FILE}|\.(?:xlsx?|txt))$", re.IGNORECASE)


def find_title(text: str) -> str:
    """The plan's title; a column tag before it left out, never the document number."""
    title = first_piece_title(text) or own_below_heading(text, _own_title(text, _find_title(text)))
    title = whole_quoted(announced_title(title, text), text)   # (…规定发布: a news headline; a cut line: the name)
    title = _PAGE_COUNTER.sub("", title)        # a converted page's counter before it: 第1页共4页…方案
    title = _SHOP_COUNT.sub("", title)          # a document shop's count run in before it: 999+ 2020年…方案
    # a title in 《》 (《关于…实施细则》), a site's file name (…分解表.docx); a news column before it (政策|《…方案》)
    title = unwrapped(re.sub(r"^[\u4e00-\u9fff]{2,6}\s*[|｜]\s*(?=《[^《》]+》$)", "", title))
    title = _PAGE_BUTTONS.sub("", _FILE_SUFFIX.sub("", title))
    tag = _COLUMN_TAG.match(title)
    if tag and (_DOC_END.search(title) or "关于" in title):
        title = title[tag.end():]
    title = _site_suffix_dropped(site_mark_dropped(title)).lstrip(".。·,，、 …")  # (.违法… / ……市…: a mark)
    if (late := _SITE_YEAR.match(title)) and int(late.group(2)) < int(late.group(1)):
        title = title[late.end():]      # 「2022年知识产权局2017年…方案」: the site's later year run in before it
    number = DOC_NUMBER.match(title)
    rest = title[number.end():].strip() if number else ""
    # (国发〔2020〕8号文件贯彻落实工作方案: the number the plan carries out, run into its title, stays)
    if number and number.end() < len(title) and (re.search(_PLAN_WORD + "$", rest) or re.search(
            r"关于.{2,}的通知$", rest)) and len(rest) >= 6 and not re.match(r"(?:文件|精神|要求|部署|的|等)", rest):
        title = title[number.end():].strip()   # 安整治办〔2017〕16号 **区…工作计划: the number before the title
    # (…的实施意见(池政〔2017〕101号): the document's number in brackets after its title, no part of it — after a
    # title line with no document word too 「2021年县政府重点工作任务(华政发〔2021〕2号)」, Round 48 rulings (d05))
    tail = _NUMBER_TAIL.search(title)
    if tail and tail.start() >= 6 and DOC_NUMBER.fullmatch(title[tail.start():].strip(" (（)）")):
        title = title[:tail.start()]
    return "" if DOC_NUMBER.fullmatch(title) else _once(title)


# a year run in before a title that writes its own earlier year after a body's name (a site's copy)
_SITE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?=[\u4e00-\u9fff]{2,16}?((?:19|20)\d{2})\s*年(?![度\-—–~～至到]))")
_NUMBER_TAIL = re.compile(r"\s*[(（][^()（）]{4,24}号\s*[)）]$")


# what a site writes after a plan's name: its tag (…方案【最新或2022(历届)】 / …方案【精选】) or the count of a
# compilation (…实施方案2篇 / …工作计划（通用5篇） / …方案三篇); the plan word before it ends the title
_SITE_SUFFIX = re.compile(r"\s*(?:【[^【】\n]{2,20}】|" + COLLECTION_TAIL + "|" + ONE_PLANS_PARTS
                          + r"|(?:通用|精选|精品|优秀|热门)?\s*\d{1,2}\s*篇"     # (…责任书通用18篇: unbracketed)
                          r"|篇\s*(?:[1-9]\d?|[一二三四五六七八九十]{1,3})"     # (…应急预案 篇31: the piece's number)
                          r"|(?:汇编|精选|合集|大全)\s*(?:\d{1,2}|[二三四五六七八九十])\s*篇"   # (…通知汇编三篇)
                          r"|[（(](?:精选|精品|优秀|推荐|最新)?(?:文档|范文|word版?)[)）]"
                          r"|[_＿\-—]\s*第\s*\d{1,3}\s*[页頁]"         # (a document site's page list: …办法_第1页)
                          r"|[(（]\s*第\s*\d{1,3}\s*[/／]\s*\d{1,3}\s*[页頁]\s*[)）]"   # (a split page: (第2/2页))
                          # (or its bare page or piece mark: 「…目标责任书(2)」, page 2 of the piece)
                          r"|[(（]\s*[1-9]\s*[)）]"
                          r"|" + _BARE_COUNT + ")$")


# a site's page mark after an underscore 「…十項制度_第1頁」: the site's, after any last word (制度／规定 too)
_UNDERSCORE_PAGE = re.compile(r"[_＿]\s*第\s*\d{1,3}\s*[页頁]$")


def _site_suffix_dropped(title: str) -> str:
    """``title`` without a site's tag or a compilation's count after its plan word, or a page mark after any."""
    m = _SITE_SUFFIX.search(title)      # (…通知汇编三篇 / …应急预案(热门18篇): notices and 预案 compiled as plans)
    ends = _PLAN_WORD + "$|" + _PLEDGE_WORD + "$" + ("|通知$|预案$" if m and "篇" in m.group() else "")
    if m and re.search(ends, title[:m.start()]):
        return title[:m.start()]
    page = _UNDERSCORE_PAGE.search(title)
    # (…方案(五篇)_第1页: the page mark, then the compilation's count before it)
    return _site_suffix_dropped(title[:page.start()]) if page and page.start() >= 4 else title


_NESTED = str.maketrans("〈〉<>", "《》《》")   # the marks nested in a name in 《》, printed as its own


# an essay site's compilation: the heading of its first article (…利用计划 第一篇 / …方案（第1篇）)
_FIRST_ARTICLE = re.compile(r"^[^。；;，,:：]{4,40}?" + _PLAN_WORD + r"\s*[(（]?\s*第\s*[一1]\s*篇\s*[)）]?$")


def _first_article(lines: list[str]) -> str:
    """The document's own title on the line after an essay site's 「…计划 第一篇」 (××镇秸秆综合利用实施方案),
    before its text; else ""."""
    at = next((k for k, ln in enumerate(lines[:30]) if _FIRST_ARTICLE.match(ln)), -1)
    nxt = next((ln for ln in lines[at + 1:at + 4] if ln), "") if at >= 0 else ""
    return nxt if len(nxt) <= 40 and re.search(_PLAN_WORD + "$", nxt) and not re.search(r"[。；;，,:：]", nxt) else ""


# a line that names its writer or its page (某某县人民政府门户网站 / …办公室文件 / 国网某某县供电公司 / …交通警察
# 大队 / …党总支 / 内部资料注意妥善保存): a complete name or a banner, never the first half of the title below it
_COMPLETE_NAME = re.compile(_ORG + r"$|(?:网站|网|文件|公司|集团|大队|中队|支队|总队|总支|支部|党委|党组|学校"
                            r"|[小中大]学|医院|所|站|处|科|室|馆|保存|资料|秘密|机密|绝密)$")
# the first half of a title: a quotation left open (…打造“一次 / 办好”…), or a phrase that carries on — a verb
# that opens a title (某市打造“…”品牌 / 创建…), or a year the title's subject waits for (某某县教育系统2024年)
_TITLE_VERB = re.compile(r"打造|争创|创建|推进|推动|开展|加快|实施|建设|深化|全面|加强|做好|提升|促进|巩固"
                         r"|决胜|助力|聚焦")


def _first_half(prev: str) -> bool:
    """Whether a short line above a title line is the title's first half (the two read as one title)."""
    if prev.count("“") > prev.count("”") or prev.count("《") > prev.count("》"):
        return True
    if _COMPLETE_NAME.search(prev):
        return False
    return bool(_TITLE_VERB.search(prev) or re.search(r"(?:19|20)\d{2}年度?$", prev))


# an essay site's blurb over the text: 下面是小编为大家整理的2022年度…方案(精选文档),供大家参考。 /
# 以下是…的小编为您整理的《…》,欢迎阅读!
# (or 以下是本站为您整理的…,仅供参考。 / …网编辑为大家收集的…)
_BLURB = re.compile(r"(?:下面|以下|下文)(?:是|为)[^。\n]{0,16}?(?:小编|本站|编辑|网)[^。\n]{0,12}?"
                    r"(?:整理|收集|搜集|准备|分享)的\s*《?([^《》，,。\n]{6,80}?)》?\s*[，,]\s*(?:仅?供|希望|欢迎)")


def _blurbed_heading(lines: list[str]) -> str:
    """The text's own heading where an essay site's blurb names it and the heading follows the blurb in the same
    words, the text right after it (the site's heading above may differ: 2023年度…方案 over the text's 2022年度…方案);
    else ""."""
    blurb = next(((k, m) for k, ln in enumerate(lines[:30]) if (m := _BLURB.search(ln))), None)
    if blurb is None:
        return ""
    at, named = blurb[0], re.sub(r"\s+", "", blurb[1].group(1))
    below = [ln.strip() for ln in lines[at + 1:at + 8] if ln.strip()][:2]
    # (【…整顿方案1】: a collection's piece, its heading in brackets with its counter)
    nxt = _uncounted(below[0][1:-1].strip()) if below and re.fullmatch(r"【[^【】]{6,80}】", below[0]) \
        else below[0] if below else ""
    if _ESSAY_SITE.search(nxt) or re.search(r"\s", nxt):
        return ""                        # (…实施方案范文 禁止…实施方案: the site's heading of two titles)
    if len(below) > 1 and _TITLE_LINE.match(below[1]):
        return ""                        # (the text's own heading follows it, in words of its own)
    # (or the blurb names it with the site's year before and after it 「…整理的2023年度七一…方案策划(乡政府)
    # (2023年),供…」 over 「七一…方案策划(乡政府)」: the site's years, the heading the text's own words)
    return nxt if re.sub(r"\s+", "", nxt) in (named, _SITE_YEARS.sub("", named)) else ""


_SITE_YEARS = re.compile(r"^(?:19|20)\d{2}年度?|[(（](?:19|20)\d{2}年?[)）]$")


def _uncounted(line: str) -> str:
    """``line`` without an article's counter after its heading (整治方案 篇1 → 整治方案)."""
    if _COUNTER_END.search(line, max(0, len(line) - 2)) is None:
        return line
    return quick_sub(_ARTICLE_COUNTER, r"\1", line)


# the rules a cover issues 「《某镇…管理规定(试行)》已经…同意，现予印发」 (a kind of document no plan word names)
_RULES_END = re.compile(r"(?:规定|制度|条例|规则|守则)(?:[(（][^()（）]{1,6}[)）])?$")


def _rules_printed(text: str, name: str) -> bool:
    """``name`` (in 《》 on a cover) names rules that the text prints on a title line of their own below it."""
    line = re.compile(r"(?m)^[ \t　]*" + re.escape(name) + r"[ \t　]*$")
    return bool(_RULES_END.search(name)) and line.search(text) is not None


def _find_title(text: str) -> str:
    labelled = _TITLE_LABEL.search(text) if _TITLE_LABEL_WORDS.search(text) else None
    if labelled and re.search(_DOC_END.pattern, labelled.group(1)) and not label_printed(text, labelled):
        return _issued_plan(labelled.group(1).strip())
    shared = _shared_file(text)
    if shared:
        shared = _PAGE_COUNT.sub("", shared.strip())
        plain = _site_suffix_dropped(shared)
        # (…活动方案7篇.docx: a compilation's file, its first text's own title opening the preview — not the
        # compilation's heading again, 「…方案2篇…方案一为…」)
        if plain != shared and (own := _previewed_title(text, plain)) and shared[len(plain):] not in own:
            return own
    # (a report's file may show a plan; a pledge's or a system's file, …门前三包”责任书.docx / …相关制度.docx, names
    # its piece as a plan's does)
    if shared and re.search(f"(?:{_PLAN_WORD}|总结|{_PLEDGE_WORD}|制度)$", shared):
        # a document site's preview names the file it shows; the text's own title where the preview's
        # first chunk opens with it (after the site's banner)
        return _previewed_title(text, shared) or shared
    if shared and _DOC_END.search(_FILE_SUFFIX.sub("", shared)) and (own := _previewed_title(text, shared)):
        return own                       # (…放假通知.docx over 「1、…放假通知…放假通知各学区…」: the text's)
    if UPLOADED.match(text[:1500]):
        return _uploaded_title(text)
    counted = WORD_COUNT.search(text[:3000])
    if counted:
        return counted.group(1)          # an essay site's article heading with its length: …实施方案(1324字)
    for pattern in (_QUOTED, _SENT_PLAN):
        m = pattern.search(text)
        if m and (re.search(_PLAN_WORD, m.group(1)) or _rules_printed(text, m.group(1))) and not _two_plans(text, m):
            # 《2021年省〈政府工作报告〉重点任务分工方案》: the nested marks are the title's own 《》
            name = m.group(1).strip().translate(_NESTED)
            if re.match(r"[^《》]{0,40}关于(?:印发|下发)", name):
                issued = _issued_plan(name)  # 现将《省厅关于印发…行动方案的通知》转发给你们: the plan passed on
                own = _forwarding_title(text, name)
                if own and not printed(text, issued):
                    return own               # 某局关于转发《某委关于印发…方案的通知》的通知, the plan not in the text
                name = issued
            line_at = text.rfind("\n", 0, m.start()) + 1
            lost = _LOST_OPEN.search(text, line_at, m.start())
            if pattern is _QUOTED and lost and lost.end() == m.start() and re.search(_PLAN_WORD, lost.group(1)):
                name = lost.group(1).strip()   # 「A》和《B》已经…」: the line lost A's opening 《; A is the first
                prev = text[text.rfind("\n", 0, max(line_at - 1, 0)) + 1:max(line_at - 1, 0)]
                if prev.rfind("《") > prev.rfind("》") and len(prev) - prev.rfind("《") <= 60:
                    name = prev[prev.rfind("《") + 1:].strip() + name   # 《2024年营商环境 / 重点…方案》: one name
            if _SHORT_NAME.fullmatch(name) and (full := _named_in_full(text, name, m.start())):
                return full              # 制定了《2022年…指导意见》。现将《指导意见》印发: the short name's full one
            # 2023年《区〈政府工作报告〉…方案》: the year written before the marks is the title's
            year = _YEAR_BEFORE.search(text, max(0, m.start(1) - 9), m.start(1) - 1)
            name = (year.group(1) if year and not _YEAR_AT_START.match(name) else "") + name
            return (not lost and cover_named(text, name, m.start(), m.end())) or as_headed(text, name)
    labelled = _NAME_LABEL.search(text) if _NAME_LABEL_WORDS.search(text) else None
    if labelled and (re.search(_DOC_END.pattern, labelled.group(1)) or _TABLE_END.search(labelled.group(1))):
        return _issued_plan(labelled.group(1).strip())
    # a row of a page's metadata table flattened to text: 2023年…任务分解 | ||
    lines = [_uncounted(ln.strip(_BAR_OR_SPACE)) for ln in text.split("\n")]
    # a page's own title line with its site's name (…工作方案-某区人民政府网): the title, when nothing
    # else in the text is one
    lines += [_SITE.sub("", ln) for ln in lines[:3] if _SITE.search(ln) and not BREADCRUMB.search(ln)]
    blank_menu(lines)                    # 首页 / 图片新闻 / 各地方案 / …: a site's menu, one column a line
    for k, line in enumerate(lines[:20]):
        if COLLECTION_DOWNLOAD.match(line):
            # 农村…实施方案 / 合集下载: the site's heading over a collection; the text's own title below
            lines[k] = ""
            above = next((j for j in range(k - 1, -1, -1) if lines[j]), -1)
            if above >= 0 and not addressed_below(lines, lines[above]):   # (unless it runs into addressees below)
                lines[above] = ""
    if (piece := piece_header(lines)):
        return piece
    if (article := _first_article(lines)):
        return article
    if (blurbed := _blurbed_heading(lines)):
        return blurbed
    opening = _opening_title(lines)
    if opening:
        return opening
    named = _named_file_opening(lines) or crumb_heading(lines)     # (…网 >> X over X: the page's heading)
    if named:
        return named
    for i, line in enumerate(lines):
        if (not line or len(line) > 60 or "通知" in line or _HEADING_START.match(line) or BREADCRUMB.search(line)
                or re.search(r"关于(?:印发|转发|下发|批转)", line) or _ESSAY_SITE.search(line)):
            continue                     # (…关于印发…三年行动 / 计划(2020―2022年)的通知: a notice's title broken)
        if _PERIOD_START.match(line) and i > 0 and re.search(_PLAN_WORD + "$", lines[i - 1]) and _title_part(
                lines[i - 1]) and not _HEADING_START.match(lines[i - 1]):
            return lines[i - 1] + line   # 某镇…卫生保健工作规划 / (2001-2010年)及实施意见: a title over two lines
        if _TITLE_LINE.match(line):
            if _KIND_ONLY.fullmatch(line) and any(_TITLE_LINE.match(ln) and not _KIND_ONLY.fullmatch(ln)
                                                  for ln in lines[i + 1:i + 5]):
                continue                 # 活动方案 / 乡镇安全生产月实施方案: a site's column word over the title
            after = next((ln for ln in lines[i + 1:i + 3] if ln), "")
            if _PERIOD_START.match(after):
                return line + after
            prev = next((lines[j] for j in range(i - 1, max(-1, i - 3), -1) if lines[j]), "")
            if (prev and len(prev) <= 40 and not re.search(r"[。；;，,:：\d]$", prev) and not _ESSAY_SITE.search(prev)
                    and not re.search(_PLAN_WORD + "$", prev) and not DOC_NUMBER.search(prev)
                    and not re.search(r"[《》]|通知|_HEADING_START", prev) and not _HEADING_START.match(prev)
                    and not FULL_DATE.search(prev) and not BREADCRUMB.search(prev)
                    and not _COMPLETE_NAME.search(prev) and not CHROME.fullmatch(prev)):
                if len(line) <= 10:
                    head_line = lines[i - 2] if i >= 2 and lines[i - 1] == prev else ""
                    if head_line and prev.startswith("关于") and _ORG_END.search(head_line) \
                            and len(head_line) <= 30 and len(head_line + prev + line) <= 80 \
                            and not re.search(r"[。；;，,:：《》]", head_line) \
                            and any(head_line + prev in ln for ln in lines[:i - 2]):
                        # 中共某镇委员会 / 关于开展“…” / 活动的实施方案, under a compilation line printing
                        # 「中共某镇委员会关于开展“…”…」 run together: the issuer's line is the title's (not a
                        # letterhead over 关于…)
                        return head_line + prev + line
                    if head_line and not any(lines[:i - 2]) and len(head_line + prev + line) <= 60 \
                            and _title_part(head_line) and not _COMPLETE_NAME.search(head_line) \
                            and not _DOC_END.search(head_line) and not _ESSAY_SITE.search(head_line) \
                            and not CHROME.fullmatch(head_line):
                        return head_line + prev + line   # 中国…系统 / 标准园揭幕暨… / 采摘节筹备方案: at the top
                    return _fuller(lines, i, prev + line)
                period = lines[i + 1] if i + 1 < len(lines) else ""
                if _PERIOD_LINE.match(period) and i > 0 and lines[i - 1] == prev:
                    # 静安区全力打响“上海服务”品牌 / 加快建设…三年行动计划 / (2018—2020年): a title over three lines
                    return prev + line + period
                if lines[i - 1] == prev and not any(lines[:i - 1]) and len(prev) >= 8 and len(prev + line) <= 60 \
                        and _first_half(prev) and "关于" not in line:
                    return prev + line   # 某县打造“…”品牌 / 争创…示范县行动方案 opening the text: one title
            period = next((ln for ln in lines[i + 1:i + 4] if ln), "")
            if _CUT_PERIOD.match(period):
                # 某县…三年行动计划 / 2020―2022年): the period on the next line, its opening bracket lost
                return line + ("（" if period.endswith("）") else "(") + period
            return _fuller(lines, i, line)
    m = _NOTICE.search(text)
    if m and not CITED.search(text, max(0, m.start() - 40), m.start()):
        return m.group(1).strip()
    for line in lines[:12]:
        if _TWO_ISSUED.match(line):
            return line                  # …关于印发《A方案》和《B方案》的通知: one notice, two plans

    compiled = ""
    # (a page's header above its breadcrumbs — the site's name, its buttons — is never the title below them)
    crumb = next((k for k, ln in enumerate(lines[:30]) if BREADCRUMB.search(ln)), -1)
    for at, line in enumerate(lines):
        twice = _TWICE.match(line)
        if twice:
            return twice.group(1)        # a document site's text: the title twice, then the text
        if SITE_NOTICE.search(line) or at < crumb and BODY_START.search(line):
            # (申明敬告:本站不保证该用户上传的文档…。: the site's notice, not the text; a long line with commas above
            # the page's breadcrumb — a run of keywords in its header — is the page's, the text starts below)
            continue
        if BODY_START.search(line):
            # (a shop's page counter or watermark printed right after the title: 乡镇…工作计划 第1页共3页 一、…)
            line = quick_sub(MARK_AFTER_TITLE, r"\g<w>", line)
            first = FIRST_SENTENCE.match(line) or _RUN_IN_TITLE.match(line)
            if first and len(line) > len(first.group(0)) + 40 and not _HEADING_START.match(line):
                # the whole text in one line, its title the first sentence — after a document shop's watermark and
                # page counter run in before it (下载后可任意编辑 …汇编 第12页共12页 下载后可任意编辑 乡镇…计划 一、…)
                marks = list(SHOP_MARK.finditer(first.group(1)))
                rest = first.group(1)[marks[-1].end():].strip() if marks else ""
                return rest if len(rest) >= 4 else first.group(1)
            # (a title stands above the text, or after its 附件 label; else the compilation's heading nearest
            # the text, its count left out: 2016年…实施方案精选十篇 right above it)
            return annexed_in_line(line) or compiled
        if (heading := COMPILED_HEAD.match(line)):
            compiled = heading.group(1) or heading.group(2)
        if (post := POST_LINE.search(line)) and (dated := dated_title(line, post)):
            line = dated                 # 某区2024年防汛防台工作方案 2024-05-10: a title with its day, the day left out
        column = COLUMN_TITLE.match(line)
        if column:
            return column.group(1)       # 某某奖励政策:关于…的若干意见: a page's column before the title
        if (4 <= len(line) <= 60 and not re.search(r"[。:：]", line)
                and not SITE_NAME.fullmatch(line) and not _HEADING_START.match(line) and not _ESSAY_SITE.search(line)
                and not BREADCRUMB.search(line) and not _SITE.search(line) and not DOC_NUMBER.fullmatch(line)
                and not no_title_row(lines, at) and not CHROME.fullmatch(line) and not MENU_ITEM.match(line)
                and not POST_LINE.search(line) and (at > crumb or _DOC_END.search(line))):
            return issuer_over_split(lines, at) or _fuller(lines, at, _continued(lines, at, line), _RULES_END)
    return ""


# a plan's kind alone, a site's column word (活动方案 / 工作计划 / 实施方案): no plan's own title
_KIND_ONLY = re.compile(r"[\u4e00-\u9fff]{0,2}" + _PLAN_WORD)
# the words a title's second line may open with, carrying the first on (…风貌区 / 和优秀历史建筑保护条例)
_JOINED_ON = re.compile(r"[和及与暨并]")
# what the second half of a title broken after its verb's object ends with (…开展4·23世界读书日 / 系列…活动)
_TITLE_NOUN_END = re.compile(r"(?:活动|工作|行动|条例|规定|决定|制度|" + _PLAN_WORD + ")$")


def _continued(lines: list[str], at: int, line: str) -> str:
    """``line`` with the line right below it where the title was broken over the two: the second opens with a
    conjunction (上海市历史文化风貌区 / 和优秀历史建筑保护条例), or the first opens the title with its verb and
    the second, short, ends it with the work it names, the text's prose right below (某馆开展…读书日 / 系列…活动 /
    为…); else ``line``."""
    nxt = lines[at + 1] if at + 1 < len(lines) else ""
    if not nxt or not _title_part(nxt) or len(line + nxt) > 60 or _DOC_END.search(line) \
            or _COMPLETE_NAME.search(line) or not _TITLE_NOUN_END.search(nxt):
        return line
    if _JOINED_ON.match(nxt) and len(nxt) >= 4:
        return line + nxt
    after = lines[at + 2] if at + 2 < len(lines) else ""
    after = after or (lines[at + 3] if at + 3 < len(lines) else "")
    if len(nxt) <= 20 and (_TITLE_VERB.search(line) and _BODY_LINE.match(after) or _ADOPTED.fullmatch(after)):
        return line + nxt
    return line


# the bracket a rule's title is followed by, saying when and by whom it was adopted or issued 「（2022年9月22日上海市第
# 十五届人民代表大会常务委员会第四十四次会议通过）」: the title ends above it, as above the text's prose
_ADOPTED = re.compile(r"\s*[（(][^（）()]{4,80}(?:通过|发布|印发|公布|施行)[)）]\s*")


def _fuller(lines: list[str], at: int, title: str, kind: re.Pattern[str] = _DOC_END) -> str:
    """A web page's heading often shortens the document's own title below it (贯彻落实…方案 above
    石景山区贯彻落实《关于加强新时代⏎街道工作的意见》的任务分解方案): the fuller title, on up to three
    lines within the next forty, that holds the heading whole; else the heading. (``kind``: the other words such a
    fuller title may end with — rules' 制度／规定 below a site's headline 「消防管理制」 over
    「某街道消防管理制度」.)"""
    for j in range(at + 1, min(len(lines), at + 41)):
        block = ""
        for line in lines[j:j + 3]:
            if not line or not _title_part(line):
                break
            block += line
            if title in block and len(block) > len(title) and len(block) <= 120 \
                    and (_DOC_END.search(block) or kind.search(block)) \
                    and not LIBRARY.fullmatch(rest := block.replace(title, "", 1)) and not page_fields(rest):
                return block
    return title
