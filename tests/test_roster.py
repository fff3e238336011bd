"""The roster (单位名册) on seed 004, whose tasks name 各县市区 without listing them: the office
lists the districts, the plan package carries them, a district has the group's tasks, its
package is accepted and it counts once under its own name. A district the roster did not know
starts from its registration file; a plan whose groups were never expanded tells the district
what to ask. Every refusal: Chinese, exit 2, the workspace bytes as they were."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from helpers_seeds import seed_path

from desktop.commands import run
from desktop.core.parse import parse_text, read_plan_file
from desktop.errors import UserError
from desktop.exchange import importer, plan_package
from desktop.exchange.registration import UnknownUnit, export_registration, import_registration
from desktop.exchange.submission import export_submission
from desktop.store import dashboard as D, entries as E, open_workspace, queries as Q, roster as R
from desktop.store.plans import save_plan

MAY = "2024-05"
GROUP = "各县市区"


def file_bytes(path: Path) -> bytes:
    """The workspace as stored: the file and its write-ahead log, if any."""
    wal = Path(str(path) + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture(scope="module")
def plan004():
    return parse_text(read_plan_file(seed_path("004")))


def office_ws(tmp_path: Path, plan004):
    ws = open_workspace(tmp_path / "office.sqlite")
    plan_id = save_plan(ws, plan004, backup=False).plan_id
    ws.set_setting("role", "office")
    return ws, plan_id


def unit_from_package(tmp_path: Path, name: str, package: Path, *, declare: str | None = None):
    ws = open_workspace(tmp_path / f"{name}.sqlite")
    ws.set_setting("role", "unit")
    [outcome] = importer.import_files(ws, [package])
    assert outcome.status == "imported", outcome.line()
    plan_id = Q.current_plan_id(ws)
    if declare:
        unit_id = R.declare_own_unit(ws, plan_id, name, declare)
    else:
        unit_id = Q.unit_id(ws, plan_id, name)
    ws.set_setting("unit_id", str(unit_id))
    return ws, plan_id, unit_id, outcome


def fill_and_submit(ws, plan_id: int, unit_id: int, month: str = MAY) -> int:
    tasks = Q.tasks(ws, plan_id, unit=unit_id)
    for task in tasks:
        E.save_entry(ws, task.id, unit_id, month, status="in_progress", progress=f"{task.title}进展",
                     problems="", next_steps="下月继续", values={})
    E.submit_month(ws, unit_id, month)
    return len(tasks)


def group_tasks(ws, plan_id: int) -> int:
    group = Q.unit_id(ws, plan_id, GROUP)
    return len(Q.tasks(ws, plan_id, unit=group))


# ---- the store's rules -------------------------------------------------------------------------

def test_members_add_tasks_and_every_change_is_in_the_history(tmp_path, plan004):
    ws, plan_id = office_ws(tmp_path, plan004)
    assert R.empty_groups(ws, plan_id) == [GROUP]
    changes = R.change_members(ws, plan_id, GROUP, add=["茅箭区", "张湾区"])
    assert changes == {"added": ["茅箭区", "张湾区"], "removed": [], "created": ["茅箭区", "张湾区"]}
    R.add_alias(ws, plan_id, "茅箭区", "茅箭区人民政府")
    R.set_liaison(ws, plan_id, "茅箭区人民政府", "王芳", "0719-8123456")
    R.add_unit(ws, plan_id, "郧阳区", group=GROUP)
    R.change_members(ws, plan_id, GROUP, remove=["张湾区"])
    units = {u.name: u for u in R.roster(ws, plan_id)}
    assert units[GROUP].members == ["茅箭区", "郧阳区"]
    assert units["茅箭区"].groups == [GROUP] and units["茅箭区"].aliases == ["茅箭区人民政府"]
    assert (units["茅箭区"].liaison, units["茅箭区"].phone) == ("王芳", "0719-8123456")
    assert R.empty_groups(ws, plan_id) == []
    mj = Q.unit_id(ws, plan_id, "茅箭区")
    assert len(Q.tasks(ws, plan_id, unit=mj)) == group_tasks(ws, plan_id) > 15
    assert [h["action"] for h in R.history(ws)] == [
        "roster_members_changed", "roster_unit_added", "roster_liaison_set", "roster_alias_added",
        "roster_members_changed"]
    assert "移出 张湾区" in R.history_line(R.history(ws)[0])
    # the office grid counts each district once under its own name, not the group
    names = [u["name"] for u in D.reporting_units(ws, plan_id)]
    assert names.count("茅箭区") == 1 and "郧阳区" in names and GROUP not in names and "张湾区" not in names


def test_a_revised_plan_text_keeps_the_roster_members(tmp_path, plan004):
    ws, plan_id = office_ws(tmp_path, plan004)
    R.change_members(ws, plan_id, GROUP, add=["茅箭区"])
    revised = parse_text(read_plan_file(seed_path("004")) + "\n")      # a new version of the same plan
    revised.source_text += "（修订）"
    result = save_plan(ws, revised, backup=False)
    assert result.plan_id == plan_id and not result.unchanged
    assert [u.members for u in R.roster(ws, plan_id) if u.name == GROUP] == [["茅箭区"]]


def test_nested_group_member_has_both_groups_tasks(tmp_path, plan004):
    ws, plan_id = office_ws(tmp_path, plan004)
    R.add_unit(ws, plan_id, "各街道", is_group=True, group=GROUP)
    R.change_members(ws, plan_id, "各街道", add=["五堰街道"])
    street = Q.unit_id(ws, plan_id, "五堰街道")
    assert set(Q.unit_scope(ws, street)) == {street, Q.unit_id(ws, plan_id, "各街道"), Q.unit_id(ws, plan_id, GROUP)}
    assert len(Q.tasks(ws, plan_id, unit=street)) == group_tasks(ws, plan_id)
    with pytest.raises(UserError, match="包含这个单位组"):
        R.change_members(ws, plan_id, "各街道", add=[GROUP])


# ---- the command line: the same rules, refusals exit 2 and change nothing -----------------------

def test_cli_roster_commands(tmp_path, plan004, capsys):
    ws, plan_id = office_ws(tmp_path, plan004)
    ws.close()
    db = str(tmp_path / "office.sqlite")
    assert run(["roster", "member", "--db", db, "--group", GROUP, "--add", "茅箭区", "张湾区"]) == 0
    assert "加入 茅箭区、张湾区" in capsys.readouterr().out
    assert run(["roster", "add", "--db", db, "丹江口市", "--group", GROUP]) == 0
    assert run(["roster", "alias", "--db", db, "--unit", "丹江口市", "--add", "丹江口"]) == 0
    assert run(["roster", "liaison", "--db", db, "--unit", "丹江口", "--name", "李明", "--phone", "0719-5212345"]) == 0
    capsys.readouterr()
    assert run(["roster", "list", "--db", db, "--json"]) == 0
    listed = {u["name"]: u for u in json.loads(capsys.readouterr().out)["units"]}
    assert listed[GROUP]["members"] == ["茅箭区", "张湾区", "丹江口市"]
    assert listed["丹江口市"]["liaison"] == "李明" and listed["丹江口市"]["aliases"] == ["丹江口"]
    assert run(["roster", "list", "--db", db]) == 0
    assert "各县市区（单位组）\t成员：茅箭区、张湾区、丹江口市" in capsys.readouterr().out


REFUSALS = [
    (["member", "--group", "各县市", "--add", "茅箭区"], "“各县市”不在单位名册中。本方案的单位组有：各县市区"),
    (["member", "--group", "市民政局", "--add", "茅箭区"], "“市民政局”不是单位组"),
    (["member", "--group", GROUP, "--add", "张湾区"], "已经是“各县市区”的成员"),
    (["member", "--group", GROUP, "--add", "郧阳区", "张湾区"], "已经是“各县市区”的成员"),   # all or nothing
    (["member", "--group", GROUP, "--remove", "市民政局"], "不是“各县市区”的成员"),
    (["member", "--group", GROUP], "没有要加入或移出的单位"),
    (["member", "--group", GROUP, "--add", "茅箭区、郧阳区"], "一次只写一个单位的名称"),
    (["add", "张湾区"], "已在单位名册中"),
    (["add", "市卫健委"], "已在单位名册中"),
    (["add", "  "], "单位名称不能为空"),
    (["add", "郧西县\u202e"], "看不见的控制字符"),
    (["add", "郧" * 41], "太长"),
    (["add", "郧西县", "--group", "各乡镇"], "“各乡镇”不在单位名册中"),
    (["alias", "--unit", "张湾区", "--add", "市民政局"], "同一个名字不能指两个单位"),
    (["alias", "--unit", "郧西县", "--add", "郧西"], "单位名册中没有“郧西县”"),
    (["alias", "--unit", "张湾区", "--add", "张湾", "--remove", "张湾区政府"], "不是“张湾区”的简称"),
    (["liaison", "--unit", "张湾区", "--name", "王芳", "--phone", "问办公室"], "电话“问办公室”的写法不对"),
    (["liaison", "--unit", "张湾区", "--name", " "], "联络员姓名不能为空"),
]


@pytest.mark.parametrize("args,words", REFUSALS, ids=[" ".join(a) for a, _ in REFUSALS])
def test_cli_refusals_exit_2_and_change_nothing(tmp_path, plan004, capsys, args, words):
    ws, plan_id = office_ws(tmp_path, plan004)
    R.change_members(ws, plan_id, GROUP, add=["张湾区"])
    ws.close()
    db = tmp_path / "office.sqlite"
    before = file_bytes(db)
    assert run(["roster", *args, "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and words in err, err
    assert file_bytes(db) == before


def test_a_unit_workspace_cannot_change_the_roster(tmp_path, plan004, capsys):
    office, plan_id = office_ws(tmp_path, plan004)
    package = plan_package.export_plan(office, tmp_path / "plan.luoshi").path
    ws, unit_plan, unit_id, _ = unit_from_package(tmp_path, "茅箭区", package, declare=GROUP)
    ws.close()
    db = tmp_path / "茅箭区.sqlite"
    before = file_bytes(db)
    for args in (["member", "--group", GROUP, "--add", "张湾区"], ["add", "张湾区"],
                 ["liaison", "--unit", "茅箭区", "--name", "王芳"], ["alias", "--unit", "茅箭区", "--add", "茅箭"]):
        assert run(["roster", *args, "--db", str(db)]) == 2
        assert "单位名册由领导小组办公室维护" in capsys.readouterr().err
    assert file_bytes(db) == before
    assert run(["roster", "list", "--db", str(db)]) == 0          # looking is fine
    assert "只能查看" in capsys.readouterr().out


# ---- the whole path: office roster → plan package → district → month → office grid -----------

def test_district_under_a_group_reports_through_the_roster(tmp_path, plan004):
    office, plan_id = office_ws(tmp_path, plan004)
    R.change_members(office, plan_id, GROUP, add=["茅箭区", "张湾区"])
    R.set_liaison(office, plan_id, "张湾区", "赵敏", "0719-8600000")
    package = plan_package.export_plan(office, tmp_path / "plan.luoshi").path
    ws, unit_plan, unit_id, outcome = unit_from_package(tmp_path, "茅箭区", package)
    assert unit_id is not None and outcome.details["pending_unit"] == ""
    n = fill_and_submit(ws, unit_plan, unit_id)
    assert n == group_tasks(ws, unit_plan) > 15
    assert R.pending_notice(ws, unit_plan, unit_id) == ""
    assert R.is_readonly(ws, unit_plan)
    # the office's liaisons came along; the roster is the office's
    assert {u.name: u.liaison for u in R.roster(ws, unit_plan)}["张湾区"] == "赵敏"
    sub = export_submission(ws, "茅箭区", MAY, tmp_path / "mj.luoshi").path
    [done] = importer.import_files(office, [sub])
    assert done.status == "imported", done.line()
    mj = Q.unit_id(office, plan_id, "茅箭区")
    assert len(E.entries(office, unit_id=mj, month=MAY)) == n
    grid = D.submission_grid(office, plan_id, [MAY], date(2024, 6, 3))
    names = [u["name"] for u in grid.units]
    assert names.count("茅箭区") == 1 and GROUP not in names
    assert grid.state(mj, MAY) in (D.SUBMITTED, D.LATE)
    assert grid.state(Q.unit_id(office, plan_id, "张湾区"), MAY) == D.NOT_DUE


def test_district_the_roster_did_not_know_registers_and_is_added_with_one_click(tmp_path, plan004, capsys):
    office, plan_id = office_ws(tmp_path, plan004)
    package = plan_package.export_plan(office, tmp_path / "plan.luoshi").path   # 各县市区 never expanded
    ws, unit_plan, unit_id, outcome = unit_from_package(tmp_path, "茅箭区", package, declare=GROUP)
    assert "还没有列出成员" in outcome.message and "本单位不在列表中" in outcome.message
    notice = R.pending_notice(ws, unit_plan, unit_id)
    assert "单位名册中还没有“茅箭区”" in notice and "“各县市区”的成员" in notice and "登记文件" in notice
    n = fill_and_submit(ws, unit_plan, unit_id)
    assert n == group_tasks(ws, unit_plan)
    registration = tmp_path / "茅箭区登记.json"
    body = export_registration(ws, "茅箭区", registration)
    assert body["groups"] == [GROUP]
    sub = export_submission(ws, "茅箭区", MAY, tmp_path / "mj.luoshi").path
    # before the office adds it: refused, told where to add it, nothing written
    office.close()
    db = tmp_path / "office.sqlite"
    before = file_bytes(db)
    assert run(["package", "import", str(sub), "--db", str(db)]) == 2
    assert "设置 → 单位名册" in capsys.readouterr().err
    assert run(["package", "key-import", str(registration), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "不在本办公室的单位名册中（登记文件写明属于“各县市区”）" in err and "--add" in err
    assert file_bytes(db) == before
    # one click: added to its group and its key registered
    assert run(["package", "key-import", str(registration), "--db", str(db), "--add"]) == 0
    assert "已加入单位名册（各县市区的成员）" in capsys.readouterr().out
    assert run(["package", "import", str(sub), "--db", str(db)]) == 0
    office = open_workspace(db)
    mj = Q.unit_id(office, plan_id, "茅箭区")
    assert [u.members for u in R.roster(office, plan_id) if u.name == GROUP] == [["茅箭区"]]
    assert len(E.entries(office, unit_id=mj, month=MAY)) == n
    assert [u["name"] for u in D.reporting_units(office, plan_id)].count("茅箭区") == 1
    assert any(h["detail"].get("file") == registration.name for h in R.history(office))
    # the next plan package names the district: its notice goes away, its tasks stay
    package2 = plan_package.export_plan(office, tmp_path / "plan2.luoshi").path
    [again] = importer.import_files(ws, [package2])
    assert again.status == "imported" and again.details["pending_unit"] == ""
    assert R.pending_notice(ws, unit_plan, unit_id) == "" and R.declared(ws) is None
    assert len(Q.tasks(ws, unit_plan, unit=unit_id)) == n


def test_office_refusing_a_registration_changes_nothing(tmp_path, plan004):
    office, plan_id = office_ws(tmp_path, plan004)
    package = plan_package.export_plan(office, tmp_path / "plan.luoshi").path
    ws, unit_plan, unit_id, _ = unit_from_package(tmp_path, "茅箭区", package, declare=GROUP)
    registration = tmp_path / "reg.json"
    export_registration(ws, "茅箭区", registration)
    before = list(office.conn.iterdump())
    with pytest.raises(UnknownUnit) as caught:
        import_registration(office, registration)
    assert caught.value.unit == "茅箭区" and caught.value.groups == [GROUP]
    assert list(office.conn.iterdump()) == before


def test_plan_whose_groups_were_never_expanded_tells_the_district_what_to_ask(tmp_path, plan004):
    """As in the issue: the district reviewed the plan itself and made itself a member; then the
    office's package, which lists no members, must not leave it with no tasks and no word."""
    office, plan_id = office_ws(tmp_path, plan004)
    package = plan_package.export_plan(office, tmp_path / "plan.luoshi").path
    ws = open_workspace(tmp_path / "mj.sqlite")
    ws.set_setting("role", "unit")
    own = parse_text(read_plan_file(seed_path("004")))
    group = next(u for u in own.units if u.name == GROUP)
    group.members = ["茅箭区"]
    own_plan = save_plan(ws, own, backup=False).plan_id
    unit_id = Q.unit_id(ws, own_plan, "茅箭区")
    ws.set_setting("unit_id", str(unit_id))
    assert "尚未导入领导小组办公室的方案包" in R.pending_notice(ws, own_plan, unit_id)
    n = fill_and_submit(ws, own_plan, unit_id)
    with pytest.raises(UserError, match="方案包"):
        export_submission(ws, "茅箭区", MAY, tmp_path / "x.luoshi")
    [outcome] = importer.import_files(ws, [package])
    assert outcome.status == "imported"
    assert "办公室的单位名册中还没有“茅箭区”（本单位自报属于“各县市区”）" in outcome.message
    assert Q.current_plan_id(ws) == own_plan
    assert len(Q.tasks(ws, own_plan, unit=unit_id)) == n > 0          # not 0 tasks
    notice = R.pending_notice(ws, own_plan, unit_id)
    assert "在“设置 → 单位名册”中把“茅箭区”加为“各县市区”的成员" in notice


def test_a_group_within_a_group_reports_through_its_members(tmp_path, plan004):
    ws, plan_id = office_ws(tmp_path, plan004)
    R.add_unit(ws, plan_id, "各街道", is_group=True, group=GROUP)
    R.change_members(ws, plan_id, "各街道", add=["五堰街道", "武当路街道"])
    R.change_members(ws, plan_id, GROUP, add=["茅箭区"])
    names = [u["name"] for u in D.reporting_units(ws, plan_id)]
    assert {"五堰街道", "武当路街道", "茅箭区"} <= set(names)
    assert "各街道" not in names and GROUP not in names and len(names) == len(set(names))


def test_a_package_given_as_a_plan_document_is_never_sent_to_word(tmp_path, plan004, capsys):
    office, _ = office_ws(tmp_path, plan004)
    package = plan_package.export_plan(office, tmp_path / "方案包.luoshi").path
    db = tmp_path / "unit.sqlite"
    assert run(["plan", "import", str(package), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "交换包" in err and "package import" in err and "Word" not in err and "WPS" not in err
    assert not db.exists()


def test_declaring_a_unit_refuses_what_the_list_already_has(tmp_path, plan004):
    office, _ = office_ws(tmp_path, plan004)
    package = plan_package.export_plan(office, tmp_path / "plan.luoshi").path
    ws, plan_id, unit_id, _ = unit_from_package(tmp_path, "茅箭区", package, declare=GROUP)
    before = list(ws.conn.iterdump())
    for name, group, words in (("市民政局", GROUP, "请直接在列表中选择它"), (GROUP, GROUP, "就是单位组本身"),
                               ("郧阳区", "各乡镇", "“各乡镇”不在单位名册中"),
                               ("郧阳区、张湾区", GROUP, "一次只写一个")):
        with pytest.raises(UserError, match=words):
            R.declare_own_unit(ws, plan_id, name, group)
    assert list(ws.conn.iterdump()) == before
    assert R.declare_own_unit(ws, plan_id, "茅箭区", GROUP) == unit_id          # again: the same unit


def test_cli_roster_without_a_workspace_or_a_plan(tmp_path, capsys):
    missing = tmp_path / "nowhere.sqlite"
    assert run(["roster", "member", "--db", str(missing), "--group", GROUP, "--add", "茅箭区"]) == 2
    assert "找不到工作区文件" in capsys.readouterr().err and not missing.exists()
    empty = tmp_path / "empty.sqlite"
    open_workspace(empty).close()
    before = file_bytes(empty)
    for args in (["list"], ["add", "茅箭区"], ["member", "--group", GROUP, "--add", "茅箭区"]):
        assert run(["roster", *args, "--db", str(empty)]) == 2
        assert "还没有工作方案" in capsys.readouterr().err
    assert file_bytes(empty) == before
