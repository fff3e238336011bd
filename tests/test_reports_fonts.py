"""Font profile checks and the raw python-docx yardstick of the report benchmark."""

from __future__ import annotations

import datetime as dt

from fixtures_reports import docx_checks as dc
from fixtures_reports.sample import report_input

from desktop.devtools.bench.report_baseline import compare, write_raw_docx
from desktop.reports.draft import draft_report
from desktop.reports.fonts import missing_fonts, missing_fonts_message


def test_missing_fonts_named_with_a_way_out():
    stock_windows = {"SimSun", "NSimSun", "SimHei", "KaiTi", "FangSong", "Microsoft YaHei"}
    assert missing_fonts("system", stock_windows) == []
    assert missing_fonts("gb2312", stock_windows) == ["方正小标宋简体", "仿宋_GB2312", "楷体_GB2312"]
    message = missing_fonts_message("gb2312", stock_windows)
    assert "仿宋_GB2312" in message and "系统字体" in message
    assert missing_fonts_message("gb2312", stock_windows | {"仿宋_GB2312", "楷体_GB2312",
                                                            "方正小标宋简体"}) == ""


def test_raw_baseline_writes_the_same_paragraphs(tmp_path):
    report = draft_report(report_input(None), "year-end", today=dt.date(2024, 11, 28))
    raw = write_raw_docx(report, tmp_path / "raw.docx")
    texts = [t for _, t in dc.body_paragraphs(raw)]
    assert texts[0] == report.title and texts[-1] == "2024年11月28日"
    assert sum(1 for _ in report.blocks()) + 4 == len(texts)
    figures = compare(report, tmp_path, repeat=1)
    assert set(figures) == {"template_s", "raw_s", "ratio"} and figures["raw_s"] > 0
