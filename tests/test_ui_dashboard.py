"""The 工作台 after entries: deadlines, target progress, and the office's grid with 催报 text."""

from __future__ import annotations

from helpers_ui import FakePrompts, make_workspace, open_window, task_id, unit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.store import dashboard, entries


def _fill(path):
    """Three units report: 市民政局 on time, 市卫健委 late, 市残联 a draft only."""
    ws, plan = make_workspace(path)
    # issued in December: January and February are due (a plan's months start at its issue)
    with ws.transaction():
        ws.conn.execute("UPDATE plans SET date = '2023-12-01' WHERE id = ?", (plan,))
    civil, health, disabled = (unit(ws, plan, n) for n in ("市民政局", "市卫健委", "市残联"))
    t1, t3, t4 = (task_id(ws, plan, k) for k in ("二.一.1", "二.二.3", "二.二.4"))
    beds = ws.conn.execute("SELECT id FROM targets WHERE task_id = ? ORDER BY position", (t4,)).fetchone()[0]
    homes = ws.conn.execute("SELECT id FROM targets WHERE task_id = ?", (t3,)).fetchone()[0]
    for month, value in (("2024-01", 100), ("2024-02", 250)):
        entries.save_entry(ws, t4, civil, month, progress="推进", values={beds: value})
        entries.save_entry(ws, t1, civil, month, progress="调研")
        entries.submit_month(ws, civil, month)
    entries.save_entry(ws, t4, health, "2024-01", status="late", progress="滞后")
    entries.submit_month(ws, health, "2024-01")
    entries.save_entry(ws, t3, disabled, "2024-02", progress="草稿", values={homes: 300})
    with ws.transaction():
        ws.conn.execute("UPDATE monthly_entries SET submitted_at = month || '-28T09:00:00' WHERE unit_id = ?", (civil,))
        ws.conn.execute("UPDATE monthly_entries SET submitted_at = '2024-02-20T09:00:00' WHERE unit_id = ?", (health,))
    ws.close()


def test_unit_dashboard_shows_deadlines_and_my_targets(qtbot, tmp_path):
    _fill(tmp_path / "w.sqlite")
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="unit", unit_name="市民政局",
                         as_of="2024-06-03")
    page = window.dashboard
    assert "市民政局" in page.ui.headlineLabel.text()
    assert "共 3 项任务" in page.ui.headlineLabel.text()
    first = page.due.index(0, 0).data()
    assert first == "2024年5月月度进展和工作信息"
    assert page.due.index(0, 1).data() == "2024-06-05"
    assert page.due.index(0, 2).data() == "还有 2 个工作日"
    labels = [page.due.index(r, 0).data() for r in range(page.due.rowCount())]
    assert "半年工作小结" in labels and "年度工作总结" in labels
    assert "法定工作日" in page.ui.calendarNoteLabel.text()
    # the sample plan names no day for monthly reports: the note says which rule is assumed
    assert "方案未规定月度报送日期，按每月5日前报送上月情况计" in page.ui.calendarNoteLabel.text()
    bars = {label: (ratio, note) for label, ratio, note in page.chart.bars}
    beds = next(v for k, v in bars.items() if "家庭养老照护床位" in k)
    assert beds == (0.5, "250/500张（50%）")
    # my own row of the submission grid, without the office's reminder tools
    assert page.ui.officeBox.title() == "本单位各月报送情况"
    assert [page.grid.headerData(r, Qt.Orientation.Vertical) for r in range(page.grid.rowCount())] == ["市民政局"]
    assert page.grid.grid.state(window.session.unit_id, "2024-01") == dashboard.SUBMITTED
    assert not page.ui.reminderEdit.isVisibleTo(page)
    page.chart.grab()                                   # paints without error


def test_office_grid_late_units_and_reminder(qtbot, tmp_path):
    _fill(tmp_path / "w.sqlite")
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="office", as_of="2024-03-12")
    page = window.dashboard
    assert page.ui.officeBox.isVisibleTo(page)
    grid = page.grid
    assert grid.grid.months == ["2024-01", "2024-02", "2024-03"]
    names = [grid.headerData(r, Qt.Orientation.Vertical) for r in range(grid.rowCount())]
    assert "领导小组各成员单位" not in names
    state = {name: [grid.grid.state(grid.grid.units[r]["id"], m) for m in grid.grid.months]
             for r, name in enumerate(names)}
    assert state["市民政局"] == [dashboard.SUBMITTED, dashboard.SUBMITTED, dashboard.NOT_DUE]
    assert state["市卫健委"] == [dashboard.LATE, dashboard.MISSING, dashboard.NOT_DUE]
    assert state["市残联"] == [dashboard.MISSING, dashboard.DRAFT, dashboard.NOT_DUE]
    late = [page.ui.lateList.item(i).text() for i in range(page.ui.lateList.count())]
    assert "市民政局" not in late and {"市卫健委", "市残联", "市财政局"} <= set(late)
    assert page.ui.lateLabel.text().startswith("2024年2月 未报送的单位")
    text = page.ui.reminderEdit.toPlainText()
    assert "2024年2月" in text and "市卫健委" in text and "老年友好型城市建设工作方案" in text
    qtbot.mouseClick(page.ui.copyReminderButton, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == text
    # office totals: the lead unit's figure stands for the city
    bars = {label: ratio for label, ratio, _ in page.chart.bars}
    assert next(v for k, v in bars.items() if "家庭养老照护床位" in k) == 0.5
    # 市残联's 300 homes is still its draft: not the city's figure until it is submitted
    assert next(v for k, v in bars.items() if "适老化改造" in k) is None


def test_entries_refresh_the_dashboard_when_shown(qtbot, tmp_path):
    _fill(tmp_path / "w.sqlite")
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="unit", unit_name="市民政局",
                         as_of="2024-03-20")
    window.show_page("monthly")
    page = window.monthly
    page.ui.monthCombo.setCurrentIndex(page.ui.monthCombo.findData("2024-03"))
    page.ui.taskList.setCurrentIndex(page.tasks.index(0, 0))
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("late"))
    page.ui.progressEdit.setPlainText("进度滞后")
    page.flush()
    assert window.dashboard.stale
    window.show_page("dashboard")
    assert not window.dashboard.stale
    assert "滞后 1" in window.dashboard.ui.headlineLabel.text()


def test_dashboard_says_when_deadlines_are_estimated(qtbot, tmp_path, monkeypatch):
    import chinese_calendar

    real = chinese_calendar.is_workday

    def unknown_year(day):
        # as the library answers for a year it has no data for (it raises NotImplementedError)
        return real(day.replace(year=2096))   # a leap year: 29 February has a twin

    monkeypatch.setattr(chinese_calendar, "is_workday", unknown_year)
    _fill(tmp_path / "w.sqlite")
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="office", as_of="2024-06-03")
    page = window.dashboard
    note = page.ui.calendarNoteLabel.text()
    assert "按“周一至周五上班”估算" in note and "2024" in note
    assert "（按周末估算）" in page.due.index(0, 1).data()


def test_office_grid_owes_nothing_before_the_import(qtbot, tmp_path):
    """ux56: a plan of 2023 imported on 3 June 2024, nothing entered: no ✗, no tint, no 催报 —
    the months before the import show a grey 「—」 that says why."""
    ws, plan = make_workspace(tmp_path / "w.sqlite")
    with ws.transaction():
        ws.conn.execute("UPDATE plans SET date = '2023-05-01', imported_at = '2024-06-03T09:00:00' WHERE id = ?",
                        (plan,))
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="office", as_of="2024-06-12")
    page = window.dashboard
    grid = page.grid
    assert grid.grid.months[:5] == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05"]
    marks = {grid.index(r, c).data() for r in range(grid.rowCount()) for c in range(grid.columnCount())}
    assert "✗" not in marks and "—" in marks
    assert grid.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "方案启用前，无需报送（2024年6月起报送）" in grid.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert page.late_month is None and page.ui.lateList.count() == 0
    assert page.ui.lateLabel.text() == "还没有到期的月份。"
    assert page.ui.reminderEdit.toPlainText() == "" and not page.ui.copyReminderButton.isEnabled()
