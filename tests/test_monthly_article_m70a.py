"""The monthly article (rv70b finding 10): no empty 联系电话 (「（撰稿人：张明）」), and a date line — the article's own
date, else the day the document bears (the export day unless --date names one)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile

from desktop.reports.content import Article
from desktop.reports.render import contact_line, render_articles

WATER = "区水务局"


def test_the_contact_line_leaves_out_what_is_empty():
    assert contact_line("张明", "", "") == "（撰稿人：张明）"
    assert contact_line("张明", "李华", "021-59990000") == "（撰稿人：张明；审核人：李华；联系电话：021-59990000）"
    assert contact_line("", "", "021-59990000") == "（联系电话：021-59990000）"
    assert contact_line("", "", "") == ""


def _doc_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode()
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))


def test_the_monthly_article_prints_its_date_and_no_empty_phone(tmp_path):
    article = Article(title="区水务局5月海绵城市建设工作动态", paragraphs=["全区累计整改混接点位355处。"], unit=WATER,
                      date=None, author="张明")
    out = render_articles([article], WATER, tmp_path / "i.docx", year=2025, month=5, date=dt.date(2025, 6, 3))
    text = _doc_text(out)
    assert "（撰稿人：张明）" in text
    assert "联系电话" not in text
    assert "2025年6月3日" in text
    dated = Article(title="区水务局5月海绵城市建设工作动态", paragraphs=["x。"], unit=WATER,
                    date=dt.date(2025, 5, 30), author="张明")
    out = render_articles([dated], WATER, tmp_path / "j.docx", year=2025, month=5, date=dt.date(2025, 6, 3))
    assert "2025年5月30日" in _doc_text(out)
