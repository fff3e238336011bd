"""Offline exchange from the menus: the office sends the plan, a unit submits, the office imports."""

from __future__ import annotations

from helpers_ui import FakePrompts, make_workspace, open_window, task_id, unit

from desktop.store import entries, queries


def _wait(qtbot, actions):
    qtbot.waitUntil(lambda: actions.op is not None and actions.op.done, timeout=30000)


def test_plan_package_submission_and_import_round_trip(qtbot, tmp_path):
    office_path, unit_path = tmp_path / "office" / "w.sqlite", tmp_path / "unit" / "w.sqlite"
    office_path.parent.mkdir()
    unit_path.parent.mkdir()
    make_workspace(office_path)[0].close()
    plan_file, submission_file = tmp_path / "plan.luoshi", tmp_path / "sub.luoshi"

    # the office exports the plan package
    prompts = FakePrompts(save_file=[plan_file])
    office = open_window(qtbot, office_path, prompts, role="office")
    assert office.ui.actionExportPlanPackage.isVisible() and not office.ui.actionExportSubmission.isVisible()
    office.ui.actionExportPlanPackage.trigger()
    _wait(qtbot, office.exchange)
    assert plan_file.exists() and "已导出" in prompts.texts("info")[-1]
    office.close()

    # a unit imports it, enters and submits a month, exports its submission
    prompts = FakePrompts(open_files=[[plan_file]], save_file=[submission_file])
    window = open_window(qtbot, unit_path, prompts, role="unit")
    window.ui.actionImportPackages.trigger()
    _wait(qtbot, window.exchange)
    assert window.exchange.outcomes[0].status == "imported", window.exchange.outcomes[0].message
    ws = window.session.ws
    plan = queries.current_plan_id(ws)
    assert plan is not None and window.session.plan_id == plan
    civil = unit(ws, plan, "市民政局")
    window.session.set_role("unit", civil)
    entries.save_entry(ws, task_id(ws, plan, "二.二.4"), civil, "2024-05", progress="新增床位")
    entries.submit_month(ws, civil, "2024-05")
    ws.set_setting("last_month", "2024-05")
    window.reload_all()
    assert window.ui.actionExportSubmission.isVisible()
    window.ui.actionExportSubmission.trigger()
    _wait(qtbot, window.exchange)
    assert submission_file.exists(), prompts.said
    window.close()

    # the office imports the submission: the grid shows it
    prompts = FakePrompts(open_files=[[submission_file]])
    office = open_window(qtbot, office_path, prompts, role="office", as_of="2024-06-20")
    office.ui.actionImportPackages.trigger()
    _wait(qtbot, office.exchange)
    assert office.exchange.outcomes[0].status == "imported", office.exchange.outcomes[0].message
    assert prompts.texts("info")[-1].startswith("导入完成：1 个成功")
    rows = entries.entries(office.session.ws, month="2024-05")
    assert [r["progress"] for r in rows] == ["新增床位"]


def test_refused_file_is_explained(qtbot, tmp_path):
    bad = tmp_path / "bad.luoshi"
    bad.write_bytes(b"not a package")
    make_workspace(tmp_path / "w.sqlite")[0].close()
    prompts = FakePrompts(open_files=[[bad]])
    window = open_window(qtbot, tmp_path / "w.sqlite", prompts, role="office")
    window.ui.actionImportPackages.trigger()
    _wait(qtbot, window.exchange)
    assert window.exchange.outcomes[0].status == "refused"
    assert "1 个未导入" in prompts.texts("warn")[-1] and "bad.luoshi" in prompts.texts("warn")[-1]


def test_office_accepts_and_returns_received_months(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    office_path, unit_path = tmp_path / "office" / "w.sqlite", tmp_path / "unit" / "w.sqlite"
    office_path.parent.mkdir()
    unit_path.parent.mkdir()
    make_workspace(office_path)[0].close()
    plan_file, submission_file = tmp_path / "plan.luoshi", tmp_path / "sub.luoshi"
    office = open_window(qtbot, office_path, FakePrompts(save_file=[plan_file]), role="office")
    office.ui.actionExportPlanPackage.trigger()
    _wait(qtbot, office.exchange)
    office.close()
    window = open_window(qtbot, unit_path, FakePrompts(open_files=[[plan_file]], save_file=[submission_file]),
                         role="unit")
    window.ui.actionImportPackages.trigger()
    _wait(qtbot, window.exchange)
    ws = window.session.ws
    plan = queries.current_plan_id(ws)
    civil = unit(ws, plan, "市民政局")
    window.session.set_role("unit", civil)
    for month in ("2024-04", "2024-05"):
        entries.save_entry(ws, task_id(ws, plan, "二.二.4"), civil, month, progress=f"{month}进展")
        entries.submit_month(ws, civil, month)
    window.exchange.export_submission("2024-04")
    _wait(qtbot, window.exchange)
    window.close()

    prompts = FakePrompts(open_files=[[submission_file]], text=["数字与台账不一致"])
    office = open_window(qtbot, office_path, prompts, role="office", as_of="2024-06-20")
    office.ui.actionImportPackages.trigger()
    _wait(qtbot, office.exchange)
    page = office.dashboard
    grid = page.grid
    row = next(i for i, u in enumerate(grid.grid.units) if u["name"] == "市民政局")
    column = grid.grid.months.index("2024-04")
    cell = grid.index(row, column)
    assert "已收到" in cell.data(Qt.ItemDataRole.ToolTipRole)
    unit_row, month = grid.cell(cell)
    assert page.decide(unit_row, month, accept=True)
    assert "已接受" in page.grid.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    assert page.decide(unit_row, month, accept=False)
    cell = page.grid.index(row, column)
    assert cell.data() == "退回"
    assert "已退回（数字与台账不一致）" in cell.data(Qt.ItemDataRole.ToolTipRole)
