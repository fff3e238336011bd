"""Units of count a county or street plan uses (ux60 finding 7): 「储备防汛沙袋不少于2000袋」 was refused in 修改任务
and told to put the unit right after the number — it was. Each unit is read by the one target reader and taken when
typed; a unit still unknown is said to be unknown, with how to keep the indicator (a known unit, or words in the
task's name); the advice to move the unit is kept for a word that stands before it (「500以上张」)."""

from __future__ import annotations

import pytest
from helpers_ui import FakePrompts, make_workspace, task_id
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core import review_edits as logic
from desktop.core.parse import read_target

COUNTS = [
    ("储备防汛沙袋不少于2000袋", 2000, "袋"),
    ("储备饮用水500箱", 500, "箱"),
    ("储备食用油100桶", 100, "桶"),
    ("发放消毒液1000瓶", 1000, "瓶"),
    ("发放种子300包", 300, "包"),
    ("发放口罩2000盒", 2000, "盒"),
    ("储备液化气50罐", 50, "罐"),
    ("储备救灾帐篷200顶", 200, "顶"),
    ("发放劳保手套500副", 500, "副"),
    ("发放雨靴300双", 300, "双"),
    ("储备彩条布100捆", 100, "捆"),
    ("整理归档档案1000卷", 1000, "卷"),
    ("发放纪念章200枚", 200, "枚"),
    ("清淤土方5000方", 5000, "方"),
    ("出动巡查车辆300辆次", 300, "辆次"),
    ("出动机械200台次", 200, "台次"),
    ("出动船只40艘次", 40, "艘次"),
    # already read before ux60, kept so
    ("储备铁锹200把", 200, "把"),
    ("安装路灯50盏", 50, "盏"),
    ("设置警示牌30块", 30, "块"),
    ("发放宣传册5000册", 5000, "册"),
    ("发放宣传单10000份", 10000, "份"),
    ("组织培训3期", 3, "期"),
    ("开展排查2轮", 2, "轮"),
]


@pytest.mark.parametrize(("phrase", "value", "unit"), COUNTS)
def test_a_unit_of_count_is_read(phrase: str, value: int, unit: str) -> None:
    target = read_target(phrase, 2024)
    assert target is not None, phrase
    assert (target.value, target.unit) == (value, unit)


@pytest.mark.parametrize(("phrase", "value", "unit"), COUNTS)
def test_a_unit_of_count_typed_is_taken(phrase: str, value: int, unit: str) -> None:
    [target] = logic.parse_targets(phrase, [], 2024)
    assert (target.value, target.unit) == (value, unit)


@pytest.mark.parametrize("words", ["完成3方案编制", "落实2包保责任", "档案1000卷宗", "落实2副职分工", "实现3双向对接",
                                   "PM2.5颗粒物", "更换3箱体", "建设2顶层设计"])
def test_a_word_that_only_starts_with_the_unit_is_no_count(words: str) -> None:
    target = read_target(words, 2024)
    assert target is None or target.unit not in ("方", "包", "卷", "副", "双", "颗", "箱", "顶"), words


def test_a_unit_right_after_the_number_is_said_unknown_not_to_be_moved() -> None:
    with pytest.raises(logic.EditError) as refused:
        logic.parse_targets("修缮古民居20进", [], 2024)
    message = refused.value.message
    assert "“进”不是程序认得的计量单位" in message and "紧接" not in message
    assert "不少于20个" in message and "任务名称" in message


def test_a_word_before_the_unit_is_still_told_to_move() -> None:
    with pytest.raises(logic.EditError) as refused:
        logic.parse_targets("床位达到500以上张", [], 2024)
    assert "请把单位紧接在数字后面" in refused.value.message


def test_the_task_tab_takes_the_sandbags(qtbot, tmp_path) -> None:
    from desktop.store import plans as store_plans
    from desktop.ui.task_edit import TaskEditDialog

    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    prompts = FakePrompts()
    dialog = TaskEditDialog(ws, task_id(ws, plan_id, "二.二.3"), prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.targetsEdit.setText("储备防汛沙袋不少于2000袋")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert prompts.texts("warn") == [] and not dialog.isVisible()
    [target] = store_plans.stored_task_fields(ws, plan_id)["二.二.3"]["targets"]
    assert (target["value"], target["unit"]) == (2000, "袋")
    ws.close()


def test_plan_edit_takes_the_sandbags(tmp_path) -> None:
    from desktop.__main__ import main

    ws, _plan_id = make_workspace(tmp_path / "w.sqlite")
    ws.close()
    assert main(["plan", "edit", "--db", str(tmp_path / "w.sqlite"), "--task", "二.二.3",
                 "--targets", "储备防汛沙袋不少于2000袋"]) == 0
