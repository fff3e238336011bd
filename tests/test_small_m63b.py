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


def test_two_targets_of_one_sentence_moved_together_are_one_line_of_the_change_list(tmp_path):
    """A table plan's 完成时限 column dates the sentence's two targets; a revision moving it listed the one sentence's
    date change once per target (ux62: 「量化指标“…42个、惠及居民1.1万户”的截止日期…」 twice)."""
    from desktop.core.model import ParsedPlan, Target, Task
    from desktop.store import open_workspace, plans

    words = "完成老旧小区改造42个、惠及居民1.1万户"

    def plan(day: str) -> ParsedPlan:
        targets = [Target(words, 42, "个", ">=", day, "老旧小区改造"),
                   Target(words, 11000, "户", ">=", day, "惠及居民")]
        return ParsedPlan(title="某区2025年重点工作任务分工方案", doc_number="某政办〔2025〕3号", date="2025-02-10",
                          tasks=[Task(["三"], "11", "推进老旧小区改造", words, lead_units=["区住建局"],
                                      deadline=day, targets=targets)],
                          units=[Unit("区住建局")], source_text=words)

    ws = open_workspace(tmp_path / "w.sqlite")
    try:
        plans.save_plan(ws, plan("2025-11-30"), backup=False)
        result = plans.save_reimport(ws, plans.prepare_reimport(ws, plan("2025-10-31")), backup=False)
    finally:
        ws.close()
    said = "\n".join(str(c) for c in result.changes)
    assert said.count("的截止日期") == 1, said
    assert f"量化指标“{words}”的截止日期“2025-11-30”→“2025-10-31”" in said, said


# (sentence, target words, whether the text dates the target): one rule for a deadline typed in the review and for a
# revision's new deadline (rv62: the two read the first sentence apart)
WRITTEN = [
    ("10月底前新建老年食堂20个，助餐服务覆盖率达到80%以上。", "助餐服务覆盖率达到80%以上", True),
    ("10月底前新建老年食堂20个，助餐服务覆盖率达到80%以上。", "10月底前新建老年食堂20个", True),
    ("到2027年，累计改造老旧小区达到8000个，新建公园20个。", "新建公园20个", True),
    ("新增泊位10万个，2024年12月底前建成平台。", "新增泊位10万个", False),
    ("10月底前完成摸底。新增泊位10万个，建成平台。", "新增泊位10万个", False),     # another sentence's date
    ("10月底前完成摸底；新增泊位10万个。", "新增泊位10万个", False),
]


def _task(text: str, words: str, deadline: str):
    from desktop.core.model import Target, Task

    target = Target(words, 1, "个", ">=", deadline, "")
    return Task(["一"], "1", "某任务", "某任务。" + text, deadline=deadline, targets=[target]), target


def test_a_deadline_typed_in_the_review_moves_only_the_targets_the_text_leaves_undated():
    from desktop.core.review_edits import move_target_dates

    for text, words, dated in WRITTEN:
        task, _target = _task(text, words, "2024-10-31")
        moved = move_target_dates(task, "2024-10-31", "2024-12-31", 2024)
        assert (moved == 0) == dated, (text, words)
        assert task.targets[0].deadline == ("2024-10-31" if dated else "2024-12-31"), (text, words)


def test_a_revision_leaves_undated_only_the_targets_the_text_leaves_undated():
    from desktop.core.model import ParsedPlan
    from desktop.core.revision_dates import undated_as_before

    for text, words, dated in WRITTEN:
        task, target = _task(text, words, "2024-10-31")
        plan = ParsedPlan(title="某方案", date="2024-03-01", tasks=[task])
        before = {"一.1": {"targets": [dict(target.to_json(), deadline=None)]}}
        undated_as_before(plan, before, {"一.1": "一.1"})
        assert plan.tasks[0].targets[0].deadline == ("2024-10-31" if dated else None), (text, words)
