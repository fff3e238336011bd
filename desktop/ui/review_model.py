"""The review dialog's task table: ``ReviewModel``, editable rows over a parsed plan's tasks.

Each cell edit is checked by ``desktop.core.review_edits`` first; one that cannot be taken keeps
the typed text in the cell (``pending``), marked, with the reason. The dialog around it
(``desktop.ui.review``) makes the edits undoable and shows the source beside each row.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop.core import review_edits as logic
from desktop.core.model import ParsedPlan, Task
from desktop.ui.brushes import solid

# the screen's words
# (责任领导: a task table's people, m60a; last in the model, shown after 责任单位, and only for a plan that has any)
HEADERS = ("编号", "任务名称", "简称", "牵头单位", "责任单位", "量化指标", "完成时限", "责任领导")
PROBLEMS = "需要确认：{items}"
UNDO_EDIT = "修改{column}"
# a row marked 「不是任务」 (ux58: a 保障措施 heading read as a task): struck out, grey, not saved
NOT_TASK_NOTE = "已标为“不是任务”：保存时不存入，其量化指标一并去掉。选中这一行按“恢复为任务”可撤回。"
UNDO_NOT_TASK = "标为“不是任务”"
UNDO_IS_TASK = "恢复为任务"
NOT_TASK_BRUSH = "#98a2b3"

(COL_NUMBER, COL_TITLE, COL_SHORT, COL_LEAD, COL_RESPONSIBLE, COL_TARGETS,
 COL_DEADLINE, COL_LEADERS) = range(len(HEADERS))
TaskRole = Qt.ItemDataRole.UserRole + 1        # the Task object of the row
ProblemsRole = Qt.ItemDataRole.UserRole + 2    # list of plain-words problems
WARN_BRUSH = solid("#fff4c2")


@functools.cache
def warn_icon() -> QIcon:
    """The mark by a flagged row's number: the yellow tint is hidden under the selection
    colour, the mark is not, so the clerk sees the row is doubtful while standing on it."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

Index = QModelIndex | QPersistentModelIndex


class ReviewModel(QAbstractTableModel):
    """Editable rows over ``plan.tasks``; edits write straight into the Task objects.

    An edit that cannot be taken (a target without a number, a date that is not a date) keeps
    the typed text in the cell, marked, with the reason (``refused``); nothing is dropped.
    ``edited(before, words)`` follows every change, with a copy of the plan from before it.
    """

    edited = Signal(object, str)
    refused = Signal(int, int, str)

    def __init__(self, plan: ParsedPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.problems: list[list[str]] = []
        # rows checked as they are: row → its problems then (``as_checked``). By row, not number: the
        # review renumbers rows but never adds, drops or moves one, so a check stays on its task
        self.checked: dict[int, tuple[str, ...]] = {}
        self.keys: list[str] = []
        self.pending: dict[tuple[int, int], tuple[str, str]] = {}     # (row, column) → (text, why)
        self.opened = copy.deepcopy(plan)    # the units tasks named at opening: one corrected away leaves the list
        self.refresh_problems()
        self.origin = list(self.keys)       # the keys at opening: a revision's changes and conflicts name these
        self.last_error = ""
        self.notes: dict[tuple[int, int], str] = {}      # (row, column) → how a typed value was read

    def year(self) -> int | None:
        """The year a typed date without its year falls in: the parser's for this plan (``plan_year``)."""
        return logic.plan_year(self.plan)

    def refresh_problems(self) -> None:
        self.keys = logic.task_keys(self.plan.tasks)      # unique, where the plan repeats a number
        every = logic.plan_problems(self.plan)
        self.problems = [[NOT_TASK_NOTE] if self.plan.tasks[row].not_task else self._pending_problems(row) + every[row]
                         for row in range(len(self.plan.tasks))]

    def _pending_problems(self, row: int) -> list[str]:
        return [why for (r, _c), (_t, why) in sorted(self.pending.items()) if r == row]

    def _problems(self, row: int) -> list[str]:
        if self.plan.tasks[row].not_task:
            return [NOT_TASK_NOTE]
        return self._pending_problems(row) + logic.task_problems(self.plan, self.plan.tasks[row])

    def reset(self) -> None:
        self.beginResetModel()
        self.pending = {k: v for k, v in self.pending.items() if k[0] < len(self.plan.tasks)}
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
        if role == Qt.ItemDataRole.DecorationRole and orientation == Qt.Orientation.Vertical \
                and 0 <= section < len(self.plan.tasks) and self.flagged(section):
            return warn_icon()
        return None

    def _text(self, task: Task, column: int) -> str:
        if column == COL_NUMBER:
            return task.shown_number          # the document's 2.1, not 2.2.1 (ux56)
        if column == COL_TITLE:
            return task.title
        if column == COL_SHORT:
            return task.short_name
        if column == COL_LEAD:
            return logic.join_units(task.lead_units)
        if column == COL_RESPONSIBLE:
            return logic.join_units(task.responsible_units)
        if column == COL_TARGETS:
            # name, comparator, value, unit and the target's own date (ux58): the sentence in the tip
            return logic.targets_dated(task.targets)
        if column == COL_DEADLINE:
            return task.deadline or ""
        if column == COL_LEADERS:
            return logic.join_units(task.leaders)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.plan.tasks)):
            return None
        task = self.plan.tasks[index.row()]
        pending = self.pending.get((index.row(), index.column()))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return pending[0] if pending else self._text(task, index.column())
        if task.not_task and role == Qt.ItemDataRole.ForegroundRole:
            return solid(NOT_TASK_BRUSH)
        if task.not_task and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self.flagged(index.row()):
            return WARN_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and pending:
            return solid("#b42318")
        if role == Qt.ItemDataRole.ToolTipRole and task.not_task:
            return "\n".join(s for s in (self._text(task, index.column()), NOT_TASK_NOTE) if s)
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self.problems[index.row()]
            note = self.notes.get((index.row(), index.column()), "")
            if index.column() == COL_TARGETS and task.targets:
                note = "\n".join(s for s in (logic.TARGETS_SOURCE.format(text=logic.targets_text(task.targets)), note)
                                  if s)
            if problems:              # the cell's words too: a tall cell is cut at the table's row height
                said = PROBLEMS.format(items="；".join(problems))
                return "\n".join(s for s in (self._text(task, index.column()), said, note) if s)
            return "\n".join(s for s in (self._text(task, index.column()), note) if s) or None
        if role == TaskRole:
            return task
        if role == ProblemsRole:
            return list(self.problems[index.row()])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if 0 <= index.row() < len(self.plan.tasks) and self.plan.tasks[index.row()].not_task:
            return flags                           # a row marked 「不是任务」 is restored first, then edited
        return flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), index.column()
        text = str(value).strip()
        self.last_error = ""
        if text == self.data(index) and (row, column) not in self.pending:
            return True                              # nothing changed: no undo step
        try:
            change = self._change(row, column, text)
        except logic.EditError as exc:
            self.last_error = exc.message
            self.pending[(row, column)] = (text, exc.message)
            self.refresh_row(row)
            self.refused.emit(row, column, exc.message)
            return False
        if change is None:
            return False
        self.pending.pop((row, column), None)
        before = copy.deepcopy(self.plan)
        change()
        if column in (COL_LEAD, COL_RESPONSIBLE):
            logic.add_missing_units(self.plan, logic.TYPED_NOTE)
            if logic.drop_unnamed_units(self.plan, self.opened):
                self._all_changed()          # a warning about a unit gone may have stood on other rows
        self.refresh_row(row)
        self.edited.emit(before, UNDO_EDIT.format(column=HEADERS[column]))
        return True

    def _change(self, row: int, column: int, text: str) -> Any:
        """The edit to make (checked first: raises EditError), or None when there is none."""
        task = self.plan.tasks[row]
        self.notes.pop((row, column), None)
        if column == COL_NUMBER:
            parts, note = logic.read_number(self.plan, row, text)
            if not parts:
                return None
            if note:
                self.notes[(row, column)] = note      # 65 read as its own numeral, under its headings still
            return lambda: (setattr(task, "path", parts[:-1]), setattr(task, "number", parts[-1]))
        if column == COL_TITLE:
            return lambda: setattr(task, "title", text)
        if column == COL_SHORT:
            short = logic.check_short_name(text)
            return lambda: setattr(task, "short_name", short)
        if column == COL_LEAD:
            names = logic.split_units(text)
            return lambda: (setattr(task, "lead_units", names), setattr(
                task, "responsible_units", [n for n in task.responsible_units if n not in names]))
        if column == COL_RESPONSIBLE:
            names = [n for n in logic.split_units(text) if n not in task.lead_units]
            return lambda: setattr(task, "responsible_units", names)
        if column == COL_TARGETS:
            targets = logic.parse_targets(text, task.targets, self.year(), task.deadline)
            return lambda: setattr(task, "targets", targets)
        if column == COL_DEADLINE:
            deadline, note = logic.read_deadline(text, self.year())
            if note:
                self.notes[(row, column)] = note      # 2月底 in the plan's year: the cell's tooltip says which
            # the targets that carried the task's old deadline move with it; one with a date of its own keeps it
            return lambda: (logic.move_target_dates(task, task.deadline, deadline, self.year()),
                            setattr(task, "deadline", deadline))
        if column == COL_LEADERS:           # people: a unit of the plan is refused, and none joins the unit list
            leaders = logic.check_leaders(text, self.plan)
            return lambda: setattr(task, "leaders", leaders)
        return None

    def toggle_not_task(self, row: int) -> bool:
        """Mark the row 「不是任务」, or make it a task again (one undoable step, ``edited``); its state now."""
        task = self.plan.tasks[row]
        before = copy.deepcopy(self.plan)
        task.not_task = not task.not_task
        self.pending = {k: v for k, v in self.pending.items() if k[0] != row}    # a refused input goes with it
        self.refresh_row(row)
        self.edited.emit(before, UNDO_NOT_TASK if task.not_task else UNDO_IS_TASK)
        return task.not_task

    def not_task_rows(self) -> list[int]:
        return [row for row, task in enumerate(self.plan.tasks) if task.not_task]

    def refresh_row(self, row: int) -> None:
        self.keys = logic.task_keys(self.plan.tasks)      # a number typed in this row
        self.problems[row] = self._problems(row)
        self._row_changed(row)

    def _all_changed(self) -> None:
        self.refresh_problems()
        if self.plan.tasks:
            last = len(self.plan.tasks) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, len(HEADERS) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, last)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)      # its mark

    def _is_checked(self, row: int) -> bool:
        return self.checked.get(row) == logic.as_checked(self.problems[row])

    def mark_checked(self, row: int) -> None:
        """本行无误: the person checked the row against the text; it stops being a row to check
        until its problems change (an edit of it is judged again)."""
        self.checked[row] = logic.as_checked(self.problems[row])
        self._row_changed(row)

    def set_checked(self, checked: Iterable[tuple[str, tuple[str, ...]]]) -> None:
        """The rows checked at an earlier import, as (key at opening, problems then)."""
        rows = {key: row for row, key in enumerate(self.origin)}
        self.checked = {rows[key]: logic.as_checked(problems) for key, problems in checked if key in rows}

    def checked_keys(self) -> set[tuple[str, tuple[str, ...]]]:
        """The rows checked now, as the store keeps them: (the task's key now, its problems)."""
        return {(self.keys[row], tuple(self.problems[row])) for row in self.checked
                if row < len(self.problems) and self._is_checked(row)}

    def checked_rows(self) -> int:
        return sum(1 for row in range(len(self.problems)) if self._is_checked(row))

    def flagged(self, row: int) -> bool:
        """A row to check: tinted, and a stop for 下一处待核对 (unless checked as it is; a refused
        edit waiting in it always is)."""
        if self.plan.tasks[row].not_task:
            return False
        if self._pending_problems(row):
            return True
        return any(logic.tints_row(p) for p in self.problems[row]) and not self._is_checked(row)

    def can_check(self, row: int) -> bool:
        """本行无误 applies: a flagged row with no refused edit waiting in it."""
        return self.flagged(row) and not self._pending_problems(row)

    def warned_rows(self) -> list[int]:
        return [row for row in range(len(self.problems)) if self.flagged(row)]
