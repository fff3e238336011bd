"""Build the shipped Word templates in ``templates/`` from code, so their look is reviewable.

Run from the repository root:  ``.venv/bin/python build/make_templates.py``

Every number (paper, margins, fonts, grid, indents) comes from
``desktop/reports/docx_style.py``, the same module that re-asserts the format after each
render. Each template is a docxtpl document: Jinja tags for the fields, and a paragraph holding
only ``{{ body }}`` (or ``{{ toc }}``) where the generated text goes. The output is
byte-for-byte reproducible (fixed zip dates and document properties), so a diff of
``templates/`` appears only when the formatting changes.

The ledgers (.xlsx) are not templates: their layout depends on the number of rows (validation,
conditional format and print ranges), so ``desktop/reports/sheets.py`` lays them out in code.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.reports import docx_style as ds  # noqa: E402

FIXED_ZIP_DATE = (2024, 1, 1, 0, 0, 0)

# (style id, text) per paragraph. "{%p …%}" paragraphs vanish when docxtpl renders.
REPORT = [
    ("LSTitle", "{{ title }}"),
    ("LSBody", ""),
    ("LSAddressee", "{%p if addressee %}"),
    ("LSAddressee", "{{ addressee }}："),
    ("LSAddressee", "{%p endif %}"),
    ("LSBody", "{{ lead }}"),
    ("LSBody", "{{ body }}"),
    ("LSBody", "{%p if attachment_lines %}"),
    ("LSBody", ""),
    ("LSAttachment", "{%p for line in attachment_lines %}"),
    ("LSAttachment", "{{ line }}"),
    ("LSAttachment", "{%p endfor %}"),
    ("LSBody", "{%p endif %}"),
    ("LSBody", ""),
    ("LSSignature", "{{ unit }}"),
    ("LSDate", "{{ date }}"),
    ("LSContact", "{%p if contact_person or contact_phone %}"),
    ("LSContact", "（联系人：{{ contact_person }}；联系电话：{{ contact_phone }}）"),
    ("LSContact", "{%p endif %}"),
]

MONTHLY_INFO = [
    ("LSArticleTitle", "{%p for a in articles %}"),
    ("LSArticleTitle", "{{ a.title }}"),
    ("LSBody", ""),
    ("LSBody", "{%p for text in a.paragraphs %}"),
    ("LSBody", "{{ text }}"),
    ("LSBody", "{%p endfor %}"),
    ("LSBody", ""),
    ("LSSignature", "{{ a.unit }}"),
    ("LSDate", "{{ a.date }}"),
    ("LSContact", "{{ a.contact }}"),     # （撰稿人：…；审核人：…；联系电话：…）, only what was filled in
    ("LSBody", "{%p endfor %}"),
]

VOLUME = [
    ("LSBody", ""),
    ("LSBody", ""),
    ("LSBody", ""),
    ("LSCoverTitle", "{{ title }}"),
    ("LSBody", ""),
    ("LSBody", ""),
    ("LSCoverLine", "{{ compiler }}"),
    ("LSCoverLine", "{{ date }}"),
    ("LSTocHeading", "目　　录"),          # starts a page (its style): no empty line above it
    ("LSBody", ""),
    ("LSBody", "{{ toc }}"),
]

# The office's 简报: red masthead, 第N期, office and date over a red rule, contents, then the
# articles one after another (not one a page), each closed by its unit.
BRIEFING = [
    ("LSBriefName", "{{ name }}"),
    ("LSBriefIssue", "第{{ issue }}期"),
    ("LSBody", ""),
    ("LSBriefMeta", "{{ office }}\t{{ date }}"),
    ("LSBody", ""),
    ("LSBriefContents|section", "本期目录"),          # ends the masthead's one-column section
    ("LSBriefItem", "{%p for a in articles %}"),
    ("LSBriefItem", "{{ a.number }}.{{ a.title }}"),
    ("LSBriefItem", "{%p endfor %}"),
    ("LSBody|section2", ""),                          # ends the contents' two columns
    ("LSBriefTitle", "{%p for a in articles %}"),
    ("LSBriefTitle", "{{ a.title }}"),
    ("LSBody", "{%p for text in a.paragraphs %}"),
    ("LSBody", "{{ text }}"),
    ("LSBody", "{%p endfor %}"),
    ("LSBriefSource", "（{{ a.unit }}）"),
    ("LSBody", ""),
    ("LSBody", "{%p endfor %}"),
]

TEMPLATES = {
    "half_year.docx": ("半年工作小结", REPORT),
    "year_end.docx": ("年度工作总结", REPORT),
    "monthly_info.docx": ("工作信息", MONTHLY_INFO),
    "volume.docx": ("材料汇编", VOLUME),
    "briefing.docx": ("工作简报", BRIEFING),
}


def build(paragraphs: list[tuple[str, str]], subject: str, *, cover: bool = False) -> bytes:
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE

    doc = Document()
    body = doc.element.body
    for p in body.findall(ds.w("p")):
        body.remove(p)
    fonts = ds.PROFILES["gb2312"]
    ds.assert_styles(doc, fonts)
    section_ends: list[tuple[object, int]] = []
    for style_id, text in paragraphs:
        style_id, _, mark = style_id.partition("|")
        paragraph = doc.add_paragraph(style=doc.styles.get_by_id(style_id, WD_STYLE_TYPE.PARAGRAPH))
        if mark:
            section_ends.append((paragraph._p.pPr, 2 if mark == "section2" else 1))
        for i, piece in enumerate(text.split("\t")):
            if i:
                paragraph.add_run().add_tab()
            if piece:
                paragraph.add_run(piece)
    section = doc.sections[0]
    ds.assert_section(section)
    doc.settings.odd_and_even_pages_header_footer = True
    ds.add_page_number_footers(section)
    if cover:   # no page number on the cover of a volume
        section.different_first_page_header_footer = True
        section.first_page_footer.is_linked_to_previous = False
    if section_ends:
        _continuous_sections(section._sectPr, section_ends)
    ds.assert_format(doc, fonts)
    props = doc.core_properties
    props.title = subject
    props.author = "落实 Luoshi"
    props.comments = "由 build/make_templates.py 生成；可在 Word/WPS 中修改措辞和版式，但须保留双花括号标记。"
    props.language = "zh-CN"
    props.created = props.modified = dt.datetime(2024, 1, 1)
    out = io.BytesIO()
    doc.save(out)
    return _reproducible(out.getvalue())


def _continuous_sections(final, ends) -> None:
    """Sections on the same page (the 简报's contents in two columns between a one-column
    masthead and one-column articles): each marked paragraph ends a section with the final
    section's page setup and page numbers; every section after the first starts continuously."""
    import copy

    from docx.enum.section import WD_SECTION_START

    for ppr, columns in ends:
        sect = copy.deepcopy(final)
        ds.set_child(sect, "cols", ds.SECT_ORDER, num=str(columns),     # no python-docx API
                     space=str(ds.BRIEF_COLUMN_GAP_TWIPS))
        ppr.append(sect)
    for sect in [ppr.find(ds.w("sectPr")) for ppr, _ in ends[1:]] + [final]:
        sect.start_type = WD_SECTION_START.CONTINUOUS


def _reproducible(data: bytes) -> bytes:
    """Same bytes for the same input: fixed timestamps and order in the zip."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def main(out_dir: Path = ROOT / "templates") -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (subject, paragraphs) in TEMPLATES.items():
        path = out_dir / name
        path.write_bytes(build(paragraphs, subject, cover=name == "volume.docx"))
        written.append(path)
    return written


if __name__ == "__main__":
    for path in main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "templates"):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
