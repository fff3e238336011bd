"""Every earlier schema version kept under tests/data upgrades with its data intact."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.store import entries as E, open_workspace, queries as Q, schema
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
    (backup,) = list_backups(path)
    assert backup.read_bytes()[:16] == b"SQLite format 3\x00"
