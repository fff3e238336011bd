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


demo_workspace = paths.demo_workspace


def start_gui(db: Path | None, demo: bool, smoke: bool, files: list[Path] | None = None) -> int:
    if not has_screen():
        print("没有可用的图形显示（DISPLAY 未设置），无法打开窗口。请在桌面环境中运行，"
              "或设置 QT_QPA_PLATFORM=offscreen 做无界面测试。", file=sys.stderr)
        return 3
    try:
        from desktop.ui.app import run
    except Exception as exc:              # Qt itself cannot load (a DLL missing, a broken copy)
        return cannot_load_qt(exc, smoke)
    return run(db=db, smoke=smoke, files=files or [], demo=demo)


CANNOT_LOAD = ("落实无法启动：界面组件加载失败（{kind}: {text}）。\n\n"
               "程序文件可能不完整，请重新解压或复制整个落实文件夹后再试。")


def cannot_load_qt(exc: BaseException, smoke: bool) -> int:
    """No Qt to show a dialog with: Windows' own message box, else stderr."""
    text = CANNOT_LOAD.format(kind=type(exc).__name__, text=exc)
    if sys.platform == "win32" and not smoke:
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, text, "落实", 0x10)      # type: ignore[attr-defined]
    else:
        print(text, file=sys.stderr)
    return 1


FATAL = ("落实出错，已停止（{kind}）。这是程序的问题，不是您的操作造成的。\n\n"
         "详细情况已写入：{path}\n请把这个文件发给技术支持人员。")


def report_fatal(exc: BaseException) -> int:
    """Last resort of the frozen entry script: an error nothing else caught. The traceback goes
    to a file in the log folder, the user gets one Chinese sentence (a message box on Windows,
    where the windowed exe has no console) instead of PyInstaller's English traceback."""
    import traceback
    from datetime import datetime

    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.txt"
        path.write_text(details, encoding="utf-8")
    except OSError:
        path = None
    text = FATAL.format(kind=type(exc).__name__, path=path or "（日志文件夹不可写，未能保存）")
    if sys.platform == "win32" and (sys.stderr is None or not sys.stderr.isatty()):
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, text, "落实", 0x10)      # type: ignore[attr-defined]
    elif sys.stderr is not None:
        print(text, file=sys.stderr)
    return 1
