"""The title a page opens with when its whole text runs on in one line and only a space parts the title from the text
(「20XX 某某宣传周活动方案 某某宣传周就要到了,…」): read from the light text, where that space still stands (the compact
text the other title readers see has lost it). And a one-line page whose title runs straight into what a page prints
after it — the title again, the site's date field, the addressees, the rules' passing note, the preamble
(``run_on_title``)."""

from __future__ import annotations

import re

from .site_pages import DOC_FILE, SHOP_BANNER
from .site_titles import COLLECTION_TAIL, PLAN_WORD

# the opening words up to a plan word, then a space and the text going on (no stop, colon or comma inside the title;
# a space may stand inside it, after a year: 20XX 某某活动方案)
# (or no space inside, up to 40 characters: 2019某某日主题及活动方案; the text may open with the day, 2019年5月15日,…)
_SPACED_TITLE = re.compile(r"^\s*((?:[^\s。；;，,:：!！?？]{1,12}(?:[ \u3000][^\s。；;，,:：!！?？]{1,60}?)?"
                           r"|[^\s。；;，,:：!！?？]{13,38}?)" + PLAN_WORD
                           + r")[ \u3000]+(?=[\u4e00-\u9fff]|(?:19|20)\d{2}年)")
# the line is the page's whole text: long, with sentences after the title
_RUN_ON = 200


def spaced_title(light_text: str) -> str:
    """The title run into the first line of a one-line page, a space after it; "" when the page opens otherwise."""
    line = next((ln for ln in light_text.split("\n") if ln.strip()), "")
    if len(line) < _RUN_ON:
        return ""
    m = _SPACED_TITLE.match(line)
    if m is None or not re.search(r"[。；;!！]", line[m.end():m.end() + _RUN_ON]):
        return ""
    title = m.group(1)
    return title if 6 <= len(title.replace(" ", "")) <= 60 else ""


# a site's column name and the page's title on its first line, a space between (交通安全工作方案 某镇…百日行动工作方案)
_NAME = r"[^\s。；;，,:：!！?？]{2,60}?" + PLAN_WORD
_COLUMN_AND_TITLE = re.compile(r"^\s*" + _NAME + r"[ \u3000]+(" + _NAME + r")\s*$")


# a one-line page opening with the site's file name, a space, then the title (a space may stand inside it) and the
# preamble run on after it: 「三大活动实施方案 街道开展…活动的 实施方案 为了认真贯彻…」
_FILE_THEN_TITLE = re.compile(r"^\s*[^\s。；;，,:：!！?？]{2,20}?" + PLAN_WORD + r"[ \u3000]+"
                              r"([^\s。；;，,:：!！?？][^。；;，,:：!！?？\n]{2,60}?" + PLAN_WORD + r")"
                              r"[ \u3000]*(?=为了?|根据|按照)")


# a document site's file-name words, parted by spaces 「2023 乡镇 汛期 防洪 工作 预案」 (a year first or not): four
# words or more, no sentence mark
_SPACED_WORDS = re.compile(r"(?:(?:19|20)\d{2}[ \u3000]+)?(?:[\u4e00-\u9fff]{1,8}[ \u3000]+){3,}[\u4e00-\u9fff]{1,8}")


def column_and_title(light_text: str) -> str:
    """The page's title where its first line sets a site's column name before it, a space between, and the text
    below opens with the title again (its first paragraph run on after it); "" otherwise. (Or a one-line page whose
    site's file name stands before the title, the preamble run on after it.)"""
    lines = [ln.strip() for ln in light_text.split("\n", 8)[:8] if ln.strip()]
    if lines and len(lines[0]) >= _RUN_ON and (named := _FILE_THEN_TITLE.match(lines[0])):
        return re.sub(r"(?<![A-Za-z0-9])[ \u3000]+|[ \u3000]+(?![A-Za-z0-9])", "", named.group(1))
    if len(lines) < 2:
        return ""
    if _SPACED_WORDS.fullmatch(lines[0]):
        # (x295_04: the site's file-name words over the text, the line below opening with them unspaced — the title
        # the text prints, the site's year no part of it)
        words = re.sub(r"^(?:19|20)\d{2}\s+", "", lines[0]).replace(" ", "").replace("\u3000", "")
        # (the line below may write the title's year before them, printed or masked 「XX年…」: the title it prints)
        own = re.match(r"(?:(?:19|20)\d{2}|(?:19|20)?[Xx×Ｘ]{2,4})\s*年度?" + re.escape(words) + r"(?=\s|$)", lines[1])
        return own.group(0) if own else words if re.match(re.escape(words) + r"(?:\s|$)", lines[1]) else ""
    m = _COLUMN_AND_TITLE.match(lines[0])
    if m is None or not lines[1].startswith(m.group(1)):
        return ""
    return m.group(1)


# a document shop's name of the file in 【】 at the head of its text, its page count inside (【某校…实施方案(16页)】为…)
_SHOP_TITLE = re.compile(r"^\s*【([^【】\n]{4,60}?" + PLAN_WORD + r")\s*(?:[(（]\s*\d{1,3}\s*页\s*[)）])?】(?=\S)")


def shop_title(light_text: str) -> str:
    """The name in 【】 a document shop sets at the head of the text it shows, the text run on after it; "" else."""
    m = _SHOP_TITLE.match(light_text)
    return m.group(1).strip() if m else ""


# an essay site's heading over the articles it compiles, its count after it (…工作方案2篇 / …工作方案2023(通用5篇)), run
# into the first article's own title and counter (…工作方案 1 / …工作方案2022篇1) and its text: the title both write
_COMPILED_RUN_ON = re.compile(r"^\s*([^\s。；;，,:：!！?？《》]{4,40}?" + PLAN_WORD + r")\s*(?:(?:19|20)\d{2}\s*)?"
                              r"(?:\d{1,2}\s*篇|" + COLLECTION_TAIL + r")\s*\1")


def compiled_title(light_text: str) -> str:
    """The title a compilation's heading and its first article both give on one of the page's first lines; "" else."""
    for line in light_text.split("\n", 6)[:6]:
        if (m := _COMPILED_RUN_ON.match(line)):
            return m.group(1)
    return ""


# what a page prints right after its title, run on with no break on a one-line page: the title again (the site's
# heading, then the document's own, 「…的通知…的通知」「…的通知关于…的通知」), the site's fields (时间:／发布时间:／
# 来源:／索引号／浏览), the addressees (各区人民政府，…：), a rules' passing note or a date 「（2024年9月27日…通过）」,
# the document's number, the preamble's opening words (为／根据／按照／进入…以来, after a shop's word 文稿／范文),
# or its first chapter or item
_AFTER_TITLE = (r"(?:\1|关于|(?:发布|成文|印发|发文)?(?:时间|日期)\s*[:：]|来源\s*[:：]|索引号|浏览|发布机构|【"
                r"|各[^。；;:：]{1,60}[:：]|[(（]\s*(?:19|20)\d{2}\s*年|(?:19|20)\d{2}\s*[-年]"
                r"|[\u4e00-\u9fff]{1,10}\s*[〔\[［]\s*(?:19|20)\d{2}"
                r"|(?:文稿|范文|正文)?(?:为了?[^。]{2}|根据|按照|依据|近年来|当前|进入[^。，,；;]{1,8}以来)|第[一1]\s*[章条]|一\s*[、.．]|目\s*录)")
# the title: the opening words up to a document's kind (a name in 《》 may stand inside, 关于印发《…方案》的通知), an
# optional bracketed note after it (（试行）／(2022—2024年)); a site's number or the document's before it (2023011724: /
# 嘉政办发〔2021〕5号), a site's column name and a space (交通安全工作方案 乡镇…方案), or the site's file name
# (…预案.doc)
# (or a body's own rules 「…环境卫生管理制度 为改善…」, run on as any plan's name is)
_DOC_KIND = r"(?:" + PLAN_WORD + r"|预案|通知|条例|决定|规定|公告|通告|制度)"
_RUN_ON_TITLE = re.compile(r"^[\s|｜]*(?:\d{6,12}\s*[:：]\s*"
                           r"|[\u4e00-\u9fff]{1,10}\s*[〔\[［]\s*(?:19|20)\d{2}\s*[〕\]］]\s*\d{1,5}\s*号\s*"
                           r"|[^\s。；;，,:：!！?？《》]{2,12}?" + PLAN_WORD + r"[ \u3000]+"
                           # (or a document shop's banner 「精选优质文档-倾情为你奉上」 run in before it: chrome)
                           r"|" + SHOP_BANNER +
                           # (or the site's file name before it, 「…预案.doc永春县…应急预案根据…」: chrome)
                           r"|[^\s。；;，,:：!！?？《》]{2,60}?" + DOC_FILE + r"[ \u3000]*)?"
                           r"([^\s。；;，,:：!！?？《》]{0,60}?(?:《[^《》\n]{2,60}》"
                           r"[^\s。；;，,:：!！?？《》]{0,30}?)*" + _DOC_KIND + r"(?:[(（][^()（）\n]{1,14}[)）])?)"
                           # (a compilation's piece number after it 「…大检查方案4进入四月以来,…」: chrome, Round 81)
                           r"(?:\d{1,2}(?!\d))?"
                           r"(?!的)(?=\s*" + _AFTER_TITLE + ")")
# a site's column word before the title, both ending in a plan word (活动方案乡镇安全生产月实施方案)
_COLUMN_WORD = re.compile(r"^[\u4e00-\u9fff]{0,4}" + PLAN_WORD + r"(?=[^()（）]{6,}$)")


def run_on_title(light_text: str, found: str) -> str:
    """``found`` (the title the other readers found), unless it is "" or written twice over 「…的通知…的通知」: then the
    title a one-line page opens with (its first line the page's whole text, long, sentences after the title), run
    straight into what the page prints after it (``_AFTER_TITLE``) — a site's column word before it left out — or,
    failing that, ``found`` once; "" when the page has lines or opens otherwise."""
    half = len(found) // 2
    twice = len(found) >= 12 and found[:half] == found[half:]
    if found and not twice:
        return found
    own = _run_on_title(light_text)
    return own or (found[:half] if twice else found)


def _run_on_title(light_text: str) -> str:
    line = next((ln for ln in light_text.split("\n") if ln.strip()), "")
    if len(line) < _RUN_ON or len(line) < 0.8 * len(light_text.strip()):
        return ""
    m = _RUN_ON_TITLE.match(line)
    if m is None or not re.search(r"[。；;!！]", line[m.end():m.end() + _RUN_ON * 2]):
        return ""
    title = m.group(1)
    if re.search(r"印发|转发|下发|批转", title):
        return ""               # (a notice that issues a plan: the plan's own name, find_title's)
    if (column := _COLUMN_WORD.match(title)) and re.search(PLAN_WORD + r"(?:[(（][^()（）]{1,14}[)）])?$", title):
        title = title[column.end():]
    return title if 6 <= len(title) <= 100 else ""


# a piece's own head line with its preface run in after it 「社区…方案范例引言:消防安全是…」, a document site's file
# name over it 「[总结范本]全市…实施方案」: the head line is the piece's title, the run-in 引言: taken off and 范例 kept
# as printed, as 范文 is (Round 99 on x362_03; round 48; Round 91's x336_01)
_PREFACED = re.compile(r"^\s*([^\s。；;，,:：!！?？《》]{4,60}?" + PLAN_WORD + r"(?:范例|范文|范本)?)\s*"
                       r"(?:引言|前言|导语)\s*[:：]\s*\S")


def prefaced_title(light_text: str) -> str:
    """The head line a preface runs into (``_PREFACED``) on one of the text's first eight lines; "" else."""
    for line in light_text.split("\n", 9)[:8]:
        if (m := _PREFACED.match(line)):
            return m.group(1)
    return ""
