"""First run and plan import: who am I, open or paste a plan, review it, save it, pick my unit.

Each step is a window-modal dialog opened with ``open()`` and continued from its
``finished`` signal, so nothing blocks in a nested event loop (and tests can drive it).
Parsing and saving run through ``ops.run_op`` off the GUI thread.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.core import rereading
from desktop.core.model import book_title
from desktop.core.review_edits import dropped_key
from desktop.errors import UserError
from desktop.store import entries, identity, queries
from desktop.ui import ops
from desktop.ui.forms.ui_import_dialog import Ui_ImportDialog
from desktop.ui.forms.ui_role_dialog import Ui_RoleDialog
from desktop.ui.review import ReviewDialog
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.session import ROLE_OFFICE, ROLE_UNIT, Session

# the screens' words
ROLE_TITLE = "选择身份"
NEED_UNIT = "请选择本单位。"
NEED_NAME = "请填写联络员姓名：催报和报送材料上要用到。"
IMPORT_TITLE = "导入工作方案"
NEXT = "下一步：核对(&N)"
PLAN_FILES = "工作方案 (*.txt *.docx);;办公室的方案包 (*.luoshi);;所有文件 (*)"
PACKAGE_TITLE = "导入办公室的方案包"
PACKAGE_FILES = "办公室的方案包 (*.luoshi);;所有文件 (*)"
PACKAGE_FIRST = ("责任单位请先导入领导小组办公室发来的方案包（.luoshi 文件）：方案、单位名册和办公室的密钥都在里面，"
                 "导入后才能向办公室报送。\n\n现在选择方案包吗？\n\n选“否”则先导入方案原文（.txt / .docx）试用："
                 "可以填报，但在导入办公室的方案包之前不能导出报送包。")
TRIAL = ("\n\n这是从方案原文导入的，可用于试用和填报；在导入领导小组办公室的方案包（文件 → 导入交换包）之前，"
         "不能导出报送包。")
EMPTY_GROUPS = ("\n\n{groups}还没有列出成员：请在“设置 → 单位名册”中列出它包括哪些单位，再导出方案包；"
                "成员单位才有这些任务，它们的报送包才会被接收。")
PACKAGE_IMPORTING = "正在检查并导入方案包…"
PACKAGE_NOT_PLAN = "“{name}”不是方案包（是{kind}），没有导入。请选择办公室发来的方案包。"
KIND_WORDS = {"submission": "单位的报送包", "receipt": "办公室的回执"}
NOT_LISTED = "（本单位不在列表中…）"
OFFICE_NO_UNIT = "（不代单位填报）"
NOT_LISTED_NAME = "本单位的名称（如“茅箭区”）："
NOT_LISTED_GROUP = "本单位属于方案中的哪个单位组？"
NO_GROUPS = ("方案中没有单位组，本单位也不在单位名单中：请联系领导小组办公室，在“设置 → 单位名册”中增加本单位，"
             "再重新发送方案包。")
NOTHING_TO_IMPORT = "请选择一个方案文件，或把方案全文粘贴进来。"
READING = "正在读取和识别方案…"
SAVING = "正在保存方案…"
NO_TASKS = "没有在这份材料中识别出任何任务。请确认选择的是工作方案全文（含“一、”“（一）”“1.”等编号的任务）。"
SAVED = ("已保存{title}：新增 {added} 项任务，更新 {updated} 项，撤销 {withdrawn} 项；"
         "共 {units} 个单位、{targets} 项指标。")
SAVED_UNTITLED = "方案（未填写标题，可在“设置 → 方案信息与阶段…”中填写）"
UNCHANGED = "这份方案与已保存的版本完全相同，没有改动。"
DONE_TITLE = "导入完成"
NOT_TASKS_SAVED = "\n\n标为“不是任务”、没有保存的行：{rows}（以后导入修订稿时仍不列为任务）。"
CHANGED = "\n\n改动的内容：\n{lines}"
MORE_CHANGES = "……另有 {n} 处改动，见任务页各任务的“修改记录”。"
KEPT = "\n\n新方案也改了、按您的选择保留了您的修改（记入各任务的修改记录）：\n{lines}"
# the document stored, read otherwise by this version (``core.rereading``): not a revision of it
READ_CHANGED = "\n\n文件内容未变，以下差异来自新版本对文件的识读：\n{lines}"
READ_KEPT = "\n\n与文件现在的识读不同、按您的选择保留了您的修改（记入各任务的修改记录）：\n{lines}"
WITHDRAWN_WHERE = "（撤销的任务在任务页中灰色显示为“已撤销”，已填报的进展可选中查看。）"
SHOWN_CHANGES = 12
BRIEFING_EXAMPLE = "×××工作领导小组办公室"        # the 简报 name's placeholder before a name is typed
PASTED = "粘贴的文本"
UNTITLED = "无标题的方案"
SAME_TITLE = "工作区中已有同名方案{title}（文号 {old}），这份方案的文号是 {new}。请选择怎样导入"
AS_REVISION = "作为原方案的修订稿（保留已填报的进展）"
AS_NEW = "作为另一个新方案"
OTHER_PLAN = ("工作区中已有方案{others}。这份{title}的标题和文号都与它不同，程序不能确定是不是它的修订稿。"
              "请选择怎样导入（“取消”不导入，工作区不变）：\n\n"
              "· 作为另一个方案：另存为一个方案，并设为当前方案：工作台、任务、月度填报、报告和交换包"
              "都将改用{title}（原方案的任务和进展仍保留在工作区中）。一个方案用一个工作区更清楚。\n"
              "· 作为修订稿：是原方案改过后重新印发的（如换了印发通知），任务按内容对应原方案的任务，"
              "已填报的进展和您的修改保留，核对时列出改动。")
OTHER_AS_NEW = "作为另一个方案导入"
OTHER_AS_REVISION = "作为{title}的修订稿导入"


@dataclass(frozen=True)
class AnotherPlan:
    """What the person said of a plan that is no revision the program can see: import it or not, and as a revision
    of which stored plan (``revises``: its id; None: as another plan)."""

    imported: bool
    revises: int | None = None


NOT_IMPORTED = AnotherPlan(False)
AS_ANOTHER_PLAN = AnotherPlan(True)


class RoleDialog(QDialog):
    """Responsible unit (unit + liaison) or leading group office."""

    def __init__(self, session: Session, prompts: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RoleDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)               # 1366×768 office screens: nothing off the bottom
        self.session, self.prompts = session, prompts
        ws = session.ws
        units = queries.units(ws, session.plan_id) if session.plan_id is not None else []
        # the office inside a unit (市民政局's 养老服务处) enters that unit's progress as it (ux64 finding 5)
        self.ui.officeUnitCombo.addItem(OFFICE_NO_UNIT, None)
        for unit in units:
            if not unit["is_group"]:
                self.ui.unitCombo.addItem(unit["name"], unit["id"])
                self.ui.officeUnitCombo.addItem(unit["name"], unit["id"])
        has_units = self.ui.unitCombo.count() > 0
        if has_units:                   # a district under 各县市区 the office has not listed yet
            self.ui.unitCombo.addItem(NOT_LISTED, "not_listed")
        self.ui.noPlanLabel.setVisible(not has_units)
        for widget in (self.ui.unitCombo, self.ui.liaisonNameEdit, self.ui.liaisonPhoneEdit):
            widget.setEnabled(has_units)
        self.ui.officeUnitCombo.setEnabled(has_units)
        if session.is_office:
            self.ui.officeRadio.setChecked(True)
            self.ui.officeUnitCombo.setCurrentIndex(max(0, self.ui.officeUnitCombo.findData(session.unit_id)))
        if session.unit_id is not None:
            self.ui.unitCombo.setCurrentIndex(max(0, self.ui.unitCombo.findData(session.unit_id)))
            liaison = entries.liaison(ws, session.unit_id)
            if liaison:
                self.ui.liaisonNameEdit.setText(liaison[0])
                self.ui.liaisonPhoneEdit.setText(liaison[1])
        office = identity.office_identity(ws)
        self.ui.officeNameEdit.setText(office.name)
        self.ui.officePersonEdit.setText(office.person)
        self.ui.officePhoneEdit.setText(office.phone)
        self.ui.briefingEdit.setText(ws.setting("briefing_name", ""))
        self.ui.briefingEdit.setPlaceholderText(
            identity.default_briefing_name(office.name or BRIEFING_EXAMPLE))
        self.ui.officeNameEdit.textChanged.connect(lambda text: self.ui.briefingEdit.setPlaceholderText(
            identity.default_briefing_name(text or BRIEFING_EXAMPLE)))
        self.ui.unitRadio.toggled.connect(self.ui.unitBox.setEnabled)
        self.ui.officeRadio.toggled.connect(self.ui.officeBox.setEnabled)
        self.ui.unitBox.setEnabled(self.ui.unitRadio.isChecked())
        self.ui.officeBox.setEnabled(self.ui.officeRadio.isChecked())
        self.ui.buttonBox.accepted.connect(self.save)

    def save(self) -> None:
        if self.ui.officeRadio.isChecked():
            try:
                identity.set_office_identity(self.session.ws, self.ui.officeNameEdit.text(),
                                             self.ui.officePersonEdit.text(),
                                             self.ui.officePhoneEdit.text(),
                                             briefing=self.ui.briefingEdit.text())
            except UserError as exc:
                self.prompts.warn(self, ROLE_TITLE, exc.message)
                self.ui.officeNameEdit.setFocus()
                return
            self.session.set_role(ROLE_OFFICE, self.ui.officeUnitCombo.currentData(), self.ui.officePersonEdit.text())
            self.accept()
            return
        unit_id = self.ui.unitCombo.currentData()
        if unit_id is None:                      # no plan yet: the unit is chosen after import
            self.session.set_role(ROLE_UNIT, None)
            self.accept()
            return
        name = self.ui.liaisonNameEdit.text().strip()
        if not name:
            self.prompts.warn(self, ROLE_TITLE, NEED_NAME)
            self.ui.liaisonNameEdit.setFocus()
            return
        if unit_id == "not_listed":
            unit_id = self.declare_unit()
            if unit_id is None:
                return
        try:
            entries.set_liaison(self.session.ws, unit_id, name, self.ui.liaisonPhoneEdit.text())
        except UserError as exc:
            self.prompts.warn(self, ROLE_TITLE, exc.message)
            return
        self.session.set_role(ROLE_UNIT, int(unit_id), name)
        self.accept()


    def declare_unit(self) -> int | None:
        """A unit the office's plan lacks: its name and its group, kept here until the office adds it."""
        from desktop.store import roster

        ws, plan_id = self.session.ws, self.session.plan_id
        groups = roster.groups(ws, plan_id) if plan_id is not None else []
        if not groups:
            self.prompts.warn(self, ROLE_TITLE, NO_GROUPS)
            return None
        name = self.prompts.text(self, ROLE_TITLE, NOT_LISTED_NAME)
        if name is None or not name.strip():
            return None
        group = groups[0] if len(groups) == 1 else self.prompts.choose(self, ROLE_TITLE, NOT_LISTED_GROUP, groups)
        if group is None:
            return None
        try:
            unit_id = roster.declare_own_unit(ws, plan_id, name, group)
        except UserError as exc:
            self.prompts.warn(self, ROLE_TITLE, exc.message)
            return None
        notice = roster.pending_notice(ws, plan_id, unit_id)
        if notice:
            self.prompts.info(self, ROLE_TITLE, notice)
        return unit_id


def is_package_file(path: Path | None) -> bool:
    """A Luoshi exchange package, whatever dialog it was chosen in (never a plan text to convert)."""
    from desktop.core.parse.read import PACKAGE_SUFFIX

    return path is not None and path.suffix.lower() == PACKAGE_SUFFIX


class ImportDialog(QDialog):
    """Pick a .txt/.docx or paste the text; 下一步 reads and parses it off the GUI thread."""

    def __init__(self, prompts: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        fit_to_screen(self)               # 1366×768 office screens: nothing off the bottom
        self.prompts = prompts
        self.next_button = self.ui.buttonBox.addButton(NEXT, QDialogButtonBox.ButtonRole.AcceptRole)
        self.next_button.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.accept_if_ready)
        self.ui.browseButton.clicked.connect(self.browse)

    def browse(self) -> None:
        path = self.prompts.open_file(self, IMPORT_TITLE, PLAN_FILES)
        if path is not None:
            self.ui.fileEdit.setText(str(path))

    def source(self) -> tuple[str, Path | None, str]:
        """("file", path, name) or ("text", None, pasted text)."""
        pasted = self.ui.pasteEdit.toPlainText()
        name = self.ui.fileEdit.text().strip()
        if name:
            return "file", Path(name), Path(name).name
        return "text", None, pasted

    def accept_if_ready(self) -> None:
        kind, path, text = self.source()
        if kind == "text" and not text.strip():
            self.prompts.warn(self, IMPORT_TITLE, NOTHING_TO_IMPORT)
            return
        self.accept()


def read_and_parse(kind: str, path: Path | None, text: str, progress: ops.Progress):
    """Worker: the file's text (or the pasted one) → ParsedPlan; UserError when nothing is found."""
    from desktop.core.parse import parse_text, read_plan_file

    progress.update(0, 2, READING)
    if kind == "file":
        assert path is not None
        text = read_plan_file(path)
    progress.update(1, 2, READING)
    plan = parse_text(text)
    if not plan.source_text:
        plan.source_text = text
    if not plan.tasks:
        raise UserError(NO_TASKS)
    progress.update(2, 2, READING)
    return plan


def change_lines(changes: list[str], withdrawn: set[str]) -> list[str]:
    """The save message's list: the tasks withdrawn first and all of them (a withdrawal is what a
    clerk must not miss), then the other changes up to ``SHOWN_CHANGES`` in all. ``withdrawn``: the
    old keys the save withdrew (``ImportResult.withdrawn``; a stored key renamed 「二.5（已撤销）」
    names 二.5); a withdrawal's line is 「原二.5 …」 (``review_edits.DROPPED``)."""
    keys = {key.split(WITHDRAWN_MARK, 1)[0] for key in withdrawn}
    first = [line for line in changes if dropped_key(line) in keys]
    rest = [line for line in changes if line not in first]
    shown = first + rest[:max(SHOWN_CHANGES - len(first), 0)]
    if first:
        shown.insert(len(first), WITHDRAWN_WHERE)
    if len(shown) - bool(first) < len(changes):
        shown.append(MORE_CHANGES.format(n=len(changes) - len(shown) + bool(first)))
    return shown


WITHDRAWN_MARK = "（已撤销"


class FirstRunFlow:
    """The steps in order; ``on_finished`` runs once the user is through (or stopped)."""

    def __init__(self, window: QWidget, session: Session, prompts: Any,
                 on_finished: Callable[[], None]) -> None:
        self.window, self.session, self.prompts = window, session, prompts
        self.on_finished = on_finished
        self.role_dialog: RoleDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.review_dialog: ReviewDialog | None = None
        self.reimport: Any = None
        self.op: ops.Op | None = None
        self.source_name = ""
        self._then_import = False
        self.result: Any = None
        self.kept: list[Any] = []                # corrections kept over the revised document's value
        self.plan_path: Path | None = None       # a plan file given to the program: filled in

    def start(self) -> None:
        if not self.session.role or (self.session.role == ROLE_UNIT and self.session.unit_id is None
                                     and self.session.plan_id is not None):
            self.start_role(then_import=self.session.plan_id is None)
        elif self.session.plan_id is None:
            self.start_import()
        else:
            self.on_finished()

    # -- role -----------------------------------------------------------------------------
    def start_role(self, then_import: bool) -> None:
        self._then_import = then_import
        self.role_dialog = RoleDialog(self.session, self.prompts, self.window)
        self.role_dialog.finished.connect(self._role_done)
        self.role_dialog.open()

    def _role_done(self, code: int) -> None:
        if code == QDialog.DialogCode.Accepted and self._then_import:
            if self.session.role == ROLE_UNIT:
                self.start_package()
            else:
                self.start_import()
        else:
            self.on_finished()

    # -- a unit starts from the office's plan package ---------------------------------------
    def start_package(self) -> None:
        """我是责任单位: the office's plan package first; the plan text only to try things out."""
        if not self.prompts.ask(self.window, PACKAGE_TITLE, PACKAGE_FIRST):
            self.start_import()
            return
        path = self.prompts.open_file(self.window, PACKAGE_TITLE, PACKAGE_FILES)
        if path is None:
            self.start_import()
            return
        self.import_package(Path(path))

    def import_package(self, path: Path) -> None:
        ws_path = self.session.ws.path

        def work(progress: ops.Progress) -> Any:
            from desktop.exchange.importer import import_files
            from desktop.store import open_workspace

            progress.update(0, 0, PACKAGE_IMPORTING)
            with open_workspace(ws_path) as ws:
                [outcome] = import_files(ws, [path])
            return outcome

        self.op = ops.run_op(self.window, work, label=PACKAGE_IMPORTING, prompts=self.prompts,
                             on_done=self._package_done, on_failed=self._failed, cancellable=False)

    def _package_done(self, outcome: Any) -> None:
        self.result = outcome
        if outcome.status == "refused":
            self.prompts.warn(self.window, PACKAGE_TITLE, outcome.line())
            self.on_finished()
            return
        if outcome.kind and outcome.kind != "plan":
            self.prompts.warn(self.window, PACKAGE_TITLE, PACKAGE_NOT_PLAN.format(
                name=outcome.path.name, kind=KIND_WORDS.get(outcome.kind, outcome.kind)))
            self.on_finished()
            return
        self.session.refresh()
        if outcome.details.get("plan_id") is not None:
            self.session.ws.set_setting("current_plan_id", str(outcome.details["plan_id"]))
            self.session.refresh()
        self.prompts.info(self.window, DONE_TITLE, outcome.line())
        if self.session.role != ROLE_OFFICE and self.session.unit_id is None:
            self.start_role(then_import=False)      # the plan's units are there to pick from
        else:
            self.on_finished()

    # -- import -----------------------------------------------------------------------------
    def start_import(self) -> None:
        self.import_dialog = ImportDialog(self.prompts, self.window)
        if self.plan_path is not None:
            self.import_dialog.ui.fileEdit.setText(str(self.plan_path))
        self.import_dialog.finished.connect(self._import_chosen)
        self.import_dialog.open()

    def _import_chosen(self, code: int) -> None:
        if code != QDialog.DialogCode.Accepted or self.import_dialog is None:
            self.on_finished()
            return
        kind, path, text = self.import_dialog.source()
        if kind == "file" and is_package_file(path):      # a .luoshi is imported as a package
            assert path is not None
            self.import_package(path)
            return
        self.source_name = path.name if path is not None else PASTED
        self.op = ops.run_op(self.window, lambda p: read_and_parse(kind, path, text, p), label=READING,
                             prompts=self.prompts, on_done=self._review,
                             on_failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            self.prompts.warn(self.window, IMPORT_TITLE, exc.message)
            self.on_finished()
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def _review(self, parsed: Any) -> None:
        from desktop.store.plans import prepare_reimport, title_only_match
        from desktop.store.saved_plan import workspace_units

        as_new = False
        same_title = title_only_match(self.session.ws, parsed)
        if same_title is not None:          # same title, another document number: ask, never guess
            answer = self.prompts.choose(self.window, IMPORT_TITLE, SAME_TITLE.format(
                title=book_title(parsed.title), old=same_title[1], new=parsed.doc_number), [AS_REVISION, AS_NEW])
            if answer is None:
                self.on_finished()
                return
            as_new = answer == AS_NEW
        # asked before the review: a revision shows the person's earlier corrections kept
        self.reimport = prepare_reimport(self.session.ws, parsed, as_new=as_new)
        if self.reimport.plan_id is None and not as_new:
            another = self._another_plan_or_revision(parsed)
            if not another.imported:
                self.on_finished()
                return
            if another.revises is not None:         # the person says it revises a stored plan (ux60 finding 1)
                self.reimport = prepare_reimport(self.session.ws, parsed, revises=another.revises)
        self.review_dialog = ReviewDialog(self.reimport.plan, self.prompts, self.window, reimport=self.reimport,
                                          workspace_units=workspace_units(self.session.ws))
        self.review_dialog.finished.connect(self._reviewed)
        self.review_dialog.open()

    def _another_plan_or_revision(self, parsed: Any) -> AnotherPlan:
        """A plan that is no revision the program can see (its title and number both differ) becomes a second plan
        and the current one, or — the person knows it is the same plan, changed and issued under a new notice — a
        revision of a stored plan (the current one offered first): said before the review, naming both (the command
        line's --as-revision)."""
        stored = queries.plans(self.session.ws)
        if not stored:
            return AS_ANOTHER_PLAN
        current = self.session.plan_id
        stored.sort(key=lambda p: p["id"] != current)
        title = book_title(parsed.title or UNTITLED)
        revisions = {OTHER_AS_REVISION.format(title=book_title(p["title"] or UNTITLED)): int(p["id"]) for p in stored}
        others = "".join(book_title(p["title"] or UNTITLED) for p in stored)
        answer = self.prompts.choose(self.window, IMPORT_TITLE, OTHER_PLAN.format(others=others, title=title),
                                     [OTHER_AS_NEW, *revisions])
        if answer is None:
            return NOT_IMPORTED
        return AnotherPlan(True, revisions.get(answer))

    def _reviewed(self, code: int) -> None:
        if code != QDialog.DialogCode.Accepted or self.review_dialog is None:
            self.on_finished()
            return
        reimport = self.reimport
        reimport.plan = self.review_dialog.plan()
        reimport.checked = self.review_dialog.model.checked_keys()
        self.kept = reimport.kept()
        path, name = self.session.ws.path, self.source_name

        def save(progress: ops.Progress) -> Any:
            from desktop.store import open_workspace
            from desktop.store.plans import save_reimport

            progress.update(0, 0, SAVING)
            with open_workspace(path) as ws:
                result = save_reimport(ws, reimport, source_name=name)
                ws.set_setting("current_plan_id", str(result.plan_id))
            return result

        self.op = ops.run_op(self.window, save, label=SAVING, prompts=self.prompts,
                             on_done=self._saved, on_failed=self._failed, cancellable=False)

    def _saved(self, result: Any) -> None:
        self.result = result
        self.session.refresh()
        if result.unchanged:
            text = UNCHANGED
        else:
            title = self.session.plan_title().strip()
            text = SAVED.format(
                title=f"“{title}”" if title else SAVED_UNTITLED, added=result.tasks_added, updated=result.tasks_updated,
                withdrawn=result.tasks_withdrawn, units=result.units, targets=result.targets)
            if result.changes:
                lines = change_lines(result.changes, set(result.withdrawn))
                text += (READ_CHANGED.format(lines="\n".join(map(rereading.reading_line, lines))) if result.reread
                         else CHANGED.format(lines="\n".join(lines)))
            if result.not_tasks:             # rows marked 「不是任务」 in the review: not saved
                text += NOT_TASKS_SAVED.format(rows="、".join(result.not_tasks))
            if self.kept:
                text += (READ_KEPT if result.reread else KEPT).format(
                    lines="\n".join(c.text() for c in self.kept))
            if result.units_folded:              # a unit stored twice in two bracket widths (store.unit_fold)
                text += "\n\n" + "\n".join(result.units_folded)
        if self.session.role == ROLE_UNIT:
            text += TRIAL
        elif self.session.plan_id is not None:
            from desktop.store.roster import empty_groups

            empty = empty_groups(self.session.ws, self.session.plan_id)
            if empty:
                text += EMPTY_GROUPS.format(groups="、".join(f"“{g}”" for g in empty))
        self.prompts.info(self.window, DONE_TITLE, text)
        if self.session.role != ROLE_OFFICE and self.session.unit_id is None:
            self.start_role(then_import=False)      # now the plan's units are there to pick from
        else:
            self.on_finished()
