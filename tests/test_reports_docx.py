"""Rendered Word files, opened again: content and form (GB/T 9704) of every kind."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from fixtures_reports import docx_checks as dc
from fixtures_reports.sample import report_input

from desktop.errors import UserError
from desktop.reports.draft import draft_articles, draft_report
from desktop.reports.render import render_articles, render_report, render_volume

W = dc.W
DAY = dt.date(2024, 6, 28)


@pytest.fixture(scope="module")
def half_year(tmp_path_factory):
    report = draft_report(report_input("市民政局"), "half-year", today=DAY,
                          addressee="市3号建议案办理工作领导小组办公室")
    report.attachments = ["重点任务进度台账", "典型案例材料"]
    out = tmp_path_factory.mktemp("docx") / "half.docx"
    return render_report(report, out), report


def _styled(path, style_id):
    return [t for s, t in dc.body_paragraphs(path) if s == style_id]


def test_half_year_content_in_template_styles(half_year):
    path, report = half_year
    assert _styled(path, "LSTitle") == ["市民政局2024年市政协十四届三次会议3号建议案办理半年工作小结"]
    assert _styled(path, "LSAddressee") == ["市3号建议案办理工作领导小组办公室："]
    assert _styled(path, "LSHeading1") == ["一、总体情况", "二、主要做法", "三、工作进展", "四、存在问题",
                                           "五、下一步打算"]
    assert _styled(path, "LSHeading2") == ["（一）健全适老化工作机制", "（二）提升适老化服务水平",
                                           "（三）配合推进的工作"]
    assert _styled(path, "LSHeading3") == ["1.凝聚社会共识", "2.建立联动机制", "1.发展老年助餐"]
    body = _styled(path, "LSBody")
    assert body[1] == report.lead
    assert any("截至5月底，牵头的任务中已完成1项、正在推进2项；配合推进的任务正在推进，进度滞后。" in t
               for t in body)
    assert "一是部分区配套资金到位较慢，影响项目推进进度。" in body
    assert _styled(path, "LSAttachment") == ["附件：1.重点任务进度台账", "\u3000\u3000\u30002.典型案例材料"]
    assert _styled(path, "LSSignature") == ["市民政局"]
    assert _styled(path, "LSDate") == ["2024年6月28日"]
    assert _styled(path, "LSContact") == ["（联系人：王晓丽；联系电话：027-85726301）"]
    texts = [t for _, t in dc.body_paragraphs(path)]
    assert not any("{{" in t or "{%" in t or "LUOSHI" in t for t in texts)
    # one blank line between body and signature, as the format asks
    i = texts.index("市民政局")
    assert texts[i - 1] == "" and texts[i + 1] == "2024年6月28日"


def test_title_breaks_between_words_with_line_breaks(half_year):
    path, _ = half_year
    doc = dc.part(path, "word/document.xml")
    title = next(p for p in doc.iter(f"{W}p")
                 if p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "LSTitle")
    assert len(list(title.iter(f"{W}br"))) == 1
    pieces = [t.text for t in title.iter(f"{W}t")]
    assert pieces == ["市民政局2024年市政协十四届三次会议", "3号建议案办理半年工作小结"]   # the session whole


def test_half_year_form(half_year):
    path, _ = half_year
    sect = dc.sections(path)[-1]
    assert dc.mm(dc.attr(sect, "w:pgSz", "w")) == 210.0 and dc.mm(dc.attr(sect, "w:pgSz", "h")) == 297.0
    assert [dc.mm(dc.attr(sect, "w:pgMar", k)) for k in ("top", "bottom", "left", "right")] == \
        [37.0, 35.0, 28.0, 26.0]
    grid = sect.find(f"{W}docGrid")
    assert (grid.get(f"{W}type"), grid.get(f"{W}linePitch"), grid.get(f"{W}charSpace")) == \
        ("linesAndChars", "579", "-848")
    fonts = {sid: (dc.font_of(dc.style(path, sid))["eastAsia"], dc.size_pt(dc.style(path, sid)))
             for sid in ("LSTitle", "LSBody", "LSHeading1", "LSHeading2", "LSHeading3")}
    assert fonts == {"LSTitle": ("方正小标宋简体", 22), "LSBody": ("仿宋_GB2312", 16),
                     "LSHeading1": ("黑体", 16), "LSHeading2": ("楷体_GB2312", 16),
                     "LSHeading3": ("仿宋_GB2312", 16)}
    body = dc.style(path, "LSBody")
    assert (dc.attr(body, "w:pPr/w:spacing", "line"), dc.attr(body, "w:pPr/w:spacing", "lineRule")) == \
        ("579", "exact")
    assert (dc.attr(body, "w:pPr/w:ind", "firstLineChars"), dc.attr(body, "w:pPr/w:ind", "firstLine")) == \
        ("200", "640")
    with zipfile.ZipFile(path) as z:
        styles = z.read("word/styles.xml").decode("utf-8")
        document = z.read("word/document.xml").decode("utf-8")
    assert "eastAsiaTheme" not in styles and "asciiTheme" not in styles
    assert "eastAsiaTheme" not in document
    feet = dc.footers(path)
    assert dc.field_codes(feet["default"]) == ["PAGE"] and dc.field_codes(feet["even"]) == ["PAGE"]
    assert feet["default"].find(f"{W}p/{W}pPr/{W}jc").get(f"{W}val") == "right"
    assert feet["even"].find(f"{W}p/{W}pPr/{W}jc").get(f"{W}val") == "left"
    assert dc.settings_has(path, "evenAndOddHeaders")


def test_system_font_profile_and_escaping(tmp_path):
    data = report_input("市民政局")
    data.entries[0].progress = "1月，召开A&B专题会<第1次>，研究部署工作。"
    report = draft_report(data, "half-year", today=DAY)
    out = render_report(report, tmp_path / "sys.docx", font_profile="system")
    fonts = {sid: dc.font_of(dc.style(out, sid))["eastAsia"]
             for sid in ("LSTitle", "LSBody", "LSHeading1", "LSHeading2", "LSHeading3")}
    assert fonts == {"LSTitle": "宋体", "LSBody": "仿宋", "LSHeading1": "黑体", "LSHeading2": "楷体",
                     "LSHeading3": "仿宋"}
    assert dc.on(dc.style(out, "LSTitle"), "w:rPr/w:b") is True
    with zipfile.ZipFile(out) as z:
        assert "GB2312" not in z.read("word/styles.xml").decode("utf-8")
    assert any("召开A&B专题会<第1次>" in t for _, t in dc.body_paragraphs(out))
    with pytest.raises(UserError, match="字体方案"):
        render_report(report, tmp_path / "x.docx", font_profile="fancy")


def test_monthly_information_articles(tmp_path):
    articles = draft_articles(report_input(None), "2024-06")
    out = render_articles(articles, "", tmp_path / "info.docx", year=2024, month=6)
    assert _styled(out, "LSArticleTitle") == [a.title for a in articles]
    assert _styled(out, "LSSignature") == ["市民政局", "市民政局", "市住房和城市更新局"]
    assert _styled(out, "LSDate") == ["2024年6月25日", "2024年6月28日", "2024年6月27日"]
    assert "6月20日，市民政局召开推进会，部署下半年工作。&<测试>" in _styled(out, "LSBody")
    assert _styled(out, "LSContact")[0] == "（撰稿人：王晓丽；审核人：李处长；联系电话：027-85726301）"
    # each article starts a page
    assert dc.on(dc.style(out, "LSArticleTitle"), "w:pPr/w:pageBreakBefore") is True
    assert dc.field_codes(dc.footers(out)["default"]) == ["PAGE"]
    with pytest.raises(UserError, match="还没有工作信息"):
        render_articles([], "市民政局", tmp_path / "none.docx", year=2024, month=1)


def test_volume_each_report_on_a_new_page_with_toc(tmp_path):
    reports = [draft_report(report_input(u), "half-year", today=DAY)
               for u in ("市民政局", "市住房和城市更新局")]
    out = render_volume(reports, tmp_path / "vol.docx", title="3号建议案办理工作2024年上半年工作小结汇编",
                        compiler="3号建议案办理工作领导小组办公室", date=dt.date(2024, 7, 5))
    paragraphs = dc.body_paragraphs(out)
    assert [t for s, t in paragraphs if s == "LSCoverTitle"] == ["3号建议案办理工作2024年上半年工作小结汇编"]
    assert [t for s, t in paragraphs if s == "LSTitle"] == [r.title for r in reports]
    # the contents: each unit's name and the page its report starts on (cover 1, contents 2)
    toc = [t for s, t in paragraphs if s == "TOC1"]
    assert [t.rstrip("0123456789") for t in toc] == ["市民政局", "市住房和城市更新局"]
    first, second = (int(t[len(u):]) for t, u in zip(toc, ("市民政局", "市住房和城市更新局"), strict=True))
    assert first == 3 and second > first
    doc = dc.part(out, "word/document.xml")
    assert any(c.startswith("TOC") and "公文标题" in c for c in dc.field_codes(doc))
    titles = [p for p in doc.iter(f"{W}p")
              if (p.find(f"{W}pPr/{W}pStyle") is not None
                  and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "LSTitle")]
    assert all(dc.on(p, "w:pPr/w:pageBreakBefore") for p in titles)
    assert not dc.settings_has(out, "updateFields")       # no prompt when the file is opened
    assert [t for s, t in paragraphs if s == "LSSignature"] == ["市民政局", "市住房和城市更新局"]
    sect = dc.sections(out)[-1]
    assert dc.mm(dc.attr(sect, "w:pgMar", "top")) == 37.0
    assert sect.find(f"{W}docGrid").get(f"{W}linePitch") == "579"


def test_long_article_title_breaks_after_the_unit_name(tmp_path):
    data = report_input("市住房和城市更新局")
    data.articles[0].title = "扎实推进适老化建设攻坚突破"
    [article] = draft_articles(data, "2024-06")
    assert article.title_lines == ["市住房和城市更新局", "扎实推进适老化建设攻坚突破"]
    out = render_articles([article], "市住房和城市更新局", tmp_path / "i.docx", year=2024, month=6)
    doc = dc.part(out, "word/document.xml")
    title = next(p for p in doc.iter(f"{W}p") if p.find(f"{W}pPr/{W}pStyle") is not None
                 and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "LSArticleTitle")
    assert [t.text for t in title.iter(f"{W}t")] == article.title_lines
    assert len(list(title.iter(f"{W}br"))) == 1


def test_unwritable_output_is_a_message_and_leaves_nothing(tmp_path, half_year):
    _, report = half_year
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match="无法写入"):
        render_report(report, blocker / "half.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]
