"""Odd folder names — ``#``, ``%`` with hex digits, ``[ ]``, ``?``, spaces, Chinese — for the
workspace: every SQLite connection goes through one escaped URI, so backup, list, prune and
restore work there, a backup is never an empty copy, and a restore never takes one."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path, PureWindowsPath

import pytest
from hostile_support import cli, digest, refused

from desktop.errors import WorkspaceError
from desktop.store import open_workspace, workspace as W
from desktop.store.safety import daily_backup, prune_backups, restore_backup
from desktop.store.workspace import backup_workspace, connect, list_backups, sqlite_uri

FOLDERS = ["3#楼", "100%E5", "[旧]", "带 空格 的 文件夹", "落实 工作区", "a?b=c&mode=rwc", "#%[]? 混合",
           "%23%3F", "~备份~", "semi;colon,comma", "x%", "d:e"]
if sys.platform == "win32":                          # characters Windows does not allow in names
    FOLDERS = [f for f in FOLDERS if not set(f) & set('?:')]


def _workspace(folder: Path, who: str = "市民政局") -> Path:
    path = folder / "ws.luoshi.sqlite"
    with open_workspace(path) as ws:
        ws.set_setting("who", who)
    return path


def _who(path: Path) -> str:
    conn = connect(path, readonly=True)
    try:
        return conn.execute("SELECT value FROM settings WHERE key = 'who'").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("name", FOLDERS)
def test_backup_list_prune_restore_in_an_odd_folder(tmp_path, name):
    folder = tmp_path / name / name
    path = _workspace(folder)
    first = backup_workspace(path, "one", keep=10)
    assert first is not None and first.exists()
    assert _who(first) == "市民政局"                  # a real copy, not an empty database
    assert not (tmp_path / name.split("#")[0]).is_file()  # nothing created where a # would cut
    for n in range(4):
        backup_workspace(path, f"n{n}", keep=10)
    assert len(list_backups(path)) == 5                # listed although the folder name has [ ]
    prune_backups(path, 3)
    assert len(list_backups(path)) == 3
    assert daily_backup(path) is None                  # today's backups are seen: once a day
    oldest = list_backups(path)[-1]
    with open_workspace(path) as ws:
        ws.set_setting("who", "改错了")
    saved = restore_backup(path, oldest)
    assert _who(path) == "市民政局"
    assert saved is not None and _who(saved) == "改错了"   # the before-restore copy is real too


@pytest.mark.parametrize("name", FOLDERS)
def test_command_line_in_an_odd_folder(tmp_path, name):
    from helpers_seeds import seed_path

    db = tmp_path / name / "ws.sqlite"
    code, out, err = cli(["plan", "import", seed_path("000"), "--db", db])
    assert code == 0, err
    out_file = tmp_path / name / "方案包.luoshi"
    code, out, err = cli(["package", "plan", "--db", db, "--out", out_file])
    assert code == 0, err
    backups = list_backups(db)
    assert backups and all(_who_tables(b) > 10 for b in backups)


def _who_tables(path: Path) -> int:
    conn = connect(path, readonly=True)
    try:
        return conn.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("name", FOLDERS)
def test_read_only_connection_never_creates_a_file(tmp_path, name):
    path = tmp_path / name / "none.sqlite"
    path.parent.mkdir(parents=True)
    with pytest.raises(sqlite3.OperationalError):
        connect(path, readonly=True).execute("SELECT 1 FROM sqlite_master").fetchall()
    assert os.listdir(path.parent) == [] and sorted(os.listdir(tmp_path)) == [name]


@pytest.mark.parametrize("path, uri", [
    (PureWindowsPath(r"D:\落实\3#楼\ws.sqlite"), "file:///D:/%E8%90%BD%E5%AE%9E/3%23%E6%A5%BC/ws.sqlite"),
    (PureWindowsPath(r"C:\Users\张三\100%E5\ws.sqlite"), "file:///C:/Users/%E5%BC%A0%E4%B8%89/100%25E5/ws.sqlite"),
    (PureWindowsPath(r"E:\[旧] 备份\a b.sqlite"), "file:///E:/%5B%E6%97%A7%5D%20%E5%A4%87%E4%BB%BD/a%20b.sqlite"),
    (PureWindowsPath(r"\\server\share\ws?.sqlite"), "file:////server/share/ws%3F.sqlite"),
    (PureWindowsPath("D:/x/ws.sqlite"), "file:///D:/x/ws.sqlite"),
])
def test_windows_paths_become_escaped_uris(path, uri):
    assert sqlite_uri(path) == uri
    assert sqlite_uri(path, mode="ro") == uri + "?mode=ro"


def test_posix_uri_is_absolute_and_escaped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    expected = "file://" + W.quote(str(tmp_path), safe="/:") + "/3%23%E6%A5%BC/w.sqlite"
    assert sqlite_uri(Path("3#楼/w.sqlite")) == expected


def test_no_connection_builds_its_own_uri():
    root = Path(__file__).resolve().parent.parent / "desktop"
    offenders = [str(p) for p in root.rglob("*.py") if p.name != "workspace.py"
                 and ("uri=True" in p.read_text(encoding="utf-8") or '"file:' in p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_a_backup_that_is_not_a_real_copy_is_an_error_not_a_success(tmp_path, monkeypatch):
    path = _workspace(tmp_path / "3#楼")
    real_inspect = W.inspect_database
    seen: list[int] = []

    def copy_comes_out_empty(conn):                    # what the unescaped URI used to produce
        seen.append(1)
        return real_inspect(conn) if len(seen) == 1 else (0, set())

    monkeypatch.setattr(W, "inspect_database", copy_comes_out_empty)
    with pytest.raises(WorkspaceError) as info:
        backup_workspace(path, "test")
    assert "备份没有成功" in info.value.message
    monkeypatch.undo()
    assert list_backups(path) == [] and not [p for p in path.parent.rglob("*.part")]


def test_a_backup_taken_while_another_process_migrates_is_the_snapshot_it_looked_at(tmp_path, monkeypatch):
    """Two first starts at once: one migrates while the other backs up. The copy is the state the
    backup looked at, not a mix, and it is kept (it was reported as "不一致" and the start failed)."""
    path = _workspace(tmp_path / "3#楼")
    real_inspect = W.inspect_database
    calls: list[int] = []

    def another_process_writes_meanwhile(conn):
        result = real_inspect(conn)
        calls.append(1)
        if len(calls) == 1:                           # right after the source was looked at
            other = sqlite3.connect(path, timeout=5)
            other.executescript("BEGIN IMMEDIATE; CREATE TABLE arrived_meanwhile(x); "
                                "PRAGMA user_version = 9999; COMMIT;")
            other.close()
        return result

    monkeypatch.setattr(W, "inspect_database", another_process_writes_meanwhile)
    copy = backup_workspace(path, "test")
    monkeypatch.undo()
    assert copy is not None and copy.exists()
    version, tables = W.inspect_database(sqlite3.connect(copy))
    assert "arrived_meanwhile" not in tables and version != 9999


def _empty_file(p: Path) -> None:
    p.write_bytes(b"")


def _no_tables(p: Path) -> None:
    sqlite3.connect(p).close()
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA user_version = 0")
    conn.close()


def _browser_history(p: Path) -> None:
    conn = sqlite3.connect(p)
    conn.executescript("CREATE TABLE urls(id INTEGER PRIMARY KEY, url TEXT, title TEXT);"
                       "CREATE TABLE visits(id INTEGER PRIMARY KEY, url INTEGER, visit_time INTEGER);"
                       "INSERT INTO urls(url, title) VALUES ('https://www.gov.cn', '中国政府网');")
    conn.close()


def _newer(p: Path) -> None:
    open_workspace(p).close()
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA user_version = 999")
    conn.close()


def _damaged(p: Path) -> None:
    p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)


def _text(p: Path) -> None:
    p.write_text("这不是备份", encoding="utf-8")


@pytest.mark.parametrize("make, words", [
    (_empty_file, "空的"), (_no_tables, "没有落实工作区的数据"), (_browser_history, "没有落实工作区的数据"),
    (_newer, "更新版本"), (_damaged, "无法恢复"), (_text, "不是 SQLite"),
])
def test_restore_refuses_what_is_not_a_workspace_backup(tmp_path, make, words):
    path = _workspace(tmp_path / "[旧]")
    bad = tmp_path / "[旧]" / "bad.sqlite"
    make(bad)
    before = digest(path)
    with pytest.raises(WorkspaceError) as info:
        restore_backup(path, bad)
    assert words in info.value.message, info.value.message
    assert digest(path) == before and list_backups(path) == []


def test_restore_refuses_the_workspace_itself_and_a_missing_file(tmp_path):
    path = _workspace(tmp_path / "100%E5")
    before = digest(path)
    for backup, words in ((path, "工作区文件本身"), (tmp_path / "无.sqlite", "找不到备份文件")):
        with pytest.raises(WorkspaceError) as info:
            restore_backup(path, backup)
        assert words in info.value.message
    assert digest(path) == before


@pytest.mark.parametrize("name", ["3#楼", "[旧]"])
def test_foreign_sqlite_in_an_odd_folder_is_refused_untouched(tmp_path, name):
    path = tmp_path / name / "History"
    path.parent.mkdir()
    _browser_history(path)
    refused(["package", "status", "--db", path], [path], "其他程序的 SQLite 数据库")
