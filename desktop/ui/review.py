"""Review a parsed plan before it is saved: an editable task table, the source beside each row.

The dialog works on a copy of the ParsedPlan; ``plan()`` hands back the corrected one.
"""

from __future__ import annotations

import copy
import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QListWidgetItem, QWidget

from desktop.core.model import ParsedPlan, Task
from desktop.ui import review_logic as logic
from desktop.ui.forms.ui_review_dialog import Ui_ReviewDialog

# the screen's words
HEADERS = ("编号", "任务名称", "牵头单位", "责任单位", "量化指标", "完成时限")
SUMMARY = "<b>{title}</b>　{doc}　{issuer}　{date}<br>识别出 {tasks} 项任务、{units} 个单位、{targets} 项指标；{warned} 行需要确认（标黄）。"
NO_WARNINGS = "解析没有提出问题。"
GROUP = "单位组，{n} 个成员"
ALIASES = "又称：{names}"
BAD_TARGET = "指标“{text}”里没有数字，未修改。请写成“不少于500张”这样的形式。"
SELECT_TWO = "请在单位列表中选中两个或更多写法不同的同一单位（先点选要保留的正式名称）。"
NOT_GROUP = "所选单位没有成员名单，无法展开。"
EXPANDED = "已在 {n} 项任务中展开“{name}”。"
SELECT_TASK_AND_UNIT = "请先在左侧选中一项任务，再在单位列表中选中单位。"
PROBLEMS = "需要确认：{items}"
SAVE_TITLE = "核对工作方案"
SELECT_GROUP = "请先在单位列表中选中一个单位组（如“领导小组各成员单位”）。"
MEMBERS_LABEL = "“{name}”包括哪些单位？用“、”分隔："

COL_NUMBER, COL_TITLE, COL_LEAD, COL_RESPONSIBLE, COL_TARGETS, COL_DEADLINE = range(6)
TaskRole = Qt.ItemDataRole.UserRole + 1        # the Task object of the row
ProblemsRole = Qt.ItemDataRole.UserRole + 2    # list of plain-words problems
WARN_BRUSH = QBrush(QColor("#fff4c2"))

Index = QModelIndex | QPersistentModelIndex


class ReviewModel(QAbstractTableModel):
    """Editable rows over ``plan.tasks``; edits write straight into the Task objects."""

    def __init__(self, plan: ParsedPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.problems: list[list[str]] = []
        self.refresh_problems()
        self.last_error = ""

    def refresh_problems(self) -> None:
        self.problems = [logic.task_problems(self.plan, t) for t in self.plan.tasks]

    def reset(self) -> None:
        self.beginResetModel()
        self.refresh_problems()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.plan.tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(HEADERS):
            return HEADERS[section]
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def _text(self, task: Task, column: int) -> str:
        if column == COL_NUMBER:
            return ".".join([*task.path, task.number])
        if column == COL_TITLE:
            return task.title
        if column == COL_LEAD:
            return logic.join_units(task.lead_units)
        if column == COL_RESPONSIBLE:
            return logic.join_units(task.responsible_units)
        if column == COL_TARGETS:
            return "；".join(t.text for t in task.targets)
        if column == COL_DEADLINE:
            return task.deadline or ""
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.plan.tasks)):
            return None
        task = self.plan.tasks[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(task, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and self.problems[index.row()]:
            return WARN_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self.problems[index.row()]
            return PROBLEMS.format(items="；".join(problems)) if problems else self._text(task, index.column()) or None
        if role == TaskRole:
            return task
        if role == ProblemsRole:
            return list(self.problems[index.row()])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        task = self.plan.tasks[index.row()]
        text = str(value).strip()
        column = index.column()
        self.last_error = ""
        if column == COL_NUMBER:
            parts = [p for p in text.split(".") if p]
            if not parts:
                return False
            task.path, task.number = parts[:-1], parts[-1]
        elif column == COL_TITLE:
            task.title = text
        elif column == COL_LEAD:
            task.lead_units = logic.split_units(text)
            task.responsible_units = [n for n in task.responsible_units if n not in task.lead_units]
        elif column == COL_RESPONSIBLE:
            task.responsible_units = [n for n in logic.split_units(text) if n not in task.lead_units]
        elif column == COL_TARGETS:
            targets = logic.parse_targets(text, task.targets)
            if targets is None:
                self.last_error = BAD_TARGET.format(text=text)
                return False
            task.targets = targets
        elif column == COL_DEADLINE:
            task.deadline = text or None
        if column in (COL_LEAD, COL_RESPONSIBLE):
            logic.add_missing_units(self.plan)
        self.refresh_row(index.row())
        return True

    def refresh_row(self, row: int) -> None:
        self.problems[row] = logic.task_problems(self.plan, self.plan.tasks[row])
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def warned_rows(self) -> list[int]:
        return [row for row, problems in enumerate(self.problems) if problems]


class ReviewDialog(QDialog):
    def __init__(self, plan: ParsedPlan, prompts: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewDialog()
        self.ui.setupUi(self)
        self.prompts = prompts
        self.working = copy.deepcopy(plan)
        logic.add_missing_units(self.working)
        self.model = ReviewModel(self.working, self)
        view = self.ui.tasksView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((COL_NUMBER, 70), (COL_TITLE, 170), (COL_LEAD, 190), (COL_RESPONSIBLE, 260),
                              (COL_TARGETS, 180), (COL_DEADLINE, 90)):
            header.resizeSection(column, width)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.buttonBox.accepted.connect(self.accept)
        view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.dataChanged.connect(self._after_edit)
        self.ui.mergeButton.clicked.connect(self.merge_selected)
        self.ui.expandButton.clicked.connect(self.expand_selected)
        self.ui.makeLeadButton.clicked.connect(lambda: self.set_selected_role(True))
        self.ui.makeResponsibleButton.clicked.connect(lambda: self.set_selected_role(False))
        self.ui.membersButton.clicked.connect(self.edit_members)
        self._fill_units()
        self._fill_summary()
        if self.working.tasks:
            first = self.model.warned_rows()[:1] or [0]
            view.setCurrentIndex(self.model.index(first[0], COL_TITLE))

    def plan(self) -> ParsedPlan:
        return self.working

    # -- the side panel --------------------------------------------------------------------
    def _fill_summary(self) -> None:
        p = self.working
        self.ui.summaryLabel.setText(SUMMARY.format(
            title=html.escape(p.title), doc=html.escape(p.doc_number), issuer=html.escape(p.issuer),
            date=p.date or "", tasks=len(p.tasks), units=len(p.units),
            targets=sum(len(t.targets) for t in p.tasks) + len(p.plan_targets),
            warned=len(self.model.warned_rows())))
        self.ui.warningsList.clear()
        for warning in p.warnings or [NO_WARNINGS]:
            self.ui.warningsList.addItem(warning)

    def _fill_units(self) -> None:
        selected = set(self.selected_units())
        self.ui.unitsList.clear()
        for unit in self.working.units:
            notes = []
            if unit.is_group or unit.members:
                notes.append(GROUP.format(n=len(unit.members)))
            if unit.aliases:
                notes.append(ALIASES.format(names="、".join(unit.aliases)))
            label = unit.name + (f"（{'；'.join(notes)}）" if notes else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, unit.name)
            self.ui.unitsList.addItem(item)
            item.setSelected(unit.name in selected)

    def selected_units(self) -> list[str]:
        items = self.ui.unitsList.selectedItems()
        current = self.ui.unitsList.currentItem()
        names = [i.data(Qt.ItemDataRole.UserRole) for i in items]
        if current is not None and current.isSelected():     # the one clicked first is kept
            first = current.data(Qt.ItemDataRole.UserRole)
            names = [first, *[n for n in names if n != first]]
        return names

    def current_task(self) -> Task | None:
        index = self.ui.tasksView.currentIndex()
        return index.data(TaskRole) if index.isValid() else None

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        task = current.data(TaskRole) if current.isValid() else None
        if task is None:
            self.ui.sourceBrowser.clear()
            return
        problems = current.data(ProblemsRole) or []
        parts = [f"<p><b>{html.escape(task.title)}</b></p><p>{html.escape(task.text)}</p>"]
        if task.source:
            parts.append(f"<p style='background:#eef4ff'>{html.escape(task.source)}</p>")
        if problems:
            parts.append("<p style='color:#b54708'>" + "<br>".join(html.escape(p) for p in problems) + "</p>")
        self.ui.sourceBrowser.setHtml("".join(parts))

    def _after_edit(self, *args: Any) -> None:
        if self.model.last_error:
            self.prompts.warn(self, SAVE_TITLE, self.model.last_error)
        self._fill_units()
        self._fill_summary()
        self._row_changed(self.ui.tasksView.currentIndex(), QModelIndex())

    # -- unit corrections ------------------------------------------------------------------
    def merge_selected(self) -> None:
        names = self.selected_units()
        if len(names) < 2:
            self.prompts.warn(self, SAVE_TITLE, SELECT_TWO)
            return
        logic.merge_units(self.working, names[0], names[1:])
        self._changed_everywhere()

    def expand_selected(self) -> None:
        names = self.selected_units()
        unit = next((u for u in self.working.units if names and u.name == names[0]), None)
        if unit is None or not unit.members:
            self.prompts.warn(self, SAVE_TITLE, NOT_GROUP)
            return
        changed = logic.expand_group(self.working, unit.name)
        self._changed_everywhere()
        self.prompts.info(self, SAVE_TITLE, EXPANDED.format(n=changed, name=unit.name))

    def edit_members(self) -> None:
        names = self.selected_units()
        unit = next((u for u in self.working.units if names and u.name == names[0]), None)
        if unit is None:
            self.prompts.warn(self, SAVE_TITLE, SELECT_GROUP)
            return
        answer = self.prompts.text(self, SAVE_TITLE, MEMBERS_LABEL.format(name=unit.name),
                                   logic.join_units(unit.members))
        if answer is None:
            return
        logic.set_members(self.working, unit.name, logic.split_units(answer))
        self._changed_everywhere()

    def set_selected_role(self, lead: bool) -> None:
        task, names = self.current_task(), self.selected_units()
        if task is None or not names:
            self.prompts.warn(self, SAVE_TITLE, SELECT_TASK_AND_UNIT)
            return
        logic.set_role(task, names, lead)
        self.model.refresh_row(self.ui.tasksView.currentIndex().row())

    def _changed_everywhere(self) -> None:
        current = self.ui.tasksView.currentIndex()
        self.model.reset()
        self._fill_units()
        self._fill_summary()
        if current.isValid():
            self.ui.tasksView.setCurrentIndex(self.model.index(current.row(), current.column()))
