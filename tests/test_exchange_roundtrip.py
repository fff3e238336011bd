"""Office ↔ units round trip, and the merge rules: idempotence, supersede, own unit only,
accepted months held as conflicts, key changes waiting for a person."""

from __future__ import annotations

import json
import sqlite3

import pytest
from helpers_exchange import JUNE, MAY, dump, repack, table_rows

from desktop.devtools.exchange_plan import make_plan
from desktop.errors import UserError
from desktop.exchange import importer, keys, merge, plan_package, receipt, registration
from desktop.store import entries as E, open_workspace, queries as Q
from desktop.store.exchange_keys import key_changes, pinned_key
from desktop.store.plans import corrected_fields, edit_task, save_plan, task_history
from desktop.store.receipts import month_states, open_conflicts


def _office_entries(world, unit_name, month):
    unit_id = Q.unit_id(world.office, world.office_plan_id, unit_name)
    return {r["task_key"]: r for r in E.entries(world.office, unit_id=unit_id, month=month)}


def _unit_entries(u, month):
    return {r["task_key"]: r for r in E.entries(u.ws, unit_id=u.unit_id, month=month)}


def _values_by_position(ws, entry):
    return sorted((ws.conn.execute("SELECT position FROM targets WHERE id = ?", (t,)).fetchone()[0], v)
                  for t, v in entry["values"].items())


def _assert_same(world, u, month):
    office, unit = _office_entries(world, u.name, month), _unit_entries(u, month)
    assert office.keys() == unit.keys() and office
    for key, e in unit.items():
        o = office[key]
        assert (o["progress"], o["status"], o["problems"], o["revision"], o["state"]) == \
            (e["progress"], e["status"], e["problems"], e["revision"], "submitted")
        assert _values_by_position(world.office, o) == _values_by_position(u.ws, e)


def test_round_trip_office_three_units_return_correct_accept(world, tmp_path):
    counts = {}
    for u in world.units:
        counts[(u.name, MAY)] = u.enter_month(MAY)
    counts[(world.unit(0).name, JUNE)] = world.unit(0).enter_month(JUNE)
    files = [world.unit(0).export(tmp_path / "u0.luoshi", MAY, JUNE),
             world.unit(1).export(tmp_path / "u1.luoshi", MAY),
             world.unit(2).export(tmp_path / "u2.luoshi", MAY)]
    outcomes = world.import_office(*files)
    assert [o.status for o in outcomes] == ["imported"] * 3, [o.line() for o in outcomes]
    for (name, month), n in counts.items():
        assert len(_office_entries(world, name, month)) == n
    for u in world.units:
        _assert_same(world, u, MAY)
    _assert_same(world, world.unit(0), JUNE)
    titles = {a["title"] for a in E.articles(world.office)}
    assert titles == {f"{u.name}{MAY}信息" for u in world.units} | {f"{world.unit(0).name}{JUNE}信息"}

    # the office returns unit 1's May; the unit imports the receipt and the month reopens
    u1 = world.unit(1)
    merge.return_month(world.office, u1.name, MAY, "进展写得太简略，请补充数据来源")
    merge.accept_month(world.office, world.unit(2).name, MAY)
    rfile = receipt.export_receipt(world.office, u1.name, tmp_path / "r1.luoshi").path
    [out] = importer.import_files(u1.ws, [rfile])
    assert out.status == "imported" and out.details["reopened"] == [MAY]
    assert not E.is_locked(u1.ws, u1.unit_id, MAY)
    [state] = receipt.receipt_states(u1.ws, u1.name)
    assert (state["month"], state["state"], state["reason"]) == (MAY, "returned", "进展写得太简略，请补充数据来源")
    history = [h["reason"] for h in E.history(u1.ws, next(iter(_unit_entries(u1, MAY).values()))["id"])]
    assert history == ["提交", "重新打开：办公室退回：进展写得太简略，请补充数据来源"]

    # correct, resubmit, resend: the office supersedes revision 1 with 2, then accepts
    u1.enter_month(MAY, note="（已补充数据来源）")
    f2 = u1.export(tmp_path / "u1-r2.luoshi", MAY)
    [out] = world.import_office(f2)
    assert out.status == "imported" and out.details["months"][0]["outcome"] == "superseded"
    _assert_same(world, u1, MAY)
    assert all("已补充数据来源" in e["progress"] for e in _office_entries(world, u1.name, MAY).values())
    merge.accept_month(world.office, u1.name, MAY)
    states = {(r["unit"], r["month"]): (r["revision"], r["state"]) for r in month_states(world.office)}
    assert states[(u1.name, MAY)] == (2, "accepted")
    assert states[(world.unit(2).name, MAY)] == (1, "accepted")
    assert states[(world.unit(0).name, JUNE)] == (1, "received")

    # every entry exactly once; the office history holds both revisions of each entry
    for entry in _office_entries(world, u1.name, MAY).values():
        revs = [(h["revision"], h["snapshot"]["progress"]) for h in E.history(world.office, entry["id"])]
        assert [r for r, _ in revs] == [1, 2]
        assert "已补充" not in revs[0][1] and "已补充" in revs[1][1]
    unit_id = Q.unit_id(world.office, world.office_plan_id, u1.name)
    revisions = world.office.conn.execute(
        "SELECT revision, status FROM exchange_revisions WHERE unit_id = ? AND month = ? ORDER BY revision",
        (unit_id, MAY)).fetchall()
    assert revisions == [(1, "superseded"), (2, "current")]
    dup = world.office.conn.execute("SELECT COUNT(*) FROM monthly_entries GROUP BY task_id, unit_id, month "
                                    "HAVING COUNT(*) > 1").fetchall()
    assert dup == []
    # the unit learns of the acceptance
    rfile2 = receipt.export_receipt(world.office, u1.name, tmp_path / "r1b.luoshi").path
    [out] = importer.import_files(u1.ws, [rfile2])
    assert [(s["revision"], s["state"]) for s in receipt.receipt_states(u1.ws, u1.name)] == [(2, "accepted")]
    # audit: who, what, when, which package
    audits = [json.loads(r[0]) for r in world.office.conn.execute(
        "SELECT detail FROM audit_log WHERE action = 'package_import' ORDER BY id")]
    assert [a["file"] for a in audits] == ["u0.luoshi", "u1.luoshi", "u2.luoshi", "u1-r2.luoshi"]
    assert all(len(a["sha256"]) == 64 and a["package_id"] for a in audits)


def test_same_package_twice_and_same_month_in_another_package_change_nothing(world, tmp_path):
    u = world.unit(0)
    u.enter_month(MAY)
    f = u.export(tmp_path / "a.luoshi", MAY)
    assert world.import_office(f)[0].status == "imported"
    before = world.office_dump()
    again = world.import_office(f)[0]
    assert again.status == "unchanged" and "导入过" in again.message
    assert world.office_dump() == before
    # a new package (new id, new time) with the same month content: recorded, data unchanged
    f2 = u.export(tmp_path / "b.luoshi", MAY)
    content = ("monthly_entries", "entry_values", "entry_history", "info_articles", "exchange_receipts",
               "exchange_revisions", "exchange_keys")
    rows_before = {table: table_rows(world.office, table) for table in content}
    out = world.import_office(f2)[0]
    assert out.status == "unchanged" and out.details["months"][0]["outcome"] == "unchanged"
    assert {table: table_rows(world.office, table) for table in content} == rows_before
    assert len(table_rows(world.office, "exchange_packages")) == 2
    assert world.office.conn.execute("SELECT COUNT(*) FROM entry_history").fetchone()[0] == \
        len(_office_entries(world, u.name, MAY))


def test_older_revision_arriving_late_is_kept_but_not_applied(world, tmp_path):
    u = world.unit(0)
    u.enter_month(MAY)
    old = u.export(tmp_path / "r1.luoshi", MAY)
    E.reopen_month(u.ws, u.unit_id, MAY, "补充")
    u.enter_month(MAY, note="第二版")
    new = u.export(tmp_path / "r2.luoshi", MAY)
    assert world.import_office(new)[0].status == "imported"
    out = world.import_office(old)[0]
    assert out.details["months"][0]["outcome"] == "older"
    assert all("第二版" in e["progress"] for e in _office_entries(world, u.name, MAY).values())
    statuses = world.office.conn.execute("SELECT revision, status FROM exchange_revisions ORDER BY revision").fetchall()
    assert statuses == [(1, "older"), (2, "current")]


def test_a_package_changes_only_its_own_units_data(world, tmp_path):
    a, b = world.unit(0), world.unit(1)
    a.enter_month(MAY)
    b.enter_month(MAY)
    assert world.import_office(b.export(tmp_path / "b.luoshi", MAY))[0].ok
    fa = a.export(tmp_path / "a.luoshi", MAY)
    assert world.import_office(fa)[0].ok
    b_rows = _office_entries(world, b.name, MAY)
    before = world.office_dump()
    # A's key now speaks for A only: a package claiming to be B, signed by A, is refused
    ident_a = keys.own_identity(a.ws, create=False)
    forged = repack(fa, tmp_path / "forged.luoshi", sign_with=ident_a,
                    payload=lambda p: {**p, "unit": b.name},
                    manifest=lambda m: m["sender"].update(unit=b.name))
    out = world.import_office(forged)[0]
    assert out.status == "refused" and out.problem == "key_changed"
    # content says B while the signed sender is A: refused as well
    mixed = repack(fa, tmp_path / "mixed.luoshi", sign_with=ident_a, payload=lambda p: {**p, "unit": b.name})
    out = world.import_office(mixed)[0]
    assert out.status == "refused" and out.problem == "wrong_unit"
    assert _office_entries(world, b.name, MAY) == b_rows
    changed = [line for line in world.office_dump() if line not in before]
    assert all("exchange_key_changes" in line or "audit_log" in line for line in changed)


def test_unpinned_unit_cannot_borrow_another_units_key(world, tmp_path):
    a, c = world.unit(0), world.unit(2)
    a.enter_month(MAY)
    fa = a.export(tmp_path / "a.luoshi", MAY)
    assert world.import_office(fa)[0].ok
    before = world.office_dump()
    forged = repack(fa, tmp_path / "c.luoshi", sign_with=keys.own_identity(a.ws, create=False),
                    payload=lambda p: {**p, "unit": c.name}, manifest=lambda m: m["sender"].update(unit=c.name))
    out = world.import_office(forged)[0]
    assert out.problem == "wrong_unit" and a.name in out.message
    assert world.office_dump() == before


def test_accepted_month_is_not_overwritten_conflict_keeps_both(world, tmp_path):
    u = world.unit(0)
    u.enter_month(MAY)
    world.import_office(u.export(tmp_path / "r1.luoshi", MAY))
    merge.accept_month(world.office, u.name, MAY)
    accepted = _office_entries(world, u.name, MAY)
    E.reopen_month(u.ws, u.unit_id, MAY, "自行更正")
    u.enter_month(MAY, note="更正")
    f2 = u.export(tmp_path / "r2.luoshi", MAY)
    out = world.import_office(f2)[0]
    assert out.details["months"][0]["outcome"] == "conflict"
    assert _office_entries(world, u.name, MAY) == accepted           # nothing overwritten
    [c] = open_conflicts(world.office)
    assert (c["month"], c["revision"], c["current_revision"]) == (MAY, 2, 1)
    both = merge.conflict_versions(world.office, c["id"])
    assert both["current"]["revision"] == 1 and both["incoming"]["revision"] == 2
    assert "更正" in both["incoming"]["entries"][0]["progress"]
    assert world.import_office(f2)[0].status == "unchanged"          # held once only
    # keep the accepted version: nothing changes but the conflict's status
    merge.resolve_conflict(world.office, c["id"], keep="current")
    assert open_conflicts(world.office) == []
    assert _office_entries(world, u.name, MAY) == accepted


def test_conflict_resolved_by_taking_the_incoming_version(world, tmp_path):
    u = world.unit(0)
    u.enter_month(MAY)
    world.import_office(u.export(tmp_path / "r1.luoshi", MAY))
    merge.accept_month(world.office, u.name, MAY)
    E.reopen_month(u.ws, u.unit_id, MAY, "自行更正")
    u.enter_month(MAY, note="更正")
    world.import_office(u.export(tmp_path / "r2.luoshi", MAY))
    [c] = open_conflicts(world.office)
    merge.resolve_conflict(world.office, c["id"], keep="incoming", actor="王主任")
    _assert_same(world, u, MAY)
    [state] = month_states(world.office, unit_id=c["unit_id"])
    assert (state["revision"], state["state"], state["decided_by"]) == (2, "accepted", "王主任")
    entry = next(iter(_office_entries(world, u.name, MAY).values()))
    assert [h["revision"] for h in E.history(world.office, entry["id"])] == [1, 2]


def test_key_change_is_refused_and_waits_for_a_decision(world, tmp_path):
    u = world.unit(0)
    u.enter_month(MAY)
    f1 = u.export(tmp_path / "a.luoshi", MAY)
    world.import_office(f1)
    before_entries = table_rows(world.office, "monthly_entries")
    new_key = keys.generate_identity()
    E.reopen_month(u.ws, u.unit_id, MAY, "重装后重报")
    u.enter_month(MAY, note="重装")
    f2 = repack(u.export(tmp_path / "b.luoshi", MAY), tmp_path / "b2.luoshi", sign_with=new_key)
    out = world.import_office(f2)[0]
    assert out.status == "refused" and out.problem == "key_changed" and out.key_change_id
    assert new_key.fingerprint in out.message and "核对指纹" in out.message
    assert table_rows(world.office, "monthly_entries") == before_entries
    [pending] = key_changes(world.office)
    assert (pending["unit"], pending["new_fingerprint"]) == (u.name, new_key.fingerprint)
    keys.decide_key_change(world.office, pending["id"], accept=True, actor="王主任")
    out = world.import_office(f2)[0]
    assert out.status == "imported"
    unit_id = Q.unit_id(world.office, world.office_plan_id, u.name)
    pinned = pinned_key(world.office, world.office_plan_id, "unit", unit_id)
    assert pinned is not None and pinned.fingerprint == new_key.fingerprint


def test_plan_update_keeps_the_units_entries(world, tmp_path):
    u = world.unit(0)
    u.enter_month(MAY)
    before = _unit_entries(u, MAY)
    revised = make_plan(3)
    revised.tasks[0].title = "重点任务1（修订）"
    save_plan(world.office, revised, backup=False)
    f = plan_package.export_plan(world.office, tmp_path / "plan2.luoshi").path
    out = importer.import_files(u.ws, [f])[0]
    assert out.status == "imported" and "修改 1 项" in out.message
    assert Q.tasks(u.ws, u.plan_id)[0].title == "重点任务1（修订）"
    after = _unit_entries(u, MAY)
    assert {k: (v["id"], v["progress"], v["values"]) for k, v in after.items()} == \
        {k: (v["id"], v["progress"], v["values"]) for k, v in before.items()}
    # the updated unit imports cleanly; a unit still on the old plan version is refused when it
    # reports on a task whose title the revision changed (its numbers may name other tasks now,
    # rv54u H1), and imported with a warning when every task it names is as it was
    [current] = world.import_office(u.export(tmp_path / "m.luoshi", MAY))
    assert current.status == "imported" and current.warnings == []
    world.unit(1).enter_month(MAY)
    [stale] = world.import_office(world.unit(1).export(tmp_path / "n.luoshi", MAY))
    assert stale.status == "refused" and "该单位的报送基于旧版方案" in stale.message, stale.line()
    other = world.unit(2)
    task = next(t for t in Q.tasks(other.ws, other.plan_id, unit=other.unit_id) if "（修订）" not in t.title
                and t.title != "重点任务1")
    E.save_entry(other.ws, task.id, other.unit_id, MAY, status="in_progress", progress="进展")
    E.submit_month(other.ws, other.unit_id, MAY)
    [older] = world.import_office(other.export(tmp_path / "o.luoshi", MAY))
    assert older.status == "imported" and any("方案版本" in w for w in older.warnings), older.line()


def test_a_plan_update_keeps_the_units_own_corrections_and_says_which_it_replaced(world, tmp_path):
    u = world.unit(0)
    first, second = Q.tasks(u.ws, u.plan_id)[:2]
    edit_task(u.ws, first.id, {"short_name": "本单位简称"})
    edit_task(u.ws, second.id, {"title": "本单位改的标题"})
    revised = make_plan(3)
    revised.tasks[1].title = "办公室改的标题"          # the office changed what the unit changed
    revised.tasks[2].title = "办公室另改的任务"
    save_plan(world.office, revised, backup=False)
    f = plan_package.export_plan(world.office, tmp_path / "plan2.luoshi").path
    [out] = importer.import_files(u.ws, [f])
    assert out.status == "imported", out.line()
    titles = {t.id: t for t in Q.tasks(u.ws, u.plan_id)}
    assert Q.task_detail(u.ws, first.id)["short_name"] == "本单位简称"     # the office left it: kept
    assert titles[second.id].title == "办公室改的标题"                     # the office changed it: its value
    assert "本单位改过" in out.message and "本单位改的标题" in out.message and "办公室改的标题" in out.message
    assert corrected_fields(u.ws, first.id) == ["short_name"] and corrected_fields(u.ws, second.id) == []
    newest = task_history(u.ws, second.id)[0]
    assert (newest["old"], newest["new"], newest["source"]) == ("本单位改的标题", "办公室改的标题", "方案修订")
    # the same package again changes nothing and replaces nothing
    [again] = importer.import_files(u.ws, [f])
    assert "本单位改过" not in again.message
    assert Q.task_detail(u.ws, first.id)["short_name"] == "本单位简称"


def test_a_plan_update_says_which_of_the_plans_own_fields_changed(world, tmp_path):
    """The office corrects the plan's monthly duty after saving: the unit's import says that
    the reporting day moved, and the unit's due rule follows."""
    from desktop.store import dashboard
    from desktop.store.plans import edit_plan

    u = world.unit(0)
    office_plan = Q.current_plan_id(world.office)
    assert edit_plan(world.office, office_plan, {"plan.monthly_duty": "每月12日前报送上月工作进展"})
    f = plan_package.export_plan(world.office, tmp_path / "plan2.luoshi").path
    [out] = importer.import_files(u.ws, [f])
    assert out.status == "imported", out.line()
    assert "方案信息有变化：月度报送要求" in out.message and "每月12日前报送上月工作进展" in out.message
    assert dashboard.due_rule(u.ws, u.plan_id).day == 12
    [again] = importer.import_files(u.ws, [f])
    assert "方案信息有变化" not in again.message


def test_old_receipt_imported_late_does_not_undo_a_newer_one(world, tmp_path):
    u = world.unit(0)
    u.enter_month(MAY)
    world.import_office(u.export(tmp_path / "a.luoshi", MAY))
    early = receipt.export_receipt(world.office, u.name, tmp_path / "early.luoshi").path
    merge.accept_month(world.office, u.name, MAY)
    late = receipt.export_receipt(world.office, u.name, tmp_path / "late.luoshi").path
    importer.import_files(u.ws, [late])
    before = dump(u.ws.path)
    out = importer.import_files(u.ws, [early])[0]
    assert out.status == "imported" and out.details["changed"] == 0
    assert [s["state"] for s in receipt.receipt_states(u.ws, u.name)] == ["accepted"]
    changed = [line for line in dump(u.ws.path) if line not in before]
    assert all("exchange_packages" in line or "audit_log" in line for line in changed)


def _attach(u, tmp_path, content: bytes, name: str = "照片.jpg") -> str:
    """Add an attachment to the unit's first May entry the way the client stores one."""
    import hashlib

    folder = u.ws.path.parent / "files"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(content)
    entry = next(iter(_unit_entries(u, MAY).values()))
    digest = hashlib.sha256(content).hexdigest()
    with u.ws.transaction():
        u.ws.conn.execute("INSERT INTO attachments(entry_id, file_name, stored_path, sha256, size, added_at) "
                          "VALUES (?, ?, ?, ?, ?, '2024-05-28T10:00:00')",
                          (entry["id"], name, f"files/{name}", digest, len(content)))
    return digest


def test_attachments_travel_and_are_stored_by_hash(world, tmp_path):
    from desktop.exchange.submission import resolve_attachment

    u = world.unit(0)
    u.enter_month(MAY)
    content = bytes(range(256)) * 40
    digest = _attach(u, tmp_path, content)
    f = u.export(tmp_path / "a.luoshi", MAY)
    [out] = world.import_office(f)
    assert out.status == "imported"
    [row] = world.office.conn.execute("SELECT file_name, stored_path, sha256, size FROM attachments").fetchall()
    assert (row[0], row[2], row[3]) == ("照片.jpg", digest, len(content))
    assert resolve_attachment(world.office, row[1]).read_bytes() == content
    # the unit's file changed after it was added: export refuses instead of sending a mismatch
    (u.ws.path.parent / "files" / "照片.jpg").write_bytes(b"changed")
    E.reopen_month(u.ws, u.unit_id, MAY, "改附件")
    E.submit_month(u.ws, u.unit_id, MAY)
    with pytest.raises(UserError, match="改动过"):
        u.export(tmp_path / "b.luoshi", MAY)


def test_registration_file_pins_a_units_key_before_its_first_package(world, tmp_path):
    u = world.unit(1)
    reg = tmp_path / "reg.json"
    body = registration.export_registration(u.ws, u.name, reg)
    result = registration.import_registration(world.office, reg)
    assert result == {"unit": u.name, "fingerprint": body["fingerprint"], "status": "pinned"}
    assert registration.import_registration(world.office, reg)["status"] == "unchanged"
    u.enter_month(MAY)
    [out] = world.import_office(u.export(tmp_path / "a.luoshi", MAY))
    assert out.status == "imported" and out.details["key_pinned"] is False
    # a tampered file is refused; a registration with another key waits for a decision
    tampered = json.loads(reg.read_text(encoding="utf-8"))
    tampered["unit"] = world.unit(2).name
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(tampered, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(UserError, match="签名无效"):
        registration.import_registration(world.office, bad)
    other = tmp_path / "other-ws"
    other.mkdir()
    with open_workspace(other / "u.sqlite") as again:          # the unit reinstalled: a new key
        importer.import_files(again, [world.plan_file])
        registration.export_registration(again, u.name, tmp_path / "reg2.json")
    result = registration.import_registration(world.office, tmp_path / "reg2.json")
    assert result["status"] == "key_change"
    assert [k["id"] for k in key_changes(world.office)] == [result["change_id"]]


def test_a_stale_conflict_cannot_overwrite_a_newer_revision(world, tmp_path):
    u = world.unit(0)
    u.enter_month(MAY)
    world.import_office(u.export(tmp_path / "r1.luoshi", MAY))
    merge.accept_month(world.office, u.name, MAY)
    for n, note in ((2, "二"), (3, "三")):
        E.reopen_month(u.ws, u.unit_id, MAY, "更正")
        u.enter_month(MAY, note=note)
        if n == 2:
            world.import_office(u.export(tmp_path / "r2.luoshi", MAY))      # held: May was accepted
            merge.return_month(world.office, u.name, MAY, "请重报")
        else:
            world.import_office(u.export(tmp_path / "r3.luoshi", MAY))      # returned: applies
    [stale] = open_conflicts(world.office)
    assert (stale["revision"], stale["current_revision"]) == (2, 3)
    with pytest.raises(UserError, match="已过时"):
        merge.resolve_conflict(world.office, stale["id"], keep="incoming")
    merge.resolve_conflict(world.office, stale["id"], keep="current")
    assert all("三" in e["progress"] for e in _office_entries(world, u.name, MAY).values())


def test_a_busy_workspace_refuses_without_writing(world, tmp_path):
    import sqlite3

    u = world.unit(0)
    u.enter_month(MAY)
    f = u.export(tmp_path / "a.luoshi", MAY)
    world.office.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(world.office.path, timeout=0.05)
    other.execute("BEGIN IMMEDIATE")                     # another program holds the write lock
    try:
        [out] = world.import_office(f)
    finally:
        other.rollback()
        other.close()
    assert (out.status, out.problem) == ("refused", "busy")
    assert world.office.conn.execute("SELECT COUNT(*) FROM monthly_entries").fetchone()[0] == 0
    assert world.import_office(f)[0].status == "imported"


def test_office_key_change_on_a_plan_package_waits_for_the_unit(world, tmp_path):
    """The office reinstalled: its next plan package carries a new key; the unit decides."""
    u = world.unit(0)
    u.enter_month(MAY)
    new_office_key = keys.generate_identity()
    revised = make_plan(3)
    revised.tasks[1].title = "重点任务2（修订）"
    save_plan(world.office, revised, backup=False)
    signed = repack(plan_package.export_plan(world.office, tmp_path / "p2.luoshi").path,
                    tmp_path / "p2-newkey.luoshi", sign_with=new_office_key)
    entries_before = table_rows(u.ws, "monthly_entries")
    [out] = importer.import_files(u.ws, [signed])
    assert out.problem == "key_changed" and "领导小组办公室" in out.message
    assert Q.tasks(u.ws, u.plan_id)[1].title == "重点任务2"
    [change] = key_changes(u.ws)
    assert (change["party"], change["new_fingerprint"]) == ("office", new_office_key.fingerprint)
    keys.decide_key_change(u.ws, change["id"], accept=True)
    [out] = importer.import_files(u.ws, [signed])
    assert out.status == "imported"
    assert Q.tasks(u.ws, u.plan_id)[1].title == "重点任务2（修订）"
    assert table_rows(u.ws, "monthly_entries") == entries_before


def test_an_import_batch_backs_the_office_up_once_before_writing(world, tmp_path):
    from desktop.store.workspace import list_backups

    files = []
    for i, u in enumerate(world.units):
        u.enter_month(MAY)
        files.append(u.export(tmp_path / f"b{i}.luoshi", MAY))
    before = set(list_backups(world.office.path))
    assert [o.status for o in world.import_office(*files)] == ["imported"] * 3
    made = [p for p in list_backups(world.office.path) if p not in before]
    assert len(made) == 1 and "before-package-import" in made[0].name
    # the backup holds the office as it was before the batch: none of the three months
    conn = sqlite3.connect(made[0])
    assert conn.execute("SELECT COUNT(*) FROM monthly_entries").fetchone()[0] == 0
    conn.close()
    # importing the same files again writes nothing, and so backs nothing up
    assert {o.status for o in world.import_office(*files)} == {"unchanged"}
    assert len(list_backups(world.office.path)) == len(before) + 1


def test_after_an_import_the_workspace_file_alone_holds_everything(world, tmp_path):
    import shutil

    world.unit(0).enter_month(MAY)
    package = world.unit(0).export(tmp_path / "w.luoshi", MAY)
    assert [o.status for o in world.import_office(package)] == ["imported"]
    copy = tmp_path / "copied-without-wal.sqlite"
    shutil.copy(world.office.path, copy)          # what a clerk copies to a USB stick
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT COUNT(*) FROM monthly_entries").fetchone()[0] > 0
    conn.close()


def test_search_finds_a_batchs_entries_and_a_newer_revisions_words_only(world, tmp_path):
    """The entries a batch writes (several per statement) are in the full-text index, in task
    order with their ids; a newer revision's words replace the old ones in the index."""
    files = []
    for i, u in enumerate(world.units):
        u.enter_month(MAY, note=f"批次{i}")
        files.append(u.export(tmp_path / f"s{i}.luoshi", MAY))
    assert [o.status for o in world.import_office(*files)] == ["imported"] * 3
    ws, plan_id = world.office, world.office_plan_id
    for i, u in enumerate(world.units):
        rows = E.entries(ws, unit_id=Q.unit_id(ws, plan_id, u.name), month=MAY)
        assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)      # written in the plan's order
        assert Q.task_ids_matching(ws, plan_id, f"进展批次{i}") == {r["task_id"] for r in rows}
    ws.conn.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES ('integrity-check', 1)")
    u = world.unit(1)
    ids_before = {k: r["id"] for k, r in _office_entries(world, u.name, MAY).items()}
    E.reopen_month(u.ws, u.unit_id, MAY, "补充")
    u.enter_month(MAY, note="改写后")
    assert world.import_office(u.export(tmp_path / "s1-r2.luoshi", MAY))[0].status == "imported"
    after = _office_entries(world, u.name, MAY)
    assert {k: r["id"] for k, r in after.items()} == ids_before          # updated in place
    assert Q.task_ids_matching(ws, plan_id, "进展改写后") == {r["task_id"] for r in after.values()}
    assert Q.task_ids_matching(ws, plan_id, "进展批次1") == set()
    assert Q.task_ids_matching(ws, plan_id, "进展批次2") == {r["task_id"] for r in after.values()}
    ws.conn.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES ('integrity-check', 1)")
