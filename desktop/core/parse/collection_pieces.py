"""The title of the first piece of an essay or document site's collection.

A site gathers several plans under one heading with their count (工厂安全生产月活动方案(精选3篇) / 2022年耕地抛荒整治
工作方案5篇) and labels each piece (方案一:… / 篇一:…). The text read is the first piece: its label names it
(方案一:化工园区“零事故”安全生产月活动方案) — unless the label only repeats the collection's heading (篇一:2022年耕地
抛荒整治工作方案 under 「…方案5篇」), when the piece's own title is the title line right below the label
(耕地流出问题排查整改工作方案, or 《加强…的实施意见》 in marks). Neither the heading nor a label that repeats it
is the plan's title.

A piece's header may stand near the top with no collection's heading over it, under a site's headline, question or
blurb only (``piece_header``): 「【第23个…宣传日方案1】」, 「…活动计划【第一篇】」, 「篇一:“…”…实施方案」 — the
piece's name, its counter or mark left out, is the title.
"""
from __future__ import annotations

import itertools
import re

from .site_titles import COLLECTION_TAIL, PLAN_WORD

# the collection's heading: a plan's name, then its count (…方案(精选3篇) / …方案5篇 / …方案（通用5篇）)
_HEADING = re.compile(r"([^。；;，,:：\n]{4,60}?" + PLAN_WORD + r")\s*(?:" + COLLECTION_TAIL
                      + r"|(?:\d{1,2}|[二三四五六七八九十])\s*篇)")
# the first piece's label: 方案一: / 篇一: / 范文一: / 第一篇: then its name
_FIRST_LABEL = re.compile(r"^\s*(?:(?:方案|篇|范文|文章)\s*[一1]|第[一1]篇)\s*[:：]\s*(\S.{3,60})$")
_TITLE = re.compile(r"^[^。；;，,:：]{4,60}?" + PLAN_WORD + r"$")


def _bare(name: str) -> str:
    return re.sub(r"[\s《》]|(?:19|20)\d{2}年度?", "", name)


# a document site's description line 「文档介绍:森林防火方案_乡镇森林防火方案三」: the site's column (a plan's kind),
# an underscore, then the piece's name with the compilation's piece mark after it (Round 74 continued on x298_03:
# the mark, as 【一】 and 篇1, is no part of the title)
_UNDERSCORED = re.compile(r"(?:文档介绍|文档简介)\s*[:：]\s*[^_＿\s。，,；;:：]{2,30}?" + PLAN_WORD
                          + r"\s*[_＿]\s*([^_＿\s。，,；;:：]{4,60}?" + PLAN_WORD
                          + r")\s*(?:[一二三四五六七八九十]{1,2}|[1-9]\d?)?$")


# (or the piece's name alone, ending in its plan word 「文档介绍:XX镇…包保工作方案」: the page prints no title line
# of its own — not one with a mark after it 「…方案二」, whose mark no underscore tells from the name)
_NAMED = re.compile(r"(?:文档介绍|文档简介)\s*[:：]\s*([^_＿\s。，,；;:：]{4,60}?" + PLAN_WORD + r")")


# the collection's heading with its count, the first piece's name and its mark, and the text run on in one line
# 「…整治计划实施方案8篇…整治计划实施方案篇1为配合…」 (Round 83 on x314_11: the piece's name, less its mark)
_RUN_IN_PIECE = re.compile(r"[^。；;，,:：]{4,60}?" + PLAN_WORD + r"\s*(?:\d{1,2}|[二三四五六七八九十])\s*篇\s*"
                           r"([^。；;，,:：]{4,60}?" + PLAN_WORD + r")\s*篇\s*[一1](?!\d)")


# a compilation's heading over a piece that prints only its bare mark 「…工作通知范文5篇 / (篇一) / 各村…:」: the
# heading names the piece's own kind, its title less the count (Round 91 on a 范文 notice: 范文 kept as printed)
_COUNTED_HEADING = re.compile(r"^([^。；;，,:：!！?？\n]{4,60}?(?:" + PLAN_WORD[3:-1] + r"|通知|通告|意见|办法|规定)"
                              r"(?:范文|范本)?)\s*(?:\d{1,2}|[二三四五六七八九十])\s*篇$")
_BARE_PIECE_MARK = re.compile(r"^[(（【]?\s*(?:篇\s*[一1]|第\s*[一1]\s*篇)\s*[)）】]?$")


# a piece's own head line, its counter after it 「…实施方案1」
_HEAD_LINE = re.compile(r"^[^。；;，,:：]{4,60}?" + PLAN_WORD + r"\s*(?:[1-9]\d?|[一二三四五六七八九十])?$")


def _before_items(lines: list[str]) -> list[str]:
    """``lines`` up to the first numbered item 「一、」."""
    return list(itertools.takewhile(lambda ln: not re.match(r"[一二三四五六七八九十]{1,3}、", ln), lines))


def _marked_piece(lines: list[str]) -> str:
    """The heading less its count where a counted heading in the first lines stands right over a bare piece mark and
    the body (its addressees or a sentence) follows the mark; else ""."""
    for k, line in enumerate(lines[:12]):
        if (m := _COUNTED_HEADING.match(line)) and k + 2 < len(lines) and _BARE_PIECE_MARK.match(lines[k + 1]) \
                and re.match(r"各.{2,40}[:：]$|.*[。；;，,]", lines[k + 2]):
            return m.group(1)
        # (or the heading right over the piece's first paragraph, the piece printing no title nor mark of its own
        # 「村…工作计划十篇 / 高度重视…,现将…计划如下。」: the site's headline stands, less its count — Round 99 on
        # x362_06; round 65's x275_03)
        # (not a blurb over the piece's own head line 「…五篇 / 社区网格化管理便是… / …实施方案1」, nor a line that
        # runs the heading in again 「…方案6篇…方案，为配合…」)
        if m and k + 1 < len(lines) and len(lines[k + 1]) >= 40 and re.search(r"[。；;]", lines[k + 1]) \
                and m.group(1) not in lines[k + 1] and not _BARE_PIECE_MARK.match(lines[k + 1]) and not any(
                    _HEAD_LINE.match(ln) for ln in _before_items(lines[k + 2:k + 8])):
            return m.group(1)
    return ""


# a piece's own head over its bare mark 「篇1」, a site's headline above printing the head with the site's model-text
# word after it 「…工作目标范文」 (the head names the piece's own kind, whatever word ends it — Round 99 on x360_01,
# x360_04; Round 105 on x374_07)
_MODEL_WORD = re.compile(r"\s*(?:范文|范本|样本|模板)(?:\s*(?:大全|精选))?$")


def _headed_over_mark(lines: list[str]) -> str:
    """The head line right over a bare piece mark where a line above it is that head with a model-text word after it;
    else ""."""
    for k, line in enumerate(lines[1:12], 1):
        if k + 1 < len(lines) and _BARE_PIECE_MARK.match(lines[k + 1]) and 4 <= len(line) <= 40 \
                and not re.search(r"[。；;，,:：!！?？]", line) \
                and any(ln.startswith(line) and _MODEL_WORD.fullmatch(ln[len(line):]) for ln in lines[:k]):
            return line
    return ""


def first_piece_title(text: str) -> str:
    """The first piece's title where the text opens with a collection's heading and its first piece's label;
    else ""."""
    lines = [ln.strip() for ln in text.split("\n")[:40] if ln.strip()]
    if piece := _marked_piece(lines) or _headed_over_mark(lines):
        return piece
    if piece := next((m.group(1) for ln in lines[:3]
                      if (m := _UNDERSCORED.match(ln) or _NAMED.fullmatch(ln))), ""):
        return piece
    if piece := next((m.group(1) for ln in lines[:6] if (m := _RUN_IN_PIECE.match(ln))), ""):
        return piece
    heading = next((m.group(1) for ln in lines[:12] if len(ln) <= 100 and (m := _HEADING.search(ln))), "")
    #               (a heading is one short line: a run-together page is never searched whole, bench nasty_numbering)
    found = next(((k, m) for k, ln in enumerate(lines) if (m := _FIRST_LABEL.match(ln))), None) if heading else None
    if found is None:
        return ""
    at, label = found[0], found[1].group(1).strip()
    if _bare(label) not in _bare(heading) and _TITLE.match(label):
        return label
    for line in lines[at + 1:at + 6]:
        if re.match(r"^各.{2,40}[:：]$|^[一二三四五六七八九十]{1,3}、", line):
            break                        # (its addressees or its first item: no title of its own)
        name = line.strip("《》")
        if _TITLE.match(name) and "《" not in name:
            return name
    return ""


# a compilation's piece header near the top: 【第23个…宣传日方案1】 / …活动计划【第一篇】 / 篇一:“…”…实施方案
_COUNTER = r"(?:[1-9]\d?|[一二三四五六七八九十]{1,2})"
_PIECE_HEADER = re.compile(r"【([^【】]{4,80}?)\s*(?:[1-9]\d?)?】|(.{4,80}?)\s*【第\s*" + _COUNTER + r"\s*篇】"
                           r"|(?:篇|方案|范文|文章)\s*[一1]\s*[:：]\s*(.{4,80})"
                           # (…方案范文(精选篇1) / …方案（通用篇1）: the mark in round brackets, a site's word
                           # before 篇)
                           r"|(.{4,80}?)\s*[(（]\s*(?:精选|精品|优选|优秀|通用|热门|推荐)?\s*篇\s*[一1]\s*[)）]"
                           # (…方案范文 篇1: a model text's name, then its counter; …方案范文(通用11篇)1: the
                           # compilation's count in brackets, then the piece's number)
                           r"|(.{4,80}?(?:范文|范本))\s*篇\s*[一1]"
                           # (关于…活动通知【一】: a notice's name, then the piece's counter alone in 【】)
                           r"|(.{4,80}?)\s*【\s*[一1]\s*】"
                           r"|(.{4,80}?)\s*[(（]\s*(?:精选|精品|优选|优秀|通用|热门|推荐)?\s*\d{1,2}\s*篇\s*[)）]\s*[一1]"
                           # (…应急预案篇一: a contingency plan's name, then its piece mark alone — or 第1篇)
                           r"|(.{4,80}?预案)\s*(?:篇\s*[一1]|第\s*[一1]\s*篇)"
                           # (…工作计划2022 第1篇: the piece's name, its year as printed, then 第1篇 unbracketed)
                           r"|(.{4,80}?" + PLAN_WORD + r"\s*(?:19|20)\d{2})\s*第\s*[一1]\s*篇"
                           # (…放假的通知范文一: a notice's name, then the mark 范文一 whole — "Round 102 rulings,
                           # written early" on x366_04: 范文一／范文二 number the pieces as 篇一 does)
                           r"|(.{4,80}?通知)\s*范文\s*[一1]")
# a post's day, then its column 「2021-03-02 计划」
_POSTED = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*[\u4e00-\u9fff]{2,8}$")
# a piece's name: a plan's name, or one the site calls a model text (…美化方案范文), the word kept as printed
_PIECE_NAME = re.compile(r"^[^。；;，,:：]{4,60}?(?:" + PLAN_WORD + r"(?:范文|范本|\s*(?:19|20)\d{2})?|活动通知|预案)$")


def piece_header(lines: list[str]) -> str:
    """The first piece's own name where a compilation's piece header stands in the text's first ``lines``, its
    counter or mark left out, and no plan's title line stands above it (only a site's headline, a question or a
    blurb: 「第23个防治碘缺乏病日主题」 / 「…活动计划样例【范例8篇】」) or below it before the body; else ""."""
    for k, line in enumerate(lines[:12]):
        m = _PIECE_HEADER.fullmatch(line)
        if m is None:
            continue
        name = next(g for g in m.groups() if g).strip()
        if not (_PIECE_NAME.match(name) or m.lastindex == len(m.groups()) and "印发" not in name) \
                or "关于" in name and not name.endswith("活动通知") and m.lastindex != len(m.groups()):
            return ""
        # (a site's headline above whose words the piece's name holds whole 「某镇治理方案」 over
        # 「某镇治理方案范文(通用8篇)1」 is the site's, not a title of its own; nor a post's day and column
        # 「2021-03-02 计划」)
        return "" if any(_TITLE.match(ln) and not (ln in name and len(ln) < len(name)) and not _POSTED.match(ln)
                         for ln in [*lines[:k], *_head_lines(lines[k + 1:])] if ln) else name
    return ""


# the body's first line: a sentence, or a heading 「一、…」
_BODY_LINE = re.compile(r".*[。；;，,]|\s*[一二三四五六七八九十]{1,3}、")


def _head_lines(lines: list[str]) -> list[str]:
    """The lines below a piece header before the body: a plan's title line among them is the page's own title (the
    bracket a site's related link or sidebar entry 「【2023年安全生产月活动方案】」 over it)."""
    head: list[str] = []
    for line in lines[:8]:
        if _BODY_LINE.match(line):
            break
        head.append(line)
    return head
