"""Review rv61 of round 61's product and parser changes: each mend at its own edge.

- ``unit_check.new_units``: a name the plan's text prints is its unit, but only printed on its own — 「区财政」 or
  「财政局」 typed where the text prints only the known 「区财政局」 is a cut name, asked about; a name printed whole
  (「区文旅中心」, which the parser did not list) is not.
- ``plan_edits._set_monthly_duty``: the rhythm of the typed duty is read as the parser reads a duty's
  (``duty_sentences.rhythm_of``), no second 每月／每季度 reading: 按季度报送 is the quarter, a duty naming the month too
  is the month.
- ``plan info``: the rule's line is named by the rule's rhythm (报送日期 for the quarter, 月度报送日期 for the month).
- ``dates.run_on_day``: the one reading of a span whose month is printed once 「3月28日至7日」, shared by
  ``timed_days.appointed_day`` and ``item_spans.own_span_end`` — 「12月28日至3日」 ends in January of the next year in
  both (``appointed_day`` read a 13th month, no date, before).
- ``dates.quarter_before``: 「N季度前」 is the end of the quarter before, in ``find_deadlines`` and
  ``date_spans.month_range`` alike; 「一季度前」 the December before.
"""

from __future__ import annotations

from desktop.core import plan_edits
from desktop.core.model import Duty, ParsedPlan, Unit
from desktop.core.parse.date_spans import month_range
from desktop.core.parse.dates import find_deadlines, quarter_before, run_on_day
from desktop.core.parse.item_spans import own_span_end
from desktop.core.parse.timed_days import appointed_day
from desktop.core.unit_check import new_units

_UNITS = [Unit("区财政局"), Unit("区民政局")]
_TEXT = "区财政局负责，区民政局配合，区文旅中心参与。"


def test_a_cut_name_inside_a_known_unit_s_name_is_asked_about() -> None:
    asked = new_units(["区财政", "财政局", "区民证局"], _UNITS, _TEXT)
    assert [(n.name, n.nearest) for n in asked] == [("区财政", "区财政局"), ("财政局", "区财政局"),
                                                     ("区民证局", "区民政局")]


def test_a_name_the_text_prints_whole_is_the_plan_s_unit() -> None:
    # (near miss: 区文旅中心 is printed on its own, not inside a known name; 区民政局 is known)
    assert new_units(["区文旅中心", "区民政局"], _UNITS, _TEXT) == []
    # an alias of a known unit is known, though the text prints it only inside the longer name
    assert new_units(["财政局"], [Unit("区财政局", aliases=["财政局"])], _TEXT) == []


def test_the_typed_duty_s_rhythm_is_the_parser_s() -> None:
    quarterly = plan_edits.rule_with_monthly_duty(ParsedPlan(), "按季度报送工作进展，每季度末月20日前报送")
    assert quarterly is not None and (quarterly.every, quarterly.day) == ("quarter", 20)
    # near miss: a duty that names the month as well is the month's, the stricter
    both = plan_edits.rule_with_monthly_duty(ParsedPlan(), "每月10日前报送上月进展，每季度汇总一次")
    assert both is not None and (both.every, both.day) == ("month", 10)


def test_plan_info_names_the_rule_s_line_by_its_rhythm(tmp_path, capsys) -> None:
    from desktop.__main__ import main

    path = tmp_path / "计划.txt"
    path.write_text("某街道2024年重点工作计划\n\n一、重点任务\n\n（一）做好就业服务。社会事务办负责，11月底前完成。\n\n"
                    "二、工作要求\n\n各科室每季度末月25日前将工作推进情况报党政办汇总。\n", encoding="utf-8")
    db = tmp_path / "w.sqlite"
    assert main(["plan", "import", str(path), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["plan", "info", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(ln.startswith("报送日期：") and "每季度末月25日前" in ln for ln in lines)
    assert main(["plan", "info", "--db", str(db), "--monthly-duty", "每月10日前报送上月工作进展"]) == 0
    capsys.readouterr()
    assert main(["plan", "info", "--db", str(db)]) == 0
    assert any(ln.startswith("月度报送日期：") for ln in capsys.readouterr().out.splitlines())


def test_a_duty_list_keeps_its_other_duties() -> None:
    # the quarterly wording replaces the monthly duty it was read from; the others stay as they were
    plan = ParsedPlan(duties=[Duty("monthly_info", None, "month", "每月5日前报送信息"),
                              Duty("oversight", None, "quarter", "每季度开展一次督查")])
    plan_edits.set_plan_field(plan, "plan.monthly_duty", "每季度末月20日前报送工作进展")
    assert [(d.kind, d.every) for d in plan.duties] == [("quarterly_report", "quarter"), ("oversight", "quarter")]


def test_a_span_run_on_into_the_next_month_or_year() -> None:
    assert run_on_day(2024, 3, 28, 7) == "2024-04-07"
    assert run_on_day(2024, 12, 28, 3) == "2025-01-03"
    assert appointed_day("在12月28日至3日元旦期间,各村要加强巡查。", 2024) == "2025-01-03"
    assert own_span_end("从12月28日至3日开展集中排查。", 2024) == "2025-01-03"
    # (near miss: a last day after the first stays in its month)
    assert run_on_day(2024, 12, 3, 28) == "2024-12-28"
    assert appointed_day("在12月3日至28日集中宣传期间,各村要加强巡查。", 2024) == "2024-12-28"


def test_before_a_quarter_is_the_end_of_the_quarter_before() -> None:
    assert quarter_before(2026, 1) == (2025, 12) and quarter_before(2026, 3) == (2026, 6)
    assert [d.date for d in find_deadlines("应于2026年一季度前批复实施方案", None)] == ["2025-12-31"]
    assert month_range("（2024年第一季度前完成）", None) == (None, "2023-12")
    # (near miss: the quarter's end 「一季度末前」 keeps its own)
    assert [d.date for d in find_deadlines("应于2026年一季度末前批复实施方案", None)] == ["2026-03-31"]
    assert month_range("（2024年第三季度末前完成）", None) == (None, "2024-09")


def test_plan_edit_refusing_a_cut_unit_name_leaves_the_workspace_as_it_was(tmp_path, capsys) -> None:
    from helpers_ui import make_workspace, sample_plan, task_id

    from desktop.__main__ import main
    from desktop.store import open_workspace, plans as store_plans, queries

    plan = sample_plan()
    plan.source_text = "……市民政局负责……"
    ws, plan_id = make_workspace(tmp_path / "w.sqlite", plan)
    tid = task_id(ws, plan_id, "二.一.2")
    before = queries.task_detail(ws, tid)["units"]
    units = [r["name"] for r in ws.rows("SELECT name FROM units")]
    ws.close()
    # 「民政局」 is printed only inside 「市民政局」: a cut name, refused (exit 2) like a typo
    assert main(["plan", "edit", "--db", str(tmp_path / "w.sqlite"), "--task", "二.一.2", "--responsible",
                 "民政局"]) == 2
    assert "“民政局”（最接近的已有单位：“市民政局”）" in capsys.readouterr().err
    with open_workspace(tmp_path / "w.sqlite") as ws:
        assert queries.task_detail(ws, tid)["units"] == before
        assert [r["name"] for r in ws.rows("SELECT name FROM units")] == units
        assert store_plans.task_history(ws, tid) == []
