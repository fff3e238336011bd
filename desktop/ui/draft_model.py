"""The drafted report as an item model: a tree of parts (开头, each 一、… section, 结尾), each
part's text editable, each body paragraph's sentences kept with the entries they came from.

``reconcile`` is the heart of editing: after the user changes a paragraph, sentences whose text
is still there keep their source; text that replaced drafted sentences keeps those sentences'
sources as an ``EditedSentence``; text the user added has no source. No widgets here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desktop.reports.content import Block, Report, Section, Sentence, Source, cn_date
from desktop.ui.brushes import solid
from desktop.ui.table_model import RowsModel
from desktop.ui.tree_model import Index, TreeModel

# the draft's words
HEADERS = ("段落", "来源")
GROUP_HEAD, GROUP_TAIL = "开头", "结尾"
LABELS = {"title": "标题", "addressee": "主送", "lead": "导语", "attachments": "附件",
          "signature": "署名", "date": "日期", "contact_person": "联系人", "contact_phone": "联系电话"}
EMPTY = "（无，可填写）"
COMPUTED = "汇总计算"
TYPED = "手工填写"
EDITED = "已修改"
MONTHS = "{year}年{first}—{last}月"
MANY_UNITS = "{unit}等{n}个单位"
SOURCE_HEADERS = ("句子", "来源")
SOURCE_COMPUTED = "由各月填报汇总计算{as_of}"
SOURCE_AS_OF = "（截至{year}年{month}月）"
SOURCE_TYPED = "手工填写，不对应月度填报"
SOURCE_EDITED = "（已改写）"
SOURCE_MERGED = "；另有{n}处相同内容已合并"

HEAD_PARTS = ("title", "addressee", "lead")
TAIL_PARTS = ("attachments", "signature", "date", "contact_person", "contact_phone")
MULTILINE = ("title", "attachments")        # one title line / one attachment a line
_ATTACHMENT_LEAD = re.compile(r"^(附件[:：])?\s*(\d+[.．、]\s*)?")    # the template numbers them
_DATE = re.compile(r"^\s*(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*日?\s*$")

PartRole = Qt.ItemDataRole.UserRole + 1       # the Part behind a row
TextRole = Qt.ItemDataRole.UserRole + 2       # the part's whole editable text


@dataclass(eq=False)
class EditedSentence(Sentence):
    """A sentence the user rewrote (it keeps the sources of what it replaced) or typed."""


@dataclass(eq=False)
class Part:
    """One row of the tree: a group (开头/结尾), a field (标题…), a section heading, a paragraph."""

    kind: str                                # group | field | heading | block
    name: str = ""                           # the field's name (title, lead …) or the group's label
    section: Section | None = None
    block: Block | None = None
    parent: Part | None = None
    row: int = 0
    children: list[Part] = field(default_factory=list)
    edited: bool = False

    @property
    def sentences(self) -> list[Sentence]:
        return self.block.sentences if self.block is not None else []

    @property
    def multiline(self) -> bool:
        return self.kind == "field" and self.name in MULTILINE


def parse_date(text: str) -> dt.date | None:
    """``2024年6月28日`` (or 2024-06-28) → date; None when it is not a real day."""
    found = _DATE.match(text)
    if not found:
        return None
    try:
        return dt.date(*(int(x) for x in found.groups()))
    except ValueError:
        return None


def reconcile(old: list[Sentence], text: str) -> list[Sentence]:
    """New sentences for edited ``text``: unchanged drafted sentences keep their object and
    source; text in between becomes an EditedSentence carrying the sources of the drafted
    sentences it replaced (none when the user only added text)."""
    out: list[Sentence] = []
    pending: list[Sentence] = []
    pos = 0

    def gap(upto: int) -> None:
        piece = text[pos:upto]
        if piece:
            sources = [src for s in pending for src in s.sources]
            out.append(EditedSentence(piece, sources[0] if sources else None, sources[1:]))

    for sentence in old:
        at = text.find(sentence.text, pos) if sentence.text else -1
        if at < 0:
            pending.append(sentence)
            continue
        gap(at)
        pending = []
        out.append(sentence)
        pos = at + len(sentence.text)
    gap(len(text))
    return _merge_edits(out)


def _merge_edits(sentences: list[Sentence]) -> list[Sentence]:
    """Neighbouring edited pieces are one edit (typing must not split a sentence per key)."""
    merged: list[Sentence] = []
    for s in sentences:
        last = merged[-1] if merged else None
        if isinstance(s, EditedSentence) and isinstance(last, EditedSentence):
            sources = list(dict.fromkeys([*last.sources, *s.sources]))
            merged[-1] = EditedSentence(last.text + s.text, sources[0] if sources else None, sources[1:])
        else:
            merged.append(s)
    return merged


from desktop.core.progress import month_label  # noqa: E402,F401


def source_label(sentence: Sentence, as_of: str = "") -> str:
    """Where one sentence came from, for the 来源 table."""
    if sentence.source is None:
        if isinstance(sentence, EditedSentence):
            return SOURCE_TYPED
        when = SOURCE_AS_OF.format(year=int(as_of[:4]), month=int(as_of[5:7])) if as_of else ""
        return SOURCE_COMPUTED.format(as_of=when)
    text = sentence.source.label()
    if isinstance(sentence, EditedSentence):
        text += SOURCE_EDITED
    if sentence.merged:
        text += SOURCE_MERGED.format(n=len(sentence.merged))
    return text


def summary(part: Part) -> str:
    """The 来源 column of the tree: which units and months a paragraph was drafted from."""
    if part.kind != "block":
        return EDITED if part.edited else ""
    sources = [s for sentence in part.sentences for s in sentence.sources]
    if not sources:
        if part.block is not None and part.block.style != "body":
            text = ""
        elif any(isinstance(s, EditedSentence) for s in part.sentences):
            text = TYPED
        else:
            text = COMPUTED
    else:
        units = list(dict.fromkeys(s.unit for s in sources))
        who = units[0] if len(units) == 1 else MANY_UNITS.format(unit=units[0], n=len(units))
        months = sorted({s.month for s in sources if s.month})
        if not months:
            when = ""
        elif months[0] == months[-1]:
            when = month_label(months[0])
        elif months[0][:4] == months[-1][:4]:
            when = MONTHS.format(year=int(months[0][:4]), first=int(months[0][5:]), last=int(months[-1][5:]))
        else:
            when = f"{month_label(months[0])}—{month_label(months[-1])}"
        text = f"{who} {when}".strip()
    return f"{text}（{EDITED}）" if part.edited and text else (EDITED if part.edited else text)


class DraftModel(TreeModel):
    """Tree over a Report. ``setData(index, text)`` writes a part's text back into the Report."""

    HEADERS = HEADERS

    def __init__(self, report: Report | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.parts: list[Part] = []
        self.edited = False
        if report is not None:
            self.set_report(report)

    def set_report(self, report: Report) -> None:
        self.beginResetModel()
        self.report, self.edited = report, False
        self.parts = self._build(report)
        self.endResetModel()

    @staticmethod
    def _build(report: Report) -> list[Part]:
        head = Part("group", GROUP_HEAD)
        head.children = [Part("field", name, parent=head, row=i) for i, name in enumerate(HEAD_PARTS)]
        parts = [head]
        for section in report.sections:
            node = Part("heading", section=section, row=len(parts))
            node.children = [Part("block", block=b, parent=node, row=i) for i, b in enumerate(section.blocks)]
            parts.append(node)
        tail = Part("group", GROUP_TAIL, row=len(parts))
        tail.children = [Part("field", name, parent=tail, row=i) for i, name in enumerate(TAIL_PARTS)]
        parts.append(tail)
        return parts

    # -- the parts' text ---------------------------------------------------------------
    def text_of(self, part: Part) -> str:
        r = self.report
        if r is None or part.kind == "group":
            return part.name
        if part.kind == "heading":
            return part.section.heading if part.section else ""
        if part.kind == "block":
            return part.block.text if part.block else ""
        if part.name == "title":
            return "\n".join(r.title_lines or [r.title])
        if part.name == "attachments":
            return "\n".join(r.attachments)
        if part.name == "date":
            return cn_date(r.date)
        return str(getattr(r, part.name, ""))

    def set_text(self, part: Part, text: str) -> bool:
        """Write ``text`` into the Report; False (nothing changed) for a date that is no day."""
        r = self.report
        if r is None or part.kind == "group" or text == self.text_of(part):
            return False
        if not part.multiline:
            text = text.replace("\r", "").replace("\n", "")
        if part.kind == "heading" and part.section is not None:
            part.section.heading = text
        elif part.kind == "block" and part.block is not None:
            part.block.sentences = reconcile(part.block.sentences, text)
        elif part.name == "title":
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            r.title_lines, r.title = lines, "".join(lines)
        elif part.name == "attachments":
            lines = (_ATTACHMENT_LEAD.sub("", line.strip()) for line in text.splitlines())
            r.attachments = [line for line in lines if line]
        elif part.name == "addressee":
            r.addressee = text.strip().rstrip("：:")     # the template writes the colon
        elif part.name == "date":
            day = parse_date(text)
            if day is None:
                return False
            r.date = day
        else:
            setattr(r, part.name, text)
        part.edited = self.edited = True
        index = self.index_of(part)
        self.dataChanged.emit(index, index.siblingAtColumn(len(HEADERS) - 1))
        return True

    # -- splitting and merging paragraphs ----------------------------------------------------
    def split(self, part: Part, at: int) -> Part | None:
        """Split a body paragraph before its sentence ``at``; the new paragraph's Part."""
        if part.kind != "block" or part.block is None or part.parent is None or not 0 < at < len(part.sentences):
            return None
        section = part.parent.section
        assert section is not None and self.report is not None
        i = section.blocks.index(part.block)
        tail = Block(part.block.style, part.block.sentences[at:])
        part.block.sentences = part.block.sentences[:at]
        section.blocks.insert(i + 1, tail)
        return self._rebuilt(tail)

    def merge_up(self, part: Part) -> Part | None:
        """Join a body paragraph to the paragraph before it in its section; the joined Part."""
        if part.kind != "block" or part.block is None or part.parent is None:
            return None
        section = part.parent.section
        assert section is not None
        i = section.blocks.index(part.block)
        if i == 0 or section.blocks[i - 1].style != "body" or part.block.style != "body":
            return None
        before = section.blocks[i - 1]
        before.sentences = before.sentences + part.block.sentences
        del section.blocks[i]
        return self._rebuilt(before)

    def _rebuilt(self, block: Block) -> Part | None:
        assert self.report is not None
        self.beginResetModel()
        self.parts = self._build(self.report)
        self.edited = True
        self.endResetModel()
        return next((p for p in self.all_parts() if p.block is block), None)

    def part(self, index: Index) -> Part | None:
        node: Part | None = self.node(index)
        return node

    def all_parts(self) -> list[Part]:
        return [p for top in self.parts for p in (top, *top.children)]

    # -- the tree (desktop.ui.tree_model); edited in the dialog's editor beside it, not inline --
    def child_nodes(self, node: Part | None) -> list[Part]:
        return self.parts if node is None else node.children

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        part = self.part(index)
        if part is None:
            return None
        if role == PartRole:
            return part
        if role == TextRole:
            return self.text_of(part)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 1:
                return summary(part)
            text = self.text_of(part).replace("\n", "")
            if part.kind == "field":
                return f"{LABELS[part.name]}：{text or EMPTY}"
            return text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0 and part.kind in ("block", "field"):
            text = self.text_of(part)
            return text if len(text) > 30 else None
        if role == Qt.ItemDataRole.FontRole and (part.kind in ("group", "heading") or part.edited
                                                 or (part.block is not None and part.block.style != "body")):
            font = QFont()
            font.setBold(part.kind in ("group", "heading") or part.block is not None and part.block.style != "body")
            font.setItalic(part.edited)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (index.column() == 1 or part.kind == "group"
                                                       or (part.kind == "field" and not self.text_of(part))):
            return solid("#5f6b7a")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        part = self.part(index)
        if part is None or role not in (Qt.ItemDataRole.EditRole, TextRole) or index.column() != 0:
            return False
        return self.set_text(part, str(value))


class SourcesModel(RowsModel):
    """The sentences of one paragraph and where each came from (the dialog's 来源 table)."""

    HEADERS = SOURCE_HEADERS

    def set_sentences(self, sentences: list[Sentence], as_of: str = "") -> None:
        self.set_rows([{"id": i, "sentence": s, "text": s.text, "source": source_label(s, as_of)}
                       for i, s in enumerate(sentences)])

    def display(self, row: dict[str, Any], column: int) -> Any:
        return row["text"] if column == 0 else row["source"]

    def tooltip(self, row: dict[str, Any], column: int) -> Any:
        if column == 0:
            return row["text"] if len(row["text"]) > 20 else None
        sources: list[Source] = row["sentence"].sources
        return "\n".join(s.label() for s in sources[:20]) if len(sources) > 1 else None

    def extra(self, row: dict[str, Any], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and row["sentence"].source is None:
            return solid("#5f6b7a")
        return None
