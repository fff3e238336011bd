"""The office's review of a unit's month through the real widgets: a unit submits and exports a
month (未发送 → 已发送); the office imports it, opens it read-only, returns it with a reason and is
prompted for the receipt; the unit corrects and resends; the office accepts from the opened month.
Also: what the grid says when there is nothing to accept, and removing evidence before submitting."""

from __future__ import annotations

from pathlib import Path

from helpers_ui import FakePrompts, make_workspace, open_window, unit
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from desktop.store import attachments as evidence, entries
from desktop.store.receipts import month_states
from desktop.ui.month_review import MonthReviewDialog, ReceivedDialog

UNIT = "市民政局"
APRIL, MAY = "2024-04", "2024-05"
REASON = "养老床位累计数与台账不一致，请核对"


def _wait(qtbot, actions):
    qtbot.waitUntil(lambda: actions.op is not None and actions.op.done, timeout=30000)


def _cell(page, name, month):
    grid = page.grid
    row = next(i for i, u in enumerate(grid.grid.units) if u["name"] == name)
    return grid.index(row, grid.grid.months.index(month))


def _menu(page, name, month) -> list:
    page._grid_menu(page.ui.gridView.visualRect(_cell(page, name, month)).center())
    return page.menu.actions()


def _review(window) -> MonthReviewDialog:
    shown = [d for d in window.findChildren(MonthReviewDialog) if d.isVisible()]
    assert len(shown) == 1, shown
    return shown[0]


def _select(page, title):
    row = next(i for i, r in enumerate(page.tasks.rows) if r["title"] == title)
    page.ui.taskList.setCurrentIndex(page.tasks.index(row, 0))


def _office_with_plan(qtbot, tmp_path) -> tuple[Path, Path]:
    office_path = tmp_path / "office" / "w.sqlite"
    office_path.parent.mkdir()
    make_workspace(office_path)[0].close()
    plan_file = tmp_path / "plan.luoshi"
    office = open_window(qtbot, office_path, FakePrompts(save_file=[plan_file]), role="office")
    office.ui.actionExportPlanPackage.trigger()
    _wait(qtbot, office.exchange)
    office.close()
    return office_path, plan_file


def _unit_window(qtbot, tmp_path, plan_file, prompts):
    unit_path = tmp_path / "unit" / "w.sqlite"
    unit_path.parent.mkdir()
    window = open_window(qtbot, unit_path, prompts, role="unit", as_of="2024-05-20")
    window.exchange.import_files([plan_file])
    _wait(qtbot, window.exchange)
    ws = window.session.ws
    window.session.set_role("unit", unit(ws, window.session.plan_id, UNIT))
    window.reload_all()
    page = window.show_page("monthly")
    page.ui.monthCombo.setCurrentIndex(page.ui.monthCombo.findData(APRIL))
    assert page.month == APRIL
    return window, page


def test_office_opens_returns_and_accepts_a_month(qtbot, tmp_path, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    office_path, plan_file = _office_with_plan(qtbot, tmp_path)
    photo = tmp_path / "现场照片.txt"
    photo.write_text("4月新增床位现场照片说明", encoding="utf-8")
    sent1, sent2 = tmp_path / "4月第1版.luoshi", tmp_path / "4月第2版.luoshi"
    unit_prompts = FakePrompts(open_files=[[photo]], save_file=[sent1, sent2])
    unit_window, page = _unit_window(qtbot, tmp_path, plan_file, unit_prompts)

    # the unit fills April: progress, a value, an evidence file, an article; submits; exports
    _select(page, "建设养老床位")
    page.ui.progressEdit.setPlainText("新增家庭养老照护床位120张")
    page.ui.problemsEdit.setPlainText("部分街道场地不足")
    assert page.values.setData(page.values.index(0, page.values.COL_VALUE), "120")
    qtbot.mouseClick(page.ui.addAttachmentButton, Qt.MouseButton.LeftButton)
    assert page.ui.attachmentsList.count() == 1
    qtbot.mouseClick(page.articles.ui.newArticleButton, Qt.MouseButton.LeftButton)
    page.articles.ui.articleTitleEdit.setText("市民政局推进家庭养老照护床位建设")
    page.articles.ui.articleBodyEdit.setPlainText("4月新增床位120张。")
    page.flush()
    qtbot.mouseClick(page.ui.submitButton, Qt.MouseButton.LeftButton)
    assert entries.is_locked(unit_window.session.ws, unit_window.session.unit_id, APRIL)
    state = page.ui.stateLabel.text()
    assert "已提交" in state and "未发送" in state and "已发送" not in state
    own = unit_window.dashboard
    own.reload()
    assert _cell(own, UNIT, APRIL).data() == "未发" and "未发送" in _cell(own, UNIT, APRIL).data(
        Qt.ItemDataRole.ToolTipRole)
    unit_window.ui.actionExportSubmission.trigger()
    _wait(qtbot, unit_window.exchange)
    assert sent1.exists()
    state = page.ui.stateLabel.text()
    assert "已发送" in state and "未发送" not in state
    assert _cell(own, UNIT, APRIL).data() in ("✓", "迟")          # submitted (late, as dated now)

    # the office imports it and opens the month from the grid, read-only, in the monthly layout
    office_prompts = FakePrompts(text=["  ", REASON], offer=[True], save_file=[tmp_path / "回执.luoshi"])
    office = open_window(qtbot, office_path, office_prompts, role="office", as_of="2024-06-20")
    office.exchange.import_files([sent1])
    _wait(qtbot, office.exchange)
    board = office.dashboard
    board.ui.gridView.doubleClicked.emit(_cell(board, UNIT, APRIL))
    review = _review(office)
    shown = review.page
    assert shown.review_month == APRIL and shown.month == APRIL and not shown.ui.monthCombo.isEnabled()
    assert [r["title"] for r in shown.tasks.rows if r["entry"]] == ["建设养老床位"]
    _select(shown, "建设养老床位")
    assert shown.ui.progressEdit.toPlainText() == "新增家庭养老照护床位120张"
    assert shown.ui.problemsEdit.toPlainText() == "部分街道场地不足"
    assert shown.values.index(0, shown.values.COL_VALUE).data() == "120"
    assert shown.ui.progressEdit.isReadOnly() and shown.ui.problemsEdit.isReadOnly()
    assert not shown.ui.statusCombo.isEnabled()
    assert not shown.values.flags(shown.values.index(0, shown.values.COL_VALUE)) & Qt.ItemFlag.ItemIsEditable
    for hidden in (shown.ui.submitButton, shown.ui.reopenButton, shown.ui.addAttachmentButton,
                   shown.ui.removeAttachmentButton, shown.articles.ui.newArticleButton):
        assert hidden.isHidden()
    assert "市民政局" in shown.ui.stateLabel.text() and "只读" in shown.ui.stateLabel.text()
    assert "第1版：已收到，尚未审核" in shown.ui.receiptLabel.text()
    # its evidence opens under the unit's own file name; its article is there, read-only
    assert shown.ui.attachmentsList.count() == 1
    shown.ui.attachmentsList.setCurrentRow(0)
    qtbot.mouseClick(shown.ui.openAttachmentButton, Qt.MouseButton.LeftButton)
    assert Path(opened[-1]).name == "现场照片.txt"
    assert Path(opened[-1]).read_text(encoding="utf-8") == "4月新增床位现场照片说明"
    assert shown.articles.ui.articlesList.item(0).text() == "市民政局推进家庭养老照护床位建设"
    assert shown.articles.ui.articleTitleEdit.isReadOnly() and shown.articles.ui.articleBodyEdit.isReadOnly()
    # nothing typed at the office is saved into the unit's month
    shown.ui.progressEdit.setPlainText("办公室不该改")
    shown.flush()
    office_ws = office.session.ws
    assert {e["progress"] for e in entries.entries(office_ws, month=APRIL)} == {"新增家庭养老照护床位120张"}

    # return: a reason is required (a blank one is refused), then the receipt is offered and exported
    assert review.acceptButton.isEnabled() and review.returnButton.isEnabled()
    qtbot.mouseClick(review.returnButton, Qt.MouseButton.LeftButton)
    assert "退回必须写明原因" in office_prompts.texts("warn")[-1]
    assert month_states(office_ws)[0]["state"] == "received"
    qtbot.mouseClick(review.returnButton, Qt.MouseButton.LeftButton)
    _wait(qtbot, office.exchange)
    assert [(r["state"], r["reason"]) for r in month_states(office_ws)] == [("returned", REASON)]
    offered = office_prompts.texts("offer")[-1]
    assert "已退回“市民政局”2024-04 第1版" in offered and "［导出回执…］" in offered
    receipt_file = tmp_path / "回执.luoshi"
    assert receipt_file.exists() and "已导出" in office_prompts.texts("info")[-1]
    assert "第1版：已退回。原因：" + REASON in shown.ui.receiptLabel.text()
    assert not review.acceptButton.isEnabled() and "已退回修改" in review.whyLabel.text()
    # the grid and the late-units list show it as returned, in its own colour
    cell = _cell(board, UNIT, APRIL)
    assert cell.data() == "退回" and "已退回" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fddcab"
    late = [board.ui.lateList.item(i) for i in range(board.ui.lateList.count())]
    returned = [i for i in late if "已退回" in i.text()]
    assert [i.text() for i in returned] == ["市民政局　4月已退回，待重新报送"]
    assert returned[0].background().color().name() == "#fddcab"
    assert "被退回" in board.ui.lateLabel.text()
    qtbot.mouseClick(review.closeButton, Qt.MouseButton.LeftButton)

    # the unit imports the receipt: April reopens; it corrects, resubmits (未发送) and exports again
    unit_window.exchange.import_files([receipt_file])
    _wait(qtbot, unit_window.exchange)
    assert page.month == APRIL and not page.locked and REASON in page.ui.receiptLabel.text()
    _select(page, "建设养老床位")
    page.ui.progressEdit.setPlainText("新增家庭养老照护床位118张（已按台账核对）")
    assert page.values.setData(page.values.index(0, page.values.COL_VALUE), "118")
    page.flush()
    qtbot.mouseClick(page.ui.submitButton, Qt.MouseButton.LeftButton)
    assert "未发送" in page.ui.stateLabel.text()
    unit_window.ui.actionExportSubmission.trigger()
    _wait(qtbot, unit_window.exchange)
    assert sent2.exists() and "已发送" in page.ui.stateLabel.text()

    # the office imports the new version and accepts it from the opened month (context menu → 打开)
    office.exchange.import_files([sent2])
    _wait(qtbot, office.exchange)
    open_action = next(a for a in _menu(board, UNIT, APRIL) if a.text().startswith("打开"))
    open_action.trigger()
    review = _review(office)
    _select(review.page, "建设养老床位")
    assert review.page.ui.progressEdit.toPlainText() == "新增家庭养老照护床位118张（已按台账核对）"
    assert "第2版：已收到" in review.page.ui.receiptLabel.text()
    qtbot.mouseClick(review.acceptButton, Qt.MouseButton.LeftButton)
    assert [(r["revision"], r["state"]) for r in month_states(office_ws)] == [(2, "accepted")]
    assert "已接受“市民政局”2024-04 第2版" in office_prompts.texts("info")[-1]
    assert not review.acceptButton.isEnabled() and "已经接受" in review.whyLabel.text()
    assert "已接受" in _cell(board, UNIT, APRIL).data(Qt.ItemDataRole.ToolTipRole)
    assert not any("已退回" in board.ui.lateList.item(i).text() for i in range(board.ui.lateList.count()))


def test_the_grid_says_when_there_is_nothing_to_accept(qtbot, tmp_path):
    office_path, plan_file = _office_with_plan(qtbot, tmp_path)
    sent = tmp_path / "4月.luoshi"
    unit_window, page = _unit_window(qtbot, tmp_path, plan_file, FakePrompts(save_file=[sent]))
    _select(page, "建设养老床位")
    page.ui.progressEdit.setPlainText("新增床位")
    page.flush()
    assert page.submit()
    unit_window.ui.actionExportSubmission.trigger()
    _wait(qtbot, unit_window.exchange)

    prompts = FakePrompts()
    office = open_window(qtbot, office_path, prompts, role="office", as_of="2024-06-20")
    board = office.dashboard
    # nothing received for May: the menu says so, greyed, and double-clicking says so too
    labels = [(a.text(), a.isEnabled()) for a in _menu(board, UNIT, MAY)]
    assert ("不能接受或退回：还没有收到“市民政局”2024-05 的报送包，没有可接受或退回的内容。", False) in labels
    assert not any(text.startswith("接受") for text, _ in labels)
    board.ui.gridView.doubleClicked.emit(_cell(board, UNIT, MAY))
    assert "没有报送内容" in prompts.texts("info")[-1]
    assert not [d for d in office.findChildren(MonthReviewDialog) if d.isVisible()]

    office.exchange.import_files([sent])
    _wait(qtbot, office.exchange)
    accept = next(a for a in _menu(board, UNIT, APRIL) if a.text() == "接受 市民政局 2024-04 的报送")
    accept.trigger()
    # accepted already: the menu says why it cannot accept again, return stays possible
    labels = [(a.text(), a.isEnabled()) for a in _menu(board, UNIT, APRIL)]
    assert ("不能接受：“市民政局”2024-04 第1版已经接受，没有新收到的版本可接受。", False) in labels
    assert ("退回 市民政局 2024-04 的报送…", True) in labels

    # 收到的报送 (the exchange screen) lists it, opens it, and explains the greyed 接受
    office.ui.actionReceived.trigger()
    received = office.findChild(ReceivedDialog)
    assert received.model.rowCount() == 1
    assert [received.model.index(0, c).data() for c in range(4)] == [UNIT, APRIL, "第1版", "已接受"]
    assert not received.acceptButton.isEnabled() and "已经接受" in received.whyLabel.text()
    review = received.open_selected()
    assert review is not None and review.isVisible() and review.page.month == APRIL
    review.reject()


def test_evidence_can_be_removed_before_submitting_not_after(qtbot, tmp_path):
    office_path, plan_file = _office_with_plan(qtbot, tmp_path)
    photo = tmp_path / "照片.txt"
    photo.write_text("说明", encoding="utf-8")
    prompts = FakePrompts(open_files=[[photo], [photo]], ask=[False, True, True])
    unit_window, page = _unit_window(qtbot, tmp_path, plan_file, prompts)
    ws = unit_window.session.ws
    _select(page, "建设养老床位")
    page.ui.progressEdit.setPlainText("新增床位")
    qtbot.mouseClick(page.ui.addAttachmentButton, Qt.MouseButton.LeftButton)
    row = evidence.attachments(ws, page._current_entry_id())[0]
    stored = evidence.attachment_path(ws, row)
    assert stored.is_file() and page.ui.removeAttachmentButton.isEnabled()
    page.ui.attachmentsList.setCurrentRow(0)
    qtbot.mouseClick(page.ui.removeAttachmentButton, Qt.MouseButton.LeftButton)     # asked: no
    assert "删除材料“照片.txt”吗" in prompts.texts("ask")[-1] and page.ui.attachmentsList.count() == 1
    qtbot.mouseClick(page.ui.removeAttachmentButton, Qt.MouseButton.LeftButton)     # asked: yes
    assert page.ui.attachmentsList.count() == 0 and not stored.exists()
    assert evidence.attachments(ws, page._current_entry_id()) == [] and photo.exists()

    qtbot.mouseClick(page.ui.addAttachmentButton, Qt.MouseButton.LeftButton)
    assert page.submit()
    _select(page, "建设养老床位")
    assert not page.ui.removeAttachmentButton.isEnabled()
    page.ui.attachmentsList.setCurrentRow(0)
    before = ws.path.read_bytes()
    assert not page.remove_attachment()
    assert "本月已提交并锁定，不能删除材料“照片.txt”" in prompts.texts("warn")[-1]
    assert page.ui.attachmentsList.count() == 1 and ws.path.read_bytes() == before


def test_received_model_marks_returned_and_conflicting_months(qtmodeltester):
    from desktop.ui.exchange_models import ReceivedModel

    model = ReceivedModel()
    model.set_rows([
        {"unit_id": 1, "unit": UNIT, "month": APRIL, "revision": 1, "state": "returned", "state_label": "已退回",
         "received_at": "2024-05-06T09:30:00", "reason": REASON, "conflict": None},
        {"unit_id": 1, "unit": UNIT, "month": MAY, "revision": 1, "state": "accepted", "state_label": "已接受",
         "received_at": "2024-06-03T10:00:00", "reason": "", "conflict": 2}])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(6)] == [UNIT, APRIL, "第1版", "已退回", "2024-05-06 09:30", REASON]
    assert model.index(0, model.COL_STATE).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#fddcab"
    assert model.index(1, model.COL_STATE).data() == "已接受（新收到第2版，冲突待处理）"


def test_a_unit_that_does_not_report_by_packages_is_not_told_to_send(qtbot, tmp_path):
    make_workspace(tmp_path / "w.sqlite")[0].close()           # the plan document, not the office's package
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="unit", unit_name=UNIT,
                         as_of="2024-05-20")
    page = window.show_page("monthly")
    _select(page, "建设养老床位")
    page.ui.progressEdit.setPlainText("新增床位")
    assert page.submit()
    state = page.ui.stateLabel.text()
    assert "已提交" in state and "未发送" not in state and "已发送" not in state
    window.dashboard.reload()
    assert "未发" not in {window.dashboard.grid.index(0, c).data() for c in range(window.dashboard.grid.columnCount())}
