"""A full or read-only disk while a liaison types a monthly entry: said plainly, nothing typed is lost."""

from __future__ import annotations

import sqlite3

import pytest
from helpers_ui import FakePrompts, make_workspace, open_window

from desktop.store import entries

FULL = sqlite3.OperationalError("database or disk is full")


def _monthly(qtbot, tmp_path, prompts):
    make_workspace(tmp_path / "w.sqlite")[0].close()
    window = open_window(qtbot, tmp_path / "w.sqlite", prompts, role="unit", unit_name="市民政局",
                         as_of="2024-03-20")
    page = window.show_page("monthly")
    page.ui.taskList.setCurrentIndex(page.tasks.index(0, 0))
    return window, page


def _type(qtbot, edit, ascii_text: str, chinese: str) -> None:
    """Keys as typed, then Chinese as an input method commits it (QTest sends Latin-1 only)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    edit.setFocus()
    qtbot.keyClicks(edit, ascii_text)
    event = QInputMethodEvent("", [])
    event.setCommitString(chinese)
    QApplication.sendEvent(edit, event)


def _refuse(*args, **kwargs):
    raise FULL


def test_disk_full_keeps_the_text_and_saves_it_later(qtbot, tmp_path, monkeypatch):
    prompts = FakePrompts()
    window, page = _monthly(qtbot, tmp_path, prompts)
    ws, unit_id, first_task = window.session.ws, window.session.unit_id, page.task_id
    monkeypatch.setattr("desktop.store.entries.save_entry", _refuse)

    _type(qtbot, page.ui.progressEdit, "3 ", "召开推进会一次")
    page.ui.problemsEdit.setPlainText("资金未到位")
    qtbot.waitUntil(lambda: bool(prompts.texts("warn")), timeout=3000)      # the autosave timer fired

    warning = prompts.texts("warn")
    assert len(warning) == 1 and "磁盘空间已满" in warning[0] and "已填写的内容仍在窗口中" in warning[0]
    assert page.ui.progressEdit.toPlainText() == "3 召开推进会一次"
    assert page.ui.problemsEdit.toPlainText() == "资金未到位"
    assert "尚未保存" in page.ui.savedLabel.text()
    assert page.dirty and page.timer.isActive()                              # retried later, quietly

    # moving to another task would drop the text from the editor: it stays on its task instead
    page.ui.taskList.setCurrentIndex(page.tasks.index(1, 0))
    assert page.task_id == first_task
    assert page.ui.taskList.currentIndex().row() == 0
    assert page.ui.progressEdit.toPlainText() == "3 召开推进会一次"
    assert len(prompts.texts("warn")) == 1                                   # said once, not on every retry
    assert entries.entries(ws, unit_id=unit_id, month=page.month) == []

    # space is freed: the next save (the retry timer, a task switch, closing) writes what was typed
    monkeypatch.undo()
    page.timer.timeout.emit()
    saved = entries.entries(ws, unit_id=unit_id, month=page.month, task_id=first_task)
    assert [(r["progress"], r["problems"]) for r in saved] == [("3 召开推进会一次", "资金未到位")]
    assert "草稿已保存" in page.ui.savedLabel.text() and not page.dirty
    page.ui.taskList.setCurrentIndex(page.tasks.index(1, 0))
    assert page.task_id != first_task


def test_read_only_folder_is_said_plainly(qtbot, tmp_path, monkeypatch):
    prompts = FakePrompts()
    window, page = _monthly(qtbot, tmp_path, prompts)

    def readonly(*args, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr("desktop.store.entries.save_entry", readonly)
    page.ui.nextStepsEdit.setPlainText("下月完成验收")
    assert page.flush() is False
    assert "只读" in prompts.texts("warn")[-1]
    assert page.ui.nextStepsEdit.toPlainText() == "下月完成验收"


def test_closing_with_unsaved_text_asks_first(qtbot, tmp_path, monkeypatch):
    prompts = FakePrompts(ask=[False, True])
    window, page = _monthly(qtbot, tmp_path, prompts)
    monkeypatch.setattr("desktop.store.entries.save_entry", _refuse)
    page.ui.progressEdit.setPlainText("还没保存的话")
    window.close()                                   # first answer: no, stay
    assert window.isVisible() and "仍要关闭吗" in prompts.texts("ask")[-1]
    assert page.ui.progressEdit.toPlainText() == "还没保存的话"
    window.close()                                   # second answer: close anyway
    assert not window.isVisible()


def test_a_bug_in_saving_is_not_dressed_up_as_disk_trouble(qtbot, tmp_path, monkeypatch):
    prompts = FakePrompts()
    window, page = _monthly(qtbot, tmp_path, prompts)

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("no such column: progres")

    monkeypatch.setattr("desktop.store.entries.save_entry", broken)
    page.ui.progressEdit.setPlainText("x")
    with pytest.raises(sqlite3.OperationalError, match="no such column"):
        page.flush()                                 # a bug goes on to the crash hook
    assert prompts.texts("warn") == []
    monkeypatch.undo()                               # closing the window saves normally
