"""Measures of the client for ``bench`` (offscreen, no Qt at import), each run in a fresh
process by desktop/devtools/bench/startup_bench.py:

- ``python -m desktop.ui.devtools.perf bare [rss]``: the floor — a bare QMainWindow shown and closed;
  with ``rss`` it prints the process's peak memory in KB;
- ``python -m desktop.ui.devtools.perf filter DB``: ``filter_latency_ms(DB)`` as JSON, with peak memory.

``filter_latency_ms(db, texts)`` opens the main window on ``db``, shows the task tree and,
for each text, times setting it in the search box until the view has processed the change
(median of ``repeat``).
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


def peak_kb() -> int:
    """Peak resident memory of this process in KB (0 where the resource module is missing)."""
    try:
        import resource
    except ImportError:                 # Windows
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def bare_window() -> None:
    """The floor of start-up: a bare QMainWindow shown and closed, nothing else."""
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    QTimer.singleShot(0, app.quit)
    app.exec()
    window.close()


def main(argv: list[str]) -> int:
    import json

    if argv[:1] == ["bare"]:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        bare_window()
        if argv[1:2] == ["rss"]:
            print(peak_kb())
        return 0
    if argv[:1] == ["filter"] and len(argv) == 2:
        times = filter_latency_ms(Path(argv[1]))
        print(json.dumps({"times": times, "maxrss_kb": peak_kb()}))
        return 0
    print("usage: python -m desktop.ui.devtools.perf bare [rss] | filter DB")
    return 2


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
