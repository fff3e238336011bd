"""The office's exchange screens through the real widgets: the dashboard's notice, 版本冲突, 密钥变更,
导出回执; and at the unit, what a receipt says on the monthly page."""

from __future__ import annotations

import pytest
from helpers_ui import FakePrompts, make_workspace, open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.devtools import exchange_scenes as scenes
from desktop.exchange import merge
from desktop.store import entries, open_workspace
from desktop.store.exchange_keys import key_changes
from desktop.store.receipts import month_states, open_conflicts
from desktop.ui.exchange_models import ConflictsModel, KeyChangesModel

UNIT = "市民政局"


@pytest.fixture
def world(tmp_path):
    """An office holding a conflict on 市民政局's May and a refused package signed by a new key."""
    office, _ = make_workspace(tmp_path / "office.sqlite")
    plan_file = scenes.send_plan(office, tmp_path / "plan.luoshi")
    unit_ws = scenes.unit_workspace(tmp_path / "unit.sqlite", plan_file, UNIT)
    sent = scenes.submit_month(unit_ws, UNIT, "2024-05", "五月进展", tmp_path / "may.luoshi")
    assert scenes.receive(office, [sent])[0].status == "imported"
    scenes.make_conflict(office, unit_ws, UNIT, "2024-05", tmp_path)
    new_pc = scenes.make_key_change(office, plan_file, UNIT, "2024-06", tmp_path)
    office.close()
    unit_ws.close()
    return {"office": tmp_path / "office.sqlite", "unit": tmp_path / "unit.sqlite", "new_pc": new_pc,
            "tmp": tmp_path}


def _office(qtbot, world, prompts):
    return open_window(qtbot, world["office"], prompts, role="office", as_of="2024-07-10")


def _cell(page, unit, month):
    grid = page.grid
    row = next(i for i, u in enumerate(grid.grid.units) if u["name"] == unit)
    return grid.index(row, grid.grid.months.index(month))


def test_dashboard_notice_and_conflict_resolution(qtbot, qtmodeltester, world):
    from desktop.ui.exchange_dialogs import ConflictsDialog

    prompts = FakePrompts(ask=[False, True])
    window = _office(qtbot, world, prompts)
    page = window.dashboard
    notice = page.ui.noticeLabel
    assert notice.isVisible()
    assert "1 个月份的报送出现版本冲突" in notice.text() and "1 个交换包的签名密钥" in notice.text()
    assert _cell(page, UNIT, "2024-05").data() == "冲"
    assert "与已接受的版本冲突" in _cell(page, UNIT, "2024-05").data(Qt.ItemDataRole.ToolTipRole)

    notice.linkActivated.emit("conflicts")                     # the notice's link opens the dialog
    dialog = window.findChild(ConflictsDialog)
    assert dialog is not None and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    assert dialog.ui.tellBox.isHidden()              # a month the office had accepted: no one to tell by hand
    model = dialog.model
    assert [model.index(0, c).data() for c in (ConflictsModel.COL_UNIT, ConflictsModel.COL_MONTH,
                                              ConflictsModel.COL_CURRENT, ConflictsModel.COL_INCOMING)] == [
        UNIT, "2024-05", "第1版", "第2版"]
    current, incoming = dialog.ui.currentView.toPlainText(), dialog.ui.incomingView.toPlainText()
    assert "五月进展" in current and "补充了月底的数据" not in current
    assert "补充了月底的数据" in incoming and "与另一版本不同" in incoming

    qtbot.mouseClick(dialog.ui.keepIncomingButton, Qt.MouseButton.LeftButton)      # first answer: no
    assert "采用“市民政局”2024-05 新收到的第2版" in prompts.texts("ask")[-1]
    assert model.rowCount() == 1
    qtbot.mouseClick(dialog.ui.keepIncomingButton, Qt.MouseButton.LeftButton)      # second answer: yes
    assert model.rowCount() == 0 and "已采用并接受" in dialog.ui.statusLabel.text()
    assert not dialog.ui.keepIncomingButton.isEnabled()
    ws = window.session.ws
    progress = {r["progress"] for r in entries.entries(ws, month="2024-05")}
    assert "补充了月底的数据" in progress and "五月进展" not in progress
    assert [(r["revision"], r["state"]) for r in month_states(ws)] == [(2, "accepted")]
    # the window refreshed at once: the grid cell and the notice no longer speak of a conflict
    assert _cell(page, UNIT, "2024-05").data() in ("✓", "迟")          # submitted (late, as dated now)
    assert "版本冲突" not in notice.text() and "签名密钥" in notice.text()


def test_keep_the_accepted_version(qtbot, world):
    from desktop.ui.exchange_dialogs import ConflictsDialog

    prompts = FakePrompts(ask=[True])
    window = _office(qtbot, world, prompts)
    window.ui.actionConflicts.trigger()
    dialog = window.findChild(ConflictsDialog)
    assert dialog.resolve("current")
    assert "保留“市民政局”2024-05 已接受的第1版" in prompts.texts("ask")[-1]
    ws = window.session.ws
    progress = {r["progress"] for r in entries.entries(ws, month="2024-05")}
    assert "五月进展" in progress and "补充了月底的数据" not in progress
    assert open_conflicts(ws) == []


def test_key_change_accepted_then_the_package_imports(qtbot, qtmodeltester, world):
    from desktop.ui.exchange_dialogs import KeyChangesDialog

    prompts = FakePrompts(ask=[True], open_files=[[world["new_pc"]]])
    window = _office(qtbot, world, prompts)
    window.dashboard.ui.noticeLabel.linkActivated.emit("keys")
    dialog = window.findChild(KeyChangesDialog)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.index(0, KeyChangesModel.COL_PARTY).data() == UNIT
    assert model.index(0, KeyChangesModel.COL_FILE).data() == world["new_pc"].name
    warning = dialog.ui.warningLabel.text()
    assert "打电话" in warning and "冒充" in warning and "本机的密钥指纹" in warning
    change = key_changes(window.session.ws)[0]

    qtbot.mouseClick(dialog.ui.acceptButton, Qt.MouseButton.LeftButton)
    assert change["new_fingerprint"] in prompts.texts("ask")[-1]
    assert model.rowCount() == 0 and "请重新导入被拒收的包" in dialog.ui.statusLabel.text()
    assert key_changes(window.session.ws, pending_only=False)[0]["decision"] == "accepted"
    assert "签名密钥" not in window.dashboard.ui.noticeLabel.text()

    window.ui.actionImportPackages.trigger()                    # the package refused before now imports
    qtbot.waitUntil(lambda: window.exchange.op is not None and window.exchange.op.done, timeout=30000)
    assert window.exchange.outcomes[0].status == "imported", window.exchange.outcomes[0].message


def test_key_change_rejected(qtbot, world):
    from desktop.ui.exchange_dialogs import KeyChangesDialog

    prompts = FakePrompts(ask=[True])
    window = _office(qtbot, world, prompts)
    window.ui.actionKeyChanges.trigger()
    dialog = window.findChild(KeyChangesDialog)
    assert dialog.decide(accept=False)
    assert "一律不予导入" in prompts.texts("ask")[-1]
    assert key_changes(window.session.ws, pending_only=False)[0]["decision"] == "rejected"
    assert "已拒绝" in dialog.ui.statusLabel.text()


def test_export_receipt_from_the_menu_and_the_cell(qtbot, world):
    tmp = world["tmp"]
    prompts = FakePrompts(choose=[UNIT], save_file=[tmp / "r1.luoshi", tmp / "r2.luoshi"])
    window = _office(qtbot, world, prompts)
    assert window.ui.actionExportReceipt.isVisible()
    window.ui.actionExportReceipt.trigger()
    assert prompts.texts("choose")[-1].endswith("：" + UNIT)     # only units that sent something
    qtbot.waitUntil(lambda: window.exchange.op is not None and window.exchange.op.done, timeout=30000)
    assert (tmp / "r1.luoshi").exists() and "已导出" in prompts.texts("info")[-1]

    page = window.dashboard
    view = page.ui.gridView
    page._grid_menu(view.visualRect(_cell(page, UNIT, "2024-05")).center())
    labels = [a.text() for a in page.menu.actions()]
    assert "处理 市民政局 2024-05 的版本冲突…" in labels
    next(a for a in page.menu.actions() if a.text() == "导出“市民政局”的回执…").trigger()
    qtbot.waitUntil(lambda: (tmp / "r2.luoshi").exists() and window.exchange.op.done, timeout=30000)


def test_unit_sees_the_receipt_returned_month_unlocked(qtbot, world):
    tmp = world["tmp"]
    office = open_workspace(world["office"])
    merge.resolve_conflict(office, open_conflicts(office)[0]["id"], keep="incoming")
    merge.return_month(office, UNIT, "2024-05", "指标数与台账不一致，请核对后重报")
    returned = scenes.send_receipt(office, UNIT, tmp / "receipt1.luoshi")
    office.close()

    prompts = FakePrompts(open_files=[[returned]])
    window = open_window(qtbot, world["unit"], prompts, as_of="2024-07-10")
    ws = window.session.ws
    page = window.show_page("monthly")
    page.ui.monthCombo.setCurrentIndex(page.ui.monthCombo.findData("2024-05"))
    assert page.locked and page.ui.receiptLabel.isHidden()
    window.ui.actionImportPackages.trigger()
    qtbot.waitUntil(lambda: window.exchange.op is not None and window.exchange.op.done, timeout=30000)
    assert window.exchange.outcomes[0].status == "imported", window.exchange.outcomes[0].message

    # the month on screen now says why it came back, and can be corrected
    assert page.month == "2024-05"
    banner = page.ui.receiptLabel
    assert banner.isVisible()
    assert "办公室退回了本月的报送" in banner.text() and "指标数与台账不一致" in banner.text()
    assert not page.locked and not page.ui.progressEdit.isReadOnly() and page.ui.submitButton.isEnabled()
    assert page.ui.monthCombo.currentText().endswith("已退回")

    # the unit corrects and resends; the office accepts; the next receipt shows it accepted
    sent = scenes.submit_month(ws, UNIT, "2024-05", "按退回意见核对了指标", tmp / "may3.luoshi")
    office = open_workspace(world["office"])
    scenes.receive(office, [sent])
    merge.accept_month(office, UNIT, "2024-05")
    accepted = scenes.send_receipt(office, UNIT, tmp / "receipt2.luoshi")
    office.close()
    window.exchange.import_files([accepted])
    qtbot.waitUntil(lambda: window.exchange.op.done, timeout=30000)
    assert "办公室已接受本月的报送" in banner.text()
    assert page.locked and page.ui.monthCombo.currentText().endswith("已接受")


def test_exchange_models_without_a_window(qtmodeltester):
    from desktop.ui.exchange_models import ConflictsModel, KeyChangesModel, version_html

    changes = KeyChangesModel()
    changes.set_rows([{"id": 1, "party": "office", "unit": None, "old_fingerprint": "AAAA-BBBB",
                       "new_fingerprint": "CCCC-DDDD", "file_name": "", "seen_at": "2024-07-01T09:30:00"}])
    qtmodeltester.check(changes)
    assert changes.index(0, KeyChangesModel.COL_PARTY).data() == "领导小组办公室"     # the office's key, at a unit
    assert changes.index(0, KeyChangesModel.COL_FILE).data() == "（密钥登记文件）"
    assert changes.index(0, KeyChangesModel.COL_SEEN).data() == "2024-07-01 09:30"
    conflicts = ConflictsModel()
    conflicts.set_rows([{"id": 3, "unit": UNIT, "month": "2024-05", "revision": 3, "current_revision": None,
                         "received_at": "2024-07-01T09:30:00"}])
    qtmodeltester.check(conflicts)
    assert conflicts.index(0, ConflictsModel.COL_CURRENT).data() == "办公室代填的版本"   # no package held

    entry = {"task": "k1", "task_title": "建设养老床位", "status": "done", "progress": "新增<120>张",
             "problems": "", "next_steps": "", "values": [{"text": "床位", "value": 120.0}],
             "attachments": [{"name": "台账.xlsx", "sha256": "x"}]}
    mine = {"month": "2024-05", "revision": 2, "entries": [entry], "articles": [{"title": "五月信息"}]}
    html = version_html(UNIT, mine, {"month": "2024-05", "revision": 1, "entries": []})
    assert "（另一版本中没有）" in html and "新增&lt;120&gt;张" in html and "床位 120" in html
    assert "台账.xlsx" in html and "五月信息" in html and "[已完成]" in html
    assert "与另一版本不同" not in version_html(UNIT, mine, mine)
    assert "没有已接受的版本" in version_html(UNIT, None, mine)


def test_about_names_this_workspace_key(qtbot, world):
    prompts = FakePrompts()
    window = _office(qtbot, world, prompts)
    window.ui.actionAbout.trigger()
    from desktop.exchange.keys import own_identity

    assert "本机密钥指纹：" + own_identity(window.session.ws).fingerprint in prompts.texts("info")[-1]


def test_the_office_entered_the_month_then_the_units_package_differs(qtbot, tmp_path):
    """The office entered 市民政局's May itself (「代哪个单位填报」); the unit's own May then arrives, other
    words: the grid marks it, the dialog shows the office's version beside the unit's, the person chooses."""
    from desktop.store import queries
    from desktop.ui.dashboard_models import OFFICE_CONFLICT_TIP
    from desktop.ui.exchange_dialogs import ConflictsDialog

    office, _ = make_workspace(tmp_path / "office.sqlite")
    plan_file = scenes.send_plan(office, tmp_path / "plan.luoshi")
    plan_id = queries.current_plan_id(office)
    unit_id = queries.unit_id(office, plan_id, UNIT)
    for task in scenes.my_tasks(office, unit_id)[:3]:
        entries.save_entry(office, task, unit_id, "2024-05", progress="办公室代填的五月进展", next_steps="继续")
    entries.submit_month(office, unit_id, "2024-05")
    unit_ws = scenes.unit_workspace(tmp_path / "unit.sqlite", plan_file, UNIT)
    sent = scenes.submit_month(unit_ws, UNIT, "2024-05", "单位自报的五月进展", tmp_path / "may.luoshi")
    assert scenes.receive(office, [sent])[0].status == "imported"
    office.close()
    unit_ws.close()

    prompts = FakePrompts(ask=[True])
    window = open_window(qtbot, tmp_path / "office.sqlite", prompts, role="office", as_of="2024-07-10")
    page = window.dashboard
    assert _cell(page, UNIT, "2024-05").data() == "冲"
    assert OFFICE_CONFLICT_TIP.format(revision=1) in _cell(page, UNIT, "2024-05").data(Qt.ItemDataRole.ToolTipRole)
    window.ui.actionConflicts.trigger()
    dialog = window.findChild(ConflictsDialog)
    assert dialog.model.index(0, ConflictsModel.COL_CURRENT).data() == "办公室代填的版本"
    assert dialog.ui.currentBox.title() == "办公室代填的版本"
    assert "汇总和报告按办公室代填的版本" in dialog.ui.introLabel.text()
    assert dialog.ui.keepCurrentButton.text() == "保留办公室代填的版本(&K)"
    current, incoming = dialog.ui.currentView.toPlainText(), dialog.ui.incomingView.toPlainText()
    assert "办公室代填的五月进展" in current and "办公室代填的版本" in current and "单位自报" not in current
    assert "单位自报的五月进展" in incoming and "与另一版本不同" in incoming
    assert dialog.resolve("current")
    assert "保留办公室代“市民政局”填报的 2024-05 进展吗" in prompts.texts("ask")[-1]
    assert "已保留办公室代“市民政局”填报" in dialog.ui.statusLabel.text()
    # m68a: no package tells the unit — the dialog says whom to tell, and the question said so before
    assert merge.TELL_BY_HAND in prompts.texts("ask")[-1]
    said = dialog.ui.statusLabel.text()
    assert "须告知：市民政局 2024-05 办公室保留了代填的版本，未采用该单位报送的第1版" in said
    assert "“办公室保留了代贵单位填报的 2024-05 版本，贵单位报送的第1版未采用（保存在办公室的历史中）”" in said
    assert "牵头" not in said and "其录入" not in said
    # rv68b: the reminder stays in the dialog once the conflict is gone — the months still to tell, listed
    dialog.close()
    window.ui.actionConflicts.trigger()
    dialog = [d for d in window.findChildren(ConflictsDialog) if d.isVisible()][-1]
    assert dialog.ui.statusLabel.text() == "没有待处理的版本冲突。"
    assert not dialog.ui.tellBox.isHidden()
    [told] = dialog.tell_lines()
    assert told.startswith("须告知：市民政局 2024-05 办公室保留了代填的版本，未采用该单位报送的第1版。"
                           "请告知：“办公室保留了代贵单位")
    assert dialog.ui.tellLabel.text() == merge.TELL_BY_HAND + "。"
    progress = {r["progress"] for r in entries.entries(window.session.ws, unit_id=unit_id, month="2024-05")}
    assert "办公室代填的五月进展" in progress and "单位自报的五月进展" not in progress
    assert _cell(page, UNIT, "2024-05").data() != "冲"
    # m69a: 「已告知」 beside the line — asks nothing, the line leaves the list, the conflict's row stays in history
    said = len(prompts.said)
    [button] = dialog.ui.tellBox.findChildren(QPushButton, "toldButton")
    assert button.text() == "已告知" and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(prompts.said) == said
    assert dialog.tell_lines() == [] and dialog.ui.tellBox.isHidden()
    assert dialog.status_text() == "已记下：已告知“市民政局”2024-05 办公室保留了代填的版本。撤销"
    [kept] = window.session.ws.rows("SELECT kept_from, told_at FROM exchange_revisions WHERE status = 'kept_current'")
    assert kept["kept_from"] == "office" and kept["told_at"]
    dialog.close()
    window.ui.actionConflicts.trigger()                  # opened again: the line is gone for good
    dialog = [d for d in window.findChildren(ConflictsDialog) if d.isVisible()][-1]
    assert dialog.tell_lines() == [] and dialog.ui.tellBox.isHidden()
