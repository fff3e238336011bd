"""``backup`` and ``restore`` on the command line: the window's 备份／恢复 for IT staff's scripts (ux64 finding 8).

Each refusal prints a Chinese message, exits 2 and leaves the workspace's bytes as they were.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop.commands import run
from desktop.store import open_workspace
from desktop.store.lock import WorkspaceLock
from desktop.store.workspace import list_backups


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _as_of(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT value FROM settings WHERE key = 'as_of'").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "#重点工作" / "工作区 副本 #2"           # the names ux64 used: 「#」, spaces, Chinese
    folder.mkdir(parents=True)
    path = folder / "江陵 办公室 #工作区.sqlite"
    with open_workspace(path) as ws:
        ws.set_setting("as_of", "2025-06-28")
    _settle(path)
    return path


def _settle(path: Path) -> None:
    """Fold the write-ahead log into the file, so its bytes are the workspace (for the digests)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_backup_into_the_backups_folder_and_into_a_named_file(workspace, capsys):
    assert run(["backup", "--db", str(workspace)]) == 0
    kept = list_backups(workspace)                    # where the window's 备份／恢复 lists them
    assert len(kept) == 1 and kept[0].name.endswith("-manual.sqlite")
    assert str(kept[0]) in capsys.readouterr().out
    out = workspace.parent / "手动 #备份 0628.sqlite"
    assert run(["backup", "--db", str(workspace), "--out", str(out)]) == 0
    assert "已备份工作区" in capsys.readouterr().out
    assert _as_of(out) == "2025-06-28" and list_backups(workspace) == kept      # a named file prunes nothing
    assert not out.with_name(out.name + ".part").exists()
    # run again with the same name (a nightly script): the older backup is replaced
    with open_workspace(workspace) as ws:
        ws.set_setting("as_of", "2025-07-31")
    assert run(["backup", "--db", str(workspace), "--out", str(out)]) == 0
    assert _as_of(out) == "2025-07-31"


def test_restore_puts_the_backup_back_and_keeps_what_was_there(workspace, capsys):
    out = workspace.parent / "手动 #备份.sqlite"
    assert run(["backup", "--db", str(workspace), "--out", str(out)]) == 0
    with open_workspace(workspace) as ws:
        ws.set_setting("as_of", "2025-07-31")           # a change after the backup
    capsys.readouterr()
    assert run(["restore", "--db", str(workspace), str(out)]) == 0
    said = capsys.readouterr().out
    assert _as_of(workspace) == "2025-06-28"              # the change is gone
    saved = [b for b in list_backups(workspace) if b.name.endswith("-before-restore.sqlite")]
    assert len(saved) == 1 and str(saved[0]) in said and "恢复前的工作区另存为" in said
    assert _as_of(saved[0]) == "2025-07-31"               # and kept in the copy made before


def _refused(argv: list[str], workspace: Path, capsys, words: str) -> None:
    before = _digest(workspace)
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and words in err, err
    assert _digest(workspace) == before
    assert not any(b.name.endswith("-before-restore.sqlite") for b in list_backups(workspace))


def test_restore_refuses_a_missing_file_and_a_file_that_is_no_backup(workspace, capsys):
    folder = workspace.parent
    _refused(["restore", "--db", str(workspace), str(folder / "没有 #这个.sqlite")], workspace, capsys,
             "找不到备份文件")
    note = folder / "说明 #1.txt"
    note.write_text("不是备份", encoding="utf-8")
    _refused(["restore", "--db", str(workspace), str(note)], workspace, capsys, "不是 SQLite 数据库")
    other = folder / "其他程序.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _refused(["restore", "--db", str(workspace), str(other)], workspace, capsys, "没有落实工作区的数据")
    empty = folder / "空 .sqlite"
    empty.touch()
    _refused(["restore", "--db", str(workspace), str(empty)], workspace, capsys, "是空的（0 字节）")


def test_restore_refuses_a_workspace_open_in_a_window(workspace, capsys):
    out = workspace.parent / "手动 #备份.sqlite"
    assert run(["backup", "--db", str(workspace), "--out", str(out)]) == 0
    window = WorkspaceLock(workspace)
    assert window.acquire()
    try:
        _refused(["restore", "--db", str(workspace), str(out)], workspace, capsys, "正在落实窗口中打开")
    finally:
        window.release()


def test_restore_and_backup_refuse_a_db_that_is_no_workspace(tmp_path, workspace, capsys):
    out = workspace.parent / "手动 #备份.sqlite"
    assert run(["backup", "--db", str(workspace), "--out", str(out)]) == 0
    missing = workspace.parent / "没有 #工作区.sqlite"
    for argv in (["restore", "--db", str(missing), str(out)], ["backup", "--db", str(missing)]):
        assert run(argv) == 2
        assert "找不到工作区文件" in capsys.readouterr().err
        assert not missing.exists()                      # a mistyped --db is not created
    report = workspace.parent / "半年 #小结.docx"
    report.write_bytes(b"PK\x03\x04 a Word file")
    assert run(["restore", "--db", str(report), str(out)]) == 2
    assert "不是落实的工作区文件" in capsys.readouterr().err
    assert report.read_bytes() == b"PK\x03\x04 a Word file"


def test_backup_never_writes_over_the_workspace_or_a_file_that_is_no_backup(workspace, capsys):
    _refused(["backup", "--db", str(workspace), "--out", str(workspace)], workspace, capsys, "就是工作区文件")
    report = workspace.parent / "半年 #小结.docx"
    report.write_bytes(b"PK\x03\x04 a Word file")
    _refused(["backup", "--db", str(workspace), "--out", str(report)], workspace, capsys, "不是落实工作区的备份")
    assert report.read_bytes() == b"PK\x03\x04 a Word file"
    with pytest.raises(SystemExit) as stop:             # (argparse's refusal: a mistyped folder is not made)
        run(["backup", "--db", str(workspace), "--out", str(workspace.parent / "没有的文件夹" / "x.sqlite")])
    assert stop.value.code == 2 and "输出文件夹" in capsys.readouterr().err
    assert list_backups(workspace) == []


def test_the_commands_are_listed_in_the_help(capsys):
    with pytest.raises(SystemExit):
        run(["--help"])
    text = capsys.readouterr().out
    assert "backup" in text and "restore" in text and "备份工作区" in text
