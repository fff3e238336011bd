"""A second document in articles under the same cover (round 30's "Two documents under one cover"; x165_02).

A plan written in articles (第一条 … 第七条（附则）) may list its attachments (附件：1.…表 … 4.…实施细则) and then
print one of them whole under its label: 「附件4」 / 「…平台认定管理实施细则」 / 「第一条(目的依据)」 …. That is a
second document, numbered from 第一条 again, and its articles are the cover's tasks too, counted after the first's. The
outline ends the plan at the 附件 list, so they are read here, numbered under their label (附件4.7.二).

Only a body written in articles over an attachment written in articles from 第一条, right under its label and its
title, is such a pair. Not: a rules 附件 written in 一、二、… (its articles are the 附件's, no tasks, x71_04); a 附件
whose label is followed by a table or by a title with no 第一条 (a form, a list); a cover list 「附件：1.…」 itself; a
plan that quotes another document's name (no label line over it); a plan not written in articles.
"""

from __future__ import annotations

import re

from .article_text import CHAPTER
from .columns import ANNEX_LINE
from .headings import Item, Outline, build_items

# the label line over an attachment, alone on its line: 附件4 / 附件 2： / 附件一 (the package's one such regex)
ANNEX_LABEL = re.compile(rf"(?:^|\n)\s*{ANNEX_LINE}\s*\n")
# the second document's title: a document of rules or views (…实施细则 / …管理办法(试行) / …若干规定 / …意见)
_DOC_TITLE = re.compile(r"^[^\s。；，,;:：]{4,60}(?:细则|办法|规定|规则|规程|意见)(?:[（(][\u4e00-\u9fff]{1,6}[）)])?$")
_FIRST_ARTICLE = re.compile(r"^第[一1]\s*条")


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def annexed_rules(outline: Outline) -> list[Item]:
    """The items of each further document in articles printed under an 附件 label after a plan in articles (see
    the module's text; its 第一条 may stand under a chapter line 「第一章 总则」), numbered under the label; its
    closing paragraphs join the outline's closing and the outline's trailer keeps the rest. [] (the outline
    unchanged) where there is none."""
    trailer = outline.trailer
    tops = [i for i in outline.items if i.parent is None]
    if len(tops) < 3 or not all(i.article for i in tops):
        return []
    found: list[Item] = []
    cut: list[tuple[int, int, str]] = []        # (each annex read: where it stands in the trailer, what is left of it)
    closing = outline.closing
    for label in ANNEX_LABEL.finditer(trailer):
        head = _lines(trailer[label.end():label.end() + 400])[:3]
        if len(head) > 2 and CHAPTER.match(head[1]):
            head = [head[0], head[2]]       # (「第一章 总则」 over its 第一条: the chapter opens the articles)
        if len(head) < 2 or not _DOC_TITLE.match(head[0]) or not _FIRST_ARTICLE.match(head[1]):
            continue
        after = ANNEX_LABEL.search(trailer, label.end())
        end = after.start() if after else len(trailer)
        # (read from its title on, the title left out: a title over 「第一章 总则」 is no section heading of its own)
        title_end = trailer.index(head[0], label.end()) + len(head[0])
        annex = build_items(trailer[title_end:end])
        mine = [i for i in annex.items if i.parent is None]
        # (articles holding no items of their own are read as numbered lines 「第一条」: articles still)
        if len(mine) < 3 or not all(i.article or i.article_line for i in mine):
            continue
        name = re.sub(r"[\s:：]", "", label.group(0))
        shift = len(outline.items) + len(found)
        for item in annex.items:
            item.path = [name, *item.path]
            item.pos += shift
        closing = "\n".join(s for s in (closing, annex.closing) if s.strip())
        cut.append((label.start(), end, annex.trailer))
        found.extend(annex.items)
    if found:
        outline.closing = closing
        parts: list[str] = []
        at = 0
        for start, end, rest in cut:
            parts.extend((trailer[at:start], rest))
            at = end
        parts.append(trailer[at:])
        outline.trailer = "\n".join(s for s in parts if s.strip())
    return found
