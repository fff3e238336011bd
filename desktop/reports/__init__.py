"""Word and Excel output: half-year summaries, year-end reports, monthly information, the
compiled volume, the progress ledger and the submission status, from editable templates.

Nothing here imports Qt, and python-docx / docxtpl / openpyxl are imported only when a
document is made, so importing this package costs the GUI nothing at start-up.

The parts, each usable on its own:

- ``generate(kind, db_path, year, …)``  one call per document (the CLI and the client);
- ``documents.draft(kind, db_path, year, unit)``  a drafted ``content.Report`` to show and edit,
  every sentence with its ``source`` (entry, unit, month); ``render.render_report`` writes it;
- ``data.load_input``  workspace → ``inputs.ReportInput`` (plain dataclasses);
- ``draft.draft_report`` / ``draft.draft_articles``  drafting, no database needed;
- ``render``  content → .docx through the templates; ``sheets``  the two workbooks;
- ``pages``  how many pages a generated document takes in Word (the 汇编's contents);
- ``templates``  the user's template folder (``templates/`` beside the workspace) and its checks;
- ``docx_style``  the GB/T 9704 look, shared with ``build/make_templates.py``;
- ``fonts.missing_fonts_message(profile)``  the warning the client shows on Windows.
"""

from __future__ import annotations

from typing import Any

KINDS = ("monthly-info", "half-year", "year-end", "ledger", "status", "volume")


def generate(kind: str, db_path: Any, year: int, month: int | None = None, unit: str | None = None,
             all_units: bool = False, out: Any = None, font_profile: str = "gb2312",
             progress: Any = None, **options: Any):
    """Write one document and return its path; see ``desktop.reports.documents.generate``.

    ``kind``: monthly-info (needs ``month``), half-year, year-end, ledger, status (``month``
    limits the columns), volume (``month`` ≤ 6 compiles half-year summaries, else year-end
    reports). ``unit`` for one unit; ``all_units`` (or neither) for the city-wide version.
    ``progress(fraction, message)`` is called as the work goes on. Expected trouble raises
    ``desktop.errors.UserError`` with a Chinese message.
    """
    from desktop.reports.documents import generate as _generate

    return _generate(kind, db_path, year, month=month, unit=unit, all_units=all_units, out=out,
                     font_profile=font_profile, progress=progress, **options)
