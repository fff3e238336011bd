"""The 月度填报 tab: this month's progress per task, target values, evidence files; the
month's articles in a part of their own (desktop.ui.monthly_articles).

Every edit is saved as a draft shortly after typing stops (and on switching task, month or
closing), so a crash loses at most the last few keystrokes. Submitting checks the month
in plain words first; a submitted month is locked until reopened with a reason.

The same page, given ``review_month``, shows one unit's received month to the office, read-only
(desktop.ui.month_review puts it in a window with the office's decisions).
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.core.deadlines import WorkCalendar, monthly_due, months_between
from desktop.core.model import level_numeral, numbered_title, shown_number
from desktop.core.progress import month_label, previous_month
from desktop.errors import UserError
from desktop.store import attachments as evidence, dashboard, entries, queries
from desktop.store.month_checks import check_month
from desktop.store.queries import STATUS_LABELS
from desktop.ui.autosave import AUTOSAVE_MS, save_draft
from desktop.ui.forms.ui_monthly_page import Ui_MonthlyPage
from desktop.ui.monthly_articles import ArticlesWidget
from desktop.ui.monthly_models import MyTasksModel, ValuesModel, unbroken_tag
from desktop.ui.session import Session
from desktop.ui.table_model import KeyRole

# the screen's words
TITLE = "月度填报"
VALUE_TITLE = "指标数值"
STATE_DRAFT = "草稿：边写边自动保存，检查无误后提交。"
DUE_BY = "按方案须于 {due} 前提交。"
DUE_PASSED = "<b style='color:#b42318'>已过报送截止日期（{due}）</b>，请尽快提交。"
# a month between a quarterly or half-yearly plan's reports: owed with its period's report (m62c)
DUE_WITH = "本月不单独报送，随{period}报送，须于 {due} 前提交。"
# a 配合 unit of a plan whose lead units alone report (m62c finding 2): it owes nothing, and may still write
NOT_OWED = ("草稿：边写边自动保存。本方案由各牵头单位报送，本单位无须单独报送；"
            "如有进展，仍可填写并提交，供牵头单位汇总参考。")
STATE_SUBMITTED = "已提交（{at}），本月已锁定。"
STATE_UNSENT = ("已提交（{at}），本月已锁定。<b style='color:#b54708'>未发送</b>："
                "请用“文件 → 导出本月报送包”导出，送交办公室。")
STATE_SENT = "已提交（{at}），本月已锁定。<b style='color:#067647'>已发送</b>（{sent} 导出报送包）。"
STATE_REVIEW = "<b>{unit}</b>　{month}　报送内容（只读）{at}"
REVIEW_AT = "，提交于 {at}"
REVIEW_RECEIPT = {"received": "报送包第{revision}版：已收到，尚未审核。",
                  "accepted": "报送包第{revision}版：已接受。",
                  "returned": "报送包第{revision}版：已退回。原因：{reason}"}
REVIEW_NO_RECEIPT = "这个月份不是从报送包收到的（本工作区里填写的内容）。"
REMOVE_ATTACHMENT = "删除材料“{name}”吗？（只从本项任务中去掉，不影响您电脑上的原文件）"
SAVED_AT = "草稿已保存 {time}"
NOT_SAVED = "<span style='color:#b42318'>尚未保存：已填写的内容仍在窗口中，稍后自动重试</span>"
NO_UNIT = "尚未选择本单位。"
# the greyed page says why and opens the settings page that ends it (ux64 finding 5)
WHY_UNIT = "填报前请先选择本单位和联络员：本页填写和提交的是该单位的月度进展。"
WHY_UNIT_OFFICE = ("办公室以方案中的一个单位的身份填报进展（如办公室所在的单位是某项任务的牵头单位）："
                   "选择该单位后，在这里填写并提交，直接计入汇总，无须导出报送包。")
CHOOSE_UNIT = "选择本单位(&U)…"
NO_TASKS = "本单位在这份方案中没有任务。"
SUBMIT_ASK = "提交前请核对：\n\n{items}\n\n仍要提交 {month} 吗？提交后本月锁定，修改需重新打开并写明原因。"
SUBMIT_OK = "{month} 已提交（{n} 项任务）。"
SUBMIT_CONFIRM = "提交 {month} 的进展和工作信息吗？提交后本月锁定，修改需重新打开并写明原因。"
REOPEN_LABEL = "重新打开 {month}，请写明原因（会记入历史）："
REOPEN_NEED_REASON = "没有写原因，本月保持锁定。"
ATTACH_TITLE = "添加佐证材料"
ATTACH_FILTER = "所有文件 (*)"
RECEIPT_RETURNED = ("<b>办公室退回了本月的报送（第{revision}版）。</b>原因：{reason}<br>"
                    "本月已重新打开，请按意见更正后重新提交，再导出报送包发给办公室。")
RECEIPT_RETURNED_RESENT = ("办公室退回了本月的第{revision}版（原因：{reason}）。"
                           "本单位已提交了更新的版本，请导出报送包发给办公室。")
RECEIPT_ACCEPTED = "办公室已接受本月的报送（第{revision}版）。"
RECEIPT_RECEIVED = "办公室已收到本月的报送（第{revision}版），尚未审核。"
RECEIPT_STYLES = {"returned": "background: #fee4e2; border: 1px solid #f04438; color: #7a271a;",
                  "accepted": "background: #d1fadf; border: 1px solid #12b76a; color: #054f31;",
                  "received": "background: #e0eaff; border: 1px solid #6172f3; color: #2d3282;"}
# the 指标累计值 grid shows every target up to this many rows, then scrolls; the text boxes get the rest
# (ux62 finding 10)
VALUE_ROWS_SHOWN = 6
MONTH_MARKS = {"accepted": "　已接受", "returned": "　已退回"}
PACKAGE_STYLE = ("QLabel#packageLabel { background: #fffaeb; border: 1px solid #fec84b; border-radius: 4px; "
                 "padding: 6px; color: #93370d; }")


class _TitleDelegate(QStyledItemDelegate):
    """Paints (and measures) a task's line with its status tag unbroken (``monthly_models.unbroken_tag``)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = unbroken_tag(option.text)


def _wrap_titles(view: QListView) -> None:
    """Each task's whole title and its 「[推进中]」 on lines as wide as the list, never one long line behind a
    horizontal scroll bar (ux64 finding 8: at 1366×768 the titles were cut and the status half hidden)."""
    view.setWordWrap(True)
    view.setUniformItemSizes(False)
    view.setResizeMode(QListView.ResizeMode.Adjust)          # re-wrapped when the splitter or window moves
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setSpacing(2)                                        # wrapped titles kept apart
    view.setItemDelegate(_TitleDelegate(view))


class MonthlyPage(QWidget):
    entries_changed = Signal()
    choose_unit_requested = Signal()          # 设置 → 身份与联络员, from the greyed page

    def __init__(self, session: Session, prompts: Any, parent: QWidget | None = None, *,
                 review_month: str | None = None) -> None:
        super().__init__(parent)
        self.session, self.prompts = session, prompts
        self.review_month = review_month          # the office looking at a unit's month: read-only
        self.ui = Ui_MonthlyPage()
        self.ui.setupUi(self)
        self.tasks = MyTasksModel(self)
        self.values = ValuesModel(self)
        self.ui.taskList.setModel(self.tasks)
        _wrap_titles(self.ui.taskList)
        self.ui.valuesView.setModel(self.values)
        header = self.ui.valuesView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ValuesModel.COL_TARGET, QHeaderView.ResizeMode.Stretch)
        self.ui.valuesView.verticalHeader().hide()
        for code, label in STATUS_LABELS.items():
            self.ui.statusCombo.addItem(label, code)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 2)
        self.articles = ArticlesWidget(session, prompts, self.ui.articlesTab, read_only=review_month is not None)
        self.ui.articlesTabLayout.addWidget(self.articles)
        self.articles.saved.connect(self._saved)
        self.articles.refused.connect(self._disk_refused)
        self.locked = False
        self.loaded_month = ""
        self.task_id: int | None = None
        self.dirty = False
        self.receipts: dict[str, dict[str, Any]] = {}
        self.opened: Path | None = None      # the evidence file last handed to the system's viewer
        self.save_failing = False        # the disk refused the last save: said once, retried quietly
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)

        self.ui.monthCombo.currentIndexChanged.connect(self._month_changed)
        self.ui.taskList.selectionModel().currentChanged.connect(self._task_changed)
        for edit in (self.ui.progressEdit, self.ui.problemsEdit, self.ui.nextStepsEdit):
            edit.textChanged.connect(self._edited)
        self.ui.statusCombo.currentIndexChanged.connect(self._edited)
        self.values.values_edited.connect(self._edited)
        # after the editor has closed: a message box inside the delegate's commit would fight it
        self.values.value_refused.connect(lambda text: self.prompts.warn(self, VALUE_TITLE, text),
                                          Qt.ConnectionType.QueuedConnection)
        self.ui.addAttachmentButton.clicked.connect(self.add_attachments)
        self.ui.openAttachmentButton.clicked.connect(self.open_attachment)
        self.ui.removeAttachmentButton.clicked.connect(self.remove_attachment)
        self.ui.attachmentsList.itemActivated.connect(lambda item: self.open_attachment())
        self.unit_banner, self.unit_why = unit_banner(self, self.choose_unit_requested.emit)
        self.ui.layout.insertWidget(1, self.unit_banner)
        self.ui.submitButton.clicked.connect(self.submit)
        self.ui.reopenButton.clicked.connect(self.reopen)
        if review_month is not None:
            for widget in (self.ui.submitButton, self.ui.reopenButton, self.ui.savedLabel,
                           self.ui.addAttachmentButton, self.ui.removeAttachmentButton):
                widget.hide()
            self.ui.monthCombo.setEnabled(False)
        self.reload()

    # -- months -------------------------------------------------------------------------
    @property
    def month(self) -> str:
        """The month on screen: what the editors show and save into (the combo may be ahead of it)."""
        return self.loaded_month or self.session.current_month()

    def reload(self) -> None:
        if not self.flush():             # what is typed cannot be saved: keep it on screen
            self.stale = True
            return
        self.stale = False
        s = self.session
        self._loading = True
        self.ui.monthCombo.clear()
        if s.plan_id is not None and self.review_month is not None:
            self.receipts = self._receipts()
            self.ui.monthCombo.addItem(month_label(self.review_month), self.review_month)
        elif s.plan_id is not None:
            months = dashboard.plan_span(s.ws, s.plan_id, s.today)
            now = s.current_month()
            months = [m for m in months if m <= now] or [now]
            if months[-1] < now:
                months = months_between(months[0], now)[-24:] if len(months) < 24 else months
            self.receipts = self._receipts()
            for month in reversed(months):
                mark = MONTH_MARKS.get(self.receipts.get(month, {}).get("state", ""), "")
                self.ui.monthCombo.addItem(month_label(month) + mark, month)
            last = s.ws.setting("last_month", "")
            index = self.ui.monthCombo.findData(last)
            self.ui.monthCombo.setCurrentIndex(index if index >= 0 else 0)
        self._loading = False
        self.load_month()

    def _month_changed(self, index: int) -> None:
        if self._loading:
            return
        if not self.flush():             # into the month being left; if that fails, stay there
            self._loading = True
            self.ui.monthCombo.setCurrentIndex(self.ui.monthCombo.findData(self.loaded_month))
            self._loading = False
            return
        self.load_month()
        if not self.session.readonly and self.review_month is None:
            self.session.ws.set_setting("last_month", self.month)

    def load_month(self) -> None:
        s = self.session
        self.loaded_month = self.ui.monthCombo.currentData() or s.current_month()
        self.task_id = None
        no_unit = s.plan_id is not None and s.unit_id is None and self.review_month is None
        self.unit_banner.setVisible(no_unit and not s.readonly)
        self.unit_why.setText(WHY_UNIT_OFFICE if s.is_office else WHY_UNIT)
        if s.plan_id is None or s.unit_id is None:
            self.tasks.set_rows([])
            self._set_editor_enabled(False)
            self.ui.taskTitleLabel.clear()
            self.ui.stateLabel.setText(NO_UNIT)
            self.ui.submitButton.setEnabled(False)
            self.ui.reopenButton.setEnabled(False)
            self.ui.receiptLabel.hide()
            self.ui.packageLabel.hide()
            self.articles.load(self.month, self.locked)
            return
        overview = dashboard.task_overview(s.ws, s.plan_id, s.today, s.scope())
        existing = {e["task_id"]: e for e in entries.entries(s.ws, unit_id=s.unit_id, month=self.month)}
        # (the number the dashboard, the review and the ledger show, its headings' numerals too — 二.一.1, not a
        # bare 1. that every group of the plan repeats; ux64 finding 7)
        rows = [{"id": t["id"], "number": shown_number(t["path"], t["number"]), "title": t["title"],
                 "entry": existing.get(t["id"])}
                for t in overview["tasks"] if t["id"] in overview["mine"]]
        self.tasks.set_rows(rows)
        self.locked = s.readonly or self.review_month is not None or entries.is_locked(s.ws, s.unit_id, self.month)
        submitted = [e["submitted_at"] for e in existing.values() if e.get("submitted_at")]
        self.ui.stateLabel.setText(self._state_text(max(submitted)[:16].replace("T", " ") if submitted else "",
                                                    bool(rows)))
        self.ui.submitButton.setEnabled(not self.locked and bool(rows))
        self.ui.reopenButton.setEnabled(self.locked and not s.readonly)
        self._show_receipt()
        self._show_package_notice()
        self.values.locked = self.locked
        if rows:
            self.ui.taskList.setCurrentIndex(self.tasks.index(0, 0))
        else:
            self._set_editor_enabled(False)
            self.ui.taskTitleLabel.clear()
        self.articles.load(self.month, self.locked)

    def _state_text(self, at: str, has_tasks: bool) -> str:
        s = self.session
        if self.review_month is not None:
            return STATE_REVIEW.format(unit=escape(s.unit_name()), month=self.ui.monthCombo.currentText(),
                                       at=REVIEW_AT.format(at=at) if at else "")
        if not (self.locked and at):
            return NO_TASKS if not has_tasks else self._draft_text()
        if s.unit_id is None or not entries.sends_packages(s.ws, s.plan_id):
            return STATE_SUBMITTED.format(at=at)
        sent = entries.month_sent(s.ws, s.unit_id, self.month)
        if sent is None:
            return STATE_UNSENT.format(at=at)
        return STATE_SENT.format(at=at, sent=sent["exported_at"][:16].replace("T", " "))

    def _draft_text(self) -> str:
        """A draft month: when its report is due, by the plan's rule (the dashboard's and the reports'); of a month
        between a periodic plan's reports, with its period's; nothing owed by a unit that reports through its lead."""
        s = self.session
        if s.unit_id is not None and not dashboard.owes_reports(s.ws, s.plan_id, s.unit_id):
            return NOT_OWED
        return STATE_DRAFT + self._due_text()

    def _due_text(self) -> str:
        s = self.session
        rule = dashboard.due_rule(s.ws, s.plan_id)
        due = monthly_due(self.month, WorkCalendar(), rule)
        label = f"{due.year}年{due.month}月{due.day}日"
        if due < s.today:
            return DUE_PASSED.format(due=label)
        if not rule.owes(self.month):
            return DUE_WITH.format(period=rule.period_label(self.month), due=label)
        return DUE_BY.format(due=label)

    def _show_package_notice(self) -> None:
        """Before the unit fills a month: no office plan package yet, or not in the office's roster."""
        from desktop.store.roster import pending_notice

        s = self.session
        notice = "" if self.review_month is not None else pending_notice(s.ws, s.plan_id, s.unit_id)
        self.ui.packageLabel.setText(notice)
        self.ui.packageLabel.setStyleSheet(PACKAGE_STYLE)
        self.ui.packageLabel.setVisible(bool(notice))

    # -- what the office said about the month (a receipt, 回执) ------------------------------------
    def _receipts(self) -> dict[str, dict[str, Any]]:
        s = self.session
        if s.plan_id is None or s.unit_id is None:
            return {}
        return {month: r for (unit, month), r in dashboard.receipt_states(s.ws, s.plan_id).items()
                if unit == s.unit_id}

    def _show_receipt(self) -> None:
        receipt = self.receipts.get(self.month) if self.session.unit_id is not None else None
        label = self.ui.receiptLabel
        if receipt is None and self.review_month is None:
            label.hide()
            return
        if receipt is None:
            label.setText(REVIEW_NO_RECEIPT)
            label.setStyleSheet("")
            label.show()
            return
        words = {"revision": receipt["revision"], "reason": escape(receipt["reason"] or "")}
        if self.review_month is not None:
            text = REVIEW_RECEIPT[receipt["state"]].format(**words)
        elif receipt["state"] == "returned":
            text = (RECEIPT_RETURNED_RESENT if self.locked else RECEIPT_RETURNED).format(**words)
        else:
            text = (RECEIPT_ACCEPTED if receipt["state"] == "accepted" else RECEIPT_RECEIVED).format(**words)
        label.setText(text)
        label.setStyleSheet(f"QLabel#receiptLabel {{ {RECEIPT_STYLES.get(receipt['state'], '')} "
                            "border-radius: 4px; padding: 6px; }")
        label.show()

    # -- one task's entry -------------------------------------------------------------------
    def _set_editor_enabled(self, on: bool) -> None:
        for widget in (self.ui.statusCombo, self.ui.addAttachmentButton, self.ui.removeAttachmentButton):
            widget.setEnabled(on)
        for edit in (self.ui.progressEdit, self.ui.problemsEdit, self.ui.nextStepsEdit):
            edit.setReadOnly(not on)

    def _task_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not self.flush() and previous.isValid():
            # the typed text could not be saved: stay on its task rather than lose it
            selection = self.ui.taskList.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(previous, selection.SelectionFlag.ClearAndSelect)
            selection.blockSignals(False)
            self.ui.taskList.viewport().update()
            return
        self.task_id = current.data(KeyRole) if current.isValid() else None
        self.load_task()

    def load_task(self) -> None:
        s = self.session
        if self.task_id is None or s.unit_id is None:
            return
        self._loading = True
        try:
            detail = queries.task_detail(s.ws, self.task_id)
            label = numbered_title(detail['number'], detail['title'], level_numeral(detail['level'], detail['number']))
            self.ui.taskTitleLabel.setText(f"<b>{escape(label)}</b>"
                                           f"<br>{escape(detail['text'])}")
            found = entries.entries(s.ws, unit_id=s.unit_id, month=self.month, task_id=self.task_id)
            entry = found[0] if found else None
            status = entry["status"] if entry else "in_progress"
            self.ui.statusCombo.setCurrentIndex(max(0, self.ui.statusCombo.findData(status)))
            self.ui.progressEdit.setPlainText(entry["progress"] if entry else "")
            self.ui.problemsEdit.setPlainText(entry["problems"] if entry else "")
            self.ui.nextStepsEdit.setPlainText(entry["next_steps"] if entry else "")
            previous = entries.latest_values(s.ws, s.unit_id, up_to=previous_month(self.month))
            current = entry["values"] if entry else {}
            self.values.set_rows([{**t, "previous": previous.get(t["id"], (None,))[0],
                                   "current": current.get(t["id"])} for t in detail["targets"]])
            fit_rows(self.ui.valuesView, VALUE_ROWS_SHOWN)
            self.ui.valuesView.setVisible(bool(detail["targets"]))
            self.ui.valuesLabel.setVisible(bool(detail["targets"]))
            self._set_editor_enabled(not self.locked)
            self._load_attachments(entry["id"] if entry else None)
        finally:
            self._loading = False

    def _edited(self, *args: Any) -> None:
        if self._loading or self.locked or self.task_id is None:
            return
        self.dirty = True
        self.timer.start()

    def flush(self) -> bool:
        """Save what is typed now (the task's draft entry, then the articles); called by the
        debounce timer and before anything that would replace what is on screen.

        False when it could not be saved: the text stays in the widgets (and stays dirty), a
        full or read-only disk is said once in plain words, and saving is retried later.
        """
        self.timer.stop()
        s = self.session
        if self.dirty and self.task_id is not None and s.unit_id is not None and not self.locked:
            if not save_draft(self, self._write_entry, TITLE, self._disk_refused):
                return False
            found = entries.entries(s.ws, unit_id=s.unit_id, month=self.month, task_id=self.task_id)
            self.tasks.set_entry(self.task_id, found[0] if found else None)
            self._saved()
            self.entries_changed.emit()
        return self.articles.save()

    def _write_entry(self) -> None:
        s = self.session
        assert self.task_id is not None and s.unit_id is not None
        entries.save_entry(s.ws, self.task_id, s.unit_id, self.month, status=self.ui.statusCombo.currentData(),
                           progress=self.ui.progressEdit.toPlainText(), problems=self.ui.problemsEdit.toPlainText(),
                           next_steps=self.ui.nextStepsEdit.toPlainText(), values=self.values.values())

    def _saved(self) -> None:
        self.save_failing = False
        self.ui.savedLabel.setText(SAVED_AT.format(time=_now()))

    def _disk_refused(self, message: str) -> None:
        """A full or read-only disk (the entry's save or the articles'): said once, then quietly."""
        self.ui.savedLabel.setText(NOT_SAVED)
        if not self.save_failing:
            self.save_failing = True
            self.prompts.warn(self, TITLE, message)

    # -- attachments -------------------------------------------------------------------------
    def _current_entry_id(self) -> int | None:
        s = self.session
        found = entries.entries(s.ws, unit_id=s.unit_id, month=self.month, task_id=self.task_id)
        return found[0]["id"] if found else None

    def _load_attachments(self, entry_id: int | None) -> None:
        self.ui.attachmentsList.clear()
        for row in evidence.attachments(self.session.ws, entry_id) if entry_id else []:
            item = QListWidgetItem(f"{row['file_name']}（{max(1, row['size'] // 1024)} KB）")
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.ui.attachmentsList.addItem(item)

    def add_attachments(self) -> None:
        if self.task_id is None or self.locked:
            return
        files = self.prompts.open_files(self, ATTACH_TITLE, ATTACH_FILTER)
        if not files:
            return
        self.dirty = True            # an entry must exist to hang the files on
        if not self.flush():
            return
        entry_id = self._current_entry_id()
        for path in files:
            try:
                evidence.add_attachment(self.session.ws, entry_id, path)
            except UserError as exc:
                self.prompts.warn(self, ATTACH_TITLE, exc.message)
        self._load_attachments(entry_id)

    def remove_attachment(self) -> bool:
        """Take the chosen file off the entry — before submitting only (the store refuses after)."""
        item = self.ui.attachmentsList.currentItem()
        if item is None or self.task_id is None:
            return False
        row = item.data(Qt.ItemDataRole.UserRole)
        if not self.locked and not self.prompts.ask(self, ATTACH_TITLE,
                                                    REMOVE_ATTACHMENT.format(name=row["file_name"])):
            return False
        try:
            evidence.remove_attachment(self.session.ws, row["id"])
        except UserError as exc:
            self.prompts.warn(self, ATTACH_TITLE, exc.message)
            return False
        self._load_attachments(row["entry_id"])
        return True

    def open_attachment(self) -> None:
        item = self.ui.attachmentsList.currentItem()
        if item is None:
            return
        try:
            path = evidence.openable_path(self.session.ws, item.data(Qt.ItemDataRole.UserRole))
        except UserError as exc:
            self.prompts.warn(self, ATTACH_TITLE, exc.message)
            return
        self.opened = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # -- submit and reopen --------------------------------------------------------------------------
    def submit(self) -> bool:
        s = self.session
        if not self.flush() or s.unit_id is None or s.plan_id is None or self.locked:
            return False
        problems, blocking = check_month(s.ws, s.plan_id, s.unit_id, self.month, [r["id"] for r in self.tasks.rows])
        label = self.ui.monthCombo.currentText()
        if blocking:
            self.prompts.warn(self, TITLE, "\n".join(blocking))
            return False
        question = (SUBMIT_ASK.format(items="\n".join(f"• {p}" for p in problems), month=label)
                    if problems else SUBMIT_CONFIRM.format(month=label))
        if not self.prompts.ask(self, TITLE, question):
            return False
        try:
            count = entries.submit_month(s.ws, s.unit_id, self.month)
        except UserError as exc:
            self.prompts.warn(self, TITLE, exc.message)
            return False
        self.load_month()
        self.entries_changed.emit()
        self.prompts.info(self, TITLE, SUBMIT_OK.format(month=label, n=count))
        return True

    def reopen(self) -> bool:
        s = self.session
        if s.unit_id is None or not self.locked or s.readonly:
            return False
        label = self.ui.monthCombo.currentText()
        reason = self.prompts.text(self, TITLE, REOPEN_LABEL.format(month=label))
        if reason is None:
            return False
        if not reason.strip():
            self.prompts.warn(self, TITLE, REOPEN_NEED_REASON)
            return False
        try:
            entries.reopen_month(s.ws, s.unit_id, self.month, reason)
        except UserError as exc:
            self.prompts.warn(self, TITLE, exc.message)
            return False
        self.load_month()
        self.entries_changed.emit()
        return True

    # -- window state -------------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("monthly/splitter", self.ui.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("monthly/splitter")
        if state is not None:
            self.ui.splitter.restoreState(state)


def fit_rows(view: QTableView, most: int) -> int:
    """Make ``view`` exactly as tall as its header and first ``most`` rows (all of them when fewer), so a
    task's targets are seen without scrolling up to that many; returns the height set."""
    rows = min(view.model().rowCount(), most) if view.model() is not None else 0
    header = view.horizontalHeader()
    height = (2 * view.frameWidth() + (header.sizeHint().height() if not header.isHidden() else 0)
              + sum(view.rowHeight(row) for row in range(rows)))
    view.setFixedHeight(height)
    return height


def _now() -> str:
    from datetime import datetime

    return datetime.now().strftime("%H:%M:%S")


def unit_banner(parent: QWidget, on_click: Any) -> tuple[QWidget, QLabel]:
    """One line over the greyed page: why it is greyed, and the button that opens 身份与联络员."""
    banner = QWidget(parent)
    banner.setObjectName("unitBanner")
    banner.setStyleSheet("QWidget#unitBanner { background: #eff8ff; border: 1px solid #84caff; border-radius: 4px; }")
    row = QHBoxLayout(banner)
    row.setContentsMargins(8, 4, 8, 4)
    why = QLabel(banner)
    why.setWordWrap(True)
    button = QPushButton(CHOOSE_UNIT, banner)
    button.setObjectName("chooseUnitButton")
    button.clicked.connect(on_click)
    row.addWidget(why, 1)
    row.addWidget(button)
    return banner, why
