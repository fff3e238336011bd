"""Writing a finished document: whole or not at all, and trouble in words."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path
from typing import Callable

from desktop.errors import UserError, os_error_words


def write_document(out: Path | str, save: Callable[[io.BytesIO], None], *, app: str) -> Path:
    """Save into memory first, then replace ``out`` in one step, so a full disk or a file
    open in ``app`` (Word/WPS, Excel/WPS) never leaves half a document behind."""
    out = Path(out)
    buffer = io.BytesIO()
    save(buffer)
    partial = out.with_name(out.name + ".part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(buffer.getvalue())
        os.replace(partial, out)
    except PermissionError as exc:
        _discard(partial)
        raise UserError(f"无法写入“{out}”：文件可能正在 {app} 中打开，请关闭后再试。") from exc
    except OSError as exc:
        _discard(partial)
        raise UserError(f"无法写入“{out}”（{os_error_words(exc)}）。请换一个位置或检查磁盘空间。") from exc
    return out


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
