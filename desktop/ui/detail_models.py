"""Small read-only tables of the task page: targets with progress, monthly history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.core.review_corrections import target_label as target_label  # (the command line's words too)
from desktop.core.values import figure_text
from desktop.store.queries import STATUS_LABELS
from desktop.ui.brushes import solid
from desktop.ui.table_model import RowsModel

NOT_REPORTED = "尚未填报"
SUBMITTED, DRAFT, VERSION = "已提交", "草稿", "（第{n}版）"
VERSION_LINE = "第{revision}版 {at} {reason}"


def number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def big_number(value: float | None, written: str = "") -> str:
    """A target's figure or a shown (not edited) value: 150亿, 33万 (``core.values.figure_text``)."""
    return "" if value is None else figure_text(value, written)


class TargetsModel(RowsModel):
    """Rows from store.dashboard.target_progress."""

    COL_TARGET, COL_LATEST, COL_MONTH, COL_SHARE, COL_DEADLINE = range(5)
    HEADERS = ("指标", "最新累计值", "填报月份", "完成度", "时限")

    def display(self, row: dict[str, Any], column: int) -> Any:
        if column == self.COL_TARGET:
            return target_label(row)
        if column == self.COL_LATEST:
            return big_number(row.get("latest")) + (row.get("unit", "") if row.get("latest") is not None else "")
        if column == self.COL_MONTH:
            return row.get("latest_month") or NOT_REPORTED
        if column == self.COL_SHARE:
            return "" if row.get("ratio") is None else f"{row['ratio']:.0%}"
        if column == self.COL_DEADLINE:
            return row.get("deadline") or ""
        return None

    def extra(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_LATEST, self.COL_SHARE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class HistoryModel(RowsModel):
    """Rows from store.entries.entries(task_id=…): one per unit and month."""

    COL_MONTH, COL_UNIT, COL_STATUS, COL_PROGRESS, COL_PROBLEMS, COL_STATE = range(6)
    HEADERS = ("月份", "单位", "状态", "进展", "问题", "报送")

    def display(self, row: dict[str, Any], column: int) -> Any:
        if column == self.COL_MONTH:
            return row["month"]
        if column == self.COL_UNIT:
            return row.get("unit_name", "")
        if column == self.COL_STATUS:
            return STATUS_LABELS.get(row["status"], row["status"])
        if column == self.COL_PROGRESS:
            return row.get("progress", "")
        if column == self.COL_PROBLEMS:
            return row.get("problems", "")
        if column == self.COL_STATE:
            text = SUBMITTED if row.get("state") == "submitted" else DRAFT
            return text + (VERSION.format(n=row["revision"]) if row.get("revision", 1) > 1 else "")
        return None

    def tooltip(self, row: dict[str, Any], column: int) -> Any:
        if column == self.COL_STATE and row.get("versions"):
            return "\n".join(VERSION_LINE.format(revision=v["revision"], reason=v["reason"],
                                                 at=v["recorded_at"][:16].replace("T", " "))
                             for v in row["versions"])
        return super().tooltip(row, column)

    def extra(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_STATUS and row["status"] == "late":
            return solid("#b42318")
        return None
