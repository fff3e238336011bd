"""Word and Excel output: half-year summaries, year-end reports, monthly information, the
compiled volume, the progress ledger and the submission status, from editable templates.

Nothing here imports Qt, and python-docx / docxtpl / openpyxl are imported only when a
document is made, so importing this package costs the GUI nothing at start-up.
"""

from __future__ import annotations

from typing import Any

KINDS = ("monthly-info", "half-year", "year-end", "ledger", "status", "volume")


def generate(kind: str, db_path: Any, year: int, month: int | None = None, unit: str | None = None,
             all_units: bool = False, out: Any = None, font_profile: str = "gb2312",
             progress: Any = None, **options: Any):
    """Write one document; see ``desktop.reports.documents.generate``."""
    from desktop.reports.documents import generate as _generate

    return _generate(kind, db_path, year, month=month, unit=unit, all_units=all_units, out=out,
                     font_profile=font_profile, progress=progress, **options)
