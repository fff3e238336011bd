"""Review findings m61b (ux60 finding 10 and what m60a left), as a clerk meets them:

- Esc, or the close box, on the save questions (「有 N 项任务没有牵头单位…」, no title) means 回去填写: nothing saved;
- the indicator panel labels each indicator by its task's whole number (三.一), not its last numeral (一);
- 「作为另一个方案 / 作为修订稿」 answers with a named result (``first_run.AnotherPlan``), not a pair;
"""

from __future__ import annotations

import os

from helpers_ui import sample_plan

from desktop.ui.prompts import Prompts

SHOTS = os.environ.get("M61B_SHOTS")


def _unitless():
    plan = sample_plan()
    plan.tasks[1].lead_units, plan.tasks[1].responsible_units = [], []
    return plan


def _review(qtbot, plan, prompts):
    from desktop.ui.review import ReviewDialog

    dialog = ReviewDialog(plan, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _escape_every_question(qtbot, dialog, how: str = "esc") -> list[str]:
    """Answer every box that opens over ``dialog`` with Esc (or its close box), until it closes; their texts."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is not None and box is not dialog:
            seen.append(box.text() if isinstance(box, QMessageBox) else box.windowTitle())
            if how == "esc" or not isinstance(box, QMessageBox):
                qtbot.keyClick(box, Qt.Key.Key_Escape)
            else:
                box.close()

    timer = QTimer(dialog)
    timer.timeout.connect(answer)
    dialog.finished.connect(timer.stop)
    dialog.destroyed.connect(timer.stop)
    timer.start(50)
    return seen


def test_esc_on_the_no_unit_question_goes_back_and_saves_nothing(qtbot) -> None:
    from PySide6.QtWidgets import QDialog

    for how in ("esc", "close"):
        dialog = _review(qtbot, _unitless(), Prompts())
        seen = _escape_every_question(qtbot, dialog, how)
        dialog.accept()
        assert any("没有牵头单位" in text for text in seen), seen
        assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible(), how
        assert dialog.ui.tasksView.currentIndex().row() == 1        # gone back to the task to fill in
        dialog.done(0)


def test_esc_on_the_no_title_question_saves_nothing(qtbot) -> None:
    from PySide6.QtWidgets import QDialog

    for how in ("esc", "close"):
        plan = sample_plan()
        plan.title = ""
        dialog = _review(qtbot, plan, Prompts())
        seen = _escape_every_question(qtbot, dialog, how)
        dialog.accept()
        assert any("没有找到这份方案的标题" in text for text in seen), seen
        assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible(), how
        dialog.done(0)


# -- a named answer for 「作为另一个方案 / 作为修订稿」 -----------------------------------------------------------

def test_another_plan_or_revision_answers_with_a_named_result(tmp_path) -> None:
    from types import SimpleNamespace

    from helpers_ui import FakePrompts, make_workspace

    from desktop.ui.first_run import AS_ANOTHER_PLAN, NOT_IMPORTED, OTHER_AS_NEW, AnotherPlan, FirstRunFlow

    ws, plan_id = make_workspace(tmp_path / "ws.db")
    other = sample_plan()
    other.title, other.doc_number = "另一份方案", "测政办〔2024〕9号"

    def ask(answer):
        flow = SimpleNamespace(session=SimpleNamespace(ws=ws, plan_id=plan_id), window=None,
                               prompts=FakePrompts(choose=[answer]))
        return FirstRunFlow._another_plan_or_revision(flow, other)

    assert ask(None) == NOT_IMPORTED and not NOT_IMPORTED.imported
    assert ask(OTHER_AS_NEW) == AS_ANOTHER_PLAN == AnotherPlan(True, None)
    assert ask("作为《老年友好型城市建设工作方案》的修订稿导入") == AnotherPlan(True, plan_id)
    ws.close()


# -- the indicator panel names each indicator's task by its number as a person reads it (ux60 finding 10) ---------

def test_the_indicator_panel_labels_a_task_by_its_whole_number(qtbot, tmp_path) -> None:
    from helpers_ui import FakePrompts, make_workspace, open_window

    from desktop.core.model import Heading

    plan = sample_plan()
    plan.headings = [Heading(1, [], "二", "工作任务"), Heading(1, [], "三", "重点工作")]
    for n, task in enumerate(plan.tasks):          # 三.一 … 三.四: tasks numbered 一、二… under section 三
        task.path, task.number = ["三"], "一二三四"[n]
    ws, _plan_id = make_workspace(tmp_path / "w.sqlite", plan)
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="office", as_of="2024-06-03")
    labels = [label for label, _ratio, _note in window.dashboard.chart.bars]
    assert labels and all(label.startswith(("三.三 ", "三.四 ")) for label in labels), labels
    assert any(label.startswith("三.四 ") and "家庭养老照护床位" in label for label in labels)
    if SHOTS:
        window.resize(1366, 740)
        window.grab().save(os.path.join(SHOTS, "indicator_panel.png"))
