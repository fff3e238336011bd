"""A row checked in review (本行无误) and a correction kept over a conflict follow their task, not
the number it had when the person acted (r55a): a revision that renumbers the task, or a number the
person fixes in the review, keeps the check on it, and a task inserted before it, or a row given its
old number, does not take it."""

from __future__ import annotations

import copy
import json

import pytest
from helpers_reimport import JOBS, NEW_TASK, ids, plan_of, save
from helpers_ui import FakePrompts
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core import review_edits as E
from desktop.store import open_workspace, plans as P

# a parser warning names its task by number: a revision renumbering the task renumbers the warning
THIN = "任务 {key} 的内容只有“扩大就业见习补贴范围”，原文可能不完整，请核对。"
ODD_UNIT = "市就业见习中心"            # not in the plan's units: a row to check, the same words on two rows


@pytest.fixture
def ws(tmp_path):
    workspace = open_workspace(tmp_path / "w.sqlite")
    yield workspace
    workspace.close()


def _with_thin_warning(plan):
    key = next(t.key for t in plan.tasks if t.title == "扩大就业见习补贴范围")
    plan.warnings = [THIN.format(key=key)]
    return plan


def _review(qtbot, reimport):
    from desktop.ui.review import ReviewDialog

    dialog = ReviewDialog(reimport.plan, FakePrompts(), reimport=reimport)
    qtbot.addWidget(dialog)
    return dialog


def _row(dialog, title: str) -> int:
    return next(n for n, t in enumerate(dialog.working.tasks) if t.title == title)


def test_a_checked_row_whose_warning_names_its_number_stays_checked_when_a_revision_renumbers_it(ws, qtbot):
    plan_id = save(ws, _with_thin_warning(plan_of(JOBS)))
    first = P.prepare_reimport(ws, _with_thin_warning(plan_of(JOBS)))
    dialog = _review(qtbot, first)
    row = _row(dialog, "扩大就业见习补贴范围")
    assert dialog.model.warned_rows() == [row]
    dialog.ui.tasksView.setCurrentIndex(dialog.model.index(row, 1))
    dialog.check_current()
    assert dialog.model.warned_rows() == []
    first.plan = dialog.plan()
    first.checked = _checked_of(dialog)
    P.save_reimport(ws, first, backup=False)
    # the revision inserts a task before it: 一.3 is now 一.4, and the parser's warning says 一.4
    revised = P.prepare_reimport(ws, _with_thin_warning(plan_of([JOBS[0], NEW_TASK, *JOBS[1:]])))
    again = _review(qtbot, revised)
    row = _row(again, "扩大就业见习补贴范围")
    assert again.working.tasks[row].key == "一.4"
    assert again.model.warned_rows() == [], again.model.problems[row]     # still checked: no row to check
    assert again.model.checked_rows() == 1
    assert ids(ws, plan_id)                                                 # the plan is still there


def _checked_of(dialog):
    """What the client hands the store when the review is saved (``first_run._reviewed``)."""
    return dialog.model.checked_keys()


def _odd_plan():
    plan = plan_of(JOBS)
    for task in plan.tasks[1:3]:              # 一.2 支持创业载体建设, 一.3 扩大就业见习补贴范围
        task.responsible_units = [ODD_UNIT]
    return plan


def _save_through_the_client(qtbot, tmp_path, act) -> None:
    """The office re-imports the same document in the client, acts in the review, saves."""
    from helpers_ui import open_window

    from desktop.ui.first_run import FirstRunFlow

    prompts = FakePrompts()
    window = open_window(qtbot, tmp_path / "w.sqlite", prompts, role="office")
    flow = FirstRunFlow(window, window.session, prompts, lambda: None)
    flow._review(_odd_plan())
    act(flow.review_dialog)
    qtbot.mouseClick(flow.review_dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.result is not None, timeout=15000)
    window.close()


def _set_number(dialog, row: int, number: str) -> None:
    from desktop.ui.review import COL_NUMBER

    assert dialog.model.setData(dialog.model.index(row, COL_NUMBER), number)


def test_a_number_fixed_in_review_keeps_the_check_on_its_row_and_gives_it_to_no_other(qtbot, tmp_path):
    ws = open_workspace(tmp_path / "w.sqlite")
    plan_id = save(ws, _odd_plan())
    ws.close()

    def check_then_swap(dialog):
        a, b = _row(dialog, "支持创业载体建设"), _row(dialog, "扩大就业见习补贴范围")
        assert dialog.model.warned_rows() == [a, b]
        dialog.ui.tasksView.setCurrentIndex(dialog.model.index(a, 1))
        dialog.check_current()                                # 一.2 checked as it is
        # the parser had the two numbers swapped: a number another row holds is refused (u55a), so the clerk
        # frees it first, as the refusal says
        _set_number(dialog, a, "一.9")
        _set_number(dialog, b, "一.2")
        _set_number(dialog, a, "一.3")
        dialog.undo_stack.undo()
        dialog.undo_stack.redo()                              # the table is read again from the plan
        assert dialog.model.warned_rows() == [b]              # the check stayed on its row
        assert not dialog.model.flagged(a)

    _save_through_the_client(qtbot, tmp_path, check_then_swap)
    ws = open_workspace(tmp_path / "w.sqlite")
    try:
        titles = {r["key"]: r["title"] for r in ws.rows("SELECT key, title FROM tasks WHERE plan_id = ?", [plan_id])}
        assert titles["一.3"] == "支持创业载体建设" and titles["一.2"] == "扩大就业见习补贴范围"
        assert {key for key, _problems in P.stored_checked_rows(ws, plan_id)} == {"一.3"}
        # the swap invents no correction of a field: each task is compared with its own row of the document;
        # the two numbers typed are the clerk's corrections (ux57), kept over a revision
        assert P.stored_corrections(ws, plan_id) == {
            "一.2": {"key": E.Correction(["一", "2"], ["一", "3"])},
            "一.3": {"key": E.Correction(["一", "3"], ["一", "2"])}}
    finally:
        ws.close()


def test_a_kept_correction_follows_its_task_when_the_person_fixes_its_number_in_review(ws):
    plan_id = save(ws, plan_of(JOBS))
    task = ids(ws, plan_id)["一.3"]
    P.edit_task(ws, task, {"title": "扩大见习补贴范围"})
    revised = plan_of(JOBS)
    revised.tasks[2].title = "扩大就业见习范围"                # the document changed the corrected title too
    reimport = P.prepare_reimport(ws, revised)
    (conflict,) = reimport.conflicts
    assert conflict.key == "一.3" and conflict.corrected == "扩大见习补贴范围"
    # in the review the person swaps the numbers of 一.2 and 一.3 and keeps their title
    reviewed = copy.deepcopy(reimport.plan)
    reviewed.tasks[1].number, reviewed.tasks[2].number = "3", "2"
    reimport.plan = reviewed
    assert [c.key for c in reimport.kept()] == ["一.2"]                  # the task's number now
    P.save_reimport(ws, reimport, backup=False)
    now = ids(ws, plan_id)
    assert now["一.2"] == task
    history = P.task_history(ws, task)
    assert (history[0]["source"], history[0]["old"], history[0]["new"]) == ("核对时修改", "扩大就业见习范围",
                                                                        "扩大见习补贴范围")
    assert all(h["field"] != "任务名称" for h in P.task_history(ws, now["一.3"]))     # not on the other task
    corrections = P.stored_corrections(ws, plan_id)
    assert set(corrections) == {"一.2", "一.3"}
    assert set(corrections["一.3"]) == {"key"}            # the other task: its typed number only (ux57)
    # still a conflict against the earlier document: a later import can offer the document's title
    assert corrections["一.2"]["title"].document == "扩大就业见习补贴范围"
    assert json.dumps(corrections["一.2"]["title"].value, ensure_ascii=False) == '"扩大见习补贴范围"'
