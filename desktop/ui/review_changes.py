"""A revision's list of changes in the review: what the new document changes, counted and one row a change, and the
clerk's corrections it touches (⚑, ticked to take the new document's wording)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from desktop.core import review_edits as logic
from desktop.ui.brushes import solid

CHANGES_LABEL = "与已保存的方案相比，新文件{n}："
CONFLICTS_LABEL = ("与已保存的方案相比，新文件{n}；另有 {c} 处您修改过的内容新文件也改了（标⚑）："
                   "勾选的用新文件的写法，不勾选的保留您的修改。您改过的编号新文件也改了的，默认用新文件的编号（各单位手中是新文件）。")
CHANGE_COUNTS = (("added", "新增任务 {n} 项"), ("dropped", "撤销任务 {n} 项"), ("changed", "改动任务 {n} 项"),
                 ("renumbered", "只改编号 {n} 项"), ("not_task", "此前标为“不是任务”的 {n} 行仍不保存"))
PLAN_CHANGES = "改动方案本身 {n} 处"
NO_CHANGES = "与已保存的方案相比，新文件没有改动任务。"
CONFLICT_ITEM = "⚑ {text}"
# the list of changes opened to its full length, the table giving up rows for it, and shut again (ux61 finding 4: 4 of
# 12 changes showed at 1366×768, the rest behind a scrollbar the clerk had to find)
SHOW_ALL = "展开全部 {n} 处改动(&V)"
SHOW_ALL_TIP = "把改动列表拉长到能看到全部改动，任务表暂时变矮；再按一次恢复。也可以拖动列表和任务表之间的分隔条。"
SHOW_LESS = "收起改动列表(&V)"
TABLE_ROWS_OPEN = 3               # task rows the table keeps while the list is open: a clicked change's row in sight

ConflictRole = Qt.ItemDataRole.UserRole + 3    # a changes-list item's Conflict
ChangeKeyRole = Qt.ItemDataRole.UserRole + 4   # a changes-list item's task number (its words may start with a mark)
# a revision's new task and dropped task, marked on their rows of the changes list (ux59 finding 7: not told apart)
CHANGE_MARKS = {"added": "【新增】", "dropped": "【撤销】"}
CHANGE_COLOURS = {"added": "#067647", "dropped": "#b42318"}


def changes_summary(changes: list[str]) -> str:
    """What the revision does, counted: tasks added, dropped, changed and only renumbered, and the
    plan's own fields (「新增任务 2 项、只改编号 5 项」)."""
    counts = logic.change_counts(changes)
    parts = [text.format(n=counts[kind]) for kind, text in CHANGE_COUNTS if counts.get(kind)]
    own = sum(line.startswith(logic.PLAN_LINE) for line in changes)
    if own:
        parts.append(PLAN_CHANGES.format(n=own))
    return "、".join(parts)


def fill(label: QLabel, view: QListWidget, conflicts: list[Any], changes: list[str]) -> None:
    """The label's count and the list's rows: the ⚑ conflicts first (unticked: the clerk's wording kept; the review
    ticks those where the document's value stands, ``ReviewDialog._sync_conflict_checks``), then one row a change, a
    new task and a dropped one marked and coloured."""
    n = changes_summary(changes)
    label.setText(CONFLICTS_LABEL.format(n=n, c=len(conflicts)) if conflicts
                  else CHANGES_LABEL.format(n=n) if changes else NO_CHANGES)
    view.blockSignals(True)
    view.clear()
    for conflict in conflicts:
        item = QListWidgetItem(CONFLICT_ITEM.format(text=conflict.text()))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(ConflictRole, conflict)
        item.setToolTip(conflict.text())
        view.addItem(item)
    for line in changes:
        kind = logic.change_kind(line)
        item = QListWidgetItem(CHANGE_MARKS.get(kind, "") + line)
        item.setToolTip(line)
        item.setData(ChangeKeyRole, line.split(" ", 1)[0])
        if kind in CHANGE_COLOURS:
            item.setForeground(solid(CHANGE_COLOURS[kind]))
        view.addItem(item)
    view.blockSignals(False)


def task_key(item: QListWidgetItem) -> str:
    """The task number a row of the list names (a ⚑ conflict's task, or a change's), '' for the plan's own fields."""
    conflict = item.data(ConflictRole)
    return conflict.key if conflict is not None else str(item.data(ChangeKeyRole) or "")


def conflict_items(view: QListWidget) -> list[QListWidgetItem]:
    items = [view.item(i) for i in range(view.count())]
    return [i for i in items if i.data(ConflictRole) is not None]


def add_toggle(layout: QVBoxLayout, label: QLabel) -> QPushButton:
    """The 展开全部改动 button, beside ``label`` at the head of the changes panel's ``layout``."""
    row = QHBoxLayout()
    layout.removeWidget(label)
    row.addWidget(label, 1)
    button = QPushButton(label.parentWidget())
    button.setObjectName("changesToggle")
    button.setAutoDefault(False)
    button.setToolTip(SHOW_ALL_TIP)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    layout.insertLayout(0, row)
    return button


def list_height(view: QListWidget) -> int:
    """The height ``view`` needs to show every row at its width now (rows wrap), frame included."""
    rows = sum(view.visualItemRect(view.item(i)).height() + 2 * view.spacing() for i in range(view.count()))
    return rows + 2 * view.frameWidth() + 4
