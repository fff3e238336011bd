"""The draft editor: a half-year summary or year-end report shown section by section, every
paragraph editable, every drafted sentence traced to the monthly entry it came from; 导出
writes the edited Report to Word off the GUI thread and opens it in Word/WPS.

Built in code rather than in Designer: its strings sit here, in one place, and the forms'
English table (build/translations.py) stays the other engineer's file.
"""

from __future__ import annotations

import copy
import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.content import Report, Sentence, Source, cn_number
from desktop.store import entries
from desktop.ui import ops
from desktop.ui.doc_files import open_document, open_folder, remember_folder, save_folder, unique_path
from desktop.ui.draft_model import LABELS, DraftModel, EditedSentence, Part, SourcesModel, source_label
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.session import Session

# the dialog's words
WINDOW_TITLE = {"half-year": "半年工作小结草稿", "year-end": "年度工作总结草稿"}
FILE_WHAT = {"half-year": "{year}年半年工作小结", "year-end": "{year}年度工作总结"}
INTRO = ("草稿由各月填报自动起草。左侧按章节列出各段，选中一段即可在右侧修改；"
         "光标所在的句子标黄，下方说明它出自哪条月度填报。")
PART_NAMES = {"group": "请选择左侧的一段", "heading": "章节标题", "block": "正文段落"}
PART_IN = "{name}（{section}）"
HINT_BLOCK = ("在这里修改本段文字；清空即删去本段。要分段，把光标放在新段的第一句里点“拆分段落”；"
              "“并入上一段”把本段接到上一段后面。")
HINT_LINES = {"title": "标题按这里的行断开：请在词与词之间换行，不要把一个词拆在两行。",
              "attachments": "每行写一个附件的名称；没有附件就留空。"}
HINT_FIELD = "在这里修改。"
HINT_BAD_DATE = "日期请写成“2024年6月28日”的样式；在改正之前，导出仍用原来的日期。"
SOURCES_TITLE = "来源"
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
EXPORT, SAVE_AS, CLOSE = "导出(&E)", "另存为(&A)…", "关闭"
EXPORT_TIP = "导出为 Word 文档并打开；同名文件已存在时另起一个带编号的文件名，不会覆盖。"
WILL_WRITE = "导出到：{path}"
WROTE = "已导出：{path}　<a href=\"folder\">打开所在文件夹</a>"
EXPORTING = "正在导出“{name}”…"
WRITING = "写入 Word"
SAVE_TITLE = "另存为"
DOCX_FILTER = "Word 文档 (*.docx)"
NO_VIEWER = "已导出到：\n{path}\n\n但没有找到可以打开 .docx 文件的程序（Word 或 WPS）。请在文件夹中找到它后手动打开。"
DISCARD_TITLE = "放弃修改"
DISCARD = "放弃对这份草稿的全部修改，按各月填报重新起草吗？\n\n已导出的 Word 文件不受影响。"
SPLIT, MERGE, PRACTICES, DISCARD_BUTTON = "拆分段落(&S)", "并入上一段(&M)", "主要做法(&P)…", "放弃修改(&D)…"
SPLIT_TIP = "从光标所在的句子起另起一段。"
MERGE_TIP = "把本段接到上一段后面。"
PRACTICES_TIP = "填写本期的主要做法（一条一行），写入“二、主要做法”，下次起草也会用上。"
DISCARD_TIP = "放弃保存在工作区里的修改，按各月填报重新起草。"
RESTORED = "已恢复上次的修改（保存在工作区中，直到点“放弃修改”）。"
KEPT = "修改随时保存在工作区中，关闭后再打开仍在；点“放弃修改”可重新起草。"
CHECKS_TITLE = "导出前请检查（{n}项）"
NO_CHECKS = "导出前检查：未发现问题。"
CHECK_FROM = "（{where}）"
PRACTICES_TITLE = "本期主要做法"
PRACTICES_INTRO = ("一条一行，例如“强化统筹调度，建立月调度、季通报机制，编发工作简报12期。”"
                   "写入报告的“主要做法”，排在从月度填报中归纳的做法之前。")
SAVE_TEXT, CANCEL_TEXT = "保存", "取消"
SAVE_DELAY_MS = 600
HIGHLIGHT = "#fff0a8"


def file_name(report: Report) -> str:
    who = report.unit or report.signature
    return f"{who}{FILE_WHAT[report.kind].format(year=report.year)}.docx"


def u16(text: str) -> int:
    """Length as Qt counts text positions (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


class ParagraphEdit(QPlainTextEdit):
    """Enter does not split a paragraph (the Report has no place for it) unless the part holds
    lines (title, attachments); pasted line breaks are dropped likewise."""

    allow_newlines = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.allow_newlines:
            event.accept()      # not ignore(): the dialog would take Enter as 导出
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: Any) -> None:
        if self.allow_newlines or not source.hasText():
            super().insertFromMimeData(source)
            return
        self.textCursor().insertText(source.text().replace("\r", "").replace("\n", ""))


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

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.resize(1280, 800)
        layout = QVBoxLayout(self)
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(1, 220)
        self.tree.expandAll()
        self.tree.selectionModel().currentChanged.connect(self._current_changed)

        self.part_label = QLabel()
        self.part_label.setStyleSheet("font-weight: bold")
        self.editor = ParagraphEdit()
        self.editor.textChanged.connect(self._text_changed)
        self.editor.cursorPositionChanged.connect(self._cursor_moved)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #5f6b7a")
        tools = QHBoxLayout()
        self.split_button = QPushButton(SPLIT)
        self.split_button.setToolTip(SPLIT_TIP)
        self.merge_button = QPushButton(MERGE)
        self.merge_button.setToolTip(MERGE_TIP)
        self.practices_button = QPushButton(PRACTICES)
        self.practices_button.setToolTip(PRACTICES_TIP)
        self.discard_button = QPushButton(DISCARD_BUTTON)
        self.discard_button.setToolTip(DISCARD_TIP)
        for button, slot in ((self.split_button, self.split_paragraph), (self.merge_button, self.merge_paragraph),
                             (self.practices_button, self.edit_practices), (self.discard_button, self.discard)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            tools.addWidget(button)
        tools.addStretch(1)
        self.kept_label = QLabel(RESTORED if self.restored else KEPT)
        self.kept_label.setWordWrap(True)
        self.kept_label.setStyleSheet("color: #5f6b7a")
        edit_box = QWidget()
        edit_layout = QVBoxLayout(edit_box)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.addWidget(self.part_label)
        edit_layout.addLayout(tools)
        for widget in (self.editor, self.hint_label, self.kept_label):
            edit_layout.addWidget(widget)

        sources_label = QLabel(SOURCES_TITLE)
        sources_label.setStyleSheet("font-weight: bold")
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.sources_view = QTableView()
        self.sources_view.setModel(self.sources)
        self.sources_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sources_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sources_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sources_view.verticalHeader().hide()
        self.sources_view.setWordWrap(False)
        self.sources_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sources_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.sources_view.horizontalHeader().resizeSection(1, 300)
        self.sources_view.selectionModel().currentRowChanged.connect(self._source_chosen)
        self.checks_label = QLabel()
        self.checks_label.setStyleSheet("font-weight: bold")
        self.checks_view = QListWidget()
        self.checks_view.setWordWrap(True)
        self.checks_view.itemActivated.connect(self._check_chosen)
        self.checks_view.itemClicked.connect(self._check_chosen)
        self.show_checks()
        source_box = QWidget()
        source_layout = QVBoxLayout(source_box)
        source_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (sources_label, self.detail_label, self.sources_view, self.checks_label, self.checks_view):
            source_layout.addWidget(widget)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(edit_box)
        right.addWidget(source_box)
        right.setSizes([300, 500])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setSizes([620, 660])
        layout.addWidget(split, 1)

        bottom = QHBoxLayout()
        self.path_label = QLabel(WILL_WRITE.format(path=self.default_path()))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.path_label.linkActivated.connect(lambda link: self.exported and self.folder_opener(self.exported))
        self.folder_opener: Callable[[Path], bool] = open_folder
        bottom.addWidget(self.path_label, 1)
        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton(EXPORT)
        self.export_button.setToolTip(EXPORT_TIP)
        self.export_button.setDefault(True)
        self.save_as_button = QPushButton(SAVE_AS)
        self.close_button = QPushButton(CLOSE)
        self.close_button.setAutoDefault(False)
        self.save_as_button.setAutoDefault(False)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_as_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.clicked.connect(self.export)
        self.save_as_button.clicked.connect(self.save_as)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

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
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    # -- the paragraph being edited ---------------------------------------------------------
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        part = self.model.part(current)
        self.part = part
        self._loading = True
        try:
            editable = part is not None and part.kind != "group"
            self.editor.allow_newlines = part is not None and part.multiline
            self.editor.setPlainText(self.model.text_of(part) if editable and part else "")
            self.editor.setReadOnly(not editable)
            self.editor.setEnabled(editable)
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
        self.part_label.setText(name)
        self.hint_label.setText(hint)
        self._show_sources()

    def _text_changed(self) -> None:
        if self._loading or self.part is None or self.part.kind == "group":
            return
        text = self.editor.toPlainText()
        changed = self.model.set_text(self.part, text)
        if self.part.kind == "field" and self.part.name == "date":
            bad = not changed and text != self.model.text_of(self.part)
            self.hint_label.setText(HINT_BAD_DATE if bad else HINT_FIELD)
        if changed and self.part.kind == "block":
            self._show_sources()

    def _show_sources(self) -> None:
        part = self.part
        self.sources_view.setVisible(part is not None and part.block is not None and part.block.style == "body")
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
        found = self.sentence_at(self.editor.textCursor().position()) if part and part.kind == "block" else None
        selections = []
        if found is not None:
            i, start, end = found
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(HIGHLIGHT))
            selection.format = fmt
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
            self._syncing = True
            try:
                self.sources_view.selectRow(i)
            finally:
                self._syncing = False
        self.editor.setExtraSelections(selections)
        self.detail_label.setText(self.detail(part, found[0] if found else None))

    def _source_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        """A row picked in the 来源 table puts the cursor at the start of that sentence."""
        if self._syncing or not current.isValid() or self.part is None:
            return
        start = sum(u16(s.text) for s in self.part.sentences[:current.row()])
        cursor = self.editor.textCursor()
        cursor.setPosition(min(start, u16(self.editor.toPlainText())))
        self.editor.setTextCursor(cursor)

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
        self.path_label.setText(WROTE.format(path=html.escape(str(path))))
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
        fresh = draft_report(load_input(s.ws, r.year, r.unit), r.kind, today=r.date, addressee=r.addressee)
        self.model.set_report(fresh)
        self._save_timer.stop()
        self.tree.expandAll()
        self.kept_label.setText(KEPT)
        self.show_checks()
        self._select_first_traced()

    # -- splitting and merging paragraphs ----------------------------------------------------------
    def split_paragraph(self) -> None:
        part = self.part
        if part is None or part.kind != "block":
            return
        found = self.sentence_at(self.editor.textCursor().position())
        new = self.model.split(part, found[0] if found else 0) if found else None
        if new is not None:
            self.tree.expandAll()
            self.select_part(new)

    def merge_paragraph(self) -> None:
        part = self.part
        joined = self.model.merge_up(part) if part is not None else None
        if joined is not None:
            self.tree.expandAll()
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
        fresh = draft_report(load_input(s.ws, r.year, r.unit), r.kind, today=r.date)
        new = next((x for x in fresh.sections if x.heading.endswith("主要做法")), None)
        old = next((x for x in r.sections if x.heading.endswith("主要做法")), None)
        if new is not None and old is not None:
            old.blocks = new.blocks
        elif new is not None:            # the section was empty before: it goes after 一、
            r.sections.insert(1, new)
            for i, section in enumerate(r.sections, 1):
                section.heading = f"{cn_number(i)}、{section.heading.split('、', 1)[-1]}"
        self.model.set_report(r)
        self.model.edited = True
        self.tree.expandAll()
        self.keep_edits()
        section = next(p for p in self.model.parts if p.section is not None and p.section.heading.endswith("主要做法"))
        self.select_part(section.children[0] if section.children else section)

    # -- checks before export ----------------------------------------------------------------------------
    def show_checks(self) -> None:
        checks = self.report.checks
        self.checks_label.setText(CHECKS_TITLE.format(n=len(checks)) if checks else NO_CHECKS)
        self.checks_view.clear()
        self.checks_view.setVisible(bool(checks))
        for check in checks:
            where = "；".join(s.label() for s in check.sources[:3])
            item = QListWidgetItem(check.text + (CHECK_FROM.format(where=where) if where else ""))
            item.setData(Qt.ItemDataRole.UserRole, check)
            self.checks_view.addItem(item)

    def _check_chosen(self, item: QListWidgetItem) -> None:
        """A check picked: the paragraph drafted from its first entry, when there is one."""
        check = item.data(Qt.ItemDataRole.UserRole)
        ids = {s.entry_id for s in check.sources if s.entry_id is not None}
        part = next((p for p in self.model.all_parts()
                     if any(src.entry_id in ids for sentence in p.sentences for src in sentence.sources)), None)
        if part is not None:
            self.select_part(part)


def practices_dialog(parent: QWidget, text: str) -> str | None:
    """A small box for the period's 做法; the text, or None when cancelled."""
    box = QDialog(parent)
    box.setWindowTitle(PRACTICES_TITLE)
    box.resize(640, 360)
    layout = QVBoxLayout(box)
    intro = QLabel(PRACTICES_INTRO)
    intro.setWordWrap(True)
    edit = QPlainTextEdit(text)
    buttons = QDialogButtonBox()
    buttons.addButton(SAVE_TEXT, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(CANCEL_TEXT, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(box.accept)
    buttons.rejected.connect(box.reject)
    for widget in (intro, edit, buttons):
        layout.addWidget(widget)
    box.edit = edit            # type: ignore[attr-defined]  # for tests
    if box.exec() != QDialog.DialogCode.Accepted:
        return None
    return edit.toPlainText()
