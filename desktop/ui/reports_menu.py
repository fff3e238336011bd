"""The 报告 menu: Word and Excel documents from desktop.reports, made off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from desktop.ui import ops
from desktop.ui.session import Session

# the menu's words
TITLE = "生成报告"
MAKING = "正在生成{what}…"
MADE = "已生成{what}：\n{path}\n\n现在打开吗？"
NO_PLAN = "请先导入工作方案。"
WHAT = {"monthly-info": "{year}年{month}月工作信息", "half-year": "{year}年半年工作小结",
        "year-end": "{year}年度工作总结", "ledger": "进度台账", "status": "报送情况统计"}
FILTERS = {".docx": "Word 文档 (*.docx)", ".xlsx": "Excel 工作簿 (*.xlsx)"}
SUFFIX = {"monthly-info": ".docx", "half-year": ".docx", "year-end": ".docx", "ledger": ".xlsx",
          "status": ".xlsx"}


class ReportActions:
    def __init__(self, window: QWidget, session: Session, prompts: Any) -> None:
        self.window, self.session, self.prompts = window, session, prompts
        self.op: ops.Op | None = None
        self.made: Path | None = None

    def month(self) -> str:
        return self.session.ws.setting("last_month", "") or self.session.current_month()

    def export(self, kind: str) -> None:
        s = self.session
        if s.plan_id is None:
            self.prompts.warn(self.window, TITLE, NO_PLAN)
            return
        month = self.month()
        year, mon = int(month[:4]), int(month[5:])
        what = WHAT[kind].format(year=year, month=mon)
        who = "" if s.is_office else s.unit_name()
        suffix = SUFFIX[kind]
        default = s.ws.path.parent / f"{who}{what}{suffix}"
        out = self.prompts.save_file(self.window, TITLE, str(default), FILTERS[suffix])
        if out is None:
            return
        if out.suffix.lower() != suffix:
            out = out.with_name(out.name + suffix)
        db, unit, office = s.ws.path, (None if s.is_office else who or None), s.is_office

        def make(progress: ops.Progress) -> Path:
            from desktop.reports import generate

            return generate(kind, db, year, month=mon if kind in ("monthly-info", "status") else None,
                            unit=unit, all_units=office, out=out, today=s.today,
                            progress=lambda fraction, message: progress.update(int(fraction * 100), 100, message))

        self.op = ops.run_op(self.window, make, label=MAKING.format(what=what), prompts=self.prompts,
                             on_done=lambda path: self._made(what, Path(path)))

    def _made(self, what: str, path: Path) -> None:
        self.made = path
        if self.prompts.ask(self.window, TITLE, MADE.format(what=what, path=path)):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
