"""The task tree: filters (mine, status, late, search of any length) and the task page."""

from __future__ import annotations

from helpers_ui import FakePrompts, make_workspace, open_window, task_id, unit

from desktop.store import entries


def _titles(page):
    model = page.model
    return [node.title for node in model.by_task.values() if model.index_of_task(node.task_id).isValid()]


def test_filters_and_search(qtbot, tmp_path):
    ws, plan = make_workspace(tmp_path / "w.sqlite")
    civil = unit(ws, plan, "市民政局")
    entries.save_entry(ws, task_id(ws, plan, "二.二.4"), civil, "2024-02", status="late", progress="床位建设进度偏慢")
    entries.save_entry(ws, task_id(ws, plan, "二.一.2"), civil, "2024-02", status="done", progress="分工文件已印发")
    entries.submit_month(ws, civil, "2024-02")      # another unit's statuses count once submitted
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="unit", unit_name="市残联",
                         as_of="2024-07-10")
    page = window.tasks
    # a liaison starts with the unit's own tasks: 市残联 has task 3, and task 1 through its group
    assert page.ui.mineCheck.isChecked()
    assert _titles(page) == ["凝聚社会共识", "推进适老化改造"]
    assert page.ui.countLabel.text() == "显示 2 / 4 项任务"
    page.ui.mineCheck.setChecked(False)
    assert page.model.visible_count == 4
    assert page.ui.countLabel.text() == "共 4 项任务"
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("done"))
    assert _titles(page) == ["明确责任分工"]
    page.ui.statusCombo.setCurrentIndex(0)
    page.ui.lateCheck.setChecked(True)           # task 4 reported 滞后; task 3's deadline is ahead
    assert _titles(page) == ["建设养老床位"]
    page.ui.lateCheck.setChecked(False)
    page.ui.searchEdit.setText("床")             # one character: found in title, text and entries
    assert _titles(page) == ["建设养老床位"]
    page.ui.searchEdit.setText("分工文件")       # in an entry only
    assert _titles(page) == ["明确责任分工"]
    assert page.ui.countLabel.text() == "显示 1 / 4 项任务"
    page.ui.searchEdit.setText("没有这样的任务")
    assert _titles(page) == [] and page.model.rowCount() == 0
    page.ui.searchEdit.clear()
    assert page.model.visible_count == 4


def test_task_page_shows_text_units_targets_history(qtbot, tmp_path):
    ws, plan = make_workspace(tmp_path / "w.sqlite")
    civil = unit(ws, plan, "市民政局")
    t4 = task_id(ws, plan, "二.二.4")
    beds = ws.conn.execute("SELECT id FROM targets WHERE task_id = ? ORDER BY position", (t4,)).fetchone()[0]
    entries.save_entry(ws, t4, civil, "2024-01", progress="摸底", values={beds: 100})
    entries.save_entry(ws, t4, civil, "2024-02", progress="新增", values={beds: 200})
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="unit", unit_name="市民政局")
    window.find()                                 # Ctrl+F: the tasks tab, focus in the search box
    assert window.current_page() is window.tasks
    page = window.tasks
    with qtbot.waitSignal(page.task_selected):
        assert page.select_task(t4)
    text = page.ui.textBrowser.toPlainText()
    assert "家庭养老照护床位不少于500张" in text and "牵头单位：市民政局" in text and "责任单位：市卫健委" in text
    assert page.targets.rowCount() == 2
    assert page.targets.index(0, page.targets.COL_LATEST).data() == "200张"
    assert page.targets.index(0, page.targets.COL_SHARE).data() == "40%"
    assert page.targets.index(1, page.targets.COL_MONTH).data() == "尚未填报"
    assert [page.history.index(r, 0).data() for r in range(page.history.rowCount())] == ["2024-02", "2024-01"]


def test_window_state_is_remembered(qtbot, tmp_path):
    make_workspace(tmp_path / "w.sqlite")[0].close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="unit", unit_name="市残联")
    window.show_page("tasks").ui.mineCheck.setChecked(False)
    window.resize(700, 500)                     # fits the offscreen screen (800×600)
    size = (window.width(), window.height())    # as the layout's minimum allows
    window.close()
    again = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts())
    assert again.current_page() is again.tasks
    assert not again.tasks.ui.mineCheck.isChecked()
    assert (again.width(), again.height()) == size != (1280, 800)


def test_filter_latency_helper_for_bench(qtbot, tmp_path):
    from desktop.ui.devtools.perf import filter_latency_ms

    make_workspace(tmp_path / "w.sqlite")[0].close()
    result = filter_latency_ms(tmp_path / "w.sqlite", ("床", "分工"), repeat=2)
    assert set(result) == {"床", "分工"} and all(v > 0 for v in result.values())   # judged by bench, not here


def test_tree_status_follows_new_entries(qtbot, tmp_path):
    ws, plan = make_workspace(tmp_path / "w.sqlite")
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="unit", unit_name="市民政局",
                         as_of="2024-03-20")
    tasks = window.show_page("tasks")
    t1 = task_id(window.session.ws, plan, "二.一.1")
    tasks.select_task(t1)
    monthly = window.show_page("monthly")
    monthly.ui.statusCombo.setCurrentIndex(monthly.ui.statusCombo.findData("late"))
    monthly.ui.progressEdit.setPlainText("推进缓慢")
    monthly.flush()
    assert tasks.stale
    window.show_page("tasks")
    assert not tasks.stale and tasks.current_task_id() == t1
    assert tasks.model.index_of_task(t1).siblingAtColumn(1).data() == "滞后"
    assert tasks.history.rowCount() == 1


def test_history_shows_reopened_versions_with_reasons(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    ws, plan = make_workspace(tmp_path / "w.sqlite")
    civil = unit(ws, plan, "市民政局")
    t4 = task_id(ws, plan, "二.二.4")
    entries.save_entry(ws, t4, civil, "2024-01", progress="第一稿")
    entries.submit_month(ws, civil, "2024-01")
    entries.reopen_month(ws, civil, "2024-01", "数字有误")
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="unit", unit_name="市民政局")
    page = window.show_page("tasks")
    page.select_task(t4)
    state = page.history.index(0, page.history.COL_STATE)
    assert state.data() == "草稿（第2版）"
    tip = state.data(Qt.ItemDataRole.ToolTipRole)
    assert "第1版" in tip and "提交" in tip and "重新打开：数字有误" in tip


def test_office_with_its_own_unit_sees_all_tasks_and_can_narrow(qtbot, tmp_path):
    make_workspace(tmp_path / "w.sqlite")[0].close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="office", unit_name="市残联")
    page = window.show_page("tasks")
    assert not page.ui.mineCheck.isChecked() and page.model.visible_count == 4
    page.ui.mineCheck.setChecked(True)
    assert page.model.visible_count == 2


def test_the_saved_plans_info_is_corrected_from_the_settings_menu(qtbot, tmp_path):
    """设置 → 方案信息与阶段…: the stored plan's fields in the review's dialog; 确定 stores them as
    corrections, says what changed, and the dashboard's due rule follows the monthly duty."""
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.store import dashboard, open_workspace, plans as store_plans

    ws, plan = make_workspace(tmp_path / "w.sqlite")
    ws.close()
    prompts = FakePrompts()
    window = open_window(qtbot, tmp_path / "w.sqlite", prompts, role="office")
    assert window.ui.actionPlanInfo.isEnabled()
    dialog = window.edit_plan_info()
    assert dialog.ui.titleEdit.text() == window.session.plan_header()[0]
    dialog.ui.monthlyDutyEdit.setText("每月12日前报送上月工作进展")
    assert "每月12日前" in dialog.ui.monthlyRuleLabel.text()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    [said] = prompts.texts("info")
    assert said.startswith("已更正方案信息") and "月度报送要求" in said
    with open_workspace(tmp_path / "w.sqlite", readonly=True) as check:
        assert dashboard.due_rule(check, plan).day == 12
        assert "plan.monthly_duty" in store_plans.stored_plan_corrections(check, plan)
    again = window.edit_plan_info()                 # nothing changed: nothing stored, nothing said
    again.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert len(prompts.texts("info")) == 1
    cancelled = window.edit_plan_info()
    cancelled.ui.issuerEdit.setText("别的机关")
    cancelled.reject()
    with open_workspace(tmp_path / "w.sqlite", readonly=True) as check:
        assert store_plans.stored_plan_fields(check, plan)["plan.issuer"] != "别的机关"
    unit_window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="unit", unit_name="市民政局")
    assert not unit_window.ui.actionPlanInfo.isVisible() and unit_window.edit_plan_info() is None   # the office's
