"""Review rv61 of round 61's product and parser changes: each mend at its own edge.

- ``unit_check.new_units``: a name the plan's text prints is its unit, but only printed on its own — 「区财政」 or
  「财政局」 typed where the text prints only the known 「区财政局」 is a cut name, asked about; a name printed whole
  (「区文旅中心」, which the parser did not list) is not.
- ``plan_edits._set_monthly_duty``: the rhythm of the typed duty is read as the parser reads a duty's
  (``duty_sentences.rhythm_of``), no second 每月／每季度 reading: 按季度报送 is the quarter, a duty naming the month too
  is the month.
- ``plan info``: the rule's line is named by the rule's rhythm (报送日期 for the quarter, 月度报送日期 for the month).
"""

from __future__ import annotations

from desktop.core import plan_edits
from desktop.core.model import Duty, ParsedPlan, Unit
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
