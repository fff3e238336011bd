"""The 简报's contents: one column when they fit the first page so — a one-article 简报's title no
longer wraps into the template's second column (ux63 finding 8: 「…取得新　　　进展」) — and, where two
columns are needed, no title split between them."""

from __future__ import annotations

import datetime as dt
import zipfile

from lxml import etree

from desktop.reports.content import Article
from desktop.reports.render import render_briefing

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _write(tmp_path, titles):
    articles = [Article(t, ["本月工作进展顺利。"], "县人社局", dt.date(2025, 11, 18)) for t in titles]
    out = render_briefing(articles, tmp_path / "简报.docx", name="青山县稳就业促增收工作简报", issue=8,
                          office="青山县稳就业促增收工作领导小组办公室", date=dt.date(2025, 11, 18),
                          year=2025, month=10)
    with zipfile.ZipFile(out) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
    items = [p for p in doc.iter(f"{W}p")
             if p.find(f"{W}pPr/{W}pStyle") is not None
             and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "LSBriefItem"]
    # the section the contents close: the first sectPr after the last item
    after = items[-1].getnext()
    cols = after.find(f"{W}pPr/{W}sectPr/{W}cols")
    return items, cols.get(f"{W}num")


def test_one_article_contents_are_one_column(tmp_path):
    items, columns = _write(tmp_path, ["县人社局10月份稳就业工作取得新进展"])
    assert columns == "1"
    assert ["".join(t.text for t in p.iter(f"{W}t")) for p in items] == ["1.县人社局10月份稳就业工作取得新进展"]
    assert all(p.find(f"{W}pPr/{W}keepLines") is not None for p in items)


def test_contents_too_long_for_one_column_keep_two_with_each_title_whole(tmp_path):
    titles = [f"第{i}家单位本月稳就业促增收工作取得新进展新成效" for i in range(1, 37)]
    items, columns = _write(tmp_path, titles)
    assert len(items) == 36 and columns == "2"
    assert all(p.find(f"{W}pPr/{W}keepLines") is not None for p in items)   # a title never split
