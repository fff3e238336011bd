"""Measures of the client for ``bench``: filter latency on a workspace (offscreen, no Qt at import).

``filter_latency_ms(db, texts)`` opens the main window on ``db``, shows the task tree and,
for each text, times setting it in the search box until the view has processed the change
(median of ``repeat``). Run it in a fresh process: it creates the QApplication.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

DEFAULT_TEXTS = ("推", "推进", "推进会", "养老服务", "没有的词")


def filter_latency_ms(db: Path, texts: tuple[str, ...] = DEFAULT_TEXTS, repeat: int = 5) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    from PySide6.QtCore import QSettings

    from desktop.store import open_workspace
    from desktop.ui.app import make_app
    from desktop.ui.main_window import MainWindow
    from desktop.ui.prompts import Prompts

    app = make_app()
    ws = open_workspace(db, readonly=True)
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "w.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ws, prompts=Prompts(), settings=settings, first_run=False)
    window.show()
    page = window.show_page("tasks")
    app.processEvents()
    out: dict[str, float] = {}
    for text in texts:
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            page.ui.searchEdit.setText(text)
            app.processEvents()
            times.append((time.perf_counter() - started) * 1000)
            page.ui.searchEdit.clear()
            app.processEvents()
        out[text] = statistics.median(times)
    window.close()
    window.deleteLater()
    app.processEvents()
    ws.close()
    return out
