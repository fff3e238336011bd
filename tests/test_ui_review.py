"""The review dialog and the task edit dialog as a person uses them: clicks, keys, undo, sizes."""

from __future__ import annotations

import copy

import pytest
from helpers_seeds import revised_seed_000, seed_path
from helpers_ui import FakePrompts, make_workspace, open_window, sample_plan, task_id
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QLineEdit

from desktop.core.parse import parse_file
from desktop.store import plans as P, queries
from desktop.ui.review import COL_TARGETS, COL_TITLE, ConflictRole, ReviewDialog
from desktop.ui.screen_fit import FRAME_HEIGHT as FRAME_H, SMALLEST as SMALL_SCREEN, fit_to_screen
from desktop.ui.task_edit import TaskEditDialog


def _dialog(qtbot, plan=None, prompts=None, **kwargs):
    prompts = prompts or FakePrompts()
    dialog = ReviewDialog(plan or sample_plan(), prompts, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)          # shortcuts and focus need the active window
    return dialog, prompts


def _click_unit(qtbot, dialog, name, modifier=Qt.KeyboardModifier.NoModifier):
    units = dialog.ui.unitsList
    item = next(units.item(r) for r in range(units.count())
                if units.item(r).data(Qt.ItemDataRole.UserRole) == name)
    units.scrollToItem(item)
    qtbot.mouseClick(units.viewport(), Qt.MouseButton.LeftButton, modifier, units.visualItemRect(item).center())


def test_merge_keeps_the_unit_clicked_first(qtbot):
    plan = sample_plan()
    plan.tasks[0].lead_units = ["民政局"]                  # the same unit under a short name
    dialog, _ = _dialog(qtbot, plan)
    _click_unit(qtbot, dialog, "市民政局")
    _click_unit(qtbot, dialog, "民政局", Qt.KeyboardModifier.ControlModifier)
    assert dialog.selected_units() == ["市民政局", "民政局"]
    qtbot.mouseClick(dialog.ui.mergeButton, Qt.MouseButton.LeftButton)
    assert dialog.working.tasks[0].lead_units == ["市民政局"]
    assert dialog.working.tasks[1].lead_units[0] == "市民政局"
    # clicked the other way round, the other name is kept
    dialog2, _ = _dialog(qtbot, plan)
    _click_unit(qtbot, dialog2, "民政局")
    _click_unit(qtbot, dialog2, "市民政局", Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(dialog2.ui.mergeButton, Qt.MouseButton.LeftButton)
    assert dialog2.working.tasks[1].lead_units[0] == "民政局"


def test_ctrl_z_undoes_review_edits_and_ctrl_y_redoes(qtbot):
    dialog, prompts = _dialog(qtbot)
    model = dialog.model
    assert not dialog.ui.undoButton.isEnabled()
    assert model.setData(model.index(0, COL_TITLE), "凝聚共识")
    _click_unit(qtbot, dialog, "市卫健委")
    _click_unit(qtbot, dialog, "市财政局", Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(dialog.ui.mergeButton, Qt.MouseButton.LeftButton)
    assert "市财政局" not in [u.name for u in dialog.working.units]
    dialog.ui.tasksView.setFocus()
    qtbot.keyClick(dialog.ui.tasksView, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "市财政局" in [u.name for u in dialog.working.units]            # the merge undone
    assert dialog.working.tasks[1].responsible_units == ["市财政局"]
    assert model.index(1, 4).data() == "市财政局"                           # the table shows it
    qtbot.keyClick(dialog.ui.tasksView, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.working.tasks[0].title == "凝聚社会共识"                    # the title edit undone
    assert dialog.model.plan is dialog.working and dialog.plan().tasks[0].title == "凝聚社会共识"
    qtbot.keyClick(dialog.ui.tasksView, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert dialog.working.tasks[0].title == "凝聚共识"
    qtbot.mouseClick(dialog.ui.undoButton, Qt.MouseButton.LeftButton)
    assert dialog.working.tasks[0].title == "凝聚社会共识"
    assert not dialog.has_edits()
    dialog.reject()                                                         # nothing left: no question
    assert prompts.texts("ask") == [] and not dialog.isVisible()


def test_enter_on_a_row_edits_the_cell_and_never_saves(qtbot):
    dialog, _ = _dialog(qtbot)
    view = dialog.ui.tasksView
    view.setCurrentIndex(dialog.model.index(1, COL_TITLE))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert view.state() == QAbstractItemView.State.EditingState
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isDefault() and not save.autoDefault()
    editor = QApplicationFocus.widget()
    assert isinstance(editor, QLineEdit) and editor.text() == "明确责任分工"
    editor.setText("明确分工")
    qtbot.keyClick(editor, Qt.Key.Key_Return)                              # Enter commits the cell
    qtbot.waitUntil(lambda: dialog.working.tasks[1].title == "明确分工")
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClick(view, Qt.Key.Key_Enter)                                  # and again only edits
    assert dialog.isVisible() and view.state() == QAbstractItemView.State.EditingState


class QApplicationFocus:
    @staticmethod
    def widget():
        from PySide6.QtWidgets import QApplication

        return QApplication.focusWidget()


def test_escape_or_cancel_after_edits_asks_first(qtbot):
    dialog, prompts = _dialog(qtbot, prompts=FakePrompts(ask=[False, True]))
    assert dialog.model.setData(dialog.model.index(0, COL_TITLE), "凝聚共识")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert "修改了 1 处" in prompts.texts("ask")[-1] and dialog.isVisible()   # 否: stays, edit kept
    assert dialog.working.tasks[0].title == "凝聚共识"
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert len(prompts.texts("ask")) == 2 and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    # no edits: Esc closes at once
    quiet, quiet_prompts = _dialog(qtbot)
    qtbot.keyClick(quiet, Qt.Key.Key_Escape)
    assert not quiet.isVisible() and quiet_prompts.texts("ask") == []


def test_a_target_without_digits_is_kept_and_explained(qtbot):
    dialog, prompts = _dialog(qtbot, prompts=FakePrompts(ask=[False, True]))
    view = dialog.ui.tasksView
    index = dialog.model.index(2, COL_TARGETS)
    view.setCurrentIndex(index)
    view.setFocus()
    view.edit(index)
    editor = QApplicationFocus.widget()
    assert isinstance(editor, QLineEdit)
    editor.setText("大幅增加")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(prompts.texts("warn")))
    assert "“大幅增加”里没有数字" in prompts.texts("warn")[-1] and "仍留在格中" in prompts.texts("warn")[-1]
    assert index.data() == "大幅增加"                                          # the typed text stays
    assert [t.value for t in dialog.working.tasks[2].targets] == [2000]       # the targets untouched
    # Ctrl+Z gives the typed text up and shows the targets again; Ctrl+Y brings it back
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # each target by its name (ux56), with its own date (ux58, m59a)
    assert index.data() == "适老化改造 不少于2000户（2024-12-31）" and not dialog.model.pending
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert index.data() == "大幅增加"
    # saving with it asks; 否 goes back, 是 saves without it
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert "大幅增加" in prompts.texts("ask")[-1] and dialog.isVisible()
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_row_problems_name_where_to_act(qtbot):
    plan = sample_plan()
    plan.tasks[2].lead_units = ["市住建局"]
    dialog, _ = _dialog(qtbot, plan)
    problems = dialog.model.problems[2]
    assert any("右侧单位列表" in p and "合并为同一单位" in p for p in problems)
    assert not any("单位名册" in p for row in dialog.model.problems for p in row)


def test_a_revised_plan_shows_what_changed_and_the_corrections_it_touches(qtbot, tmp_path):
    parsed = sample_plan()
    reviewed = copy.deepcopy(parsed)
    reviewed.tasks[0].title = "凝聚共识"
    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    P.save_plan(ws, reviewed, backup=False, parsed=parsed)
    revised = sample_plan()
    revised.tasks[0].title = "凝聚全社会共识"
    revised.tasks[1].deadline = "2024-09-30"
    reimport = P.prepare_reimport(ws, revised)
    dialog, _ = _dialog(qtbot, reimport.plan, reimport=reimport)
    assert dialog.ui.changesPanel.isVisible()
    assert "另有 1 处您修改过的内容" in dialog.ui.changesLabel.text()
    (item,) = dialog.conflict_items()
    assert item.checkState() == Qt.CheckState.Unchecked                         # default: keep mine
    assert dialog.working.tasks[0].title == "凝聚共识"
    texts = [dialog.ui.changesList.item(i).text() for i in range(dialog.ui.changesList.count())]
    assert any("完成时限“（无）”→“2024-09-30”" in t for t in texts)
    item.setCheckState(Qt.CheckState.Checked)                                   # take the document's
    assert dialog.working.tasks[0].title == "凝聚全社会共识"
    assert dialog.model.index(0, COL_TITLE).data() == "凝聚全社会共识"
    dialog.undo_stack.undo()
    assert dialog.working.tasks[0].title == "凝聚共识" and item.checkState() == Qt.CheckState.Unchecked
    assert item.data(ConflictRole).field == "title"
    # a first import shows no such panel
    fresh, _ = _dialog(qtbot)
    assert not fresh.ui.changesPanel.isVisible()
    ws.close()


@pytest.mark.parametrize("which", ["review", "task_edit"])
def test_dialogs_fit_a_1366x768_screen_with_save_and_cancel_visible(qtbot, tmp_path, which):
    if which == "review":
        dialog, _ = _dialog(qtbot, parse_file(seed_path("000")))
    else:
        ws, plan_id = make_workspace(tmp_path / "w.sqlite")
        dialog = TaskEditDialog(ws, task_id(ws, plan_id, "二.二.4"), FakePrompts())
        qtbot.addWidget(dialog)
        dialog.show()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= SMALL_SCREEN.width() and hint.height() + FRAME_H <= SMALL_SCREEN.height()
    dialog.resize(1600, 1000)                       # as if restored from a bigger screen
    fit_to_screen(dialog, SMALL_SCREEN)
    assert dialog.width() <= SMALL_SCREEN.width() and dialog.height() + FRAME_H <= SMALL_SCREEN.height()
    assert SMALL_SCREEN.contains(dialog.geometry())
    qtbot.wait(10)
    for code in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel):
        button = dialog.ui.buttonBox.button(code)
        top_left = button.mapTo(dialog, QPoint(0, 0))
        assert button.isVisible()
        assert QRect(QPoint(0, 0), dialog.size()).contains(QRect(top_left, button.size()))
    image = dialog.grab()
    image.save(str(tmp_path / f"{which}.png"))
    assert (image.width(), image.height()) == (dialog.width(), dialog.height())


def test_task_tab_corrects_a_saved_task_and_shows_its_history(qtbot, tmp_path):
    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    ws.close()
    prompts = FakePrompts(ask=[False, True])
    window = open_window(qtbot, tmp_path / "w.sqlite", prompts, role="office")
    page = window.page("tasks")
    ws = window.session.ws
    target = task_id(ws, plan_id, "二.二.4")
    assert page.select_task(target) and page.ui.editButton.isEnabled()
    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    dialog = page.edit_dialog
    qtbot.waitExposed(dialog)
    assert dialog.ui.titleEdit.text() == "建设养老床位"
    # as the review shows them, each with its own date (m59a); the sentences in the field's tip
    assert dialog.ui.targetsEdit.text() == "家庭养老照护床位 不少于500张（2024-11-30）；护理型床位占比 不少于75%"
    assert "原文：不少于500张；不低于75%" in dialog.ui.targetsEdit.toolTip()
    assert "还没有修改过" in dialog.ui.historyList.item(0).text()
    # a bad value is refused with the reason, and stays in its field
    dialog.ui.deadlineEdit.setText("下周")
    qtbot.keyClick(dialog.ui.deadlineEdit, Qt.Key.Key_Return)
    assert "不是日期" in prompts.texts("warn")[-1] and dialog.isVisible()
    assert dialog.ui.deadlineEdit.text() == "下周"
    # Esc with unsaved typing asks first (否: stays)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert "还没有保存" in prompts.texts("ask")[-1] and dialog.isVisible()
    dialog.ui.deadlineEdit.setText("2024-12-31")
    dialog.ui.titleEdit.setText("建设家庭养老床位")
    dialog.ui.shortNameEdit.setText("养老床位")
    dialog.ui.targetsEdit.setText("不少于500张；达到90%以上")
    dialog.ui.leadEdit.setText("市民政局、市卫健委")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    detail = queries.task_detail(ws, target)
    assert (detail["title"], detail["short_name"], detail["deadline"]) == ("建设家庭养老床位", "养老床位", "2024-12-31")
    assert [(t["value"], t["comparator"]) for t in detail["targets"]] == [(500, ">="), (90, ">=")]
    assert [u["name"] for u in detail["units"] if u["role"] == "lead"] == ["市民政局", "市卫健委"]
    # six changes: making 市卫健委 lead takes it off the responsible units
    assert len(P.task_history(ws, target)) == 6
    # the page shows the new title and what was corrected; the tree too
    assert "建设家庭养老床位" in page.ui.titleLabel.text()
    assert "4. 建设家庭养老床位" in page.ui.titleLabel.text()      # its own level's numeral (二.二.4), as the tree
    assert "您改过的内容" in page.ui.textBrowser.toPlainText()
    assert "简称：养老床位" in page.ui.textBrowser.toPlainText()
    # opened again, the history is there
    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    again = page.edit_dialog
    assert again.ui.historyList.count() == 6 and "保存后修改" in again.ui.historyList.item(0).text()
    assert "您改过" in again.ui.headLabel.text()
    qtbot.keyClick(again, Qt.Key.Key_Escape)                                # nothing typed: no question
    assert not again.isVisible() and len(prompts.texts("ask")) == 1


def test_importing_a_revised_plan_in_the_client_keeps_corrections_and_says_what_changed(qtbot, tmp_path):
    from desktop.__main__ import main

    db = tmp_path / "w.sqlite"
    assert main(["plan", "import", str(seed_path("000")), "--db", str(db)]) == 0
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.1", "--title", "凝聚共识"]) == 0
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.3", "--deadline", "2024-10-31"]) == 0
    prompts = FakePrompts(open_file=[revised_seed_000(tmp_path)])
    window = open_window(qtbot, db, prompts, role="office")
    window.import_plan()
    flow = window.first_run_flow
    qtbot.waitUntil(lambda: flow.import_dialog is not None and flow.import_dialog.isVisible())
    qtbot.mouseClick(flow.import_dialog.ui.browseButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(flow.import_dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.review_dialog is not None and flow.review_dialog.isVisible(), timeout=15000)
    review = flow.review_dialog
    assert review.working.tasks[0].title == "凝聚共识"                         # not the raw parse
    assert review.working.tasks[2].deadline == "2024-10-31"
    (item,) = review.conflict_items()
    assert "新方案“凝聚全社会共识”" in item.text() and item.checkState() == Qt.CheckState.Unchecked
    qtbot.mouseClick(review.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.result is not None, timeout=15000)
    said = prompts.texts("info")[-1]
    assert "更新 2 项" in said and "改动的内容" in said and "二.一.2 明确责任分工：任务原文的表述有改动" in said
    rows = {r.key: r for r in queries.tasks(window.session.ws, queries.current_plan_id(window.session.ws))}
    assert rows["二.一.1"].title == "凝聚共识" and rows["二.一.3"].deadline == "2024-10-31"


def test_plan_info_and_phases_are_corrected_in_review_and_undone_with_ctrl_z(qtbot, monkeypatch):
    from desktop.ui.plan_info import PlanInfoDialog

    dialog, _ = _dialog(qtbot)
    info = PlanInfoDialog(dialog.working, dialog)
    qtbot.addWidget(info)
    assert info.ui.phasesTable.rowCount() == 3 and info.ui.titleEdit.text() == "老年友好型城市建设工作方案"
    info.ui.phasesTable.item(0, 2).setText("2024-13")
    info.accept()
    assert "不是月份" in info.ui.errorLabel.text() and info.result() != QDialog.DialogCode.Accepted
    info.ui.phasesTable.item(0, 2).setText("2024-02")
    info.ui.titleEdit.setText("老年友好型城市建设实施方案")
    info.add_phase()
    info.ui.phasesTable.item(3, 0).setText("巩固提升阶段")
    info.ui.phasesTable.item(3, 1).setText("2025-01")
    info.accept()
    assert info.result() == QDialog.DialogCode.Accepted and info.ui.errorLabel.text() == ""
    values = info.values

    class Typed(PlanInfoDialog):                  # the dialog as the person left it
        def exec(self):
            self.values = values
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr("desktop.ui.review.PlanInfoDialog", Typed)
    dialog.ui.planInfoButton.click()
    assert dialog.working.title == "老年友好型城市建设实施方案"
    phases = [(p.name, p.end) for p in dialog.working.phases]
    assert phases[::3] == [("动员部署阶段", "2024-02"), ("巩固提升阶段", None)]
    assert "4 个工作阶段" in dialog.ui.summaryLabel.text()
    dialog.undo_stack.undo()
    assert dialog.working.title == "老年友好型城市建设工作方案" and len(dialog.working.phases) == 3


def test_the_monthly_duty_in_plan_info_shows_the_rule_it_gives_and_is_undone_with_ctrl_z(qtbot, monkeypatch):
    from desktop.ui.plan_info import PlanInfoDialog

    dialog, _ = _dialog(qtbot)
    info = PlanInfoDialog(dialog.working, dialog)
    qtbot.addWidget(info)
    edit, rule = info.ui.monthlyDutyEdit, info.ui.monthlyRuleLabel
    assert edit.text() == "每月报送信息1篇以上"
    assert "没有写明每月几日报送：按每月5日前报送上月情况计" in rule.text()
    edit.setText("每月20日前报送当月工作进展")
    assert rule.text() == "按此要求：每月20日前报送当月情况。"
    edit.clear()
    assert rule.text().startswith("方案未规定月度报送日期")
    edit.setText("  每月10日前报送上月工作进展 ")
    info.accept()
    assert info.values["plan.monthly_duty"] == "每月10日前报送上月工作进展"
    values = info.values

    class Typed(PlanInfoDialog):
        def exec(self):
            self.values = values
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr("desktop.ui.review.PlanInfoDialog", Typed)
    dialog.ui.planInfoButton.click()
    assert [d.text for d in dialog.working.duties if d.every == "month"] == ["每月10日前报送上月工作进展"]
    dialog.undo_stack.undo()
    assert [d.text for d in dialog.working.duties if d.every == "month"] == ["每月报送信息1篇以上"]


def _doubtful_plan():
    from desktop.core.model import ParsedPlan, Task, Unit

    tasks = [Task(["一"], "1", "社区食堂", "新建社区食堂12家。", responsible_units=["区民政局"]),
             Task(["一"], "2", "服务流程", "优化社区服务流程。", responsible_units=["区民政局"]),
             Task(["一"], "3", "活动室", "改造活动室，2024年9月底前完工。", responsible_units=["区民政局"])]
    return ParsedPlan(title="测试方案", date="2024-03-01", tasks=tasks, units=[Unit("区民政局")],
                      source_text="\n".join(t.text for t in tasks))


def test_next_row_to_check_goes_through_the_doubtful_rows_and_the_summary_counts_them(qtbot):
    dialog, _ = _dialog(qtbot, _doubtful_plan())
    view = dialog.ui.tasksView
    assert dialog.model.warned_rows() == [0, 2]
    assert "2 行需要核对" in dialog.ui.summaryLabel.text()
    assert view.currentIndex().row() == 0                      # opens on the first one
    marks = [dialog.model.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole) for r in range(3)]
    assert [m is not None and not m.isNull() for m in marks] == [True, False, True]   # seen under the selection
    assert "12家" in dialog.ui.sourceBrowser.toPlainText()       # and says what to check there
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F8)
    assert view.currentIndex().row() == 2
    assert "2024年9月底前" in dialog.ui.sourceBrowser.toPlainText()
    qtbot.keyClick(view, Qt.Key.Key_F8)                       # round to the first again
    assert view.currentIndex().row() == 0
    qtbot.mouseClick(dialog.ui.nextFlagButton, Qt.MouseButton.LeftButton)
    assert view.currentIndex().row() == 2
    # the clerk fills the deadline: the row is no longer flagged, the count follows
    from desktop.ui.review import COL_DEADLINE
    assert dialog.model.setData(dialog.model.index(2, COL_DEADLINE), "2024-09-30")
    assert dialog.model.warned_rows() == [0]
    assert "1 行需要核对" in dialog.ui.summaryLabel.text()
    assert dialog.ui.nextFlagButton.isEnabled()
    dialog.model.setData(dialog.model.index(0, COL_TARGETS), "新建社区食堂12家")
    assert dialog.model.warned_rows() == []
    assert not dialog.ui.nextFlagButton.isEnabled()
    assert "没有标黄需要核对的行" in dialog.ui.summaryLabel.text() and "F8" not in dialog.ui.summaryLabel.text()


def test_a_row_checked_as_it_is_stops_being_flagged_until_it_changes(qtbot):
    """本行无误: the plan really says so (the doubt is no error); the row is untinted, F8 skips
    it, and the summary counts it as checked; a later edit of the row is judged again."""
    from desktop.ui.review import COL_DEADLINE

    dialog, _ = _dialog(qtbot, _doubtful_plan())
    view = dialog.ui.tasksView
    assert view.currentIndex().row() == 0 and dialog.ui.checkedButton.isEnabled()
    with qtbot.waitSignal(dialog.model.headerDataChanged):                     # its mark goes too
        qtbot.mouseClick(dialog.ui.checkedButton, Qt.MouseButton.LeftButton)
    assert dialog.model.warned_rows() == [2] and view.currentIndex().row() == 2     # on to the next
    assert dialog.model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole) is None
    assert "1 行需要核对" in dialog.ui.summaryLabel.text() and "已核对 1 行" in dialog.ui.summaryLabel.text()
    view.setCurrentIndex(dialog.model.index(0, COL_TITLE))
    assert "已核对，本行无误" in dialog.ui.sourceBrowser.toPlainText()        # the doubt still said
    assert not dialog.ui.checkedButton.isEnabled()
    assert dialog.model.setData(dialog.model.index(0, COL_TARGETS), "新建社区食堂12家")   # set right: no doubt
    assert dialog.model.setData(dialog.model.index(0, COL_TARGETS), "")       # the same doubt again: still checked
    assert 0 not in dialog.model.warned_rows()
    from desktop.ui.review import COL_LEAD
    assert dialog.model.setData(dialog.model.index(0, COL_LEAD), "区民政局、区甲乙丙局、区丁戊局")   # a new doubt
    assert 0 in dialog.model.warned_rows()
    assert dialog.model.setData(dialog.model.index(2, COL_DEADLINE), "2024年9月底前")  # the plan's own words
    assert dialog.model.index(2, COL_DEADLINE).data() == "2024-09-30"
    # a refused edit waiting in a row keeps it flagged and cannot be checked away
    dialog.model.setData(dialog.model.index(1, COL_DEADLINE), "下周")
    assert dialog.model.flagged(1) and not dialog.model.can_check(1)


def test_rows_checked_at_an_earlier_import_open_checked(qtbot):
    """A revised document's review opens with the rows checked last time (same problems) checked."""
    from desktop.store.plans import Reimport

    plan = _doubtful_plan()
    dialog, _ = _dialog(qtbot, plan)
    first_problems = tuple(dialog.model.problems[0])
    reimport = Reimport(plan, plan, plan_id=1, checked={("一.1", first_problems)})
    again, _ = _dialog(qtbot, plan, reimport=reimport)
    assert again.model.warned_rows() == [2]
    assert "已核对 1 行" in again.ui.summaryLabel.text()
    assert again.ui.tasksView.currentIndex().row() == 2          # opens on the row still to check


def test_a_plan_without_title_gets_one_in_the_review_undoably(qtbot):
    """ux56: a task list with no title line showed an empty bold title in the review and was
    saved without a word. The summary offers to fill it in; the title is one undoable edit."""
    plan = sample_plan()
    plan.title = ""
    dialog, prompts = _dialog(qtbot, plan, FakePrompts(text=["  ", "通山县政府工作报告重点任务分解"]))
    assert "没有找到方案标题，点此填写" in dialog.ui.summaryLabel.text()
    assert not dialog.ui.summaryLabel.text().startswith("<b></b>")
    dialog.ui.summaryLabel.linkActivated.emit("title")         # a blank title is refused, in words
    assert dialog.working.title == "" and prompts.texts("warn")
    dialog.ui.summaryLabel.linkActivated.emit("title")
    assert dialog.working.title == "通山县政府工作报告重点任务分解"
    assert "<b>通山县政府工作报告重点任务分解</b>" in dialog.ui.summaryLabel.text()
    assert dialog.undo_stack.undoText() == "填写方案标题"
    dialog.undo_stack.undo()
    assert dialog.working.title == "" and "点此填写" in dialog.ui.summaryLabel.text()


def test_saving_a_plan_without_title_asks_once(qtbot):
    plan = sample_plan()
    plan.title = ""
    # 按现状保存: saved as it is, asked once
    dialog, prompts = _dialog(qtbot, copy.deepcopy(plan), FakePrompts(offer=[False]))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.working.title == ""
    asked = prompts.texts("offer")
    assert len(asked) == 1 and "没有找到这份方案的标题" in asked[0] and asked[0].endswith("［填写标题］")
    # 填写标题, then cancels the title: back to the review, nothing saved
    dialog, prompts = _dialog(qtbot, copy.deepcopy(plan), FakePrompts(offer=[True], text=[None]))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    # 填写标题 and types it: saved with the title
    dialog, prompts = _dialog(qtbot, copy.deepcopy(plan), FakePrompts(offer=[True], text=["某县重点任务分解"]))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.plan().title == "某县重点任务分解"
    # a plan with a title is not asked about
    dialog, prompts = _dialog(qtbot, sample_plan(), FakePrompts())
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted and not prompts.texts("offer")
