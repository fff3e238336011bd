"""A tree of plain Python nodes as a read-only Qt item model: the base of the draft editor's
parts (desktop.ui.draft_model) and the plan's task tree (desktop.ui.task_tree).

A node knows its ``row`` among the rows shown under its parent and its ``parent`` node; a
subclass says which nodes a node shows (``child_nodes``) and what a row holds (``data``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class TreeModel(QAbstractItemModel):
    """Rows are nodes; ``HEADERS`` names the columns; items are picked, not edited in place."""

    HEADERS: tuple[str, ...] = ()

    def child_nodes(self, node: Any | None) -> Sequence[Any]:
        """The nodes shown under ``node``, in row order; None asks for the top level. The base
        model holds no nodes (an empty tree); the draft and task trees give theirs."""
        return ()

    def parent_node(self, node: Any) -> Any | None:
        """The node ``node`` is shown under; None at the top level."""
        return node.parent

    def node(self, index: Index) -> Any | None:
        return index.internalPointer() if index.isValid() else None

    def index_of(self, node: Any, column: int = 0) -> QModelIndex:
        return self.createIndex(node.row, column, node)

    # -- QAbstractItemModel ------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self.child_nodes(self.node(parent))[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        above = self.parent_node(node) if node is not None else None
        return QModelIndex() if above is None else self.index_of(above)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.child_nodes(self.node(parent)))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
