"""An indicator's own date (ux58 findings 2 and 13): shown and edited where the clerk reviews a task and in 修改任务,
moved with the task's deadline when the clerk corrects it (an indicator with a date written of its own keeps it),
typed in brackets after the indicator and never left in its name, recorded in the history, kept over a revision."""

from __future__ import annotations

import copy
import os

import pytest
from helpers_ui import FakePrompts, make_workspace, sample_plan, task_id
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core import review_edits as logic
from desktop.core.model import ParsedPlan, Target, Task, Unit
from desktop.store import plans as store_plans

SHOTS = os.environ.get("M59A_SHOTS")


def _parking_plan() -> ParsedPlan:
    """C 二.三.9 of ux58: a task due 2024-12-31 (its platform) whose 泊位 target carried that date, and a target with a
    date of its own 「到2027年…」."""
    task = Task(["二", "三"], "9", "完善停车设施", "新增公共停车泊位10万个，2024年12月底前建成全市智慧停车平台。"
                "到2027年，老旧小区改造完成率达到100%。", responsible_units=["市住房城乡建委"],
                targets=[Target("新增公共停车泊位10万个", 100000, "个", None, "2024-12-31", "公共停车泊位"),
                         Target("到2027年，老旧小区改造完成率达到100%", 100, "%", ">=", "2027-12-31",
                                "老旧小区改造完成率")],
                deadline="2024-12-31")
    return ParsedPlan(title="重庆市推动城市更新提质行动计划（2024—2027年）", doc_number="渝府发〔2024〕8号",
                      date="2024-03-01", tasks=[task], units=[Unit("市住房城乡建委")], source_text=task.text)


# -- the core: dates typed, dates moved ----------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["重点楼宇入驻率达到85%[2024-12-31]", "重点楼宇入驻率达到85%（2024年12月底前）",
                                   "重点楼宇入驻率达到85%【2024-12-31】", "重点楼宇入驻率达到85%(12月底)"])
def test_a_date_typed_after_a_target_is_its_own_field_not_its_name(typed: str) -> None:
    [target] = logic.parse_targets(typed, [], 2024)
    assert target.deadline == "2024-12-31"
    assert target.text == "重点楼宇入驻率达到85%" and target.subject == "重点楼宇入驻率"
    assert logic.target_dated(target) == "重点楼宇入驻率 不少于85%（2024-12-31）"


def test_a_bracket_that_holds_no_date_stays_in_the_words() -> None:
    [target] = logic.parse_targets("老旧小区（1500个）", [], 2024, "2027-12-31")
    assert target.value == 1500 and target.deadline == "2027-12-31"       # no date of its own: the task's
    [target] = logic.parse_targets("人均地区生产总值达到10万元（2023年价格）", [], 2024, "2027-12-31")
    assert target.text.endswith("（2023年价格）") and target.deadline == "2027-12-31"


def test_a_bad_date_in_the_brackets_is_refused_saying_it_is_the_targets() -> None:
    with pytest.raises(logic.EditError) as refused:
        logic.parse_targets("入驻率达到85%（2024年13月）", [], 2024)
    assert "指标“入驻率达到85%”后面括号里的“2024年13月”不是日期" in refused.value.message


def test_a_target_shown_with_its_date_typed_back_with_another_date_keeps_its_sentence() -> None:
    plan = _parking_plan()
    old = plan.tasks[0].targets
    shown = logic.targets_dated(old)
    assert shown == "公共停车泊位 10万个（2024-12-31）；老旧小区改造完成率 不少于100%（2027-12-31）"
    assert logic.parse_targets(shown, old, 2024) == old                  # unchanged: the same targets
    moved = logic.parse_targets(shown.replace("2024-12-31", "2026-06-30"), old, 2024)
    assert [t.deadline for t in moved] == ["2026-06-30", "2027-12-31"]
    assert moved[0].text == old[0].text                                  # its sentence kept


def test_the_targets_that_carried_the_tasks_deadline_move_with_it() -> None:
    task = _parking_plan().tasks[0]
    assert logic.move_target_dates(task, "2024-12-31", "2027-12-31", 2024) == 1
    assert [t.deadline for t in task.targets] == ["2027-12-31", "2027-12-31"]
    task = _parking_plan().tasks[0]
    task.targets[1].deadline = "2024-12-31"           # 「到2027年」 written: its own, even where it equals the task's
    logic.move_target_dates(task, "2024-12-31", "2025-06-30", 2024)
    assert [t.deadline for t in task.targets] == ["2025-06-30", "2024-12-31"]


def test_a_date_written_before_a_target_in_its_sentence_is_its_own() -> None:
    task = Task([], "1", "推进老旧小区改造", "2024年完成改造1500个小区，到2027年，累计改造老旧小区达到8000个。"
                "加装电梯1000部。", deadline="2027-12-31",
                targets=[Target("累计改造老旧小区达到8000个", 8000, "个", ">=", "2027-12-31", "老旧小区"),
                         Target("加装电梯1000部", 1000, "部", None, "2027-12-31", "加装电梯")])
    logic.move_target_dates(task, "2027-12-31", "2026-12-31", 2024)
    assert [t.deadline for t in task.targets] == ["2027-12-31", "2026-12-31"]


# -- the review ---------------------------------------------------------------------------------------------

def _review(qtbot, plan):
    from desktop.ui.review import ReviewDialog

    dialog = ReviewDialog(plan, FakePrompts())
    qtbot.addWidget(dialog)
    return dialog


def test_the_review_shows_each_targets_date_and_moves_them_with_the_deadline(qtbot) -> None:
    from desktop.ui.review import COL_DEADLINE, COL_TARGETS

    dialog = _review(qtbot, _parking_plan())
    model = dialog.model
    assert model.data(model.index(0, COL_TARGETS)) == (
        "公共停车泊位 10万个（2024-12-31）；老旧小区改造完成率 不少于100%（2027-12-31）")
    assert model.setData(model.index(0, COL_DEADLINE), "2027-12-31")
    assert [t.deadline for t in dialog.plan().tasks[0].targets] == ["2027-12-31", "2027-12-31"]
    dialog.undo_stack.undo()                                   # one step: the deadline and the dates it moved
    assert dialog.plan().tasks[0].deadline == "2024-12-31"
    assert [t.deadline for t in dialog.plan().tasks[0].targets] == ["2024-12-31", "2027-12-31"]


def test_the_review_takes_a_targets_date_typed_in_brackets(qtbot) -> None:
    from desktop.ui.review import COL_TARGETS

    dialog = _review(qtbot, _parking_plan())
    model = dialog.model
    assert model.setData(model.index(0, COL_TARGETS),
                         "公共停车泊位 10万个（2027-12-31）；老旧小区改造完成率 不少于100%（2027-12-31）；"
                         "重点楼宇入驻率达到85%[2025-06-30]")
    targets = dialog.plan().tasks[0].targets
    assert [(t.text, t.deadline) for t in targets] == [
        ("新增公共停车泊位10万个", "2027-12-31"), ("到2027年，老旧小区改造完成率达到100%", "2027-12-31"),
        ("重点楼宇入驻率达到85%", "2025-06-30")]
    if SHOTS:
        dialog.resize(1366, 700)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(os.path.join(SHOTS, "review_target_dates.png"))


def test_the_reviews_dates_are_kept_over_a_revision(tmp_path) -> None:
    from desktop.store import open_workspace

    parsed = _parking_plan()
    reviewed = copy.deepcopy(parsed)
    logic.move_target_dates(reviewed.tasks[0], "2024-12-31", "2027-12-31", 2024)
    reviewed.tasks[0].deadline = "2027-12-31"
    ws = open_workspace(tmp_path / "w.sqlite")
    store_plans.save_plan(ws, reviewed, backup=False, parsed=parsed)
    revision = copy.deepcopy(parsed)
    revision.doc_number = "渝府发〔2024〕8号"
    revision.tasks[0].text += "（修订）"
    prepared = store_plans.prepare_reimport(ws, revision)
    task = prepared.plan.tasks[0]
    assert task.deadline == "2027-12-31" and [t.deadline for t in task.targets] == ["2027-12-31", "2027-12-31"]
    assert prepared.conflicts == []
    ws.close()


# -- after saving: 修改任务 and plan edit -----------------------------------------------------------------------

def _task_dialog(qtbot, tmp_path, key):
    from desktop.ui.task_edit import TaskEditDialog

    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    the_task = task_id(ws, plan_id, key)
    dialog = TaskEditDialog(ws, the_task, FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    return ws, plan_id, the_task, dialog


def _save(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_the_task_tab_shows_target_dates_and_moves_them_with_the_deadline_into_the_history(qtbot, tmp_path):
    ws, plan_id, the_task, dialog = _task_dialog(qtbot, tmp_path, "二.二.3")
    assert dialog.ui.targetsEdit.text() == "适老化改造 不少于2000户（2024-12-31）"
    dialog.ui.deadlineEdit.setText("2025-06-30")
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "task_edit_target_dates.png"))
    _save(qtbot, dialog)
    fields = store_plans.stored_task_fields(ws, plan_id)["二.二.3"]
    assert [t["deadline"] for t in fields["targets"]] == ["2025-06-30"]
    history = {h["field"]: (h["old"], h["new"]) for h in store_plans.task_history(ws, the_task)}
    assert history["完成时限"] == ("2024-12-31", "2025-06-30")
    assert history["量化指标"] == ("完成2000户（2024-12-31）", "完成2000户（2025-06-30）")
    # kept over a revision of the same document
    revised = sample_plan()
    revised.tasks[0].text += "（修订）"
    prepared = store_plans.prepare_reimport(ws, revised)
    assert [t.deadline for t in prepared.plan.tasks[2].targets] == ["2025-06-30"]
    ws.close()


def test_the_task_tab_takes_a_date_typed_for_one_target(qtbot, tmp_path):
    ws, plan_id, _the_task, dialog = _task_dialog(qtbot, tmp_path, "二.二.4")
    shown = dialog.ui.targetsEdit.text()
    assert shown == "家庭养老照护床位 不少于500张（2024-11-30）；护理型床位占比 不少于75%"
    dialog.ui.targetsEdit.setText(shown + "（2024-12-31）")
    _save(qtbot, dialog)
    fields = store_plans.stored_task_fields(ws, plan_id)["二.二.4"]
    assert [(t["text"], t["deadline"]) for t in fields["targets"]] == [
        ("不少于500张", "2024-11-30"), ("不低于75%", "2024-12-31")]
    ws.close()


def test_plan_edit_deadline_moves_the_targets_that_carried_it(tmp_path, capsys):
    from desktop.__main__ import main

    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    ws.close()
    db = str(tmp_path / "w.sqlite")
    assert main(["plan", "edit", "--db", db, "--task", "二.二.3", "--deadline", "2025年6月底"]) == 0
    assert main(["plan", "edit", "--db", db, "--task", "二.二.4",
                 "--targets", "不少于500张；护理型床位占比不低于75%[2025-03-31]"]) == 0
    from desktop.store import open_workspace

    with open_workspace(tmp_path / "w.sqlite") as ws:
        fields = store_plans.stored_task_fields(ws, plan_id)
        assert [t["deadline"] for t in fields["二.二.3"]["targets"]] == ["2025-06-30"]
        assert [(t["text"], t["deadline"]) for t in fields["二.二.4"]["targets"]] == [
            ("不少于500张", "2024-11-30"), ("护理型床位占比不低于75%", "2025-03-31")]
    out = capsys.readouterr().out
    assert "量化指标：“完成2000户（2024-12-31）”→“完成2000户（2025-06-30）”" in out
