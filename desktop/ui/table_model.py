"""A read-only table model over a list of dict rows: subclasses name their columns and roles.

``set_rows`` resets inside begin/endResetModel; ``update_row`` emits a targeted dataChanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

RowRole = Qt.ItemDataRole.UserRole + 1        # the whole row dict
KeyRole = Qt.ItemDataRole.UserRole + 2        # the row's id

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    HEADERS: Sequence[str] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def update_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        if role == RowRole:
            return row
        if role == KeyRole:
            return row.get("id")
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return self.extra(row, index.column(), role)

    def display(self, row: dict[str, Any], column: int) -> Any:
        """The text of ``column`` for ``row``: every table model defines its own."""
        raise TypeError(f"{type(self).__name__} must define display(row, column)")

    def tooltip(self, row: dict[str, Any], column: int) -> Any:
        value = self.display(row, column)
        return value if isinstance(value, str) and len(value) > 20 else None

    def extra(self, row: dict[str, Any], column: int, role: int) -> Any:
        return None
