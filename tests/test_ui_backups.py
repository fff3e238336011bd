"""备份与恢复 through the real dialog: list newest first, back up now, restore after a confirmation."""

from __future__ import annotations

import re
from pathlib import Path

from helpers_ui import FakePrompts, make_workspace, open_window
from PySide6.QtCore import Qt

from desktop.store.lock import WorkspaceLock
from desktop.store.workspace import backup_workspace, list_backups
from desktop.ui.backups_dialog import REASONS, BackupsModel, backup_row, size_text


def _window(qtbot, tmp_path, prompts):
    path = tmp_path / "w.sqlite"
    make_workspace(path)[0].close()
    lock = WorkspaceLock(path)
    assert lock.acquire()                    # as the client holds it while open
    window = open_window(qtbot, path, prompts, role="office")
    return window, path, lock


def _rename(window, name):
    window.session.ws.set_setting("office_name", name)


def test_backups_listed_newest_first_and_backup_now(qtbot, qtmodeltester, tmp_path):
    prompts = FakePrompts()
    window, path, lock = _window(qtbot, tmp_path, prompts)
    backup_workspace(path, "daily")
    backup_workspace(path, "before-migrate-v3")
    dialog = window.show_backups()
    qtbot.waitExposed(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    assert [model.index(r, BackupsModel.COL_REASON).data() for r in range(model.rowCount())] == [
        "升级程序之前（数据版本 3）", "每日自动备份"]
    assert model.index(0, BackupsModel.COL_SIZE).data().endswith("KB")
    assert dialog.ui.restoreButton.isEnabled()

    qtbot.mouseClick(dialog.ui.backupNowButton, Qt.MouseButton.LeftButton)
    assert not dialog.ui.buttonBox.isEnabled()               # no closing under a running backup
    dialog.reject()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.op is not None and dialog.op.done, timeout=10000)
    assert dialog.ui.buttonBox.isEnabled()
    assert model.rowCount() == 3 and model.index(0, BackupsModel.COL_REASON).data() == "手动备份"
    assert "已备份" in dialog.ui.folderLabel.text()
    times = [model.index(r, BackupsModel.COL_TIME).data() for r in range(3)]
    assert times == sorted(times, reverse=True)
    lock.release()


def test_restore_backs_up_first_reopens_and_keeps_the_lock(qtbot, tmp_path):
    prompts = FakePrompts(ask=[False, True])
    window, path, lock = _window(qtbot, tmp_path, prompts)
    _rename(window, "备份时的名字")
    backup_workspace(path, "daily")
    _rename(window, "后来改的名字")
    old_ws = window.session.ws
    dialog = window.show_backups()
    dialog.ui.backupsView.selectRow(0)

    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)     # first answer: no
    assert "恢复前会先把现在的工作区另存为一份备份" in prompts.texts("ask")[-1]
    assert window.session.ws is old_ws and len(list_backups(path)) == 1

    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)     # second answer: yes
    assert window.session.ws is not old_ws
    assert window.session.ws.setting("office_name") == "备份时的名字"       # the window shows the restored file
    assert "备份时的名字" in window.ui.planLabel.text()
    assert "已恢复到所选的备份" in prompts.texts("info")[-1]
    # the state before the restore was saved first, and is offered at the top of the list
    assert dialog.model.index(0, BackupsModel.COL_REASON).data() == "恢复备份之前"
    before = dialog.model.rows[0]["path"]
    import sqlite3

    with sqlite3.connect(before) as conn:
        assert conn.execute("SELECT value FROM settings WHERE key = 'office_name'").fetchone()[0] == "后来改的名字"
    # the window still holds the workspace: a second client would open it read-only
    assert lock.held and not WorkspaceLock(path).acquire()
    window.session.ws.set_setting("office_name", "恢复后仍可写")           # the new connection writes
    lock.release()


def test_a_damaged_backup_is_refused_and_the_workspace_stays_open(qtbot, tmp_path):
    prompts = FakePrompts(ask=[True])
    window, path, lock = _window(qtbot, tmp_path, prompts)
    made = backup_workspace(path, "daily")
    made.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    _rename(window, "没有被覆盖")
    dialog = window.show_backups()
    dialog.ui.backupsView.selectRow(0)
    assert not dialog.restore_selected()
    assert "无法恢复" in prompts.texts("warn")[-1] or "已损坏" in prompts.texts("warn")[-1]
    assert window.session.ws.setting("office_name") == "没有被覆盖"
    lock.release()


def test_backup_now_from_the_menu(qtbot, tmp_path):
    prompts = FakePrompts()
    window, path, lock = _window(qtbot, tmp_path, prompts)
    window.ui.actionBackupNow.trigger()
    qtbot.waitUntil(lambda: window.backup_op is not None and window.backup_op.done, timeout=10000)
    assert len(list_backups(path)) == 1 and "已备份工作区" in prompts.texts("info")[-1]
    lock.release()


def test_backup_rows_read_time_reason_and_size(tmp_path):
    path = tmp_path / "w-20241106-093015-123456-before-plan-import.sqlite"
    path.write_bytes(b"x" * 3 * 1048576)
    row = backup_row(path)
    assert row["time"].isoformat() == "2024-11-06T09:30:15" and row["reason"] == "导入工作方案之前"
    assert size_text(row["size"]) == "3.0 MB" and size_text(10) == "1 KB"
    assert backup_row(Path("odd.sqlite"))["time"] is None


def test_a_read_only_window_lists_but_does_not_restore(qtbot, tmp_path):
    from desktop.store import open_workspace

    prompts = FakePrompts(ask=[True])
    window, path, lock = _window(qtbot, tmp_path, prompts)
    backup_workspace(path, "daily")
    window.session.ws.close()
    window.session.ws = open_workspace(path, readonly=True)
    dialog = window.show_backups()
    assert dialog.model.rowCount() == 1 and not dialog.ui.restoreButton.isEnabled()
    assert not dialog.restore_selected() and prompts.texts("ask") == []
    lock.release()


def test_every_reason_the_program_backs_up_for_has_chinese_words() -> None:
    """A backup made before a package import was listed as 「before-package-import」 in the Chinese
    dialog: every reason the program passes to backup_workspace needs its words in REASONS."""
    root = Path(__file__).resolve().parents[1] / "desktop"
    found = {m.group(1) for path in root.rglob("*.py") if "devtools" not in path.parts
             for m in re.finditer(r'backup_workspace\([^,]+,\s*"([^"]+)"', path.read_text(encoding="utf-8"))}
    assert "before-package-import" in found and "daily" in found
    assert not found - set(REASONS), found - set(REASONS)
