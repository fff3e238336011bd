"""year_end_report_vs_raw_docx: the city-wide year-end report of the large workspace, rendered
through the template, against raw python-docx writing the same paragraphs with no template."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from desktop.devtools.bench import Result, median_time, row
from desktop.devtools.bench.large import cached_large_workspace


def run() -> dict[str, Result]:
    from desktop import reports
    from desktop.devtools.bench.report_baseline import compare, write_raw_docx
    from desktop.reports.documents import draft

    path, counts = cached_large_workspace()
    year = int(counts.get("last_year", 2024))
    with tempfile.TemporaryDirectory(prefix="luoshi-report-") as tmp:
        folder = Path(tmp)
        report = draft("year-end", path, year)
        figures = compare(report, folder, repeat=5)
        total = median_time(lambda: reports.generate("year-end", path, year, all_units=True,
                                                     out=folder / "city.docx"), repeat=3)
        raw = median_time(lambda: write_raw_docx(report, folder / "raw2.docx"), repeat=3)
        t0 = time.perf_counter()
        draft("year-end", path, year)
        drafting = time.perf_counter() - t0
        size = (folder / "city.docx").stat().st_size
    return {
        "year_end_report_vs_raw_docx": row(
            figures["template_s"] * 1000, "ms", figures["raw_s"] * 1000, goal="≤ 1.5×",
            floor_what="raw python-docx writing the same paragraphs, no template"),
        "year_end_report_total_ms": row(
            total * 1000, "ms", raw * 1000,
            floor_what="raw python-docx writing the drafted paragraphs (drafting not included in the floor)",
            drafting_ms=round(drafting * 1000, 1), docx_kb=round(size / 1024, 1)),
    }
