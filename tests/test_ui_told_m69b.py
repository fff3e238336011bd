"""文件 → 处理版本冲突's 须告知 lines, mended (rv69b → m69b): 「已告知」 can be taken back from the status line
right after the click, and many lines scroll inside the dialog instead of pushing its buttons off a 1366×768
screen."""

from __future__ import annotations

import os
from pathlib import Path

from helpers_ui import FakePrompts, make_workspace, open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.devtools import exchange_scenes as scenes
from desktop.exchange import merge
from desktop.store import entries, queries
from desktop.store.receipts import office_kept, open_conflicts

UNIT = "市民政局"
SHOTS = os.environ.get("LUOSHI_M69B_SHOTS")         # a folder: the dialogs are saved there to be looked at


def _office_kept(tmp_path: Path, more: int = 0) -> Path:
    """The office entered 市民政局's May, the unit's own May differed, the office kept its version — and ``more``
    such months besides (copies of the row for the following months), for a long list."""
    office, _ = make_workspace(tmp_path / "office.sqlite")
    plan_file = scenes.send_plan(office, tmp_path / "plan.luoshi")
    plan_id = queries.current_plan_id(office)
    unit_id = queries.unit_id(office, plan_id, UNIT)
    for task in scenes.my_tasks(office, unit_id)[:3]:
        entries.save_entry(office, task, unit_id, "2024-05", progress="办公室代填的五月进展", next_steps="继续")
    entries.submit_month(office, unit_id, "2024-05")
    unit_ws = scenes.unit_workspace(tmp_path / "unit.sqlite", plan_file, UNIT)
    sent = scenes.submit_month(unit_ws, UNIT, "2024-05", "单位自报的五月进展", tmp_path / "may.luoshi")
    scenes.receive(office, [sent])
    [held] = open_conflicts(office)
    merge.resolve_conflict(office, held["id"], keep="current")
    for i in range(more):
        year, month = divmod(4 + 1 + i, 12)
        office.conn.execute(
            "INSERT INTO exchange_revisions(plan_id, unit_id, month, revision, content_sha256, payload, "
            "package_sha256, received_at, status, resolved_at, resolved_by, kept_from) "
            "SELECT plan_id, unit_id, ?, revision, content_sha256, payload, package_sha256, received_at, status, "
            "resolved_at, resolved_by, kept_from "
            "FROM exchange_revisions WHERE id = ?", (f"{2024 + year}-{month + 1:02d}", held["id"]))
    office.conn.commit()
    assert len(office_kept(office)) == 1 + more
    office.close()
    unit_ws.close()
    return tmp_path / "office.sqlite"


def _dialog(qtbot, path: Path, prompts: FakePrompts):
    from desktop.ui.exchange_dialogs import ConflictsDialog

    window = open_window(qtbot, path, prompts, role="office", as_of="2024-07-10")
    window.ui.actionConflicts.trigger()
    return window, [d for d in window.findChildren(ConflictsDialog) if d.isVisible()][-1]


def _shoot(dialog, name: str, size: tuple[int, int] = (1366, 768)) -> None:
    if SHOTS:
        dialog.resize(*size)
        dialog.grab().save(str(Path(SHOTS) / name))


def test_told_can_be_taken_back_from_the_status_line(qtbot, tmp_path):
    prompts = FakePrompts()
    window, dialog = _dialog(qtbot, _office_kept(tmp_path), prompts)
    [button] = dialog.ui.tellBox.findChildren(QPushButton, "toldButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.tell_lines() == []
    assert dialog.status_text() == "已记下：已告知“市民政局”2024-05 办公室保留了代填的版本。撤销"
    assert 'href="undo-told"' in dialog.ui.statusLabel.text()
    _shoot(dialog, "told-undo-link.png")
    dialog.ui.statusLabel.linkActivated.emit("undo-told")          # the 「撤销」 link
    assert len(dialog.tell_lines()) == 1 and not dialog.ui.tellBox.isHidden()
    assert dialog.status_text() == "已撤销：“市民政局”2024-05 重新列为须告知。"
    [kept] = window.session.ws.rows("SELECT told_at, told_by FROM exchange_revisions WHERE status = 'kept_current'")
    assert kept == {"told_at": None, "told_by": ""}
    assert window.session.ws.rows("SELECT action FROM audit_log WHERE action = 'office_kept_told_undo'")
    assert prompts.said == []
    dialog.ui.statusLabel.linkActivated.emit("undo-told")          # once only: nothing more to take back
    assert len(dialog.tell_lines()) == 1 and prompts.said == []


def test_fifteen_lines_fit_a_1366_by_768_screen(qtbot, tmp_path):
    from desktop.ui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH

    _window, dialog = _dialog(qtbot, _office_kept(tmp_path, more=14), FakePrompts())
    assert len(dialog.tell_lines()) == 15
    least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert least.width() <= 1366 - FRAME_WIDTH and least.height() <= 768 - FRAME_HEIGHT, least
    assert dialog.ui.tellScroll.maximumHeight() < 768 // 3      # about 4–5 lines, then it scrolls
    dialog.resize(1366, 768)
    assert dialog.ui.tellScroll.verticalScrollBar().maximum() > 0
    _shoot(dialog, "told-15-lines.png")
    dialog.resize(784, 600)                                     # narrow: the sentences wrap, none is cut off
    assert all(label.width() >= 200 for label in dialog.ui.tellRowsWidget.findChildren(QLabel, "tellLine"))
    _shoot(dialog, "told-15-lines-784.png", (784, 600))


def test_one_line_takes_no_more_room_than_it_needs(qtbot, tmp_path):
    _window, dialog = _dialog(qtbot, _office_kept(tmp_path), FakePrompts())
    assert len(dialog.tell_lines()) == 1
    dialog.resize(1366, 768)
    assert dialog.ui.tellScroll.height() < 120
    _shoot(dialog, "told-1-line.png")
