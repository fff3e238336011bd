"""The office keeps ITS OWN version of a unit's month over the unit's package (m66c's 保留办公室代填的版本): the
unit is never told through a package — office → unit packages carry no entries (the plan package carries the plan,
the receipt each month's revision, state and reason only) and the receipt has no row for that month at all, since
the office never received a version of it it kept. So the office is told to tell the unit (m68a): the resolve
result, ``package status`` and the import result name the unit and the month, in plain Chinese."""

from __future__ import annotations

import pytest
from helpers_exchange import MAY, UnitSide

from desktop.commands import run
from desktop.errors import UserError
from desktop.exchange import merge, receipt
from desktop.store import queries as Q
from desktop.store.receipts import office_kept, open_conflicts


def _kept(world, tmp_path):
    u = world.unit(1)
    office = UnitSide(u.name, world.office, world.office_plan_id,
                      Q.unit_id(world.office, world.office_plan_id, u.name))
    office.enter_month(MAY, note="（办公室代填）")
    u.enter_month(MAY, note="（单位自报）")
    [outcome] = world.import_office(u.export(tmp_path / "may.luoshi", MAY))
    return u, outcome


def test_no_package_to_the_unit_carries_the_office_s_kept_version(world, tmp_path):
    u, _ = _kept(world, tmp_path)
    [held] = open_conflicts(world.office)
    merge.resolve_conflict(world.office, held["id"], keep="current")
    # the receipt — the only package that speaks of months — has nothing to say of it
    with pytest.raises(UserError, match="无需回执"):
        receipt.export_receipt(world.office, u.name, tmp_path / "receipt.luoshi")


def test_the_resolve_result_names_the_unit_to_tell(world, tmp_path):
    u, outcome = _kept(world, tmp_path)
    assert outcome.message.startswith(f"“{u.name}”") and merge.TELL_IF_KEPT in outcome.message
    [held] = open_conflicts(world.office)
    result = merge.resolve_conflict(world.office, held["id"], keep="current")
    assert result["tell_unit"] == u.name
    assert office_kept(world.office) == [{"unit_id": held["unit_id"], "unit": u.name, "month": MAY, "revision": 1,
                                          "resolved_at": office_kept(world.office)[0]["resolved_at"]}]


def test_adopting_the_unit_s_version_needs_no_word(world, tmp_path):
    _u, _ = _kept(world, tmp_path)
    [held] = open_conflicts(world.office)
    assert merge.resolve_conflict(world.office, held["id"], keep="incoming")["tell_unit"] == ""
    assert office_kept(world.office) == []


def test_the_command_line_says_whom_to_tell(world, tmp_path, capsys):
    u, _ = _kept(world, tmp_path)
    [held] = open_conflicts(world.office)
    db = str(world.office.path)
    capsys.readouterr()
    assert run(["package", "resolve", "--db", db, "--id", str(held["id"]), "--keep", "current"]) == 0
    out = capsys.readouterr().out
    assert f"须告知：{u.name} {MAY} 办公室保留了代填的版本，未采用该单位报送的第1版" in out
    assert f"“办公室保留了代贵单位填报的 {MAY} 版本，贵单位报送的第1版未采用（保存在办公室的历史中）”" in out
    assert "回执和方案包不带填报内容" in out
    assert run(["package", "status", "--db", db]) == 0
    out = capsys.readouterr().out
    assert f"须告知：{u.name} {MAY} 办公室保留了代填的版本，未采用该单位报送的第1版" in out
