"""Data safety: one writer per workspace, daily backups, restoring, disk trouble in words."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop.store import open_workspace
from desktop.store.lock import WorkspaceLock
from desktop.store.safety import daily_backup, explain_sqlite_error, restore_backup
from desktop.store.workspace import list_backups

ROOT = Path(__file__).resolve().parent.parent


def test_second_lock_on_the_same_workspace_is_refused(tmp_path):
    ws_path = tmp_path / "w.sqlite"
    first = WorkspaceLock(ws_path)
    assert first.acquire()
    code = ("import sys; from pathlib import Path; from desktop.store.lock import WorkspaceLock;"
            f"l = WorkspaceLock(Path({str(ws_path)!r})); print(l.acquire(), l.holder().get('pid'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False", str(os.getpid())]
    first.release()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split()[0] == "True"


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    ws_path = tmp_path / "w.sqlite"
    code = ("import time; from pathlib import Path; from desktop.store.lock import WorkspaceLock;"
            f"l = WorkspaceLock(Path({str(ws_path)!r})); assert l.acquire(); print('held', flush=True);"
            "time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout.readline().strip() == "held"
    assert not WorkspaceLock(ws_path).acquire()
    proc.kill()
    proc.wait()
    proc.stdout.close()
    lock = WorkspaceLock(ws_path)
    assert lock.acquire()
    lock.release()


def test_daily_backup_once_a_day_and_restore(tmp_path):
    path = tmp_path / "w.sqlite"
    with open_workspace(path) as ws:
        ws.set_setting("who", "市民政局")
    first = daily_backup(path, date.today())
    assert first is not None
    assert daily_backup(path, date.today()) is None
    with open_workspace(path) as ws:
        ws.set_setting("who", "改错了")
    made = restore_backup(path, first)
    assert made is not None and "before-restore" in made.name
    with open_workspace(path) as ws:
        assert ws.setting("who") == "市民政局"
    # the state before restoring is itself kept
    conn = sqlite3.connect(made)
    assert conn.execute("SELECT value FROM settings WHERE key='who'").fetchone()[0] == "改错了"
    conn.close()
    assert len(list_backups(path)) == 2


def test_restoring_a_damaged_backup_is_refused(tmp_path):
    path = tmp_path / "w.sqlite"
    open_workspace(path).close()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = path.read_bytes()
    with pytest.raises(Exception) as info:
        restore_backup(path, bad)
    assert "无法恢复" in str(info.value)
    assert path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="root writes through read-only permissions; checked by message test below")
def test_read_only_folder_gets_a_plain_message(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "w.sqlite"
    open_workspace(path).close()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    path.chmod(stat.S_IRUSR)
    try:
        with pytest.raises(Exception) as info:
            with open_workspace(path) as ws:
                ws.set_setting("k", "v")
        assert explain_sqlite_error(info.value, path) is not None
    finally:
        folder.chmod(stat.S_IRWXU)
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.parametrize("exc, words", [
    (sqlite3.OperationalError("database or disk is full"), "磁盘空间已满"),
    (OSError(28, "No space left on device"), "磁盘空间已满"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "只读"),
    (PermissionError(13, "Permission denied"), "只读"),
    (sqlite3.OperationalError("database is locked"), "另一个"),
])
def test_disk_trouble_is_explained(exc, words):
    err = explain_sqlite_error(exc)
    assert err is not None and words in err.message


def test_a_bug_is_not_explained_away():
    assert explain_sqlite_error(sqlite3.OperationalError("no such column: foo")) is None


def test_restoring_the_oldest_of_a_full_set_of_backups_keeps_it(tmp_path):
    path = tmp_path / "w.sqlite"
    with open_workspace(path) as ws:
        ws.set_setting("who", "最早")
    from desktop.store.workspace import backup_workspace

    oldest = backup_workspace(path, "n0", keep=10)
    for n in range(1, 10):
        backup_workspace(path, f"n{n}", keep=10)
    assert len(list_backups(path)) == 10
    with open_workspace(path) as ws:
        ws.set_setting("who", "后来")
    restore_backup(path, oldest)
    with open_workspace(path) as ws:
        assert ws.setting("who") == "最早"
    kept = list_backups(path)
    assert oldest in kept and len(kept) == 10
    assert any("before-restore" in b.name for b in kept)
