"""The 任务 tab: the plan's tasks as a tree by heading, filters, and one task's page, where a
saved task can still be corrected (修改任务…, ``desktop.ui.task_edit``)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from desktop.core.model import level_numeral, numbered_title
from desktop.core.review_edits import FIELD_LABELS, FIELDS, NUMBER
from desktop.store import dashboard, entries, plans, queries
from desktop.store.queries import STATUS_LABELS
from desktop.ui.detail_models import HistoryModel, TargetsModel
from desktop.ui.forms.ui_tasks_page import Ui_TasksPage
from desktop.ui.session import Session
from desktop.ui.task_edit import history_line
from desktop.ui.task_tree import (
    COL_DEADLINE,
    COL_STATUS,
    COL_TITLE,
    COL_UNITS,
    TaskIdRole,
    TaskTreeModel,
    build_tree,
    withdrawn_label,
)

# the screen's words
ALL_STATUSES = "全部状态"
COUNT = "共 {shown} 项任务"
COUNT_OF = "显示 {shown} / {total} 项任务"
NO_TASK = "选择左侧的任务查看详情。"
NO_PLAN = "尚未导入工作方案。请用“文件 → 导入工作方案”导入。"
LEAD, RESPONSIBLE = "牵头单位", "责任单位"
LEADERS = "责任领导"             # the people a task table names for the task (ux59 finding 4)
DEADLINE = "完成时限"
SOURCE = "原文"
TARGETS = "指标与进度"
NO_TARGETS = "本任务没有量化指标"
SHORT_NAME = "简称"
CORRECTED = "您改过的内容（导入修订稿时保留）"
WITHDRAWN_COUNT = "（另有 {n} 项已撤销，灰色显示）"
WITHDRAWN_NOTE = ("已撤销：{date} 导入的修订稿中没有这项任务。它已填报的进展保留在下方，只能查看，"
                  "不再填报，也不计入统计和报告。")
EDIT_HISTORY = "修改记录"


OWN_PART = "本单位承担部分的状态"
OWN_PART_NOTE = "（按本单位报送的进展；牵头单位汇总为：{lead}）"
TARGET_ROWS = 4          # the indicator rows the task's box shows without scrolling


class TasksPage(QWidget):
    task_selected = Signal(int)
    task_edited = Signal(int)

    def __init__(self, session: Session, prompts: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prompts = prompts
        self.edit_dialog: Any = None
        self.ui = Ui_TasksPage()
        self.ui.setupUi(self)
        self.model = TaskTreeModel(self)
        self.targets = TargetsModel(self)
        self.history = HistoryModel(self)
        self.ui.taskTree.setModel(self.model)
        self.ui.targetsView.setModel(self.targets)
        self.ui.historyView.setModel(self.history)
        for view, stretch in ((self.ui.targetsView, TargetsModel.COL_TARGET),
                              (self.ui.historyView, HistoryModel.COL_PROGRESS)):
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            view.verticalHeader().hide()
        history = self.ui.historyView.horizontalHeader()
        history.setSectionResizeMode(HistoryModel.COL_PROBLEMS, QHeaderView.ResizeMode.Interactive)
        history.resizeSection(HistoryModel.COL_PROBLEMS, 140)
        header = self.ui.taskTree.header()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_UNITS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DEADLINE, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.resizeSection(COL_UNITS, 300)
        self.ui.statusCombo.addItem(ALL_STATUSES, "")
        for code, label in STATUS_LABELS.items():
            self.ui.statusCombo.addItem(label, code)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.overview: dict[str, Any] = {"tasks": [], "mine": set()}
        self.stale = False               # entries changed elsewhere: reload when shown again
        self.ui.searchEdit.textChanged.connect(self.apply_filter)
        self.ui.mineCheck.toggled.connect(self.apply_filter)
        self.ui.lateCheck.toggled.connect(self.apply_filter)
        self.ui.statusCombo.currentIndexChanged.connect(self.apply_filter)
        self.ui.taskTree.selectionModel().currentChanged.connect(self._current_changed)
        self.ui.editButton.clicked.connect(self.edit_task)
        self.ui.editButton.setEnabled(False)
        self.reload()

    # -- loading ----------------------------------------------------------------
    def reload(self) -> None:
        self.stale = False
        s = self.session
        current = self.current_task_id()
        self.ui.mineCheck.setEnabled(s.unit_id is not None)
        if s.unit_id is None:
            self.ui.mineCheck.setChecked(False)
        if s.plan_id is None:
            self.overview = {"tasks": [], "mine": set(), "headings": [], "withdrawn": []}
            self.model.set_tree(*build_tree([], []))
            self._show_message(NO_PLAN)
            self.ui.countLabel.clear()
            return
        # a district's own tab: a task it carries under its group at its own part's status, as on its dashboard
        self.overview = dashboard.task_overview(s.ws, s.plan_id, s.today, s.scope() or None,
                                                own_part=not s.is_office)
        self.model.set_tree(*build_tree(self.overview["headings"], self.overview["tasks"],
                                        self.overview["withdrawn"]))
        self.ui.taskTree.expandAll()
        self.apply_filter()
        if current is None or not self.select_task(current):
            self._show_message(NO_TASK)

    def set_mine(self, on: bool) -> None:
        self.ui.mineCheck.setChecked(on and self.ui.mineCheck.isEnabled())

    # -- filtering ---------------------------------------------------------------
    def filtered_ids(self) -> set[int] | None:
        """The task ids the filter row lets through; None when nothing filters."""
        tasks = self.overview["tasks"]
        keep: set[int] | None = None
        if self.ui.mineCheck.isChecked():
            keep = set(self.overview["mine"])
        status = self.ui.statusCombo.currentData()
        if status:
            chosen = {t["id"] for t in tasks if t["status"] == status}
            keep = chosen if keep is None else keep & chosen
        if self.ui.lateCheck.isChecked():
            late = {t["id"] for t in tasks if t["late"]}
            keep = late if keep is None else keep & late
        text = self.ui.searchEdit.text().strip()
        if text and self.session.plan_id is not None:
            found = queries.task_ids_matching(self.session.ws, self.session.plan_id, text)
            keep = found if keep is None else keep & found
        return keep

    def apply_filter(self) -> None:
        current = self.current_task_id()
        keep = self.filtered_ids()
        if self.model.set_visible(keep):
            self.ui.taskTree.expandAll()
        total = len(self.overview["tasks"])
        shown = self.model.visible_count
        withdrawn = len(self.overview.get("withdrawn", []))
        self.ui.countLabel.setText((COUNT.format(shown=shown) if keep is None
                                    else COUNT_OF.format(shown=shown, total=total))
                                   + (WITHDRAWN_COUNT.format(n=withdrawn) if withdrawn else ""))
        if current is not None:
            index = self.model.index_of_task(current)
            if index.isValid():
                self.ui.taskTree.setCurrentIndex(index)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    # -- the task page -------------------------------------------------------------
    def current_task_id(self) -> int | None:
        index = self.ui.taskTree.currentIndex()
        return index.data(TaskIdRole) if index.isValid() else None

    def select_task(self, task_id: int) -> bool:
        index = self.model.index_of_task(task_id)
        if index.isValid():
            self.ui.taskTree.setCurrentIndex(index)
        return index.isValid()

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        task_id = current.data(TaskIdRole) if current.isValid() else None
        if task_id is None:
            self._show_message(NO_TASK)
            return
        self.show_task(task_id)
        self.task_selected.emit(task_id)

    def _show_message(self, text: str) -> None:
        self.ui.editButton.setEnabled(False)
        self.ui.titleLabel.setText(text)
        self.ui.textBrowser.clear()
        self.targets.set_rows([])
        self.history.set_rows([])

    def show_task(self, task_id: int) -> None:
        s = self.session
        detail = queries.task_detail(s.ws, task_id)
        withdrawn_at = detail.get("withdrawn_at")
        label = (withdrawn_label(detail['number'], detail['title']) if withdrawn_at is not None
                 else numbered_title(detail['number'], detail['title'],
                                     level_numeral(detail['level'], detail['number'])))
        self.ui.titleLabel.setText(f"<b>{html.escape(label)}</b>")
        self.ui.editButton.setEnabled(self.prompts is not None and not getattr(s, "readonly", False)
                                      and withdrawn_at is None)
        lead = [u["name"] for u in detail["units"] if u["role"] == "lead"]
        responsible = [u["name"] for u in detail["units"] if u["role"] == "responsible"]
        parts = [f"<p>{html.escape(detail['text'])}</p>"]
        if detail.get("short_name"):
            parts.insert(0, f"<p><b>{SHORT_NAME}：</b>{html.escape(detail['short_name'])}</p>")
        if lead:
            parts.append(f"<p><b>{LEAD}：</b>{html.escape('、'.join(lead))}</p>")
        if responsible:
            parts.append(f"<p><b>{RESPONSIBLE}：</b>{html.escape('、'.join(responsible))}</p>")
        if detail.get("leaders"):
            parts.append(f"<p><b>{LEADERS}：</b>{html.escape('、'.join(detail['leaders']))}</p>")
        row = next((t for t in self.overview["tasks"] if t["id"] == task_id and t.get("carried")), None)
        if row is not None:         # a task the district carries under its group: its own part first (m68a)
            own, lead = (STATUS_LABELS.get(row[k], row[k]) for k in ("status", "lead_status"))
            parts.append(f"<p><b>{OWN_PART}：</b>{own}"
                         f"<span style='color:#667085'>{OWN_PART_NOTE.format(lead=lead)}</span></p>")
        if detail.get("deadline"):
            parts.append(f"<p><b>{DEADLINE}：</b>{html.escape(detail['deadline'])}</p>")
        if detail.get("source") and detail["source"] not in detail["text"]:
            parts.append(f"<p style='color:#667085'>{SOURCE}：{html.escape(detail['source'])}</p>")
        corrected = plans.corrected_fields(s.ws, task_id)
        if corrected:
            names = "、".join(FIELD_LABELS[f] for f in (NUMBER, *FIELDS) if f in corrected)
            parts.append(f"<p style='color:#b54708'>{CORRECTED}：{html.escape(names)}</p>")
        if withdrawn_at is not None:         # no 修改任务… for it: its changes are read here
            lines = [history_line(r) for r in plans.task_history(s.ws, task_id)]
            if lines:
                parts.append(f"<p><b>{EDIT_HISTORY}：</b><br>" + "<br>".join(map(html.escape, lines)) + "</p>")
            parts.insert(0, f"<p style='color:#b42318'>{WITHDRAWN_NOTE.format(date=withdrawn_at[:10])}</p>")
        self.ui.textBrowser.setHtml("".join(parts))
        values_of = s.unit_id if not s.is_office else None
        rows = [r for r in dashboard.target_progress(s.ws, s.plan_id, values_of=values_of)
                if r["task_id"] == task_id] if s.plan_id is not None else []
        self.targets.set_rows(rows)
        self._fit_targets(len(rows))
        self.ui.targetsView.setVisible(bool(rows))
        self.ui.targetsLabel.setText(TARGETS if rows else NO_TARGETS)
        history = entries.entries(s.ws, task_id=task_id)
        if values_of is not None and not s.is_office:
            history = [h for h in history if h["unit_id"] == values_of] or history
        versions = dashboard.revision_notes(s.ws, [h["id"] for h in history])
        for row in history:
            row["versions"] = versions.get(row["id"], [])
        self.history.set_rows(list(reversed(history)))

    def _fit_targets(self, rows: int) -> None:
        """The indicator box shows up to ``TARGET_ROWS`` rows whole (ux56: 2 of a task's 4 at 1366×768), taking the
        height from the history below it; more rows scroll."""
        view = self.ui.targetsView
        shown = min(rows, TARGET_ROWS)
        height = sum(view.verticalHeader().sectionSize(r) for r in range(shown))
        view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + height + 2 * view.frameWidth()
                              if shown else 0)

    def edit_task(self) -> Any:
        """修改任务…: correct the current task; the change is kept in its history."""
        from desktop.ui.task_edit import TaskEditDialog

        task_id = self.current_task_id()
        if task_id is None or self.prompts is None:
            return None
        dialog = TaskEditDialog(self.session.ws, task_id, self.prompts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda code: self._edited(task_id, code, dialog.changed_lines))
        self.edit_dialog = dialog
        dialog.open()
        return dialog

    def _edited(self, task_id: int, code: int, lines: list[str]) -> None:
        self.edit_dialog = None
        if code == QDialog.DialogCode.Accepted and lines:
            self.reload()
            self.select_task(task_id)
            self.task_edited.emit(task_id)

    # -- window state ------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("tasks/splitter", self.ui.splitter.saveState())
        if self.ui.mineCheck.isEnabled():
            settings.setValue(self._mine_key(), self.ui.mineCheck.isChecked())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("tasks/splitter")
        if state is not None:
            self.ui.splitter.restoreState(state)
        # a liaison mostly wants the unit's own tasks, the office all of them
        default = "false" if self.session.is_office else "true"
        self.set_mine(str(settings.value(self._mine_key(), default)).lower() == "true")

    def _mine_key(self) -> str:
        return f"tasks/mine_{self.session.role or 'none'}"
