"""备份与恢复: the workspace's backups, newest first; back up now, or restore one after a confirmation.

The dialog lists and asks; the window does the restore (``restore`` callback), because only it
can close its connection, put the backup's content in place and reopen the file while it keeps
holding the workspace lock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from desktop import paths
from desktop.store.workspace import list_backups
from desktop.ui import ops
from desktop.ui.forms.ui_backups_dialog import Ui_BackupsDialog
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.session import Session
from desktop.ui.table_model import RowRole, RowsModel

# the dialog's words
TITLE = "备份与恢复"
REASONS = {"daily": "每日自动备份", "manual": "手动备份", "before-restore": "恢复备份之前",
           "before-plan-import": "导入工作方案之前", "before-plan-package": "导入方案包之前",
           "before-package-import": "导入交换包之前"}
MIGRATE = "升级程序之前（数据版本 {n}）"
FOLDER = "备份文件夹：{folder}"
NONE_YET = "还没有备份。点“立即备份”可以马上备份一份。"
BACKING_UP = "正在备份工作区…"
BACKED_UP = "已备份：{name}"
RESTORE_ASK = ("把工作区恢复到 {time} 的备份（{reason}）吗？\n\n"
               "恢复前会先把现在的工作区另存为一份备份，如有需要还可以再恢复回来；"
               "恢复后，这份备份之后所做的修改不会出现在工作区中。")
READONLY = "本窗口以只读方式打开，不能恢复备份。"
SIZE_KB, SIZE_MB = "{n:.0f} KB", "{n:.1f} MB"

_NAME = re.compile(r"-(\d{8}-\d{6})-\d+-(.+)$")


def backup_row(path: Path) -> dict[str, Any]:
    """One backup file as a row: when, why, how big (from its name and size)."""
    found = _NAME.search(path.stem)
    when = datetime.strptime(found.group(1), "%Y%m%d-%H%M%S") if found else None
    reason = found.group(2) if found else ""
    migrate = re.fullmatch(r"before-migrate-v(\d+)", reason)
    label = MIGRATE.format(n=migrate.group(1)) if migrate else REASONS.get(reason, reason)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return {"id": str(path), "path": path, "time": when, "reason": label, "size": size}


def run_backup(parent: QWidget, path: Path, prompts: Any, on_done: Callable[[Path | None], None]) -> ops.Op:
    """Back the workspace up now, off the GUI thread (the backup API reads through its own connection)."""

    def work(progress: ops.Progress) -> Path | None:
        from desktop.store.workspace import backup_workspace

        return backup_workspace(path, "manual")

    return ops.run_op(parent, work, label=BACKING_UP, prompts=prompts, cancellable=False, on_done=on_done)


def size_text(size: int) -> str:
    return SIZE_MB.format(n=size / 1048576) if size >= 1048576 else SIZE_KB.format(n=max(1, size / 1024))


class BackupsModel(RowsModel):
    """The backups of one workspace, newest first."""

    COL_TIME, COL_REASON, COL_SIZE = range(3)
    HEADERS = ("备份时间", "原因", "大小")

    def display(self, row: dict[str, Any], column: int) -> Any:
        if column == self.COL_TIME:
            return row["time"].strftime("%Y-%m-%d %H:%M:%S") if row["time"] else row["path"].name
        if column == self.COL_REASON:
            return row["reason"]
        if column == self.COL_SIZE:
            return size_text(row["size"])
        return None

    def tooltip(self, row: dict[str, Any], column: int) -> Any:
        return str(row["path"])

    def extra(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BackupsDialog(QDialog):
    def __init__(self, session: Session, prompts: Any, restore: Callable[[Path], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.prompts, self.restore = session, prompts, restore
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)               # 1366×768 office screens: nothing off the bottom
        self.model = BackupsModel(self)
        self.ui.backupsView.setModel(self.model)
        self.ui.backupsView.verticalHeader().hide()
        header = self.ui.backupsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupsModel.COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.op: ops.Op | None = None
        self.ui.backupNowButton.clicked.connect(self.backup_now)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.openFolderButton.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder))))
        self.ui.backupsView.selectionModel().currentRowChanged.connect(self._selected)
        self.ui.backupsView.doubleClicked.connect(lambda index: self.restore_selected())
        self.reload()

    @property
    def folder(self) -> Path:
        return paths.backup_dir_for(self.session.ws.path)

    def reload(self) -> None:
        rows = [backup_row(p) for p in list_backups(self.session.ws.path)]
        self.model.set_rows(rows)
        self.ui.folderLabel.setText(FOLDER.format(folder=self.folder) if rows else NONE_YET)
        if rows:
            self.ui.backupsView.selectRow(0)
        self._selected(self.ui.backupsView.currentIndex())

    def _selected(self, current: QModelIndex, previous: QModelIndex | None = None) -> None:
        self.ui.restoreButton.setEnabled(current.isValid() and not self.session.readonly)
        self.ui.restoreButton.setToolTip(READONLY if self.session.readonly else "")

    def selected(self) -> dict[str, Any] | None:
        index = self.ui.backupsView.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def backup_now(self) -> None:
        # the dialog stays open until the backup is done: its progress and result land here
        for widget in (self.ui.backupNowButton, self.ui.buttonBox):
            widget.setEnabled(False)
        self.op = run_backup(self, self.session.ws.path, self.prompts, self._backed_up)
        self.op.finished.connect(self._backup_finished)

    def _backup_finished(self) -> None:
        for widget in (self.ui.backupNowButton, self.ui.buttonBox):
            widget.setEnabled(True)

    def reject(self) -> None:
        if self.op is not None and not self.op.done:      # Esc while backing up: wait for it
            return
        super().reject()

    def _backed_up(self, target: Path | None) -> None:
        self.reload()
        if target is not None:
            self.ui.folderLabel.setText(BACKED_UP.format(name=target.name))

    def restore_selected(self) -> bool:
        row = self.selected()
        if row is None or self.session.readonly:
            return False
        when = self.model.display(row, BackupsModel.COL_TIME)
        if not self.prompts.ask(self, TITLE, RESTORE_ASK.format(time=when, reason=row["reason"])):
            return False
        done = self.restore(row["path"])
        self.reload()
        return done
