"""Evidence files (佐证材料) of monthly entries: copied beside the workspace, listed by hash."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.errors import UserError, os_error_words
from desktop.store.sql import insert_id
from desktop.store.workspace import Workspace, now_iso


def attachments_dir(ws: Workspace) -> Path:
    """Evidence files live beside the workspace (the same root desktop.exchange uses)."""
    return paths.attachments_dir_for(ws.path)


def received_file(ws: Workspace, sha256: str) -> Path:
    """Where a file received in a submission package is kept: by its hash (so one file sent
    twice is kept once)."""
    return attachments_dir(ws) / sha256[:2] / sha256


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
        raise UserError(f"无法读取文件“{source.name}”（{os_error_words(exc)}）。"
                        "请确认文件存在且没有被其他程序占用。") from exc
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
        record["id"] = insert_id(ws.db, "attachments", record)
    return record


def attachments(ws: Workspace, entry_id: int) -> list[dict[str, Any]]:
    return ws.rows("SELECT * FROM attachments WHERE entry_id = ? ORDER BY id", [entry_id])


def attachment_path(ws: Workspace, row: dict[str, Any]) -> Path:
    return ws.path.parent / str(row["stored_path"])


def openable_path(ws: Workspace, row: dict[str, Any]) -> Path:
    """The file to hand to the system's viewer, under the name the unit gave it. Files received
    in packages are stored by their hash without an extension, which no viewer recognises; those
    are copied once into ``打开的材料`` beside them under their own name."""
    stored = attachment_path(ws, row)
    if Path(row["stored_path"]).name == row["file_name"]:
        return stored
    if not stored.is_file():
        raise UserError(f"材料“{row['file_name']}”的文件找不到了（{stored}）。")
    target = attachments_dir(ws) / "打开的材料" / str(row["sha256"])[:12] / Path(row["file_name"]).name
    try:
        if not target.is_file() or target.stat().st_size != stored.stat().st_size:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(stored, target)
    except OSError as exc:
        raise UserError(f"无法打开材料“{row['file_name']}”（{os_error_words(exc)}）。"
                        "请检查磁盘空间和写入权限。") from exc
    return target


def remove_attachment(ws: Workspace, attachment_id: int) -> dict[str, Any]:
    """Take an evidence file off its entry before the month is submitted (not after: what was
    submitted stays as it was sent). The copied file goes too, unless another entry uses it."""
    row = ws.conn.execute(
        "SELECT a.id, a.file_name, a.stored_path, e.state FROM attachments a "
        "JOIN monthly_entries e ON e.id = a.entry_id WHERE a.id = ?", (attachment_id,)).fetchone()
    if row is None:
        raise UserError("这份材料已经不在了（可能已被删除），请刷新后再试。")
    if row[3] == "submitted":
        raise UserError(f"本月已提交并锁定，不能删除材料“{row[1]}”。如需更改，请先“重新打开”本月。")
    with ws.transaction():
        ws.conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
        shared = ws.conn.execute("SELECT 1 FROM attachments WHERE stored_path = ? LIMIT 1", (row[2],)).fetchone()
        ws.audit("attachment_remove", {"attachment_id": attachment_id, "file": row[1]})
    if shared is None:
        try:
            (ws.path.parent / row[2]).unlink(missing_ok=True)
        except OSError:
            pass            # the record is gone; a file left behind harms nothing
    return {"id": row[0], "file_name": row[1]}
