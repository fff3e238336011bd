"""Start the client: check for a screen first, so a headless machine gets one plain line."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop import paths


def has_screen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in {"offscreen", "minimal", "vnc", "eglfs"}:
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def demo_workspace() -> Path:
    return paths.data_dir() / "demo.luoshi.sqlite"


def start_gui(db: Path | None, demo: bool, smoke: bool) -> int:
    if not has_screen():
        print("没有可用的图形显示（DISPLAY 未设置），无法打开窗口。请在桌面环境中运行，"
              "或设置 QT_QPA_PLATFORM=offscreen 做无界面测试。", file=sys.stderr)
        return 3
    if demo:
        db = db or demo_workspace()
        if not db.exists():
            from desktop.demo import build_demo

            build_demo(db)
    from desktop.ui.app import run

    return run(db=db, smoke=smoke)
