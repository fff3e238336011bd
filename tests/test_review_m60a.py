"""ux59 findings 2 (last part), 5 and 7, as a clerk saving and revising an imported plan meets them:

- saving tasks that name no unit says so first (how many, which by number), in the review and on ``plan import``'s
  stderr: the clerk may go back to them or save anyway (nothing is refused);
- an indicator's date the clerk set, or that moved with the clerk's corrected deadline, is kept over a revision that
  moves it, and offered as a conflict that says the dates (not 「“X”；原方案“X”，新方案“X”」);
"""

from __future__ import annotations

import copy
import os

from helpers_ui import FakePrompts, open_window, sample_plan, task_id

from desktop.core import review_edits as logic, unitless
from desktop.core.model import Target, Task
from desktop.store import open_workspace, plans as store_plans

SHOTS = os.environ.get("M60A_SHOTS")


def _with_unitless() -> object:
    """The sample plan with two tasks that name no unit (二.一.2 and 二.二.4), one with 责任单位 only (二.二.3)."""
    plan = sample_plan()
    for n in (1, 3):
        plan.tasks[n].lead_units, plan.tasks[n].responsible_units = [], []
    plan.tasks[2].lead_units = []
    return plan


# -- item 1: tasks that name no unit --------------------------------------------------------------------------

def test_the_tasks_that_name_no_unit_are_counted_and_named_by_number() -> None:
    plan = _with_unitless()
    assert [t.key for t in unitless.unitless_tasks(plan)] == ["二.一.2", "二.二.4"]
    words = unitless.unitless_words(plan)
    assert words is not None
    assert "有 2 项任务没有牵头单位" in words and "二.一.2、二.二.4" in words
    assert "工作台也不会向任何单位催报" in words
    assert unitless.unitless_words(sample_plan()) is None
    plan.tasks[1].not_task = True             # a row marked 「不是任务」 is not saved: nothing to warn about
    assert [t.key for t in unitless.unitless_tasks(plan)] == ["二.二.4"]


def test_many_tasks_without_units_are_named_the_first_few_then_counted() -> None:
    plan = sample_plan()
    plan.tasks = [Task(["一"], str(n), f"任务{n}", "") for n in range(1, 31)]
    words = unitless.unitless_words(plan) or ""
    assert "有 30 项任务" in words and "一.1、一.2" in words and "一.12" in words and "一.13" not in words
    assert "等 30 项" in words


def _review(qtbot, plan, prompts):
    from desktop.ui.review import ReviewDialog

    dialog = ReviewDialog(plan, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_saving_in_the_review_says_which_tasks_name_no_unit_and_goes_back_to_the_first(qtbot) -> None:
    from PySide6.QtWidgets import QDialog

    prompts = FakePrompts(offer=[True])            # 回去填写
    dialog = _review(qtbot, _with_unitless(), prompts)
    dialog.ui.tasksView.setCurrentIndex(dialog.model.index(0, 1))
    dialog.accept()
    [said] = [text for kind, text in prompts.said if kind == "offer"]
    assert "有 2 项任务没有牵头单位" in said and "二.一.2、二.二.4" in said and "回去填写" in said
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.tasksView.currentIndex().row() == 1        # the first of them, to fill in
    if SHOTS:
        dialog.resize(1366, 700)
        dialog.grab().save(os.path.join(SHOTS, "review_unitless_back.png"))
    dialog.accept()                                 # asked again; this time 仍然保存
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_saving_a_plan_whose_tasks_all_name_units_asks_nothing(qtbot) -> None:
    prompts = FakePrompts()
    dialog = _review(qtbot, sample_plan(), prompts)
    dialog.accept()
    assert not [text for kind, text in prompts.said if kind == "offer"]


_PLAN = """某区2024年重点工作任务分工方案
一、重点任务
1.推进老旧小区改造，完成改造25个。（牵头单位：区住建局；责任单位：各街道）
2.开展招商引资攻坚月活动，签约项目不少于12个。
3.建设社区嵌入式养老服务设施8个。
"""


def test_plan_import_saves_and_says_on_stderr_which_tasks_name_no_unit(tmp_path, capsys) -> None:
    from desktop.__main__ import main

    source = tmp_path / "方案.txt"
    source.write_text(_PLAN, encoding="utf-8")
    assert main(["plan", "import", "--db", str(tmp_path / "w.sqlite"), str(source)]) == 0
    captured = capsys.readouterr()
    assert "有 2 项任务没有牵头单位" in captured.err and "一.2、一.3" in captured.err
    assert "plan edit --task" in captured.err
    assert "已导入到工作区" in captured.out                     # saved, as before


# -- item 3: an indicator's date over a revision --------------------------------------------------------------

def _signing_plan(deadline: str, target_date: str):
    """A2 二.5 of ux59: a task whose indicator carries the task's date."""
    plan = sample_plan()
    plan.tasks[3] = Task(["二", "二"], "4", "开展招商引资攻坚月活动", "开展“招商引资攻坚月”活动，签约项目不少于12个。",
                         lead_units=["市民政局"], responsible_units=["市财政局"],
                         targets=[Target("签约项目不少于12个", 12, "个", ">=", target_date, "签约项目")],
                         deadline=deadline)
    return plan


def test_an_indicator_date_that_moved_with_the_clerks_deadline_is_kept_over_a_revision_and_offered(tmp_path):
    parsed = _signing_plan("2024-06-30", "2024-06-30")
    reviewed = copy.deepcopy(parsed)
    task = reviewed.tasks[3]
    logic.move_target_dates(task, task.deadline, "2024-06-20", 2024)   # as the review does when the clerk types it
    task.deadline = "2024-06-20"
    ws = open_workspace(tmp_path / "w.sqlite")
    store_plans.save_plan(ws, reviewed, backup=False, parsed=parsed)
    revision = _signing_plan("2024-07-31", "2024-07-31")
    revision.doc_number = "测政办〔2024〕2号"
    prepared = store_plans.prepare_reimport(ws, revision)
    kept = prepared.plan.tasks[3]
    assert kept.deadline == "2024-06-20" and [t.deadline for t in kept.targets] == ["2024-06-20"]
    by_field = {c.field: c for c in prepared.conflicts}
    assert set(by_field) == {"deadline", "targets"}
    words = by_field["targets"].text()
    assert "2024-06-20" in words and "2024-06-30" in words and "2024-07-31" in words, words
    prepared.choose_document([by_field["targets"]])         # the clerk ticks it: the document's date
    assert [t.deadline for t in prepared.plan.tasks[3].targets] == ["2024-07-31"]
    ws.close()


def test_an_indicator_date_the_clerk_typed_is_kept_over_a_revision_and_offered(tmp_path):
    parsed = _signing_plan("2024-12-31", "2024-12-31")
    reviewed = copy.deepcopy(parsed)
    reviewed.tasks[3].targets[0].deadline = "2024-09-30"
    ws = open_workspace(tmp_path / "w.sqlite")
    store_plans.save_plan(ws, reviewed, backup=False, parsed=parsed)
    revision = _signing_plan("2024-12-31", "2024-11-30")
    revision.doc_number = "测政办〔2024〕2号"
    prepared = store_plans.prepare_reimport(ws, revision)
    assert [t.deadline for t in prepared.plan.tasks[3].targets] == ["2024-09-30"]
    [conflict] = prepared.conflicts
    assert conflict.field == "targets"
    assert "（2024-09-30）" in conflict.text() and "（2024-11-30）" in conflict.text()
    ws.close()


# -- item 2: a task table's 责任领导 ----------------------------------------------------------------------------

_TABLE = [["序号", "工作任务", "责任领导", "牵头单位", "责任单位", "完成时限"],
          ["1", "完成东站片区棚户区改造征收签约1200户", "李卫东", "区住建局", "伍家乡、区征收办", "2024年6月底"],
          ["2", "推进伍临路等5条市政道路建设", "王建华、张明", "区住建局", "区交通运输局", "2024年12月底"]]


def _leaders_docx(path) -> None:
    import docx

    document = docx.Document()
    for line in ("伍家岗区重点任务分工方案", "伍办发〔2024〕6号", "现将重点任务分工如下："):
        document.add_paragraph(line)
    table = document.add_table(rows=len(_TABLE), cols=len(_TABLE[0]))
    for r, row in enumerate(_TABLE):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    document.save(str(path))


def test_a_task_tables_leaders_are_read_as_people_never_units(tmp_path) -> None:
    from desktop.core.parse import parse_file

    _leaders_docx(tmp_path / "方案.docx")
    plan = parse_file(tmp_path / "方案.docx")
    assert [(t.leaders, t.lead_units, t.responsible_units) for t in plan.tasks] == [
        (["李卫东"], ["区住建局"], ["伍家乡", "区征收办"]), (["王建华", "张明"], ["区住建局"], ["区交通运输局"])]
    names = {u.name for u in plan.units}
    assert not names & {"李卫东", "王建华", "张明"}
    assert plan.tasks[0].to_json()["leaders"] == ["李卫东"]
    assert "leaders" not in sample_plan().tasks[0].to_json()          # (a plan without them: its JSON as before)


def test_leaders_are_saved_shown_in_the_review_and_the_task_tab(qtbot, tmp_path) -> None:
    from desktop.store.saved_plan import load_plan

    plan = sample_plan()
    plan.tasks[0].leaders = ["李卫东"]
    dialog = _review(qtbot, plan, FakePrompts())
    dialog.ui.tasksView.setCurrentIndex(dialog.model.index(0, 1))
    assert "责任领导：李卫东" in dialog.ui.sourceBrowser.toPlainText()
    if SHOTS:
        dialog.resize(1366, 700)
        dialog.grab().save(os.path.join(SHOTS, "review_leaders.png"))
    ws = open_workspace(tmp_path / "w.sqlite")
    plan_id = store_plans.save_plan(ws, plan, backup=False).plan_id
    assert [t.leaders for t in load_plan(ws, plan_id).tasks] == [["李卫东"], [], [], []]
    from desktop.store import queries

    assert queries.task_detail(ws, task_id(ws, plan_id, "二.一.1"))["leaders"] == ["李卫东"]
    ws.close()
    prompts = FakePrompts()
    window = open_window(qtbot, tmp_path / "w.sqlite", prompts, role="office")
    window.ui.tabs.setCurrentIndex(1)
    page = window.tasks
    page.select_task(task_id_of(tmp_path / "w.sqlite", "二.一.1"))
    assert "责任领导：李卫东" in page.ui.textBrowser.toPlainText()
    if SHOTS:
        window.resize(1366, 728)
        qtbot.wait(500)
        window.grab().save(os.path.join(SHOTS, "tasks_tab_leaders.png"))
    window.close()


def task_id_of(path, key: str) -> int:
    with open_workspace(path) as ws:
        return int(ws.conn.execute("SELECT id FROM tasks WHERE key = ?", (key,)).fetchone()[0])


def test_a_workspace_of_schema_7_opens_with_everything_and_no_leaders(tmp_path) -> None:
    """Migration 8 (add_task_leaders): a workspace of version 7 opens, keeps its plan, task, units, targets and
    entries, and its tasks name no leaders until a table names them."""
    import shutil
    from pathlib import Path

    from desktop.store import queries as Q, schema
    from desktop.store.saved_plan import load_plan

    old = Path(__file__).resolve().parent / "data" / "workspace_v7.sqlite"
    shutil.copy(old, tmp_path / "w.sqlite")
    with open_workspace(tmp_path / "w.sqlite") as ws:
        assert ws.schema_version() == schema.SCHEMA_VERSION >= 8
        (plan,) = Q.plans(ws)
        (task,) = load_plan(ws, plan["id"]).tasks
        assert (task.key, task.lead_units, task.responsible_units, task.leaders) == (
            "二.一.1", ["市民政局"], ["市卫健委"], [])
        assert [t.text for t in task.targets] == ["新建老年食堂100个"]
        assert ws.conn.execute("SELECT count(*) FROM monthly_entries").fetchone()[0] == 1


# -- item 4: the revision's changes, a row each, new and dropped tasks marked -----------------------------------

def test_a_revisions_new_and_dropped_tasks_are_marked_rows_of_the_changes_list(qtbot, tmp_path) -> None:
    from desktop.ui.review import ReviewDialog

    ws = open_workspace(tmp_path / "w.sqlite")
    store_plans.save_plan(ws, sample_plan(), backup=False, parsed=sample_plan())
    revision = sample_plan()
    revision.doc_number = "测政办〔2024〕2号"
    revision.source_text += "（修订稿）"        # a revision: its text changed (the same text is a re-read, m66a)
    dropped = revision.tasks.pop(1)
    revision.tasks.append(Task(["二", "二"], "5", "建设社区嵌入式养老服务设施", "新建社区嵌入式养老服务设施8个。",
                               lead_units=["市民政局"], responsible_units=["市财政局"]))
    prepared = store_plans.prepare_reimport(ws, revision)
    dialog = ReviewDialog(prepared.plan, FakePrompts(), reimport=prepared)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = [dialog.ui.changesList.item(i) for i in range(dialog.ui.changesList.count())]
    added = [i for i in rows if i.text().startswith("【新增】")]
    gone = [i for i in rows if i.text().startswith("【撤销】")]
    assert len(added) == 1 and "建设社区嵌入式养老服务设施" in added[0].text()
    assert len(gone) == 1 and dropped.title in gone[0].text()
    assert dialog.go_to_change(added[0]) == len(prepared.plan.tasks) - 1      # a click goes to the new task's row
    # the changes two thirds of the width beside the parser's notes (fewer lines wrap, more rows in sight)
    assert (dialog.ui.topLayout.stretch(0), dialog.ui.topLayout.stretch(1)) == (1, 2)
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "review_revision_changes.png"))
    ws.close()


def test_a_short_name_is_not_cut_inside_a_list_item_or_a_word() -> None:
    from desktop.core.parse.shortname import suggest_short_name

    assert suggest_short_name("改造老旧小区25个、惠及居民6800户") == "老旧小区25个"      # not 「老旧小区25个、惠」
    assert suggest_short_name("新建养老服务设施及配套用房100处") == "养老服务设施"          # a list's 及: as before


def test_edit_task_shows_the_targets_as_the_review_does(qtbot, tmp_path) -> None:
    from desktop.ui.review_model import COL_TARGETS
    from desktop.ui.task_edit import TaskEditDialog

    plan = sample_plan()
    review = _review(qtbot, plan, FakePrompts())
    shown = review.model.index(3, COL_TARGETS).data()
    ws = open_workspace(tmp_path / "w.sqlite")
    plan_id = store_plans.save_plan(ws, plan, backup=False).plan_id
    dialog = TaskEditDialog(ws, task_id(ws, plan_id, "二.二.4"), FakePrompts())
    qtbot.addWidget(dialog)
    assert dialog.ui.targetsEdit.text() == shown
    assert shown == "家庭养老照护床位 不少于500张（2024-11-30）；护理型床位占比 不少于75%"
    ws.close()
