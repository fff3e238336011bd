"""Every window and dialog fits the screen it opens on: 1366×768 office PCs with the Windows
taskbar leave about 1366×728, and the title bar and borders take their share of that.

``fit_to_screen(widget)`` shrinks a window that would run off the screen's available area
(and moves it inside), so 保存, 导出 and the other buttons at the bottom stay reachable.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# what the frame takes outside the client area on Windows 10/11 at 100 %: title bar and the
# (invisible) resize borders
FRAME_WIDTH, FRAME_HEIGHT = 16, 40
SMALLEST = QRect(0, 0, 1366, 728)      # the smallest screen we promise to fit: 1366×768 − taskbar


def available_area(widget: QWidget | None = None) -> QRect:
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else SMALLEST


def largest_client(area: QRect) -> tuple[int, int]:
    return area.width() - FRAME_WIDTH, area.height() - FRAME_HEIGHT


def fit_to_screen(widget: QWidget, area: QRect | None = None) -> QWidget:
    """Shrink ``widget`` to the available area (less the frame) and keep it on the screen."""
    area = area if area is not None else available_area(widget)
    most_w, most_h = largest_client(area)
    width, height = min(widget.width(), most_w), min(widget.height(), most_h)
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    x = min(max(widget.x(), area.left()), area.right() - width - FRAME_WIDTH + 1)
    y = min(max(widget.y(), area.top()), area.bottom() - height - FRAME_HEIGHT + 1)
    if widget.isWindow() and (x, y) != (widget.x(), widget.y()) and widget.isVisible():
        widget.move(max(x, area.left()), max(y, area.top()))
    return widget
