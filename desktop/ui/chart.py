"""A horizontal bar chart drawn with QPainter: one bar per target, share of the target reached."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#2e90fa")
DONE = QColor("#12b76a")
TRACK = QColor("#eaecf0")
TEXT = QColor("#344054")
EMPTY_TEXT = "还没有可显示的指标进度。"
NOT_REPORTED = "未填报"


class BarChart(QWidget):
    """``set_bars([(label, ratio or None, note)])``; ratio in 0..1, None when nothing is recorded."""

    ROW = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, float | None, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, bars: list[tuple[str, float | None, str]]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, max(60, self.ROW * len(self.bars) + 12))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, max(40, self.ROW * len(self.bars) + 12))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        width = self.width()
        if not self.bars:
            painter.setPen(TEXT)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, EMPTY_TEXT)
            return
        label_w = min(int(width * 0.45), max(metrics.horizontalAdvance(b[0]) for b in self.bars) + 12)
        note_w = max(metrics.horizontalAdvance(b[2] or NOT_REPORTED) for b in self.bars) + 12
        bar_x = label_w
        bar_w = max(40, width - label_w - note_w - 8)
        for i, (label, ratio, note) in enumerate(self.bars):
            y = 6 + i * self.ROW
            painter.setPen(TEXT)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, label_w - 8)
            painter.drawText(QRectF(0, y, label_w - 8, self.ROW - 6),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
            track = QRectF(bar_x, y + 3, bar_w, self.ROW - 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(track, 3, 3)
            if ratio is not None and ratio > 0:
                painter.setBrush(DONE if ratio >= 1 else BAR)
                painter.drawRoundedRect(QRectF(bar_x, y + 3, bar_w * min(1.0, ratio), self.ROW - 12), 3, 3)
            painter.setPen(QPen(TEXT))
            painter.drawText(QRectF(bar_x + bar_w + 8, y, note_w, self.ROW - 6),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, note or NOT_REPORTED)
        painter.end()
