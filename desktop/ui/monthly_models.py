"""Item models of the monthly entry screen: my tasks this month, and target values to fill in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.core.model import numbered_title
from desktop.core.values import ValueRefused, read_value
from desktop.store.queries import STATUS_LABELS
from desktop.ui.brushes import solid
from desktop.ui.detail_models import number, target_label
from desktop.ui.table_model import RowsModel

Index = QModelIndex | QPersistentModelIndex
EMPTY = "未填"


TAG_GAP = "　"                  # between a task's title and its 「[推进中]」


def unbroken_tag(text: str) -> str:
    """``text`` as the list paints it: its closing 「[推进中]」 one word (U+2060 WORD JOINER between its characters),
    so a wrapped title moves the tag whole to the next line, never 「[推进」 and 「中]」 apart. Painting only: the
    model's text stays plain for the tooltip, copying and searching."""
    title, gap, tag = text.rpartition(TAG_GAP)
    return title + gap + "\u2060".join(tag) if gap and tag.startswith("[") else text


class MyTasksModel(RowsModel):
    """One row per task of my unit: ``{id, number, title, entry}`` (entry None when unfilled)."""

    HEADERS = ("本单位任务",)

    def display(self, row: dict[str, Any], column: int) -> Any:
        entry = row.get("entry")
        mark = STATUS_LABELS.get(entry["status"], "") if entry else EMPTY
        return f"{numbered_title(row['number'], row['title'])}{TAG_GAP}[{mark}]"

    def extra(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.get("entry"):
            return solid("#667085")
        return None

    def set_entry(self, task_id: int, entry: dict[str, Any] | None) -> None:
        for i, row in enumerate(self.rows):
            if row["id"] == task_id:
                row["entry"] = entry
                self.update_row(i)
                return


class ValuesModel(RowsModel):
    """The task's targets: last month's cumulative value and this month's (editable)."""

    COL_TARGET, COL_PREVIOUS, COL_VALUE = range(3)
    HEADERS = ("指标", "上月累计", "本月累计")
    values_edited = Signal()
    value_refused = Signal(str)        # what was typed is not a value: the reason, in Chinese

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.locked = False

    def display(self, row: dict[str, Any], column: int) -> Any:
        if column == self.COL_TARGET:
            return target_label(row)
        if column == self.COL_PREVIOUS:
            return number(row.get("previous"))
        if column == self.COL_VALUE:
            return number(row.get("current"))
        return None

    def extra(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole and column == self.COL_VALUE:
            return number(row.get("current"))
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_VALUE:
            previous, current = row.get("previous"), row.get("current")
            if previous is not None and current is not None and current < previous:
                return solid("#fee4e2")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_VALUE and not self.locked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != self.COL_VALUE \
                or self.locked:
            return False
        row = self.rows[index.row()]
        try:
            parsed = read_value(str(value), row.get("unit") or "")
        except ValueRefused as exc:               # said, not dropped: the page shows why
            self.value_refused.emit(f"{target_label(row)}：{exc.message}")
            return False
        self.rows[index.row()]["current"] = parsed
        self.update_row(index.row())
        self.values_edited.emit()
        return True

    def values(self) -> dict[int, float | None]:
        return {row["id"]: row.get("current") for row in self.rows}
