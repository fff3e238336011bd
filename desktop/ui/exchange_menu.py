"""Package files carried between the office and the units (desktop.exchange), off the GUI thread.

Import any package (plan, submission, receipt); a unit exports its submitted month; the
office exports the plan package. Each runs on a worker with its own workspace connection.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from desktop.ui.doc_files import after_export, ask_save_path
from desktop.ui.session import Session

if TYPE_CHECKING:
    from desktop.ui import ops

# the menu's words
TITLE = "离线报送"
PACKAGES = "落实交换包 (*.luoshi *.zip);;所有文件 (*)"
IMPORTING = "正在检查并导入交换包…"
IMPORT_STEP = "正在导入 {name}（{n}/{total}）"
IMPORTED = "导入完成：{ok} 个成功，{same} 个已导入过，{refused} 个未导入。"
LINE = {"imported": "✓ {name}：{message}", "unchanged": "＝ {name}：{message}", "refused": "✗ {name}：{message}"}
EXPORTING = "正在导出…"
EXPORTED = "已导出：\n{path}\n\n可用U盘或电子邮件送交对方。"
NEED_UNIT = "请先在“设置 → 身份与联络员”中选择本单位。"
NEED_PLAN = "请先导入工作方案。"
BUSY = "上一批交换包还在导入，请等它完成后再导入这些文件。"
RECEIPT_NAME = "{unit}回执{day}.luoshi"
CHOOSE_UNIT = "给哪个单位导出回执？（回执列出该单位每个已报送月份的状态：已收到、已接受或退回及原因）"
NO_RECEIPTS = "还没有收到任何单位的报送，无需回执。"
SUBMISSION_NAME = "{unit}{month}报送包.luoshi"
PLAN_NAME = "{title}方案包.luoshi"


def summary(outcomes: list[Any]) -> str:
    """What an import did, one line per file: imported / unchanged / refused with the reason."""
    count = {status: sum(1 for o in outcomes if o.status == status) for status in LINE}
    lines = [IMPORTED.format(ok=count["imported"], same=count["unchanged"], refused=count["refused"]), ""]
    lines += [LINE[o.status].format(name=Path(o.path).name, message=o.message) for o in outcomes]
    for outcome in outcomes:
        lines += [f"    {w}" for w in outcome.warnings]
    return "\n".join(lines)


def _ops() -> ModuleType:
    """desktop.ui.ops (worker threads, the progress dialog): imported by the first import or export, not
    at start-up."""
    from desktop.ui import ops

    return ops


class ExchangeActions:
    def __init__(self, window: QWidget, session: Session, prompts: Any,
                 on_changed: Callable[[], None]) -> None:
        self.window, self.session, self.prompts = window, session, prompts
        self.on_changed = on_changed
        self.op: ops.Op | None = None
        self.outcomes: list[Any] = []
        self.written: Path | None = None

    def import_packages(self) -> None:
        self.import_files(self.prompts.open_files(self.window, TITLE, PACKAGES))

    def import_files(self, files: list[Path]) -> None:
        """Import package files (chosen in the menu or dropped on the window) off the GUI thread."""
        if not files or self.session.readonly:
            return
        if self.op is not None and not self.op.done:      # one import at a time: they share the file
            self.prompts.warn(self.window, TITLE, BUSY)
            return
        path = self.session.ws.path

        def work(progress: ops.Progress) -> list[Any]:
            from desktop.exchange.importer import import_files
            from desktop.store import open_workspace

            def step(n: int, total: int, current: Path) -> None:
                progress.update(n, total, IMPORT_STEP.format(name=current.name, n=min(n + 1, total), total=total))

            with open_workspace(path) as ws:
                return import_files(ws, files, progress=step)

        self.op = _ops().run_op(self.window, work, label=IMPORTING, prompts=self.prompts, on_done=self._imported)

    def _imported(self, outcomes: list[Any]) -> None:
        self.outcomes = outcomes
        refused = any(o.status == "refused" for o in outcomes)
        (self.prompts.warn if refused else self.prompts.info)(self.window, TITLE, summary(outcomes))
        self.on_changed()

    def export_submission(self, month: str) -> None:
        s = self.session
        unit = s.unit_name()
        if not unit:
            self.prompts.warn(self.window, TITLE, NEED_UNIT)
            return
        out = ask_save_path(self.prompts, self.window, TITLE, "submission",
                            SUBMISSION_NAME.format(unit=unit, month=month), s.ws.path, PACKAGES)
        if out is None:
            return

        def work(progress: ops.Progress) -> Path:
            from desktop.exchange.submission import export_submission
            from desktop.store import open_workspace

            with open_workspace(s.ws.path) as ws:
                return Path(export_submission(ws, unit, month, out).path)

        def done(path: Path) -> None:
            self.on_changed()            # the month now says 已发送
            self._exported(path)

        self.op = _ops().run_op(self.window, work, label=EXPORTING, prompts=self.prompts, on_done=done)

    def export_plan(self) -> None:
        s = self.session
        if s.plan_id is None:
            self.prompts.warn(self.window, TITLE, NEED_PLAN)
            return
        out = ask_save_path(self.prompts, self.window, TITLE, "plan-package",
                            PLAN_NAME.format(title=s.plan_title()[:30]), s.ws.path, PACKAGES)
        if out is None:
            return
        office = s.ws.setting("office_name", "")

        def work(progress: ops.Progress) -> Path:
            from desktop.exchange.plan_package import export_plan
            from desktop.store import open_workspace

            with open_workspace(s.ws.path) as ws:
                return Path(export_plan(ws, out, plan_id=s.plan_id, office_name=office).path)

        self.op = _ops().run_op(self.window, work, label=EXPORTING, prompts=self.prompts, on_done=self._exported)

    def export_receipt(self, unit: str | None = None) -> None:
        """The office's receipt (回执) for one unit: asked for when not given (File menu)."""
        s = self.session
        if unit is None:
            from desktop.store.receipts import month_states

            names = list(dict.fromkeys(r["unit"] for r in month_states(s.ws)))
            if not names:
                self.prompts.warn(self.window, TITLE, NO_RECEIPTS)
                return
            unit = self.prompts.choose(self.window, TITLE, CHOOSE_UNIT, names)
            if unit is None:
                return
        out = ask_save_path(self.prompts, self.window, TITLE, "receipt",
                            RECEIPT_NAME.format(unit=unit, day=s.today.strftime("%Y%m%d")), s.ws.path, PACKAGES)
        if out is None:
            return

        def work(progress: ops.Progress) -> Path:
            from desktop.exchange.receipt import export_receipt
            from desktop.store import open_workspace

            with open_workspace(s.ws.path) as ws:
                return Path(export_receipt(ws, unit, out).path)

        self.op = _ops().run_op(self.window, work, label=EXPORTING, prompts=self.prompts, on_done=self._exported)

    def _exported(self, path: Path) -> None:
        self.written = path
        after_export(self.prompts, self.window, TITLE, EXPORTED.format(path=path), path)
