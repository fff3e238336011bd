"""The office enters its own unit's progress (ux64 finding 5): the greyed 月度填报 says why and opens
设置 → 身份与联络员; the 工作台's chase list offers the same way while a lead unit sent nothing; the office
that chose its unit keeps its dashboard, 催报 and city report, and what it submits counts there."""

from __future__ import annotations

import datetime as dt

from helpers_ui import FakePrompts, make_workspace, open_window, task_id, unit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from desktop.store import dashboard, entries
from desktop.ui.monthly_page import WHY_UNIT_OFFICE


def _office(qtbot, tmp_path):
    ws, plan = make_workspace(tmp_path / "w.sqlite")
    ws.set_setting("office_name", "测试市老龄工作委员会办公室")
    ws.close()
    return open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="office")


def _choose(qtbot, window, name):
    role = window.first_run_flow.role_dialog
    qtbot.waitUntil(role.isVisible)
    assert role.ui.officeRadio.isChecked() and role.ui.officeUnitCombo.isEnabled()
    assert role.ui.officeUnitCombo.currentText() == "（不代单位填报）"
    role.ui.officeUnitCombo.setCurrentIndex(role.ui.officeUnitCombo.findText(name))
    qtbot.mouseClick(role.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not role.isVisible())


def test_the_greyed_page_says_why_and_opens_the_settings_page(qtbot, tmp_path):
    window = _office(qtbot, tmp_path)
    tabs = window.ui.tabs
    assert tabs.isTabEnabled(tabs.indexOf(window._hosts["monthly"]))
    page = window.show_page("monthly")
    assert page.unit_banner.isVisible() and page.unit_why.text() == WHY_UNIT_OFFICE
    assert page.tasks.rowCount() == 0 and not page.ui.submitButton.isEnabled()
    assert not window.ui.actionExportSubmission.isVisible()
    button = page.unit_banner.findChild(QPushButton, "chooseUnitButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _choose(qtbot, window, "市民政局")
    s = window.session
    civil = unit(s.ws, s.plan_id, "市民政局")
    assert s.is_office and s.unit_id == civil and s.ws.setting("unit_id") == str(civil)
    assert not page.unit_banner.isVisible()
    # its tasks to enter: the three it leads or shares
    assert page.tasks.rowCount() >= 3 and page.ui.submitButton.isEnabled()
    assert "测试市老龄工作委员会办公室（市民政局）" in window.ui.planLabel.text()
    # still the office: nothing to send to itself, the whole dashboard and its 催报, the city report
    assert not window.ui.actionExportSubmission.isVisible()
    board = window.dashboard
    assert board.ui.reminderEdit.isVisibleTo(board) and board.ui.officeBox.title() == "各单位报送情况"
    assert not board.leads_label.isVisibleTo(board)          # a unit is chosen: nothing more to offer


def test_the_chase_list_offers_the_way_while_a_lead_unit_sent_nothing(qtbot, tmp_path):
    window = _office(qtbot, tmp_path)
    board = window.dashboard
    assert board.leads_label.isVisibleTo(board)
    text = board.leads_label.text()
    assert text.startswith("市民政局、市住房和城市更新局等是牵头单位，尚未报送。") and "选择本单位" in text
    board.leads_label.linkActivated.emit("unit")
    _choose(qtbot, window, "市民政局")
    assert window.session.unit_id == unit(window.session.ws, window.session.plan_id, "市民政局")


def test_what_the_office_submits_for_its_unit_counts_in_its_own_figures(qtbot, tmp_path):
    window = _office(qtbot, tmp_path)
    window.show_page("monthly").unit_banner.findChild(QPushButton, "chooseUnitButton").click()
    _choose(qtbot, window, "市民政局")
    s = window.session
    civil, t4 = s.unit_id, task_id(s.ws, s.plan_id, "二.二.4")
    assert dashboard.status_counts(s.ws, s.plan_id)["in_progress"] == 0
    entries.save_entry(s.ws, t4, civil, "2024-06", status="in_progress", progress="新增家庭养老照护床位120张。")
    assert entries.submit_month(s.ws, civil, "2024-06") >= 1
    assert dashboard.status_counts(s.ws, s.plan_id)["in_progress"] == 1
    from desktop.reports.documents import draft

    report = draft("half-year", s.ws.path, 2024, None, today=dt.date(2024, 7, 10))
    assert report.unit is None                           # the city report, as before
    text = " ".join(b.text for sec in report.sections for b in sec.blocks)
    assert "新增家庭养老照护床位120张" in text
