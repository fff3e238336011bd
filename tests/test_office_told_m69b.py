"""The 须告知 record mended (rv69b → m69b):

- step 11 fills an old row's ``kept_from`` from whether the month had a held package THEN (when the row was
  decided), not whether it has a receipt row now; a later revision of the unit's taken since settles it;
- whether a 须告知 line is open is read from the conflict's row alone: a later revision of the unit's taken for the
  month marks the open rows ``settled_at`` as it is taken;
- 「已告知」 can be undone (``package told --undo``), and ``package status --all`` shows the months marked told,
  when and by whom; the hint quotes the unit; the refusal says the month is not on the list, or when it was told;
- ``package status`` prints 「还没有任何报送记录。」 only above nothing at all.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers_exchange import MAY, office_kept_month as _kept, revision_row as _row

from desktop.commands import run
from desktop.exchange import merge
from desktop.store import open_workspace
from desktop.store.receipts import office_kept, open_conflicts, told_months

DATA = Path(__file__).resolve().parent / "data"


def test_step_11_reads_whether_a_package_was_held_then(tmp_path):
    """市卫健委's July: the office kept its own version over revision 1 (no receipt row then), revision 2 adopted
    later (a receipt row now): recorded 'office' — and settled by revision 2, so no line, as before the step."""
    path = tmp_path / "workspace_v10.sqlite"
    shutil.copy(DATA / "workspace_v10.sqlite", path)
    with open_workspace(path) as ws:
        rows = {r["id"]: r for r in ws.rows("SELECT id, kept_from, settled_at FROM exchange_revisions")}
        assert rows[2]["kept_from"] == "package" and rows[2]["settled_at"] is None
        assert rows[3]["kept_from"] == "office" and rows[3]["settled_at"] is None
        assert rows[4]["kept_from"] == "office" and rows[4]["settled_at"] == "2023-08-06T09:00:00.123456"
        assert [(k["unit"], k["month"]) for k in office_kept(ws)] == [("市卫健委", "2023-06")]


def test_a_later_revision_taken_settles_the_line(world, tmp_path):
    """The office kept its own May over revision 1; the unit sends revision 2, the office adopts it: the 须告知
    row is marked settled as the revision is taken (not told), and the line is gone."""
    from desktop.store import entries as E

    u, held, _ = _kept(world, tmp_path)
    assert len(office_kept(world.office)) == 1
    E.reopen_month(u.ws, u.unit_id, MAY, "补充")
    for a in E.articles(u.ws, unit_id=u.unit_id, month=MAY):
        E.delete_article(u.ws, a["id"])
    u.enter_month(MAY, note="（单位第二版）")
    world.import_office(u.export(tmp_path / "may-r2.luoshi", MAY))
    [second] = open_conflicts(world.office)
    assert len(office_kept(world.office)) == 1         # held as a conflict: nothing taken yet
    merge.resolve_conflict(world.office, second["id"], keep="incoming")
    assert office_kept(world.office) == []
    row = world.office.rows("SELECT told_at, settled_at FROM exchange_revisions WHERE id = ?", (held["id"],))[0]
    assert row["told_at"] is None and row["settled_at"]
    assert told_months(world.office) == []


def test_told_can_be_undone(world, tmp_path, capsys):
    u, held, _ = _kept(world, tmp_path)
    db = str(world.office.path)
    world.office.set_setting("actor", "王晓丽")
    assert run(["package", "told", "--db", db, "--unit", u.name, "--month", MAY]) == 0
    out = capsys.readouterr().out
    assert f'撤销：package told --undo --unit "{u.name}" --month {MAY}' in out
    assert run(["package", "status", "--db", db]) == 0
    assert "已告知：" not in capsys.readouterr().out     # without --all: told months are not listed
    assert run(["package", "status", "--db", db, "--all"]) == 0
    out = capsys.readouterr().out
    [told] = told_months(world.office)
    assert f"已告知：{u.name} {MAY} 办公室保留了代填的版本，未采用该单位报送的第1版，" in out
    assert told["told_by"] == "王晓丽" and merge.told_when(told) in out and "还没有任何报送记录" not in out
    assert run(["package", "told", "--db", db, "--undo", "--unit", u.name, "--month", MAY]) == 0
    assert f"已撤销：“{u.name}”{MAY} 重新列为须告知" in capsys.readouterr().out
    assert [k["unit"] for k in office_kept(world.office)] == [u.name]
    assert _row(world.office, held["id"])["told_at"] is None
    assert world.office.rows("SELECT action FROM audit_log WHERE action = 'office_kept_told_undo'")
    before = world.office_dump()
    assert run(["package", "told", "--db", db, "--undo", "--unit", u.name, "--month", MAY]) == 2
    assert "没有标记为已告知，无需撤销" in capsys.readouterr().err
    assert world.office_dump() == before


def test_told_when_names_who_and_when():
    assert merge.told_when({"told_at": "2024-06-03T10:15:00", "told_by": "王晓丽"}) == \
        "已于 2024-06-03 10:15:00 由 王晓丽 标记为已告知"
    assert merge.told_when({"told_at": "2024-06-03T10:15:00", "told_by": ""}) == "已于 2024-06-03 10:15:00 标记为已告知"


def test_status_says_no_records_only_above_nothing(world, tmp_path, capsys):
    db = str(world.office.path)
    capsys.readouterr()
    assert run(["package", "status", "--db", db]) == 0
    assert capsys.readouterr().out.strip() == "还没有任何报送记录。"
    u, _, _ = _kept(world, tmp_path)
    capsys.readouterr()
    assert run(["package", "status", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "须告知" in out and "还没有任何报送记录" not in out


def test_the_hint_quotes_a_unit_with_brackets():
    from desktop.commands.package import TOLD_HINT

    assert 'package told --unit "各社区(村)" --month 2024-05' in TOLD_HINT.format(unit="各社区(村)", month="2024-05")
