"""The notice m68a gave when the office keeps its own version of a unit's month, mended (rv68b):

- the sentence to pass on reads from the unit's side with no 其 and no 牵头办公室 (牵头 is a task's lead unit):
  「办公室保留了代贵单位填报的 2024-05 版本，贵单位报送的第1版未采用（保存在办公室的历史中）」, and the office's own
  line 「须告知：X 2024-05 办公室保留了代填的版本，未采用该单位报送的第1版」 — written in one place (``merge``) that the
  import result, ``package resolve／status`` and the dialog all use;
- ``package status --unit X`` says only X's 须告知 and conflict lines;
- a 须告知 line clears once a later revision from the unit is taken (adopted over a conflict, or the same content).
"""

from __future__ import annotations

from helpers_exchange import MAY, UnitSide

from desktop.commands import run
from desktop.exchange import merge
from desktop.store import entries as E, queries as Q
from desktop.store.receipts import office_kept, open_conflicts

TOLD = f"办公室保留了代贵单位填报的 {MAY} 版本，贵单位报送的第1版未采用（保存在办公室的历史中）"


def _office_enters(world, u, note="（办公室代填）"):
    office = UnitSide(u.name, world.office, world.office_plan_id,
                      Q.unit_id(world.office, world.office_plan_id, u.name))
    office.enter_month(MAY, note=note)


def _kept(world, tmp_path, i=1):
    u = world.unit(i)
    _office_enters(world, u)
    u.enter_month(MAY, note="（单位自报）")
    [outcome] = world.import_office(u.export(tmp_path / f"may{i}.luoshi", MAY))
    [held] = open_conflicts(world.office, unit_id=Q.unit_id(world.office, world.office_plan_id, u.name))
    result = merge.resolve_conflict(world.office, held["id"], keep="current")
    return u, outcome, result


def test_one_wording_from_the_unit_s_side(world, tmp_path):
    u, outcome, result = _kept(world, tmp_path)
    text = merge.tell_unit_text(result["tell_unit"], MAY, 1)
    assert TOLD in text
    assert text.startswith(f"须告知：{u.name} {MAY} 办公室保留了代填的版本，未采用该单位报送的第1版")
    assert merge.TELL_BY_HAND in text
    for words in (text, outcome.message):
        assert "牵头" not in words and "其录入" not in words and "其联络员" not in words
    assert merge.TELL_BY_HAND in outcome.message          # the import result says it in the same words


def test_the_command_line_uses_the_same_lines(world, tmp_path, capsys):
    u, _, _ = _kept(world, tmp_path)
    db = str(world.office.path)
    capsys.readouterr()
    assert run(["package", "status", "--db", db]) == 0
    out = capsys.readouterr().out
    assert merge.tell_unit_line(u.name, MAY, 1) in out
    assert f"须告知：{u.name} {MAY} 办公室保留了代填的版本，未采用该单位报送的第1版" in out
    assert TOLD in out and "牵头" not in out


def test_status_for_one_unit_says_only_its_lines(world, tmp_path, capsys):
    kept, _, _ = _kept(world, tmp_path, 1)
    other = world.unit(2)                  # another unit's month waits as a conflict
    _office_enters(world, other)
    other.enter_month(MAY, note="（另一单位自报）")
    world.import_office(other.export(tmp_path / "other.luoshi", MAY))
    db = str(world.office.path)
    capsys.readouterr()
    assert run(["package", "status", "--db", db, "--unit", other.name]) == 0
    out = capsys.readouterr().out
    assert "须告知" not in out and "冲突 " in out and other.name in out and kept.name not in out
    assert run(["package", "status", "--db", db, "--unit", kept.name]) == 0
    out = capsys.readouterr().out
    assert f"须告知：{kept.name}" in out and "冲突 " not in out and other.name not in out


def _next_revision(u, tmp_path, note):
    E.reopen_month(u.ws, u.unit_id, MAY, "补充")
    for a in E.articles(u.ws, unit_id=u.unit_id, month=MAY):
        E.delete_article(u.ws, a["id"])
    u.enter_month(MAY, note=note)
    return u.export(tmp_path / f"may-r2{len(note)}.luoshi", MAY)


def test_the_line_clears_when_a_later_revision_is_adopted(world, tmp_path, capsys):
    u, _, _ = _kept(world, tmp_path)
    assert len(office_kept(world.office)) == 1
    world.import_office(_next_revision(u, tmp_path, "（单位第二版）"))
    [held] = open_conflicts(world.office)
    assert held["revision"] == 2
    assert len(office_kept(world.office)) == 1          # still owed while the newer version waits
    merge.resolve_conflict(world.office, held["id"], keep="incoming")
    assert office_kept(world.office) == []
    capsys.readouterr()
    assert run(["package", "status", "--db", str(world.office.path)]) == 0
    assert "须告知" not in capsys.readouterr().out


def test_the_line_clears_when_the_unit_sends_the_office_s_content(world, tmp_path):
    u, _, _ = _kept(world, tmp_path)
    # the unit, told by phone, enters what the office kept and sends it: received as usual, nothing owed
    _outcome = world.import_office(_next_revision(u, tmp_path, "（办公室代填）"))
    assert open_conflicts(world.office) == []
    assert office_kept(world.office) == []
