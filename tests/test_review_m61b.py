"""Review findings m61b (ux60 finding 10 and what m60a left), as a clerk meets them:

- Esc, or the close box, on the save questions (「有 N 项任务没有牵头单位…」, no title) means 回去填写: nothing saved;
- the indicator panel labels each indicator by its task's whole number (三.一), not its last numeral (一);
- a unit typed in the review or in 修改任务 that neither the plan's text prints nor the workspace knows (「市民证局」)
  is asked about once before saving: 改为“市民政局” (the nearest known names), 仍然使用, 回去修改 (Esc too);
- 责任领导 (a task table's leaders) is corrected like the other fields — review, 修改任务, ``plan edit --leaders`` — in
  the history, kept over a revision; people only, a unit refused;
- 「作为另一个方案 / 作为修订稿」 answers with a named result (``first_run.AnotherPlan``), not a pair;
"""

from __future__ import annotations

import os

from helpers_ui import FakePrompts, sample_plan

from desktop.core.model import Unit
from desktop.ui.prompts import Prompts

SHOTS = os.environ.get("M61B_SHOTS")


def _unitless():
    plan = sample_plan()
    plan.tasks[1].lead_units, plan.tasks[1].responsible_units = [], []
    return plan


def _review(qtbot, plan, prompts):
    from desktop.ui.review import ReviewDialog

    dialog = ReviewDialog(plan, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _escape_every_question(qtbot, dialog, how: str = "esc") -> list[str]:
    """Answer every box that opens over ``dialog`` with Esc (or its close box), until it closes; their texts."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is not None and box is not dialog:
            seen.append(box.text() if isinstance(box, QMessageBox) else box.windowTitle())
            if how == "esc" or not isinstance(box, QMessageBox):
                qtbot.keyClick(box, Qt.Key.Key_Escape)
            else:
                box.close()

    timer = QTimer(dialog)
    timer.timeout.connect(answer)
    dialog.finished.connect(timer.stop)
    dialog.destroyed.connect(timer.stop)
    timer.start(50)
    return seen


def test_esc_on_the_no_unit_question_goes_back_and_saves_nothing(qtbot) -> None:
    from PySide6.QtWidgets import QDialog

    for how in ("esc", "close"):
        dialog = _review(qtbot, _unitless(), Prompts())
        seen = _escape_every_question(qtbot, dialog, how)
        dialog.accept()
        assert any("没有牵头单位" in text for text in seen), seen
        assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible(), how
        assert dialog.ui.tasksView.currentIndex().row() == 1        # gone back to the task to fill in
        dialog.done(0)


def test_esc_on_the_no_title_question_saves_nothing(qtbot) -> None:
    from PySide6.QtWidgets import QDialog

    for how in ("esc", "close"):
        plan = sample_plan()
        plan.title = ""
        dialog = _review(qtbot, plan, Prompts())
        seen = _escape_every_question(qtbot, dialog, how)
        dialog.accept()
        assert any("没有找到这份方案的标题" in text for text in seen), seen
        assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible(), how
        dialog.done(0)


# -- a named answer for 「作为另一个方案 / 作为修订稿」 -----------------------------------------------------------

def test_another_plan_or_revision_answers_with_a_named_result(tmp_path) -> None:
    from types import SimpleNamespace

    from helpers_ui import FakePrompts, make_workspace

    from desktop.ui.first_run import AS_ANOTHER_PLAN, NOT_IMPORTED, OTHER_AS_NEW, AnotherPlan, FirstRunFlow

    ws, plan_id = make_workspace(tmp_path / "ws.db")
    other = sample_plan()
    other.title, other.doc_number = "另一份方案", "测政办〔2024〕9号"

    def ask(answer):
        flow = SimpleNamespace(session=SimpleNamespace(ws=ws, plan_id=plan_id), window=None,
                               prompts=FakePrompts(choose=[answer]))
        return FirstRunFlow._another_plan_or_revision(flow, other)

    assert ask(None) == NOT_IMPORTED and not NOT_IMPORTED.imported
    assert ask(OTHER_AS_NEW) == AS_ANOTHER_PLAN == AnotherPlan(True, None)
    assert ask("作为《老年友好型城市建设工作方案》的修订稿导入") == AnotherPlan(True, plan_id)
    ws.close()


# -- the indicator panel names each indicator's task by its number as a person reads it (ux60 finding 10) ---------

def test_the_indicator_panel_labels_a_task_by_its_whole_number(qtbot, tmp_path) -> None:
    from helpers_ui import FakePrompts, make_workspace, open_window

    from desktop.core.model import Heading

    plan = sample_plan()
    plan.headings = [Heading(1, [], "二", "工作任务"), Heading(1, [], "三", "重点工作")]
    for n, task in enumerate(plan.tasks):          # 三.一 … 三.四: tasks numbered 一、二… under section 三
        task.path, task.number = ["三"], "一二三四"[n]
    ws, _plan_id = make_workspace(tmp_path / "w.sqlite", plan)
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="office", as_of="2024-06-03")
    labels = [label for label, _ratio, _note in window.dashboard.chart.bars]
    assert labels and all(label.startswith(("三.三 ", "三.四 ")) for label in labels), labels
    assert any(label.startswith("三.四 ") and "家庭养老照护床位" in label for label in labels)
    if SHOTS:
        window.resize(1366, 740)
        window.grab().save(os.path.join(SHOTS, "indicator_panel.png"))


# -- a unit typed that the plan never names (ux60 finding 10) ----------------------------------------------------

def _typed(qtbot, prompts, name: str, row: int = 0, plan=None, **kw):
    from PySide6.QtCore import Qt

    from desktop.ui.review import COL_RESPONSIBLE, ReviewDialog

    dialog = ReviewDialog(plan or sample_plan(), prompts, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.model.setData(dialog.model.index(row, COL_RESPONSIBLE), name, Qt.ItemDataRole.EditRole)
    return dialog


def test_a_typo_typed_in_the_review_is_asked_about_and_changed_to_the_known_name(qtbot) -> None:
    from PySide6.QtWidgets import QDialog

    prompts = FakePrompts(pick=["是笔误，改为“市民政局”"])
    dialog = _typed(qtbot, prompts, "市民证局、市财政局", row=2)
    dialog.accept()
    [said] = prompts.texts("pick")
    assert "“市民证局”不在方案原文中，也不是工作区中已有的单位" in said
    assert "最接近的已有单位：“市民政局”" in said and "［是笔误，改为“市民政局”／" in said
    assert "／不是笔误，仍然使用／是笔误，回去修改］" in said
    assert dialog.result() == QDialog.DialogCode.Accepted
    plan = dialog.plan()
    assert plan.tasks[2].responsible_units == ["市民政局", "市财政局"]
    assert "市民证局" not in [u.name for u in plan.units]
    dialog.undo_stack.undo()                             # one undoable step
    assert plan.tasks[2].responsible_units == ["市民证局", "市财政局"]


def test_a_typed_unit_kept_as_typed_is_asked_about_once_and_going_back_saves_nothing(qtbot) -> None:
    from PySide6.QtWidgets import QDialog

    prompts = FakePrompts(pick=["是笔误，回去修改", "不是笔误，仍然使用"])
    dialog = _typed(qtbot, prompts, "市民证局", row=2)
    dialog.ui.tasksView.setCurrentIndex(dialog.model.index(0, 1))
    dialog.accept()                                     # 回去修改: to the row that names it, nothing saved
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.ui.tasksView.currentIndex().row() == 2
    dialog.accept()                                     # 仍然使用
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.plan().tasks[2].responsible_units == ["市民证局"]
    assert len(prompts.texts("pick")) == 2
    dialog.setResult(0)
    dialog.accept()                                     # saved again: not asked again
    assert len(prompts.texts("pick")) == 2


def test_esc_on_the_typed_unit_question_goes_back(qtbot) -> None:
    from PySide6.QtWidgets import QDialog

    dialog = _typed(qtbot, Prompts(), "市民证局", row=2)
    seen = _escape_every_question(qtbot, dialog)
    dialog.accept()
    assert any("市民证局" in text for text in seen), seen
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.plan().tasks[2].responsible_units == ["市民证局"]
    dialog.done(0)


def test_a_unit_the_plan_prints_or_the_workspace_knows_is_not_asked_about(qtbot, tmp_path) -> None:
    from helpers_ui import make_workspace

    from desktop.store.saved_plan import workspace_units

    plan = sample_plan()
    plan.source_text = "……市审计局负责审计监督……"
    prompts = FakePrompts()
    dialog = _typed(qtbot, prompts, "市审计局", row=2, plan=plan)     # printed in the plan, missed by the parser
    dialog.accept()
    assert not prompts.texts("pick")
    other = sample_plan()
    other.title, other.doc_number = "另一份方案", "测政办〔2024〕9号"
    other.units.append(Unit("市统计局"))
    ws, _ = make_workspace(tmp_path / "w.sqlite", other)
    known = workspace_units(ws)
    ws.close()
    dialog = _typed(qtbot, prompts, "市统计局", row=2, workspace_units=known)     # another plan's unit
    dialog.accept()
    assert not prompts.texts("pick")


def test_task_edit_changes_a_typo_to_the_known_name_it_is_near(qtbot, tmp_path) -> None:
    from helpers_ui import make_workspace, task_id
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.store import queries
    from desktop.ui.task_edit import TaskEditDialog

    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    prompts = FakePrompts(pick=["是笔误，改为“市民政局”"])
    dialog = TaskEditDialog(ws, task_id(ws, plan_id, "二.一.2"), prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.responsibleEdit.setText("市民证局、市残联")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    [said] = prompts.texts("pick")
    assert "“市民证局”不在方案原文中" in said
    assert "［是笔误，改为“市民政局”／不是笔误，仍然使用／是笔误，回去修改］" in said
    assert not dialog.isVisible()
    detail = queries.task_detail(ws, task_id(ws, plan_id, "二.一.2"))
    responsible = [u["name"] for u in detail["units"] if u["role"] == "responsible"]
    assert responsible == ["市残联"]              # 市民政局 leads it already: not also responsible
    assert ws.conn.execute("SELECT COUNT(*) FROM units WHERE name = '市民证局'").fetchone()[0] == 0
    ws.close()


def test_task_edit_esc_on_the_typed_unit_question_saves_nothing(qtbot, tmp_path) -> None:
    from helpers_ui import make_workspace, task_id
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.store import plans as store_plans
    from desktop.ui.task_edit import TaskEditDialog

    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    dialog = TaskEditDialog(ws, task_id(ws, plan_id, "二.一.2"), Prompts())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.responsibleEdit.setText("市民证局")
    seen = _escape_every_question(qtbot, dialog)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert any("市民证局" in text for text in seen), seen
    assert dialog.isVisible() and dialog.ui.responsibleEdit.text() == "市民证局"
    assert store_plans.task_history(ws, task_id(ws, plan_id, "二.一.2")) == []
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "task_edit_back.png"))
    dialog.done(0)
    ws.close()


def test_plan_edit_takes_a_unit_the_plan_prints_as_the_review_does(tmp_path, capsys) -> None:
    from helpers_ui import make_workspace

    from desktop.__main__ import main

    plan = sample_plan()
    plan.source_text = "……市审计局负责审计监督……"
    make_workspace(tmp_path / "w.sqlite", plan)[0].close()
    db = str(tmp_path / "w.sqlite")
    assert main(["plan", "edit", "--db", db, "--task", "二.一.2", "--responsible", "市审计局"]) == 0
    assert main(["plan", "edit", "--db", db, "--task", "二.一.2", "--responsible", "市民证局"]) == 2
    assert "“市民证局”（最接近的已有单位：“市民政局”）不在方案原文中" in capsys.readouterr().err


# -- 责任领导 corrected like the other fields (m60a stored them, read-only) -------------------------------------

def _with_leaders():
    plan = sample_plan()
    plan.tasks[0].leaders = ["张明副区长"]
    plan.tasks[2].leaders = ["李华", "王强"]
    return plan


def test_plan_edit_corrects_the_leaders_in_the_history_and_refuses_a_unit(tmp_path, capsys) -> None:
    from helpers_ui import make_workspace, task_id

    from desktop.__main__ import main
    from desktop.store import plans as store_plans, queries

    ws, plan_id = make_workspace(tmp_path / "w.sqlite", _with_leaders())
    tid = task_id(ws, plan_id, "二.一.1")
    ws.close()
    db = str(tmp_path / "w.sqlite")
    assert main(["plan", "edit", "--db", db, "--task", "二.一.1", "--leaders", "张敏副区长、赵刚"]) == 0
    assert "责任领导：“张明副区长”→“张敏副区长、赵刚”" in capsys.readouterr().out
    assert main(["plan", "edit", "--db", db, "--task", "二.一.1", "--leaders", "市民政局"]) == 2
    assert "“市民政局”是方案中的单位，责任领导只写人名" in capsys.readouterr().err
    from desktop.store import open_workspace

    with open_workspace(tmp_path / "w.sqlite") as ws:
        assert queries.task_detail(ws, tid)["leaders"] == ["张敏副区长", "赵刚"]
        [row] = store_plans.task_history(ws, tid)
        assert row["field"] == "责任领导" and row["new"] == "张敏副区长、赵刚"
        assert "leaders" in store_plans.corrected_fields(ws, tid)
        assert "赵刚" not in [u["name"] for u in queries.task_detail(ws, tid)["units"]]


def test_a_revision_keeps_the_corrected_leaders(tmp_path) -> None:
    import copy

    from helpers_ui import make_workspace, task_id

    from desktop.store import plans as store_plans, queries

    ws, plan_id = make_workspace(tmp_path / "w.sqlite", _with_leaders())
    tid = task_id(ws, plan_id, "二.一.1")
    store_plans.edit_task(ws, tid, {"leaders": ["张敏副区长"]})
    revised = copy.deepcopy(_with_leaders())
    revised.tasks[3].title = "建设家庭养老照护床位"          # the document changed something else
    reimport = store_plans.prepare_reimport(ws, revised)
    assert reimport.plan.tasks[0].leaders == ["张敏副区长"] and not reimport.conflicts
    store_plans.save_reimport(ws, reimport, source_name="revised.txt")
    assert queries.task_detail(ws, task_id(ws, plan_id, "二.一.1"))["leaders"] == ["张敏副区长"]
    ws.close()


def test_task_edit_corrects_the_leaders_and_refuses_a_unit(qtbot, tmp_path) -> None:
    from helpers_ui import make_workspace, task_id
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.store import plans as store_plans, queries
    from desktop.ui.task_edit import TaskEditDialog

    ws, plan_id = make_workspace(tmp_path / "w.sqlite", _with_leaders())
    tid = task_id(ws, plan_id, "二.二.3")
    prompts = FakePrompts()
    dialog = TaskEditDialog(ws, tid, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.leadersEdit.text() == "李华、王强"
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    dialog.ui.leadersEdit.setText("李华、市残联")
    save.click()
    assert "“市残联”是方案中的单位" in prompts.texts("warn")[-1] and dialog.isVisible()
    assert dialog.ui.leadersEdit.text() == "李华、市残联"          # kept in its field, to correct
    dialog.ui.leadersEdit.setText("李华副区长")
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "task_edit_leaders.png"))
    save.click()
    assert not dialog.isVisible() and not prompts.texts("pick")
    assert queries.task_detail(ws, tid)["leaders"] == ["李华副区长"]
    assert store_plans.task_history(ws, tid)[0]["field"] == "责任领导"
    ws.close()


def test_the_review_shows_the_leaders_beside_the_units_and_takes_a_correction(qtbot) -> None:
    from PySide6.QtCore import Qt

    from desktop.core import review_edits as logic
    from desktop.ui.review import COL_LEADERS, COL_RESPONSIBLE, HEADERS

    plain = _review(qtbot, sample_plan(), FakePrompts())
    assert plain.ui.tasksView.isColumnHidden(COL_LEADERS)        # a plan that names no leaders: no such column
    plain.done(0)
    dialog = _review(qtbot, _with_leaders(), FakePrompts())
    view, model = dialog.ui.tasksView, dialog.model
    assert not view.isColumnHidden(COL_LEADERS) and HEADERS[COL_LEADERS] == "责任领导"
    assert view.horizontalHeader().visualIndex(COL_LEADERS) == COL_RESPONSIBLE + 1
    assert model.index(2, COL_LEADERS).data() == "李华、王强"
    edit = Qt.ItemDataRole.EditRole
    assert not model.setData(model.index(2, COL_LEADERS), "李华、市残联", edit)       # a unit: refused, kept
    assert "“市残联”是方案中的单位" in model.pending[(2, COL_LEADERS)][1]
    assert model.setData(model.index(2, COL_LEADERS), "李华副市长", edit)
    assert "李华副市长" not in [u.name for u in dialog.plan().units]                # a person joins no unit list
    dialog.resize(1366, 700)                             # eight columns in sight at 1366×768, none cut
    qtbot.wait(20)
    header = view.horizontalHeader()
    assert view.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(COL_LEADERS) >= header.fontMetrics().horizontalAdvance("责任领导") + 8
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "review_leaders.png"))
    dialog.undo_stack.undo()
    assert model.index(2, COL_LEADERS).data() == "李华、王强"
    dialog.undo_stack.redo()
    corrections = logic.corrections_between(_with_leaders(), dialog.plan())
    [(key, fields)] = corrections.items()
    assert key == "二.二.3" and fields["leaders"].value == ["李华副市长"]
    assert fields["leaders"].document == ["李华", "王强"]


def test_a_name_the_parser_put_on_a_task_is_not_asked_about(qtbot) -> None:
    plan = sample_plan()
    plan.tasks[0].responsible_units = ["区融媒体中心"]     # on a task, not in the parser's list, not in the text
    prompts = FakePrompts()
    dialog = _review(qtbot, plan, prompts)
    dialog.accept()
    assert not prompts.texts("pick")
