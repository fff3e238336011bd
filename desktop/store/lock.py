"""One writer per workspace: a lock file held while the client has the workspace open.

A second client on the same file learns who holds it and opens read-only (or not at all);
it never writes beside the first. The lock is an OS lock on ``<workspace>.lock`` (fcntl on
POSIX, msvcrt on Windows), so it disappears with a killed process — no stale locks.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from datetime import datetime
from io import BufferedRandom
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.store.workspace import Workspace

# On Windows the lock covers one byte far past the holder's note, so another process can still
# read the note (msvcrt locks are mandatory: a locked byte cannot be read by anyone else).
_WIN_LOCK_OFFSET = 1 << 20


class WorkspaceLock:
    def __init__(self, workspace: Path) -> None:
        self.path = Path(str(workspace) + ".lock")
        self._fh: BufferedRandom | None = None
        self.busy = False              # the last acquire() found another process holding it

    def acquire(self) -> bool:
        """Take the lock; False when another process holds it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+b")
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(_WIN_LOCK_OFFSET)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            self.busy = True
            return False
        # Who holds it, for the other instance's message.
        info = json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                           "since": datetime.now().isoformat(timespec="seconds")}).encode()
        fh.seek(0)
        fh.truncate()
        fh.write(info)
        fh.flush()
        self._fh = fh
        return True

    def holder(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes().strip()
            note = json.loads(raw) if raw else {}
        except (OSError, ValueError):
            return {}
        return note if isinstance(note, dict) else {}    # a note someone else wrote there

    def release(self) -> None:
        if self._fh is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                self._fh.seek(_WIN_LOCK_OFFSET)
                msvcrt.locking(self._fh.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        finally:
            self._fh.close()
            self._fh = None

    @property
    def held(self) -> bool:
        return self._fh is not None

    def __enter__(self) -> WorkspaceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _below_current_version(path: Path) -> bool:
    """Whether the file's schema is older than this program's (read without changing it)."""
    import sqlite3

    from desktop.store.schema import SCHEMA_VERSION
    from desktop.store.workspace import connect

    try:
        conn = connect(path, readonly=True, timeout=1)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0]) < SCHEMA_VERSION
        finally:
            conn.close()
    except sqlite3.Error:
        return False                    # open_workspace says what is wrong with it


def open_for_client(path: Path) -> tuple[Workspace, WorkspaceLock]:
    """The client's way into a workspace: the lock first, then the file.

    Whoever gets the lock is the one writer: it creates and migrates a new workspace. A
    window that does not get it opens the workspace read-only — or, when the file is not set
    up yet (two windows started at once on a new workspace; slow antivirus makes it likely),
    is told so. The writer holds the lock from before its first write to its close.
    Returns ``(workspace, lock)``; the caller releases the lock after closing the workspace.
    """
    from desktop.errors import WorkspaceError
    from desktop.store.workspace import open_workspace

    lock = WorkspaceLock(path)
    try:
        got = lock.acquire()
    except OSError as exc:              # the folder is read-only or missing: nobody can write here
        got = False
        if not path.exists():
            from desktop.errors import os_error_words

            raise WorkspaceError(f"无法在“{path.parent}”中建立工作区（{os_error_words(exc)}）。"
                                 "请换一个有写入权限的文件夹。") from exc
    try:
        if got and path.exists() and not os.access(path, os.W_OK):
            ws = open_workspace(path, readonly=True)    # a read-only file: look, do not write
            lock.release()
        elif got:
            ws = open_workspace(path)
        else:
            try:
                empty = not path.exists() or path.stat().st_size == 0
            except OSError:
                empty = True
            if empty or _below_current_version(path):
                # the window holding the lock is still creating or upgrading it
                raise WorkspaceError("工作区正在由另一个落实窗口建立，请稍候片刻再打开（不要同时打开两个窗口）。")
            ws = open_workspace(path, readonly=True)
    except BaseException:
        lock.release()
        raise
    return ws, lock
