"""The office's 须告知 lines (m68a), mended (m69a):

- whether a conflict closed ``kept_current`` kept the office's own version is recorded ONCE, when the office decides
  (``kept_from`` on the conflict's row, schema step 11), and ``office_kept`` lists the months from that record — no
  second guess from the receipts; an old workspace's rows are filled by the rule the list used, so it lists the
  same months after the step as before (``workspace_v10.sqlite``), and the step interrupted leaves nothing behind;
- once the office has told the unit, the line can be cleared: ``package told --unit --month`` or 「已告知」 beside the
  line in 文件 → 处理版本冲突; the conflict's row stays (with ``told_at``), ``package status`` lists only lines
  not yet told, and a wrong unit or month is refused in Chinese, exit 2, the workspace unchanged.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers_exchange import MAY, office_kept_month as _kept, revision_row as _row

from desktop.commands import run
from desktop.errors import WorkspaceError
from desktop.exchange import merge
from desktop.store import open_workspace, schema
from desktop.store.receipts import office_kept, open_conflicts

DATA = Path(__file__).resolve().parent / "data"
LINE = "须告知：{unit} " + MAY + " 办公室保留了代填的版本，未采用该单位报送的第1版"


# ---- recorded once ------------------------------------------------------------------------------------------

def test_the_decision_records_which_version_was_kept(world, tmp_path):
    u, held, result = _kept(world, tmp_path)
    assert result["tell_unit"] == u.name
    assert _row(world.office, held["id"]) == {"status": "kept_current", "kept_from": "office", "told_at": None,
                                              "told_by": ""}
    [line] = office_kept(world.office)
    assert (line["unit"], line["month"], line["revision"]) == (u.name, MAY, 1)


def test_the_list_reads_the_record_not_the_receipts(world, tmp_path):
    """Only the row decides (rv69b): recorded as keeping a package's version, it is no 须告知 line though the
    month has no receipt row; recorded as the office's, it is one though the month has a receipt row — until the
    row is marked settled (a later revision of the unit's taken) or told."""
    u, held, _ = _kept(world, tmp_path)
    ws = world.office
    assert ws.rows("SELECT * FROM exchange_receipts WHERE month = ?", (MAY,)) == []
    ws.conn.execute("UPDATE exchange_revisions SET kept_from = 'package' WHERE id = ?", (held["id"],))
    assert office_kept(ws) == []                       # no receipt row, yet no line: the record says 'package'
    ws.conn.execute("UPDATE exchange_revisions SET kept_from = 'office' WHERE id = ?", (held["id"],))
    ws.conn.execute("INSERT INTO exchange_receipts(unit_id, month, plan_id, revision, state, received_at) "
                    "VALUES (?, ?, ?, 1, 'accepted', '2024-06-02T09:00:00')",
                    (held["unit_id"], MAY, world.office_plan_id))
    assert [k["unit"] for k in office_kept(ws)] == [u.name]   # a receipt row, yet a line: the record says 'office'
    ws.conn.execute("UPDATE exchange_revisions SET settled_at = '2024-06-02T09:00:00' WHERE id = ?", (held["id"],))
    assert office_kept(ws) == []


def test_the_column_holds_only_the_two_sources(world, tmp_path):
    _u, held, _ = _kept(world, tmp_path)
    with pytest.raises(sqlite3.IntegrityError):
        world.office.conn.execute("UPDATE exchange_revisions SET kept_from = 'guess' WHERE id = ?", (held["id"],))


# ---- told ---------------------------------------------------------------------------------------------------

def test_told_clears_the_line_and_keeps_the_row(world, tmp_path, capsys):
    u, held, _ = _kept(world, tmp_path)
    db = str(world.office.path)
    capsys.readouterr()
    assert run(["package", "status", "--db", db]) == 0
    out = capsys.readouterr().out
    assert LINE.format(unit=u.name) in out and f'package told --unit "{u.name}" --month {MAY}' in out
    assert run(["package", "told", "--db", db, "--unit", u.name, "--month", MAY]) == 0
    assert f"已告知“{u.name}”{MAY}" in capsys.readouterr().out
    assert office_kept(world.office) == []
    row = _row(world.office, held["id"])
    assert row["status"] == "kept_current" and row["kept_from"] == "office" and row["told_at"]
    assert run(["package", "status", "--db", db]) == 0
    assert "须告知" not in capsys.readouterr().out
    assert run(["package", "status", "--db", db, "--unit", u.name]) == 0
    assert "须告知" not in capsys.readouterr().out
    assert world.office.rows("SELECT action FROM audit_log WHERE action = 'office_kept_told'")


def test_told_clears_only_that_unit_s_month(world, tmp_path, capsys):
    first, _, _ = _kept(world, tmp_path, 1)
    second, _, _ = _kept(world, tmp_path, 2)
    assert len(office_kept(world.office)) == 2
    assert run(["package", "told", "--db", str(world.office.path), "--unit", first.name, "--month", MAY]) == 0
    assert [k["unit"] for k in office_kept(world.office)] == [second.name]


def _refused(world, capsys, args: list[str], words: str) -> None:
    before = world.office_dump()
    assert run(["package", "told", "--db", str(world.office.path), *args]) == 2
    captured = capsys.readouterr()
    assert words in captured.err and captured.out == ""
    assert world.office_dump() == before


def test_a_wrong_unit_or_month_is_refused_with_what_to_do(world, tmp_path, capsys):
    u, _, _ = _kept(world, tmp_path)
    capsys.readouterr()
    _refused(world, capsys, ["--unit", "不存在的局", "--month", MAY], "方案中没有单位“不存在的局”")
    _refused(world, capsys, ["--unit", "不存在的局", "--month", MAY], "package status 列出须告知的单位和月份")
    _refused(world, capsys, ["--unit", u.name, "--month", "2024-07"], f"“{u.name}”2024-07 不在须告知的名单中。")
    _refused(world, capsys, ["--unit", u.name, "--month", "2024-07"], "请用 package status 查看")
    other = world.unit(2).name                         # a unit with no line at all
    _refused(world, capsys, ["--unit", other, "--month", MAY], "不在须告知的名单中")
    before = world.office_dump()
    with pytest.raises(SystemExit) as bad_month:
        run(["package", "told", "--db", str(world.office.path), "--unit", u.name, "--month", "2024-13"])
    assert bad_month.value.code == 2 and "月份“2024-13”无效，应写成 YYYY-MM" in capsys.readouterr().err
    assert world.office_dump() == before
    # told once: a second time there is nothing left to mark
    assert run(["package", "told", "--db", str(world.office.path), "--unit", u.name, "--month", MAY]) == 0
    capsys.readouterr()
    _refused(world, capsys, ["--unit", u.name, "--month", MAY], f"“{u.name}”{MAY} 不在须告知的名单中，已于 ")
    _refused(world, capsys, ["--unit", u.name, "--month", MAY], "标记为已告知。")


def test_a_later_keep_of_the_office_s_version_is_a_new_line(world, tmp_path):
    """Told of revision 1; the unit sends revision 2, the office keeps its version again: that is news to tell."""
    from desktop.store import entries as E

    u, _, _ = _kept(world, tmp_path)
    merge.mark_told(world.office, u.name, MAY)
    E.reopen_month(u.ws, u.unit_id, MAY, "补充")
    for a in E.articles(u.ws, unit_id=u.unit_id, month=MAY):
        E.delete_article(u.ws, a["id"])
    u.enter_month(MAY, note="（单位第二版）")
    world.import_office(u.export(tmp_path / "may-r2.luoshi", MAY))
    [held] = open_conflicts(world.office)
    merge.resolve_conflict(world.office, held["id"], keep="current")
    assert [(k["unit"], k["revision"]) for k in office_kept(world.office)] == [(u.name, 2)]


# ---- the schema step ----------------------------------------------------------------------------------------

def test_a_v10_workspace_lists_the_same_month_after_the_step(tmp_path):
    """workspace_v10.sqlite: 市民政局's May kept its accepted package (a receipt row), 市卫健委's June kept the
    version the office entered (no receipt row) — the one 须告知 month, before the step and after."""
    path = tmp_path / "workspace_v10.sqlite"
    shutil.copy(DATA / "workspace_v10.sqlite", path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 10
    # the listing as round 68 made it (kept_current, no receipt row of the month)
    before = conn.execute(
        "SELECT u.name, c.month, MAX(c.revision) FROM exchange_revisions c JOIN units u ON u.id = c.unit_id "
        "WHERE c.status = 'kept_current' AND NOT EXISTS (SELECT 1 FROM exchange_receipts r "
        "WHERE r.unit_id = c.unit_id AND r.month = c.month) GROUP BY c.unit_id, c.month").fetchall()
    conn.close()
    assert before == [("市卫健委", "2023-06", 1)]
    with open_workspace(path) as ws:
        assert ws.schema_version() == schema.SCHEMA_VERSION
        assert [(k["unit"], k["month"], k["revision"]) for k in office_kept(ws)] == before
        assert [(r["id"], r["kept_from"], r["told_at"]) for r in ws.rows(
            "SELECT id, kept_from, told_at FROM exchange_revisions ORDER BY id")] == \
            [(1, None, None), (2, "package", None), (3, "office", None), (4, "office", None), (5, None, None),
             (6, None, None)]
        # and it can be marked told like any other
        ws.conn.execute("INSERT INTO exchange_plans(plan_id, uid, role, updated_at) VALUES (1, 'u', 'office', 'x')")
        assert merge.mark_told(ws, "市卫健委", "2023-06") == 1
        assert office_kept(ws) == []


def test_the_step_interrupted_rolls_back_whole(tmp_path, monkeypatch):
    """Step 11 failing at its last statement leaves the v10 file as it was: no column added, no row filled."""
    path = tmp_path / "workspace_v10.sqlite"
    shutil.copy(DATA / "workspace_v10.sqlite", path)
    step = schema.MIGRATIONS[10]
    assert step.name == "add_kept_from_and_told_at"
    broken = schema.Migration(step.name, step.sql + "\nINSERT INTO no_such_table VALUES (1);")
    monkeypatch.setattr("desktop.store.workspace.MIGRATIONS", [*schema.MIGRATIONS[:10], broken])
    with pytest.raises(WorkspaceError) as info:
        open_workspace(path)
    assert "add_kept_from_and_told_at" in info.value.message and "保持升级前的状态" in info.value.message
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 10
    columns = {r[1] for r in conn.execute("PRAGMA table_info(exchange_revisions)")}
    assert not columns & {"kept_from", "told_at", "told_by", "settled_at"}
    assert conn.execute("SELECT COUNT(*) FROM exchange_revisions WHERE status = 'kept_current'").fetchone()[0] == 3
    conn.close()
    monkeypatch.undo()                                 # the real step then upgrades it
    with open_workspace(path) as ws:
        assert [(k["unit"], k["month"]) for k in office_kept(ws)] == [("市卫健委", "2023-06")]
