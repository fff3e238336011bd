"""A date the clerk types for an indicator in 修改任务 (or ``plan edit --targets``) is the clerk's, whatever it equals
(ux60 finding 5): on a task due 04-30, 「组建应急队伍不少于50人[2024-04-30]」 typed with the deadline moved to 09-30 in
the same save kept 04-30 no longer — it followed the deadline. Only indicators whose date was not given in this edit
move with the deadline (m59a's rule, kept: a target left as the field showed it still moves). The history says the
indicator's date."""

from __future__ import annotations

from helpers_ui import FakePrompts, make_workspace, task_id
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core import review_edits as logic
from desktop.store import plans as store_plans


def _dialog(qtbot, ws, plan_id, key):
    from desktop.ui.task_edit import TaskEditDialog

    dialog = TaskEditDialog(ws, task_id(ws, plan_id, key), FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def _dates(ws, plan_id, key) -> list[tuple[str, str | None]]:
    return [(t["text"], t["deadline"]) for t in store_plans.stored_task_fields(ws, plan_id)[key]["targets"]]


def test_a_date_typed_with_a_new_deadline_in_the_dialog_stays(qtbot, tmp_path) -> None:
    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    dialog = _dialog(qtbot, ws, plan_id, "二.二.3")            # due 2024-12-31, its target too
    dialog.ui.targetsEdit.setText("组建应急队伍不少于50人[2024-12-31]")
    dialog.ui.deadlineEdit.setText("2025-06-30")
    _save(qtbot, dialog)
    assert _dates(ws, plan_id, "二.二.3") == [("组建应急队伍不少于50人", "2024-12-31")]
    history = {h["field"]: (h["old"], h["new"]) for h in store_plans.task_history(ws, task_id(ws, plan_id, "二.二.3"))}
    assert history["量化指标"] == ("完成2000户（2024-12-31）", "组建应急队伍不少于50人（2024-12-31）")
    assert history["完成时限"] == ("2024-12-31", "2025-06-30")
    ws.close()


def test_a_target_left_as_shown_still_moves_with_the_deadline(qtbot, tmp_path) -> None:
    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    dialog = _dialog(qtbot, ws, plan_id, "二.二.3")
    shown = dialog.ui.targetsEdit.text()
    assert shown == "适老化改造 不少于2000户（2024-12-31）"
    dialog.ui.targetsEdit.setText(shown + "；发放沙袋不少于2000袋[2024-12-31]")     # one added, one left as shown
    dialog.ui.deadlineEdit.setText("2025-06-30")
    _save(qtbot, dialog)
    assert _dates(ws, plan_id, "二.二.3") == [("完成2000户", "2025-06-30"), ("发放沙袋不少于2000袋", "2024-12-31")]
    ws.close()


def test_a_new_target_without_a_date_follows_the_new_deadline(qtbot, tmp_path) -> None:
    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    dialog = _dialog(qtbot, ws, plan_id, "二.二.3")
    dialog.ui.targetsEdit.setText("组建应急队伍不少于50人")
    dialog.ui.deadlineEdit.setText("2025-06-30")
    _save(qtbot, dialog)
    assert _dates(ws, plan_id, "二.二.3") == [("组建应急队伍不少于50人", "2025-06-30")]
    ws.close()


def test_plan_edit_keeps_a_typed_date_equal_to_the_old_deadline(tmp_path, capsys) -> None:
    from desktop.__main__ import main

    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    ws.close()
    db = str(tmp_path / "w.sqlite")
    assert main(["plan", "edit", "--db", db, "--task", "二.二.3", "--targets", "组建应急队伍不少于50人（2024-12-31）",
                 "--deadline", "2025-06-30"]) == 0
    out = capsys.readouterr().out
    assert "量化指标：“完成2000户（2024-12-31）”→“组建应急队伍不少于50人（2024-12-31）”" in out
    # typed as the old target shows with its date: typed on the command line, so the clerk's too
    assert main(["plan", "edit", "--db", db, "--task", "二.二.4", "--targets",
                 "家庭养老照护床位 不少于500张（2024-06-30）；护理型床位占比 不少于75%",
                 "--deadline", "2024-12-31"]) == 0
    from desktop.store import open_workspace

    with open_workspace(tmp_path / "w.sqlite") as ws:
        assert _dates(ws, plan_id, "二.二.3") == [("组建应急队伍不少于50人", "2024-12-31")]
        assert _dates(ws, plan_id, "二.二.4") == [("不少于500张", "2024-06-30"), ("不低于75%", None)]


def test_typed_targets_says_which_dates_were_typed() -> None:
    old = [logic.parse_targets("完成2000户", [], 2024, "2024-12-31")[0]]
    shown = logic.targets_dated(old)
    targets, own = logic.typed_targets(f"{shown}；新增床位100张（2024-12-31）；培训200人", old, 2024, "2024-12-31",
                                       shown)
    assert [t.deadline for t in targets] == ["2024-12-31"] * 3 and own == [1]
    assert logic.typed_targets(shown, old, 2024, "2024-12-31")[1] == [0]         # nothing shown: typed
