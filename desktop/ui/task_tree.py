"""The plan's tasks as a tree by heading (一、 → （一） → 1. → （1）), with a fast filter.

The whole tree is built once per load; filtering only decides which nodes are visible
(a task that matches keeps its headings), so typing in the search box never rebuilds it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop.core.model import level_numeral, numbered_title
from desktop.store.queries import STATUS_LABELS
from desktop.ui.brushes import solid
from desktop.ui.tree_model import Index, TreeModel

COL_TITLE, COL_STATUS, COL_UNITS, COL_DEADLINE = range(4)
HEADERS = ("任务", "状态", "牵头 / 责任单位", "完成时限")
PAST_DEADLINE = "（已逾期）"
WITHDRAWN = "已撤销"
WITHDRAWN_LABEL = "（原{number}，已撤销）{title}"
WITHDRAWN_TIP = "{date} 导入的修订稿中没有这项任务，已撤销；已填报的进展保留，选中可查看"
TaskIdRole = Qt.ItemDataRole.UserRole + 1      # task id, None for a heading
KindRole = Qt.ItemDataRole.UserRole + 2        # "heading" | "task"
StatusRole = Qt.ItemDataRole.UserRole + 3      # not_started / in_progress / done / late / withdrawn
LateRole = Qt.ItemDataRole.UserRole + 4        # bool
LATE_COLOR = QColor("#b42318")
DONE_COLOR = QColor("#067647")
WITHDRAWN_COLOR = QColor("#98a2b3")           # greyed: readable, plainly not a current task


@dataclass(eq=False)
class Node:
    kind: str                      # "root" | "heading" | "task"
    key: str
    level: int = 3
    number: str = ""
    title: str = ""
    task_id: int | None = None
    status: str = "not_started"
    late: bool = False
    units: str = ""
    deadline: str = ""
    withdrawn_at: str | None = None  # a task a revised plan dropped: shown greyed, in no count
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    shown: list[Node] = field(default_factory=list)     # visible children, in order
    row: int = 0                                           # own row among parent's shown

    def label(self) -> str:
        if self.withdrawn_at is not None:
            return withdrawn_label(self.number, self.title)
        return numbered_title(self.number, self.title, level_numeral(self.level, self.number))


def withdrawn_label(number: str, title: str) -> str:
    """A withdrawn task without its number in front: a revision may have given that number to a
    live task standing just above it (「8. 推进医养融合发展」, then 「（原8，已撤销）加强失能老年人照护」)."""
    return WITHDRAWN_LABEL.format(number=number, title=title) if number else f"（{WITHDRAWN}）{title}"


def build_tree(headings: Iterable[dict[str, Any]], tasks: Iterable[dict[str, Any]],
               withdrawn: Iterable[dict[str, Any]] = ()) -> tuple[Node, dict[int, Node]]:
    """Headings and tasks (dicts with key, path, number, title …) → root node, task id → node.
    ``withdrawn`` tasks (with ``withdrawn_at``) stand under their section, by their last place."""
    root = Node("root", "")
    by_key: dict[str, Node] = {}
    by_task: dict[int, Node] = {}

    def attach(node: Node, path: list[str]) -> None:
        parent = root
        for cut in range(len(path), 0, -1):          # nearest existing ancestor
            found = by_key.get(".".join(path[:cut]))
            if found is not None:
                parent = found
                break
        node.parent = parent
        parent.children.append(node)
        by_key.setdefault(node.key, node)

    for h in headings:
        attach(Node("heading", h["key"], h["level"], h["number"], h["title"]), list(h["path"]))
    order: dict[int, int] = {}
    # a stable sort (no position: as given); a withdrawn task before the live one that took its place since, so
    # 「（原11，已撤销）」 stands after 10., not after the new 12. (m62a)
    every = sorted([*tasks, *withdrawn], key=lambda t: (t.get("position", 0), t.get("withdrawn_at") is None))
    for t in every:
        order[t["id"]] = len(order)
        node = Node("task", t["key"], t["level"], t["number"], t["title"], task_id=t["id"],
                    status=t.get("status") or "not_started", late=bool(t.get("late")),
                    units=t.get("units", ""), deadline=t.get("deadline") or "",
                    withdrawn_at=t.get("withdrawn_at"))
        attach(node, list(t["path"]))
        by_task[t["id"]] = node
    _prune_empty_headings(root)
    _in_document_order(root, order)
    return root, by_task


def _in_document_order(node: Node, order: dict[int, int]) -> int:
    """Put each node's children in the plan's order (the tasks come in it; a heading stands where its first task
    does), so a childless point 「二、资金来源」 is not listed after every heading with items; the first place below
    ``node`` is returned."""
    if node.kind == "task":
        return order.get(node.task_id or 0, 0)
    firsts = {id(c): _in_document_order(c, order) for c in node.children}
    node.children.sort(key=lambda c: firsts[id(c)])
    return min(firsts.values(), default=len(order))


def _prune_empty_headings(node: Node) -> bool:
    """Drop headings with no task below (工作目标, 保障措施 …): the tree is about tasks."""
    node.children = [c for c in node.children if c.kind == "task" or _prune_empty_headings(c)]
    return bool(node.children)


class TaskTreeModel(TreeModel):
    HEADERS = HEADERS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.root = Node("root", "")
        self.by_task: dict[int, Node] = {}
        self.visible_count = 0
        self._keep: set[int] | None = None

    # -- loading and filtering -------------------------------------------------
    def set_tree(self, root: Node, by_task: dict[int, Node]) -> None:
        self.beginResetModel()
        self.root, self.by_task = root, by_task
        self._apply(None)
        self.endResetModel()

    def set_visible(self, task_ids: set[int] | None) -> bool:
        """Show only these tasks (and their headings); None shows everything.

        Returns False, touching nothing, when the same tasks are already shown: typing
        in the search box often keeps the set, and a reset would re-lay-out the view.
        """
        keep = None if task_ids is None or set(self.by_task) <= task_ids else set(task_ids) & set(self.by_task)
        if keep == self._keep:
            return False
        self.beginResetModel()
        self._apply(keep)
        self.endResetModel()
        return True

    def _apply(self, keep: set[int] | None) -> None:
        self._keep = keep
        count = 0

        def walk(node: Node) -> bool:
            nonlocal count
            node.shown = [c for c in node.children if walk(c)]
            for row, child in enumerate(node.shown):
                child.row = row
            if node.kind == "task":
                visible = keep is None or node.task_id in keep
                count += visible and node.withdrawn_at is None
                return visible or bool(node.shown)
            return bool(node.shown)

        walk(self.root)
        self.visible_count = count

    def _is_shown(self, node: Node) -> bool:
        while node.parent is not None:
            if node.row >= len(node.parent.shown) or node.parent.shown[node.row] is not node:
                return False
            node = node.parent
        return True

    def index_of_task(self, task_id: int) -> QModelIndex:
        node = self.by_task.get(task_id)
        if node is None or not self._is_shown(node):
            return QModelIndex()
        return self.index_of(node, COL_TITLE)

    # -- the tree (desktop.ui.tree_model): only the nodes the filter keeps -------------
    def child_nodes(self, node: Node | None) -> list[Node]:
        return (self.root if node is None else node).shown

    def parent_node(self, node: Node) -> Node | None:
        return None if node.parent is self.root else node.parent

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TITLE:
                return node.label()
            if node.kind != "task":
                return None
            if column == COL_STATUS and node.withdrawn_at is not None:
                return WITHDRAWN
            if column == COL_STATUS:
                late = PAST_DEADLINE if node.late and node.status != "late" else ""
                return STATUS_LABELS.get(node.status, node.status) + late
            if column == COL_UNITS:
                return node.units
            if column == COL_DEADLINE:
                return node.deadline
        if node.withdrawn_at is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return solid(WITHDRAWN_COLOR)
            if role == Qt.ItemDataRole.ToolTipRole:
                return WITHDRAWN_TIP.format(date=node.withdrawn_at[:10])
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_TITLE, COL_UNITS):
            return node.label() if column == COL_TITLE else node.units or None
        if role == Qt.ItemDataRole.ForegroundRole and node.kind == "task" and column == COL_STATUS:
            if node.late or node.status == "late":
                return solid(LATE_COLOR)
            if node.status == "done":
                return solid(DONE_COLOR)
        if role == Qt.ItemDataRole.FontRole and node.kind == "heading":
            font = QFont()
            font.setBold(True)
            return font
        if role == TaskIdRole:
            return node.task_id
        if role == KindRole:
            return node.kind
        if role == StatusRole:
            return None if node.kind != "task" else "withdrawn" if node.withdrawn_at else node.status
        if role == LateRole:
            return node.late if node.kind == "task" else None
        return None
