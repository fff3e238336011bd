"""The marks a page prints around a plan's title and the text's first lines, which the title reader passes over or
reads through: a notice the preamble cites, a document shop's watermark and page counter, an essay site's compiled
heading and post line, a site's name, column or menu entry (and a menu opening the page, a column a line), its
breadcrumb, the text's first sentence or addressees, a document library's name."""

from __future__ import annotations

import re

from .meta import LETTERHEAD
from .site_titles import PLAN_WORD as _PLAN_WORD

# 根据《某市人民政府关于印发…的通知》: a notice the preamble cites (in 《》, or after 按照／根据), not the text's own
CITED = re.compile(r"《[^《》。\n]{0,40}$|(?:按照|根据|依据)[^。；;\n]{0,30}$")


# a document shop's watermark and page counter printed into a preview's text
_EDITABLE = "下载后可任意编辑"
_PAGE_OF = r"第\s*\d{1,3}\s*页\s*[，,/／]?\s*共\s*\d{1,3}\s*页"
# (or a shop's note that the file is for reference only, after the file's name and the day it was uploaded
# 「…方案doc 2020年4月19日 文档仅供参考」, or an essay site's running head before the title 「工作范文总结」)
SHOP_MARK = re.compile(_EDITABLE + "|" + _PAGE_OF + r"|仅供参考|^[\u4e00-\u9fff]{0,4}范文(?:总结|大全|精选)?")


MARK_AFTER_TITLE = re.compile(r"(?P<w>" + _PLAN_WORD + r")\s*(?:[（(]\s*" + _EDITABLE + r"\s*[）)]|" + _PAGE_OF + ")")


# an essay site's heading over the articles it compiles, with their count (…工作实施方案精选十篇 / …计划汇编5篇), or
# its count in brackets after an emergency plan's name (…应急预案(热门18篇)), which no plan word ends
COMPILED_HEAD = re.compile(r"^([^。；;，,:：]{4,60}?" + _PLAN_WORD + r")\s*(?:汇编|精选|合集|大全)\s*"
                            r"(?:\d{1,2}|[二三四五六七八九十]{1,2})\s*篇$"
                            r"|^([^。；;，,:：]{4,60}?预案)\s*[(（](?:精选|通用|热门|优秀|精品|推荐|实用)?\s*\d{1,2}\s*篇[)）]$")


# a post's line of metadata on an essay site: its column, the day it was posted and who posted it
# (活动方案2018-08-03三水老师): never a title
POST_LINE = re.compile(r"(?<!\d)(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?!\d)")


def dated_title(line: str, post: re.Match[str]) -> str:
    """A plan's title with the day it was published before or after it and nothing else, the day left out; ""
    where the line holds more (活动方案2018-08-03三水老师: a post's column, day and poster)."""
    before, after = line[:post.start()].strip(), line[post.end():].strip()
    title = after if not before else before if not after else ""
    return title if len(title) >= 6 and re.search(_PLAN_WORD + "$", title) else ""


# a site's name alone on the page's first line (某某网); a page column before a title (…政策:关于…意见)
SITE_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}网")
COLUMN_TITLE = re.compile(r"^[^。；;，,:：\n]{2,30}[:：]\s*(关于[^。；;，,:：\n]{4,80}?" + _PLAN_WORD + r")$")


# a page's menu entry before the title, led by its bullet (• 政府信息公开 / · 首页)
MENU_ITEM = re.compile(r"[•·●▪■◆]\s*\S")


# the text has begun: its addressees (各镇人民政府：; not a page's 来源：), a sentence, a numbered item
BODY_START = re.compile(r"^各.{2,}[:：]$|(?:政府|部门|单位|办事处|机构|委员会)[:：]$|。|"
                         r"^(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）])|"
                         r"^(?=.{61})[^，,:：\n]{6,}[，,][^，,\n]+[，,]")  # (prose, stops lost)


# a document library's name a page prints before the title at its foot (腾讯文库…方案 / 百度文库…): no part of it
LIBRARY = re.compile(r"[\u4e00-\u9fff]{2,4}文库|道客巴巴|豆丁网?|原创力文档")


# a page's breadcrumb (首页 > … / >> 中国统计开放日2023 >> 各地方案: a crumb may carry its year) and its label
BREADCRUMB = re.compile(r"首页\s*[>»＞/]|[>»＞]\s*[\u4e00-\u9fff][\u4e00-\u9fff\d]{1,15}\s*[>»＞]"
                        r"|^(?:当前|您的|您现在的|所在)位置")
# a line ending in a colon that is no addressee (来源: / 字体: / 「当前位置:」 over a breadcrumb: the menu above it is
# no title)
ADDRESSEE_NOISE = re.compile(r"【|时间|日期|来源|字体|发布|浏览|索引|位置")
# a site's menu at the page's top, its home first and a column a line (首页 / 图片新闻 / 各地方案 / 经普知识): no
# line of it is a title, nor are they one glued
_MENU_HOME = re.compile(r"(?:网站)?首页")
_MENU_WORDS = re.compile(r"[\u4e00-\u9fff]{2,6}")
_MENU_MOST = 8     # the most lines taken for the menu under 首页: a short title after a long run of columns stays


def blank_menu(lines: list[str]) -> None:
    """Blank the lines of a site's menu that opens the page (首页, then a short column name a line; in place)."""
    menu = next((k for k, line in enumerate(lines[:6]) if _MENU_HOME.fullmatch(line)), -1)
    end = min(len(lines), menu + _MENU_MOST + 1)    # (a menu is a handful of columns: a short title after it stays)
    while 0 <= menu < end and lines[menu] and _MENU_WORDS.fullmatch(lines[menu]):
        lines[menu] = ""
        menu += 1


# a page's metadata fields (索引号 / 发布日期 / 浏览量 | 0): no title
_METADATA = re.compile(r"索引号|公开方式|公开范围|公开时限|发文日期|主题分类|组配分类|发布时间|发布日期|浏览次数|"
                       r"浏览量|阅读量|点击量")
# a document's title line: a plan word or a notice's word at its end, no sentence mark inside
_TITLE_LINE_END = re.compile(r"^[^。；;，,:：]{4,60}(?:" + _PLAN_WORD + r"|通知|通告|决定)$")


def no_title_row(lines: list[str], at: int) -> bool:
    """Line ``at`` is a page's metadata row (文号 | 浏览量 | 0), or the issuer's name alone (某乡人民政府) right above
    the document's title line (…方案的通知), its letterhead: no title."""
    nxt = next((ln for ln in lines[at + 1:at + 3] if ln), "")
    return bool(_METADATA.search(lines[at]) or re.fullmatch(LETTERHEAD, lines[at]) and _TITLE_LINE_END.match(nxt))


# an essay site's crumb line naming the page 「查字典范文网 >> 乡镇的安全生产责任书范文」 (its name, then the
# page's), the page's heading printed again right below it: the heading is the title, its 范文 the piece's own word
# (Round 91)
_CRUMB_LINE = re.compile(r"^[^>»＞\s]{2,20}网\s*(?:[>»＞]{1,2}\s*[^>»＞]{2,20}?\s*)*[>»＞]{1,2}\s*"
                         r"(?P<page>[^>»＞]{4,60})$")
_PIECE_END = re.compile(r"(?:" + _PLAN_WORD + r"|责任书|责任状|承诺书|制度|规定|通知)(?:范文)?$")


def crumb_heading(lines: list[str]) -> str:
    """The page's heading under a site's crumb line that names it (see ``_CRUMB_LINE``), among the first lines; else
    ""."""
    filled = [ln for ln in lines[:12] if ln][:4]
    for k, line in enumerate(filled[:-1]):
        m = _CRUMB_LINE.match(line)
        if m and filled[k + 1] == m.group("page").strip() and _PIECE_END.search(filled[k + 1]):
            return filled[k + 1]
    return ""


# a pledge a site compiles as it does plans (乡镇森林防火责任书4篇 / …安全承诺书通用5篇): its word ends the title too
# (and a contingency plan's 预案, 2024年地质灾害应急预案 篇31)
PLEDGE_WORD = r"(?:责任书|责任状|承诺书|倡议书|公约|预案)"


# a news page's headline announcing the text it prints (洋县…管理规定发布 / …实施方案正式出台), the text's own title
# printed alone on a line below it: the own title is the plan's
_NEWS_VERB = re.compile(r"(?:正式)?(?:发布|出台|公布|出炉)(?:了|啦)?$")


def announced_title(title: str, text: str) -> str:
    """The text's own title where ``title`` is a news headline 「X发布」 and X stands alone on one of the first lines;
    else ``title``."""
    verb = _NEWS_VERB.search(title)
    if not verb or verb.start() < 6:
        return title
    own = title[:verb.start()].strip()
    return own if any(ln.strip() == own for ln in text.split("\n", 40)[:40]) else title
