"""Package files dropped on the main window are imported like the File menu's, with a summary per file."""

from __future__ import annotations

from helpers_ui import FakePrompts, make_workspace, open_window
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.devtools import exchange_scenes as scenes
from desktop.store import open_workspace


def _mime(files):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    return mime


def _drag_enter(window, files) -> bool:
    mime = _mime(files)                  # the event does not own its data: keep it alive
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    try:
        event = QDragEnterEvent(QPointF(50, 50), *args)      # Qt 6.12 deprecates the QPoint form
    except TypeError:
        event = QDragEnterEvent(QPoint(50, 50), *args)       # before 6.12 there is only that one
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def _drop(window, files) -> None:
    mime = _mime(files)
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)


def _office_with_two_submissions(tmp_path):
    office_path = tmp_path / "office.sqlite"
    office, _ = make_workspace(office_path)
    plan_file = scenes.send_plan(office, tmp_path / "plan.luoshi")
    office.close()
    sent = []
    for name, month in (("市民政局", "2024-05"), ("市残联", "2024-05")):
        with scenes.unit_workspace(tmp_path / f"{name}.sqlite", plan_file, name) as ws:
            sent.append(scenes.submit_month(ws, name, month, f"{name}的进展", tmp_path / f"{name}.luoshi"))
    return office_path, sent


def test_dropping_packages_imports_them_and_refreshes_the_grid(qtbot, tmp_path):
    office_path, (civil, disabled) = _office_with_two_submissions(tmp_path)
    bad = tmp_path / "坏包.zip"
    bad.write_bytes(b"PK not really a zip")
    note = tmp_path / "说明.txt"
    note.write_text("不是交换包", encoding="utf-8")
    prompts = FakePrompts()
    window = open_window(qtbot, office_path, prompts, role="office", as_of="2024-06-20")
    grid = window.dashboard.grid
    assert grid.receipts == {}

    assert window.acceptDrops()
    assert not _drag_enter(window, [note])                   # only package files are taken
    assert _drag_enter(window, [civil, note])
    _drop(window, [civil, disabled, civil, bad, note])
    _drag_enter(window, [civil])                             # a second drop while the first imports
    _drop(window, [civil])
    assert "还在导入" in prompts.texts("warn")[-1]
    qtbot.waitUntil(lambda: window.exchange.op is not None and window.exchange.op.done, timeout=30000)

    outcomes = window.exchange.outcomes
    assert [(o.path.name, o.status) for o in outcomes] == [
        ("市民政局.luoshi", "imported"), ("市残联.luoshi", "imported"),
        ("市民政局.luoshi", "unchanged"), ("坏包.zip", "refused")]
    summary = prompts.texts("warn")[-1]                      # something was refused: a warning
    assert summary.startswith("导入完成：2 个成功，1 个已导入过，1 个未导入。")
    assert "✓ 市民政局.luoshi：“市民政局”2024-05 第1版 已收到" in summary
    assert "＝ 市民政局.luoshi：此包已于" in summary
    assert "✗ 坏包.zip：" in summary and "说明.txt" not in summary
    # the office grid refreshed at once: both units' May shows as received
    units = {u["name"]: u["id"] for u in grid.grid.units}
    assert grid.receipts[(units["市民政局"], "2024-05")]["state"] == "received"
    assert grid.receipts[(units["市残联"], "2024-05")]["state"] == "received"
    row = list(units).index("市民政局")
    assert "已收到" in grid.index(row, grid.grid.months.index("2024-05")).data(Qt.ItemDataRole.ToolTipRole)


def test_a_read_only_window_refuses_drops(qtbot, tmp_path):
    office_path, (civil, _) = _office_with_two_submissions(tmp_path)
    prompts = FakePrompts()
    window = open_window(qtbot, office_path, prompts, role="office")
    readonly = open_workspace(office_path, readonly=True)
    window.session.ws.close()
    window.session.ws = readonly
    assert _drag_enter(window, [civil])
    _drop(window, [civil])
    assert "只读" in prompts.texts("warn")[-1]
    assert window.exchange.op is None
