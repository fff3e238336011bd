"""The reporting rhythm, round 62's clerk (m62c): a plan asking for reports 「每半年」 was chased monthly; a 配合 unit
of a plan whose leads alone report was shown a due date; a plan with no phases forgot last December in January;
the dashboard read the plan's duties three times a refresh."""

from __future__ import annotations

from datetime import date

from helpers_ui import FakePrompts, make_workspace, open_window
from PySide6.QtCore import Qt

from desktop.core.deadlines import due_rule, monthly_due, plan_months, upcoming
from desktop.core.model import Duty, Heading, ParsedPlan, Task, Unit
from desktop.core.parse import parse_text
from desktop.core.progress import DueRule
from desktop.store import dashboard, queries

LEADS = ["市民政局", "市住房和城市更新局"]
HELPERS = ["市财政局", "市卫健委"]
HALF = "各责任单位每半年报送一次工作进展，6月底和12月底前报市民政局"


def plan(duties: list[Duty], date_: str = "2024-03-01") -> ParsedPlan:
    """Two tasks, each with a lead and a supporting unit, no phases."""
    return ParsedPlan(
        title="老年友好型城市建设工作方案", doc_number="×政办〔2024〕5号", date=date_,
        headings=[Heading(1, [], "一", "工作任务")],
        tasks=[Task(["一"], str(n), f"任务{n}", f"第{n}项任务，2024年12月底前完成。",
                    lead_units=[lead], responsible_units=[helper], deadline="2024-12-31")
               for n, (lead, helper) in enumerate(zip(LEADS, HELPERS, strict=True), 1)],
        duties=duties, units=[Unit(n) for n in LEADS + HELPERS])


# as the parser stores 「…每半年报送一次工作进展，6月底和12月底前报市民政局。」: a yearly 「其他」 and the days' clause
HALF_DUTIES = [Duty("other", None, "year", HALF), Duty("other", "2024-12-31", None, "6月底和12月底前报市民政局")]


# --- finding 1: 每半年 is chased by the half year ----------------------------------------------------------------

def test_the_half_year_rule_is_read_from_the_stored_duties():
    cases = {
        "各责任单位每半年报送一次工作进展，报市民政局。": (DueRule(31, True, "half"), "2024-07-01", "2024-12-31"),
        "请各单位每半年报送工作进展情况，于6月25日和12月25日前报送市政府办公室。":
            (DueRule(25, True, "half"), "2024-06-25", "2024-12-25"),
        "请各牵头单位每半年报送一次工作进展和小结，于7月5日前和次年1月5日前报送。":
            (DueRule(5, False, "half"), "2024-07-05", "2025-01-06"),
    }
    # (a day on a weekend is the next working day, 遇节假日顺延: Sunday 2024-06-30 → 07-01, 2025-01-05 → 01-06)
    for text, (rule, june, december) in cases.items():
        duties = [d.to_json() for d in parse_text("工作方案\n一、工作任务\n1.做好养老服务。（牵头单位：市民政局）\n"
                                                   "二、工作要求\n" + text).duties]
        got = due_rule(duties)
        assert got == rule, text
        assert (monthly_due("2024-06", rule=got).isoformat(), monthly_due("2024-12", rule=got).isoformat()) \
            == (june, december), text
        assert [m for m in (f"2024-{n:02d}" for n in range(1, 13)) if got.owes(m)] == ["2024-06", "2024-12"]
        assert got.period_label("2024-03") == "2024年上半年" and got.period_label("2024-12") == "2024年下半年"
    # a monthly duty beside it is stricter: the plan stays monthly; a half-year summary by its day is no rhythm
    assert due_rule([{"kind": "other", "every": "year", "text": HALF},
                     {"kind": "monthly_info", "every": "month", "text": "每月10日前报送工作信息"}]).every == "month"
    assert due_rule([{"kind": "half_year_summary", "due": "2024-06-20", "every": None,
                      "text": "各单位于6月20日前报送半年工作小结"}]).every == "month"
    assert DueRule(31, True, "half").describe() == "每半年（6月、12月底前）报送半年情况"
    assert DueRule(5, False, "half").describe() == "每半年（7月、次年1月5日前）报送半年情况"


def test_a_half_yearly_plan_is_chased_for_june_and_december_only(tmp_path):
    from desktop.reports.data import load_input
    from desktop.reports.sheets import submission_rows

    ws, plan_id = make_workspace(tmp_path / "w.sqlite", plan(HALF_DUTIES))
    day = date(2024, 8, 12)
    ws.set_setting("as_of", day.isoformat())
    months = [m for m in dashboard.plan_span(ws, plan_id, day) if m <= "2024-08"]
    grid = dashboard.submission_grid(ws, plan_id, months, day)
    for unit in grid.units:
        assert [m for m in months if grid.state(unit["id"], m) == dashboard.MISSING] == ["2024-06"], unit
    rule = dashboard.due_rule(ws, plan_id)
    assert dashboard.last_due_month(months, day, rule=rule, first=grid.first) == "2024-06"
    # the due list names the next half year's report once, not 「其他报送事项」 of the days' clause
    listed = [(d.label, d.due) for d in upcoming(queries.duties(ws, plan_id), [], day)]
    assert listed == [("2024年下半年工作进展", date(2024, 12, 31))]
    # the status sheet agrees: June 未报, the other months owed by no one
    data = load_input(ws, 2024)
    year = [f"2024-{m:02d}" for m in range(1, 9)]
    row = next(r for r in submission_rows(data, day, year) if r[1] == LEADS[0])
    assert [m for m, cell in zip(year, row[4:12], strict=True) if cell == "未报"] == ["2024-06"]
    ws.close()


def _office_dashboard(qtbot, tmp_path, duties: list[Duty], as_of: str):
    """The office's 工作台 on ``as_of``, over the plan with ``duties``."""
    ws, _ = make_workspace(tmp_path / "w.sqlite", plan(duties))
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="office", as_of=as_of)
    return window.dashboard


def test_the_office_s_dashboard_of_a_half_yearly_plan(qtbot, tmp_path):
    page = _office_dashboard(qtbot, tmp_path, HALF_DUTIES, "2024-08-12")
    assert page.ui.lateLabel.text().startswith("2024年上半年 未报送的单位（4 家）")
    assert "2024年上半年" in page.ui.reminderEdit.toPlainText()
    assert "每半年（6月、12月底前）报送半年情况" in page.ui.calendarNoteLabel.text()
    labels = [page.due.index(r, 0).data() for r in range(page.due.rowCount())]
    assert labels == ["2024年下半年工作进展"]


def test_plan_info_and_review_name_the_half_year_rule(tmp_path, capsys):
    from desktop.core import plan_edits

    parsed = plan(HALF_DUTIES)
    assert plan_edits.monthly_duty_text(parsed) == HALF
    assert plan_edits.due_rule_words(parsed, HALF) == "按此要求：每半年（6月、12月底前）报送半年情况。"
    # the person rewords it with days of their own: still half-yearly
    worded = "每半年报送一次工作进展，于6月20日和12月20日前报送"
    assert plan_edits.rule_with_monthly_duty(parsed, worded) == DueRule(20, True, "half")


# --- finding 2: a 配合 unit of a plan whose leads alone report owes nothing ---------------------------------------

LEADS_SEND = [Duty("monthly_info", None, "month", "各牵头单位每月10日前报送上月工作进展")]


def test_a_supporting_unit_s_page_says_it_owes_no_report(qtbot, tmp_path):
    from desktop.store import entries
    from desktop.ui.monthly_page import NOT_OWED

    ws, plan_id = make_workspace(tmp_path / "w.sqlite", plan(LEADS_SEND))
    assert not dashboard.owes_reports(ws, plan_id, queries.unit_id(ws, plan_id, HELPERS[0]))
    assert dashboard.owes_reports(ws, plan_id, queries.unit_id(ws, plan_id, LEADS[0]))
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="unit", unit_name=HELPERS[0],
                         as_of="2024-07-20")
    window.show_page("monthly")
    page = window.monthly
    text = page.ui.stateLabel.text()
    assert text == NOT_OWED and "须于" not in text and "截止" not in text and "检查无误后提交" not in text
    # it may still enter progress on the task it supports
    assert [r["title"] for r in page.tasks.rows] == ["任务1"]
    page.ui.taskList.setCurrentIndex(page.tasks.index(0, 0))
    page.ui.progressEdit.setPlainText("配合完成资金测算")
    assert page.flush()
    me = window.session.unit_id
    assert [e["progress"] for e in entries.entries(window.session.ws, unit_id=me, month=page.month)] \
        == ["配合完成资金测算"]
    assert page.ui.submitButton.isEnabled()


def _unit_page(qtbot, tmp_path, duties: list[Duty], name: str, as_of: str, month: str):
    """The 月度填报 page of unit ``name`` on ``as_of``, at ``month``."""
    ws, _ = make_workspace(tmp_path / "w.sqlite", plan(duties))
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="unit", unit_name=name, as_of=as_of)
    window.show_page("monthly")
    page = window.monthly
    page.ui.monthCombo.setCurrentIndex(page.ui.monthCombo.findData(month))
    return page


def test_a_lead_unit_s_page_still_says_when_its_report_is_due(qtbot, tmp_path):
    page = _unit_page(qtbot, tmp_path, LEADS_SEND, LEADS[0], "2024-07-20", "2024-07")
    # (10 August 2024 is a Saturday: a monthly report waits for Monday the 12th)
    assert "按方案须于 2024年8月12日 前提交" in page.ui.stateLabel.text()


def test_a_month_between_half_year_reports_is_due_with_its_half_year(qtbot, tmp_path):
    page = _unit_page(qtbot, tmp_path, HALF_DUTIES, LEADS[0], "2024-08-12", "2024-08")
    assert "本月不单独报送，随2024年下半年报送，须于 2024年12月31日 前提交" in page.ui.stateLabel.text()


# --- finding 3: a plan with no phases runs from its first month owed to now ---------------------------------------

MONTHLY = [Duty("monthly_info", None, "month", "各单位每月10日前报送上月工作进展")]


def test_in_january_last_december_is_chased(tmp_path):
    ws, plan_id = make_workspace(tmp_path / "w.sqlite", plan(MONTHLY))
    day = date(2025, 1, 20)
    ws.set_setting("as_of", day.isoformat())
    months = [m for m in dashboard.plan_span(ws, plan_id, day) if m <= "2025-01"]
    assert months[0] == "2024-03" and months[-1] == "2025-01"
    grid = dashboard.submission_grid(ws, plan_id, months, day)
    rule = dashboard.due_rule(ws, plan_id)
    assert dashboard.last_due_month(months, day, rule=rule, first=grid.first) == "2024-12"
    assert all(grid.state(u["id"], "2024-12") == dashboard.MISSING for u in grid.units)
    # on 2 January the due list names December's report, due 10 January
    start = dashboard.first_month(ws, plan_id, date(2025, 1, 2))
    labels = [(d.label, d.due) for d in upcoming(queries.duties(ws, plan_id), [], date(2025, 1, 2), start=start)]
    assert ("2024年12月月度进展和工作信息", date(2025, 1, 10)) in labels
    ws.close()


def test_a_plan_imported_this_year_still_shows_this_year_s_months(tmp_path):
    # a plan of May 2023 imported on 3 June 2024: owed from June, but January to May stay to back-fill, and 2023's
    # months are not brought back
    ws, plan_id = make_workspace(tmp_path / "w.sqlite", plan(MONTHLY, "2023-05-01"))
    with ws.transaction():
        ws.conn.execute("UPDATE plans SET imported_at = '2024-06-03T09:00:00' WHERE id = ?", (plan_id,))
    day = date(2024, 7, 20)
    ws.set_setting("as_of", day.isoformat())
    assert dashboard.first_month(ws, plan_id, day) == "2024-06"
    assert dashboard.plan_span(ws, plan_id, day)[0] == "2024-01"
    ws.close()


def test_the_plan_s_months_without_phases():
    # from the start given, to this year's December; without a start, this year (as before)
    months = plan_months([], [], date(2025, 1, 20), "2024-03")
    assert (months[0], months[-1], len(months)) == ("2024-03", "2025-12", 22)
    months = plan_months([], [], date(2025, 1, 20))
    assert (months[0], months[-1]) == ("2025-01", "2025-12")
    # phases still bound it
    phases = [{"name": "实施", "start": "2024-04", "end": "2024-09"}]
    assert plan_months(phases, [], date(2025, 1, 20), "2024-03") == [f"2024-{m:02d}" for m in range(4, 10)]


def test_the_office_s_grid_reaches_back_to_last_year(qtbot, tmp_path):
    page = _office_dashboard(qtbot, tmp_path, MONTHLY, "2025-01-20")
    assert page.ui.lateLabel.text().startswith("2024年12月 未报送的单位")
    header = [page.grid.headerData(c, Qt.Orientation.Horizontal) for c in range(page.grid.columnCount())]
    assert header[0] == "3月" and header[-2:] == ["12月", "2025年1月"]      # the new year named where it turns


# --- finding 5: the grid reads the plan's duties once --------------------------------------------------------------

def test_the_grid_reads_the_duties_once(tmp_path, monkeypatch):
    ws, plan_id = make_workspace(tmp_path / "w.sqlite", plan(LEADS_SEND))
    calls = []
    real = queries.duties

    def counted(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(dashboard, "duties", counted)
    monkeypatch.setattr(queries, "duties", counted)
    months = [f"2024-{m:02d}" for m in range(3, 8)]
    grid = dashboard.submission_grid(ws, plan_id, months, date(2024, 7, 20))
    assert len(calls) == 1
    assert [u["name"] for u in grid.units] == LEADS
    me = queries.unit_id(ws, plan_id, HELPERS[0])
    calls.clear()
    own = dashboard.submission_grid(ws, plan_id, months, date(2024, 7, 20), units=[{"id": me, "name": HELPERS[0]}])
    assert len(calls) == 1
    assert own.state(me, "2024-06") == dashboard.NOT_DUE         # a 配合 unit owes nothing
    ws.close()


# --- finding 4: the dashboard's note on the rhythm is one line at 1366×768 ------------------------------------------

def test_the_rhythm_note_is_one_line_with_the_rest_in_its_tooltip(qtbot, tmp_path):
    from desktop.ui.one_line_label import MORE, shown_text

    page = _office_dashboard(qtbot, tmp_path, LEADS_SEND, "2024-07-20")
    window = page.window()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    note = page.ui.calendarNoteLabel
    whole = ("月度进展按方案要求每月10日前报送上月情况。方案要求各牵头单位报送，配合单位不催报。"
             "截止日期按法定工作日计算，遇节假日顺延（已考虑调休）。")
    assert note.text() == whole
    assert note.height() < 2 * note.fontMetrics().height()           # one line, not two
    shown = shown_text(whole, note.fontMetrics(), note.contentsRect().width())
    assert shown.endswith(MORE) and whole.startswith(shown.removesuffix(MORE))
    assert shown.removesuffix(MORE).endswith("。")                   # whole sentences shown, none cut mid-way
    assert note.is_cut() and note.toolTip() == whole
    # wide enough, the whole note shows and no tooltip repeats it
    window.resize(2400, 768)
    qtbot.waitUntil(lambda: not note.is_cut())
    assert note.toolTip() == ""


# --- finding 6: the half-year summary counts its tasks one way, in the lead and in 总体情况 --------------------------

def _lead_and_overview(unit: str | None, tasks_of=None):
    import dataclasses
    import re

    from fixtures_reports.sample import report_input

    from desktop.reports.draft import draft_report

    data = report_input(unit)
    if tasks_of is not None:
        data = dataclasses.replace(data, tasks=[t for t in data.tasks if tasks_of(t)])
    report = draft_report(data, "half-year", today=date(2024, 6, 28))
    overview = report.sections[0].blocks[0].text
    status = re.search(r"截至[^，]*，([^。]*)。", overview)
    assert status, overview
    return report, status.group(1)


def test_the_overview_counts_the_tasks_and_the_lead_does_not_say_it_again():
    report, status = _lead_and_overview("市民政局")
    f = report.figures
    assert f.tasks and f.supported
    # 总体情况 names the tasks led and supported apart (ux63); the lead gives the result in words (m66b)
    assert status.startswith("牵头的任务中") and "；配合推进的任务" in status
    # one task late in May: no 「有序」, the lag is told in 总体情况
    assert report.lead.endswith("压实工作责任，推动各项任务落实。现将有关情况报告如下：")
    assert status not in report.lead and "项任务中已完成" not in report.lead


def test_a_unit_that_only_leads_or_only_supports_and_the_city():
    for unit, keep in (("市民政局", lambda t: "市民政局" in t.lead_units),
                       ("市民政局", lambda t: "市民政局" not in t.lead_units), (None, None)):
        report, status = _lead_and_overview(unit, keep)
        page_one = report.lead + report.sections[0].blocks[0].text
        assert page_one.count(status) == 1 and status not in report.lead
        assert "已完成" not in report.lead and "正在推进" not in report.lead
