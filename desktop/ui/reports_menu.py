"""The 报告 menu: Word and Excel documents from desktop.reports, made off the GUI thread.

The half-year summary and the year-end report are drafted first and open in the draft editor
(desktop.ui.draft_dialog), whose 导出 writes them; the other documents are written straight
away. The office-only 汇编 action is added to the window's 报告 menu here, so the menu's form
stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.core.model import book_title
from desktop.ui.doc_files import after_export, ask_save_path, open_document
from desktop.ui.session import Session

if TYPE_CHECKING:
    from desktop.ui import ops

# the menu's words
TITLE = "生成报告"
MAKING = "正在生成{what}…"
DRAFTING = "正在起草{what}…"
READING = "读取全年填报并起草"
MADE = "已生成{what}：\n{path}\n\n现在打开吗？"
NO_PLAN = "请先导入工作方案。"
NO_UNIT = "请先在“设置 → 身份与联络员”中选择本单位。"
NO_TASKS = ("{unit}在{plan}中没有承担任务，无法起草该报告。"
            "请检查单位名称，或在任务分工中补上该单位。")
VOLUME_ACTION = "各单位报告汇编（Word）(&V)…"
VOLUME_TIP = "把各单位的半年工作小结（1—6月）或年度工作总结（7—12月）汇编成一个 Word 文档，带目录。"
WHAT = {"monthly-info": "{year}年{month}月工作信息", "half-year": "{year}年半年工作小结",
        "year-end": "{year}年度工作总结", "ledger": "进度台账", "status": "报送情况统计",
        "volume-half-year": "{year}年半年工作小结汇编", "volume-year-end": "{year}年度工作总结汇编"}
FILTERS = {".docx": "Word 文档 (*.docx)", ".xlsx": "Excel 工作簿 (*.xlsx)"}
SUFFIX = {"monthly-info": ".docx", "half-year": ".docx", "year-end": ".docx", "ledger": ".xlsx",
          "status": ".xlsx", "volume": ".docx"}
DRAFTED = ("half-year", "year-end")          # open in the draft editor before export
WITH_MONTH = ("monthly-info", "status", "volume")
OFFICE_ONLY = ("status", "volume")
DATED = ("monthly-info", "volume")           # the user confirms the date the document bears
DATE_LABEL = "落款日期（例如 2024年11月30日）："
BAD_DATE = "“{text}”不是有效的日期。请写成 2024年11月30日 或 2024-11-30，再导出一次。"


def _ops() -> ModuleType:
    """desktop.ui.ops (worker threads, the progress dialog): imported by the first export, not
    at start-up."""
    from desktop.ui import ops

    return ops


class ReportActions:
    def __init__(self, window: QWidget, session: Session, prompts: Any) -> None:
        self.window, self.session, self.prompts = window, session, prompts
        self.op: ops.Op | None = None
        self.made: Path | None = None
        self.dialog: Any = None                  # the open DraftDialog
        self.opener: Callable[[Path], bool] = open_document
        self.volume_action: QAction | None = None
        self._add_volume_action()

    # -- the menu -------------------------------------------------------------------------
    def _add_volume_action(self) -> None:
        """汇编 goes under 年度工作总结 in the window's 报告 menu (found through its ui)."""
        ui = getattr(self.window, "ui", None)
        menu = getattr(ui, "menuReports", None)
        if menu is None:
            return
        action = QAction(VOLUME_ACTION, self.window)
        action.setObjectName("actionVolume")
        action.setToolTip(VOLUME_TIP)
        action.triggered.connect(lambda _checked=False: self.export("volume"))
        actions = menu.actions()
        year_end = getattr(ui, "actionYearEnd", None)
        after = actions.index(year_end) + 1 if year_end in actions else len(actions)
        if after < len(actions):
            menu.insertAction(actions[after], action)
        else:
            menu.addAction(action)
        self.volume_action = action
        menu.aboutToShow.connect(self.update_actions)      # the role may have changed since
        self.update_actions()

    def office_actions(self) -> list[QAction]:
        ui = getattr(self.window, "ui", None)
        found = [self.volume_action, getattr(ui, "actionStatus", None)]
        return [a for a in found if a is not None]

    def update_actions(self) -> None:
        """Office-only documents are hidden from a unit's liaison."""
        for action in self.office_actions():
            action.setVisible(self.session.is_office)

    # -- documents ------------------------------------------------------------------------
    def month(self) -> str:
        return self.session.ws.setting("last_month", "") or self.session.current_month()

    def what(self, kind: str, year: int, month: int) -> str:
        if kind == "volume":
            kind = "volume-half-year" if month <= 6 else "volume-year-end"
        return WHAT[kind].format(year=year, month=month)

    def export(self, kind: str) -> None:
        s = self.session
        if s.plan_id is None:
            self.prompts.warn(self.window, TITLE, NO_PLAN)
            return
        if kind in OFFICE_ONLY and not s.is_office:
            return
        if kind in DRAFTED:
            self.draft(kind)
            return
        month = self.month()
        year, mon = int(month[:4]), int(month[5:])
        what = self.what(kind, year, mon)
        who = "" if s.is_office else s.unit_name()
        suffix = SUFFIX[kind]
        out = ask_save_path(self.prompts, self.window, TITLE, kind, f"{who}{what}{suffix}", s.ws.path,
                            FILTERS[suffix])
        if out is None:
            return
        if out.suffix.lower() != suffix:
            out = out.with_name(out.name + suffix)
        day = None
        if kind in DATED:
            day = self.ask_date(kind, year, mon)
            if day is None:
                return
        db, unit, office = s.ws.path, (None if s.is_office else who or None), s.is_office
        from desktop.ui.fonts import export_profile

        fonts = export_profile()

        def make(progress: ops.Progress) -> Path:
            from desktop.reports import generate

            return generate(kind, db, year, month=mon if kind in WITH_MONTH else None,
                            unit=unit, all_units=office, out=out, today=s.today, date=day,
                            font_profile=fonts,
                            progress=lambda fraction, message: progress.update(int(fraction * 100), 100, message))

        self.op = _ops().run_op(self.window, make, label=MAKING.format(what=what), prompts=self.prompts,
                             on_done=lambda path: self._made(what, Path(path)))

    def ask_date(self, kind: str, year: int, month: int):
        """The date the document bears, offered as the plan's due date (汇编) or today;
        None when the user cancels or types something that is not a day (told why)."""
        from desktop.errors import UserError
        from desktop.reports.content import cn_date
        from desktop.reports.documents import default_date
        from desktop.ui.draft_model import parse_date

        which = ("half-year" if month <= 6 else "year-end") if kind == "volume" else kind
        try:
            offered = default_date(self.session.ws, which, year, self.session.today)
        except UserError:          # no plan: generate() says so in words
            offered = self.session.today
        text = self.prompts.text(self.window, TITLE, DATE_LABEL, cn_date(offered))
        if text is None:
            return None
        day = parse_date(text.strip())
        if day is None:
            self.prompts.warn(self.window, TITLE, BAD_DATE.format(text=text.strip()))
        return day

    def _made(self, what: str, path: Path) -> None:
        self.made = path
        after_export(self.prompts, self.window, TITLE, MADE.format(what=what, path=path), path,
                     can_open=True, opener=self.opener)

    # -- the half-year summary and the year-end report: draft, edit, export ------------------------
    def draft(self, kind: str) -> None:
        """Draft off the GUI thread (it reads the whole year), then open the draft editor:
        a unit's own report, or the city-wide version for the office."""
        s = self.session
        if not s.is_office and s.unit_id is None:
            self.prompts.warn(self.window, TITLE, NO_UNIT)
            return
        year = int(self.month()[:4])
        unit = None if s.is_office else s.unit_name()
        db, today = s.ws.path, s.today

        def make(progress: ops.Progress) -> Any:
            from desktop.reports.documents import draft

            progress.update(0, 0, READING)
            return draft(kind, db, year, unit, today=today)

        self.op = _ops().run_op(self.window, make, label=DRAFTING.format(what=WHAT[kind].format(year=year)),
                             prompts=self.prompts, on_done=self._drafted)

    def _kept_edits(self, report: Any) -> Any:
        """The edits kept in the workspace for this report, if any (until 放弃修改)."""
        from desktop.reports.content import report_from_dict
        from desktop.store.notes import draft_edits
        from desktop.ui.draft_model import EditedSentence

        s = self.session
        kept = draft_edits(s.ws, s.plan_id, report.kind, report.year, report.unit) if s.plan_id else None
        if kept is None:
            return None
        try:
            restored = report_from_dict(kept, EditedSentence)
        except (KeyError, TypeError, ValueError):
            return None                  # written by another version: draft afresh
        restored.checks = report.checks  # the checks stand on today's entries
        return restored

    def _drafted(self, report: Any) -> None:
        if report.unit and report.figures.tasks + report.figures.supported == 0:
            self.prompts.warn(self.window, TITLE, NO_TASKS.format(unit=report.unit, plan=book_title(report.plan_title)))
            return
        from desktop.ui.draft_dialog import DraftDialog

        if self.dialog is not None:
            self.dialog.deleteLater()           # one draft editor at a time
        restored = self._kept_edits(report)
        self.dialog = DraftDialog(restored or report, self.session, self.prompts, opener=self.opener,
                                  parent=self.window, restored=restored is not None)
        self.dialog.open()
