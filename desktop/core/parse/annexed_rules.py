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
    """The items of a second document in articles printed under an 附件 label after a plan in articles (see the
    module's text), numbered under the label; its closing paragraphs join the outline's closing and the outline's
    trailer keeps the rest. [] (the outline unchanged) where there is none."""
    trailer = outline.trailer
    tops = [i for i in outline.items if i.parent is None]
    if len(tops) < 3 or not all(i.article for i in tops):
        return []
    for label in ANNEX_LABEL.finditer(trailer):
        head = _lines(trailer[label.end():label.end() + 400])[:2]
        if len(head) < 2 or not _DOC_TITLE.match(head[0]) or not _FIRST_ARTICLE.match(head[1]):
            continue
        after = ANNEX_LABEL.search(trailer, label.end())
        end = after.start() if after else len(trailer)
        annex = build_items(trailer[label.end():end])
        mine = [i for i in annex.items if i.parent is None]
        if len(mine) < 3 or not all(i.article for i in mine):
            continue
        name = re.sub(r"[\s:：]", "", label.group(0))
        for item in annex.items:
            item.path = [name, *item.path]
            item.pos += len(outline.items)
        outline.closing = "\n".join(s for s in (outline.closing, annex.closing) if s.strip())
        outline.trailer = "\n".join(s for s in (trailer[:label.start()], annex.trailer, trailer[end:]) if s.strip())
        return annex.items
    return []
