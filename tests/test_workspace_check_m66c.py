"""One check refuses a file that is no Luoshi workspace (``store.workspace.check_workspace``): opening it
(``open_workspace``) and backing it up or restoring into it (``safety.check_workspace_file``) say the same
words, and the file is left byte for byte as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.errors import WorkspaceError
from desktop.store import open_workspace, safety
from desktop.store.schema import SCHEMA_VERSION
from desktop.store.workspace import check_workspace


def _not_sqlite(p: Path) -> None:
    p.write_text("这是一份会议纪要，不是数据库。", encoding="utf-8")


def _foreign(p: Path) -> None:
    conn = sqlite3.connect(p)
    conn.executescript("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); PRAGMA user_version = 2;")
    conn.close()


def _newer(p: Path) -> None:
    open_workspace(p).close()
    conn = sqlite3.connect(p)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def _damaged(p: Path) -> None:
    _foreign(p)
    data = bytearray(p.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)          # the header says SQLite; the first page is garbage
    p.write_bytes(bytes(data))


def _folder(p: Path) -> None:
    p.mkdir()


@pytest.mark.parametrize("make, words", [(_not_sqlite, "不是 SQLite 数据库"), (_foreign, "其他程序的 SQLite 数据库"),
                                         (_newer, "更新版本的落实"), (_damaged, "已损坏或无法打开"),
                                         (_folder, "是一个文件夹")])
def test_open_and_backup_refuse_in_the_same_words(tmp_path, make, words):
    path = tmp_path / "ws.sqlite"
    make(path)
    before = sorted((f.name, f.read_bytes() if f.is_file() else b"") for f in tmp_path.iterdir())
    said = []
    for check in (check_workspace, open_workspace, safety.check_workspace_file):
        with pytest.raises(WorkspaceError) as refused:
            check(path)
        said.append(refused.value.message)
    assert words in said[0] and said[0] == said[1] == said[2]
    assert sorted((f.name, f.read_bytes() if f.is_file() else b"") for f in tmp_path.iterdir()) == before


def test_a_sound_workspace_passes_with_its_version_and_tables(tmp_path):
    path = tmp_path / "ws.sqlite"
    open_workspace(path).close()
    version, tables = check_workspace(path)
    assert version == SCHEMA_VERSION and "tasks" in tables
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert check_workspace(empty) == (0, set())
