"""Screenshots of the exchange and backup screens, on a copy of the demo workspace.

The situations are built with the exchange API (desktop.devtools.exchange_scenes): the demo becomes
the office and sends its plan; 市民政局 sends September and October from its own workspace;
the office accepts October and the unit resends it (a version conflict), the office returns
September with a reason (the unit imports the receipt), the office keeps the August it entered itself over
the unit's own (a 须告知 line), and a package for November arrives
signed on a new computer (a key change). Called by ``python -m desktop.ui.devtools.screenshots``.
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

UNIT = "市民政局"
RETURN_REASON = "“老年食堂”累计数与区里台账对不上（台账为 42 个），请核对后重新报送。"


def _copy(src: Path, dst: Path) -> None:
    source, target = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()


def build(demo: Path, work: Path) -> dict[str, Any]:
    """The office and unit workspaces in ``work`` with every situation the screenshots need."""
    from desktop.devtools import exchange_scenes as scenes
    from desktop.exchange import merge
    from desktop.store import entries, open_workspace, queries
    from desktop.store.workspace import backup_workspace

    office_path, unit_path = work / "office.sqlite", work / "unit.sqlite"
    _copy(demo, office_path)
    with open_workspace(office_path) as office:
        as_of = office.setting("as_of")
        # the demo entered every month of 市民政局 at the office; from September on the unit reports itself (an
        # office-entered month would hold its package as a conflict beside the office's version — August shows that)
        unit_id = queries.unit_id(office, queries.current_plan_id(office), UNIT)
        entries.drop_months_from(office, unit_id, "2024-09")
        plan_file = scenes.send_plan(office, work / "方案包.luoshi")
        unit_ws = scenes.unit_workspace(unit_path, plan_file, UNIT)
        unit_ws.set_setting("as_of", as_of)
        september = scenes.submit_month(unit_ws, UNIT, "2024-09", "新建老年食堂12个，全市累计45个",
                                        work / f"{UNIT}2024-09报送包.luoshi")
        october = scenes.submit_month(unit_ws, UNIT, "2024-10", "完成家庭养老照护床位建设86张",
                                      work / f"{UNIT}2024-10报送包.luoshi")
        bad = work / "损坏的包.zip"
        bad.write_bytes(b"PK\x03\x04 truncated")
        outcomes = scenes.receive(office, [september, october, september, bad])    # a mixed drop
        scenes.make_office_kept(office, unit_ws, UNIT, "2024-08", work)   # one 须告知 line (m69a)
        scenes.make_conflict(office, unit_ws, UNIT, "2024-10", work)
        scenes.make_key_change(office, plan_file, UNIT, "2024-11", work)
        merge.return_month(office, UNIT, "2024-09", RETURN_REASON)
        receipt = scenes.send_receipt(office, UNIT, work / f"{UNIT}回执.luoshi")
        scenes.receive(unit_ws, [receipt])
        unit_ws.close()
    for days, reason in ((9, "before-plan-import"), (2, "daily"), (1, "daily"), (0, "daily"), (0, "manual")):
        made = backup_workspace(office_path, reason)          # dated back, as a week of use leaves them
        stamp = (datetime.now() - timedelta(days=days, hours=days and 3, minutes=17 * days)).strftime(
            "%Y%m%d-%H%M%S-000000")
        made.rename(made.with_name(f"{office_path.stem}-{stamp}-{reason}.sqlite"))
    return {"office": office_path, "unit": unit_path, "outcomes": outcomes}


def _grab(app: Any, widget: Any, target: Path, size: tuple[int, int] | None = None) -> None:
    if size:
        widget.resize(*size)
    widget.show()
    app.processEvents()
    widget.grab().save(str(target))
    print(target)


def shoot(app: Any, demo: Path, out: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.store import entries, open_workspace, queries
    from desktop.ui.app import window_settings
    from desktop.ui.backups_dialog import BackupsDialog
    from desktop.ui.exchange_dialogs import ConflictsDialog, KeyChangesDialog
    from desktop.ui.exchange_menu import TITLE, summary
    from desktop.ui.main_window import MainWindow
    from desktop.ui.prompts import Prompts, message_box

    made = build(demo, Path(tempfile.mkdtemp(prefix="luoshi-exchange-shots-")))
    office = open_workspace(made["office"])
    window = MainWindow(office, prompts=Prompts(), settings=window_settings(), first_run=False)
    window.resize(1360, 860)
    window.show_page("dashboard")
    _grab(app, window, out / "office-dashboard-pending.png")
    # the office's review of a month: September as 市民政局 sent it (returned), and 收到的报送
    window.resize(1366, 768)
    _grab(app, window, out / "office-dashboard-returned.png")
    unit_row = {"id": queries.unit_id(office, window.session.plan_id, UNIT), "name": UNIT}
    review = window.open_month(unit_row, "2024-09")
    with_files = next((i for i, r in enumerate(review.page.tasks.rows) if r["entry"]), 0)
    review.page.ui.taskList.setCurrentIndex(review.page.tasks.index(with_files, 0))
    _grab(app, review, out / "office-month-review.png")
    review.close()
    received = window.show_received()
    _grab(app, received, out / "office-received.png")
    received.close()
    for name, dialog, size in (
            ("exchange-conflicts.png", ConflictsDialog(window.session, Prompts(), window), (1180, 760)),
            ("exchange-key-changes.png", KeyChangesDialog(window.session, Prompts(), window), (1000, 400)),
            ("backups.png", BackupsDialog(window.session, Prompts(), lambda p: False, window), (760, 440))):
        _grab(app, dialog, out / name, size)
        dialog.close()
    box = message_box(QMessageBox.Icon.Warning, window, TITLE, summary(made["outcomes"]))
    _grab(app, box, out / "exchange-import-summary.png")
    box.close()
    window.close()
    office.close()

    unit = open_workspace(made["unit"])
    window = MainWindow(unit, prompts=Prompts(), settings=window_settings(), first_run=False)
    window.resize(1360, 860)
    page = window.show_page("monthly")
    page.ui.monthCombo.setCurrentIndex(page.ui.monthCombo.findData("2024-09"))
    _grab(app, window, out / "unit-monthly-returned.png")
    # corrected and submitted again, not yet exported: 未发送
    entries.submit_month(unit, window.session.unit_id, "2024-09")
    page.load_month()
    window.resize(1366, 768)
    _grab(app, window, out / "unit-monthly-unsent.png")
    window.close()
    unit.close()
