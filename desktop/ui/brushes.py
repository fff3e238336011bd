"""Solid brushes for item models' colour roles, made without ``QBrush(QColor)``.

PySide6 sets a class up, with all its enums, the first time it is needed. Resolving the
``QBrush(QColor)`` constructor among its overloads sets up QGradient (whose Preset enum alone
has 180 members) and QImage: about 10 ms of the first paint, for a plain colour. An empty
brush given its colour and style is the same brush, and sets up neither.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor


def solid(color: str | QColor) -> QBrush:
    """The same brush as ``QBrush(QColor(color))``."""
    brush = QBrush()
    brush.setColor(QColor(color))
    brush.setStyle(Qt.BrushStyle.SolidPattern)
    return brush
