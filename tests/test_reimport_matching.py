"""A revised plan's tasks are matched to the stored ones by what they say (``core.task_matching``),
not by their number alone: a task inserted or dropped in the middle shifts the numbers after it, and
the person's corrections, the task's history and its monthly entries must stay on the task they
were about (ux54, issue 10). Made-up short plans in the shapes ux54 found."""

from __future__ import annotations

import pytest
from helpers_reimport import JOBS, NEW_TASK, entry, entry_on, ids, plan_of, reimport, save

from desktop.core import task_matching as M
from desktop.store import entries as ENT, open_workspace, plans as P, queries as Q


@pytest.fixture
def ws(tmp_path):
    workspace = open_workspace(tmp_path / "w.sqlite")
    yield workspace
    workspace.close()


def test_a_task_inserted_mid_section_moves_nothing_onto_it(ws):
    plan_id = save(ws, plan_of(JOBS))
    before = ids(ws, plan_id)
    P.edit_task(ws, before["一.3"], {"deadline": "2024-10-31"})             # 扩大就业见习补贴范围
    P.edit_task(ws, before["一.2"], {"lead_units": ["市人社局", "市科技局"]})  # 支持创业载体建设
    entry(ws, plan_id, before["一.2"], "新认定创业孵化基地3家")
    entry(ws, plan_id, before["二.4"], "培训失业人员5000人次")

    revised = plan_of([JOBS[0], NEW_TASK, *JOBS[1:]])
    prepared, result = reimport(ws, revised)
    assert prepared.matched == {"一.1": "一.1", "一.2": "一.3", "一.3": "一.4", "二.4": "二.5",
                                "二.5": "二.6", "二.6": "二.7"}
    assert prepared.changes == [
        "一.2 支持返乡入乡创业：新增任务",
        "一.3 支持创业载体建设：编号由 一.2 改为 一.3",
        "一.4 扩大就业见习补贴范围：编号由 一.3 改为 一.4",
        "二.5 开展失业人员培训：编号由 二.4 改为 二.5",
        "二.6 明确部门组织协调责任：编号由 二.5 改为 二.6",
        "二.7 落实地方主体责任：编号由 二.6 改为 二.7"]
    assert prepared.conflicts == []
    assert (result.tasks_added, result.tasks_withdrawn) == (1, 0)

    after = ids(ws, plan_id)
    assert after["一.3"] == before["一.2"] and after["一.4"] == before["一.3"]      # the same rows
    assert after["一.2"] not in before.values()
    assert P.corrected_fields(ws, after["一.2"]) == []                              # the new task: none
    assert Q.task_detail(ws, after["一.4"])["deadline"] == "2024-10-31"
    assert P.corrected_fields(ws, after["一.4"]) == ["deadline"]
    assert set(P.corrected_fields(ws, after["一.3"])) == {"lead_units", "responsible_units"}
    assert entry_on(ws, "新认定创业孵化基地3家") == ("一.3", "支持创业载体建设", None)
    assert entry_on(ws, "培训失业人员5000人次") == ("二.5", "开展失业人员培训", None)
    history = P.task_history(ws, after["一.4"])
    assert [(h["field"], h["old"], h["new"], h["source"]) for h in history] == [
        ("编号", "一.3", "一.4", "方案修订"), ("完成时限", "（无）", "2024-10-31", "保存后修改")]
    assert P.task_history(ws, after["一.2"]) == []
    # the same revision again: nothing to say, nothing moves
    again = P.prepare_reimport(ws, revised)
    assert again.changes == [] and again.conflicts == []
    assert P.save_reimport(ws, again, backup=False).unchanged


def test_the_task_really_dropped_is_withdrawn_with_its_number_and_title(ws):
    plan_id = save(ws, plan_of(JOBS))
    before = ids(ws, plan_id)
    entry(ws, plan_id, before["二.5"], "召开协调会1次")
    entry(ws, plan_id, before["二.6"], "各区出台措施")
    P.edit_task(ws, before["二.6"], {"short_name": "主体责任"})

    prepared, result = reimport(ws, plan_of([*JOBS[:4], JOBS[5]]))
    assert prepared.changes == ["二.5 落实地方主体责任：编号由 二.6 改为 二.5",
                                "原二.5 明确部门组织协调责任：新方案中没有这项任务，将标为撤销（已有进展保留）"]
    assert (result.tasks_added, result.tasks_withdrawn) == (0, 1)
    after = ids(ws, plan_id)
    assert after["二.5"] == before["二.6"]
    assert Q.task_detail(ws, after["二.5"])["short_name"] == "主体责任"
    assert entry_on(ws, "各区出台措施") == ("二.5", "落实地方主体责任", None)
    key, title, withdrawn = entry_on(ws, "召开协调会1次")             # stays on the withdrawn task
    assert (key, title) == ("二.5（已撤销）", "明确部门组织协调责任") and withdrawn is not None


def test_a_task_moved_to_another_section_keeps_corrections_and_conflicts_as_an_unmoved_one(ws):
    plan_id = save(ws, plan_of(JOBS, restart=True))
    before = ids(ws, plan_id)
    training = before["二.1"]                                             # 开展失业人员培训
    P.edit_task(ws, training, {"deadline": "2024-11-30", "short_name": "失业培训"})
    entry(ws, plan_id, training, "培训失业人员5000人次")

    moved = [("一", "", *JOBS[3][2:]), *[JOBS[i] for i in (0, 1, 2, 4, 5)]]       # now 一.1
    revised = plan_of(moved, restart=True)
    revised.tasks[0].deadline = "2024-12-31"                              # the document changes it too
    prepared = P.prepare_reimport(ws, revised)
    assert prepared.matched["二.1"] == "一.1"
    assert [c.text() for c in prepared.conflicts] == [
        "一.1 开展失业人员培训：完成时限　您改为“2024-11-30”；原方案“（无）”，新方案“2024-12-31”"]
    assert prepared.changes[0] == "一.1 开展失业人员培训：编号由 二.1 改为 一.1"
    assert not any("撤销" in line or "新增" in line for line in prepared.changes)
    P.save_reimport(ws, prepared, backup=False)
    assert ids(ws, plan_id)["一.1"] == training
    detail = Q.task_detail(ws, training)
    assert (detail["deadline"], detail["short_name"]) == ("2024-11-30", "失业培训")      # kept, not reverted
    assert entry_on(ws, "培训失业人员5000人次") == ("一.1", "开展失业人员培训", None)
    # the kept conflict can still be taken later, on the task where it now stands
    later = P.prepare_reimport(ws, revised)
    assert [(c.key, c.field) for c in later.conflicts] == [("一.1", "deadline")]
    later.choose_document(list(later.conflicts))
    P.save_reimport(ws, later, backup=False)
    assert Q.task_detail(ws, training)["deadline"] == "2024-12-31"


def test_two_tasks_with_the_same_title_do_not_cross(ws):
    rows = [("一", "", "加强宣传引导", "通过报纸电视宣传就业政策。"),
            ("一", "", "开展失业人员培训", "面向失业人员开展培训。"),
            ("二", "", "加强宣传引导", "在高校开展就业政策进校园活动。")]
    plan_id = save(ws, plan_of(rows, restart=True))
    before = ids(ws, plan_id)
    entry(ws, plan_id, before["一.1"], "发稿20篇")
    entry(ws, plan_id, before["二.1"], "进校园10场")
    P.edit_task(ws, before["二.1"], {"short_name": "政策进校园"})

    # a task inserted before the first: both 加强宣传引导 shift or stay by their own text
    _prepared, _result = reimport(ws, plan_of([("一", "", *NEW_TASK[2:]), *rows], restart=True))
    assert entry_on(ws, "发稿20篇")[0] == "一.2" and entry_on(ws, "进校园10场")[0] == "二.1"
    # then the first of the two dropped: the second keeps its entry and correction
    prepared, _result = reimport(ws, plan_of([("一", "", *NEW_TASK[2:]), rows[1], rows[2]], restart=True))
    assert "原一.2 加强宣传引导：新方案中没有这项任务，将标为撤销（已有进展保留）" in prepared.changes
    assert entry_on(ws, "进校园10场") == ("二.1", "加强宣传引导", None)
    assert Q.task_detail(ws, ids(ws, plan_id)["二.1"])["short_name"] == "政策进校园"
    assert entry_on(ws, "发稿20篇")[2] is not None                            # on the withdrawn one


def test_a_title_lightly_reworded_under_the_same_number_stays_matched(ws):
    plan_id = save(ws, plan_of(JOBS))
    before = ids(ws, plan_id)
    P.edit_task(ws, before["一.3"], {"deadline": "2024-10-31"})
    entry(ws, plan_id, before["一.3"], "见习1000人")
    reworded = [*JOBS[:2], ("一", "", "进一步扩大就业见习补贴范围", JOBS[2][3]), *JOBS[3:]]
    prepared, _result = reimport(ws, plan_of(reworded))
    assert prepared.changes == ["一.3 进一步扩大就业见习补贴范围："
                                "任务名称“扩大就业见习补贴范围”→“进一步扩大就业见习补贴范围”；"
                                "任务原文的表述有改动：“扩大就业见习…”→“进一步扩大就业见习…”"]
    assert ids(ws, plan_id)["一.3"] == before["一.3"]
    assert Q.task_detail(ws, before["一.3"])["deadline"] == "2024-10-31"
    assert entry_on(ws, "见习1000人") == ("一.3", "进一步扩大就业见习补贴范围", None)


def test_a_whole_section_renumbered(ws):
    plan_id = save(ws, plan_of(JOBS, restart=True))
    before = ids(ws, plan_id)
    P.edit_task(ws, before["二.3"], {"short_name": "属地责任"})
    entry(ws, plan_id, before["二.1"], "培训失业人员5000人次")
    # a new section 一 before the others: 一 → 二, 二 → 三, every path changes
    new_section = [("一", "", "健全工作机制", "建立就业工作联席会议制度。"),
                   ("一", "", "完善统计监测", "按月监测就业形势。")]
    shifted = [("二" if sec == "一" else "三", n, title, rest) for sec, n, title, rest in JOBS]
    prepared, result = reimport(ws, plan_of([*new_section, *shifted], restart=True))
    assert prepared.matched == {"一.1": "二.1", "一.2": "二.2", "一.3": "二.3",
                                "二.1": "三.1", "二.2": "三.2", "二.3": "三.3"}
    assert prepared.changes[:2] == ["一.1 健全工作机制：新增任务", "一.2 完善统计监测：新增任务"]
    assert "三.3 落实地方主体责任：编号由 二.3 改为 三.3" in prepared.changes
    assert (result.tasks_added, result.tasks_withdrawn) == (2, 0)
    after = ids(ws, plan_id)
    assert after["三.3"] == before["二.3"] and after["二.3"] == before["一.3"]
    assert Q.task_detail(ws, after["三.3"])["short_name"] == "属地责任"
    assert entry_on(ws, "培训失业人员5000人次") == ("三.1", "开展失业人员培训", None)


def test_a_new_task_resembling_an_old_one_is_not_taken_for_it(ws):
    """A near miss: 支持返乡入乡创业 under 支持创业载体建设's number, its text another matter, is a
    new task; the old one is withdrawn with its entry, and its correction is offered to nobody."""
    plan_id = save(ws, plan_of(JOBS))
    before = ids(ws, plan_id)
    P.edit_task(ws, before["一.2"], {"short_name": "创业载体"})
    entry(ws, plan_id, before["一.2"], "新认定创业孵化基地3家")
    prepared, result = reimport(ws, plan_of([JOBS[0], NEW_TASK, *JOBS[2:]]))
    assert prepared.conflicts == []
    assert prepared.changes == ["一.2 支持返乡入乡创业：新增任务",
                                "原一.2 支持创业载体建设：新方案中没有这项任务，将标为撤销（已有进展保留）"]
    assert (result.tasks_added, result.tasks_withdrawn) == (1, 1)
    new = ids(ws, plan_id)["一.2"]
    assert new != before["一.2"] and Q.task_detail(ws, new)["short_name"] == ""
    key, title, withdrawn = entry_on(ws, "新认定创业孵化基地3家")
    assert (key, title) == ("一.2（已撤销）", "支持创业载体建设") and withdrawn is not None


def test_a_withdrawn_task_the_next_revision_brings_back_is_the_same_task(ws):
    plan_id = save(ws, plan_of(JOBS))
    before = ids(ws, plan_id)
    entry(ws, plan_id, before["二.5"], "召开协调会1次")
    reimport(ws, plan_of([*JOBS[:4], JOBS[5]]))
    reimport(ws, plan_of(JOBS))
    assert ids(ws, plan_id)["二.5"] == before["二.5"]
    assert entry_on(ws, "召开协调会1次") == ("二.5", "明确部门组织协调责任", None)


# -- the matching itself ----------------------------------------------------------------------------

def side(key: str, title: str, text: str = "") -> M.Side:
    return M.Side(key, (title,), text or f"{title}。")


def test_matching_pairs_in_order_one_to_one():
    old = [side("1", "加强组织领导"), side("2", "支持创业载体建设", "支持创业载体建设。新认定创业孵化基地。"),
           side("3", "加强组织领导")]
    new = [side("1", "加强组织领导"), side("2", "支持返乡入乡创业", "支持返乡入乡创业。给予一次性创业补贴。"),
           side("3", "支持创业载体建设", "支持创业载体建设。新认定创业孵化基地。"), side("4", "加强组织领导")]
    m = M.match_tasks(old, new)
    assert m.pairs == {"1": "1", "2": "3", "3": "4"} and m.added == ["2"] and m.withdrawn == []
    assert m.renumbered() == [("2", "3"), ("3", "4")]


def test_likeness_thresholds():
    same_text = "新建老年食堂100个，覆盖全部街道。"
    assert M.alike(side("1", "推进老年食堂建设", "推进老年食堂建设。" + same_text),
                   side("1", "加快老年食堂建设", "加快老年食堂建设。" + same_text)) >= M.SAME
    assert M.alike(side("1", "支持创业载体建设", "支持创业载体建设。新认定创业孵化基地。"),
                   side("1", "支持返乡入乡创业", "支持返乡入乡创业。给予一次性创业补贴。")) == 0
    # a title rewritten over the same paragraph is the same task
    body = "从2019年1月1日起实施三年百万青年见习计划，将就业见习补贴范围扩展至16—24岁失业青年。"
    assert M.alike(side("1", "扩大就业见习补贴范围", body), side("1", "实施青年见习计划", body)) >= M.SAME_TEXT
    # a task without a title is judged by its text
    assert M.alike(M.Side("1", ("",), "到2024年底新建养老床位500张。"),
                   M.Side("1", ("",), "到2025年底新建养老床位800张。")) > 0


def test_a_corrected_title_is_matched_by_the_documents_title_too(ws):
    plan_id = save(ws, plan_of(JOBS))
    before = ids(ws, plan_id)
    P.edit_task(ws, before["一.3"], {"title": "青年见习"})                   # nothing like the document's
    revised = plan_of([JOBS[0], NEW_TASK, *JOBS[1:]])
    prepared = P.prepare_reimport(ws, revised)
    assert prepared.matched["一.3"] == "一.4"
    assert prepared.plan.tasks[3].title == "青年见习" and prepared.conflicts == []


# -- the command line -------------------------------------------------------------------------------

V1 = """测试市就业工作方案

测政办〔2024〕9号

一、稳定就业

（一）加大稳岗支持力度。对不裁员的企业返还失业保险费的50%。（市人社局负责）

（二）支持创业载体建设。新认定创业孵化基地10家。（市人社局、市科技局负责）

（三）扩大就业见习补贴范围。组织失业青年参加就业见习不少于1000人。（市人社局负责）

二、强化培训

（四）开展失业人员培训。培训失业人员5000人次。（市人社局、市教育局负责）

（五）明确部门组织协调责任。各部门按职责做好协调。（市发改委负责）

（六）落实地方主体责任。各区制定具体措施。（市人社局负责）
"""


def test_headless_import_names_renumbered_and_dropped_tasks_and_conflicts_on_moved_ones(tmp_path, capsys):
    from desktop.__main__ import main

    v1, v2, db = tmp_path / "v1.txt", tmp_path / "v2.txt", str(tmp_path / "w.sqlite")
    v1.write_text(V1, encoding="utf-8")
    inserted = "（二）支持返乡入乡创业。对返乡入乡创业的农民工给予一次性创业补贴。（市农业农村局负责）\n\n"
    dropped = "（五）明确部门组织协调责任。各部门按职责做好协调。（市发改委负责）\n\n"
    v2.write_text(V1.replace(dropped, "").replace("（四）开展", "（五）开展").replace("（三）扩大", "（四）扩大")
                  .replace("（二）支持创业载体建设", inserted + "（三）支持创业载体建设")
                  .replace("不少于1000人", "不少于2000人"), encoding="utf-8")
    assert main(["plan", "import", str(v1), "--db", db]) == 0
    assert main(["plan", "edit", "--db", db, "--task", "一.三", "--targets", "不少于1500人"]) == 0
    with open_workspace(db) as ws:
        plan_id = Q.current_plan_id(ws)
        entry(ws, plan_id, ids(ws, plan_id)["二.四"], "培训失业人员5000人次")
    capsys.readouterr()
    assert main(["plan", "import", str(v2), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "一.二 支持返乡入乡创业：新增任务" in out
    assert "一.三 支持创业载体建设：编号由 一.二 改为 一.三" in out
    assert "二.五 开展失业人员培训：编号由 二.四 改为 二.五" in out
    assert "原二.五 明确部门组织协调责任：新方案中没有这项任务，将标为撤销（已有进展保留）" in out
    assert ("一.四 扩大就业见习补贴范围：量化指标　您改为“不少于1500人”；原方案“组织失业青年参加就业见习不少于1000人”，"
            "新方案“组织失业青年参加就业见习不少于2000人”") in out
    with open_workspace(db) as ws:
        assert entry_on(ws, "培训失业人员5000人次") == ("二.五", "开展失业人员培训", None)
        plan_id = Q.current_plan_id(ws)
        assert [t["text"] for t in Q.task_detail(ws, ids(ws, plan_id)["一.四"])["targets"]] == ["不少于1500人"]
    # --take-document takes the document's value on the moved task
    assert main(["plan", "import", str(v2), "--db", db, "--take-document"]) == 0
    with open_workspace(db) as ws:
        plan_id = Q.current_plan_id(ws)
        assert [t["text"] for t in Q.task_detail(ws, ids(ws, plan_id)["一.四"])["targets"]] == [
            "组织失业青年参加就业见习不少于2000人"]


# -- a unit takes the office's renumbered plan ------------------------------------------------------

def test_a_units_entries_follow_their_tasks_through_the_offices_renumbered_plan_package(world):
    from helpers_exchange import office_inserts_a_task

    from desktop.exchange import importer, plan_package

    u = world.unit(0)
    first = {t.key: t.id for t in Q.tasks(u.ws, u.plan_id)}
    ENT.save_entry(u.ws, first["二.一.1"], u.unit_id, "2024-05", progress="重点任务1的进展")
    prepared, _result = office_inserts_a_task(world)
    assert prepared.changes[:2] == ["二.一.1 建设老年食堂：新增任务", "二.一.2 重点任务1：编号由 二.一.1 改为 二.一.2"]
    package = plan_package.export_plan(world.office, world.tmp / "plan2.luoshi").path
    [outcome] = importer.import_files(u.ws, [package])
    assert outcome.status == "imported", outcome.line()
    now = {t.key: t.id for t in Q.tasks(u.ws, u.plan_id)}
    assert now["二.一.2"] == first["二.一.1"]
    assert entry_on(u.ws, "重点任务1的进展") == ("二.一.2", "重点任务1", None)


def test_rows_checked_in_review_follow_their_renumbered_task(ws):
    import json

    plan_id = save(ws, plan_of(JOBS))
    ws.set_setting(P.CHECKED_ROWS.format(plan_id=plan_id), json.dumps([["一.3", ["某个问题"]]], ensure_ascii=False))
    prepared = P.prepare_reimport(ws, plan_of([JOBS[0], NEW_TASK, *JOBS[1:]]))
    assert prepared.checked == {("一.4", ("某个问题",))}
    P.save_reimport(ws, prepared, backup=False)
    assert P.stored_checked_rows(ws, plan_id) == {("一.4", ("某个问题",))}


def test_two_tasks_dropped_from_the_same_number_in_turn_keep_their_own_rows(ws):
    plan_id = save(ws, plan_of(JOBS))
    before = ids(ws, plan_id)
    entry(ws, plan_id, before["二.5"], "召开协调会1次")
    entry(ws, plan_id, before["二.6"], "各区出台措施")
    reimport(ws, plan_of([*JOBS[:4], JOBS[5]]))                      # 明确… (二.5) dropped, 落实… now 二.5
    later = ("二", "", "完善就业统计监测", "按月监测就业形势。")
    prepared, _result = reimport(ws, plan_of([*JOBS[:4], later]))      # 落实… dropped, a new 二.5
    assert prepared.changes == ["二.5 完善就业统计监测：新增任务",
                                "原二.5 落实地方主体责任：新方案中没有这项任务，将标为撤销（已有进展保留）"]
    assert entry_on(ws, "召开协调会1次")[:2] == ("二.5（已撤销）", "明确部门组织协调责任")
    assert entry_on(ws, "各区出台措施")[:2] == ("二.5（已撤销2）", "落实地方主体责任")
