"""Start-up, the one door for slow work, and the two kinds of error."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from helpers_ui import FakePrompts
from PySide6.QtWidgets import QApplication

from desktop.errors import UserError
from desktop.ui import crash, ops

ROOT = Path(__file__).resolve().parent.parent


def test_op_result_reaches_the_gui_thread(qtbot):
    seen = {}

    def work(progress):
        progress.update(1, 2, "一半")
        return threading.current_thread() is threading.main_thread()

    op = ops.run_op(None, work, label="测试", prompts=FakePrompts(), on_done=lambda v: seen.update(main=v))
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert seen == {"main": False} and op.done and op.error is None


def test_op_user_error_is_a_plain_message(qtbot):
    prompts = FakePrompts()

    def work(progress):
        raise UserError("磁盘已满，请清理后重试。")

    op = ops.run_op(None, work, label="测试", prompts=prompts, on_done=lambda v: pytest.fail("no result"))
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert prompts.texts("warn") == ["磁盘已满，请清理后重试。"]


def test_op_cancel_stops_the_work(qtbot):
    started, release = threading.Event(), threading.Event()

    def work(progress):
        started.set()
        release.wait(5)
        progress.update(1, 1)            # raises Cancelled: the user pressed cancel meanwhile
        return "never"

    op = ops.run_op(None, work, label="测试", prompts=FakePrompts(), on_done=lambda v: pytest.fail("cancelled"))
    assert started.wait(5)
    op.dialog.canceled.emit()            # what the dialog's 取消 button sends
    release.set()
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert op.was_cancelled


def test_op_bug_goes_to_the_crash_hook(qtbot, monkeypatch):
    caught = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: caught.append(exc))

    def work(progress):
        raise ZeroDivisionError("bug")

    op = ops.run_op(None, work, label="测试", prompts=FakePrompts())
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert [type(e) for e in caught] == [ZeroDivisionError]


def test_crash_dialog_details_can_be_copied(qtbot):
    try:
        raise RuntimeError("出错了")
    except RuntimeError as exc:
        text = crash.details(type(exc), exc, exc.__traceback__)
    dialog = crash.CrashDialog(text)
    qtbot.addWidget(dialog)
    assert "RuntimeError: 出错了" in dialog.ui.detailsEdit.toPlainText()
    assert "Luoshi" in dialog.ui.detailsEdit.toPlainText()
    dialog.copy()
    assert QApplication.clipboard().text() == text


def test_except_hook_logs_bugs_and_hands_them_on(qtbot, monkeypatch):
    bugs = []
    hook = crash.ExceptHook(on_bug=bugs.append)
    try:
        raise KeyError("x")
    except KeyError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert bugs and "KeyError" in bugs[0]


def test_qt_messages_go_to_the_log(tmp_path, caplog):
    from PySide6.QtCore import qWarning

    from desktop.ui.app import setup_logging

    path = setup_logging()
    with caplog.at_level("WARNING", logger="luoshi.qt"):
        qWarning("见到这条说明已接入日志")
    assert any("见到这条说明" in r.getMessage() for r in caplog.records)
    assert path.name.startswith("luoshi-") and path.name.endswith(f"-{os.getpid()}.log")


@pytest.mark.slow
def test_smoke_start_on_the_demo_workspace(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LUOSHI_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "desktop", "--demo", "--smoke"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    log = next((tmp_path / "log").glob("luoshi-*.log")).read_text(encoding="utf-8")
    assert "starting" in log


@pytest.mark.slow
def test_second_window_opens_read_only(tmp_path):
    from helpers_ui import make_workspace

    from desktop.store.lock import WorkspaceLock

    path = tmp_path / "w.sqlite"
    make_workspace(path)[0].close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LUOSHI_HOME": str(tmp_path)}
    with WorkspaceLock(path) as lock:
        assert lock.acquire()
        result = subprocess.run([sys.executable, "-m", "desktop", "--db", str(path), "--smoke"], cwd=ROOT,
                                env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "opened read-only" in next((tmp_path / "log").glob("luoshi-*.log")).read_text(encoding="utf-8")


def test_read_only_window_cannot_write(qtbot, tmp_path):
    from helpers_ui import make_workspace, unit
    from PySide6.QtCore import QSettings

    from desktop.store import open_workspace
    from desktop.ui.main_window import MainWindow

    ws, plan = make_workspace(tmp_path / "w.sqlite")
    ws.set_setting("role", "unit")
    ws.set_setting("unit_id", str(unit(ws, plan, "市民政局")))
    ws.close()
    readonly = open_workspace(tmp_path / "w.sqlite", readonly=True)
    window = MainWindow(readonly, prompts=FakePrompts(),
                        settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert "只读" in window.windowTitle()
    assert not window.ui.actionImport.isEnabled()
    page = window.show_page("monthly")
    assert page.locked and page.ui.progressEdit.isReadOnly() and not page.ui.submitButton.isEnabled()


def test_disk_trouble_is_expected_not_a_bug():
    import sqlite3

    assert isinstance(crash.expected(sqlite3.OperationalError("database or disk is full")), UserError)
    assert isinstance(crash.expected(ValueError("bug")), ValueError)


def test_another_workspace_opens_in_its_own_window(qtbot, tmp_path, monkeypatch):
    from helpers_ui import make_workspace, open_window
    from PySide6.QtCore import QProcess

    from desktop.ui.main_window import relaunch_command

    make_workspace(tmp_path / "w.sqlite")[0].close()
    other = tmp_path / "other.sqlite"
    started = []
    monkeypatch.setattr(QProcess, "startDetached", staticmethod(lambda program, args: started.append(
        (program, args)) or True))
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(open_file=[other]), role="office")
    window.ui.actionOpenWorkspace.trigger()
    assert started == [relaunch_command(other)]
    assert started[0][1][-2:] == ["--db", str(other)]


def test_bug_in_a_slot_shows_the_crash_dialog(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: shown.append(self.ui.detailsEdit.toPlainText()) or 0)
    hook = crash.ExceptHook()
    try:
        raise IndexError("列表越界")
    except IndexError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1 and "IndexError: 列表越界" in shown[0]


def test_user_error_reaching_the_hook_is_a_plain_message(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: said.append(text)))
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: pytest.fail("not a bug"))
    hook = crash.ExceptHook()
    hook(UserError, UserError("文件被占用，请关闭后重试。"), None)
    assert said == ["文件被占用，请关闭后重试。"]


def test_title_bar_says_portable(qtbot, tmp_path, monkeypatch):
    from helpers_ui import make_workspace, open_window

    from desktop import paths

    ws, plan = make_workspace(tmp_path / "w.sqlite")
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="office")
    assert "便携" not in window.windowTitle()
    exe = tmp_path / "exe"
    exe.mkdir()
    (exe / "portable.txt.txt").write_text("", encoding="utf-8")
    monkeypatch.delenv("LUOSHI_HOME", raising=False)
    monkeypatch.setattr(paths, "executable_dir", lambda: exe)
    window.reload_all()
    assert "（便携模式）" in window.windowTitle()
