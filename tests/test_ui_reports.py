"""The 报告 menu writes documents through desktop.reports off the GUI thread."""

from __future__ import annotations

import pytest

from desktop.store import entries

from test_ui_support import FakePrompts, make_workspace, open_window, task_id, unit


@pytest.mark.parametrize("kind, action, suffix", [("ledger", "actionLedger", ".xlsx"),
                                                  ("half-year", "actionHalfYear", ".docx")])
def test_report_menu_writes_the_document(qtbot, tmp_path, kind, action, suffix):
    ws, plan = make_workspace(tmp_path / "w.sqlite")
    civil = unit(ws, plan, "市民政局")
    entries.save_entry(ws, task_id(ws, plan, "二.二.4"), civil, "2024-05", progress="新增床位200张")
    entries.submit_month(ws, civil, "2024-05")
    ws.set_setting("last_month", "2024-05")
    ws.close()
    out = tmp_path / f"out{suffix}"
    prompts = FakePrompts(save_file=[out], ask=[False])
    window = open_window(qtbot, tmp_path / "w.sqlite", prompts, role="unit", unit_name="市民政局")
    getattr(window.ui, action).trigger()
    qtbot.waitUntil(lambda: window.reports.op is not None and window.reports.op.done, timeout=30000)
    assert prompts.texts("warn") == []
    assert window.reports.made == out and out.stat().st_size > 0
    assert "现在打开吗" in prompts.texts("ask")[-1]


def test_status_sheet_is_for_the_office_only(qtbot, tmp_path):
    make_workspace(tmp_path / "w.sqlite")[0].close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="unit", unit_name="市民政局")
    assert not window.ui.actionStatus.isVisible()
