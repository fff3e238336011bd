"""A revision's list of changes in the review: what the new document changes, counted and one row a change, and the
clerk's corrections it touches (⚑, ticked to take the new document's wording)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from desktop.core import rereading, review_edits as logic
from desktop.ui.brushes import solid

CHANGES_LABEL = "与已保存的方案相比，新文件{n}："
CONFLICTS_LABEL = ("与已保存的方案相比，新文件{n}；另有 {c} 处您修改过的内容新文件也改了（标⚑）："
                   "勾选的用新文件的写法，不勾选的保留您的修改。您改过的编号新文件也改了的，默认用新文件的编号（各单位手中是新文件）。")
CHANGE_COUNTS = (("added", "新增任务 {n} 项"), ("dropped", "撤销任务 {n} 项"), ("changed", "改动任务 {n} 项"),
                 ("renumbered", "只改编号 {n} 项"), ("not_task", "此前标为“不是任务”的 {n} 行仍不保存"))
PLAN_CHANGES = "改动方案本身 {n} 处"
NO_CHANGES = "与已保存的方案相比，新文件没有改动任务。"
# the very document stored, read otherwise by this version of the program (``core.rereading``, m66a): its differences
# are the new reading's, never 「新文件…」 — the clerk did not change the document and must not be told so
READ_CHANGES_LABEL = rereading.READ_AGAIN + "。与已保存的方案相比，{n}："
READ_CONFLICTS_LABEL = (rereading.READ_AGAIN + "。与已保存的方案相比，{n}；"
                        "另有 {c} 处您修改过的内容与文件现在的识读不同（标⚑）："
                        "勾选的用文件现在的识读，不勾选的保留您的修改。")
READ_CHANGE_COUNTS = (("added", "新读出任务 {n} 项"), ("dropped", "不再读作任务 {n} 项"),
                      ("changed", "识读不同 {n} 项"), ("renumbered", "只是编号读得不同 {n} 项"),
                      ("not_task", "此前标为“不是任务”的 {n} 行仍不保存"))
READ_PLAN_CHANGES = "方案本身识读不同 {n} 处"
READ_NO_CHANGES = "文件内容未变，新版本对任务的识读与已保存的相同。"
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
READ_MARKS = {"added": "【新读出】", "dropped": "【撤销】"}
CHANGE_COLOURS = {"added": "#067647", "dropped": "#b42318"}


def changes_summary(changes: list[str], reread: bool = False) -> str:
    """What the revision does, counted: tasks added, dropped, changed and only renumbered, and the
    plan's own fields (「新增任务 2 项、只改编号 5 项」); ``reread``: the same document read again, counted as
    readings (「识读不同 2 项」)."""
    counts = logic.change_counts(changes)
    parts = [text.format(n=counts[kind]) for kind, text in (READ_CHANGE_COUNTS if reread else CHANGE_COUNTS)
             if counts.get(kind)]
    own = sum(line.startswith(logic.PLAN_LINE) for line in changes)
    if own:
        parts.append((READ_PLAN_CHANGES if reread else PLAN_CHANGES).format(n=own))
    return "、".join(parts)


def heading(changes: list[str], conflicts: int, reread: bool = False) -> str:
    """The changes panel's label: the changes counted, and the ⚑ corrections among them; ``reread``: worded as the
    new version's reading of the document stored (``Reimport.reread``)."""
    n = changes_summary(changes, reread)
    if reread:
        return (READ_CONFLICTS_LABEL.format(n=n, c=conflicts) if conflicts
                else READ_CHANGES_LABEL.format(n=n) if changes else READ_NO_CHANGES)
    return (CONFLICTS_LABEL.format(n=n, c=conflicts) if conflicts
            else CHANGES_LABEL.format(n=n) if changes else NO_CHANGES)


def fill(label: QLabel, view: QListWidget, conflicts: list[Any], changes: list[str], reread: bool = False) -> None:
    """The label's count and the list's rows: the ⚑ conflicts first (unticked: the clerk's wording kept; the review
    ticks those where the document's value stands, ``ReviewDialog._sync_conflict_checks``), then one row a change, a
    new task and a dropped one marked and coloured. ``reread``: the document stored, read otherwise by this version:
    every row worded as a reading (``core.rereading``)."""
    label.setText(heading(changes, len(conflicts), reread))
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
        words = rereading.reading_line(line) if reread else line
        item = QListWidgetItem((READ_MARKS if reread else CHANGE_MARKS).get(kind, "") + words)
        item.setToolTip(words)
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
