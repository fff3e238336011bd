"""Drafted content → Word files through the templates (docxtpl), with the generated body put
in with the template's named styles and a last formatting pass (docx_style.assert_format)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.reports import docx_style as ds
from desktop.reports.content import Article, Block, Report, cn_date, printable
from desktop.reports.templates import load_template

# python-docx's Paragraph and Run want their story part only to reach relationships (images, links); the
# proxies made here touch formatting only, on elements not yet (or no longer) reached through a part
_DETACHED: Any = None

SENTINEL = "\u2063LUOSHI-GENERATED-BODY\u2063"
STYLE_IDS = {"body": "LSBody", "heading1": "LSHeading1", "heading2": "LSHeading2",
             "heading3": "LSHeading3"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")     # \a \t \f … would become XML / breaks

Progress = Callable[[float, str], None] | None


def clean(text: str, *, keep_newlines: bool = False) -> str:
    """User text safe for docxtpl: no control characters (docxtpl turns \\a \\f into breaks)."""
    text = str(text or "").replace("\r\n", "\n").replace("\t", " ")
    if not keep_newlines:
        text = text.replace("\n", "")
    return _CONTROL.sub("", text)


SIGNATURE_CHARS = 26            # a line of 28 less the signature's 2-character right indent


def signature_lines(name: str) -> list[str]:
    """The signature on as many lines as it needs, broken between words: a long office name
    (市政协十四届三次会议3号建议案办理工作领导小组办公室) goes on two lines, its
    ``领导小组办公室`` whole on the second, never one character left over."""
    from desktop.reports.pages import text_width

    name = (name or "").strip()
    if text_width(name) <= SIGNATURE_CHARS:
        return [name]
    for tail in ("领导小组办公室", "办公室"):
        head = name.removesuffix(tail)
        if head != name and text_width(head) <= SIGNATURE_CHARS:
            return [head, tail]
    half = len(name) // 2
    return [name[:half], name[half:]]


def _report_context(report: Report) -> dict:
    return {
        "title": clean("\n".join(report.title_lines or [report.title]), keep_newlines=True),
        "addressee": clean(report.addressee),
        "lead": clean(report.lead),
        "body": SENTINEL,
        "attachment_lines": [clean(x) for x in report.attachment_lines()],
        "unit": clean("\n".join(signature_lines(report.signature)), keep_newlines=True),
        "date": cn_date(report.date),
        "contact_person": clean(report.contact_person),
        "contact_phone": clean(report.contact_phone),
        "plan_title": clean(report.plan_title),
        "period": report.period,
        "year": report.year,
    }


def _render(tpl, context: dict, path: Path) -> None:
    """docxtpl render with autoescape; a template error the checks did not catch (e.g. in the
    document properties) still reaches the user as words, not a traceback."""
    from jinja2 import TemplateError

    from desktop.errors import UserError

    try:
        tpl.render(context, autoescape=True)
    except TemplateError as exc:
        near = "".join(getattr(exc, "docx_context", []) or [])[:60]
        raise UserError(f"模板「{Path(path).name}」无法套用：{exc}"
                        + (f"（出错位置附近：「{near}」）" if near.strip() else "")
                        + "。请检查其中的 {{ }} 标记，或把该文件移出模板文件夹改用程序自带的模板。",
                        detail=str(path)) from exc


def _new_paragraph(style_id: str, text: str = ""):
    """A ``w:p`` in style ``style_id`` holding ``text`` (no tabs or breaks: ``clean`` took
    them out), made with python-docx's element API."""
    from docx.oxml import OxmlElement

    p = OxmlElement("w:p")
    p.style = style_id
    if text:
        p.add_r().add_t(text)
    return p


def _paragraph_before(anchor, style_id: str, text: str = ""):
    """A new python-docx ``Paragraph`` in style ``style_id`` just before ``anchor`` (a
    ``w:p``), holding ``text``."""
    from docx.text.paragraph import Paragraph

    p = _new_paragraph(style_id, text)
    anchor.addprevious(p)
    return Paragraph(p, _DETACHED)


def _placeholder(doc, tag: str):
    """The paragraph the sentinel landed in (validation made sure it stands alone)."""
    for p in doc.element.body.iter(ds.w("p")):
        if SENTINEL in "".join(t.text or "" for t in p.iter(ds.w("t"))):
            return p
    from desktop.errors import UserError

    raise UserError(f"模板里找不到放生成内容的标记。请在该位置单独起一段，输入 {{{{ {tag} }}}}。")


def insert_blocks(doc, blocks: Iterable[Block]) -> None:
    """Replace the placeholder paragraph with the generated paragraphs, in template styles."""
    import copy

    from docx.oxml.ns import qn

    anchor = _placeholder(doc, "body")
    made: dict[str, Any] = {}        # one paragraph a style, copied for each of its blocks:
    for block in blocks:                # building each through python-docx costs 10× more
        style_id, text = STYLE_IDS[block.style], clean(block.text)
        if not text:
            anchor.addprevious(_new_paragraph(style_id))
            continue
        if style_id not in made:
            made[style_id] = _new_paragraph(style_id, "x")
        p = copy.deepcopy(made[style_id])
        t = p.find(f"{qn('w:r')}/{qn('w:t')}")
        t.text = text
        if text != text.strip():
            t.set(qn("xml:space"), "preserve")
        anchor.addprevious(p)
    anchor.getparent().remove(anchor)


def keep_signature_with_body(doc) -> None:
    """Never leave the signature alone on a page (GB/T 9704 7.3.5): the last body paragraph
    and the blank lines and attachment note after it keep with the signature."""
    body = doc.element.body
    paragraphs = list(body.iter(ds.w("p")))
    styles = [_style_of(p) for p in paragraphs]
    if "LSSignature" not in styles:
        return
    from docx.text.paragraph import Paragraph

    i = styles.index("LSSignature") - 1
    while i >= 0:
        Paragraph(paragraphs[i], _DETACHED).paragraph_format.keep_with_next = True
        has_text = any((t.text or "").strip() for t in paragraphs[i].iter(ds.w("t")))
        if has_text and styles[i] not in ("LSAttachment",):
            break
        i -= 1


def _style_of(p) -> str | None:
    style = p.find(f"{ds.w('pPr')}/{ds.w('pStyle')}")
    return style.get(ds.w("val")) if style is not None else None


def _font_profile(font_profile: str | ds.FontProfile) -> ds.FontProfile:
    return font_profile if isinstance(font_profile, ds.FontProfile) else ds.profile(font_profile)


def render_report_doc(report: Report, *, template: Path | None = None,
                      template_dir: Path | None = None, font_profile="gb2312"):
    """The rendered python-docx Document of a half-year summary or year-end report."""
    from docxtpl import DocxTemplate

    from desktop.reports.wording import PRACTICES_BLANK

    report = printable(report, (PRACTICES_BLANK,))          # no fill-in prompt printed
    path = template or load_template(report.kind, template_dir)
    tpl = DocxTemplate(path)
    _render(tpl, _report_context(report), path)
    insert_blocks(tpl.docx, report.blocks())
    keep_signature_with_body(tpl.docx)
    ds.assert_format(tpl.docx, _font_profile(font_profile))
    props = tpl.docx.core_properties
    props.title = report.title
    props.comments = ""
    return tpl.docx


def render_report(report: Report, out: Path, **kwargs) -> Path:
    """Write a half-year summary or year-end report to ``out`` (.docx)."""
    doc = render_report_doc(report, **kwargs)
    return _save(doc, out)


def _day_text(day: dt.date | None) -> str:
    return cn_date(day) if day else ""


def contact_line(author: str, reviewer: str, phone: str) -> str:
    """The article's closing line, only what was filled in: 「（撰稿人：张明）」 with no phone, never
    「（撰稿人：张明；联系电话：）」 (rv70b finding 10); "" when nothing was."""
    parts = [f"{label}：{value}" for label, value in (("撰稿人", author), ("审核人", reviewer_name(reviewer)),
                                                      ("联系电话", phone)) if (value or "").strip()]
    return f"（{'；'.join(parts)}）" if parts else ""


def render_articles(articles: list[Article], unit: str, out: Path, *, year: int, month: int,
                    plan_title: str = "", template: Path | None = None,
                    template_dir: Path | None = None, font_profile="gb2312",
                    date: dt.date | None = None) -> Path:
    """Monthly information (工作信息): every article of the month, each on its own page, dated by its own date,
    else by ``date`` (the day the document bears: the export day unless ``--date`` names one)."""
    from docxtpl import DocxTemplate

    from desktop.errors import UserError

    if not articles:
        raise UserError(f"{unit or '各单位'}{year}年{month}月还没有工作信息，无法导出。请先录入至少一篇信息。")
    path = template or load_template("monthly-info", template_dir)
    tpl = DocxTemplate(path)
    _render(tpl, {
        "articles": [{
            "title": clean("\n".join(a.title_lines or [a.title]), keep_newlines=True),
            "paragraphs": [clean(p) for p in a.paragraphs],
            "unit": clean(a.unit), "date": _day_text(a.date or date),
            "author": clean(a.author), "reviewer": clean(reviewer_name(a.reviewer)),
            "phone": clean(a.phone), "contact": clean(contact_line(a.author, a.reviewer, a.phone)),
        } for a in articles],
        "unit": clean(unit or articles[0].unit), "year": year, "month": month,
        "plan_title": clean(plan_title), "period": f"{year}年{month}月",
    }, path)
    ds.assert_format(tpl.docx, _font_profile(font_profile))
    return _save(tpl.docx, out)


# what a reviewer field holds when nobody was named: the template leaves the 审核人 out then
PLACEHOLDER_REVIEWERS = ("分管负责同志", "分管领导", "分管负责人", "审核人")


def reviewer_name(text: str) -> str:
    """The 审核人 as the unit named them; "" for an empty field or a placeholder."""
    name = (text or "").strip()
    return "" if name in PLACEHOLDER_REVIEWERS else name


def _briefing_context(articles: list[Article], *, name: str, issue: int, office: str, date,
                      year: int, month: int, plan_title: str) -> dict:
    return {
        "name": clean(name), "issue": issue, "office": clean(office), "date": cn_date(date),
        "year": year, "month": month, "period": f"{year}年{month}月", "plan_title": clean(plan_title),
        "articles": [{
            "number": i, "title": clean(a.title),
            "paragraphs": [clean(p) for p in a.paragraphs], "unit": clean(a.unit),
            "date": cn_date(a.date) if a.date else "", "author": clean(a.author),
            "reviewer": clean(a.reviewer), "phone": clean(a.phone),
        } for i, a in enumerate(articles, 1)],
    }


def render_briefing(articles: list[Article], out: Path, *, name: str, issue: int, office: str,
                    date, year: int, month: int, plan_title: str = "",
                    template: Path | None = None, template_dir: Path | None = None,
                    font_profile="gb2312") -> Path:
    """The office's 简报 of a month: masthead (name, 第N期, office, date over a red rule), the
    contents, then the articles one after another."""
    from docxtpl import DocxTemplate

    from desktop.errors import UserError

    if not articles:
        raise UserError(f"{year}年{month}月各单位还没有报送工作信息，无法编发简报。请先导入或录入工作信息。")
    path = template or load_template("briefing", template_dir)
    tpl = DocxTemplate(path)
    _render(tpl, _briefing_context(articles, name=name, issue=issue, office=office, date=date,
                                   year=year, month=month, plan_title=plan_title), path)
    ds.assert_format(tpl.docx, _font_profile(font_profile))
    _fit_lines(tpl.docx, {"LSBriefName": (ds.BRIEF_NAME_HALF_PT, 40),
                          "LSBriefMeta": (ds.BODY_HALF_PT, 24)})
    _fit_contents(tpl.docx)
    tpl.docx.core_properties.title = f"{name}{year}年第{issue}期"
    return _save(tpl.docx, out)


# the 简报's contents: (size in half-points, line pitch in twips), tried in turn until the
# contents fit on the first page under the masthead
CONTENTS_SIZES = ((ds.BRIEF_ITEM_HALF_PT, ds.BRIEF_ITEM_LINE_TWIPS), (21, 270), (21, 240))


def _fit_contents(doc) -> None:
    """Keep the 简报's contents on its first page, each title whole. In one column at full width
    when they fit so (ux63 finding 8: a one-article 简报's title wrapped into the template's second
    column, 「…取得新　　　进展」); in the template's two columns only when one would run past the
    page in 小四 — each entry's lines kept together (``keepLines``: a title never split across the
    columns); when two columns of 小四 would run past it too, set in 五号 at a closer pitch. Counted on the grid
    like the 汇编's pages (``pages``): the masthead's lines, then each entry's wrapped lines shared
    between the columns."""
    import math

    from docx.text.paragraph import Paragraph

    from desktop.reports.pages import TYPE_HEIGHT_PT, TYPE_WIDTH_PT, paragraph_height, text_width

    items, above, closing = [], 0.0, None
    for p in doc.element.body.iter(ds.w("p")):
        if _style_of(p) == "LSBriefItem":
            items.append(p)
        elif not items:
            above += paragraph_height(p)
        else:
            above += paragraph_height(p)         # the blank line that closes the columns
            closing = p
            break
    if not items:
        return
    texts = ["".join(t.text or "" for t in p.iter(ds.w("t"))) for p in items]

    def fits(columns: int, half_pt: int, line: int) -> bool:
        column = (TYPE_WIDTH_PT - (columns - 1) * ds.BRIEF_COLUMN_GAP_TWIPS / 20) / columns
        per_line = column / (half_pt / 2)
        lines = sum(max(1, math.ceil(text_width(t) / per_line - 0.01)) for t in texts)
        return (math.ceil(lines / columns) + 1) * line / 20 <= TYPE_HEIGHT_PT - above

    tries = [(1, CONTENTS_SIZES[0])] + [(2, size) for size in CONTENTS_SIZES]     # 小四 before a smaller size
    columns, (half_pt, line) = next(((c, size) for c, size in tries if fits(c, *size)), tries[-1])
    cols = closing.find(f"{ds.w('pPr')}/{ds.w('sectPr')}/{ds.w('cols')}") if closing is not None else None
    if cols is not None and columns == 1:
        cols.set(ds.w("num"), "1")
    for p in items:
        Paragraph(p, _DETACHED).paragraph_format.keep_together = True
        if half_pt != ds.BRIEF_ITEM_HALF_PT:
            ds.set_spacing(Paragraph(p, _DETACHED).paragraph_format, line)
            _set_size(p, half_pt)


def _set_size(p, half_pt: int) -> None:
    """Set the size of every run of paragraph ``p``."""
    from docx.text.run import Run

    for r in p.iter(ds.w("r")):
        ds.set_size(Run(r, _DETACHED).font, half_pt)


def _fit_lines(doc, styles: dict[str, tuple[int, int]]) -> None:
    """Keep a one-line paragraph (the 简报's name; its office and date) on one line: a long
    name gets a smaller size, down to ``smallest`` half-points, set on its runs."""
    from desktop.reports.pages import TYPE_WIDTH_PT, text_width

    for p in doc.element.body.iter(ds.w("p")):
        style = _style_of(p)
        if style not in styles:
            continue
        largest, smallest = styles[style]
        text = "".join(t.text or "" for t in p.iter(ds.w("t")))
        gaps = len(list(p.iter(ds.w("tab"))))          # office ⇥ date: at least a character apart
        width = text_width(text) + 1.5 * gaps
        if not width:
            continue
        half_pt = max(smallest, min(largest, int(2 * TYPE_WIDTH_PT / width)))
        if half_pt == largest:
            continue
        _set_size(p, half_pt)


@dataclass
class VolumeEntry:
    """A line of the 汇编's contents: what it shows and the page its document starts on."""

    text: str
    page: int
    level: int = 1          # 1: the city-wide report; 2: a unit's report (indented)


def render_volume(reports: list[Report], out: Path, *, title: str, compiler: str, date,
                  missing: list[str] | None = None, template: Path | None = None,
                  template_dir: Path | None = None, font_profile="gb2312",
                  progress: Progress = None) -> Path:
    """The compiled volume (汇编): cover, contents with page numbers, then each report on a
    new page — the city-wide one first when there is one. ``missing`` (units that reported
    nothing) is one line under the contents, not a near-empty report each.

    The contents are a TOC field whose result is already written with the page numbers
    counted from the grid layout (``pages.count_pages``), so Word/WPS and LibreOffice show
    them on first opening and nothing asks to update fields."""
    from docxcompose.composer import Composer
    from docxtpl import DocxTemplate

    from desktop.errors import UserError
    from desktop.reports.pages import document_pages

    if not reports:
        raise UserError("没有可以汇编的报告：所选期间各单位都还没有填报进展。")
    fonts = _font_profile(font_profile)
    path = template or load_template("volume", template_dir)
    tpl = DocxTemplate(path)
    _render(tpl, {"title": clean(title), "compiler": clean(compiler), "date": cn_date(date),
                  "toc": SENTINEL, "plan_title": clean(reports[0].plan_title),
                  "period": reports[0].period, "year": reports[0].year}, path)
    master = tpl.docx
    docs, sizes = [], []
    report_template = load_template(reports[0].kind, template_dir)
    for i, report in enumerate(reports):
        if progress:
            progress(0.8 * i / len(reports), f"汇编 {report.signature}")
        doc = render_report_doc(report, template=report_template, font_profile=fonts)
        doc.paragraphs[0].paragraph_format.page_break_before = True
        docs.append(doc)
        sizes.append(document_pages(doc))
    anchor = _placeholder(master, "toc")
    note = (f"未报送单位（{len(missing)}个）：{'、'.join(missing)}。" if missing else "")
    numbers = _toc(anchor, _volume_entries(reports), note)
    parent, at = anchor.getparent(), anchor.getparent().index(anchor)
    parent.remove(anchor)                           # count the front matter as it will be
    front = None
    for _ in range(4):
        # the numbers' own widths can wrap a long entry onto one more line and the contents
        # onto one more page: count again with the numbers written, until the count stands
        counted = document_pages(master)
        if counted == front:
            break
        front, page = counted, counted + 1
        for number, size in zip(numbers, sizes, strict=True):
            number.text = str(page)
            page += size
    parent.insert(at, anchor)
    anchor.getparent().remove(anchor)
    composer = Composer(master)
    for doc in docs:
        composer.append(doc)
    if progress:
        progress(0.9, "排版")
    ds.assert_format(composer.doc, fonts)
    composer.doc.core_properties.title = title
    return _save(composer.doc, out)


def _volume_entries(reports: list[Report]) -> list[VolumeEntry]:
    """The city-wide report by its title; each unit's by the unit's name, indented."""
    return [VolumeEntry(r.title, 0, 1) if r.unit is None else VolumeEntry(r.unit, 0, 2)
            for r in reports]


def _toc(anchor, entries: list[VolumeEntry], note: str = "") -> list:
    """The contents before ``anchor``: a TOC field whose cached result lists every entry with
    a dot leader and its page number; then the note on units that sent nothing. Returns the
    ``Run`` of each entry's page number, in order, to be filled in once the pages are counted."""
    numbers = []
    units_heading = any(e.level == 1 for e in entries) and any(e.level == 2 for e in entries)
    rows: list[tuple[str, VolumeEntry | None]] = []
    for listed in entries:
        if listed.level == 2 and units_heading:
            rows.append(("各责任单位工作材料", None))
            units_heading = False
        rows.append((listed.text, listed))
    rows = rows or [("", None)]
    for i, (text, entry) in enumerate(rows):
        paragraph = _paragraph_before(anchor, "TOC1")
        if entry is not None and entry.level == 2:
            ds.set_indent(paragraph.paragraph_format, first=0, left=200)
        if i == 0:
            ds.begin_field(paragraph, 'TOC \\h \\z \\t "公文标题,1"')
        paragraph.add_run(clean(text))
        if entry is not None:
            paragraph.add_run().add_tab()
            numbers.append(paragraph.add_run(str(entry.page or 888)))   # as wide as a number
        if i == len(rows) - 1:
            ds.end_field(paragraph)
    if note:
        _paragraph_before(anchor, "LSTocNote")
        _paragraph_before(anchor, "LSTocNote", clean(note))
    return numbers


def _save(doc, out: Path) -> Path:
    from desktop.reports.files import write_document

    ds.stamp_properties(doc)

    return write_document(out, doc.save, app="Word/WPS")
