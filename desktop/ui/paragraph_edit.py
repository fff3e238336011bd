"""The draft editor's text box (forms/draft_dialog.ui promotes a QPlainTextEdit to it): one
paragraph of a Report, which has no place for a line break inside a paragraph."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit


class ParagraphEdit(QPlainTextEdit):
    """Enter does not split a paragraph unless the part holds lines (title, attachments);
    pasted line breaks are dropped likewise."""

    allow_newlines = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.allow_newlines:
            event.accept()      # not ignore(): the dialog would take Enter as 导出
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: Any) -> None:
        if self.allow_newlines or not source.hasText():
            super().insertFromMimeData(source)
            return
        self.textCursor().insertText(source.text().replace("\r", "").replace("\n", ""))
