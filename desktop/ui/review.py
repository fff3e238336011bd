"""Review a parsed plan before it is saved: an editable task table, the source beside each row.

The dialog works on a copy of the ParsedPlan; ``plan()`` hands back the corrected one. The
table's model is ``desktop.ui.review_model.ReviewModel`` (its names are re-exported here). The
edits themselves are plain functions in ``desktop.core.review_edits``; here they are undoable
(Ctrl+Z), and a revised plan shows, beside the table, what the new document changes and
where it changes something the person had corrected (kept unless they tick it).
"""

from __future__ import annotations

import copy
import dataclasses
import html
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from desktop.core import plan_edits, review_edits as logic, review_units, unit_check, unitless
from desktop.core.model import ParsedPlan, Task, Unit
from desktop.ui import review_changes
from desktop.ui.forms.ui_review_dialog import Ui_ReviewDialog
from desktop.ui.plan_info import PlanInfoDialog
from desktop.ui.review_changes import ConflictRole
from desktop.ui.review_model import (  # tests and callers import these from here too
    COL_DEADLINE,
    COL_LEAD,
    COL_LEADERS,
    COL_NUMBER,
    COL_RESPONSIBLE,
    COL_SHORT,
    COL_TARGETS,
    COL_TITLE,
    HEADERS,
    ProblemsRole,
    ReviewModel,
    TaskRole,
)
from desktop.ui.review_undo import KeptText, PlanEdit
from desktop.ui.screen_fit import available_area, fit_to_screen, largest_client

# the screen's words
SUMMARY = ("<b>{title}</b>　{doc}　{issuer}　{date}<br>"
           "识别出 {tasks} 项任务、{units} 个单位、{targets} 项指标、{phases} 个工作阶段；{not_tasks}{flags}")
NOT_TASKS_SAID = "另有 {n} 行标为“不是任务”，不保存；"
# a row that is no task (ux58 finding 3: 保障措施 「（一）加强组织领导」 read as a task): marked, struck out, not saved
NOT_TASK_BUTTON = "不是任务(&D)"
# the words under the table: how to type, with an indicator's date (ux58) and the row that is no task
HINT = ("双击单元格或按回车可修改：单位之间用“、”分隔，指标写成“不少于500张；达到90%以上”，"
        "指标自己的日期写在后面的括号里，如“（2024-12-31）”。标黄的行有待确认的问题；不是任务的行按“不是任务”划掉。")
IS_TASK_BUTTON = "恢复为任务(&D)"
NOT_TASK_TIP = ("选中的一行不是工作任务（如保障措施、工作要求、说明文字）：标出后划掉显示，保存时不存入，"
                "它的量化指标一并去掉；以后导入修订稿也不再列为任务。再按一次恢复为任务（Delete 键同样）。")
FLAGS = "{warned} 行需要核对（标黄），按 F8 或“下一处待核对”逐行查看，核对无误的按“本行无误”。"
NO_FLAGS = "没有标黄需要核对的行。"
CHECKED = "已核对 {n} 行。"
CHECKED_ROW = "（已核对，本行无误）<br>"
# a row's note that asks nothing of it here (it tints no row): said in grey, after what to check
NOTE_MARK = "说明："
NEXT_FLAG_KEY = "F8"
UNDO_PLAN_INFO = "修改方案信息"
UNDO_TITLE = "填写方案标题"
NO_TITLE_LINK = '<a href="title">（没有找到方案标题，点此填写）</a>'
TITLE_LABEL = "方案标题（如“××县2024年政府工作报告重点任务分解”）："
NO_TITLE_SAVE = ("没有找到这份方案的标题。标题会用在工作台、催报通知和各类报告中，"
                 "没有标题时这些地方只能写“工作方案”。\n\n现在填写标题吗？以后也可以在“设置 → 方案信息与阶段…”中填写。")
FILL_TITLE = "填写标题"
SAVE_AS_IS = "按现状保存"
# tasks that name no unit (ux59 finding 2): said before saving, the clerk goes back to them or saves anyway
UNITLESS_SAVE = ("{words}\n\n现在回去填写吗？选“回去填写”转到其中第一项；"
                 "也可以先保存，以后在“任务”页选中任务按“修改任务”补填。")
GO_FILL_UNITS = "回去填写"
SAVE_ANYWAY = "仍然保存"
LEADERS = "责任领导"              # a task table's people for the task, shown under its text (ux59 finding 4)
NO_WARNINGS = "解析没有提出问题。"
GROUP = "单位组，{n} 个成员"
ALIASES = "又称：{names}"
KEPT_TEXT = ("{message}\n\n您输入的文字仍留在格中（红字、标黄），可双击接着修改；"
             "按 Ctrl+Z 放弃这次输入，恢复原来的内容。")
SELECT_TWO = "请在右侧单位列表中先点要保留的正式名称，再按住 Ctrl 点其他写法，然后按“合并为同一单位”。"
NOT_GROUP = "所选单位没有成员名单，无法展开。请先在右侧单位列表中选中它，按“填写单位组成员”补充。"
EXPANDED = "已在 {n} 项任务中展开“{name}”。"
SELECT_TASK_AND_UNIT = "请先在左侧表格中选中一项任务，再在右侧单位列表中选中单位。"
SAVE_TITLE = "核对工作方案"
SELECT_GROUP = "请先在右侧单位列表中选中一个单位组（如“领导小组各成员单位”）。"
MEMBERS_LABEL = "“{name}”包括哪些单位？用“、”分隔："
DISCARD = "您已在核对中修改了 {n} 处。现在关闭，这些修改不会保存。\n\n仍要关闭吗？选“否”可回到核对。"
PENDING = "有 {n} 处输入没有被采用（标黄的格）：\n{items}\n\n仍要保存吗？选“否”可回去修改；这些输入不会保存。"
UNDO_MERGE = "合并单位"
UNDO_EXPAND = "展开单位组"
UNDO_MEMBERS = "填写单位组成员"
UNDO_ROLE = "设定单位角色"
UNDO_CONFLICT = "选择修订稿写法"
UNDO_TYPO = "改正单位名称"

# the heights of the lists above the table and of the table: a revision's changes want room, but the table keeps
# ten rows in sight at 1366×768 (ux57: five showed under 230); both lists scroll, and drag open or shut
REVISION_SPLIT, FIRST_SPLIT = [120, 520], [80, 550]
# rows in sight at least: a row is as tall as its words up to a share of the table's height this gives, two lines
# at least (1366×768); the rest of a longer cell is in its tooltip, the 原文 panel and the cell's editor
ROWS_IN_SIGHT, ROW_LINES = 10, 2
# the table's columns: (narrowest, share of the width left over). 编号 and 完成时限 keep their width (a number, a
# date), 简称 little more; the title and the units take the rest, the units wrapping: all seven in sight, without
# sideways scrolling, on a 1366×768 screen
COLUMN_FIT = {COL_NUMBER: (60, 0), COL_TITLE: (120, 3), COL_SHORT: (72, 1), COL_LEAD: (90, 2),
              COL_RESPONSIBLE: (100, 2.5), COL_TARGETS: (90, 2), COL_DEADLINE: (96, 0),
              COL_LEADERS: (80, 1)}          # (责任领导: only for a plan whose tasks name any)
# the 原文 / units panel beside the table: its width, within these bounds, a quarter of the dialog's
SIDE_PANEL = (290, 420)
WIDEST = 1500                     # the dialog's first width at most (a wide screen need not be filled)

CHANGES_WIDTH = (1, 2)            # a revision's top row: the parser's notes, the changes (stretch)


class ReviewDialog(QDialog):
    def __init__(self, plan: ParsedPlan, prompts: Any, parent: QWidget | None = None,
                 reimport: Any = None, workspace_units: list[Unit] | None = None) -> None:
        """``reimport`` (``store.plans.Reimport``), for a revised plan: ``plan`` is then its
        plan with the earlier corrections applied, and its changes and conflicts are shown. ``workspace_units``: the
        units the workspace already holds (``saved_plan.workspace_units``), among which a typed unit is known."""
        super().__init__(parent)
        self.ui = Ui_ReviewDialog()
        self.ui.setupUi(self)
        self.prompts = prompts
        self.reimport = reimport
        self.workspace_units = list(workspace_units or [])
        self.kept_names: set[str] = set()        # typed units the clerk said to keep as typed: asked about once
        self.conflicts: list[logic.Conflict] = []
        self.working = copy.deepcopy(plan)
        logic.add_missing_units(self.working)
        self.units_at_open = copy.deepcopy(self.working.units)    # what a merge here is measured from
        self.undo_stack = QUndoStack(self)
        self._picked: list[str] = []           # units in the order they were selected
        self._refilling = False
        self.model = ReviewModel(self.working, self)
        self.model.set_checked(getattr(reimport, "checked", ()))    # rows checked at an earlier import
        view = self.ui.tasksView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # 责任领导 beside the units (ux59 finding 4's column, correctable): for a plan whose tasks name any
        header.moveSection(header.visualIndex(COL_LEADERS), COL_RESPONSIBLE + 1)
        view.setColumnHidden(COL_LEADERS, not any(t.leaders for t in self.working.tasks))
        self._fitting, self._columns_dragged, self._shown_once = False, False, False
        self.fit_columns()
        header.sectionResized.connect(self._column_dragged)
        view.viewport().installEventFilter(self)          # its width changes: the columns share it again
        header.setStretchLastSection(True)                   # a wider screen widens 完成时限, not a gap
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        view.installEventFilter(self)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        for button in self.ui.buttonBox.buttons():       # Enter never saves the whole plan
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.ui.buttonBox.accepted.connect(self.accept)
        view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.dataChanged.connect(self._after_edit)
        self.model.edited.connect(self._push)
        self.model.refused.connect(self._refused)
        self.ui.unitsList.itemSelectionChanged.connect(self._selection_changed)
        self.ui.mergeButton.clicked.connect(self.merge_selected)
        self.ui.expandButton.clicked.connect(self.expand_selected)
        self.ui.makeLeadButton.clicked.connect(lambda: self.set_selected_role(True))
        self.ui.makeResponsibleButton.clicked.connect(lambda: self.set_selected_role(False))
        self.ui.membersButton.clicked.connect(self.edit_members)
        self.ui.planInfoButton.clicked.connect(self.edit_plan_info)
        self.ui.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.ui.summaryLabel.linkActivated.connect(lambda _link: self.edit_title())
        self.ui.nextFlagButton.clicked.connect(self.next_flagged)
        self.ui.checkedButton.clicked.connect(self.check_current)
        self.notTaskButton = QPushButton(NOT_TASK_BUTTON, self)
        self.notTaskButton.setObjectName("notTaskButton")
        self.notTaskButton.setAutoDefault(False)
        self.notTaskButton.setToolTip(NOT_TASK_TIP)
        self.ui.hintLayout.insertWidget(self.ui.hintLayout.indexOf(self.ui.checkedButton) + 1, self.notTaskButton)
        self.notTaskButton.clicked.connect(self.toggle_not_task)
        self.ui.hintLabel.setText(HINT)
        next_flag = QAction(self)
        next_flag.setShortcut(QKeySequence(NEXT_FLAG_KEY))
        next_flag.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        next_flag.triggered.connect(self.next_flagged)
        self.addAction(next_flag)
        self._undo_actions()
        self.ui.changesList.itemChanged.connect(self._conflict_toggled)
        self.ui.changesList.itemClicked.connect(self.go_to_change)
        self._fill_units()
        self._fill_summary()
        self.changesToggle = review_changes.add_toggle(self.ui.changesLayout, self.ui.changesLabel)
        self.changesToggle.clicked.connect(self.toggle_changes)
        self._changes_open = False
        self._fill_changes()
        # the lists above the table get room to read a revision's changes; the person drags for more
        self.ui.mainSplitter.setStretchFactor(0, 0)
        self.ui.mainSplitter.setStretchFactor(1, 1)
        revision = reimport is not None and reimport.plan_id is not None
        self.ui.mainSplitter.setSizes(REVISION_SPLIT if revision else FIRST_SPLIT)
        self.ui.mainSplitter.setCollapsible(0, True)
        self.fit_rows()
        if self.working.tasks:           # the first conflict's row (ux57), else the first row to check
            first = self.conflict_rows()[:1] or self.model.warned_rows()[:1] or [0]
            view.setCurrentIndex(self.model.index(first[0], COL_TITLE))
            view.scrollTo(view.currentIndex())

    def plan(self) -> ParsedPlan:
        return self.working

    def next_flagged(self) -> int | None:
        """Go to the next tinted row after the current one (round to the first); its row, or None."""
        rows = self.model.warned_rows()
        if not rows:
            return None
        view = self.ui.tasksView
        current = view.currentIndex().row() if view.currentIndex().isValid() else -1
        row = next((r for r in rows if r > current), rows[0])
        index = self.model.index(row, view.currentIndex().column() if current >= 0 else COL_TITLE)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.setFocus()
        return row

    def toggle_not_task(self) -> bool | None:
        """不是任务 / 恢复为任务 on the current row (one undoable step); the row's state now, or None: no row."""
        index = self.ui.tasksView.currentIndex()
        if not index.isValid():
            return None
        marked = self.model.toggle_not_task(index.row())
        self._after_edit()
        return marked

    def check_current(self) -> int | None:
        """本行无误: the current row is checked as it is; go on to the next row to check."""
        index = self.ui.tasksView.currentIndex()
        if not index.isValid() or not self.model.can_check(index.row()):
            return None
        self.model.mark_checked(index.row())
        self._fill_summary()
        return self.next_flagged()

    def showEvent(self, event: Any) -> None:
        if not self._shown_once:            # first shown: as wide as the screen allows, the table the most of it
            self._shown_once = True
            most_w, _most_h = largest_client(available_area(self))
            self.resize(max(self.width(), min(most_w, WIDEST)), self.height())
            fit_to_screen(self)
            side = min(max(self.width() // 4, SIDE_PANEL[0]), SIDE_PANEL[1])
            self.ui.splitter.setSizes([max(self.ui.splitter.width() - side, 1), side])
            self._share_height()
        else:
            fit_to_screen(self)
        super().showEvent(event)
        self.fit_columns()
        for button in self.ui.buttonBox.buttons():     # the box makes 保存 default when shown
            if isinstance(button, QPushButton):
                button.setDefault(False)

    def fit_rows(self) -> None:
        """Rows as tall as their words, up to the height that keeps ``ROWS_IN_SIGHT`` rows in sight
        (``ROW_LINES`` lines at least)."""
        view = self.ui.tasksView
        view.verticalHeader().setMaximumSectionSize(max(self._least_row(), view.viewport().height() // ROWS_IN_SIGHT))

    def _least_row(self) -> int:
        return ROW_LINES * self.ui.tasksView.fontMetrics().lineSpacing() + 8

    def _share_height(self) -> None:
        """A revision's lists above the table get all the height the table's ``ROWS_IN_SIGHT`` rows leave."""
        if self.reimport is None or self.reimport.plan_id is None:
            return
        self.layout().activate()
        view = self.ui.tasksView
        table = ROWS_IN_SIGHT * self._least_row() + view.horizontalHeader().height() + 2 * view.frameWidth()
        total = sum(self.ui.mainSplitter.sizes())
        if total > table + REVISION_SPLIT[0]:
            self.ui.mainSplitter.setSizes([total - table, table])

    def toggle_changes(self) -> bool:
        """展开全部改动 / 收起: the list of a revision's changes as long as its rows (the table keeping
        ``TABLE_ROWS_OPEN`` rows), or back to the share ``_share_height`` gives it. True: open now."""
        self._changes_open = not self._changes_open
        splitter, view, ui = self.ui.mainSplitter, self.ui.tasksView, self.ui
        for widget in (ui.unitsLabel, ui.unitsList, ui.mergeButton, ui.expandButton, ui.makeLeadButton,
                       ui.makeResponsibleButton, ui.membersButton):     # the units' tools step aside: room below
            widget.setVisible(not self._changes_open)
        self.layout().activate()
        if self._changes_open:
            total = sum(splitter.sizes())
            table = (review_changes.TABLE_ROWS_OPEN * self._least_row() + view.horizontalHeader().height()
                     + 2 * view.frameWidth())
            wanted = self.ui.topPanel.height() + review_changes.list_height(self.ui.changesList) \
                - self.ui.changesList.height()
            splitter.setSizes([min(wanted, total - table), max(total - wanted, table)])
            # the rows wrap again at the list's width once laid out (its scrollbar gone, the units panel hidden): once
            # more for what they need then (m67a: 10 of 11 rows in sight, the last one behind the scrollbar)
            self.layout().activate()
            short = review_changes.list_height(self.ui.changesList) - self.ui.changesList.height()
            if short > 0:
                top = min(splitter.sizes()[0] + short, total - table)
                splitter.setSizes([top, max(total - top, table)])
        else:
            self._share_height()
        self._toggle_text()
        return self._changes_open

    def _toggle_text(self) -> None:
        n = self.ui.changesList.count()
        self.changesToggle.setText(review_changes.SHOW_LESS if self._changes_open
                                   else review_changes.SHOW_ALL.format(n=n))
        self.changesToggle.setVisible(n > 0)

    def conflict_rows(self) -> list[int]:
        """The rows of the tasks a revision's conflicts are about, in the table's order."""
        keys = {c.key for c in self.conflicts}
        return [row for row, key in enumerate(self.model.origin) if key in keys]

    def fit_columns(self) -> None:
        """Share the table's width among its columns (``COLUMN_FIT``), until the person drags a
        column's edge: then their widths stand."""
        if getattr(self, "_columns_dragged", True):         # (True: still being built)
            return
        view = self.ui.tasksView
        header = view.horizontalHeader()
        room = view.viewport().width()
        fit = {c: v for c, v in COLUMN_FIT.items() if not view.isColumnHidden(c)}
        least = sum(low for low, _share in fit.values())
        spare = max(room - least, 0)
        shares = sum(share for _low, share in fit.values())
        self._fitting = True
        try:
            for column, (low, share) in fit.items():
                header.resizeSection(column, low + int(spare * share / shares))
        finally:
            self._fitting = False

    def _column_dragged(self, column: int, *_sizes: Any) -> None:
        # (the last column follows the width by itself, setStretchLastSection: not the person's doing)
        if not self._fitting and self.isVisible() and column != COL_DEADLINE:
            self._columns_dragged = True

    # -- undo ------------------------------------------------------------------------------
    def _undo_actions(self) -> None:
        undo = self.undo_stack.createUndoAction(self)
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = self.undo_stack.createRedoAction(self)
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        redo.setShortcuts(keys + [QKeySequence("Ctrl+Y")] if QKeySequence("Ctrl+Y") not in keys else keys)
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.ui.undoButton.clicked.connect(self.undo_stack.undo)
        self.ui.redoButton.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.ui.undoButton.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.ui.redoButton.setEnabled)
        self.ui.undoButton.setEnabled(False)
        self.ui.redoButton.setEnabled(False)

    def _push(self, before: ParsedPlan, text: str) -> None:
        self.undo_stack.push(PlanEdit(self, before, text))

    def _edit(self, text: str, change: Any) -> Any:
        """Make ``change`` (a function of no arguments) to the plan as one undoable step."""
        before = copy.deepcopy(self.working)
        result = change()
        self._push(before, text)
        return result

    def restore(self, state: ParsedPlan) -> None:
        """Put the plan back as ``state`` (same object: the model keeps pointing at it)."""
        for f in dataclasses.fields(ParsedPlan):
            setattr(self.working, f.name, copy.deepcopy(getattr(state, f.name)))
        self._changed_everywhere()
        self._sync_conflict_checks()

    def has_edits(self) -> bool:
        return not self.undo_stack.isClean() or bool(self.model.pending)

    # -- keys, closing ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self.ui.tasksView
        if watched is view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
            self.fit_rows()
        if watched is view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Delete and view.state() != QAbstractItemView.State.EditingState:
            self.toggle_not_task()              # Delete marks the row 「不是任务」 (again: a task again), undoable
            return True
        if watched is view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and view.state() != QAbstractItemView.State.EditingState:
            if view.currentIndex().isValid():
                view.edit(view.currentIndex())     # Enter edits the cell; it never saves the plan
            return True
        return super().eventFilter(watched, event)

    def reject(self) -> None:
        steps = abs(self.undo_stack.index() - max(self.undo_stack.cleanIndex(), 0))
        if self.has_edits() and not self.prompts.ask(self, SAVE_TITLE, DISCARD.format(n=max(steps, 1))):
            return
        super().reject()

    def accept(self) -> None:
        if not self.working.title.strip() and self.prompts.offer(self, SAVE_TITLE, NO_TITLE_SAVE,
                                                                  FILL_TITLE, SAVE_AS_IS, back=True):
            if not self.edit_title():
                return                       # the clerk cancelled the title: back to the review
        words = unitless.unitless_words(self.working)
        if words and self.prompts.offer(self, SAVE_TITLE, UNITLESS_SAVE.format(words=words),
                                        GO_FILL_UNITS, SAVE_ANYWAY, back=True):
            self._go_to_task(unitless.unitless_tasks(self.working)[0], COL_LEAD)
            return
        if not self._typed_units_settled():
            return
        if self.model.pending:
            items = "\n".join(f"· 第 {row + 1} 行“{HEADERS[col]}”：{text}"
                              for (row, col), (text, _why) in sorted(self.model.pending.items()))
            if not self.prompts.ask(self, SAVE_TITLE, PENDING.format(n=len(self.model.pending), items=items)):
                return
        super().accept()

    def _typed_units_settled(self) -> bool:
        """A unit typed into a cell that neither the plan's text prints nor the workspace knows (a typo such as
        「市民证局」, ux60 finding 10) is asked about once before saving: changed to a known name near it, kept as
        typed, or (Esc too) back to the first row naming it — False, nothing saved."""
        for new in unit_check.typed_in_review(self.working, self.workspace_units):
            if new.name in self.kept_names:
                continue
            text, choices = new.question()
            name = new.answer(self.prompts.pick(self, SAVE_TITLE, text, choices))
            if name is None:
                task = next(t for t in self.working.tasks if new.name in [*t.lead_units, *t.responsible_units])
                self._go_to_task(task, COL_LEAD if new.name in task.lead_units else COL_RESPONSIBLE)
                return False
            if name == new.name:
                self.kept_names.add(name)
            else:
                self._edit(UNDO_TYPO, lambda new=new, name=name: review_units.replace_unit(self.working, new.name,
                                                                                             name))
                self._changed_everywhere()
        return True

    def _go_to_task(self, task: Task, column: int) -> None:
        """Select ``task``'s row (by identity: the review never adds or drops a row) at ``column``, in sight."""
        self._show_row(next(n for n, t in enumerate(self.working.tasks) if t is task), column)
        self.ui.tasksView.setFocus()

    def _show_row(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        self.ui.tasksView.setCurrentIndex(index)
        self.ui.tasksView.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # -- the side panel --------------------------------------------------------------------
    def _flags_text(self) -> str:
        warned, checked = len(self.model.warned_rows()), self.model.checked_rows()
        text = FLAGS.format(warned=warned) if warned else NO_FLAGS
        return text + (CHECKED.format(n=checked) if checked else "")

    def _fill_summary(self) -> None:
        p = self.working
        self.ui.summaryLabel.setText(SUMMARY.format(
            title=html.escape(p.title) if p.title.strip() else NO_TITLE_LINK,
            doc=html.escape(p.doc_number), issuer=html.escape(p.issuer),
            date=p.date or "", tasks=sum(not t.not_task for t in p.tasks), units=len(p.units),
            targets=sum(len(t.targets) for t in p.tasks if not t.not_task) + len(p.plan_targets),
            phases=len(p.phases), flags=self._flags_text(),
            not_tasks=NOT_TASKS_SAID.format(n=len(dropped)) if (dropped := self.model.not_task_rows()) else ""))
        self.ui.nextFlagButton.setEnabled(bool(self.model.warned_rows()))
        current = self.ui.tasksView.currentIndex()
        self.ui.checkedButton.setEnabled(current.isValid() and self.model.can_check(current.row()))
        self.ui.warningsList.clear()
        merged = unit_check.merged_away(self.units_at_open, p.units)      # a merge here settles its names
        dropped = [t for t in p.tasks if t.not_task]          # rows marked 「不是任务」: nothing to ask about them
        warnings = [w for w in p.warnings if not any(logic.names_task(w, t) for t in dropped)]
        for warning in unit_check.names_after_merges(warnings, merged) or [NO_WARNINGS]:
            self.ui.warningsList.addItem(warning)

    def _fill_changes(self) -> None:
        """A revised plan: what it changes, and the corrections it touches (tick = take the new)."""
        r = self.reimport
        self.ui.changesPanel.setVisible(r is not None and r.plan_id is not None)
        if r is None or r.plan_id is None:
            return
        self.conflicts = list(r.conflicts)
        changes = r.changes
        # the changes get two thirds of the width beside the parser's notes: fewer lines wrap, more rows in sight at
        # 1366×768 (ux59 finding 7: about six showed)
        self.ui.topLayout.setStretch(0, CHANGES_WIDTH[0])
        self.ui.topLayout.setStretch(1, CHANGES_WIDTH[1])
        review_changes.fill(self.ui.changesLabel, self.ui.changesList, self.conflicts, changes, r.reread)
        self._sync_conflict_checks()        # ticked where the document's value stands (a number it renumbered too)
        self._toggle_text()

    def go_to_change(self, item: QListWidgetItem) -> int | None:
        """A click on a change (or a ⚑ correction) goes to its task's row; its row, or None for
        a change of the plan's own fields or a task the revision drops."""
        key = review_changes.task_key(item)
        if key not in self.model.origin:         # the changes name rows by their number at opening
            return None
        row = self.model.origin.index(key)
        self._show_row(row, COL_TITLE)
        return row

    def conflict_items(self) -> list[QListWidgetItem]:
        return review_changes.conflict_items(self.ui.changesList)

    def _conflict_toggled(self, item: QListWidgetItem) -> None:
        conflict = item.data(ConflictRole)
        if conflict is None or self._refilling:
            return
        take = item.checkState() == Qt.CheckState.Checked
        value = conflict.document_now if take else conflict.corrected
        before = copy.deepcopy(self.working)
        if plan_edits.set_conflict_value(self.working, self._now(conflict), value):
            self._push(before, UNDO_CONFLICT)
            self._changed_everywhere()

    def _now(self, conflict: logic.Conflict) -> logic.Conflict:
        """``conflict`` under its task's number now: a number fixed in the review moves it along."""
        if conflict.key == plan_edits.PLAN_KEY or conflict.key not in self.model.origin:
            return conflict
        row = self.model.origin.index(conflict.key)
        return dataclasses.replace(conflict, key=logic.task_keys(self.working.tasks)[row])

    def _sync_conflict_checks(self) -> None:
        """After undo/redo the ticks follow the plan's values."""
        self._refilling = True
        for item in self.conflict_items():
            conflict = item.data(ConflictRole)
            now = plan_edits.conflict_value(self.working, self._now(conflict))
            item.setCheckState(Qt.CheckState.Checked if now == conflict.document_now and now != conflict.corrected
                               else Qt.CheckState.Unchecked)
        self._refilling = False

    def _fill_units(self) -> None:
        picked = [n for n in self._picked if any(u.name == n for u in self.working.units)]
        self._refilling = True
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
            item.setSelected(unit.name in picked)
        self._refilling = False
        self._picked = picked

    def _selection_changed(self) -> None:
        """Remember the order units were picked in: the first one picked is the name kept."""
        if self._refilling:
            return
        now = [i.data(Qt.ItemDataRole.UserRole) for i in self.ui.unitsList.selectedItems()]
        order = {self.ui.unitsList.item(r).data(Qt.ItemDataRole.UserRole): r
                 for r in range(self.ui.unitsList.count())}
        kept = [n for n in self._picked if n in now]
        self._picked = kept + sorted((n for n in now if n not in kept), key=lambda n: order.get(n, 0))

    def selected_units(self) -> list[str]:
        return list(self._picked)

    def current_task(self) -> Task | None:
        index = self.ui.tasksView.currentIndex()
        return index.data(TaskRole) if index.isValid() else None

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        task = current.data(TaskRole) if current.isValid() else None
        self.ui.checkedButton.setEnabled(task is not None and self.model.can_check(current.row()))
        if hasattr(self, "notTaskButton"):
            self.notTaskButton.setEnabled(task is not None)
            self.notTaskButton.setText(IS_TASK_BUTTON if task is not None and task.not_task else NOT_TASK_BUTTON)
        if task is None:
            self.ui.sourceBrowser.clear()
            return
        problems = current.data(ProblemsRole) or []
        parts = []
        # first: what to check on this row (orange, as its tint), above the text it is checked against; notes that
        # tint no row (a group without members, said above the table) in grey, as the summary counts them (ux63)
        tinting = [p for p in problems if logic.tints_row(p)]
        if tinting:
            lines = "<br>".join("• " + html.escape(p) for p in tinting)
            checked = not self.model.flagged(current.row()) and not task.not_task
            parts.append("<p style='color:#b54708'>" + (CHECKED_ROW if checked else "") + lines + "</p>")
        if notes := [p for p in problems if not logic.tints_row(p)]:
            parts.append("<p style='color:#666666'>" + "<br>".join(NOTE_MARK + html.escape(p) for p in notes) + "</p>")
        parts.append(f"<p><b>{html.escape(task.title)}</b></p><p>{html.escape(task.text)}</p>")
        if task.leaders:           # the table's 责任领导: people, shown, never among the units (ux59 finding 4)
            parts.append(f"<p><b>{LEADERS}：</b>{html.escape('、'.join(task.leaders))}</p>")
        if task.source:
            parts.append(f"<p style='background:#eef4ff'>{html.escape(task.source)}</p>")
        self.ui.sourceBrowser.setHtml("".join(parts))

    def _after_edit(self, *args: Any) -> None:
        self._fill_units()
        self._fill_summary()
        self._row_changed(self.ui.tasksView.currentIndex(), QModelIndex())

    def _refused(self, row: int, column: int, message: str) -> None:
        self.undo_stack.push(KeptText(self.model, row, column))
        # after the cell's editor has closed: a message box inside the commit would fight it
        QTimer.singleShot(0, lambda: self.prompts.warn(self, SAVE_TITLE, KEPT_TEXT.format(message=message)))

    # -- unit corrections ------------------------------------------------------------------
    def edit_plan_info(self) -> None:
        """Title, 文号, issuer, date, the monthly duty and phases, as one undoable step."""
        dialog = PlanInfoDialog(self.working, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = {k: v for k, v in dialog.values.items() if plan_edits.plan_fields(self.working)[k] != v}
        if not values:
            return

        def change() -> None:
            for name, value in values.items():
                plan_edits.set_plan_field(self.working, name, value)

        self._edit(UNDO_PLAN_INFO, change)
        self._changed_everywhere()

    def edit_title(self) -> bool:
        """The plan's title, typed in one line, as one undoable step (the document had none, or
        the parser took the wrong line); True once the plan has a title."""
        typed = self.prompts.text(self, SAVE_TITLE, TITLE_LABEL, self.working.title)
        if typed is None:
            return False
        try:
            title = plan_edits.check_plan_title(typed)
        except logic.EditError as error:
            self.prompts.warn(self, SAVE_TITLE, str(error))
            return False
        if title != self.working.title:
            self._edit(UNDO_TITLE, lambda: plan_edits.set_plan_field(self.working, "plan.title", title))
            self._changed_everywhere()
        return True

    def merge_selected(self) -> None:
        names = self.selected_units()
        if len(names) < 2:
            self.prompts.warn(self, SAVE_TITLE, SELECT_TWO)
            return
        self._edit(UNDO_MERGE, lambda: logic.merge_units(self.working, names[0], names[1:]))
        self._picked = names[:1]
        self._changed_everywhere()

    def expand_selected(self) -> None:
        names = self.selected_units()
        unit = next((u for u in self.working.units if names and u.name == names[0]), None)
        if unit is None or not unit.members:
            self.prompts.warn(self, SAVE_TITLE, NOT_GROUP)
            return
        changed = self._edit(UNDO_EXPAND, lambda: logic.expand_group(self.working, unit.name))
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
        self._edit(UNDO_MEMBERS, lambda: logic.set_members(self.working, unit.name, logic.split_units(answer)))
        self._changed_everywhere()

    def set_selected_role(self, lead: bool) -> None:
        task, names = self.current_task(), self.selected_units()
        if task is None or not names:
            self.prompts.warn(self, SAVE_TITLE, SELECT_TASK_AND_UNIT)
            return
        self._edit(UNDO_ROLE, lambda: logic.set_role(task, names, lead))
        self.model.refresh_row(self.ui.tasksView.currentIndex().row())

    def _changed_everywhere(self) -> None:
        current = self.ui.tasksView.currentIndex()
        self.model.reset()
        self._fill_units()
        self._fill_summary()
        if current.isValid() and current.row() < self.model.rowCount():
            self.ui.tasksView.setCurrentIndex(self.model.index(current.row(), current.column()))

