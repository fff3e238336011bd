"""A note kept to one line: the whole sentences that fit show, the rest ends in 「…」, and the whole text is its
tooltip (the dashboard's note on the reporting rhythm ran to two lines at 1366×768: m62c finding 4).

``text()`` stays the whole text, so what the note says is read and tested as before; only the painting is short.
A note that must be read whole (what to do when the plan names no duty) is set with ``wrap`` and wraps as a label does.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MORE = "…"
# a sentence ends at 。 (the note is Chinese prose)
_SENTENCE = re.compile(r"[^。]*。|[^。]+$")


def shown_text(text: str, metrics: QFontMetrics, width: int) -> str:
    """What fits ``width`` on one line: the whole text, else the leading whole sentences that fit with 「…」 after,
    else the first sentence cut short."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    kept = ""
    for sentence in _SENTENCE.findall(text):
        if metrics.horizontalAdvance(kept + sentence + MORE) > width:
            break
        kept += sentence
    return kept + MORE if kept else metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class OneLineLabel(QLabel):
    """A QLabel painted on one line (``shown_text``), its whole text the tooltip when cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wrap = False
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_note(self, text: str, *, wrap: bool = False) -> None:
        """Show ``text``; ``wrap``: on as many lines as it takes (instructions to follow)."""
        self._wrap = wrap
        self.setWordWrap(wrap)
        self.setText(text)
        self._update_tip()

    def is_cut(self) -> bool:
        """Whether part of the text is left to the tooltip."""
        return not self._wrap and shown_text(self.text(), self.fontMetrics(), self.contentsRect().width()) \
            != self.text()

    def _update_tip(self) -> None:
        self.setToolTip(self.text() if self.is_cut() else "")

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return hint if self._wrap else QSize(0, hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return hint if self._wrap else QSize(0, hint.height())

    def resizeEvent(self, event) -> None:            # noqa: ANN001  (QResizeEvent)
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._wrap:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        rect = self.contentsRect()
        self.style().drawItemText(painter, rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(),
                                  shown_text(self.text(), self.fontMetrics(), rect.width()), self.foregroundRole())
