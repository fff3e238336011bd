"""A unit a revision brings into the plan owes reports from the day the task reached the workspace, not for the
months before (ux62 finding 5: 区工商联, lead of a task added in July, was shown ✗ for March and June, listed among
the quarter's 未报送 units and named in the 催报 text). The grid, the chase list, the 催报 text and the status sheet
read the one rule (``store.dashboard.unit_first_months``)."""

from __future__ import annotations

from datetime import date

from helpers_ui import make_workspace, unit

from desktop.core.parse import parse_text
from desktop.reports.data import load_input
from desktop.reports.sheets import submission_rows
from desktop.store import dashboard, plans

V1 = """某区2025年重点工作任务分工方案

一、重点任务

（一）做好就业服务。牵头单位：区人社局。全年新增城镇就业600人以上，11月底前完成。

（二）推进老旧小区改造。牵头单位：区住建局。11月底前完成3个老旧小区改造。

二、工作要求

各牵头单位每月10日前报送上月工作进展。

某区人民政府办公室
2025年2月10日
"""
# the revision adds a task whose lead is a unit the plan did not name before
V2 = V1.replace("二、工作要求",
                "（三）开展益企服务专项行动。牵头单位：区工商联。10月底前走访企业100家。\n\n二、工作要求")


def _revised(tmp_path, on: str = "2025-07-03"):
    ws, plan = make_workspace(tmp_path / "w.sqlite", parse_text(V1))
    ws.set_setting("as_of", on)
    prepared = plans.prepare_reimport(ws, parse_text(V2))
    plans.save_reimport(ws, prepared, backup=False)
    return ws, plan


def test_the_new_task_is_stamped_with_the_day_it_came_and_the_old_ones_are_not(tmp_path):
    ws, plan = _revised(tmp_path)
    added = {title: at for title, at in ws.conn.execute("SELECT title, added_at FROM tasks WHERE plan_id = ?", (plan,))}
    assert added["开展益企服务专项行动"] == "2025-07-03"
    assert added["做好就业服务"] is None and added["推进老旧小区改造"] is None
    assert dashboard.unit_first_months(ws, plan, date(2025, 7, 25)) == {unit(ws, plan, "区工商联"): "2025-07"}


def test_the_grid_and_the_chase_leave_the_new_unit_out_of_the_months_before(tmp_path):
    ws, plan = _revised(tmp_path)
    new, old = unit(ws, plan, "区工商联"), unit(ws, plan, "区人社局")
    months = ["2025-05", "2025-06", "2025-07"]
    grid = dashboard.submission_grid(ws, plan, months, date(2025, 8, 20))
    assert [grid.state(new, m) for m in months] == [dashboard.NOT_DUE, dashboard.NOT_DUE, dashboard.MISSING]
    assert [grid.state(old, m) for m in months] == [dashboard.MISSING] * 3
    assert grid.before_task("2025-06", new) and not grid.before_task("2025-07", new)
    assert not grid.before_task("2025-06", old)
    # June is chased from the old units only, and the 催报 text names them alone
    late = dashboard.late_units(grid, "2025-06")
    assert [u["name"] for u in late] == ["区人社局", "区住建局"]
    text = dashboard.reminder_text("方案", "2025-06", late, date(2025, 8, 20))
    assert "区工商联" not in text and "（共2家）" in text
    # July: the new unit owes it like everyone
    assert "区工商联" in [u["name"] for u in dashboard.late_units(grid, "2025-07")]


def test_the_status_sheet_shows_a_dash_before_the_unit_had_the_task(tmp_path):
    ws, plan = _revised(tmp_path, on="2025-08-20")
    data = load_input(ws, 2025)
    assert data.unit_first == {"区工商联": "2025-08"}
    rows = {r[1]: r[4:7] for r in submission_rows(data, date(2025, 9, 20), ["2025-06", "2025-07", "2025-08"])}
    assert rows["区工商联"] == ["—", "—", "未报"]
    assert rows["区人社局"] == ["未报", "未报", "未报"]


def test_a_revision_dated_after_the_workspace_s_today_is_not_counted(tmp_path):
    ws, plan = _revised(tmp_path)
    assert dashboard.unit_first_months(ws, plan, date(2025, 6, 30)) == {}


def test_the_grid_cell_says_why_the_new_unit_owes_nothing_yet(tmp_path, qtbot):
    from PySide6.QtCore import Qt

    from desktop.ui.dashboard_models import BEFORE_USE_MARK, GridModel

    ws, plan = _revised(tmp_path)
    months = ["2025-06", "2025-07"]
    grid = dashboard.submission_grid(ws, plan, months, date(2025, 8, 20))
    model = GridModel()
    model.set_grid(grid, {})
    row = [u["name"] for u in grid.units].index("区工商联")
    june, july = model.index(row, 0), model.index(row, 1)
    assert model.data(june) == BEFORE_USE_MARK
    assert "修订后的方案下达" in model.data(june, Qt.ItemDataRole.ToolTipRole)
    assert "2025年7月起报送" in model.data(june, Qt.ItemDataRole.ToolTipRole)
    assert model.data(july) != BEFORE_USE_MARK


def test_the_half_year_draft_does_not_name_the_new_unit_among_those_that_reported_nothing():
    import datetime as dt

    from fixtures_reports.sample import report_input

    from desktop.reports.draft import draft_report

    data = report_input(None)
    data.units = [*data.units, "区工商联"]
    said = [c.text for c in draft_report(data, "half-year", today=dt.date(2024, 7, 10)).checks
            if "没有填报任何进展" in c.text]
    assert said and "区工商联" in said[0]                    # owed from the start: named
    data.unit_first = {"区工商联": "2024-07"}                 # its first task came in July
    said = [c.text for c in draft_report(data, "half-year", today=dt.date(2024, 7, 10)).checks
            if "没有填报任何进展" in c.text]
    assert not any("区工商联" in c for c in said)


def test_a_workspace_of_schema_8_opens_with_its_tasks_from_the_plan_s_start(tmp_path):
    """Migration 9 (add_task_added_at): the tasks of an older workspace came with the plan (no day of their own)."""
    import shutil
    from pathlib import Path

    from desktop.store import open_workspace, schema

    old = Path(__file__).resolve().parent / "data" / "workspace_v8.sqlite"
    shutil.copy(old, tmp_path / "w.sqlite")
    with open_workspace(tmp_path / "w.sqlite") as ws:
        assert ws.schema_version() == schema.SCHEMA_VERSION >= 9
        assert [r[0] for r in ws.conn.execute("SELECT added_at FROM tasks")] == [None]
        assert dashboard.unit_first_months(ws, 1, date(2024, 7, 1)) == {}
