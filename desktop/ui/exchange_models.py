"""Item models and texts of the office's exchange dialogs: version conflicts and key changes.

What the dashboard reads of the exchange on every reload (``store.exchange.pending_counts``,
``store.receipts.conflict_cells``) comes from the store, so start-up does not import
desktop.exchange (its signing library costs time the first window does not need).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt

from desktop.store.queries import STATUS_LABELS
from desktop.ui.table_model import RowsModel

# the words
REVISION = "第{n}版"
NO_CURRENT = "（没有已接受的版本）"
OFFICE_ENTERED = "办公室代填的版本"        # no package of the month held: the office entered it for the unit
PARTY_OFFICE = "领导小组办公室"
FROM_REGISTRATION = "（密钥登记文件）"
ENTRY_LABELS = (("progress", "本月进展"), ("problems", "存在问题"), ("next_steps", "下步打算"))
VALUES = "指标累计值"
FILES = "佐证材料"
ARTICLES = "工作信息"
CHANGED = "（与另一版本不同）"
ONLY_HERE = "（另一版本中没有）"
EMPTY = "（无）"
VERSION_HEAD = "{unit} {month} · 第{revision}版 · {n} 项任务"
CHANGED_COLOR = "#fef0c7"
HELD_CONFLICT = "（新收到第{n}版，冲突待处理）"


def when(stamp: str | None) -> str:
    return (stamp or "")[:16].replace("T", " ")


class ConflictsModel(RowsModel):
    """Rows from receipts.open_conflicts: a newer revision held back beside the accepted one."""

    COL_UNIT, COL_MONTH, COL_CURRENT, COL_INCOMING, COL_RECEIVED = range(5)
    HEADERS = ("单位", "月份", "已接受的版本", "新收到的版本", "收到时间")

    def display(self, row: dict[str, Any], column: int) -> Any:
        if column == self.COL_UNIT:
            return row["unit"]
        if column == self.COL_MONTH:
            return row["month"]
        if column == self.COL_CURRENT:
            return REVISION.format(n=row["current_revision"]) if row.get("current_revision") else OFFICE_ENTERED
        if column == self.COL_INCOMING:
            return REVISION.format(n=row["revision"])
        if column == self.COL_RECEIVED:
            return when(row["received_at"])
        return None


class ReceivedModel(RowsModel):
    """Rows from receipts.month_states: every unit × month the office holds from a package."""

    COL_UNIT, COL_MONTH, COL_REVISION, COL_STATE, COL_RECEIVED, COL_REASON = range(6)
    HEADERS = ("单位", "月份", "版本", "状态", "收到时间", "退回原因")
    STATE_COLORS = {"returned": "#fddcab", "accepted": "#d1fadf"}     # the grid's colours

    def display(self, row: dict[str, Any], column: int) -> Any:
        if column == self.COL_UNIT:
            return row["unit"]
        if column == self.COL_MONTH:
            return row["month"]
        if column == self.COL_REVISION:
            return REVISION.format(n=row["revision"])
        if column == self.COL_STATE:
            conflict = row.get("conflict")
            return row["state_label"] + (HELD_CONFLICT.format(n=conflict) if conflict else "")
        if column == self.COL_RECEIVED:
            return when(row["received_at"])
        if column == self.COL_REASON:
            return row["reason"]
        return None

    def extra(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_STATE and row["state"] in self.STATE_COLORS:
            from desktop.ui.brushes import solid

            return solid(self.STATE_COLORS[row["state"]])
        return None


class KeyChangesModel(RowsModel):
    """Rows from exchange_keys.key_changes: a package signed by another key than the one pinned."""

    COL_PARTY, COL_OLD, COL_NEW, COL_FILE, COL_SEEN = range(5)
    HEADERS = ("发送方", "原来登记的指纹", "新密钥指纹", "文件", "发现时间")

    def display(self, row: dict[str, Any], column: int) -> Any:
        if column == self.COL_PARTY:
            return PARTY_OFFICE if row["party"] == "office" else row["unit"]
        if column == self.COL_OLD:
            return row["old_fingerprint"]
        if column == self.COL_NEW:
            return row["new_fingerprint"]
        if column == self.COL_FILE:
            return row["file_name"] or FROM_REGISTRATION
        if column == self.COL_SEEN:
            return when(row["seen_at"])
        return None

    def extra(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column in (self.COL_OLD, self.COL_NEW):
            from PySide6.QtGui import QFont, QFontDatabase

            font: QFont = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            return font
        return None


# ---- one version of a month, as HTML for the side-by-side view ---------------------------------

def _entry_key(entry: dict[str, Any]) -> str:
    return str(entry.get("task") or entry.get("task_title"))


def _entry_sig(entry: dict[str, Any]) -> tuple:
    values = tuple((v.get("text"), v.get("value")) for v in entry.get("values", []))
    files = tuple(a.get("sha256") for a in entry.get("attachments", []))
    return (entry.get("status"), *(entry.get(k, "") for k, _ in ENTRY_LABELS), values, files)


def version_html(unit: str, version: dict[str, Any] | None, other: dict[str, Any] | None, *,
                 office: bool = False) -> str:
    """A month as the unit sent it (``office``: as the office entered it for the unit); entries that differ
    from ``other`` are marked."""
    if version is None:
        return f"<p>{escape(NO_CURRENT)}</p>"
    theirs = {_entry_key(e): _entry_sig(e) for e in (other or {}).get("entries", [])}
    head = VERSION_HEAD.format(unit=unit, month=version.get("month", ""), revision=version.get("revision", ""),
                               n=len(version.get("entries", [])))
    if office:
        head = head.replace(f"第{version.get('revision', '')}版", OFFICE_ENTERED)
    parts = [f"<h3>{escape(head)}</h3>"]
    for entry in version.get("entries", []):
        key = _entry_key(entry)
        mark = ""
        style = ""
        if other is not None and key not in theirs:
            mark, style = ONLY_HERE, f" style='background:{CHANGED_COLOR}'"
        elif other is not None and theirs[key] != _entry_sig(entry):
            mark, style = CHANGED, f" style='background:{CHANGED_COLOR}'"
        status = STATUS_LABELS.get(entry.get("status", ""), entry.get("status", ""))
        rows = [f"<p{style}><b>{escape(entry.get('task_title') or key)}</b>　[{escape(status)}]"
                f"<span style='color:#b54708'>{escape(mark)}</span></p><table cellspacing='2'>"]
        for field, label in ENTRY_LABELS:
            rows.append(f"<tr><td valign='top' style='color:#475467'>{label}：</td>"
                        f"<td>{escape(entry.get(field) or EMPTY)}</td></tr>")
        values = "；".join(f"{v.get('text') or ''} {v.get('value'):g}" for v in entry.get("values", [])
                          if isinstance(v.get("value"), (int, float)))
        if values:
            rows.append(f"<tr><td style='color:#475467'>{VALUES}：</td><td>{escape(values)}</td></tr>")
        files = "、".join(a.get("name", "") for a in entry.get("attachments", []))
        if files:
            rows.append(f"<tr><td style='color:#475467'>{FILES}：</td><td>{escape(files)}</td></tr>")
        parts.append("".join(rows) + "</table>")
    articles = version.get("articles", [])
    if articles:
        parts.append(f"<p><b>{ARTICLES}</b></p><ul>" + "".join(
            f"<li>{escape(a.get('title', ''))}</li>" for a in articles) + "</ul>")
    return "".join(parts)
