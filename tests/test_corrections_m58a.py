"""Corrections that stay, after saving (helper m58a): a saved task's number corrected in the task tab (the command
line's ``plan edit --number`` is in test_cli_plan_edit), a unit stored twice in two bracket widths folded into one
by a revision, and the 工作台's indicator names shown so a clerk can tell them apart."""

from __future__ import annotations

import os

import pytest
from helpers_ui import FakePrompts, make_workspace, sample_plan, task_id
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.store import plans as store_plans, queries

SHOTS = os.environ.get("M58A_SHOTS")          # set to a folder to keep the pictures looked at


def _dialog(qtbot, ws, plan_id, key="二.一.1", prompts=None):
    from desktop.ui.task_edit import TaskEditDialog

    prompts = prompts or FakePrompts()
    dialog = TaskEditDialog(ws, task_id(ws, plan_id, key), prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, prompts


def _save(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


# -- 1. a saved task's number, in the task tab ---------------------------------------------------------------

def test_the_task_tab_corrects_a_saved_tasks_number_into_its_history(qtbot, tmp_path):
    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    the_task = task_id(ws, plan_id, "二.一.1")
    dialog, prompts = _dialog(qtbot, ws, plan_id)
    assert dialog.ui.numberEdit.text() == "二.一.1" and not dialog.ui.numberEdit.isReadOnly()
    dialog.ui.numberEdit.setText("1A")
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "task_edit_number.png"))
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert dialog.changed_lines == ["编号：“二.一.1”→“二.一.1A”"]
    assert "完整编号 二.一.1A" in prompts.texts("info")[-1]          # how 1A was read
    row = ws.conn.execute("SELECT key, number FROM tasks WHERE id = ?", (the_task,)).fetchone()
    assert tuple(row) == ("二.一.1A", "1A")
    history = store_plans.task_history(ws, the_task)
    assert [(h["field"], h["old"], h["new"], h["source"]) for h in history] == [
        ("编号", "二.一.1", "二.一.1A", "保存后修改")]
    # kept over a revision that leaves the task's number as it was
    revised = sample_plan()
    revised.tasks[1].deadline = "2024-09-30"
    reimport = store_plans.prepare_reimport(ws, revised)
    assert reimport.conflicts == [] and [t.key for t in reimport.plan.tasks][0] == "二.一.1A"
    store_plans.save_reimport(ws, reimport, backup=False)
    assert "二.一.1A" in [r.key for r in queries.tasks(ws, plan_id)]
    ws.close()


def test_the_task_tab_refuses_a_number_another_task_has_and_saves_nothing(qtbot, tmp_path):
    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    before = list(ws.conn.iterdump())
    dialog, prompts = _dialog(qtbot, ws, plan_id)
    dialog.ui.numberEdit.setText("2")
    dialog.ui.titleEdit.setText("凝聚共识")
    _save(qtbot, dialog)
    said = prompts.texts("warn")[-1]
    assert "编号“二.一.2”已经用于任务“明确责任分工”" in said and "请另写一个编号" in said, said
    assert "第" not in said.split("。")[0]                    # no review rows after saving
    assert dialog.isVisible() and dialog.ui.numberEdit.text() == "2"
    assert dialog.focusWidget() is dialog.ui.numberEdit
    assert list(ws.conn.iterdump()) == before
    ws.close()


def test_at_a_unit_the_number_is_the_offices_and_cannot_be_typed(qtbot, tmp_path):
    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    with ws.transaction():
        ws.conn.execute("INSERT INTO exchange_plans(plan_id, uid, role, fingerprint, templates_version, updated_at) "
                        "VALUES (?, 'u', 'unit', 'f', 'v', '2024-01-01')", (plan_id,))
    dialog, _prompts = _dialog(qtbot, ws, plan_id)
    assert dialog.ui.numberEdit.isReadOnly() and "办公室" in dialog.ui.numberEdit.toolTip()
    with pytest.raises(store_plans.edits.EditError):
        store_plans.read_task_number(ws, task_id(ws, plan_id, "二.一.1"), "1A")
    ws.close()


def test_a_withdrawn_task_gives_its_number_up_to_a_corrected_one(tmp_path):
    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    gone = task_id(ws, plan_id, "二.二.4")
    ws.conn.execute("UPDATE tasks SET withdrawn_at = '2024-05-01' WHERE id = ?", (gone,))
    moved = task_id(ws, plan_id, "二.二.3")
    parts, _note = store_plans.read_task_number(ws, moved, "4")
    assert parts == ["二", "二", "4"]
    assert store_plans.edit_task(ws, moved, {"key": parts}) == ["编号：“二.二.3”→“二.二.4”"]
    keys = dict(ws.conn.execute("SELECT id, key FROM tasks").fetchall())
    assert keys[moved] == "二.二.4" and keys[gone].startswith("二.二.4（已撤销")
    ws.close()
