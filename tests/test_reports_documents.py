"""The office's other documents on the demo: the 简报 and its numbering, the 汇编 (order, units
that sent nothing, contents with page numbers), the ledger, the office's identity in the
sign-off, the dates documents bear, and what every .docx says about itself (properties,
compatibility mode)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import subprocess
import zipfile
from itertools import pairwise
from pathlib import Path

import pytest
from fixtures_reports import docx_checks as dc
from openpyxl import load_workbook

from desktop import reports
from desktop.__main__ import main
from desktop.errors import UserError

W = dc.W
OFFICE = "市政协十四届三次会议3号建议案办理工作领导小组办公室"
FULL = "武汉市推进老年友好型城市建设工作领导小组办公室"
CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
DCT = "{http://purl.org/dc/terms/}"


@pytest.fixture
def demo(demo_built, tmp_path) -> Path:
    """A fresh copy per test: these tests write settings (issue numbers, identity)."""
    copy = tmp_path / "ws" / "demo.sqlite"
    copy.parent.mkdir()
    shutil.copy(demo_built, copy)
    return copy


def _styled(path, style_id):
    return [t for s, t in dc.body_paragraphs(path) if s == style_id]


def _cli(*args) -> int:
    return main(["report", *[str(a) for a in args]])


# --- 简报 -------------------------------------------------------------------------------------

def test_briefing_masthead_contents_then_articles(demo, tmp_path):
    out = tmp_path / "简报.docx"
    assert _cli("monthly-info", "--db", demo, "--year", 2024, "--month", 10, "--all",
                "--date", "2024-11-08", "--out", out) == 0
    assert _styled(out, "LSBriefName") == ["市政协十四届三次会议3号建议案办理工作简报"]
    assert _styled(out, "LSBriefIssue") == ["第8期"]          # March–October: the 8th month with articles
    assert _styled(out, "LSBriefMeta") == [f"{OFFICE}2024年11月8日"]
    titles = _styled(out, "LSBriefTitle")
    with sqlite3.connect(demo) as conn:
        sent = conn.execute("SELECT COUNT(*) FROM info_articles WHERE month = '2024-10'").fetchone()[0]
    assert len(titles) == sent > 30
    # the contents list every article, numbered, in the order they follow
    assert _styled(out, "LSBriefItem") == [f"{i}.{t}" for i, t in enumerate(titles, 1)]
    texts = [t for _, t in dc.body_paragraphs(out)]
    assert texts.index("本期目录") < texts.index(titles[0], texts.index("本期目录") + sent + 1)
    # one after another, not one a page; each closed by its unit
    doc = dc.part(out, "word/document.xml")
    assert not [p for p in doc.iter(f"{W}p") if dc.on(p, "w:pPr/w:pageBreakBefore")]
    assert dc.on(dc.style(out, "LSBriefTitle"), "w:pPr/w:pageBreakBefore") is False
    assert _styled(out, "LSBriefSource")[0] == "（市民政局）"
    assert dc.attr(dc.style(out, "LSBriefName"), "w:rPr/w:color", "val") == "FF0000"


def test_briefing_issues_run_through_the_year_and_keep_their_number(demo, tmp_path):
    def issue(month: int) -> str:
        out = tmp_path / f"{month}.docx"
        assert _cli("monthly-info", "--db", demo, "--year", 2024, "--month", month, "--all",
                    "--out", out) == 0
        return _styled(out, "LSBriefIssue")[0]

    # numbered in month order (the demo's articles run from March), whatever the order of
    # export: October first, then September, then November; a number once given never changes
    assert [issue(10), issue(9), issue(11), issue(10), issue(9)] == ["第8期", "第7期", "第9期", "第8期", "第7期"]
    from desktop.store import identity, open_workspace

    with open_workspace(demo) as ws:              # a new year starts again at 第1期
        assert identity.briefing_issue(ws, "2025-01") == 1
        assert identity.briefing_issue(ws, "2024-06") == 4
        # a month whose articles come in after later months were issued: never at or below
        # an earlier month's number (June issued as 第4期 would leave May behind it)
        identity.keep_briefing_issue(ws, "2024-06", 4)
        ws.conn.execute("DELETE FROM info_articles WHERE month < '2024-06'")
        assert identity.briefing_issue(ws, "2024-07") == 5


def test_a_failed_briefing_takes_no_number(demo, tmp_path):
    with sqlite3.connect(demo) as conn:
        conn.execute("DELETE FROM info_articles WHERE month = '2024-05'")
    with pytest.raises(UserError, match="还没有报送工作信息"):
        reports.generate("monthly-info", demo, 2024, month=5, out=tmp_path / "5.docx")
    reports.generate("monthly-info", demo, 2024, month=6, out=tmp_path / "6.docx")
    # March and April have articles, May none: June is the 3rd issue; the failed May took none
    assert _styled(tmp_path / "6.docx", "LSBriefIssue") == ["第3期"]


def test_a_units_monthly_information_stays_one_article_a_page(demo, tmp_path):
    out = reports.generate("monthly-info", demo, 2024, month=6, unit="市民政局", out=tmp_path / "i.docx")
    assert _styled(out, "LSArticleTitle") and not _styled(out, "LSBriefName")


@pytest.mark.parametrize("reviewer, line", [
    ("", "（撰稿人：王晓丽；联系电话：027-85726301）"),
    ("分管负责同志", "（撰稿人：王晓丽；联系电话：027-85726301）"),       # a placeholder, not a name
    ("李明", "（撰稿人：王晓丽；审核人：李明；联系电话：027-85726301）"),
])
def test_a_units_article_names_its_reviewer_only_when_the_unit_did(demo, tmp_path, reviewer, line):
    with sqlite3.connect(demo) as conn:
        conn.execute("UPDATE info_articles SET reviewer = ?", (reviewer,))
    out = reports.generate("monthly-info", demo, 2024, month=6, unit="市民政局", out=tmp_path / "i.docx")
    assert _styled(out, "LSContact") == [line]


def test_the_demos_articles_differ_from_unit_to_unit(demo):
    with sqlite3.connect(demo) as conn:
        for month, n, titles, bodies, placeholders in conn.execute(
                "SELECT month, COUNT(*), COUNT(DISTINCT title), COUNT(DISTINCT body), "
                "SUM(reviewer = '分管负责同志') FROM info_articles GROUP BY month"):
            assert n == titles == bodies and not placeholders, month


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice (soffice) and poppler-utils are not installed")
@pytest.mark.parametrize("longer", [False, True])
def test_briefing_contents_of_36_articles_stay_on_the_first_page(demo, tmp_path, longer):
    if longer:          # titles of about 20 characters, as the tester's: a smaller size
        with sqlite3.connect(demo) as conn:
            conn.execute("UPDATE info_articles SET title = title || '协同发力'")
    out = tmp_path / "简报.docx"
    assert _cli("monthly-info", "--db", demo, "--year", 2024, "--month", 10, "--all", "--out", out) == 0
    items = _styled(out, "LSBriefItem")
    assert len(items) >= 36
    pages = _libreoffice_pages(out, tmp_path)
    for item in items:                      # every entry whole on page 1 (a wrapped one too)
        assert re.sub(r"\s+", "", item) in pages[0], item


# --- 汇编 -------------------------------------------------------------------------------------

def _toc(path) -> list[tuple[str, int]]:
    out = []
    for p in dc.part(path, "word/document.xml").iter(f"{W}p"):
        ps = p.find(f"{W}pPr/{W}pStyle")
        if ps is not None and ps.get(f"{W}val") == "TOC1":
            runs = [t.text or "" for t in p.iter(f"{W}t")]
            if p.find(f".//{W}tab") is not None:
                out.append((runs[0], int(runs[-1])))
    return out


def test_volume_city_report_first_then_units_and_who_sent_nothing(demo, tmp_path):
    with sqlite3.connect(demo) as conn:
        conn.execute("DELETE FROM monthly_entries WHERE unit_id IN (SELECT id FROM units "
                     "WHERE name IN ('市数据局', '市经信局'))")
    out = reports.generate("volume", demo, 2024, month=6, all_units=True, out=tmp_path / "v.docx")
    signatures = _styled(out, "LSSignature")
    assert signatures[0] == OFFICE and signatures[1] == "市民政局"
    assert "市数据局" not in signatures and "市经信局" not in signatures
    # the demo's 市投资促进局 never reports
    assert _styled(out, "LSTocNote")[-1] == "未报送单位（3个）：市数据局、市经信局、市投资促进局。"
    toc = _toc(out)
    # the office's long name would make a third title line: it signs the report (ux62)
    assert toc[0][0] == _styled(out, "LSTitle")[0] == "2024年市政协十四届三次会议3号建议案办理半年工作小结"
    assert [name for name, _ in toc[1:]] == signatures[1:]
    pages = [page for _, page in toc]
    assert pages[0] == 4 and pages == sorted(set(pages))   # cover, two pages of contents
    assert "各责任单位工作材料" in _styled(out, "TOC1")
    # the TOC field's result is there with its numbers: nothing asks to update fields
    assert not dc.settings_has(out, "updateFields")
    assert any(c.startswith("TOC") for c in dc.field_codes(dc.part(out, "word/document.xml")))


def test_volume_page_numbers_are_the_counted_pages(demo, tmp_path):
    """Each entry's number is the page after the front matter plus the pages of the reports
    before it, each counted from the grid layout."""
    import docx

    from desktop.reports import draft, pages
    from desktop.reports.data import load_input
    from desktop.reports.render import render_report_doc
    from desktop.store import open_workspace

    out = reports.generate("volume", demo, 2024, month=6, all_units=True, out=tmp_path / "v.docx")
    toc = _toc(out)
    with open_workspace(demo) as ws:
        counts = [pages.document_pages(render_report_doc(draft.draft_report(
            load_input(ws, 2024, None if i == 0 else name), "half-year")))
            for i, (name, _) in enumerate(toc[:4])]
    assert [b - a for (_, a), (_, b) in pairwise(toc[:4])] == counts[:3]
    # the front matter: the pages before the city report's title
    body = docx.Document(out).element.body
    front = []
    for p in body.iterchildren(f"{W}p"):
        ps = p.find(f"{W}pPr/{W}pStyle")
        if ps is not None and ps.get(f"{W}val") == "LSTitle":
            break
        front.append(p)
    for p in list(body.iterchildren(f"{W}p"))[len(front):]:
        body.remove(p)
    assert pages.count_pages(body) + 1 == toc[0][1]


def test_page_count_follows_the_grid():
    from lxml import etree

    from desktop.reports import docx_style as ds
    from desktop.reports.pages import count_pages

    def body(*paragraphs):
        root = etree.Element(ds.w("body"))
        for style, text in paragraphs:
            p = etree.SubElement(root, ds.w("p"))
            ds.set_child(etree.SubElement(p, ds.w("pPr")), "pStyle", ds.PPR_ORDER, val=style)
            etree.SubElement(etree.SubElement(p, ds.w("r")), ds.w("t")).text = text
        return root

    line = "字" * 26                                     # 2 indent + 26 = one full line
    assert count_pages(body(*[("LSBody", line)] * 22)) == 1
    assert count_pages(body(*[("LSBody", line)] * 23)) == 2
    assert count_pages(body(("LSBody", "字" * 27))) == 1
    assert count_pages(body(*[("LSBody", "字" * 27)] * 11)) == 1      # 2 lines each: 22 lines
    assert count_pages(body(*[("LSBody", "字" * 27)] * 12)) == 2
    # a heading never ends a page: with 21 lines used, it goes over with its paragraph
    assert count_pages(body(*[("LSBody", line)] * 21, ("LSHeading1", "一、基本情况"),
                            ("LSBody", line))) == 2
    assert count_pages(body(("LSBody", line), ("LSTitle", "标题"))) == 1
    assert count_pages(body(("LSBody", line), ("LSArticleTitle", "标题"))) == 2   # page break before


def _libreoffice_pages(out: Path, tmp_path: Path) -> list[str]:
    """The text of each page as LibreOffice lays out ``out`` at Word's 28 characters a line
    (LibreOffice 7.4 cannot lay out Word's negative-charSpace grid: the copy gets a line-only
    grid and the 28 characters' width), whitespace removed."""
    copy = tmp_path / "word-like.docx"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                xml = re.sub(r"<w:docGrid [^>]*/>", '<w:docGrid w:type="lines" w:linePitch="579"/>',
                             data.decode("utf-8"))
                data = xml.replace('w:right="1474"', 'w:right="1350"').encode("utf-8")   # 28 × 16 pt
            dst.writestr(item, data)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(copy)],
                   check=True, capture_output=True, timeout=300)
    text = subprocess.run(["pdftotext", str(tmp_path / "word-like.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [re.sub(r"\s+", "", p) for p in text.split("\f")]


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice (soffice) and poppler-utils are not installed")
@pytest.mark.parametrize("month", [6, None])
def test_volume_contents_match_libreoffice_pages(demo, tmp_path, month):
    """Every page number of the contents is the page LibreOffice puts the report on: the
    whole 汇编 of the demo, half-year and year-end."""
    out = reports.generate("volume", demo, 2024, month=month, all_units=True,
                           out=tmp_path / "v.docx", today=dt.date(2024, 11, 26))
    pages = _libreoffice_pages(out, tmp_path)
    toc = _toc(out)
    assert len(toc) > 30
    found = []
    for title, _ in toc:
        head = re.sub(r"\s+", "", title)[:20]
        # the report's title opens its page (the cover and contents pages only list it)
        where = [i + 1 for i, p in enumerate(pages) if p.startswith(head)]
        found.append(where[-1] if where else None)
    assert [page for _, page in toc] == found, [(t[:12], a, b) for (t, a), b in zip(toc, found, strict=True) if a != b]


# --- ledger -----------------------------------------------------------------------------------

def test_ledger_numbers_deadlines_and_no_group_rows(demo, tmp_path):
    out = reports.generate("ledger", demo, 2024, all_units=True, out=tmp_path / "l.xlsx")
    rows = list(load_workbook(out).active.iter_rows(min_row=4, values_only=True))
    by_title = {}
    for r in rows:
        by_title.setdefault(r[2], r)
    assert by_title["凝聚社会共识"][1] == "二.一.1"            # as the dashboard numbers it (ux63)
    assert by_title["强化规划引领"][1] == "二.二.4"
    # task 4 has no deadline of its own: its target's (2024-11-30) stands
    assert by_title["强化规划引领"][7].date() == dt.date(2024, 11, 30)
    with sqlite3.connect(demo) as conn:
        groups = {r[0] for r in conn.execute("SELECT name FROM units WHERE is_group = 1")}
    assert groups and not [r for r in rows if r[3] in groups and r[8] == "未启动"]


def test_a_units_ledger_shows_what_it_has_through_its_group(demo, tmp_path):
    with sqlite3.connect(demo) as conn:
        conn.execute("INSERT INTO group_members(group_id, member_id) SELECT g.id, m.id FROM units g, "
                     "units m WHERE g.name = '领导小组各成员单位' AND m.name = '市财政局'")
    out = reports.generate("ledger", demo, 2024, unit="市财政局", out=tmp_path / "l.xlsx")
    rows = list(load_workbook(out).active.iter_rows(min_row=4, values_only=True))
    assert "凝聚社会共识" in [r[2] for r in rows]            # responsible: 领导小组各成员单位
    assert {r[3] for r in rows} == {"市财政局"}


# --- identity and dates ---------------------------------------------------------------------------

def test_city_documents_are_signed_with_the_offices_full_name_and_contact(demo, tmp_path):
    from desktop.store import identity, open_workspace

    with open_workspace(demo) as ws:
        identity.set_office_identity(ws, FULL, "李明", "027-82796123")
    year_end = reports.generate("year-end", demo, 2024, all_units=True, out=tmp_path / "y.docx")
    assert _styled(year_end, "LSSignature") == [FULL]
    assert _styled(year_end, "LSContact") == ["（联系人：李明；联系电话：027-82796123）"]
    assert _styled(year_end, "LSTitle")[0].startswith("关于2024年")      # the long name signs it only (two lines)
    assert "领导小组办公室" not in _styled(year_end, "LSSignature")
    brief = reports.generate("monthly-info", demo, 2024, month=9, out=tmp_path / "b.docx")
    assert _styled(brief, "LSBriefName") == ["武汉市推进老年友好型城市建设工作简报"]
    with open_workspace(demo) as ws:                      # the office names its 简报 itself
        identity.set_office_identity(ws, FULL, "李明", "027-82796123", briefing="老年友好城市建设简报")
    brief = reports.generate("monthly-info", demo, 2024, month=9, out=tmp_path / "b.docx")
    assert _styled(brief, "LSBriefName") == ["老年友好城市建设简报"]
    assert _styled(brief, "LSBriefMeta")[0].startswith(FULL)
    volume = reports.generate("volume", demo, 2024, month=6, out=tmp_path / "v.docx")
    assert _styled(volume, "LSCoverLine")[0] == FULL and _styled(volume, "LSSignature")[0] == FULL
    unit = reports.generate("half-year", demo, 2024, unit="市民政局", out=tmp_path / "u.docx")
    assert _styled(unit, "LSSignature") == ["市民政局"]


@pytest.mark.parametrize(("fields", "words"), [
    (("", "李明", "1"), "全称"),
    (("领导小组办公室", "", ""), "简称"),
    ((FULL, "李明", "电话八二七九"), "只填号码"),
    ((FULL * 3, "", ""), "太长"),
    ((FULL, "李\x07明", ""), "控制字符"),
    ((FULL, "", "", "简" * 31), "简报名称太长"),
])
def test_bad_identity_is_refused_in_words_and_changes_nothing(demo, fields, words):
    from desktop.store import identity, open_workspace

    before = demo.read_bytes()
    with open_workspace(demo) as ws:
        with pytest.raises(UserError, match=words):
            identity.set_office_identity(ws, *fields[:3], briefing=fields[3] if len(fields) > 3 else None)
    assert demo.read_bytes() == before


def test_report_dates_default_to_the_duty_and_follow_the_users_choice(demo, tmp_path):
    year_end = reports.generate("year-end", demo, 2024, unit="市民政局", out=tmp_path / "y.docx")
    assert _styled(year_end, "LSDate") == ["2024年11月30日"]      # 11月底前提交…工作总结
    half = reports.generate("half-year", demo, 2024, all_units=True, out=tmp_path / "h.docx")
    assert _styled(half, "LSDate") == ["2024年6月30日"]            # 6月底前…半年办理工作小结
    out = tmp_path / "chosen.docx"
    assert _cli("year-end", "--db", demo, "--year", 2024, "--all", "--date", "2024年12月5日",
                "--out", out) == 0
    assert _styled(out, "LSDate") == ["2024年12月5日"]
    volume = reports.generate("volume", demo, 2024, month=12, out=tmp_path / "v.docx",
                              date=dt.date(2024, 12, 6))
    assert set(_styled(volume, "LSDate")) == {"2024年12月6日"}
    assert _styled(volume, "LSCoverLine")[1] == "2024年12月6日"


@pytest.mark.parametrize("bad", ["2024-02-30", "明天", "2024-13-01"])
def test_a_bad_date_is_refused_with_exit_2(demo, tmp_path, capsys, bad):
    before = demo.read_bytes()
    with pytest.raises(SystemExit) as info:
        _cli("year-end", "--db", demo, "--year", 2024, "--all", "--date", bad,
             "--out", tmp_path / "y.docx")
    assert info.value.code == 2
    assert f"日期“{bad}”无效" in capsys.readouterr().err
    assert demo.read_bytes() == before and not (tmp_path / "y.docx").exists()


# --- what every .docx says about itself -----------------------------------------------------------

def _compatibility_mode(path) -> str | None:
    for setting in dc.part(path, "word/settings.xml").iter(f"{W}compatSetting"):
        if setting.get(f"{W}name") == "compatibilityMode":
            return setting.get(f"{W}val")
    return None


def test_shipped_templates_open_without_compatibility_mode():
    folder = Path(__file__).resolve().parent.parent / "templates"
    shipped = sorted(folder.glob("*.docx"))
    assert {p.name for p in shipped} >= {"briefing.docx", "volume.docx", "half_year.docx"}
    assert {p.name: _compatibility_mode(p) for p in shipped} == {p.name: "15" for p in shipped}


def test_every_document_is_written_now_and_opens_as_a_current_word_file(demo, tmp_path):
    start = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    made = [
        reports.generate("half-year", demo, 2024, unit="市民政局", out=tmp_path / "h.docx"),
        reports.generate("year-end", demo, 2024, all_units=True, out=tmp_path / "y.docx"),
        reports.generate("monthly-info", demo, 2024, month=6, unit="市民政局", out=tmp_path / "i.docx"),
        reports.generate("monthly-info", demo, 2024, month=6, out=tmp_path / "b.docx"),
        reports.generate("volume", demo, 2024, month=6, out=tmp_path / "v.docx"),
    ]
    end = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for path in made:
        assert _compatibility_mode(path) == "15", path.name
        core = dc.part(path, "docProps/core.xml")
        for tag in ("created", "modified"):
            stamp = dt.datetime.fromisoformat(core.find(f"{DCT}{tag}").text.rstrip("Z"))
            assert start <= stamp <= end, (path.name, tag, stamp)
        assert core.find(f"{CP}revision").text == "1"


def test_a_users_briefing_template_is_used_and_checked(demo, tmp_path):
    shipped = Path(__file__).resolve().parent.parent / "templates" / "briefing.docx"
    folder = demo.parent / "templates"
    folder.mkdir()

    def user_copy(old: str, new: str) -> None:
        with zipfile.ZipFile(shipped) as src, zipfile.ZipFile(folder / "briefing.docx", "w") as dst:
            for item in src.infolist():
                data = src.read(item.filename)
                if item.filename == "word/document.xml":
                    data = data.replace(old.encode(), new.encode())
                dst.writestr(item, data)

    user_copy("本期目录", "本期要目")                         # the office's own wording
    out = reports.generate("monthly-info", demo, 2024, month=6, out=tmp_path / "b.docx")
    assert "本期要目" in [t for _, t in dc.body_paragraphs(out)]
    user_copy("{{ issue }}", "{{ issue_no }}")                 # a field that does not exist
    with pytest.raises(UserError, match="issue_no"):
        reports.generate("monthly-info", demo, 2024, month=7, out=tmp_path / "c.docx")
    assert not (tmp_path / "c.docx").exists()


# --- the demo's office and dates --------------------------------------------------------------

@pytest.mark.parametrize("title, name", [
    ("市政协十四届三次会议3号建议案办理工作方案", "市政协十四届三次会议3号建议案办理工作领导小组办公室"),
    ("《市十四届人大六次会议2号议案办理工作方案》", "市十四届人大六次会议2号议案办理工作领导小组办公室"),
    ("武汉市推进老年友好型城市建设实施方案", "武汉市推进老年友好型城市建设工作领导小组办公室"),
    ("武汉市人民政府办公厅关于印发市政协十四届三次会议3号建议案办理工作方案的通知",
     "市政协十四届三次会议3号建议案办理工作领导小组办公室"),
    ("", "领导小组办公室"), ("工作方案", "领导小组办公室"), ("会议纪要", "领导小组办公室"),
])
def test_office_name_from_the_plans_title(title, name):
    from desktop.store.identity import office_name_from_plan

    assert office_name_from_plan(title) == name


def test_the_demo_is_signed_by_the_full_office_name_and_dated_by_its_own_calendar(demo):
    from desktop.demo import DEMO_AS_OF

    with sqlite3.connect(demo) as conn:
        assert conn.execute("SELECT value FROM settings WHERE key = 'office_name'").fetchone() == (OFFICE,)
        stamps = conn.execute(
            "SELECT MAX(submitted_at), MAX(updated_at), MIN(updated_at) FROM monthly_entries").fetchone()
        history = conn.execute("SELECT MAX(recorded_at) FROM entry_history").fetchone()[0]
        articles = conn.execute("SELECT MAX(updated_at), MAX(date) FROM info_articles").fetchone()
        drafts = conn.execute("SELECT COUNT(*), MAX(updated_at) FROM monthly_entries "
                              "WHERE state = 'draft'").fetchone()
    # nothing after the demo's today, and not the PC's clock on drafts either
    assert all(s[:10] <= DEMO_AS_OF for s in (*stamps, history, *articles))
    assert stamps[2] >= "2024-03" and drafts[0] > 0 and drafts[1][:7] == "2024-11"


@pytest.mark.parametrize("name, lines", [
    ("市民政局", ["市民政局"]),
    ("武汉市推进老年友好型城市建设工作领导小组办公室", ["武汉市推进老年友好型城市建设工作领导小组办公室"]),
    ("市政协十四届三次会议3号建议案办理工作领导小组办公室",
     ["市政协十四届三次会议3号建议案办理工作", "领导小组办公室"]),
])
def test_a_long_signature_breaks_between_its_words(name, lines):
    from desktop.reports.render import signature_lines

    assert signature_lines(name) == lines
