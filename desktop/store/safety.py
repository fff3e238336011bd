"""Keeping the user's data: daily backups, restoring one, and plain words for disk trouble."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

from desktop import fileops
from desktop.errors import WorkspaceError, os_error_words
from desktop.store.schema import SCHEMA_VERSION
from desktop.store.workspace import (
    SQLITE_MAGIC,
    backup_workspace,
    check_workspace,
    connect,
    inspect_database,
    is_workspace_content,
    list_backups,
    refuse_output_over_workspace,
)


def daily_backup(path: Path, today: date | None = None, keep: int = 10) -> Path | None:
    """Back the workspace up on start, at most once a day."""
    today = today or date.today()
    stamp = today.strftime("%Y%m%d")
    if any(f"-{stamp}-" in b.name for b in list_backups(path)):
        return None
    return backup_workspace(path, "daily", keep=keep)


def prune_backups(path: Path, keep: int, spare: Path | None = None) -> None:
    """Keep the newest ``keep`` backups of the workspace (and ``spare``, whatever its age)."""
    backups = [b for b in list_backups(path) if spare is None or b.resolve() != spare.resolve()]
    for old in backups[keep - (1 if spare is not None else 0):]:
        old.unlink(missing_ok=True)


def restore_backup(path: Path, backup: Path, keep: int = 10) -> Path | None:
    """Replace the workspace's content with ``backup``'s, after backing up the current file.

    Refused, the workspace untouched, unless the backup is a sound Luoshi workspace this
    program can read: not damaged, not empty, not another program's database, not newer.
    Uses the backup API in the other direction, so an open WAL file is handled by SQLite.
    Returns the backup made of the current state (a checked copy; None only when the
    workspace held nothing yet).
    """
    if not backup.is_file():
        raise WorkspaceError(f"找不到备份文件：{backup}。请选择另一个备份。")
    if path.exists() and os.path.samefile(path, backup):
        raise WorkspaceError("选择的备份就是工作区文件本身，无需恢复。请选择 backups 文件夹中的一个备份。")
    try:
        with backup.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise WorkspaceError(f"无法读取备份文件“{backup.name}”（{os_error_words(exc)}）。请选择另一个备份。") from exc
    if head != SQLITE_MAGIC:
        what = "是空的（0 字节）" if not head else "不是 SQLite 数据库"
        raise WorkspaceError(f"备份文件“{backup.name}”{what}，不是落实工作区的备份，无法恢复。"
                             "工作区未作改动；请选择另一个备份。")
    check = connect(backup, readonly=True)
    try:
        ok = check.execute("PRAGMA integrity_check").fetchone()[0]
        version, tables = inspect_database(check)
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(f"备份文件“{backup.name}”已损坏，无法恢复（{exc}）。请选择另一个备份。") from exc
    finally:
        check.close()
    if ok != "ok":
        raise WorkspaceError(f"备份文件“{backup.name}”未通过完整性检查，无法恢复。请选择另一个备份。")
    if not is_workspace_content(version, tables):
        raise WorkspaceError(f"备份文件“{backup.name}”中没有落实工作区的数据（空的，或是其他程序的数据库），"
                             "无法恢复。工作区未作改动；请选择另一个备份。")
    if version > SCHEMA_VERSION:
        raise WorkspaceError(f"备份文件“{backup.name}”由更新版本的落实写入（数据版本 {version}），"
                             "本程序无法恢复它。工作区未作改动；请安装新版落实后再恢复。")
    # keep=0: making this copy must not prune the very backup being restored (the oldest
    # one, often); pruning happens after the restore, sparing it. backup_workspace checks
    # its copy and raises rather than leave an empty one.
    current = backup_workspace(path, "before-restore", keep=0)
    src = connect(backup, readonly=True)
    dst = connect(path)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    prune_backups(path, keep, spare=backup)
    return current


def check_workspace_file(path: Path) -> None:
    """Refuse, before anything is copied or replaced, a ``--db`` that is no Luoshi workspace with data in it:
    missing, a folder, empty, not SQLite, another program's database, or one a newer Luoshi wrote. Read only."""
    if not path.exists():
        raise WorkspaceError(f"找不到工作区文件：{path}。请检查“--db”写的路径。")
    _version, tables = check_workspace(path)       # the refusals open_workspace makes, the same words
    if not tables:
        raise WorkspaceError(f"工作区文件“{path.name}”中还没有任何数据，没有可备份或恢复的内容。"
                             "请检查“--db”写的路径。")


def backup_to_file(path: Path, out: Path) -> Path:
    """Back the workspace up into the file ``out`` (``backup --out``), by the window's own copy
    (``backup_workspace``: checked, written beside as ``.part`` first). Refused, nothing written: a workspace
    that is none (``check_workspace_file``), ``out`` over the workspace or its companion files, or ``out`` an
    existing file that is not a Luoshi backup (a report, another program's data: never overwritten)."""
    check_workspace_file(path)
    refuse_output_over_workspace(path, out)
    if out.is_dir():
        raise WorkspaceError(f"“{out}”是一个文件夹，请写上备份文件的名字，例如 {out / (path.stem + '-备份.sqlite')}。")
    if out.exists() and not _is_backup(out):
        raise WorkspaceError(f"“{out.name}”已存在，且不是落实工作区的备份，未覆盖它。请换一个文件名。")
    target = backup_workspace(path, "manual", target=out)
    if target is None:                       # (check_workspace_file found data: only a race empties it)
        raise WorkspaceError(f"工作区文件“{path.name}”中没有可备份的内容。")
    return target


def _is_backup(path: Path) -> bool:
    """Whether ``path`` holds a Luoshi workspace (a backup that may be replaced by a newer one)."""
    try:
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:
                return False
        conn = connect(path, readonly=True)
        try:
            return is_workspace_content(*inspect_database(conn))
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        return False


def explain_sqlite_error(exc: BaseException, path: Path | None = None, *,
                         in_window: bool = True) -> WorkspaceError | None:
    """Expected disk trouble as a WorkspaceError with what to do; None for anything else.
    ``in_window``: the words for the client, where what was typed is still on screen."""
    if not isinstance(exc, (OSError, sqlite3.Error)):
        return None
    text = str(exc).lower()
    where = f"（{path}）" if path else ""
    errno = getattr(exc, "errno", None) if isinstance(exc, OSError) else None
    if errno == 28 or "disk is full" in text or "database or disk is full" in text:
        if not in_window:
            return WorkspaceError(f"磁盘空间已满，没有写入任何内容{where}。请清理磁盘空间后再试。")
        return WorkspaceError(f"磁盘空间已满，刚才的修改没有保存{where}。请清理磁盘空间后再试；"
                              "已填写的内容仍在窗口中。")
    if fileops.is_sharing_violation(exc):           # WinError 32: held, not read-only
        return WorkspaceError(f"文件正被其他程序占用{where}（可能是杀毒软件、备份程序或另一个落实窗口）。"
                              + ("请稍后再试；已填写的内容仍在窗口中。" if in_window else "请稍后再试。"))
    if "readonly" in text or "read-only" in text or isinstance(exc, PermissionError) or errno == 30:
        return WorkspaceError(f"工作区所在位置只读，无法保存{where}。请把工作区复制到有写入权限的文件夹"
                              "（例如“我的文档”），或联系管理员。")
    if "database is locked" in text or "database is busy" in text:
        return WorkspaceError(f"工作区正被另一个程序使用{where}。请关闭另一个落实窗口后再试。")
    if "disk i/o error" in text:
        return WorkspaceError(f"读写工作区时磁盘出错{where}。请检查U盘或网络盘是否已拔出，然后重试。")
    return None
