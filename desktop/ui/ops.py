"""Slow work off the GUI thread, through one door (after Anki's QueryOp).

``run_op(parent, fn, on_done=...)`` runs ``fn(progress)`` on a worker thread. ``progress``
reports steps and raises ``Cancelled`` once the user pressed cancel. When ``fn`` returns,
``on_done(result)`` runs on the GUI thread; expected trouble (UserError) is shown as a plain
message, anything else goes to the crash dialog. The worker must not touch widgets, and
opens its own workspace connection when it needs one.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.errors import UserError

log = logging.getLogger("luoshi.ui.ops")

CANCEL_TEXT = "取消"
ERROR_TITLE = "无法完成"


class Cancelled(Exception):
    """Raised inside the worker when the user cancelled."""


class Progress:
    """Handed to the worker function: report steps, notice a cancel."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def update(self, done: int, total: int = 0, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._relay.progress.emit(done, total, text)


class _Relay(QObject):
    progress = Signal(int, int, str)
    result = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], progress: Progress, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._progress, self._relay = fn, progress, relay

    def run(self) -> None:
        try:
            value = self._fn(self._progress)
        except BaseException as exc:     # everything crosses back to the GUI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.result.emit(value)


class Op(QObject):
    """One running piece of work; ``finished`` fires after on_done/on_failed ran (or on cancel)."""

    finished = Signal()
    _live: set[Op] = set()

    def __init__(self, parent: QWidget | None, fn: Callable[[Progress], Any], *, label: str,
                 on_done: Callable[[Any], None] | None, on_failed: Callable[[BaseException], None] | None,
                 prompts: Any, cancellable: bool) -> None:
        super().__init__()
        self.parent_widget = parent
        self.on_done, self.on_failed, self.prompts = on_done, on_failed, prompts
        self.done = False
        self.was_cancelled = False
        self.error: BaseException | None = None
        self._relay = _Relay()
        self.progress = Progress(self._relay)
        self.dialog = QProgressDialog(label, CANCEL_TEXT if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(label)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)          # quick work never flashes a dialog
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self._cancel)
        self._relay.progress.connect(self._on_progress)
        self._relay.result.connect(self._on_result)
        self._relay.failed.connect(self._on_failed)
        Op._live.add(self)
        QThreadPool.globalInstance().start(_Runnable(fn, self.progress, self._relay))

    def stop_showing(self) -> None:
        """Hide the box for good before any message opens: QProgressDialog arms a timer in its
        constructor (4 s, whatever minimumDuration says) that would show it again on top of the
        result message, where it stays and the program looks hung. reset() stops that timer."""
        self._relay.progress.disconnect(self._on_progress)
        self.dialog.reset()
        self.dialog.hide()

    def _cancel(self) -> None:
        self.progress.cancel()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(done)
        if text:
            self.dialog.setLabelText(text)

    def _finish(self) -> None:
        self.done = True
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        Op._live.discard(self)
        self.finished.emit()

    def _on_result(self, value: Any) -> None:
        cancelled = self.progress.cancelled
        self._finish_then(lambda: None if cancelled else (self.on_done and self.on_done(value)),
                          cancelled)

    def _on_failed(self, exc: BaseException) -> None:
        from desktop.ui.crash import expected

        exc = expected(exc)
        self.error = exc
        if isinstance(exc, Cancelled):
            self._finish_then(lambda: None, True)
            return

        def report() -> None:
            if self.on_failed is not None:
                self.on_failed(exc)
            elif isinstance(exc, UserError):
                log.info("expected trouble: %s", exc.message)
                self.prompts.warn(self.parent_widget, ERROR_TITLE, exc.message)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)
        self._finish_then(report, False)

    def _finish_then(self, then: Callable[[], Any], cancelled: bool) -> None:
        self.was_cancelled = cancelled
        self.stop_showing()
        try:
            then()
        finally:
            self._finish()


def run_op(parent: QWidget | None, fn: Callable[[Progress], Any], *, label: str, prompts: Any,
           on_done: Callable[[Any], None] | None = None,
           on_failed: Callable[[BaseException], None] | None = None,
           cancellable: bool = True) -> Op:
    return Op(parent, fn, label=label, on_done=on_done, on_failed=on_failed, prompts=prompts,
              cancellable=cancellable)
