"""The shipped templates: GB/T 9704 page and type, reproducible from code; user templates with
bad tags refused by name and place, good ones used."""

from __future__ import annotations

import ast
import datetime as dt
import importlib.util
import io
import zipfile
from pathlib import Path

import pytest
from fixtures_reports import docx_checks as dc
from fixtures_reports.sample import report_input

from desktop.errors import UserError
from desktop.reports.draft import draft_report
from desktop.reports.render import render_report
from desktop.reports.templates import FILE_NAMES, load_template, validate_template

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
W = dc.W


def _builder():
    spec = importlib.util.spec_from_file_location("make_templates", ROOT / "build" / "make_templates.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(FILE_NAMES.values()))
def test_committed_templates_are_what_the_build_script_makes(name):
    built = _builder().main.__globals__["build"]
    subject, paragraphs = _builder().TEMPLATES[name]
    data = built(paragraphs, subject, cover=name == "volume.docx")
    assert data == (TEMPLATES / name).read_bytes(), f"run build/make_templates.py: {name} is stale"


@pytest.mark.parametrize("name", sorted(FILE_NAMES.values()))
def test_page_setup_is_gbt9704(name):
    path = TEMPLATES / name
    sect = dc.sections(path)[-1]
    assert (dc.mm(dc.attr(sect, "w:pgSz", "w")), dc.mm(dc.attr(sect, "w:pgSz", "h"))) == (210.0, 297.0)
    margins = {k: dc.mm(dc.attr(sect, "w:pgMar", k)) for k in ("top", "bottom", "left", "right", "footer")}
    assert margins == {"top": 37.0, "bottom": 35.0, "left": 28.0, "right": 26.0, "footer": 23.0}
    grid = sect.find(f"{W}docGrid")
    assert (grid.get(f"{W}type"), grid.get(f"{W}linePitch"), grid.get(f"{W}charSpace")) == \
        ("linesAndChars", "579", "-848")
    assert dc.settings_has(path, "evenAndOddHeaders")
    feet = dc.footers(path)
    assert set(feet) >= {"default", "even"}
    for kind, jc in (("default", "right"), ("even", "left")):
        footer = feet[kind]
        assert dc.field_codes(footer) == ["PAGE"]
        text = "".join(t.text for t in footer.iter(f"{W}t"))
        assert text == "— 1 —"
        assert footer.find(f"{W}p/{W}pPr/{W}jc").get(f"{W}val") == jc


def test_styles_carry_east_asian_fonts_sizes_and_indents():
    path = TEMPLATES / "half_year.docx"
    expect = {"LSTitle": ("方正小标宋简体", 22), "LSBody": ("仿宋_GB2312", 16),
              "LSHeading1": ("黑体", 16), "LSHeading2": ("楷体_GB2312", 16),
              "LSHeading3": ("仿宋_GB2312", 16), "LSPageNumber": ("宋体", 14)}
    for style_id, (font, size) in expect.items():
        el = dc.style(path, style_id)
        fonts = dc.font_of(el)
        assert fonts["eastAsia"] == font and fonts["ascii"] == font, style_id
        assert not any(fonts[k] for k in ("asciiTheme", "eastAsiaTheme", "hAnsiTheme")), style_id
        assert dc.size_pt(el) == size
        assert dc.attr(el, "w:rPr/w:lang", "eastAsia") == "zh-CN"
    body = dc.style(path, "LSBody")
    assert dc.attr(body, "w:pPr/w:spacing", "lineRule") == "exact"
    assert dc.attr(body, "w:pPr/w:spacing", "line") == "579"          # 28.95 pt
    assert dc.attr(body, "w:pPr/w:ind", "firstLineChars") == "200"
    assert dc.attr(body, "w:pPr/w:ind", "firstLine") == "640"
    assert dc.on(body, "w:pPr/w:widowControl") is False
    for style_id, level in (("LSHeading1", "0"), ("LSHeading2", "1"), ("LSHeading3", "2")):
        el = dc.style(path, style_id)
        assert dc.attr(el, "w:pPr/w:outlineLvl", "val") == level
        assert dc.on(el, "w:pPr/w:keepNext") is True
    assert dc.on(dc.style(path, "LSHeading3"), "w:rPr/w:b") is True
    assert dc.attr(dc.style(path, "LSTitle"), "w:pPr/w:jc", "val") == "center"
    assert dc.attr(dc.style(path, "LSSignature"), "w:pPr/w:ind", "rightChars") == "200"
    defaults = dc.part(path, "word/styles.xml").find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    assert defaults.get(f"{W}eastAsia") == "仿宋_GB2312"
    assert defaults.get(f"{W}eastAsiaTheme") is None


def test_template_fields_are_docxtpl_tags():
    texts = [t for _, t in dc.body_paragraphs(TEMPLATES / "half_year.docx")]
    for tag in ("{{ title }}", "{{ lead }}", "{{ body }}", "{{ unit }}", "{{ date }}",
                "{%p if addressee %}", "{{ addressee }}：", "{{ line }}"):
        assert any(tag in t for t in texts), tag
    assert "{{ body }}" in texts                       # the placeholder stands alone
    info = [t for _, t in dc.body_paragraphs(TEMPLATES / "monthly_info.docx")]
    assert "{%p for a in articles %}" in info and "{{ a.title }}" in info
    assert "{{ toc }}" in [t for _, t in dc.body_paragraphs(TEMPLATES / "volume.docx")]


# --- user templates ----------------------------------------------------------------------

def _user_template(tmp_path: Path, replace: dict[str, str], name="half_year.docx",
                   part_name="word/document.xml") -> Path:
    """A copy of the shipped template with text replaced, as a user would edit it in Word."""
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    src = zipfile.ZipFile(TEMPLATES / name)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == part_name:
                xml = data.decode("utf-8")
                for old, new in replace.items():
                    assert old in xml, old
                    xml = xml.replace(old, new, 1)
                data = xml.encode("utf-8")
            dst.writestr(item, data)
    (folder / name).write_bytes(out.getvalue())
    return folder


@pytest.mark.parametrize(("edit", "named", "where"), [
    ({"{{ unit }}": "｛｛ unit ｝｝"}, "｛｛ unit ｝｝", "全角"),
    ({"{{ date }}": "{％ date ％}"}, "{％ date ％}", "全角"),
    ({"{{ lead }}": "{{ lead }"}, "{{ lead }", "不完整"),
    ({"{{ lead }}": "{{ leader_name }}"}, "{{ leader_name }}", "未知的字段「leader_name」"),
    ({"{{ date }}": "{{ date | }}"}, "{{ date | }}", "写法有误"),
    ({"{%p endif %}": "{%p endfor %}"}, "{%p endfor %}", "不配对"),
    ({"{{ body }}": "正文：{{ body }}"}, "{{ body }}", "单独占一段"),
])
def test_bad_user_templates_are_refused_naming_tag_and_paragraph(tmp_path, edit, named, where):
    folder = _user_template(tmp_path, edit)
    with pytest.raises(UserError) as caught:
        load_template("half-year", folder)
    message = caught.value.message
    assert named in message and where in message
    assert "half_year.docx" in message and "正文第" in message and "段" in message
    assert "Traceback" not in message


def test_unclosed_block_is_named(tmp_path):
    folder = _user_template(tmp_path, {"{%p endif %}": ""})
    with pytest.raises(UserError, match=r"「\{%p if addressee %\}」没有对应的结束标记"):
        load_template("half-year", folder)


def test_missing_placeholder_is_refused(tmp_path):
    folder = _user_template(tmp_path, {"{{ body }}": "（正文）"})
    with pytest.raises(UserError, match=r"缺少标记「\{\{ body \}\}」"):
        load_template("half-year", folder)


def test_not_a_docx_is_refused(tmp_path):
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "half_year.docx").write_text("not a zip", encoding="utf-8")
    with pytest.raises(UserError, match="无法打开"):
        load_template("half-year", folder)


def test_edited_user_template_is_used_and_shipped_one_stays(tmp_path):
    folder = _user_template(tmp_path, {"{{ lead }}": "特此报告。{{ lead }}"})
    assert load_template("half-year", folder) == folder / "half_year.docx"
    assert load_template("half-year", tmp_path / "nowhere") == TEMPLATES / "half_year.docx"
    report = draft_report(report_input(), "half-year", today=dt.date(2024, 6, 28))
    out = render_report(report, tmp_path / "out.docx", template_dir=folder)
    texts = [t for _, t in dc.body_paragraphs(out)]
    assert any(t.startswith("特此报告。根据《") for t in texts)
    validate_template(TEMPLATES / "half_year.docx", "half-year")   # shipped one passes


def test_reports_package_imports_no_qt_and_no_heavy_library_at_top():
    """The GUI imports desktop.reports at start-up: keep Qt out, docx/openpyxl lazy."""
    heavy = {"PySide6", "docx", "docxtpl", "docxcompose", "openpyxl", "lxml", "jinja2"}
    for path in (ROOT / "desktop" / "reports").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in heavy, f"{path.name} imports {name} at the top"
        assert "PySide6" not in path.read_text(encoding="utf-8"), path.name


def test_template_error_outside_the_body_still_reaches_the_user_in_words(tmp_path):
    folder = _user_template(tmp_path, {"<dc:title>半年工作小结": "<dc:title>{{ 半年"},
                            part_name="docProps/core.xml")
    report = draft_report(report_input(), "half-year", today=dt.date(2024, 6, 28))
    with pytest.raises(UserError, match="模板「half_year.docx」无法套用"):
        render_report(report, tmp_path / "out.docx", template_dir=folder)


def test_tag_split_across_runs_by_word_still_works(tmp_path):
    """Word splits a tag into runs (spell check, a format change): docxtpl mends it."""
    split = ('{{ le</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">ad }}')
    folder = _user_template(tmp_path, {"{{ lead }}": split})
    assert load_template("half-year", folder) == folder / "half_year.docx"
    report = draft_report(report_input(), "half-year", today=dt.date(2024, 6, 28))
    out = render_report(report, tmp_path / "out.docx", template_dir=folder)
    assert report.lead in [t for _, t in dc.body_paragraphs(out)]


def test_styles_pass_is_idempotent_and_skipped_only_for_its_own_result():
    """``assert_styles`` skips styles it has already made (the same bytes, the same profile):
    sound only because a second pass changes nothing, and the shipped templates are exactly
    what the pass makes. A style edited after the pass is styled again."""
    from docx import Document
    from lxml import etree

    from desktop.reports import docx_style as ds

    fonts = ds.PROFILES["gb2312"]
    doc = Document(TEMPLATES / "half_year.docx")
    shipped = etree.tostring(doc.styles.element)
    ds._style_document(doc, fonts)                     # the pass itself, never skipped
    assert etree.tostring(doc.styles.element) == shipped
    plain = Document()                                 # python-docx's own template: Letter-era styles
    ds.assert_styles(plain, ds.PROFILES["system"])
    once = etree.tostring(plain.styles.element)
    ds._style_document(plain, ds.PROFILES["system"])
    assert etree.tostring(plain.styles.element) == once
    body = plain.styles.element.get_by_id("LSBody")    # edited after the pass: styled again
    body.find(f"{W}rPr/{W}sz").set(f"{W}val", "24")
    body.find(f"{W}rPr/{W}rFonts").set(f"{W}eastAsiaTheme", "minorEastAsia")
    ds.assert_styles(plain, ds.PROFILES["system"])
    assert etree.tostring(plain.styles.element) == once
