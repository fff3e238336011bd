"""A plan that asks only for quarterly reports is followed at its own rhythm (ux60 finding 6: plan B,
「每季度末月25日前将工作推进情况报党政办汇总」, was chased every month by the 5th): the quarter's report is due on
the day the plan names, the months between are owed by no one (a monthly entry a unit still makes is taken, never
late), and the dashboard's grid and chase, the status sheet, the reports and ``plan info`` read the one rule
(``core.deadlines.due_rule``). A plan with a monthly duty is chased monthly, the stricter, as before."""

from __future__ import annotations

from datetime import date

from helpers_ui import make_workspace, task_id, unit

from desktop.core.deadlines import due_rule, monthly_due, upcoming
from desktop.core.parse import parse_text
from desktop.store import dashboard, entries

# the shape of plan B (ux60): tasks by quarter, one sending duty, 每季度末月25日前
QUARTERLY = """某街道2024年重点工作计划

为推进重点工作落实，制定本计划。

一、重点任务

（一）做好就业服务。社会事务办负责，全年新增城镇就业600人以上，11月底前完成。

（二）推进老旧小区改造。城建办负责，11月底前完成3个老旧小区改造。

（三）抓好安全生产。应急办负责，每季度开展一次安全生产大检查，年底前实现较大以上事故“零发生”。

二、工作要求

各科室要对照本计划，细化工作措施，每季度末月25日前将工作推进情况报党政办汇总。

某街道办事处
2024年3月1日
"""
MONTHLY_TOO = QUARTERLY.replace("每季度末月25日前将工作推进情况报党政办汇总",
                                "每月10日前报送上月工作进展，每季度末月25日前将工作推进情况报党政办汇总")
UNITS = ("社会事务办", "城建办", "应急办")
TASKS = dict(zip(UNITS, ("一.一", "一.二", "一.三"), strict=True))        # each unit's own task


def _workspace(tmp_path, text: str = QUARTERLY):
    ws, plan = make_workspace(tmp_path / "w.sqlite", parse_text(text))
    return ws, plan


def _submit(ws, plan, name: str, month: str, on: str) -> None:
    who = unit(ws, plan, name)
    entries.save_entry(ws, task_id(ws, plan, TASKS[name]), who, month, progress="开展工作")
    entries.submit_month(ws, who, month)
    with ws.transaction():
        ws.conn.execute("UPDATE monthly_entries SET submitted_at = ? WHERE unit_id = ? AND month = ?",
                        (f"{on}T10:00:00", who, month))


def test_the_plan_s_rule_is_the_quarter_due_on_the_day_it_names(tmp_path):
    ws, plan = _workspace(tmp_path)
    rule = dashboard.due_rule(ws, plan)
    assert rule.every == "quarter"
    # April, May and June are reported in the second quarter's report, due 25 June
    assert {rule.nominal(m) for m in ("2024-04", "2024-05", "2024-06")} == {date(2024, 6, 25)}
    assert [m for m in ("2024-04", "2024-05", "2024-06") if rule.owes(m)] == ["2024-06"]
    assert rule.period_label("2024-05") == "2024年第二季度"
    assert "每季度" in rule.describe() and "25日" in rule.describe()
    # 2024-06-25 is a Tuesday; the due date the grid uses is the one the dashboard's list shows
    assert monthly_due("2024-04", rule=rule) == date(2024, 6, 25)
    [report] = [d for d in upcoming(ws.rows("SELECT kind, due, every, text FROM duties WHERE plan_id = ?", [plan]),
                                    [], date(2024, 5, 10)) if d.kind == "quarterly_report"]
    assert report.due == date(2024, 6, 25) and report.label == "2024年第二季度报告"


def test_the_months_between_quarters_are_not_chased(tmp_path):
    ws, plan = _workspace(tmp_path)
    rule = dashboard.due_rule(ws, plan)
    months = ["2024-03", "2024-04", "2024-05"]
    day = date(2024, 5, 10)            # April's report would be owed by 6 May if the plan were monthly
    grid = dashboard.submission_grid(ws, plan, months, day)
    ids = [unit(ws, plan, n) for n in UNITS]
    assert {grid.state(u, "2024-04") for u in ids} == {dashboard.NOT_DUE}
    assert {grid.state(u, "2024-03") for u in ids} == {dashboard.MISSING}      # the first quarter's, due 25 March
    chased = dashboard.last_due_month(months, day, rule=rule, first=grid.first)
    assert chased == "2024-03"
    text = dashboard.reminder_text("某街道2024年重点工作计划", chased, dashboard.late_units(grid, chased), day,
                                   period=rule.period_label(chased))
    assert "2024年第一季度" in text and "3月" not in text


def test_a_monthly_entry_is_welcome_and_the_quarter_is_due_on_its_day(tmp_path):
    ws, plan = _workspace(tmp_path)
    rule = dashboard.due_rule(ws, plan)
    social, town = unit(ws, plan, "社会事务办"), unit(ws, plan, "城建办")
    _submit(ws, plan, "社会事务办", "2024-04", "2024-05-20")     # a month's entry nobody asked for: taken
    _submit(ws, plan, "社会事务办", "2024-06", "2024-06-24")
    _submit(ws, plan, "城建办", "2024-06", "2024-06-26")
    months = ["2024-04", "2024-05", "2024-06"]
    day = date(2024, 6, 27)
    grid = dashboard.submission_grid(ws, plan, months, day)
    assert grid.state(social, "2024-04") == dashboard.SUBMITTED
    assert grid.state(social, "2024-05") == dashboard.NOT_DUE
    assert grid.state(social, "2024-06") == dashboard.SUBMITTED
    assert grid.state(town, "2024-06") == dashboard.LATE          # after the 25th
    assert grid.state(town, "2024-05") == dashboard.NOT_DUE
    chased = dashboard.last_due_month(months, day, rule=rule, first=grid.first)
    assert chased == "2024-06"
    assert [u["name"] for u in dashboard.late_units(grid, chased)] == ["应急办"]
    # on 24 June the second quarter is not due yet: the first quarter's is the one to chase
    assert dashboard.last_due_month(months, date(2024, 6, 24), rule=rule, first=grid.first) is None


def test_the_status_sheet_and_the_reports_follow_the_quarter(tmp_path):
    from desktop.reports.data import load_input
    from desktop.reports.sheets import submission_rows

    ws, plan = _workspace(tmp_path)
    _submit(ws, plan, "社会事务办", "2024-04", "2024-05-20")
    _submit(ws, plan, "社会事务办", "2024-06", "2024-06-24")
    ws.set_setting("as_of", "2024-07-10")         # (a workspace on 10 July 2024: the import is not on its clock)
    data = load_input(ws, 2024)
    assert data.due_rule == dashboard.due_rule(ws, plan)
    months = [f"2024-{m:02d}" for m in range(3, 8)]
    rows = {r[1]: r[4:4 + len(months)] for r in submission_rows(data, date(2024, 7, 10), months)}
    assert rows["社会事务办"] == ["未报", "按时", "—", "按时", "—"]
    assert rows["应急办"] == ["未报", "—", "—", "未报", "—"]


def test_a_plan_with_monthly_and_quarterly_duties_is_chased_monthly(tmp_path):
    ws, plan = _workspace(tmp_path, MONTHLY_TOO)
    rule = dashboard.due_rule(ws, plan)
    assert (rule.every, rule.day, rule.same_month) == ("month", 10, False)
    grid = dashboard.submission_grid(ws, plan, ["2024-03", "2024-04"], date(2024, 5, 13))
    assert grid.state(unit(ws, plan, "应急办"), "2024-04") == dashboard.MISSING
    assert dashboard.last_due_month(["2024-03", "2024-04"], date(2024, 5, 13), rule=rule) == "2024-04"


def test_the_rule_is_read_from_the_duties_and_follows_a_revision():
    quarterly = parse_text(QUARTERLY).duties
    assert due_rule(d.to_json() for d in quarterly).every == "quarter"
    assert due_rule(d.to_json() for d in parse_text(MONTHLY_TOO).duties).every == "month"
    # an oversight rhythm alone (每季度开展一次检查) sends nothing: the 5th of the next month, as before
    assert due_rule(d.to_json() for d in quarterly if d.kind == "oversight") == dashboard.DueRule()
    # 每季度报送一次 names no day: due at the quarter's end
    rule = due_rule([{"kind": "quarterly_report", "every": "quarter", "text": "每季度报送一次工作进展"}])
    assert rule.nominal("2024-08") == date(2024, 9, 30)


def test_a_revision_that_asks_for_monthly_reports_changes_the_rhythm(tmp_path):
    from desktop.store.plans import prepare_reimport, save_reimport

    ws, plan = _workspace(tmp_path)
    assert dashboard.due_rule(ws, plan).every == "quarter"
    prepared = prepare_reimport(ws, parse_text(MONTHLY_TOO))
    result = save_reimport(ws, prepared, source_name="修订.txt", backup=False)
    assert dashboard.due_rule(ws, result.plan_id).every == "month"


def test_plan_info_prints_the_quarterly_rule(tmp_path, capsys):
    from desktop.__main__ import main

    path = tmp_path / "计划.txt"
    path.write_text(QUARTERLY, encoding="utf-8")
    db = tmp_path / "w.sqlite"
    assert main(["plan", "import", str(path), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["plan", "info", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "每季度末月25日前报送当季情况" in out and "每月5日前" not in out
    assert "月度报送要求：各科室要对照本计划" in out        # the duty the rhythm is read from, to be corrected there


def test_the_office_can_say_the_plan_is_reported_by_the_quarter(tmp_path, capsys):
    """A plan whose duties say nothing: the office writes the quarterly duty in 方案信息 (``plan info``)."""
    from desktop.__main__ import main
    from desktop.store import open_workspace
    from desktop.store.queries import current_plan_id

    path = tmp_path / "计划.txt"
    path.write_text(QUARTERLY.replace("每季度末月25日前将工作推进情况报党政办汇总", "抓好落实"), encoding="utf-8")
    db = tmp_path / "w.sqlite"
    assert main(["plan", "import", str(path), "--db", str(db)]) == 0
    assert main(["plan", "info", "--db", str(db), "--monthly-duty", "每季度末月20日前报送工作进展"]) == 0
    assert "每季度末月20日前报送当季情况" in capsys.readouterr().out
    with open_workspace(db) as ws:
        rule = dashboard.due_rule(ws, current_plan_id(ws))
    assert (rule.every, rule.day) == ("quarter", 20)
    # and back to monthly by the same field
    assert main(["plan", "info", "--db", str(db), "--monthly-duty", "每月10日前报送上月工作进展"]) == 0
    with open_workspace(db) as ws:
        rule = dashboard.due_rule(ws, current_plan_id(ws))
    assert (rule.every, rule.day) == ("month", 10)
