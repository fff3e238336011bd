"""Every earlier schema version kept under tests/data upgrades with its data intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.store import entries as E, open_workspace, plans as P, queries as Q, schema
from desktop.store.workspace import list_backups

DATA = Path(__file__).resolve().parent / "data"
OLD = sorted(DATA.glob("workspace_v*.sqlite"))


def test_there_is_a_file_for_every_earlier_version():
    versions = sorted(int(p.stem.split("_v")[1]) for p in OLD)
    assert versions == list(range(1, schema.SCHEMA_VERSION)), \
        "run tests/data/make_old_workspaces.py after adding a migration step"


@pytest.mark.parametrize("old", OLD, ids=[p.stem for p in OLD])
def test_old_workspace_upgrades_with_data_intact(tmp_path, old):
    path = tmp_path / old.name
    shutil.copy(old, path)
    history = _history_rows(old)
    with open_workspace(path) as ws:
        assert ws.schema_version() == schema.SCHEMA_VERSION
        assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        (plan,) = Q.plans(ws)
        assert (plan["title"], plan["doc_number"], plan["tasks"]) == ("旧版工作方案", "旧政办〔2023〕9号", 1)
        (task,) = Q.tasks(ws, plan["id"])
        assert (task.lead_units, task.responsible_units) == (["市民政局"], ["市卫健委"])
        assert Q.unit_id(ws, plan["id"], "市卫生健康委") == Q.unit_id(ws, plan["id"], "市卫健委")
        (entry,) = E.entries(ws, unit_id=1, month="2023-05")
        assert entry["state"] == "submitted" and entry["values"] == {1: 12.0}
        assert E.liaisons(ws, plan["id"])[0]["name"] == "王晓丽"
        assert E.articles(ws, unit_id=1)[0]["title"] == "市民政局加快推进老年食堂建设"
        # search works on data that predates the search index
        assert [t.key for t in Q.tasks(ws, plan["id"], text="老年食堂")] == ["二.一.1"]
        assert [t.key for t in Q.tasks(ws, plan["id"], text="正在选址")] == ["二.一.1"]
        # the task's history, where the file has one: every row, with its id (step 10 built the table again)
        assert [_same_source(r) for r in ws.conn.execute(
            "SELECT id, task_id, field, old_value, new_value, source, actor, at FROM task_edits ORDER BY id")] \
            == [_same_source(r) for r in history]
    (backup,) = list_backups(path)
    assert backup.read_bytes()[:16] == b"SQLite format 3\x00"


def _history_rows(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'task_edits'").fetchone():
            return []
        return conn.execute("SELECT id, task_id, field, old_value, new_value, source, actor, at FROM task_edits "
                            "ORDER BY id").fetchall()
    finally:
        conn.close()


def _same_source(row: tuple) -> tuple:
    """A row as compared across step 10: a re-read's, listed in the setting, is 'reading' after it."""
    return (*row[:5], "document" if row[5] == "reading" else row[5], *row[6:])


def test_a_v9_workspace_s_re_read_rows_become_reading_and_the_setting_goes(tmp_path):
    """Round 67 kept a re-read's history rows as 'document', their ids in the setting ``reread_edits`` (v9's file
    lists row 3 and row 9, since gone): step 10 makes row 3 a 'reading' and drops the setting."""
    path = tmp_path / "workspace_v9.sqlite"
    shutil.copy(DATA / "workspace_v9.sqlite", path)
    assert [r[5] for r in _history_rows(path)] == ["review", "document", "document"]
    with open_workspace(path) as ws:
        assert ws.schema_version() == schema.SCHEMA_VERSION
        assert [(r["id"], r["source"]) for r in ws.rows("SELECT id, source FROM task_edits ORDER BY id")] == \
            [(1, "review"), (2, "document"), (3, "reading")]
        assert ws.conn.execute("SELECT COUNT(*) FROM settings WHERE key = 'reread_edits'").fetchone()[0] == 0
        (task,) = Q.tasks(ws, 1)
        assert [h["source"] for h in P.task_history(ws, task.id)] == \
            ["新版本识读（文件未变）", "方案修订", "核对时修改"]
        # the new CHECK holds the sources it did, and the reading, and nothing else
        ws.conn.execute("INSERT INTO task_edits(task_id, field, old_value, new_value, source, at) "
                        "VALUES (1, 'deadline', 'null', 'null', 'reading', '2024-01-01')")
        with pytest.raises(sqlite3.IntegrityError):
            ws.conn.execute("INSERT INTO task_edits(task_id, field, old_value, new_value, source, at) "
                            "VALUES (1, 'deadline', 'null', 'null', 'guess', '2024-01-01')")
        # the index is there again, and deleting the task still takes its history (ON DELETE CASCADE kept)
        assert ws.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'task_edits_task'").fetchone()
        assert ws.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert [(r[2], r[6]) for r in ws.conn.execute("PRAGMA foreign_key_list(task_edits)")] == \
            [("tasks", "CASCADE")]


@pytest.mark.parametrize("listed", ["not a list", '{"3": 3}', '["3"]', "3", ""])
def test_a_setting_not_written_by_luoshi_names_no_row_and_blocks_no_upgrade(tmp_path, listed):
    """A ``reread_edits`` value that is no JSON list of ids (edited by hand, or another program's) does not stop
    the upgrade: a list's entries that read as ids name those rows, anything else names none; the setting goes."""
    path = tmp_path / "workspace_v9.sqlite"
    shutil.copy(DATA / "workspace_v9.sqlite", path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE settings SET value = ? WHERE key = 'reread_edits'", (listed,))
    conn.commit()
    conn.close()
    with open_workspace(path) as ws:
        assert ws.schema_version() == schema.SCHEMA_VERSION
        sources = [r[0] for r in ws.conn.execute("SELECT source FROM task_edits ORDER BY id")]
        assert sources == (["review", "document", "reading"] if listed.startswith("[") else
                           ["review", "document", "document"])
        assert ws.setting("reread_edits", "gone") == "gone"


def test_a_history_row_whose_task_is_gone_blocks_no_upgrade(tmp_path):
    """A ``task_edits`` row whose task no longer exists (only a file edited by another tool holds one) is left
    behind by step 10's rebuild — copied, it failed the foreign key and the workspace could never be opened again
    (review rv68c); every row with its task is kept."""
    path = tmp_path / "workspace_v9.sqlite"
    shutil.copy(DATA / "workspace_v9.sqlite", path)
    conn = sqlite3.connect(path)     # foreign keys off here, as another tool might leave them
    conn.execute("INSERT INTO task_edits(task_id, field, old_value, new_value, source, at) "
                 "VALUES (999, 'deadline', 'null', 'null', 'edit', '2024-01-01')")
    conn.commit()
    conn.close()
    with open_workspace(path) as ws:
        assert ws.schema_version() == schema.SCHEMA_VERSION
        assert [(r["id"], r["source"]) for r in ws.rows("SELECT id, source FROM task_edits ORDER BY id")] == \
            [(1, "review"), (2, "document"), (3, "reading")]
        assert ws.conn.execute("PRAGMA foreign_key_check").fetchall() == []
