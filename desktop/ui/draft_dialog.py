"""The draft editor: a half-year summary or year-end report shown section by section, every
paragraph editable, every drafted sentence traced to the monthly entry it came from; 导出
writes the edited Report to Word off the GUI thread and opens it in Word/WPS.

The layout and its fixed words are forms/draft_dialog.ui (and forms/practices_dialog.ui); the
words that change with the report and the paragraph on screen are here.
"""

from __future__ import annotations

import copy
import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QListWidgetItem, QTextEdit, QWidget

from desktop.reports.content import Report, Sentence, Source, cn_number
from desktop.reports.wording import OFFICE_BLANK, PRACTICES_BLANK, PRACTICES_CHECK
from desktop.store import entries
from desktop.ui import ops
from desktop.ui.doc_files import open_document, open_folder, remember_folder, save_folder, unique_path
from desktop.ui.draft_model import LABELS, DraftModel, EditedSentence, Part, SourcesModel, source_label
from desktop.ui.forms.ui_draft_dialog import Ui_DraftDialog
from desktop.ui.forms.ui_practices_dialog import Ui_PracticesDialog
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.session import Session

# the dialog's words
WINDOW_TITLE = {"half-year": "半年工作小结草稿", "year-end": "年度工作总结草稿"}
FILE_WHAT = {"half-year": "{year}年半年工作小结", "year-end": "{year}年度工作总结"}
PART_NAMES = {"group": "请选择左侧的一段", "heading": "章节标题", "block": "正文段落"}
PART_IN = "{name}（{section}）"
HINT_BLOCK = ("在这里修改本段文字；清空即删去本段。要分段，把光标放在新段的第一句里点“拆分段落”；"
              "“并入上一段”把本段接到上一段后面。")
HINT_LINES = {"title": "标题按这里的行断开：请在词与词之间换行，不要把一个词拆在两行。",
              "attachments": "每行写一个附件的名称；没有附件就留空。"}
HINT_FIELD = "在这里修改。"
HINT_BAD_DATE = "日期请写成“2024年6月28日”的样式；在改正之前，导出仍用原来的日期。"
NOTE_FIELD = "根据工作方案名称、本单位、联络员和日期生成，不来自某条月度填报。"
NOTE_HEADING = "章节标题，不来自月度填报。"
NOTE_SUBHEADING = "小标题取自工作方案（任务的分组和名称），不来自月度填报。"
NOTE_GROUP = "请在左侧选择一段。"
NOTE_NO_SENTENCE = "把光标放进一句话，这里会说明它的来源。"
DETAIL = "<b>当前句</b>：{source}"
DETAIL_TASK = "<br><b>任务</b>：{task}"
DETAIL_ORIGINAL = "<br><b>填报原文</b>：{text}"
DETAIL_ALSO = "<br><b>相同内容还见于</b>：{where}"
DETAIL_MORE = "等{n}处"
WILL_WRITE = "导出到：{path}"
WROTE = "已导出：{path}　<a href=\"folder\">打开所在文件夹</a>"
EXPORTING = "正在导出“{name}”…"
WRITING = "写入 Word"
SAVE_TITLE = "另存为"
DOCX_FILTER = "Word 文档 (*.docx)"
NO_VIEWER = "已导出到：\n{path}\n\n但没有找到可以打开 .docx 文件的程序（Word 或 WPS）。请在文件夹中找到它后手动打开。"
DISCARD_TITLE = "放弃修改"
DISCARD = "放弃对这份草稿的全部修改，按各月填报重新起草吗？\n\n已导出的 Word 文件不受影响。"
RESTORED = "已恢复上次的修改（保存在工作区中，直到点“放弃修改”）。"
KEPT = "修改随时保存在工作区中，关闭后再打开仍在；点“放弃修改”可重新起草。"
CHECKS_TITLE = "导出前请检查（{n}项）"
NO_CHECKS = "导出前检查：未发现问题。"
CHECK_FROM = "（{where}）"
SAVE_DELAY_MS = 600
HIGHLIGHT = "#fff0a8"


def file_name(report: Report) -> str:
    who = report.unit or (report.signature if report.signature != OFFICE_BLANK else "")   # no made-up name
    return f"{who}{FILE_WHAT[report.kind].format(year=report.year)}.docx"


def u16(text: str) -> int:
    """Length as Qt counts text positions (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


class DraftDialog(QDialog):
    """Edit a drafted Report, see each sentence's source, export it to Word."""

    def __init__(self, report: Report, session: Session, prompts: Any, *,
                 opener: Callable[[Path], bool] = open_document, documents: Path | None = None,
                 parent: QWidget | None = None, restored: bool = False) -> None:
        super().__init__(parent)
        self.session, self.prompts, self.opener = session, prompts, opener
        self.model = DraftModel(report, self)
        self.sources = SourcesModel(self)
        self.part: Part | None = None
        self.op: ops.Op | None = None
        self.exported: Path | None = None
        self.folder = save_folder("report", session.ws.path, documents)
        self._loading = False
        self._origins: dict[int, tuple[str, dict[str, str]]] = {}
        self._syncing = False
        self.restored = restored
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.keep_edits)
        self._build()
        self.model.dataChanged.connect(lambda *_: self._save_timer.start())
        self.model.modelReset.connect(self._save_timer.start)
        fit_to_screen(self)         # 1366×768 office screens: 导出 stays on the screen
        self.setWindowTitle(f"{WINDOW_TITLE[report.kind]} — {report.unit or report.signature}")
        self._select_first_traced()

    # -- layout (forms/draft_dialog.ui) and what the form cannot say ----------------------------
    def _build(self) -> None:
        self.ui = Ui_DraftDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.tree.setModel(self.model)
        header = ui.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 220)
        ui.tree.expandAll()
        ui.tree.selectionModel().currentChanged.connect(self._current_changed)
        ui.editor.textChanged.connect(self._text_changed)
        ui.editor.cursorPositionChanged.connect(self._cursor_moved)
        for button, slot in ((ui.splitButton, self.split_paragraph), (ui.mergeButton, self.merge_paragraph),
                             (ui.practicesButton, self.edit_practices), (ui.discardButton, self.discard)):
            button.clicked.connect(slot)
        ui.keptLabel.setText(RESTORED if self.restored else KEPT)
        ui.detailLabel.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        ui.sourcesView.setModel(self.sources)
        columns = ui.sourcesView.horizontalHeader()
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        columns.resizeSection(1, 300)
        ui.sourcesView.selectionModel().currentRowChanged.connect(self._source_chosen)
        ui.checksView.itemActivated.connect(self._check_chosen)
        ui.checksView.itemClicked.connect(self._check_chosen)
        self.show_checks()
        ui.rightSplitter.setSizes([300, 500])
        ui.splitter.setSizes([620, 660])
        self.folder_opener: Callable[[Path], bool] = open_folder
        ui.pathLabel.setText(WILL_WRITE.format(path=self.default_path()))
        ui.pathLabel.linkActivated.connect(lambda link: self.exported and self.folder_opener(self.exported))
        ui.exportButton.clicked.connect(self.export)
        ui.saveAsButton.clicked.connect(self.save_as)

    @property
    def report(self) -> Report:
        assert self.model.report is not None
        return self.model.report

    def _select_first_traced(self) -> None:
        """Open on the first paragraph drafted from entries: what the dialog is about."""
        first = next((p for p in self.model.all_parts() if p.sentences and p.sentences[0].source),
                     self.model.parts[0].children[0])
        self.select_part(first)

    def select_part(self, part: Part) -> None:
        index = self.model.index_of(part)
        self.ui.tree.setCurrentIndex(index)
        self.ui.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # -- the paragraph being edited ---------------------------------------------------------
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        part = self.model.part(current)
        self.part = part
        self._loading = True
        try:
            editable = part is not None and part.kind != "group"
            self.ui.editor.allow_newlines = part is not None and part.multiline
            self.ui.editor.setPlainText(self.model.text_of(part) if editable and part else "")
            self.ui.editor.setReadOnly(not editable)
            self.ui.editor.setEnabled(editable)
        finally:
            self._loading = False
        if part is None or part.kind == "group":
            name, hint = PART_NAMES["group"], ""
        elif part.kind == "field":
            name, hint = LABELS[part.name], HINT_LINES.get(part.name, HINT_FIELD)
        else:
            name, hint = PART_NAMES[part.kind], HINT_BLOCK
            if part.kind == "block" and part.parent is not None and part.parent.section is not None:
                name = PART_IN.format(name=name, section=part.parent.section.heading)
        self.ui.partLabel.setText(name)
        self.ui.hintLabel.setText(hint)
        self._show_sources()

    def _text_changed(self) -> None:
        if self._loading or self.part is None or self.part.kind == "group":
            return
        text = self.ui.editor.toPlainText()
        changed = self.model.set_text(self.part, text)
        if self.part.kind == "field" and self.part.name == "date":
            bad = not changed and text != self.model.text_of(self.part)
            self.ui.hintLabel.setText(HINT_BAD_DATE if bad else HINT_FIELD)
        if changed and self.part.kind == "block":
            self._show_sources()

    def _show_sources(self) -> None:
        part = self.part
        self.ui.sourcesView.setVisible(part is not None and part.block is not None and part.block.style == "body")
        self.sources.set_sentences(part.sentences if part else [], self.report.figures.as_of)
        self._cursor_moved()

    def sentence_at(self, position: int) -> tuple[int, int, int] | None:
        """(index, start, end) of the current paragraph's sentence at a Qt text position."""
        sentences = self.part.sentences if self.part else []
        start = 0
        for i, sentence in enumerate(sentences):
            end = start + u16(sentence.text)
            if position < end or i == len(sentences) - 1:
                return i, start, end
            start = end
        return None

    def _cursor_moved(self) -> None:
        if self._loading:
            return
        part = self.part
        found = self.sentence_at(self.ui.editor.textCursor().position()) if part and part.kind == "block" else None
        selections = []
        if found is not None:
            i, start, end = found
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(HIGHLIGHT))
            selection.format = fmt
            cursor = QTextCursor(self.ui.editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
            self._syncing = True
            try:
                self.ui.sourcesView.selectRow(i)
            finally:
                self._syncing = False
        self.ui.editor.setExtraSelections(selections)
        self.ui.detailLabel.setText(self.detail(part, found[0] if found else None))

    def _source_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        """A row picked in the 来源 table puts the cursor at the start of that sentence."""
        if self._syncing or not current.isValid() or self.part is None:
            return
        start = sum(u16(s.text) for s in self.part.sentences[:current.row()])
        cursor = self.ui.editor.textCursor()
        cursor.setPosition(min(start, u16(self.ui.editor.toPlainText())))
        self.ui.editor.setTextCursor(cursor)

    # -- where a sentence came from -------------------------------------------------------------
    def detail(self, part: Part | None, sentence: int | None) -> str:
        if part is None or part.kind == "group":
            return NOTE_GROUP
        if part.kind == "field":
            return NOTE_FIELD
        if part.kind == "heading":
            return NOTE_HEADING
        if part.block is not None and part.block.style != "body" and not any(s.sources for s in part.sentences):
            return NOTE_SUBHEADING
        if sentence is None or sentence >= len(part.sentences):
            return NOTE_NO_SENTENCE
        return self.sentence_detail(part.sentences[sentence])

    def sentence_detail(self, sentence: Sentence) -> str:
        """Unit, month, field and task of the entry, and what the entry said."""
        text = DETAIL.format(source=html.escape(source_label(sentence, self.report.figures.as_of)))
        if sentence.source is not None:
            task, original = self.origin(sentence.source)
            if task:
                text += DETAIL_TASK.format(task=html.escape(task))
            if original and (isinstance(sentence, EditedSentence) or original.strip() != sentence.text.strip()):
                text += DETAIL_ORIGINAL.format(text=html.escape(original))
        if sentence.merged:
            where = "；".join(s.label() for s in sentence.merged[:4])
            if len(sentence.merged) > 4:
                where += DETAIL_MORE.format(n=len(sentence.merged))
            text += DETAIL_ALSO.format(where=html.escape(where))
        return text

    def origin(self, source: Source) -> tuple[str, str]:
        """(task title, the entry's own text of that field), read from the workspace."""
        if source.entry_id is None or source.field == "article":
            return "", ""
        if source.entry_id not in self._origins:
            found = entries.entries(self.session.ws, entry_id=source.entry_id)
            self._origins[source.entry_id] = ("", {}) if not found else (
                found[0]["task_title"], {f: found[0][f] for f in ("progress", "problems", "next_steps")})
        task, fields = self._origins[source.entry_id]
        return task, fields.get(source.field, "")

    # -- export ------------------------------------------------------------------------------------
    def default_path(self) -> Path:
        return unique_path(self.folder / file_name(self.report))

    def export(self) -> None:
        """导出: the default path beside the workspace (or in Documents), never overwriting."""
        self.write(self.default_path())

    def save_as(self) -> None:
        chosen = self.prompts.save_file(self, SAVE_TITLE, str(self.default_path()), DOCX_FILTER)
        if chosen is None:
            return
        if chosen.suffix.lower() != ".docx":
            chosen = chosen.with_name(chosen.name + ".docx")
        remember_folder("report", chosen)
        self.write(chosen)

    def write(self, out: Path) -> None:
        if self.op is not None and not self.op.done:
            return
        report = copy.deepcopy(self.report)       # the user may go on editing while it writes
        for section in report.sections:           # a paragraph emptied in the editor is gone
            section.blocks = [b for b in section.blocks if b.text.strip()]
        db = self.session.ws.path
        from desktop.ui.fonts import export_profile

        fonts = export_profile()

        def render(progress: ops.Progress) -> Path:
            from desktop.reports.render import render_report
            from desktop.reports.templates import workspace_template_dir

            progress.update(0, 0, WRITING)
            return render_report(report, out, template_dir=workspace_template_dir(db), font_profile=fonts)

        self.op = ops.run_op(self, render, label=EXPORTING.format(name=out.name), prompts=self.prompts,
                             on_done=lambda path: self._written(Path(path)))

    def _written(self, path: Path) -> None:
        self.exported = path
        self.model.edited = False
        self.ui.pathLabel.setText(WROTE.format(path=html.escape(str(path))))
        if not self.opener(path):
            self.prompts.info(self, WINDOW_TITLE[self.report.kind], NO_VIEWER.format(path=path))

    def reject(self) -> None:
        """Closing keeps the edits: they are in the workspace until 放弃修改."""
        if self._save_timer.isActive() or self.model.edited:
            self.keep_edits()
        super().reject()

    # -- edits kept in the workspace ------------------------------------------------------------
    def keep_edits(self) -> None:
        from desktop.reports.content import report_to_dict
        from desktop.store.notes import save_draft_edits

        self._save_timer.stop()
        s = self.session
        if s.plan_id is None or not self.model.edited:
            return
        r = self.report
        save_draft_edits(s.ws, s.plan_id, r.kind, r.year, r.unit, report_to_dict(r))

    def discard(self) -> None:
        """放弃修改: the kept edits go, the report is drafted again from the entries."""
        from desktop.reports.data import load_input
        from desktop.reports.draft import draft_report
        from desktop.store.notes import discard_draft_edits

        if not self.prompts.ask(self, DISCARD_TITLE, DISCARD):
            return
        s, r = self.session, self.report
        self._save_timer.stop()
        if s.plan_id is not None:
            discard_draft_edits(s.ws, s.plan_id, r.kind, r.year, r.unit)
        fresh = draft_report(load_input(s.ws, r.year, r.unit, r.date), r.kind, today=r.date, addressee=r.addressee)
        self.model.set_report(fresh)
        self._save_timer.stop()
        self.ui.tree.expandAll()
        self.ui.keptLabel.setText(KEPT)
        self.show_checks()
        self._select_first_traced()

    # -- splitting and merging paragraphs ----------------------------------------------------------
    def split_paragraph(self) -> None:
        part = self.part
        if part is None or part.kind != "block":
            return
        found = self.sentence_at(self.ui.editor.textCursor().position())
        new = self.model.split(part, found[0] if found else 0) if found else None
        if new is not None:
            self.ui.tree.expandAll()
            self.select_part(new)

    def merge_paragraph(self) -> None:
        part = self.part
        joined = self.model.merge_up(part) if part is not None else None
        if joined is not None:
            self.ui.tree.expandAll()
            self.select_part(joined)

    # -- the period's 做法, written by the unit or the office -----------------------------------------
    def edit_practices(self) -> None:
        from desktop.reports.data import load_input
        from desktop.reports.draft import draft_report
        from desktop.store import notes

        s, r = self.session, self.report
        if s.plan_id is None:
            return
        unit_id = None if r.unit is None else s.unit_id
        text = practices_dialog(self, notes.practices(s.ws, s.plan_id, r.kind, r.year, unit_id))
        if text is None:
            return
        notes.set_practices(s.ws, s.plan_id, r.kind, r.year, text, unit_id)
        fresh = draft_report(load_input(s.ws, r.year, r.unit, r.date), r.kind, today=r.date)
        new = next((x for x in fresh.sections if x.heading.endswith("主要做法")), None)
        old = next((x for x in r.sections if x.heading.endswith("主要做法")), None)
        if new is not None and old is not None:
            old.blocks = new.blocks
        if new is not None and not any(b.text == PRACTICES_BLANK for b in new.blocks):
            r.checks = [c for c in r.checks if c.text != PRACTICES_CHECK]     # written now: nothing to check
            self.show_checks()
        elif new is not None:            # the section was empty before: it goes after 一、
            r.sections.insert(1, new)
            for i, section in enumerate(r.sections, 1):
                section.heading = f"{cn_number(i)}、{section.heading.split('、', 1)[-1]}"
        self.model.set_report(r)
        self.model.edited = True
        self.ui.tree.expandAll()
        self.keep_edits()
        section = next(p for p in self.model.parts if p.section is not None and p.section.heading.endswith("主要做法"))
        self.select_part(section.children[0] if section.children else section)

    # -- checks before export ----------------------------------------------------------------------------
    def show_checks(self) -> None:
        checks = self.report.checks
        self.ui.checksLabel.setText(CHECKS_TITLE.format(n=len(checks)) if checks else NO_CHECKS)
        self.ui.checksView.clear()
        self.ui.checksView.setVisible(bool(checks))
        for check in checks:
            where = "；".join(s.label() for s in check.sources[:3])
            item = QListWidgetItem(check.text + (CHECK_FROM.format(where=where) if where else ""))
            item.setData(Qt.ItemDataRole.UserRole, check)
            self.ui.checksView.addItem(item)

    def _check_chosen(self, item: QListWidgetItem) -> None:
        """A check picked: the paragraph drafted from its first entry, when there is one."""
        check = item.data(Qt.ItemDataRole.UserRole)
        ids = {s.entry_id for s in check.sources if s.entry_id is not None}
        part = next((p for p in self.model.all_parts()
                     if any(src.entry_id in ids for sentence in p.sentences for src in sentence.sources)), None)
        if part is not None:
            self.select_part(part)


class PracticesDialog(QDialog):
    """The period's 做法, one a line (forms/practices_dialog.ui)."""

    def __init__(self, parent: QWidget | None, text: str) -> None:
        super().__init__(parent)
        self.ui = Ui_PracticesDialog()
        self.ui.setupUi(self)
        self.ui.practicesEdit.setPlainText(text)


def practices_dialog(parent: QWidget, text: str) -> str | None:
    """Ask for the period's 做法: the text, or None when cancelled."""
    box = PracticesDialog(parent, text)
    if box.exec() != QDialog.DialogCode.Accepted:
        return None
    return box.ui.practicesEdit.toPlainText()
