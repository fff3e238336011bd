"""The workspace file: creation, WAL, refusal of newer files, backups, migrations."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.errors import WorkspaceError
from desktop.store import open_workspace, schema
from desktop.store.workspace import backup_workspace, list_backups


def test_new_workspace_is_current_wal_with_foreign_keys(tmp_path):
    path = tmp_path / "w.sqlite"
    with open_workspace(path) as ws:
        assert ws.schema_version() == schema.SCHEMA_VERSION
        assert ws.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert ws.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        for table in ("plans", "tasks", "units", "unit_aliases", "group_members", "task_units",
                      "targets", "phases", "duties", "liaisons", "monthly_entries", "entry_values",
                      "info_articles", "audit_log", "headings"):
            assert ws.db[table].exists(), table


def test_migration_names_are_unique_and_present():
    names = [m.name for m in schema.MIGRATIONS]
    assert len(names) == len(set(names)) == schema.SCHEMA_VERSION
    assert all(name and name.replace("_", "").isalnum() for name in names)


def test_newer_workspace_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "w.sqlite"
    open_workspace(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError) as info:
        open_workspace(path)
    assert "更新版本" in info.value.message and "未作任何改动" in info.value.message
    assert path.read_bytes() == before


def test_old_workspace_is_backed_up_then_migrated_with_data(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(f"BEGIN;{schema.MIGRATIONS[0].sql}PRAGMA user_version = 1;COMMIT;")
    conn.execute("INSERT INTO plans(title, imported_at, updated_at) VALUES ('旧方案', 'x', 'x')")
    conn.commit()
    conn.close()
    with open_workspace(path) as ws:
        assert ws.schema_version() == schema.SCHEMA_VERSION
        assert [r["title"] for r in ws.db.query("SELECT title FROM plans")] == ["旧方案"]
    backups = list_backups(path)
    assert len(backups) == 1 and "before-migrate-v1" in backups[0].name
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT title FROM plans").fetchone()[0] == "旧方案"
    old.close()


def test_failing_migration_step_rolls_back_whole_step(tmp_path, monkeypatch):
    path = tmp_path / "w.sqlite"
    open_workspace(path).close()
    broken = schema.Migration("broken_step", "CREATE TABLE half_done(x); INSERT INTO no_such_table VALUES (1);")
    monkeypatch.setattr("desktop.store.workspace.MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr("desktop.store.workspace.SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(WorkspaceError) as info:
        open_workspace(path)
    assert "broken_step" in info.value.message
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
    conn.close()


@pytest.mark.parametrize("content", [b"this is not a database at all", b"PK\x03\x04zip"])
def test_foreign_file_is_refused_unchanged(tmp_path, content):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError) as info:
        open_workspace(path)
    assert "不是落实的工作区文件" in info.value.message
    assert path.read_bytes() == content


def test_directory_and_missing_readonly_are_refused(tmp_path):
    with pytest.raises(WorkspaceError, match="文件夹"):
        open_workspace(tmp_path)
    with pytest.raises(WorkspaceError, match="找不到"):
        open_workspace(tmp_path / "none.sqlite", create=False)


def test_backup_keeps_the_newest(tmp_path):
    path = tmp_path / "w.sqlite"
    with open_workspace(path) as ws:
        ws.set_setting("k", "v")
    made = [backup_workspace(path, "manual", keep=3) for _ in range(5)]
    kept = list_backups(path)
    assert len(kept) == 3
    assert set(kept) == set(made[-3:])
    conn = sqlite3.connect(kept[0])
    assert conn.execute("SELECT value FROM settings WHERE key = 'k'").fetchone()[0] == "v"
    conn.close()
