"""ux62's smaller findings mended in round 63 (m63b): the typo question's buttons answer it, ..."""

from __future__ import annotations

from desktop.core.model import Unit
from desktop.core.unit_check import new_units


def test_the_typo_question_s_buttons_answer_it():
    [new] = new_units(["区民证局"], [Unit("区民政局"), Unit("区财政局")])
    question, choices = new.question()
    assert question.endswith("是笔误吗？")
    assert choices == ["是笔误，改为“区民政局”", "不是笔误，仍然使用", "是笔误，回去修改"]
    assert new.answer("是笔误，改为“区民政局”") == "区民政局"
    assert new.answer("不是笔误，仍然使用") == "区民证局"
    assert new.answer("是笔误，回去修改") is None


def test_a_name_with_nothing_near_is_asked_the_same_with_two_answers():
    [new] = new_units(["益企服务中心"], [Unit("区民政局")])
    question, choices = new.question()
    assert "没有与它相近的单位名称" in question and question.endswith("是笔误吗？")
    assert choices == ["不是笔误，仍然使用", "是笔误，回去修改"]


def test_plan_info_dialog_and_command_say_the_same_other_duties_line(tmp_path, capsys, qtbot):
    """One 其他报送 line (``duty_names.other_duties_text``): the dialog and ``plan info`` used to build it each,
    and said a plan without other duties in two different sentences."""
    from desktop.__main__ import main
    from desktop.core.duty_names import NO_OTHER_DUTIES, other_duties_text
    from desktop.reports.data import plan_id_of
    from desktop.store import open_workspace
    from desktop.store.saved_plan import load_plan
    from desktop.ui.plan_info import PlanInfoDialog

    source = tmp_path / "plan.txt"
    source.write_text("某区养老服务工作方案\n一、重点任务\n（一）建设养老服务中心。新建街道养老服务中心3个。"
                      "（牵头单位：区民政局）\n", encoding="utf-8")
    db = tmp_path / "w.sqlite"
    assert main(["plan", "import", str(source), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["plan", "info", "--db", str(db)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("其他报送："))
    ws = open_workspace(db)
    try:
        plan = load_plan(ws, plan_id_of(ws))
    finally:
        ws.close()
    dialog = PlanInfoDialog(plan)
    qtbot.addWidget(dialog)
    assert line == "其他报送：" + dialog.ui.otherDutiesLabel.text() == "其他报送：" + NO_OTHER_DUTIES
    assert other_duties_text([{"kind": "other", "due": "2024-05-15", "every": None,
                               "text": "各责任单位请于2024年5月15日前报送自查报告"}]) == "自查报告（5月15日前）"
