"""The yardstick for the report benchmark (``year_end_report_vs_raw_docx``): the same drafted
paragraphs written with raw python-docx, no template and no formatting pass. The benchmark
times ``render_report`` against this on the same Report in the same run; the goal is ≤ 1.5×."""

from __future__ import annotations

from pathlib import Path

from desktop.reports.content import Report, cn_date


def write_raw_docx(report: Report, out: Path) -> Path:
    """Title, lead, every block, signature and date as plain python-docx paragraphs."""
    from docx import Document

    doc = Document()
    doc.add_paragraph(report.title)
    if report.addressee:
        doc.add_paragraph(report.addressee + "：")
    doc.add_paragraph(report.lead)
    for block in report.blocks():
        doc.add_paragraph(block.text)
    for line in report.attachment_lines():
        doc.add_paragraph(line)
    doc.add_paragraph(report.signature)
    doc.add_paragraph(cn_date(report.date))
    doc.save(out)
    return Path(out)


def compare(report: Report, folder: Path, repeat: int = 3) -> dict[str, float]:
    """Median seconds of template rendering and of the raw baseline, and their ratio."""
    import statistics
    import time

    from desktop.reports.render import render_report

    def median(fn) -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    folder = Path(folder)
    ours = median(lambda: render_report(report, folder / "template.docx"))
    raw = median(lambda: write_raw_docx(report, folder / "raw.docx"))
    return {"template_s": ours, "raw_s": raw, "ratio": ours / raw if raw else float("inf")}
