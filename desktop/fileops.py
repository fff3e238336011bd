"""File operations that survive a Windows office PC: antivirus, indexers and Word holding a file
for a moment, and folders whose permission bits say nothing.

- ``replace`` and ``unlink`` retry briefly (about a second in all) when Windows reports a
  sharing violation — an antivirus scanner opening the freshly written file is the usual cause;
  anything else, or a violation that outlasts the retries, is raised as it came.
- ``folder_writable`` tries a write: ``os.access(folder, W_OK)`` proves nothing on Windows
  (it looks only at the read-only attribute, not at the ACLs) nor for root on Linux.

No Qt; the store, the exchange and the reports all call it.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from desktop.errors import os_error_words

log = logging.getLogger("luoshi.files")

# ERROR_ACCESS_DENIED (a scanner holding a file being replaced shows up as this too),
# ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
RETRY_WINERRORS = frozenset({5, 32, 33})
SHARING_WINERRORS = frozenset({32, 33})
DELAYS = (0.05, 0.1, 0.2, 0.25, 0.4)          # about a second in all, then give up

T = TypeVar("T")


def is_sharing_violation(exc: BaseException) -> bool:
    """Another program has the file open (WinError 32/33): not a read-only file or folder."""
    return getattr(exc, "winerror", None) in SHARING_WINERRORS


def _retryable(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and getattr(exc, "winerror", None) in RETRY_WINERRORS


def retrying(action: Callable[[], T], what: str, sleep: Callable[[float], None] = time.sleep) -> T:
    """Run ``action``; on a Windows sharing violation wait a little and try again (bounded)."""
    for delay in DELAYS:
        try:
            return action()
        except OSError as exc:
            if not _retryable(exc):
                raise
            log.info("%s: %s; retrying in %.2f s", what, exc, delay)
            sleep(delay)
    return action()


def replace(src: Path | str, dst: Path | str) -> None:
    """os.replace, retried while another program (an antivirus scanner) holds either file."""
    retrying(lambda: os.replace(src, dst), f"replace {dst}")


def unlink(path: Path | str, missing_ok: bool = True) -> None:
    """Delete a (temporary) file, retried like ``replace``."""
    retrying(lambda: Path(path).unlink(missing_ok=missing_ok), f"delete {path}")


def discard(path: Path | str) -> None:
    """Delete a temporary file if possible; a file that stays behind is not worth an error."""
    try:
        unlink(path)
    except OSError as exc:
        log.warning("could not delete %s: %s", path, exc)


def folder_writable(folder: Path | str) -> bool:
    """Can a file be created in ``folder``? Found out by creating (and deleting) one."""
    folder = Path(folder)
    if not folder.is_dir():
        return False
    try:
        handle, name = tempfile.mkstemp(prefix=".luoshi-probe-", dir=folder)
    except OSError:
        return False
    os.close(handle)
    discard(name)
    return True


def write_failure(out: Path, exc: OSError, app: str = "") -> str:
    """Why ``out`` could not be written, in words that tell apart a file another program holds,
    a folder that takes no files, a file that is open or read-only, and the rest (disk full…).
    ``app`` names the program that may hold it (Word/WPS); "" for any program."""
    held = f"正在 {app} 中打开" if app else "正被其他程序打开"
    if is_sharing_violation(exc):
        return (f"无法写入“{out.name}”：文件正被其他程序占用（可能{held}，或正被杀毒软件检查）。"
                "请关闭它后再试，或另存为其他文件名。")
    if isinstance(exc, PermissionError) or exc.errno in (13, 30):
        if not folder_writable(out.parent):
            return (f"无法写入“{out.name}”：文件夹“{out.parent}”不能写入（只读，或没有写入权限）。"
                    "请换一个文件夹，例如“我的文档”。")
        if out.exists():
            return (f"无法覆盖“{out}”：文件可能{held}，或被设为只读。"
                    "请关闭它（或取消只读）后再试，或另存为其他文件名。")
    return f"无法写入“{out}”（{os_error_words(exc)}）。请换一个位置或检查磁盘空间。"
