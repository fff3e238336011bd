"""A plan with no phases runs its whole year on the dashboard (ux61 problem 1: plan C, 12 measures and
「各牵头单位要于每季度末月25日前将落实情况报送」, a filing due 5月15日 and no 工作安排): on 2025-08-12 the
dashboard said 「方案中的报送节点都已过去。」, listed nothing due, stopped its grid at 5月 and chased nobody,
while the status sheet said 6月 未报 and the unit's page said the report was due 2025-09-25. A one-off duty's
day (5月15日前备案) ended the plan's months. Now the grid, its due list and its chase list agree with the
status sheet on every day of the plan's year, for a monthly plan too."""

from __future__ import annotations

from datetime import date, timedelta

from helpers_ui import FakePrompts, make_workspace, open_window
from PySide6.QtCore import Qt

from desktop.core.deadlines import monthly_due, plan_months, upcoming
from desktop.core.model import Duty, Heading, ParsedPlan, Task, Unit
from desktop.store import dashboard, queries

LEADS = ["县市场监管局", "县行政审批服务局", "县财政局"]
HELPERS = ["县司法局", "县税务局", "县国资中心"]
QUARTERLY = "县发展改革局负责统筹协调和跟踪督办，各牵头单位要于每季度末月25日前将落实情况报送县发展改革局"


def plan_c(duty: Duty | None = None) -> ParsedPlan:
    """Plan C's shape: no phases, lead and supporting units, a filing due in May, a quarterly report."""
    return ParsedPlan(
        title="××县促进民营经济高质量发展若干措施", doc_number="×政办发〔2025〕18号", date="2025-04-10",
        headings=[Heading(1, [], "一", "优化市场准入环境")],
        tasks=[Task(["一"], str(n), f"措施{n}", f"第{n}项措施，2025年12月底前完成。",
                    lead_units=[lead], responsible_units=[helper], deadline="2025-12-31")
               for n, (lead, helper) in enumerate(zip(LEADS, HELPERS, strict=True), 1)],
        duties=[Duty("oversight", None, "quarter", "县领导每季度至少召开1次民营企业家座谈会"),
                Duty("other", "2025-05-15", None,
                     "各牵头单位要会同配合单位制定具体实施细则，于2025年5月15日前报县发展改革局备案"),
                duty or Duty("quarterly_report", None, "quarter", QUARTERLY)],
        units=[Unit(n) for n in LEADS + HELPERS])


MONTHLY = Duty("monthly_info", None, "month", "各单位每月10日前报送上月工作进展")


def _dashboard(ws, plan: int, day: date) -> tuple[list[str], str | None, dashboard.SubmissionGrid]:
    """What the office's 工作台 shows on ``day`` (``DashboardPage._load_grid``): the grid's months, the month
    chased and the grid."""
    months = plan_months(queries.phases(ws, plan), queries.duties(ws, plan), day)
    months = [m for m in months if m <= day.isoformat()[:7]] or months[:1]
    grid = dashboard.submission_grid(ws, plan, months, day)
    chased = dashboard.last_due_month(months, day, rule=dashboard.due_rule(ws, plan), first=grid.first)
    return months, chased, grid


def _agree_over_the_year(tmp_path, plan: ParsedPlan) -> None:
    from desktop.reports.data import load_input
    from desktop.reports.sheets import submission_rows

    ws, plan_id = make_workspace(tmp_path / "w.sqlite", plan)
    rule = dashboard.due_rule(ws, plan_id)
    ws.set_setting("as_of", "2025-04-10")         # ux61's way of setting the day: the import is not on its clock
    data = load_input(ws, 2025)
    year = [f"2025-{m:02d}" for m in range(1, 13)]
    day = date(2025, 4, 10)
    while day <= date(2025, 12, 31):
        ws.set_setting("as_of", day.isoformat())
        months, chased, grid = _dashboard(ws, plan_id, day)
        assert months[-1] == day.isoformat()[:7], day            # the grid runs to this month
        sheet = {r[1]: dict(zip(year, r[4:16], strict=True)) for r in submission_rows(data, day, year)}
        owed = sorted(m for m in year if sheet[LEADS[0]][m] == "未报")
        assert chased == (owed[-1] if owed else None), day       # the chase is the sheet's newest 未报
        for u in grid.units:
            missing = [m for m in months if grid.state(u["id"], m) == dashboard.MISSING]
            assert missing == [m for m in months if sheet[u["name"]][m] == "未报"], (day, u["name"])
        # the due list names the next report owed (the day the unit's page gives for it)
        due = min((d for m in year if rule.owes(m) and (d := monthly_due(m, rule=rule)) >= day), default=None)
        listed = {d.due for d in upcoming(queries.duties(ws, plan_id), queries.phases(ws, plan_id), day)}
        assert due is None or due in listed, day
        day += timedelta(days=3)
    ws.close()


def test_a_quarterly_plan_with_no_phases_is_chased_all_year(tmp_path):
    _agree_over_the_year(tmp_path, plan_c())


def test_a_monthly_plan_with_no_phases_is_chased_all_year(tmp_path):
    _agree_over_the_year(tmp_path, plan_c(MONTHLY))


def test_plan_c_on_the_testers_days(tmp_path):
    ws, plan_id = make_workspace(tmp_path / "w.sqlite", plan_c())
    months, chased, grid = _dashboard(ws, plan_id, date(2025, 8, 12))
    assert months[-1] == "2025-08" and chased == "2025-06"
    assert len(dashboard.late_units(grid, chased)) == len(grid.units)
    [report] = [d for d in upcoming(queries.duties(ws, plan_id), [], date(2025, 8, 12)) if d.kind == "quarterly_report"]
    assert (report.label, report.due) == ("2025年第三季度报告", date(2025, 9, 25))
    ws.close()


def test_the_office_s_dashboard_on_12_august(qtbot, tmp_path):
    ws, _ = make_workspace(tmp_path / "w.sqlite", plan_c())
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="office", as_of="2025-08-12")
    page = window.dashboard
    labels = [page.due.index(r, 0).data() for r in range(page.due.rowCount())]
    assert "2025年第三季度报告" in labels
    assert "都已过去" not in page.ui.calendarNoteLabel.text()
    header = [page.grid.headerData(c, Qt.Orientation.Horizontal) for c in range(page.grid.columnCount())]
    assert header[-1] == "8月"
    assert page.ui.lateLabel.text().startswith("2025年第二季度 未报送的单位")
    reminder = page.ui.reminderEdit.toPlainText()
    assert "2025年第二季度" in reminder and "县司法局" not in reminder          # a 配合 unit only
    assert "配合单位不催报" in page.ui.calendarNoteLabel.text()
    window.resize(1366, 768)
    window.grab().save(str(tmp_path / "dash.png"))


# --- who must report (ux61 problem 4): 「各牵头单位要于每季度末月25日前将落实情况报送」 asks the leads only

def test_a_plan_whose_duty_names_the_leads_chases_only_the_leads(tmp_path):
    from desktop.reports.data import load_input
    from desktop.reports.sheets import submission_rows
    from desktop.store import entries

    ws, plan_id = make_workspace(tmp_path / "w.sqlite", plan_c())
    entries.set_liaison(ws, queries.unit_id(ws, plan_id, HELPERS[0]), "张三", "123")    # (active: still not owed)
    assert [u["name"] for u in dashboard.reporting_units(ws, plan_id)] == LEADS
    months, chased, grid = _dashboard(ws, plan_id, date(2025, 8, 12))
    assert [u["name"] for u in dashboard.late_units(grid, chased)] == LEADS
    ws.set_setting("as_of", "2025-08-12")
    data = load_input(ws, 2025)
    rows = submission_rows(data, date(2025, 8, 12), [f"2025-{m:02d}" for m in range(1, 9)])
    assert [r[1] for r in rows] == LEADS
    ws.close()


def test_a_plan_that_does_not_say_who_reports_chases_every_unit(tmp_path):
    ws, plan_id = make_workspace(tmp_path / "w.sqlite", plan_c(MONTHLY))
    assert [u["name"] for u in dashboard.reporting_units(ws, plan_id)] == LEADS + HELPERS
    ws.close()
    unsaid = Duty("quarterly_report", None, "quarter", "每季度末月25日前将落实情况报送县发展改革局")
    ws, plan_id = make_workspace(tmp_path / "v.sqlite", plan_c(unsaid))
    assert len(dashboard.reporting_units(ws, plan_id)) == len(LEADS + HELPERS)
    ws.close()


def test_who_sends_is_read_from_the_rhythm_s_duty():
    from desktop.core.deadlines import leads_report

    cases = {"各牵头单位要于每季度末月25日前将落实情况报送县发展改革局": True,
             "请各牵头单位会同配合单位于每季度末月20日前报送": True,
             "每季度末月25日前将落实情况报送": False,
             "各牵头单位和责任单位每季度末报送": False,
             "责任单位和各牵头单位每季度末报送": False}
    for text, leads in cases.items():
        assert leads_report([{"kind": "quarterly_report", "every": "quarter", "text": text}]) is leads, text
    # the monthly duty the rhythm is read from says it; a filing duty naming the leads does not
    assert leads_report([{"kind": "monthly_info", "every": "month", "text": "由各牵头单位每月5日前报送上月进展"}])
    assert not leads_report([{"kind": "other", "due": "2025-05-15", "text": "各牵头单位于2025年5月15日前报送实施细则"}])


def test_a_supporting_unit_s_own_grid_owes_nothing_when_the_leads_report(tmp_path):
    ws, plan_id = make_workspace(tmp_path / "w.sqlite", plan_c())
    day = date(2025, 8, 12)
    months = [f"2025-{m:02d}" for m in range(1, 9)]
    for name, owes in ((HELPERS[0], False), (LEADS[0], True)):
        me = queries.unit_id(ws, plan_id, name)
        grid = dashboard.submission_grid(ws, plan_id, months, day, units=[{"id": me, "name": name}])
        assert (grid.state(me, "2025-06") == dashboard.MISSING) is owes, name
    ws.close()
