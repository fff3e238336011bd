"""generate() over the demo workspace: every kind, the errors a user can meet, and the
half-year summary as LibreOffice lays it out (PDF pages and text) where soffice exists."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest
from fixtures_reports import docx_checks as dc
from openpyxl import load_workbook

from desktop import reports
from desktop.errors import UserError

DAY = dt.date(2024, 6, 28)


@pytest.fixture(scope="module")
def demo(demo_built, tmp_path_factory) -> Path:
    """This module's own copy of the run's demo workspace (its tests only read it)."""
    return Path(shutil.copy(demo_built, tmp_path_factory.mktemp("demo") / "demo.luoshi.sqlite"))


def _styled(path, style_id):
    return [t for s, t in dc.body_paragraphs(path) if s == style_id]


def test_unit_half_year_from_the_workspace(demo, tmp_path):
    seen = []
    out = reports.generate("half-year", demo, 2024, unit="市民政局", out=tmp_path / "h.docx",
                           today=DAY, progress=lambda f, m: seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    # dated by default at the plan's due date for the summary (6月底前), not the day of writing
    assert _styled(out, "LSSignature") == ["市民政局"] and _styled(out, "LSDate") == ["2024年6月30日"]
    assert _styled(out, "LSTitle")[0].startswith("市民政局2024年市政协十四届三次会议")
    assert _styled(out, "LSHeading2")[0] == "（一）健全适老化工作机制"      # the plan's groups
    assert _styled(out, "LSHeading2")[-1] == "（四）配合推进的工作"
    tasks = _styled(out, "LSHeading3")
    assert len(tasks) == 7 and tasks[0] == "1.凝聚社会共识"             # the tasks it leads
    body = "".join(_styled(out, "LSBody"))
    assert "应报送" not in body and "份" not in body                    # counts: the status sheet's
    assert "截至5月底" in body and "6月" not in body.replace("6月底前", "")   # June is due in July
    assert _styled(out, "LSContact") == ["（联系人：王晓丽；联系电话：027-85726301）"]


def test_draft_for_the_client_to_edit_then_render(demo, tmp_path):
    from desktop.reports.documents import draft
    from desktop.reports.render import render_report

    report = draft("half-year", demo, 2024, unit="市医保局", today=DAY)
    sources = [s.source for s in report.sentences() if s.source]
    assert sources and all(s.unit == "市医保局" for s in sources)
    report.sections[-1].blocks[0].sentences[0].text = "一是人手紧张（经办人改写）。"
    out = render_report(report, tmp_path / "edited.docx")
    assert "一是人手紧张（经办人改写）。" in _styled(out, "LSBody")
    with pytest.raises(UserError, match="先起草"):
        draft("ledger", demo, 2024)


def test_city_year_end_names_units_and_carries_over(demo, tmp_path):
    out = reports.generate("year-end", demo, 2024, all_units=True, out=tmp_path / "y.docx",
                           today=dt.date(2024, 11, 28))
    body = _styled(out, "LSBody")
    assert any(t.startswith("市数据局牵头，") for t in body)           # the lead named, no per-unit lists
    assert not any(re.match(r"^市\w+：", t) for t in body)
    assert any(t.startswith("一是抓好结转任务落实") and "2025年" in t for t in body)
    assert _styled(out, "LSSignature") == ["市政协十四届三次会议3号建议案办理工作领导小组办公室"]
    assert "截至10月底" in body[2]                                     # the latest month due


def test_monthly_info_ledger_status_volume(demo, tmp_path):
    info = reports.generate("monthly-info", demo, 2024, month=6, unit="市民政局",
                            out=tmp_path / "i.docx", today=DAY)
    assert _styled(info, "LSArticleTitle") == ["市民政局全力完善设施配套"]      # its own task of the month
    ledger = load_workbook(reports.generate("ledger", demo, 2024, all_units=True,
                                            out=tmp_path / "l.xlsx", today=DAY)).active
    assert ledger.max_row > 40 and ledger.freeze_panes == "E4"
    status = load_workbook(reports.generate("status", demo, 2024, all_units=True, month=11,
                                            out=tmp_path / "s.xlsx", today=dt.date(2024, 12, 20))).active
    rows = {r[1].value: [c.value for c in r[4:15]] for r in status.iter_rows(min_row=4)}
    assert rows["市医保局"][9:11] == ["未报", "未报"] and rows["市医保局"][6] == "迟报"
    assert rows["市数据局"][4:6] == ["迟报", "迟报"]
    assert rows["市民政局"][:2] == ["—", "—"]             # the plan was issued on 1 March
    volume = reports.generate("volume", demo, 2024, month=6, all_units=True,
                              out=tmp_path / "v.docx", today=dt.date(2024, 7, 5))
    signatures = _styled(volume, "LSSignature")
    conn = sqlite3.connect(demo)
    reported = conn.execute("SELECT COUNT(DISTINCT unit_id) FROM monthly_entries "
                            "WHERE month BETWEEN '2024-01' AND '2024-06'").fetchone()[0]
    conn.close()
    assert reported > 30
    # the city-wide report first, then every unit that reported
    assert len(signatures) == reported + 1
    assert signatures[:2] == ["市政协十四届三次会议3号建议案办理工作领导小组办公室", "市民政局"]
    assert len([t for t in _styled(volume, "TOC1") if t[-1:].isdigit()]) == reported + 1
    assert _styled(volume, "LSCoverTitle") == ["市政协十四届三次会议3号建议案办理工作2024年上半年工作小结汇编"]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"kind": "weekly", "out": "x.docx"}, "不支持的文档类型"),
    ({"kind": "ledger", "out": "x.docx"}, "应以 .xlsx 结尾"),
    ({"kind": "monthly-info", "out": "x.docx"}, "需要指定月份"),
    ({"kind": "half-year", "out": "x.docx", "unit": "市不存在局"}, "没有单位“市不存在局”"),
    ({"kind": "half-year", "out": "x.docx", "font_profile": "wps"}, "字体方案"),
])
def test_user_errors_in_words(demo, tmp_path, kwargs, message):
    kind = kwargs.pop("kind")
    out = tmp_path / kwargs.pop("out")
    with pytest.raises(UserError, match=message):
        reports.generate(kind, demo, 2024, out=out, **kwargs)


def test_workspace_template_folder_is_used_and_checked(demo, tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    shipped = Path(__file__).resolve().parent.parent / "templates" / "half_year.docx"
    with zipfile.ZipFile(shipped) as src, zipfile.ZipFile(folder / "half_year.docx", "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"{{ unit }}", "｛｛ unit ｝｝".encode())
            dst.writestr(item, data)
    with pytest.raises(UserError, match="｛｛ unit ｝｝"):
        reports.generate("half-year", demo, 2024, unit="市民政局", out=tmp_path / "h.docx",
                         template_dir=folder)


@pytest.mark.slow
@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice (soffice) and poppler-utils are not installed")
def test_half_year_laid_out_by_libreoffice(demo, tmp_path):
    out = reports.generate("half-year", demo, 2024, unit="市民政局", out=tmp_path / "h.docx",
                           today=DAY, date=DAY)
    # LibreOffice lays Word's negative-charSpace grid out at 14 characters a line; convert a
    # copy with a line-only grid (as ../shared/tools/render-docx.sh does) to see 28 × 22.
    preview = tmp_path / "preview.docx"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(preview, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                xml = data.decode("utf-8").replace('w:type="linesAndChars"', 'w:type="lines"')
                data = re.sub(r'\s+w:charSpace="-?\d+"', "", xml).encode("utf-8")
            dst.writestr(item, data)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(preview)],
                   check=True, capture_output=True, timeout=120)
    pdf = tmp_path / "preview.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert (round(float(size.group(1)) / 72 * 25.4), round(float(size.group(2)) / 72 * 25.4)) == (210, 297)
    assert 2 <= pages <= 4       # a unit's half-year summary: 2–4 pages (REPORT_WRITING.md)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = re.sub(r"\s+", "", text)
    for needle in ("市民政局2024年市政协十四届三次会议", "一、总体情况", "五、下一步打算", "2024年6月28日",
                   "（联系人：王晓丽；联系电话：027-85726301）"):
        assert needle in flat, needle
    for n in range(1, pages + 1):                      # a page number on every page
        assert f"—{n}—" in flat
    per_page = [re.sub(r"\s+", "", page) for page in text.split("\f")]
    assert per_page[0].startswith("市民政局2024年市政协十四届三次会议")
    assert "2024年6月28日" in per_page[pages - 1]
    assert not per_page[pages - 1].startswith("市民政局2024年6月28日")   # signature not alone
