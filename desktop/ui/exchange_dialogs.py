"""The office's decisions on what packages brought: 版本冲突 (keep one of two versions of a month)
and 密钥变更 (accept or reject a sender's new signing key). Both say ``changed`` after a decision,
so the window refreshes the grid and the dashboard's notice.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QWidget

from desktop.errors import UserError
from desktop.exchange import keys, merge
from desktop.store.exchange_keys import key_changes
from desktop.store.receipts import office_kept, open_conflicts
from desktop.ui.exchange_models import PARTY_OFFICE, ConflictsModel, KeyChangesModel, version_html
from desktop.ui.forms.ui_conflicts_dialog import Ui_ConflictsDialog
from desktop.ui.forms.ui_key_changes_dialog import Ui_KeyChangesDialog
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.session import Session
from desktop.ui.table_model import RowRole

# the dialogs' words
CONFLICTS_TITLE = "版本冲突"
KEEP_CURRENT_ASK = ("保留“{unit}”{month} 已接受的第{current}版吗？\n\n"
                    "新收到的第{revision}版仍保存在历史中，但不计入汇总和报告。")
KEEP_INCOMING_ASK = ("采用“{unit}”{month} 新收到的第{revision}版，并作为已接受的版本吗？\n\n"
                     "原来接受的第{current}版保存在历史中。")
KEPT_CURRENT = "已保留“{unit}”{month} 的第{current}版。"
KEPT_INCOMING = "已采用并接受“{unit}”{month} 的第{revision}版。"
NO_CONFLICTS = "没有待处理的版本冲突。"
# the months the office kept in its own version and must still tell the unit of (rv68b): the reminder stays here
TELL_LINE = "{line}。请告知：“{told}”"
# beside each such line (m69a): the office has told the unit — the line leaves the list, the conflict stays in history
TOLD_BUTTON = "已告知"
TOLD_TIP = "已电话或书面告知该单位联络员：这一行不再列出，冲突记录仍保存在历史中"
TOLD_DONE = "已记下：已告知“{unit}”{month} 办公室保留了代填的版本。"
# right after the click, in the status line (rv69b): a click on the wrong line can be taken back
TOLD_UNDO_LINK = "<a href=\"undo-told\">撤销</a>"
TOLD_UNDONE = "已撤销：“{unit}”{month} 重新列为须告知。"
# the 须告知 lines scroll past about this many lines (rv69b: 19 lines pushed the buttons off a 1366×768 screen)
TELL_ROWS_SHOWN = 4.5
# the office entered the month for the unit itself, then the unit's package brought other content
KEEP_OFFICE_ASK = ("保留办公室代“{unit}”填报的 {month} 进展吗？\n\n"
                   "该单位报送的第{revision}版仍保存在历史中，但不计入汇总和报告。\n\n"
                   "保留后，" + merge.TELL_BY_HAND + "。")
KEEP_INCOMING_OVER_OFFICE_ASK = ("采用“{unit}”自己报送的 {month} 第{revision}版，并作为已接受的版本吗？\n\n"
                                 "办公室代填的版本保存在历史中。")
KEPT_OFFICE = "已保留办公室代“{unit}”填报的 {month} 进展。"
CURRENT_BOX = "已接受的版本"
KEEP_CURRENT_BUTTON = "保留已接受的版本(&K)"
OFFICE_BOX = "办公室代填的版本"
OFFICE_INTRO = ("这个月份办公室已代该单位填报，之后该单位自己报送的版本内容不同。"
                "两个版本都保存着，请对照后决定采用哪一个；决定之前，汇总和报告按办公室代填的版本。黄色标出的任务两版内容不同。")
KEEP_OFFICE_BUTTON = "保留办公室代填的版本(&K)"
KEYS_TITLE = "密钥变更"
KEYS_WARNING = (
    "<p><b style='color:#b42318'>请先核对，再决定。</b>"
    "每份交换包都用发送方电脑上的密钥签名，落实据此确认包确实来自对方、"
    "途中没有被改动。下面这些包的签名密钥与以前登记的<b>不一样</b>，所以没有导入。"
    "这可能是对方换了电脑或重装了落实，<b>也可能是有人冒充对方</b>发来的包。</p>"
    "<p>请<b>打电话</b>给对方联络员，请对方打开“帮助 → 关于落实”，念出本机的密钥指纹，"
    "与下表的“新密钥指纹”逐字核对：一致才接受；不一致或联系不上，请拒绝。</p>"
    "<p>接受后，以后只认新密钥，原来的密钥作废；被拒收的包需要重新导入。"
    "拒绝后，用这个新密钥签名的包一律不予导入。</p>")
MY_FINGERPRINT = "<p style='color:#475467'>本工作区自己的密钥指纹（对方核对您发出的包时用）：<b>{fingerprint}</b></p>"
WARNING_STYLE = ("QLabel#warningLabel { background: #fef3f2; border: 1px solid #fda29b; border-radius: 4px; "
                 "padding: 8px; }")
ACCEPT_ASK = ("接受“{who}”的新密钥吗？\n\n新密钥指纹：{new}\n原来的指纹：{old}\n\n"
              "只有在电话里和对方逐字核对过新指纹后才接受。接受后，原来的密钥作废。")
REJECT_ASK = ("拒绝“{who}”的新密钥 {new} 吗？\n\n拒绝后，用这个密钥签名的包一律不予导入。"
              "如果对方确实换了电脑，请对方重新发送密钥登记文件，核对指纹后再导入。")
ACCEPTED = "已接受“{who}”的新密钥。请重新导入被拒收的包“{file}”。"
ACCEPTED_REGISTRATION = "已接受“{who}”的新密钥。"
REJECTED = "已拒绝“{who}”的新密钥，用它签名的包不会被导入。"
NO_CHANGES = "没有待确认的密钥变更。"


def _fit(view: QTableView) -> None:
    """Columns as wide as their contents with room to breathe; the last one takes what is left."""
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setMinimumSectionSize(96)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


class ConflictsDialog(QDialog):
    changed = Signal()

    def __init__(self, session: Session, prompts: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.prompts = session, prompts
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)               # 1366×768 office screens: nothing off the bottom
        self.model = ConflictsModel(self)
        self.ui.conflictsView.setModel(self.model)
        _fit(self.ui.conflictsView)
        self.ui.splitter.setSizes([160, 520])
        self.intro = self.ui.introLabel.text()        # the form's words, for a month the office had accepted
        self.ui.conflictsView.selectionModel().currentRowChanged.connect(self._show)
        self.ui.keepCurrentButton.clicked.connect(lambda: self.resolve("current"))
        self.ui.keepIncomingButton.clicked.connect(lambda: self.resolve("incoming"))
        self.ui.statusLabel.linkActivated.connect(self._status_link)
        self.ui.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                    | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self._last_told: dict[str, Any] | None = None
        self.ui.tellScroll.viewport().setAutoFillBackground(False)     # the lines on the group box's own ground
        self.ui.tellRowsWidget.setAutoFillBackground(False)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(open_conflicts(self.session.ws))
        if self.model.rows:
            self.ui.conflictsView.selectRow(0)
        else:
            self.ui.statusLabel.setText(NO_CONFLICTS)
        self._show(self.ui.conflictsView.currentIndex())
        self.show_kept()

    def show_kept(self) -> None:
        """The months still to tell (``office_kept``), so a clerk who never runs ``package status`` sees them:
        each line with its 「已告知」 button (m69a), and under them why the office must tell the unit by hand."""
        while self.ui.tellRows.count():
            item = self.ui.tellRows.takeAt(0)
            row = item.widget() if item is not None else None
            if row is not None:
                row.hide()
                row.deleteLater()
        kept = office_kept(self.session.ws)
        for k in kept:
            self.ui.tellRows.addWidget(self._tell_row(k))
        self.ui.tellRows.addStretch(1)
        self.ui.tellLabel.setText(merge.TELL_BY_HAND + "。" if kept else "")
        self.ui.tellBox.setVisible(bool(kept))
        self._fit_tell_rows(len(kept))

    def _fit_tell_rows(self, count: int) -> None:
        """The lines in a scroll area as tall as they are up to about 4½ of them (each as two wrapped lines of
        text): the dialog's minimum height stays within a 1366×768 screen however many months there are."""
        row = 2 * self.fontMetrics().lineSpacing() + self.ui.tellRows.spacing()
        shown = min(float(count), TELL_ROWS_SHOWN)
        self.ui.tellScroll.setMinimumHeight(int(min(shown, 1.5) * row))
        self.ui.tellScroll.setMaximumHeight(int(shown * row) + 2)

    def _tell_row(self, kept: dict[str, Any]) -> QWidget:
        row = QWidget(self.ui.tellBox)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(TELL_LINE.format(line=merge.tell_unit_line(kept["unit"], kept["month"], kept["revision"]),
                                        told=merge.told_unit(kept["month"], kept["revision"])), row)
        label.setObjectName("tellLine")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button = QPushButton(TOLD_BUTTON, row)
        button.setObjectName("toldButton")
        button.setToolTip(TOLD_TIP)
        button.setEnabled(not self.session.readonly)
        button.clicked.connect(lambda: self.told(kept))
        layout.addWidget(label, 1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def tell_lines(self) -> list[str]:
        """The 须告知 lines shown, in order."""
        return [label.text() for i in range(self.ui.tellRows.count())
                if (row := self.ui.tellRows.itemAt(i).widget()) is not None
                for label in row.findChildren(QLabel, "tellLine")]

    def told(self, kept: dict[str, Any]) -> bool:
        """「已告知」: asks nothing (the clerk has just phoned); the line leaves the list, the row stays in history."""
        if self.session.readonly:
            return False
        try:
            merge.mark_told(self.session.ws, int(kept["unit_id"]), kept["month"])
        except UserError as exc:
            self.prompts.warn(self, CONFLICTS_TITLE, exc.message)
            self.show_kept()
            return False
        self.show_kept()
        self._last_told = kept
        self.ui.statusLabel.setText(html.escape(TOLD_DONE.format(unit=kept["unit"], month=kept["month"]))
                                    + TOLD_UNDO_LINK)
        self.changed.emit()
        return True

    def status_text(self) -> str:
        """The status line as the clerk reads it (without the markup of its 「撤销」 link)."""
        return QTextDocumentFragment.fromHtml(self.ui.statusLabel.text()).toPlainText() \
            if "<a " in self.ui.statusLabel.text() else self.ui.statusLabel.text()

    def _status_link(self, link: str) -> None:
        if link == "undo-told":
            self.undo_told()

    def undo_told(self) -> bool:
        """「撤销」 after 「已告知」: the line is listed again (``merge.unmark_told``)."""
        kept, self._last_told = self._last_told, None
        if kept is None or self.session.readonly:
            return False
        try:
            merge.unmark_told(self.session.ws, int(kept["unit_id"]), kept["month"])
        except UserError as exc:
            self.prompts.warn(self, CONFLICTS_TITLE, exc.message)
            self.show_kept()
            return False
        self.show_kept()
        self.ui.statusLabel.setText(TOLD_UNDONE.format(unit=kept["unit"], month=kept["month"]))
        self.changed.emit()
        return True

    def selected(self) -> dict[str, Any] | None:
        index = self.ui.conflictsView.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _show(self, current: QModelIndex, previous: QModelIndex | None = None) -> None:
        row = current.data(RowRole) if current.isValid() else None
        editable = row is not None and not self.session.readonly
        self.ui.keepCurrentButton.setEnabled(editable)
        self.ui.keepIncomingButton.setEnabled(editable)
        if row is None:
            self.ui.currentView.clear()
            self.ui.incomingView.clear()
            return
        versions = merge.conflict_versions(self.session.ws, row["id"])
        office = versions["current_from"] == "office"
        self.ui.introLabel.setText(OFFICE_INTRO if office else self.intro)
        self.ui.currentBox.setTitle(OFFICE_BOX if office else CURRENT_BOX)
        self.ui.keepCurrentButton.setText(KEEP_OFFICE_BUTTON if office else KEEP_CURRENT_BUTTON)
        self.ui.currentView.setHtml(version_html(row["unit"], versions["current"], versions["incoming"],
                                                 office=office))
        self.ui.incomingView.setHtml(version_html(row["unit"], versions["incoming"], versions["current"]))

    def resolve(self, keep: str) -> bool:
        row = self.selected()
        if row is None or self.session.readonly:
            return False
        words = {"unit": row["unit"], "month": row["month"], "revision": row["revision"],
                 "current": row["current_revision"]}
        office = row["current_revision"] is None           # the office entered the month for the unit
        ask = {("incoming", False): KEEP_INCOMING_ASK, ("current", False): KEEP_CURRENT_ASK,
               ("incoming", True): KEEP_INCOMING_OVER_OFFICE_ASK, ("current", True): KEEP_OFFICE_ASK}[(keep, office)]
        if not self.prompts.ask(self, CONFLICTS_TITLE, ask.format(**words)):
            return False
        try:
            result = merge.resolve_conflict(self.session.ws, row["id"], keep=keep)
        except UserError as exc:
            self.prompts.warn(self, CONFLICTS_TITLE, exc.message)
            return False
        self.reload()
        kept = KEPT_INCOMING if keep == "incoming" else KEPT_OFFICE if office else KEPT_CURRENT
        text = kept.format(**words)
        if result["tell_unit"]:           # m68a: no package tells the unit; say whom to tell, and what
            text += "\n" + merge.tell_unit_text(result["tell_unit"], row["month"], row["revision"])
        self.ui.statusLabel.setText(text)
        self.changed.emit()
        return True


class KeyChangesDialog(QDialog):
    changed = Signal()

    def __init__(self, session: Session, prompts: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.prompts = session, prompts
        self.ui = Ui_KeyChangesDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)               # 1366×768 office screens: nothing off the bottom
        self.ui.warningLabel.setStyleSheet(WARNING_STYLE)
        mine = keys.own_identity(session.ws, create=False)
        self.ui.warningLabel.setText(KEYS_WARNING + (MY_FINGERPRINT.format(fingerprint=mine.fingerprint)
                                                     if mine else ""))
        self.model = KeyChangesModel(self)
        self.ui.changesView.setModel(self.model)
        _fit(self.ui.changesView)
        self.ui.changesView.selectionModel().currentRowChanged.connect(self._selected)
        self.ui.acceptButton.clicked.connect(lambda: self.decide(True))
        self.ui.rejectButton.clicked.connect(lambda: self.decide(False))
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(key_changes(self.session.ws))
        if self.model.rows:
            self.ui.changesView.selectRow(0)
        else:
            self.ui.statusLabel.setText(NO_CHANGES)
        self._selected(self.ui.changesView.currentIndex())

    def _selected(self, current: QModelIndex, previous: QModelIndex | None = None) -> None:
        on = current.isValid() and not self.session.readonly
        self.ui.acceptButton.setEnabled(on)
        self.ui.rejectButton.setEnabled(on)

    def decide(self, accept: bool) -> bool:
        index = self.ui.changesView.currentIndex()
        row = index.data(RowRole) if index.isValid() else None
        if row is None or self.session.readonly:
            return False
        who = PARTY_OFFICE if row["party"] == "office" else row["unit"]
        words = {"who": who, "new": row["new_fingerprint"], "old": row["old_fingerprint"], "file": row["file_name"]}
        if not self.prompts.ask(self, KEYS_TITLE, (ACCEPT_ASK if accept else REJECT_ASK).format(**words)):
            return False
        try:
            keys.decide_key_change(self.session.ws, row["id"], accept=accept)
        except UserError as exc:
            self.prompts.warn(self, KEYS_TITLE, exc.message)
            return False
        self.reload()
        done = (ACCEPTED if row["file_name"] else ACCEPTED_REGISTRATION) if accept else REJECTED
        self.ui.statusLabel.setText(done.format(**words))
        self.changed.emit()
        return True
