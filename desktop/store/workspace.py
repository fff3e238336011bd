"""Opening a workspace file: WAL, foreign keys, migrations with a backup first.

One SQLite file per workspace. A file written by a newer Luoshi is refused before
anything is changed; a file from an older one is backed up, then migrated one named
step at a time, each step in its own transaction.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path, PurePath, PureWindowsPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from desktop import fileops, paths
from desktop.errors import WorkspaceError, os_error_words
from desktop.store.schema import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger("luoshi.store")
_savepoints = itertools.count(1)

SQLITE_MAGIC = b"SQLite format 3\x00"
# How long a write waits for another writer (a second window, an import in a CLI) before the
# user is told the workspace is busy.
BUSY_TIMEOUT = 10.0
# Tables every workspace has had since version 1: a SQLite file without them is not ours.
_OUR_TABLES = frozenset({"plans", "tasks", "units", "settings", "audit_log"})


def sqlite_uri(path: PurePath | str, *, mode: str = "") -> str:
    """The ``file:`` URI of a database file, percent-encoded, for ``sqlite3.connect(uri=True)``.

    SQLite parses a URI: an unescaped ``#`` ends the path (``3#楼`` would open ``3``), ``?``
    starts the parameters (``mode=ro`` would be lost) and ``%XX`` is decoded. Every character
    but letters, digits and ``/-._~:`` is escaped, non-ASCII as UTF-8. Windows paths
    (``D:\\落实\\ws.sqlite``, ``\\\\server\\share\\ws.sqlite``) become ``file:///D:/…``
    and ``file:////server/share/…``.
    """
    if isinstance(path, PureWindowsPath) and not isinstance(path, Path):
        text = path.as_posix()                 # a Windows path spelt on another system (tests)
    else:
        text = Path(os.path.abspath(path)).as_posix()
    if not text.startswith("/"):
        text = "/" + text                      # "C:/x" -> "/C:/x": the authority stays empty
    uri = "file://" + quote(text, safe="/:")
    return uri + (f"?mode={mode}" if mode else "")


def connect(path: Path, *, readonly: bool = False, timeout: float | None = None,
            check_same_thread: bool = True) -> sqlite3.Connection:
    """Every connection to a workspace or a backup goes through here (escaped URI, busy timeout)."""
    uri = sqlite_uri(path, mode="ro" if readonly else "rwc")
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT if timeout is None else timeout,
                           check_same_thread=check_same_thread)


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
    def db(self) -> sqlite_utils.Database:
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    def rows(self, sql: str, args: Any = ()) -> list[dict[str, Any]]:
        """Run a read query; each row as a dict keyed by column name."""
        cursor = self.conn.execute(sql, tuple(args))
        names = [c[0] for c in cursor.description or ()]
        return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Workspace]:
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


def peek_setting(path: Path, key: str) -> str | None:
    """One setting of a SQLite file, read without opening it as a workspace (no migration, no
    backup, nothing written); None when the file has no such setting or no settings at all."""
    conn = connect(path)        # read only in effect; a writable connection leaves no -wal/-shm behind
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        row = None
    finally:
        conn.close()
    return str(row[0]) if row else None


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


def inspect_database(conn: sqlite3.Connection) -> tuple[int, set[str]]:
    """(user_version, table names) of a database: read only, changes nothing.

    Both are read in one read transaction: another process creating the workspace at the same
    moment must not be seen half-way (its tables without its version would look like another
    program's database)."""
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        if own:
            conn.execute("COMMIT")
    return version, tables


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """``PRAGMA journal_mode = WAL``, waiting for a moment when no other process is reading.

    A new workspace starts in rollback-journal mode, where the switch needs the file to itself;
    when another process opening it at the same moment holds a read lock, SQLite answers "busy"
    at once instead of calling the busy handler (it would deadlock), so the wait is done here,
    bounded by the same busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def is_workspace_content(version: int, tables: set[str]) -> bool:
    """A Luoshi workspace (of any version), not another program's SQLite file."""
    return version >= 1 and _OUR_TABLES <= tables


def _refuse_foreign(path: Path, version: int, tables: set[str]) -> None:
    """Refuse a file written by a newer Luoshi, or by another program; before anything changes."""
    if version > SCHEMA_VERSION:
        raise WorkspaceError(
            f"此工作区由更新版本的落实写入（数据版本 {version}），本程序只认识到版本 {SCHEMA_VERSION}。"
            "请安装新版落实后再打开；文件未作任何改动。"
        )
    if tables and not is_workspace_content(version, tables):
        raise WorkspaceError(
            f"“{path.name}”是其他程序的 SQLite 数据库（其中有 {len(tables)} 个表，但不是落实的工作区），"
            "文件未作任何改动。请确认选择的是落实的 .sqlite 工作区文件，或用“--db”指定其他路径。"
        )


def _backup_files(path: Path) -> list[Path]:
    """This workspace's backups, oldest first. Listed, not globbed: a folder named ``[旧]``
    must not be read as a pattern."""
    folder = paths.backup_dir_for(path)
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    prefix = f"{path.stem}-"
    return sorted(folder / n for n in names if n.startswith(prefix) and n.endswith(".sqlite"))


def backup_workspace(path: Path, reason: str, keep: int = 10, target: Path | None = None) -> Path | None:
    """Copy the workspace with SQLite's backup API (consistent even while open).

    The copy is checked (same tables, same data version, not empty) before it is kept: a
    backup that is not a real copy is an error, never a quiet success. Returns the backup's
    path, or None when there is nothing to back up (no file, or a file without tables yet).
    Into the workspace's backups folder, keeping the newest ``keep`` of them (文件 → 备份); or into
    ``target``, a file named on the command line (``backup --out``), pruning nothing.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    if target is None:
        target_dir = paths.backup_dir_for(path)
        target_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = target_dir / f"{path.stem}-{stamp}-{reason}.sqlite"
        named = False
    else:
        named = True
    part = target.with_name(target.name + ".part")
    src = connect(path, readonly=True)
    try:
        # One read transaction over the look and the copy: the backup API then copies this same
        # snapshot, so a process migrating the file meanwhile cannot make a good copy look unlike
        # the workspace it was taken from.
        src.execute("BEGIN")
        version, tables = inspect_database(src)
        if not tables:
            return None
        dst = sqlite3.connect(part)              # a plain file name: never parsed as a URI
        try:
            src.backup(dst)
            # a plain file on its own: reading it later (list, restore) leaves no -wal/-shm beside it
            dst.execute("PRAGMA journal_mode = DELETE")
            copied_version, copied_tables = inspect_database(dst)
            pages = int(dst.execute("PRAGMA page_count").fetchone()[0])
        finally:
            dst.close()
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    if (copied_version, copied_tables) != (version, tables) or pages == 0:
        part.unlink(missing_ok=True)
        raise WorkspaceError(
            f"备份没有成功：备份副本与工作区“{path.name}”不一致（表 {len(copied_tables)}/{len(tables)}，"
            f"数据版本 {copied_version}/{version}），已删除该副本。工作区未作改动；请检查磁盘后重试。"
        )
    fileops.replace(part, target)              # retried while a scanner holds the new file
    backups = [] if named else _backup_files(path)
    for old in backups[:-keep] if keep > 0 else []:
        fileops.discard(old)
    log.info("backed up %s to %s (%s)", path, target, reason)
    return target


def list_backups(path: Path) -> list[Path]:
    """This workspace's backups, newest first."""
    return _backup_files(path)[::-1]


def _norm(path: Path) -> str:
    try:
        path = path.resolve()
    except (OSError, RuntimeError):
        path = Path(os.path.abspath(path))
    return os.path.normcase(str(path))


def refuse_output_over_workspace(workspace: Path | str, out: Path | str) -> None:
    """Refuse an output file that would overwrite the workspace, its ``-wal``/``-shm``/
    ``-journal``/``.lock`` files, a backup, or an attachment — before anything is written."""
    workspace, out = Path(workspace), Path(out)
    target = _norm(out)
    guarded = [Path(str(workspace) + suffix) for suffix in ("", "-wal", "-shm", "-journal", ".lock")]
    for kept in guarded:
        same = _norm(kept) == target
        if not same and kept.exists() and out.exists():
            try:
                same = os.path.samefile(kept, out)
            except OSError:
                same = False
        if same:
            raise WorkspaceError(
                f"输出文件“{out}”就是工作区文件“{kept.name}”，写入会覆盖工作区的数据，已拒绝，什么也没有写入。"
                "请换一个文件名（例如放在“桌面”或“我的文档”中）。")
    for folder, what in ((workspace.parent / "backups", "备份"), (paths.attachments_dir_for(workspace), "佐证材料")):
        root = _norm(folder)
        if target == root or target.startswith(root.rstrip(os.sep) + os.sep):
            raise WorkspaceError(
                f"输出文件“{out}”在工作区的{what}文件夹中，写入可能覆盖{what}，已拒绝，什么也没有写入。"
                "请换一个文件夹（例如“桌面”或“我的文档”）。")


def _migrate(conn: sqlite3.Connection, path: Path | None, current: int) -> None:
    if current >= SCHEMA_VERSION:
        return
    if path is not None and current > 0:
        backup_workspace(path, f"before-migrate-v{current}")
    number = current
    while number < SCHEMA_VERSION:
        step = MIGRATIONS[number]
        number += 1
        log.info("migrating workspace to version %d: %s", number, step.name)
        try:
            # IMMEDIATE: the write lock first, so two windows started at once take turns
            conn.executescript(f"BEGIN IMMEDIATE;\n{step.sql}\nPRAGMA user_version = {number};\nCOMMIT;")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.rollback()
            try:
                done = int(conn.execute("PRAGMA user_version").fetchone()[0])
            except sqlite3.Error:
                done = 0
            if done >= number:
                # another process (a second window started at the same moment) did this step
                log.info("workspace already at version %d (migrated by another process)", done)
                number = done
                continue
            if _is_busy(exc):
                raise WorkspaceError(
                    "工作区正在由另一个落实窗口或程序建立或升级，请稍候片刻再打开。文件未作任何改动。"
                ) from exc
            raise WorkspaceError(
                f"升级工作区失败（步骤“{step.name}”：{exc}）。工作区保持升级前的状态，"
                "升级前的备份在 backups 文件夹中。"
            ) from exc


def _is_busy(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text


def _cannot_open(path: Path, exc: sqlite3.Error) -> WorkspaceError:
    if _is_busy(exc):
        return WorkspaceError(
            f"工作区“{path.name}”正被另一个程序写入，等待 {BUSY_TIMEOUT:g} 秒后仍未结束。"
            "请关闭另一个落实窗口（或等导入完成）后再试；文件未作任何改动。")
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return WorkspaceError(
            f"工作区“{path.name}”所在的文件夹只读，无法打开（{exc}）。文件未作任何改动；请把工作区文件"
            "连同同名的 -wal、-shm 文件复制到有写入权限的文件夹（例如“我的文档”）后再打开。")
    return WorkspaceError(
        f"工作区文件“{path.name}”已损坏或无法打开（{exc}）。文件未作任何改动；"
        "可以从 backups 文件夹中的备份恢复。")


def _check_file_kind(path: Path) -> None:
    """A folder, or a file that is not SQLite: refused before any connection is made to it."""
    if path.is_dir():
        raise WorkspaceError(f"“{path}”是一个文件夹，不是工作区文件。请用“--db”指定一个 .sqlite 文件。")
    _check_is_sqlite(path)


def check_workspace(path: Path, conn: sqlite3.Connection | None = None) -> tuple[int, set[str]]:
    """The refusals of an existing file that is no Luoshi workspace this program can open: a folder, not
    SQLite, unreadable or damaged (or locked past the wait), another program's database, one a newer Luoshi
    wrote. Read only: nothing in the file changes. Looked at through ``conn`` (``open_workspace``'s own
    connection, not yet used) or a read-only connection of its own; an empty file (0 bytes) passes.
    Returns (data version, table names) — (0, set()) for an empty file or one not yet set up. (Given ``conn``, the
    caller has looked at the file's kind before connecting, ``_check_file_kind``: not read twice.)"""
    own = conn is None
    if own:
        _check_file_kind(path)
        if path.stat().st_size == 0:
            return 0, set()
        try:
            conn = connect(path, readonly=True)
        except sqlite3.Error as exc:
            raise _cannot_open(path, exc) from exc
    assert conn is not None
    try:
        version, tables = inspect_database(conn)
    except sqlite3.Error as exc:
        raise _cannot_open(path, exc) from exc
    finally:
        if own:
            conn.close()
    _refuse_foreign(path, version, tables)
    return version, tables


def workspace_path(path: Path | str | None = None) -> Path:
    """The workspace file ``path`` names (``--db``), else the user's default one."""
    return Path(path) if path is not None else paths.default_workspace()


def open_workspace(path: Path | str | None = None, *, create: bool = True,
                   readonly: bool = False) -> Workspace:
    """Open (and if needed create and migrate) the workspace at ``path``.

    Nothing is changed in a file that is refused: it is inspected (data version, tables)
    before the journal mode or anything else is set.
    """
    path = workspace_path(path)
    exists = path.exists()
    if exists:
        _check_file_kind(path)
        if not create and path.stat().st_size == 0:
            raise WorkspaceError(f"工作区文件“{path.name}”是空的（0 字节），其中没有任何数据，文件未作任何改动。"
                                 "请检查路径，或先导入一个工作方案。")
        if not readonly and not os.access(path, os.W_OK):
            raise WorkspaceError(
                f"工作区文件“{path.name}”（或它所在的文件夹）是只读的，无法保存修改，文件未作任何改动。"
                "请在文件属性中取消“只读”，或把它连同同名的 -wal、-shm 文件复制到有写入权限的文件夹"
                "（例如“我的文档”）后再打开。")
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
        conn = connect(path, readonly=readonly, check_same_thread=False)
    except sqlite3.Error as exc:
        raise _cannot_open(path, exc) from exc
    try:
        current, _tables = check_workspace(path, conn)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                _switch_to_wal(conn)
                conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise _cannot_open(path, exc) from exc
        if readonly:
            if current == 0:
                raise WorkspaceError("工作区正在由另一个落实窗口建立，还不能打开。请稍候片刻再打开。")
            if current != SCHEMA_VERSION:
                raise WorkspaceError(f"只读打开时无法升级工作区（数据版本 {current}）。请以可写方式打开一次。")
        else:
            _migrate(conn, path if exists else None, current)
        conn.execute("PRAGMA recursive_triggers = ON")   # as sqlite-utils sets it
    except BaseException:
        conn.close()
        raise
    return Workspace(path, conn, readonly=readonly)
