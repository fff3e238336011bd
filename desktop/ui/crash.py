"""The crash dialog: a bug is logged and shown with details the user can copy.

Expected trouble (desktop.errors.UserError) never comes here: views show its message.
``install`` sets sys.excepthook; a UserError that escapes a slot still gets a plain message.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop import __version__, paths
from desktop.errors import UserError
from desktop.ui.screen_fit import fit_to_screen

log = logging.getLogger("luoshi.ui.crash")

COPIED = "已复制"
LOG_AT = "日志：{path}"
USER_ERROR_TITLE = "无法完成"


def details(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    import platform  # only when something broke: not on every start
    import traceback

    lines = [f"落实 Luoshi {__version__}", f"Python {platform.python_version()} · PySide6 {pyside_version}",
             f"{platform.platform()}", ""]
    lines += traceback.format_exception(kind, exc, tb)
    return "\n".join(line.rstrip("\n") for line in lines)


def expected(exc: BaseException) -> BaseException:
    """Disk full, read-only folder, locked file: expected trouble in plain words, not a bug."""
    if isinstance(exc, (OSError, sqlite3.Error)):
        from desktop.store.safety import explain_sqlite_error

        return explain_sqlite_error(exc) or exc
    return exc


class CrashDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop.ui.forms.ui_crash_dialog import Ui_CrashDialog  # only when something broke

        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)               # 1366×768 office screens: nothing off the bottom
        self.ui.detailsEdit.setPlainText(text)
        self.ui.logLabel.setText(LOG_AT.format(path=paths.log_dir()))
        self.ui.copyButton.clicked.connect(self.copy)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.ui.detailsEdit.toPlainText())
        self.ui.copyButton.setText(COPIED)


class ExceptHook:
    """sys.excepthook for the client; ``on_bug`` lets smoke mode exit non-zero instead."""

    def __init__(self, on_bug: Callable[[str], None] | None = None) -> None:
        self.on_bug = on_bug
        self.showing = False
        self.previous = sys.excepthook

    def __call__(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        exc = expected(exc)
        if isinstance(exc, UserError):
            log.info("expected trouble reached the top: %s", exc.message)
            from PySide6.QtWidgets import QMessageBox  # set up when a message is shown, not at start

            QMessageBox.warning(QApplication.activeWindow(), USER_ERROR_TITLE, exc.message)
            return
        text = details(kind, exc, tb)
        log.error("uncaught exception\n%s", text)
        if self.on_bug is not None:
            self.on_bug(text)
            return
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        try:
            CrashDialog(text, QApplication.activeWindow()).exec()
        finally:
            self.showing = False


def install(on_bug: Callable[[str], None] | None = None) -> ExceptHook:
    hook = ExceptHook(on_bug)
    sys.excepthook = hook
    return hook
