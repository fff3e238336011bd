"""The office's review of a unit's month: the month as the unit sent it, in the monthly entry
page's own layout but read-only (with its evidence files and articles), and the office's
decisions on it — accept, return with a reason (then the receipt, 回执), or close. 收到的报送
lists every month received in packages, to open or decide any of them.

``OfficeDecisions`` holds those decisions for every place the office takes them (the grid, the
opened month, 收到的报送): one set of words, one rule (``merge.refusals``), one receipt prompt.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.store import entries
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.session import Session
from desktop.ui.table_model import RowRole

# the words
DECIDE_TITLE = "处理报送"
REVIEW_TITLE = "{unit} {month} 的报送（只读）"
ACCEPT = "接受(&A)"
RETURN = "退回(&R)…"
RECEIPT = "导出回执(&E)…"
CLOSE = "关闭"
RETURN_REASON = "退回“{unit}”{month} 的报送，请写明原因（单位会在回执中看到）："
NEED_REASON = "退回必须写明原因，单位要据此更正。没有退回。"
ACCEPTED = "已接受“{unit}”{month} 第{revision}版。"
RETURNED = ("已退回“{unit}”{month} 第{revision}版（原因：{reason}）。\n\n"
            "单位要收到回执才知道被退回。现在导出给“{unit}”的回执吗？")
EXPORT_RECEIPT = "导出回执…"
LATER = "稍后"
READONLY = "本窗口以只读方式打开，不能接受或退回报送。请在可以修改的窗口中处理。"
RECEIVED_TITLE = "收到的报送"
RECEIVED_HINT = "各单位从报送包发来的每个月份。双击打开查看（只读），再决定接受或退回。"
NONE_RECEIVED = "还没有收到任何单位的报送包。"
OPEN_MONTH = "打开(&O)…"
NOTHING_TO_OPEN = "“{unit}”{month} 没有报送内容：还没有收到该月的报送包，本工作区里也没有填写。"


class OfficeDecisions:
    """Accept / return a unit's received month, saying why not when it cannot be done."""

    def __init__(self, session: Session, prompts: Any, on_changed: Callable[[], None],
                 export_receipt: Callable[[str], None]) -> None:
        self.session, self.prompts = session, prompts
        self.on_changed, self.export_receipt = on_changed, export_receipt

    def refusals(self, unit_id: int, month: str) -> dict[str, str]:
        from desktop.exchange import merge

        if self.session.readonly:
            return {"accept": READONLY, "return": READONLY}
        return merge.refusals(self.session.ws, unit_id, month)

    def accept(self, parent: QWidget, unit: dict[str, Any], month: str) -> bool:
        from desktop.exchange import merge

        try:
            revision = merge.accept_month(self.session.ws, unit["id"], month)
        except UserError as exc:
            self.prompts.warn(parent, DECIDE_TITLE, exc.message)
            return False
        self.on_changed()
        self.prompts.info(parent, DECIDE_TITLE, ACCEPTED.format(unit=unit["name"], month=month, revision=revision))
        return True

    def give_back(self, parent: QWidget, unit: dict[str, Any], month: str) -> bool:
        """Return the month with a reason (asked for, required); then offer the receipt."""
        from desktop.exchange import merge

        refused = self.refusals(unit["id"], month)["return"]
        if refused:
            self.prompts.warn(parent, DECIDE_TITLE, refused)
            return False
        reason = self.prompts.text(parent, DECIDE_TITLE, RETURN_REASON.format(unit=unit["name"], month=month))
        if reason is None:
            return False
        if not reason.strip():
            self.prompts.warn(parent, DECIDE_TITLE, NEED_REASON)
            return False
        try:
            revision = merge.return_month(self.session.ws, unit["id"], month, reason)
        except UserError as exc:
            self.prompts.warn(parent, DECIDE_TITLE, exc.message)
            return False
        self.on_changed()
        if self.prompts.offer(parent, DECIDE_TITLE, RETURNED.format(unit=unit["name"], month=month,
                                                                   revision=revision, reason=reason.strip()),
                              EXPORT_RECEIPT, LATER):
            self.export_receipt(unit["name"])
        return True

    def has_content(self, unit_id: int, month: str) -> bool:
        ws = self.session.ws
        return bool(entries.entries(ws, unit_id=unit_id, month=month) or entries.articles(ws, unit_id=unit_id,
                                                                                          month=month))


class MonthReviewDialog(QDialog):
    """One unit's month, read-only, with the office's buttons under it."""

    def __init__(self, session: Session, prompts: Any, decisions: OfficeDecisions, unit: dict[str, Any],
                 month: str, parent: QWidget | None = None) -> None:
        from desktop.ui.monthly_page import MonthlyPage

        super().__init__(parent)
        self.session, self.prompts, self.decisions = session, prompts, decisions
        self.unit, self.month = unit, month
        self.setWindowTitle(REVIEW_TITLE.format(unit=unit["name"], month=month))
        view = dataclasses.replace(session, unit_id=unit["id"])     # the unit's month, seen by the office
        self.page = MonthlyPage(view, prompts, self, review_month=month)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        bar = QHBoxLayout()
        self.whyLabel = QLabel()
        self.whyLabel.setObjectName("whyLabel")
        self.whyLabel.setWordWrap(True)
        self.whyLabel.setStyleSheet("color: #475467;")
        bar.addWidget(self.whyLabel, 1)
        buttons = QDialogButtonBox()
        self.acceptButton = QPushButton(ACCEPT)
        self.returnButton = QPushButton(RETURN)
        self.receiptButton = QPushButton(RECEIPT)
        self.closeButton = QPushButton(CLOSE)
        for button, role in ((self.acceptButton, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.returnButton, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.receiptButton, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.closeButton, QDialogButtonBox.ButtonRole.RejectRole)):
            buttons.addButton(button, role)
        bar.addWidget(buttons)
        layout.addLayout(bar)
        self.acceptButton.clicked.connect(self.accept_month)
        self.returnButton.clicked.connect(self.return_month)
        self.receiptButton.clicked.connect(lambda: self.decisions.export_receipt(self.unit["name"]))
        self.closeButton.clicked.connect(self.reject)
        self.resize(1180, 680)
        fit_to_screen(self)               # 1366×768 office screens: the buttons stay on the screen
        self._update_buttons()

    def _update_buttons(self) -> None:
        why = self.decisions.refusals(self.unit["id"], self.month)
        self.acceptButton.setEnabled(not why["accept"])
        self.returnButton.setEnabled(not why["return"])
        self.receiptButton.setEnabled(bool(self.page.receipts) and not self.session.readonly)
        self.whyLabel.setText(why["accept"])

    def refresh(self) -> None:
        self.page.reload()
        self._update_buttons()

    def accept_month(self) -> bool:
        if not self.decisions.accept(self, self.unit, self.month):
            return False
        self.refresh()
        return True

    def return_month(self) -> bool:
        if not self.decisions.give_back(self, self.unit, self.month):
            return False
        self.refresh()
        return True


class ReceivedDialog(QDialog):
    """Every month received in packages (收到的报送): open one, accept or return it, export a receipt."""

    def __init__(self, session: Session, prompts: Any, decisions: OfficeDecisions,
                 open_month: Callable[[dict[str, Any], str, QWidget], Any], parent: QWidget | None = None) -> None:
        from desktop.ui.exchange_models import ReceivedModel

        super().__init__(parent)
        self.session, self.prompts, self.decisions, self.open_month = session, prompts, decisions, open_month
        self.setWindowTitle(RECEIVED_TITLE)
        self.model = ReceivedModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.hintLabel = QLabel(RECEIVED_HINT)
        self.hintLabel.setWordWrap(True)
        self.whyLabel = QLabel()
        self.whyLabel.setWordWrap(True)
        self.whyLabel.setStyleSheet("color: #475467;")
        self.openButton = QPushButton(OPEN_MONTH)
        self.acceptButton = QPushButton(ACCEPT)
        self.returnButton = QPushButton(RETURN)
        self.receiptButton = QPushButton(RECEIPT)
        close = QPushButton(CLOSE)
        buttons = QDialogButtonBox()
        for button in (self.openButton, self.acceptButton, self.returnButton, self.receiptButton):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hintLabel)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.whyLabel)
        layout.addWidget(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.view.doubleClicked.connect(lambda index: self.open_selected())
        self.openButton.clicked.connect(self.open_selected)
        self.acceptButton.clicked.connect(lambda: self._decide(True))
        self.returnButton.clicked.connect(lambda: self._decide(False))
        self.receiptButton.clicked.connect(self._receipt)
        close.clicked.connect(self.reject)
        self.resize(860, 460)
        fit_to_screen(self)
        self.reload()

    def reload(self) -> None:
        from desktop.store.receipts import conflict_cells, month_states

        current = self.selected()
        held = conflict_cells(self.session.ws)
        self.model.set_rows([{**r, "conflict": held.get((r["unit_id"], r["month"]))}
                             for r in month_states(self.session.ws)])
        self.whyLabel.setText("" if self.model.rows else NONE_RECEIVED)
        keep = next((i for i, r in enumerate(self.model.rows) if current and
                     (r["unit_id"], r["month"]) == (current["unit_id"], current["month"])), 0)
        if self.model.rows:
            self.view.selectRow(keep)
        self._selected(self.view.currentIndex())

    def selected(self) -> dict[str, Any] | None:
        index = self.view.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _unit(self, row: dict[str, Any]) -> dict[str, Any]:
        return {"id": row["unit_id"], "name": row["unit"]}

    def _selected(self, current: QModelIndex, previous: QModelIndex | None = None) -> None:
        row = current.data(RowRole) if current.isValid() else None
        why = self.decisions.refusals(row["unit_id"], row["month"]) if row else {"accept": "x", "return": "x"}
        self.openButton.setEnabled(row is not None)
        self.acceptButton.setEnabled(not why["accept"])
        self.returnButton.setEnabled(not why["return"])
        self.receiptButton.setEnabled(row is not None and not self.session.readonly)
        if row is not None:
            self.whyLabel.setText(why["accept"])

    def open_selected(self) -> Any:
        row = self.selected()
        if row is None:
            return None
        dialog = self.open_month(self._unit(row), row["month"], self)
        if dialog is not None:
            dialog.finished.connect(lambda code: self.reload())
        return dialog

    def _decide(self, accept: bool) -> bool:
        row = self.selected()
        if row is None:
            return False
        done = (self.decisions.accept if accept else self.decisions.give_back)(self, self._unit(row), row["month"])
        self.reload()
        return done

    def _receipt(self) -> None:
        row = self.selected()
        if row is not None:
            self.decisions.export_receipt(row["unit"])
