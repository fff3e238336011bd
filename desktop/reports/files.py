"""Writing a finished document: whole or not at all, and trouble in words."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from desktop import fileops
from desktop.errors import UserError


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
        fileops.replace(partial, out)
    except OSError as exc:
        fileops.discard(partial)
        raise UserError(fileops.write_failure(out, exc, app)) from exc
    return out
