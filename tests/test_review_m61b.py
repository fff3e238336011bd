"""Review findings m61b (ux60 finding 10 and what m60a left), as a clerk meets them:

- Esc, or the close box, on the save questions (「有 N 项任务没有牵头单位…」, no title) means 回去填写: nothing saved;
"""

from __future__ import annotations

from helpers_ui import sample_plan

from desktop.ui.prompts import Prompts


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
