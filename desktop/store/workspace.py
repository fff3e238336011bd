"""Opening a workspace file: WAL, foreign keys, migrations with a backup first.

One SQLite file per workspace. A file written by a newer Luoshi is refused before
anything is changed; a file from an older one is backed up, then migrated one named
step at a time, each step in its own transaction.
"""

from __future__ import annotations

import itertools
import json
import logging
import sqlite3
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from desktop import paths
from desktop.errors import WorkspaceError, os_error_words
from desktop.store.schema import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger("luoshi.store")
_savepoints = itertools.count(1)

SQLITE_MAGIC = b"SQLite format 3\x00"


def now_iso() -> str:
    return datetime.now().isoformat(timespec="seconds")


class Workspace:
    """An open workspace over one SQLite connection.

    ``db`` is the sqlite-utils Database over it, made on first use: importing sqlite-utils
    costs about 60 ms, which the client's first window does not need to pay — its reads go
    through ``rows()`` on the plain connection.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, *, readonly: bool = False) -> None:
        self.path = path
        self.conn = conn
        self.readonly = readonly
        self._db: sqlite_utils.Database | None = None

    @property
    def db(self) -> "sqlite_utils.Database":
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    def rows(self, sql: str, args: Any = ()) -> list[dict[str, Any]]:
        """Run a read query; each row as a dict keyed by column name."""
        cursor = self.conn.execute(sql, tuple(args))
        names = [c[0] for c in cursor.description or ()]
        return [dict(zip(names, r)) for r in cursor.fetchall()]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator["Workspace"]:
        """One unit of work: all of it lands, or none of it (nested blocks use savepoints,
        as sqlite-utils' own writes inside it do)."""
        conn = self.conn
        if conn.in_transaction:
            name = f"luoshi_{next(_savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:          # an error may have ended it already
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def audit(self, action: str, detail: dict[str, Any] | None = None, actor: str = "") -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO audit_log(at, actor, action, detail) VALUES (?, ?, ?, ?)",
                (now_iso(), actor or self.setting("actor", ""), action,
                 json.dumps(detail or {}, ensure_ascii=False)))

    def setting(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])


def _check_is_sqlite(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise WorkspaceError(
            f"无法读取工作区文件：{path}（{os_error_words(exc)}）。请检查文件是否存在、是否有读取权限。"
        ) from exc
    if head and head != SQLITE_MAGIC:
        raise WorkspaceError(
            f"“{path.name}”不是落实的工作区文件（不是 SQLite 数据库），文件未作任何改动。"
            "请确认选择的是 .sqlite 工作区文件，或用“--db”指定其他路径。"
        )


def backup_workspace(path: Path, reason: str, keep: int = 10) -> Path | None:
    """Copy the workspace with SQLite's backup API (consistent even while open).

    Returns the backup's path, or None when there is nothing to back up. Keeps the
    newest ``keep`` backups of this workspace.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    target_dir = paths.backup_dir_for(path)
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = target_dir / f"{path.stem}-{stamp}-{reason}.sqlite"
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    backups = sorted(target_dir.glob(f"{path.stem}-*.sqlite"))
    for old in backups[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    log.info("backed up %s to %s (%s)", path, target, reason)
    return target


def list_backups(path: Path) -> list[Path]:
    return sorted(paths.backup_dir_for(path).glob(f"{path.stem}-*.sqlite"), reverse=True)


def _migrate(conn: sqlite3.Connection, path: Path | None, current: int) -> None:
    if current > SCHEMA_VERSION:
        raise WorkspaceError(
            f"此工作区由更新版本的落实写入（数据版本 {current}），本程序只认识到版本 {SCHEMA_VERSION}。"
            "请安装新版落实后再打开；文件未作任何改动。"
        )
    if current == SCHEMA_VERSION:
        return
    if path is not None and current > 0:
        backup_workspace(path, f"before-migrate-v{current}")
    for number, step in enumerate(MIGRATIONS[current:], start=current + 1):
        log.info("migrating workspace to version %d: %s", number, step.name)
        try:
            conn.executescript(f"BEGIN;\n{step.sql}\nPRAGMA user_version = {number};\nCOMMIT;")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.rollback()
            raise WorkspaceError(
                f"升级工作区失败（步骤“{step.name}”：{exc}）。工作区保持升级前的状态，"
                "升级前的备份在 backups 文件夹中。"
            ) from exc


def open_workspace(path: Path | str | None = None, *, create: bool = True,
                   readonly: bool = False) -> Workspace:
    """Open (and if needed create and migrate) the workspace at ``path``."""
    path = Path(path) if path is not None else paths.default_workspace()
    exists = path.exists()
    if exists:
        if path.is_dir():
            raise WorkspaceError(f"“{path}”是一个文件夹，不是工作区文件。请用“--db”指定一个 .sqlite 文件。")
        _check_is_sqlite(path)
    elif not create or readonly:
        raise WorkspaceError(f"找不到工作区文件：{path}。请检查路径，或先导入一个工作方案。")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(
                f"无法创建工作区所在的文件夹：{path.parent}（{os_error_words(exc)}）。请换一个有写入权限的位置。"
            ) from exc
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        else:
            conn = sqlite3.connect(path, check_same_thread=False, timeout=5.0)
        conn.execute("PRAGMA foreign_keys = ON")
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(
            f"工作区文件“{path.name}”已损坏或无法打开（{exc}）。文件未作任何改动；"
            "可以从 backups 文件夹中的备份恢复。"
        ) from exc
    if readonly:
        if current != SCHEMA_VERSION:
            conn.close()
            raise WorkspaceError(f"只读打开时无法升级工作区（数据版本 {current}）。请以可写方式打开一次。")
    else:
        try:
            _migrate(conn, path if exists else None, current)
        except BaseException:
            conn.close()
            raise
    conn.execute("PRAGMA recursive_triggers = ON")   # as sqlite-utils sets it
    return Workspace(path, conn, readonly=readonly)
