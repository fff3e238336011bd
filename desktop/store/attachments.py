"""Evidence files (佐证材料) of monthly entries: copied beside the workspace, listed by hash."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.errors import UserError, os_error_words
from desktop.store.workspace import Workspace, now_iso


def attachments_dir(ws: Workspace) -> Path:
    """Evidence files live beside the workspace (the same root desktop.exchange uses)."""
    return paths.attachments_dir_for(ws.path)


def add_attachment(ws: Workspace, entry_id: int, source: Path) -> dict[str, Any]:
    """Copy ``source`` into the attachments folder and record it against the entry."""
    row = ws.conn.execute("SELECT unit_id, month, state FROM monthly_entries WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        raise UserError("请先填写这项任务本月的进展，再添加佐证材料。")
    if row[2] == "submitted":
        raise UserError("本月已提交并锁定，不能再添加材料。如需补充，请先“重新打开”本月。")
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取文件“{source.name}”（{os_error_words(exc)}）。请确认文件存在且没有被其他程序占用。") from exc
    digest = hashlib.sha256(data).hexdigest()
    folder = attachments_dir(ws) / row[1] / str(row[0])
    target = folder / source.name
    n = 2
    while target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() != digest:
        target = folder / f"{source.stem}（{n}）{source.suffix}"
        n += 1
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            shutil.copyfile(source, target)
    except OSError as exc:
        raise UserError(f"无法把“{source.name}”复制到工作区旁的材料文件夹（{os_error_words(exc)}）。"
                        "请检查磁盘空间和写入权限。") from exc
    record = {"entry_id": entry_id, "file_name": source.name,
              "stored_path": target.relative_to(ws.path.parent).as_posix(), "sha256": digest,
              "size": len(data), "added_at": now_iso()}
    with ws.transaction():
        record["id"] = int(ws.db["attachments"].insert(record).last_pk)
    return record


def attachments(ws: Workspace, entry_id: int) -> list[dict[str, Any]]:
    return ws.rows("SELECT * FROM attachments WHERE entry_id = ? ORDER BY id", [entry_id])


def attachment_path(ws: Workspace, row: dict[str, Any]) -> Path:
    return ws.path.parent / row["stored_path"]
