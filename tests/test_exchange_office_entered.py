"""The office entered a unit's month itself (设置 → 身份与联络员 → 「代哪个单位填报」), and then the unit's own
package arrives with that month. Nothing is lost: where the two differ the package's month waits beside the
office's as a conflict, both shown, the person chooses; what the month holds (and every report reads) is the
office's until then, the chosen one after. Where they are the same the package is simply received."""

from __future__ import annotations

import json

from helpers_exchange import MAY, UnitSide

from desktop.commands import run
from desktop.exchange import merge
from desktop.store import entries as E, queries as Q
from desktop.store.receipts import open_conflicts, receipt


def _office_side(world, u: UnitSide) -> UnitSide:
    """The office workspace entering for unit ``u`` (as the office inside it does)."""
    return UnitSide(u.name, world.office, world.office_plan_id, Q.unit_id(world.office, world.office_plan_id, u.name))


def _progress(world, unit_id: int) -> set[str]:
    return {e["progress"] for e in E.entries(world.office, unit_id=unit_id, month=MAY)}


def _articles(world, unit_id: int) -> set[str]:
    return {a["title"] for a in E.articles(world.office, unit_id=unit_id, month=MAY)}


def _office_enters_then_unit_sends(world, tmp_path) -> tuple[UnitSide, UnitSide, list]:
    u = world.unit(1)
    office = _office_side(world, u)
    office.enter_month(MAY, note="（办公室代填）")
    u.enter_month(MAY, note="（单位自报）")
    outcomes = world.import_office(u.export(tmp_path / "may.luoshi", MAY))
    return u, office, outcomes


def test_the_units_differing_month_waits_beside_the_offices_and_nothing_is_overwritten(world, tmp_path):
    u, office, [outcome] = _office_enters_then_unit_sends(world, tmp_path)
    assert outcome.status == "imported"
    assert [m["outcome"] for m in outcome.details["months"]] == ["office_conflict"]
    assert "办公室已代该单位填报" in outcome.message
    # the month still holds what the office entered: the reports read it until someone chooses
    assert _progress(world, office.unit_id) and all("办公室代填" in p for p in _progress(world, office.unit_id))
    assert _articles(world, office.unit_id) == {f"{u.name}{MAY}信息（办公室代填）"}
    [held] = open_conflicts(world.office)
    assert (held["unit"], held["month"], held["current_revision"]) == (u.name, MAY, None)
    # both shown side by side: the office's version and the unit's
    versions = merge.conflict_versions(world.office, held["id"])
    assert versions["current_from"] == "office"
    assert {e["progress"] for e in versions["current"]["entries"]} == _progress(world, office.unit_id)
    assert all("单位自报" in e["progress"] for e in versions["incoming"]["entries"])
    assert [a["title"] for a in versions["current"]["articles"]] == [f"{u.name}{MAY}信息（办公室代填）"]
    assert "有待处理的版本冲突" in merge.refusals(world.office, u.name, MAY)["accept"]


def test_choosing_the_units_version_adopts_it_and_keeps_the_offices(world, tmp_path):
    u, office, _ = _office_enters_then_unit_sends(world, tmp_path)
    [held] = open_conflicts(world.office)
    merge.resolve_conflict(world.office, held["id"], keep="incoming")
    assert all("单位自报" in p for p in _progress(world, office.unit_id))
    assert _articles(world, office.unit_id) == {f"{u.name}{MAY}信息（单位自报）"}
    assert receipt(world.office, office.unit_id, MAY).state == "accepted"
    assert open_conflicts(world.office) == []
    # the office's own version is not lost: it is kept among the month's versions
    kept = world.office.conn.execute(
        "SELECT revision, status, payload FROM exchange_revisions WHERE unit_id = ? AND month = ? AND revision = 0",
        (office.unit_id, MAY)).fetchall()
    assert [(r, s) for r, s, _ in kept] == [(0, "superseded")]
    payload = json.loads(kept[0][2])
    assert all("办公室代填" in e["progress"] for e in payload["entries"])
    assert [a["title"] for a in payload["articles"]] == [f"{u.name}{MAY}信息（办公室代填）"]


def test_choosing_the_offices_version_keeps_it_and_the_same_package_changes_nothing_again(world, tmp_path):
    u, office, _ = _office_enters_then_unit_sends(world, tmp_path)
    [held] = open_conflicts(world.office)
    merge.resolve_conflict(world.office, held["id"], keep="current")
    assert all("办公室代填" in p for p in _progress(world, office.unit_id))
    assert open_conflicts(world.office) == []
    [again] = world.import_office(u.export(tmp_path / "may-again.luoshi", MAY))
    assert again.status == "unchanged" and open_conflicts(world.office) == []
    assert all("办公室代填" in p for p in _progress(world, office.unit_id))


def test_the_same_month_as_the_office_entered_is_simply_received(world, tmp_path):
    u = world.unit(1)
    office = _office_side(world, u)
    office.enter_month(MAY, note="同")
    u.enter_month(MAY, note="同")
    [outcome] = world.import_office(u.export(tmp_path / "may.luoshi", MAY))
    assert [m["outcome"] for m in outcome.details["months"]] == ["new"]
    assert open_conflicts(world.office) == [] and receipt(world.office, office.unit_id, MAY).state == "received"


def test_a_unit_the_office_never_entered_for_is_received_as_before(world, tmp_path):
    u = world.unit(2)
    u.enter_month(MAY)
    [outcome] = world.import_office(u.export(tmp_path / "may.luoshi", MAY))
    assert [m["outcome"] for m in outcome.details["months"]] == ["new"]


def test_the_command_line_import_says_so_and_resolve_chooses(world, tmp_path, capsys):
    u = world.unit(1)
    office = _office_side(world, u)
    office.enter_month(MAY, note="（办公室代填）")
    u.enter_month(MAY, note="（单位自报）")
    package = u.export(tmp_path / "may.luoshi", MAY)
    db = str(world.office.path)
    assert run(["package", "import", "--db", db, str(package)]) == 0
    out = capsys.readouterr().out
    assert "办公室已代该单位填报" in out and "待选择" in out
    assert all("办公室代填" in p for p in _progress(world, office.unit_id))
    assert run(["package", "status", "--db", db]) == 0
    out = capsys.readouterr().out
    [held] = open_conflicts(world.office)
    assert f"冲突 {held['id']}：{u.name} {MAY} 办公室已代该单位填报，又收到该单位的第1版" in out
    assert "None" not in out
    assert run(["package", "resolve", "--db", db, "--id", str(held["id"]), "--keep", "incoming"]) == 0
    assert "已采用新版本" in capsys.readouterr().out
    assert all("单位自报" in p for p in _progress(world, office.unit_id))


def _report_text(world, tmp_path, name: str, unit: str) -> str:
    from docx import Document

    out = tmp_path / name
    assert run(["report", "half-year", "--db", str(world.office.path), "--year", "2024", "--unit", unit,
                "--out", str(out)]) == 0
    doc = Document(str(out))
    return "\n".join(p.text for p in doc.paragraphs) + "\n".join(
        c.text for t in doc.tables for r in t.rows for c in r.cells)


def test_the_report_says_the_offices_version_until_the_units_is_chosen(world, tmp_path, capsys):
    u, office, _ = _office_enters_then_unit_sends(world, tmp_path)
    before = _report_text(world, tmp_path, "before.docx", u.name)
    assert "办公室代填" in before and "单位自报" not in before
    [held] = open_conflicts(world.office)
    merge.resolve_conflict(world.office, held["id"], keep="incoming")
    after = _report_text(world, tmp_path, "after.docx", u.name)
    assert "单位自报" in after and "办公室代填" not in after
