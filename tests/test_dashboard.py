"""The office's figures: reporting units, the units × months grid, late units, 催报, progress."""

from __future__ import annotations

from datetime import date

from helpers_ui import make_workspace, task_id, unit

from desktop.store import dashboard, entries


def test_reporting_units_expand_groups_and_skip_the_group(tmp_path):
    ws, plan = make_workspace(tmp_path / "w.sqlite")
    names = [u["name"] for u in dashboard.reporting_units(ws, plan)]
    assert "领导小组各成员单位" not in names
    assert set(names) == {"市民政局", "市住房和城市更新局", "市残联", "市卫健委", "市财政局", "各区人民政府"}


def test_grid_states(tmp_path):
    ws, plan = make_workspace(tmp_path / "w.sqlite")
    civil, health = unit(ws, plan, "市民政局"), unit(ws, plan, "市卫健委")
    t1 = task_id(ws, plan, "二.一.1")
    t4 = task_id(ws, plan, "二.二.4")
    entries.save_entry(ws, t1, civil, "2024-01", progress="开展调研")
    entries.submit_month(ws, civil, "2024-01")
    ws.conn.execute("UPDATE monthly_entries SET submitted_at = '2024-01-30T10:00:00' WHERE unit_id = ?", (civil,))
    entries.save_entry(ws, t1, civil, "2024-02", progress="继续")
    entries.submit_month(ws, civil, "2024-02")
    ws.conn.execute("UPDATE monthly_entries SET submitted_at = '2024-03-08T10:00:00' "
                    "WHERE unit_id = ? AND month = '2024-02'", (civil,))
    entries.save_entry(ws, t4, health, "2024-02", progress="草稿")
    # the sample plan was issued on 1 March: January and February were never due
    issued = dashboard.submission_grid(ws, plan, ["2024-01", "2024-02", "2024-03"], date(2024, 3, 10))
    assert issued.state(health, "2024-01") == dashboard.NOT_DUE
    assert issued.state(civil, "2024-01") == dashboard.SUBMITTED
    ws.conn.execute("UPDATE plans SET date = '2023-12-01' WHERE id = ?", (plan,))
    ws.conn.commit()
    grid = dashboard.submission_grid(ws, plan, ["2024-01", "2024-02", "2024-03"], date(2024, 3, 10))
    assert grid.state(civil, "2024-01") == dashboard.SUBMITTED
    assert grid.state(civil, "2024-02") == dashboard.LATE
    assert grid.state(health, "2024-02") == dashboard.DRAFT
    assert grid.state(health, "2024-01") == dashboard.MISSING
    assert grid.state(civil, "2024-03") == dashboard.NOT_DUE
    assert grid.count("2024-01", dashboard.SUBMITTED) == 1
    assert dashboard.last_due_month(grid.months, date(2024, 3, 10)) == "2024-02"
    late = [u["name"] for u in dashboard.late_units(grid, "2024-02")]
    assert "市卫健委" in late and "市民政局" not in late
    text = dashboard.reminder_text("示例方案", "2024-02", dashboard.late_units(grid, "2024-02"),
                                   date(2024, 3, 10), contact="张三 12345")
    assert "2024年2月" in text and "市卫健委" in text and "张三" in text
    assert dashboard.reminder_text("示例方案", "2024-02", [], date(2024, 3, 10)) == ""


def test_target_progress_and_status_counts(tmp_path):
    ws, plan = make_workspace(tmp_path / "w.sqlite")
    civil = unit(ws, plan, "市民政局")
    t4 = task_id(ws, plan, "二.二.4")
    beds, share = [r["id"] for r in ws.db.query("SELECT id FROM targets WHERE task_id = ? ORDER BY position", [t4])]
    entries.save_entry(ws, t4, civil, "2024-02", values={beds: 100})
    entries.save_entry(ws, t4, civil, "2024-03", status="late", values={beds: 250, share: 80})
    # in the unit's own workspace its saved entries are its figures (core.progress.counted) ...
    ws.set_setting("role", "unit")
    ws.set_setting("unit_id", str(civil))
    assert dashboard.target_progress(ws, plan, [civil], values_of=civil)[0]["latest"] == 250
    assert dashboard.status_counts(ws, plan, [civil])["late"] == 1
    # ... at the office only what was submitted counts, whoever's values it looks at
    ws.set_setting("role", "office")
    assert {r["latest"] for r in dashboard.target_progress(ws, plan)} == {None}
    assert dashboard.target_progress(ws, plan, [civil], values_of=civil)[0]["latest"] is None
    assert dashboard.status_counts(ws, plan, [civil])["late"] == 0
    entries.submit_month(ws, civil, "2024-02")
    entries.submit_month(ws, civil, "2024-03")
    rows = {r["id"]: r for r in dashboard.target_progress(ws, plan)}
    assert rows[beds]["latest"] == 250 and rows[beds]["latest_month"] == "2024-03"
    assert rows[beds]["ratio"] == 0.5
    assert rows[share]["ratio"] == 1.0                  # 80% of a 75% floor: reached, capped
    mine = dashboard.target_progress(ws, plan, [civil], values_of=civil)
    assert {r["id"] for r in mine} == {beds, share}
    counts = dashboard.status_counts(ws, plan)
    assert counts["late"] == 1 and counts["not_started"] == 3
    assert dashboard.status_counts(ws, plan, [civil])["late"] == 1


def test_the_plan_s_own_monthly_due_day_decides_late_and_the_month_to_chase(tmp_path):
    from desktop.reports.data import load_input
    from desktop.reports.inputs import covered_month

    ws, plan = make_workspace(tmp_path / "w.sqlite")
    civil = unit(ws, plan, "市民政局")
    t1 = task_id(ws, plan, "二.一.1")
    ws.conn.execute("UPDATE plans SET date = '2023-12-01' WHERE id = ?", (plan,))
    ws.conn.execute("DELETE FROM duties WHERE plan_id = ? AND every = 'month'", (plan,))
    ws.conn.execute("INSERT INTO duties (plan_id, position, kind, due, every, text) "
                    "VALUES (?, 99, 'monthly_info', NULL, 'month', ?)",
                    (plan, "各责任单位每月10日前向领导小组办公室报送上月工作进展和工作信息"))
    ws.conn.commit()
    entries.save_entry(ws, t1, civil, "2024-02", progress="继续")
    entries.submit_month(ws, civil, "2024-02")
    ws.conn.execute("UPDATE monthly_entries SET submitted_at = '2024-03-08T10:00:00' WHERE unit_id = ?", (civil,))
    ws.conn.commit()
    rule = dashboard.due_rule(ws, plan)
    assert rule == dashboard.DueRule(10, False)
    months = ["2024-01", "2024-02", "2024-03"]
    # by the 5th (the rule where a plan names no day) 8 March would be late; this plan says the 10th
    grid = dashboard.submission_grid(ws, plan, months, date(2024, 3, 12))
    assert grid.state(civil, "2024-02") == dashboard.SUBMITTED
    # on 7 March February is not due yet: the month to chase is January, in the dashboard and reports
    assert dashboard.last_due_month(months, date(2024, 3, 7), rule=rule) == "2024-01"
    assert dashboard.last_due_month(months, date(2024, 3, 7)) == "2024-02"
    data = load_input(ws, 2024)
    assert data.due_rule == rule
    assert covered_month(data, date(2024, 3, 7)) == "2024-01"


def test_no_month_is_owed_before_the_plan_was_imported(tmp_path):
    """ux56: a 2023 plan imported in June 2024 owes nothing for January–May 2024 — not in the
    grid, not in the 催报 month, not in the reports' months or the status sheet."""
    from desktop.reports.data import load_input
    from desktop.reports.inputs import period_months
    from desktop.reports.sheets import submission_rows

    ws, plan = make_workspace(tmp_path / "w.sqlite")
    civil = unit(ws, plan, "市民政局")
    with ws.transaction():
        ws.conn.execute("UPDATE plans SET date = '2023-05-01', imported_at = '2024-06-03T09:00:00' WHERE id = ?",
                        (plan,))
    months = [f"2024-{m:02d}" for m in range(1, 7)]
    day = date(2024, 6, 12)
    ws.set_setting("as_of", day.isoformat())
    # the day of the import: the plan's own start (2023) is earlier, the import decides
    grid = dashboard.submission_grid(ws, plan, months, day)
    assert grid.first == "2024-06"
    assert {grid.state(civil, m) for m in months} == {dashboard.NOT_DUE}
    assert all(grid.before_use(m) for m in months[:5]) and not grid.before_use("2024-06")
    assert dashboard.last_due_month(months, day, first=grid.first) is None
    assert dashboard.late_units(grid, "2024-05") == []
    data = load_input(ws, 2024)
    assert data.first_month == "2024-06" and period_months(data)[0] == "2024-06"
    # imported in March: March on is owed (✗), January and February stay owed by no one
    with ws.transaction():
        ws.conn.execute("UPDATE plans SET imported_at = '2024-03-05T09:00:00' WHERE id = ?", (plan,))
    grid = dashboard.submission_grid(ws, plan, months, day)
    assert [grid.state(civil, m) for m in months] == [dashboard.NOT_DUE] * 2 + [dashboard.MISSING] * 3 \
        + [dashboard.NOT_DUE]
    assert dashboard.last_due_month(months, day, first=grid.first) == "2024-05"
    # the status sheet says the same, month by month
    row = next(r for r in submission_rows(load_input(ws, 2024), day, months) if r[1] == "市民政局")
    assert row[4:10] == ["—", "—", "未报", "未报", "未报", "—"]
    # a plan that starts after its import starts when it says
    with ws.transaction():
        ws.conn.execute("UPDATE plans SET date = '2024-04-20' WHERE id = ?", (plan,))
    assert dashboard.first_month(ws, plan, day) == "2024-04"
    # a workspace pinned to a day before its import (the demo, a training workspace): the import is not on its clock
    assert dashboard.first_month(ws, plan, date(2024, 3, 1)) == "2024-04"
    with ws.transaction():
        ws.conn.execute("UPDATE plans SET date = '2023-05-01' WHERE id = ?", (plan,))
    assert dashboard.first_month(ws, plan, date(2024, 3, 1)) == "2023-05"
