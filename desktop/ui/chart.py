"""A horizontal bar chart drawn with QPainter: one bar per target, share of the target reached.

A label too long for its column (an indicator's name: 「二.二.4 辖区农村生活垃圾无害化处理率保持」) takes a second
line, cut at its end only if it is longer still, never in its middle (ux57: 「辖区农村生活垃圾…理率保持」 told two
indicators of one subject apart by neither); the whole label and its note are the row's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BAR = QColor("#2e90fa")
DONE = QColor("#12b76a")
TRACK = QColor("#eaecf0")
TEXT = QColor("#344054")
EMPTY_TEXT = "还没有可显示的指标进度。"
NOT_REPORTED = "未填报"
LABEL_SHARE = 0.45                 # the labels' column at most this share of the width
TOP = 6


def label_lines(metrics: QFontMetrics, label: str, width: int) -> list[str]:
    """``label`` in at most two lines of ``width`` pixels: whole when it fits, else in two lines about as long as
    each other (Chinese breaks between any two characters), the second cut at its end (…) when it is longer still."""
    total = metrics.horizontalAdvance(label)
    if total <= width:
        return [label]
    full = 1                                   # the most the first line holds
    while full < len(label) and metrics.horizontalAdvance(label[:full + 1]) <= width:
        full += 1
    cut = 1                                    # two even lines where both fit: not a long line over one word
    while cut < full and (metrics.horizontalAdvance(label[:cut]) < total / 2
                          or metrics.horizontalAdvance(label[cut:]) > width):
        cut += 1
    return [label[:cut], metrics.elidedText(label[cut:], Qt.TextElideMode.ElideRight, width)]


class BarChart(QWidget):
    """``set_bars([(label, ratio or None, note)])``; ratio in 0..1, None when nothing is recorded."""

    ROW = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, float | None, str]] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)             # a narrower chart wraps more labels: taller
        self.setSizePolicy(policy)

    def set_bars(self, bars: list[tuple[str, float | None, str]]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.update()

    def _label_width(self, width: int) -> int:
        metrics = self.fontMetrics()
        return min(int(width * LABEL_SHARE), max(metrics.horizontalAdvance(b[0]) for b in self.bars) + 12)

    def rows(self, width: int) -> list[tuple[list[str], float, float]]:
        """Each bar's label lines, top and height at ``width``: a row of two lines is one line taller."""
        if not self.bars:
            return []
        metrics = self.fontMetrics()
        label_w = self._label_width(width) - 8
        out, y = [], float(TOP)
        for label, _ratio, _note in self.bars:
            lines = label_lines(metrics, label, label_w)
            height = self.ROW + (len(lines) - 1) * metrics.lineSpacing()
            out.append((lines, y, float(height)))
            y += height
        return out

    def heightForWidth(self, width: int) -> int:
        rows = self.rows(width)
        return max(60, int(rows[-1][1] + rows[-1][2]) + TOP) if rows else 60

    def sizeHint(self) -> QSize:
        return QSize(420, self.heightForWidth(max(self.width(), 420)))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, max(40, self.ROW * len(self.bars) + 12))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.position().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, y: float) -> str:
        """What the tooltip says over the row at ``y`` ("" between rows)."""
        for (label, _ratio, note), (_lines, top, height) in zip(self.bars, self.rows(self.width()), strict=True):
            if top <= y < top + height:
                return f"{label}\n{note or NOT_REPORTED}"
        return ""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        width = self.width()
        if not self.bars:
            painter.setPen(TEXT)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, EMPTY_TEXT)
            return
        label_w = self._label_width(width)
        note_w = max(metrics.horizontalAdvance(b[2] or NOT_REPORTED) for b in self.bars) + 12
        bar_x = label_w
        bar_w = max(40, width - label_w - note_w - 8)
        for (_label, ratio, note), (lines, top, height) in zip(self.bars, self.rows(width), strict=True):
            y = top + (height - self.ROW) / 2               # the bar and its note in the middle of the row
            painter.setPen(TEXT)
            painter.drawText(QRectF(0, top, label_w - 8, height - 6),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, "\n".join(lines))
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
