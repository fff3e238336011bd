"""Every window and dialog fits a 1366×768 office PC with the Windows taskbar (issue 14): opened
at that size, the window is no larger than the area left and every button is inside it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers_ui import FakePrompts, open_window
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QWidget

from desktop.ui.screen_fit import SMALLEST, largest_client

UNIT = "市民政局"
SHOTS = os.environ.get("LUOSHI_FIT_SHOTS", "")     # a folder: each window saved there as PNG to look at




def outside(widget: QWidget) -> list[str]:
    """Buttons (shown ones) whose rectangle is not wholly inside the window."""
    inside = widget.rect()
    found = []
    for button in widget.findChildren(QAbstractButton):
        if not button.isVisibleTo(widget) or button.objectName().startswith("qt_"):
            continue
        where = QRect(button.mapTo(widget, QPoint(0, 0)), button.size())
        if not inside.contains(where):
            found.append(f"{button.text() or button.objectName()} at {where.getRect()}")
    return found


@pytest.fixture(autouse=True)
def small_screen(monkeypatch):
    """The screen every window opens on is a 1366×768 one less the taskbar."""
    from desktop.ui import screen_fit

    monkeypatch.setattr(screen_fit, "available_area", lambda widget=None: QRect(SMALLEST))


def check_fits(qtbot, widget: QWidget, name: str) -> None:
    """Opened as the program opens it (its own code fits it to the screen), then measured."""
    widget.show()
    qtbot.waitExposed(widget)
    most_w, most_h = largest_client(SMALLEST)
    if widget.layout() is not None:
        widget.layout().activate()
    assert widget.width() <= most_w and widget.height() <= most_h, (name, widget.size().toTuple())
    hint = widget.minimumSizeHint()
    assert hint.width() <= most_w and hint.height() <= most_h, (name, "minimum", hint.toTuple())
    assert outside(widget) == [], name
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.mark.parametrize("role, tab", [("office", "dashboard"), ("unit", "dashboard"), ("unit", "tasks"),
                                       ("unit", "monthly")])
def test_main_window_fits(qtbot, demo, role, tab):
    window = open_window(qtbot, demo, FakePrompts(), role=role, unit_name=UNIT if role == "unit" else "")
    window.show_page(tab)
    check_fits(qtbot, window, f"main-{role}-{tab}")


def test_draft_editor_fits(qtbot, demo):
    from desktop.reports.documents import draft
    from desktop.ui.draft_dialog import DraftDialog

    window = open_window(qtbot, demo, FakePrompts(), role="unit", unit_name=UNIT)
    report = draft("half-year", demo, 2024, UNIT, today=window.session.today)
    dialog = DraftDialog(report, window.session, FakePrompts(), parent=window)
    check_fits(qtbot, dialog, "draft-editor")
    assert dialog.ui.exportButton.isVisible() and dialog.ui.saveAsButton.isVisible()


def test_first_run_dialogs_fit(qtbot, demo):
    from desktop.ui.first_run import ImportDialog, RoleDialog

    window = open_window(qtbot, demo, FakePrompts(), role="unit", unit_name=UNIT)
    check_fits(qtbot, RoleDialog(window.session, FakePrompts(), window), "role")
    check_fits(qtbot, ImportDialog(FakePrompts(), window), "import")


def test_exchange_and_backup_dialogs_fit(qtbot, demo):
    from desktop.ui.backups_dialog import BackupsDialog
    from desktop.ui.exchange_dialogs import ConflictsDialog, KeyChangesDialog

    window = open_window(qtbot, demo, FakePrompts(), role="office")
    check_fits(qtbot, ConflictsDialog(window.session, FakePrompts(), window), "conflicts")
    check_fits(qtbot, KeyChangesDialog(window.session, FakePrompts(), window), "key-changes")
    check_fits(qtbot, BackupsDialog(window.session, FakePrompts(), lambda p: True, window), "backups")


def test_roster_dialog_fits(qtbot, demo):
    from desktop.ui.roster_dialog import RosterDialog

    window = open_window(qtbot, demo, FakePrompts(), role="office")
    check_fits(qtbot, RosterDialog(window.session, FakePrompts(), window), "roster")


def test_office_review_dialogs_fit(qtbot, demo):
    from desktop.store import queries
    from desktop.ui.month_review import MonthReviewDialog, ReceivedDialog

    window = open_window(qtbot, demo, FakePrompts(), role="office")
    unit = next(u for u in queries.units(window.session.ws, window.session.plan_id) if u["name"] == UNIT)
    check_fits(qtbot, MonthReviewDialog(window.session, FakePrompts(), window.decisions, unit, "2024-09", window),
               "office-month-review")
    check_fits(qtbot, ReceivedDialog(window.session, FakePrompts(), window.decisions, window.open_month, window),
               "office-received")


def test_crash_help_and_long_messages_fit(qtbot):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.crash import CrashDialog
    from desktop.ui.help import HelpDialog
    from desktop.ui.prompts import message_box

    check_fits(qtbot, CrashDialog("Traceback\n" * 200), "crash")
    check_fits(qtbot, HelpDialog(), "help")
    long_text = "\n".join(f"✓ 第{i}个报送包.luoshi：已导入（市民政局 2024-0{i % 9 + 1}）" for i in range(60))
    check_fits(qtbot, message_box(QMessageBox.Icon.Information, None, "离线报送", long_text), "import-summary")


def test_review_dialog_fits(qtbot, demo):
    from desktop.core.parse import parse_text
    from desktop.ui.review import ReviewDialog

    window = open_window(qtbot, demo, FakePrompts(), role="office")
    plan = parse_text((Path(__file__).resolve().parent.parent / "desktop" / "data" / "demo_plan.txt")
                      .read_text(encoding="utf-8"))
    check_fits(qtbot, ReviewDialog(plan, FakePrompts(), window), "review")


def test_help_guide_is_offline_with_its_screenshots(qtbot, tmp_path):
    import re

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from desktop.ui.help import guide_path

    window = open_window(qtbot, _empty_workspace(tmp_path), FakePrompts(), role="office", as_of="")
    assert window.ui.menuHelp.actions()[0] is window.help_action
    window.help_action.trigger()
    dialog = window.help_dialog
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    assert "责任单位（联络员）怎么用" in text and "领导小组办公室怎么用" in text
    images = re.findall(r'src="([^"]+)"', guide_path().read_text(encoding="utf-8"))
    assert len(images) >= 6
    for name in images:
        assert (guide_path().parent / name).is_file(), name
        image = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name


def _empty_workspace(tmp_path: Path) -> Path:
    from desktop.store import open_workspace

    open_workspace(tmp_path / "w.sqlite").close()
    return tmp_path / "w.sqlite"
