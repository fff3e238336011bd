"""Item models of the dashboard: deadlines coming up, and the office's units × months grid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.deadlines import Deadline
from desktop.core.progress import month_label
from desktop.store import dashboard as figures
from desktop.ui.brushes import solid
from desktop.ui.table_model import RowsModel

Index = QModelIndex | QPersistentModelIndex
DUE_LEFT = "还有 {n} 个工作日"
DUE_TODAY = "今天截止"
DUE_OVER = "已过截止日 {n} 个工作日"
APPROX = "（按周末估算）"
STATE_MARKS = {figures.SUBMITTED: "✓", figures.LATE: "迟", figures.DRAFT: "稿", figures.MISSING: "✗",
               figures.NOT_DUE: ""}
STATE_COLORS = {figures.SUBMITTED: "#d1fadf", figures.LATE: "#fef0c7", figures.DRAFT: "#e0eaff",
                figures.MISSING: "#fee4e2"}
RETURNED_MARK = "退回"
CONFLICT_MARK = "冲"
UNSENT_MARK = "未发"
UNSENT_COLOR = "#fef0c7"
UNSENT_TIP = "\n已提交，未发送：请用“文件 → 导出本月报送包”导出，送交办公室"
RECEIPT_COLORS = {"conflict": "#e9d7fe", "returned": "#fddcab"}    # stand out from late (yellow)
CONFLICT_TIP = "\n新收到第{revision}版，与已接受的版本冲突，待办公室决定"
OFFICE_CONFLICT_TIP = "\n办公室已代该单位填报，又收到该单位的第{revision}版，内容不同，待办公室选择采用哪一版"
MONTH_HEADER = "{month}月"
# a grid that runs over the turn of a year (a plan of last year, in January: m62c finding 3) names the new year
YEAR_HEADER = "{year}年{month}月"
CELL_TIP = "{unit} {month}：{state}"
NOT_DUE = "未到期"
BEFORE_USE_MARK = "—"
BEFORE_USE_COLOR = "#98a2b3"                    # grey: neither owed nor late
BEFORE_USE = "方案启用前，无需报送（{month}起报送）"
BEFORE_TASK = "该单位的任务由修订后的方案下达，此前无需报送（{month}起报送）"
RECEIPT_TIP = "\n报送包第{revision}版：{label}"
StateRole = Qt.ItemDataRole.UserRole + 1       # the cell's state code
UnitIdRole = Qt.ItemDataRole.UserRole + 2


class DueModel(RowsModel):
    """Rows are {"deadline": Deadline}."""

    COL_WHAT, COL_DUE, COL_LEFT = range(3)
    HEADERS = ("事项", "截止日期", "剩余")

    def display(self, row: dict[str, Any], column: int) -> Any:
        d: Deadline = row["deadline"]
        if column == self.COL_WHAT:
            return d.label
        if column == self.COL_DUE:
            return d.due.isoformat() + (APPROX if d.approximate else "")
        if column == self.COL_LEFT:
            if d.overdue:
                return DUE_OVER.format(n=-d.working_days_left)
            return DUE_TODAY if d.working_days_left == 0 else DUE_LEFT.format(n=d.working_days_left)
        return None

    def extra(self, row: dict[str, Any], column: int, role: int) -> Any:
        d: Deadline = row["deadline"]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_LEFT:
            if d.overdue:
                return solid("#b42318")
            if d.working_days_left <= 3:
                return solid("#b54708")
        return None


class GridModel(QAbstractTableModel):
    """Units down, months across; each cell says submitted / late / draft / missing."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid = figures.SubmissionGrid(months=[], units=[])
        self.receipts: dict[tuple[int, str], dict[str, Any]] = {}
        self.unsent: set[tuple[int, str]] = set()

    def set_grid(self, grid: figures.SubmissionGrid,
                 receipts: dict[tuple[int, str], dict[str, Any]] | None = None,
                 unsent: set[tuple[int, str]] | None = None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.receipts = receipts or {}
        self.unsent = unsent or set()       # at the unit: submitted months not exported yet
        self.endResetModel()

    def cell(self, index: Index) -> tuple[dict[str, Any], str] | None:
        """(unit, month) of a cell."""
        if not index.isValid() or index.row() >= len(self.grid.units) or index.column() >= len(self.grid.months):
            return None
        return self.grid.units[index.row()], self.grid.months[index.column()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.grid.units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.grid.months)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.grid.months):
            month = self.grid.months[section]
            turned = section > 0 and month[:4] != self.grid.months[section - 1][:4]
            return (YEAR_HEADER if turned else MONTH_HEADER).format(year=month[:4], month=int(month[5:]))
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.grid.units):
            return self.grid.units[section]["name"]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.grid.units)) \
                or not (0 <= index.column() < len(self.grid.months)):
            return None
        unit = self.grid.units[index.row()]
        month = self.grid.months[index.column()]
        state = self.grid.state(unit["id"], month)
        if role == Qt.ItemDataRole.DisplayRole:
            receipt = self.receipts.get((unit["id"], month))
            if receipt and receipt.get("conflict"):
                return CONFLICT_MARK
            if receipt and receipt["state"] == "returned":
                return RETURNED_MARK
            if (unit["id"], month) in self.unsent:
                return UNSENT_MARK
            if state == figures.NOT_DUE and self.grid.before_use(month, unit["id"]):
                return BEFORE_USE_MARK
            return STATE_MARKS[state]
        if role == Qt.ItemDataRole.ToolTipRole:
            stamp = self.grid.submitted_at.get(unit["id"], {}).get(month, "")
            first = self.grid.first_of(unit["id"]) or month
            label = figures.CELL_LABELS[state] or (
                BEFORE_TASK.format(month=month_label(first)) if self.grid.before_task(month, unit["id"])
                else BEFORE_USE.format(month=month_label(first)) if self.grid.before_use(month) else NOT_DUE)
            text = CELL_TIP.format(unit=unit["name"], month=month, state=label)
            text += f"（{stamp[:16].replace('T', ' ')}）" if stamp else ""
            receipt = self.receipts.get((unit["id"], month))
            if receipt and "revision" in receipt:
                text += RECEIPT_TIP.format(revision=receipt["revision"], label=receipt["label"])
                text += f"（{receipt['reason']}）" if receipt["reason"] else ""
            if receipt and receipt.get("conflict"):
                tip = OFFICE_CONFLICT_TIP if receipt.get("office") else CONFLICT_TIP
                text += tip.format(revision=receipt["conflict"])
            return text + (UNSENT_TIP if (unit["id"], month) in self.unsent else "")
        if role == Qt.ItemDataRole.BackgroundRole:
            receipt = self.receipts.get((unit["id"], month))
            if receipt and receipt.get("conflict"):
                return solid(RECEIPT_COLORS["conflict"])
            if receipt and receipt["state"] == "returned":
                return solid(RECEIPT_COLORS["returned"])
            if (unit["id"], month) in self.unsent:
                return solid(UNSENT_COLOR)
        if role == Qt.ItemDataRole.BackgroundRole and state in STATE_COLORS:
            return solid(STATE_COLORS[state])
        if role == Qt.ItemDataRole.ForegroundRole and state == figures.NOT_DUE \
                and self.grid.before_use(month, unit["id"]):
            return solid(BEFORE_USE_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == StateRole:
            return state
        if role == UnitIdRole:
            return unit["id"]
        return None
