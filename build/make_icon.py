"""Draw the program's icon: desktop/data/luoshi.png (the window icon, 256 px) and
build/luoshi.ico (the Windows executable's icon, 16–256 px). Both are committed; run this
after changing the drawing.

    .venv/bin/python build/make_icon.py

The .ico holds PNG images (Windows Vista and later read them), so no imaging library is
needed beyond Qt.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PNG = ROOT / "desktop" / "data" / "luoshi.png"
ICO = ROOT / "build" / "luoshi.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256)
RED, WHITE = "#c8102e", "#ffffff"


def draw(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    margin = size * 0.04
    box = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(RED))
    painter.drawRoundedRect(box, size * 0.18, size * 0.18)
    font = QFont()
    font.setFamilies(["Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei"])
    font.setBold(True)
    font.setPixelSize(int(size * 0.66))
    painter.setFont(font)
    painter.setPen(QColor(WHITE))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "落")
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """An ICONDIR with one PNG entry per size (a width/height byte of 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in sorted(images.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {size: draw(size) for size in SIZES}
    PNG.write_bytes(images[256])
    ICO.write_bytes(ico(images))
    print(f"{PNG.relative_to(ROOT)} and {ICO.relative_to(ROOT)} ({ICO.stat().st_size // 1024} KB)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
