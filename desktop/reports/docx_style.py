"""The official-document look (GB/T 9704-2012) of every Word file: stated once, applied twice.

``build/make_templates.py`` uses it to build the shipped templates; ``assert_format`` runs it
again over every rendered document, because a template edited in Word/WPS, a docxtpl render or
a docxcompose merge can leave theme fonts, Letter paper or a lost grid behind.

It goes through python-docx where python-docx has the API: sections (paper, margins), styles,
paragraph format (spacing, indents in twips, alignment, keep-with-next, tab stops) and fonts
(Latin name, size, bold, colour). The XML is written by hand only for what python-docx lacks:
East-Asian and complex-script fonts, sizes and language; the ``*Chars`` indents; the section's
grid and a paragraph's snap to it; outline levels; the 简报's rule (a paragraph border);
document defaults and settings; and fields, built in one place (``begin_field``/``end_field``)
for the footers' PAGE and the 汇编's TOC. python-docx is imported when a function runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    """Clark name of a WordprocessingML tag: ``w("rFonts")``."""
    return f"{{{W_NS}}}{tag}"


# --- the numbers -------------------------------------------------------------------------

PAGE_MM = (210, 297)                                # A4
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
FOOTER_MM = 23                                      # puts "— 1 —" 7 mm under the type area
HEADER_MM = 15
BODY_HALF_PT = 32                                   # 3号 = 16 pt
TITLE_HALF_PT = 44                                  # 2号 = 22 pt
PAGE_NUMBER_HALF_PT = 28                            # 4号 = 14 pt
LINE_TWIPS = 579                                    # 28.95 pt fixed: 22 lines in 225 mm
TITLE_LINE_TWIPS = 700                              # 35 pt fixed for the 22 pt title
BRIEF_NAME_HALF_PT = 60                             # 简报 name: 30 pt, red
BRIEF_NAME_LINE_TWIPS = 900
BRIEF_TITLE_HALF_PT = 36                            # an article's title in the 简报: 小二 18 pt
BRIEF_RED = "FF0000"
BRIEF_ITEM_HALF_PT = 24                             # the 简报's contents: 小四 12 pt …
BRIEF_ITEM_LINE_TWIPS = 300                         # … 15 pt apart, in two columns: 36 fit a page
BRIEF_COLUMN_GAP_TWIPS = 480                        # 2 characters of 12 pt between the columns
CHAR_TWIPS = 320                                    # one 16 pt character
GRID = {"type": "linesAndChars", "linePitch": str(LINE_TWIPS), "charSpace": "-848"}
MM_TWIPS = 1440 / 25.4


@dataclass(frozen=True)
class FontProfile:
    """Which font names go into the files (the user picks one in settings)."""

    name: str
    title: str
    body: str
    heading1: str
    heading2: str
    heading3: str
    page_number: str
    title_bold: bool = False


PROFILES = {
    # Names most offices require; 仿宋_GB2312 / 楷体_GB2312 are installed separately.
    "gb2312": FontProfile("gb2312", "方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312",
                          "仿宋_GB2312", "宋体"),
    # Only fonts every Chinese Windows has; 宋体 bold stands in for the commercial 小标宋.
    "system": FontProfile("system", "宋体", "仿宋", "黑体", "楷体", "仿宋", "宋体",
                          title_bold=True),
}


def profile(name: str) -> FontProfile:
    from desktop.errors import UserError

    try:
        return PROFILES[name]
    except KeyError:
        raise UserError(f"字体方案「{name}」不存在，可选：gb2312（仿宋_GB2312 等）或 system（仿宋 等）。") from None


@dataclass(frozen=True)
class StyleSpec:
    """One paragraph style of the templates. ``font`` names a FontProfile field."""

    style_id: str
    name: str
    font: str = "body"
    half_pt: int = BODY_HALF_PT
    bold: bool = False
    jc: str = "both"
    first_line_chars: int = 0          # hundredths of a character, 200 = 2 characters
    left_chars: int = 0
    right_chars: int = 0
    outline_lvl: int | None = None
    keep_next: bool = False
    line_twips: int | None = LINE_TWIPS
    page_break_before: bool = False
    snap_to_grid: bool = True
    color: str | None = None           # hex RGB, e.g. the 简报's red masthead


STYLES = (
    StyleSpec("LSTitle", "公文标题", font="title", half_pt=TITLE_HALF_PT, jc="center",
              line_twips=TITLE_LINE_TWIPS, keep_next=True, snap_to_grid=False),
    StyleSpec("LSBody", "公文正文", first_line_chars=200),
    StyleSpec("LSHeading1", "公文一级标题", font="heading1", first_line_chars=200,
              outline_lvl=0, keep_next=True),
    StyleSpec("LSHeading2", "公文二级标题", font="heading2", first_line_chars=200,
              outline_lvl=1, keep_next=True),
    StyleSpec("LSHeading3", "公文三级标题", font="heading3", bold=True, first_line_chars=200,
              outline_lvl=2, keep_next=True),
    StyleSpec("LSAddressee", "公文主送", jc="left"),
    StyleSpec("LSAttachment", "公文附件说明", jc="left", first_line_chars=200),
    StyleSpec("LSSignature", "公文署名", jc="right", right_chars=200, keep_next=True),
    StyleSpec("LSDate", "公文日期", jc="right", right_chars=200, keep_next=True),
    StyleSpec("LSContact", "公文联系方式", jc="left", first_line_chars=200),
    StyleSpec("LSArticleTitle", "信息标题", font="title", half_pt=TITLE_HALF_PT, jc="center",
              line_twips=TITLE_LINE_TWIPS, keep_next=True, page_break_before=True,
              snap_to_grid=False),
    StyleSpec("LSCoverTitle", "汇编封面标题", font="title", half_pt=TITLE_HALF_PT, jc="center",
              line_twips=TITLE_LINE_TWIPS, snap_to_grid=False),
    StyleSpec("LSCoverLine", "汇编封面署名", font="heading2", jc="center"),
    StyleSpec("LSTocHeading", "目录标题", font="heading1", jc="center", page_break_before=True),
    StyleSpec("TOC1", "toc 1", jc="left"),
    StyleSpec("LSTocNote", "目录附注", jc="left"),
    # the office's 简报: red masthead, issue line, office and date over a red rule, contents
    StyleSpec("LSBriefName", "简报报头", font="title", half_pt=BRIEF_NAME_HALF_PT, jc="center",
              line_twips=BRIEF_NAME_LINE_TWIPS, snap_to_grid=False, color=BRIEF_RED),
    StyleSpec("LSBriefIssue", "简报期号", font="heading2", jc="center"),
    StyleSpec("LSBriefMeta", "简报编发单位", font="heading2", jc="left", snap_to_grid=False),
    StyleSpec("LSBriefContents", "简报目录标题", font="heading1", jc="left"),
    StyleSpec("LSBriefItem", "简报目录条目", half_pt=BRIEF_ITEM_HALF_PT, jc="left",
              line_twips=BRIEF_ITEM_LINE_TWIPS, snap_to_grid=False),
    StyleSpec("LSBriefTitle", "简报文章标题", font="title", half_pt=BRIEF_TITLE_HALF_PT,
              jc="center", line_twips=TITLE_LINE_TWIPS, keep_next=True, snap_to_grid=False),
    StyleSpec("LSBriefSource", "简报供稿单位", jc="right", right_chars=200),
    StyleSpec("LSPageNumber", "公文页码", font="page_number", half_pt=PAGE_NUMBER_HALF_PT,
              jc="right", line_twips=None, snap_to_grid=False),
)
STYLE_BY_ID = {s.style_id: s for s in STYLES}
ALIGNMENT = {"both": "JUSTIFY", "left": "LEFT", "center": "CENTER", "right": "RIGHT"}

# Schema order (ECMA-376) of the children python-docx has no API for; Word rejects misordered
# properties.
PPR_ORDER = ("pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
             "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap "
             "overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid "
             "spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection "
             "textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr "
             "pPrChange").split()
RPR_ORDER = ("rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss "
             "imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs "
             "highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout "
             "specVanish oMath").split()
SECT_ORDER = ("headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc "
              "pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg "
              "textDirection bidi rtlGutter docGrid printerSettings sectPrChange").split()
THEME_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def set_child(parent, tag: str, order: list[str], **attrs: str):
    """Replace ``parent``'s child ``tag`` with a fresh one in schema order; return it. Only for
    what python-docx has no API for (see the module's docstring)."""
    from lxml import etree

    for old in parent.findall(w(tag)):
        parent.remove(old)
    child = etree.SubElement(parent, w(tag))
    for key, value in attrs.items():
        child.set(w(key), value)
    later = set(order[order.index(tag) + 1:])
    for sibling in list(parent):
        if sibling is not child and etree.QName(sibling).localname in later:
            sibling.addprevious(child)
            break
    return child


# --- fonts and paragraphs: python-docx's Font and ParagraphFormat, plus what they lack ----

def set_fonts(font, name: str) -> None:
    """All four font slots of a python-docx ``Font`` to ``name``: the Latin ones through
    ``Font.name``, East Asian and complex script by hand; theme attributes gone, so the name
    wins."""
    font.name = name
    rfonts = font.element.rPr.rFonts
    for attr in THEME_ATTRS:
        rfonts.attrib.pop(w(attr), None)
    rfonts.set(w("eastAsia"), name)
    rfonts.set(w("cs"), name)


def set_size(font, half_pt: int) -> None:
    """``Font.size``, and the complex-script size (``w:szCs``) python-docx has no API for."""
    from docx.shared import Pt

    font.size = Pt(half_pt / 2)
    set_child(font.element.rPr, "szCs", RPR_ORDER, val=str(half_pt))


def set_lang(rpr) -> None:
    """Chinese as the East Asian language of ``w:rPr`` (no python-docx API)."""
    set_child(rpr, "lang", RPR_ORDER, val="en-US", eastAsia="zh-CN", bidi="ar-SA")


def set_spacing(paragraph_format, line_twips: int | None) -> None:
    """Nothing before or after; lines exactly ``line_twips`` apart, single when None. Any
    spacing a template had (``beforeLines``, auto spacing) goes first."""
    from docx.shared import Twips

    paragraph_format.element.get_or_add_pPr()._remove_spacing()
    paragraph_format.space_before = paragraph_format.space_after = Twips(0)
    paragraph_format.line_spacing = Twips(line_twips) if line_twips else 1.0


def set_indent(paragraph_format, *, first: int | None = None, left: int | None = None,
               right: int | None = None, char_twips: int = CHAR_TWIPS) -> None:
    """Indents in hundredths of a character (200 = 2 characters): the twips through
    python-docx for renderers that ignore character units, ``w:*Chars`` (no python-docx API)
    for Word and WPS. Whatever indent was there before goes; None leaves an indent out."""
    from docx.shared import Twips

    paragraph_format.element.get_or_add_pPr()._remove_ind()
    for chars, prop, attr in ((first, "first_line_indent", "firstLineChars"),
                              (left, "left_indent", "leftChars"),
                              (right, "right_indent", "rightChars")):
        if chars is not None:
            setattr(paragraph_format, prop, Twips(chars * char_twips // 100))
            paragraph_format.element.pPr.ind.set(w(attr), str(chars))


def _style_font(spec: StyleSpec, fonts: FontProfile, font) -> None:
    from docx.shared import RGBColor

    set_fonts(font, getattr(fonts, spec.font))
    font.bold = font.cs_bold = spec.bold or (spec.font == "title" and fonts.title_bold)
    font.color.rgb = RGBColor.from_string(spec.color) if spec.color else None
    set_size(font, spec.half_pt)
    set_lang(font.element.rPr)


def _style_paragraph(spec: StyleSpec, pf) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Twips

    ppr = pf.element.get_or_add_pPr()
    pf.keep_with_next = spec.keep_next
    pf.page_break_before = spec.page_break_before
    pf.widow_control = False
    set_child(ppr, "snapToGrid", PPR_ORDER, val="1" if spec.snap_to_grid else "0")
    set_spacing(pf, spec.line_twips)
    if spec.style_id == "LSPageNumber":        # one 14 pt character in from the edge
        set_indent(pf, left=100, right=100, char_twips=PAGE_NUMBER_HALF_PT * 10)
    else:
        set_indent(pf, first=spec.first_line_chars, left=spec.left_chars,
                   right=spec.right_chars)
    if spec.style_id in ("TOC1", "LSBriefMeta"):
        # TOC1: page numbers flush right after a dot leader; 简报: office left, date right
        pf.tab_stops.clear_all()
        pf.tab_stops.add_tab_stop(
            Twips(round((PAGE_MM[0] - MARGINS_MM["left"] - MARGINS_MM["right"]) * MM_TWIPS)),
            WD_TAB_ALIGNMENT.RIGHT,
            WD_TAB_LEADER.DOTS if spec.style_id == "TOC1" else WD_TAB_LEADER.SPACES)
    if spec.style_id == "LSBriefMeta":         # a red rule under the office and date
        bdr = set_child(ppr, "pBdr", PPR_ORDER)
        set_child(bdr, "bottom", ["top", "left", "bottom", "right", "between", "bar"],
                  val="single", sz="18", space="4", color=BRIEF_RED)
    pf.alignment = getattr(WD_ALIGN_PARAGRAPH, ALIGNMENT[spec.jc])
    if spec.outline_lvl is None:
        ppr._remove_outlineLvl()
    else:
        ppr.get_or_add_outlineLvl().val = spec.outline_lvl


def _ensure_style(styles, spec: StyleSpec, fonts: FontProfile):
    """Create or re-assert one paragraph style (a python-docx style) by its id."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.styles.style import StyleFactory

    found = styles.element.get_by_id(spec.style_id)
    if found is None:
        # created under its id (a name a template is unlikely to hold), then named
        style = styles.add_style(spec.style_id, WD_STYLE_TYPE.PARAGRAPH,
                                 builtin=spec.style_id == "TOC1")
        style.style_id = spec.style_id
    else:
        style = StyleFactory(found)
    style.name = spec.name
    if spec.style_id != "TOC1":
        style.quick_style = True
    _style_paragraph(spec, style.paragraph_format)
    _style_font(spec, fonts, style.font)
    return style


class _DocDefaults:
    """``w:docDefaults``' run and paragraph properties, in the shape python-docx's ``Font``
    and ``ParagraphFormat`` take (python-docx has no API for the document defaults)."""

    def __init__(self, styles_el) -> None:
        from docx.oxml import OxmlElement

        def child(parent, tag: str):
            found = parent.find(w(tag))
            if found is None:
                found = OxmlElement(f"w:{tag}")
                parent.append(found)
            return found

        defaults = styles_el.find(w("docDefaults"))
        if defaults is None:
            defaults = OxmlElement("w:docDefaults")
            styles_el.insert(0, defaults)
        r_default = defaults.find(w("rPrDefault"))
        if r_default is None:
            r_default = OxmlElement("w:rPrDefault")
            defaults.insert(0, r_default)
        self.rPr = child(r_default, "rPr")
        self.pPr = child(child(defaults, "pPrDefault"), "pPr")

    def get_or_add_rPr(self):
        return self.rPr

    def get_or_add_pPr(self):
        return self.pPr


_ASSERTED: set[tuple[FontProfile, bytes]] = set()


def assert_styles(doc, fonts: FontProfile) -> None:
    """docDefaults, Normal and every LS style, with East-Asian fonts set properly.

    A template's styles come back the same from every render, and the pass over them is
    idempotent: styles already in the state a pass leaves (the same bytes, the same profile)
    are not styled again."""
    import hashlib

    from lxml import etree

    styles_el = doc.styles.element
    if (fonts, hashlib.blake2b(etree.tostring(styles_el)).digest()) in _ASSERTED:
        return
    _style_document(doc, fonts)
    _ASSERTED.add((fonts, hashlib.blake2b(etree.tostring(styles_el)).digest()))


def _style_document(doc, fonts: FontProfile) -> None:
    from docx.text.font import Font
    from docx.text.parfmt import ParagraphFormat

    styles = doc.styles
    defaults: Any = _DocDefaults(styles.element)       # Font and ParagraphFormat take its shape, not its type
    set_fonts(Font(defaults), fonts.body)
    set_size(Font(defaults), BODY_HALF_PT)
    set_lang(defaults.rPr)
    ParagraphFormat(defaults).widow_control = False
    set_spacing(ParagraphFormat(defaults), LINE_TWIPS)
    normal = _ensure_style(styles, StyleSpec("Normal", "Normal"), fonts)
    normal.base_style = normal.next_paragraph_style = None
    normal.element.default = True
    by_id = {spec.style_id: _ensure_style(styles, spec, fonts) for spec in STYLES}
    for spec in STYLES:
        style = by_id[spec.style_id]
        style.base_style = normal
        # python-docx leaves a style's ``w:next`` out when it is the style itself (the default)
        style.next_paragraph_style = by_id[{"LSSignature": "LSDate", "LSDate": "LSContact"}.get(
            spec.style_id,
            "LSBody" if spec.keep_next or spec.style_id == "LSCoverTitle" else spec.style_id)]
    # Built-in styles we do not use may still carry theme fonts; strip them everywhere.
    map_fonts(styles.element, fonts)


def map_fonts(root, fonts: FontProfile) -> None:
    """In every ``w:rFonts`` under ``root``: drop theme attributes, switch profile names.

    A document rendered for the "system" profile must not keep 仿宋_GB2312 in a run that a user
    typed in the template, and vice versa.
    """
    other = {}
    for prof in PROFILES.values():
        for field in ("title", "body", "heading1", "heading2", "heading3"):
            other[getattr(prof, field)] = getattr(fonts, field)
    other.pop("宋体", None)   # 宋体 is the page number in both profiles: never remap it
    other.pop("黑体", None)
    for rfonts in root.iter(w("rFonts")):
        for attr in THEME_ATTRS:
            rfonts.attrib.pop(w(attr), None)
        for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
            name = rfonts.get(w(slot))
            if name in other:
                rfonts.set(w(slot), other[name])


def assert_section(section) -> None:
    """A4, GB/T 9704 margins, footer distance and the 22 × 28 grid on one python-docx
    ``Section``."""
    from docx.shared import Twips

    def mm(value: float):
        return Twips(round(value * MM_TWIPS))

    section._sectPr._remove_pgSz()            # no orientation or paper code left over
    section.page_width, section.page_height = mm(PAGE_MM[0]), mm(PAGE_MM[1])
    section.top_margin, section.bottom_margin = mm(MARGINS_MM["top"]), mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = mm(MARGINS_MM["left"]), mm(MARGINS_MM["right"])
    section.header_distance, section.footer_distance = mm(HEADER_MM), mm(FOOTER_MM)
    section.gutter = Twips(0)
    set_child(section._sectPr, "docGrid", SECT_ORDER, **GRID)     # no python-docx API


def assert_format(doc, fonts: FontProfile) -> None:
    """The last pass over a rendered document: styles, fonts, page, grid, page numbers."""
    from docx.oxml.ns import qn
    from docx.section import Section

    assert_styles(doc, fonts)
    map_fonts(doc.element, fonts)
    for sect_pr in doc.element.iter(qn("w:sectPr")):
        assert_section(Section(sect_pr, doc.part))
    doc.settings.odd_and_even_pages_header_footer = True
    for section in doc.sections:
        if not has_page_field(section.footer) or not has_page_field(section.even_page_footer):
            add_page_number_footers(section)
        for footer in (section.footer, section.even_page_footer):
            map_fonts(footer._element, fonts)
    _settings_lang(doc)
    set_compatibility_mode(doc)


_SETTINGS_AFTER_LANG = {"clrSchemeMapping", "doNotIncludeSubdocsInStats",
                        "doNotAutoCompressPictures", "forceUpgrade", "captions",
                        "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
                        "doNotEmbedSmartTags", "decimalSymbol", "listSeparator"}


def _settings_child(doc, tag: str, later: set[str]):
    """The settings' child ``tag`` (python-docx has no API for it), added before the first of
    the children the schema puts ``later`` when it is missing."""
    from lxml import etree

    settings = doc.settings.element
    child = settings.find(w(tag))
    if child is None:
        child = etree.Element(w(tag))
        after = [c for c in settings if etree.QName(c).localname in later]
        if after:
            after[0].addprevious(child)
        else:
            settings.append(child)
    return child


def _settings_lang(doc) -> None:
    """``w:themeFontLang`` East Asian = zh-CN."""
    lang = _settings_child(doc, "themeFontLang", _SETTINGS_AFTER_LANG)
    lang.set(w("val"), "en-US")
    lang.set(w("eastAsia"), "zh-CN")


COMPATIBILITY_MODE = "15"           # Word 2013 and later: no 兼容模式 in the title bar
_WORD_URI = "http://schemas.microsoft.com/office/word"
_SETTINGS_AFTER_COMPAT = {"docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang",
                          "clrSchemeMapping"} | _SETTINGS_AFTER_LANG


def set_compatibility_mode(doc) -> None:
    """``w:compat/w:compatSetting[@name=compatibilityMode]`` = 15, so Word opens the file as a
    current document, not in 兼容模式 (python-docx's own template says 14)."""
    from lxml import etree

    compat = _settings_child(doc, "compat", _SETTINGS_AFTER_COMPAT)
    for setting in compat.findall(w("compatSetting")):
        if setting.get(w("name")) == "compatibilityMode":
            setting.set(w("val"), COMPATIBILITY_MODE)
            setting.set(w("uri"), _WORD_URI)
            return
    setting = etree.SubElement(compat, w("compatSetting"))
    for key, value in (("name", "compatibilityMode"), ("uri", _WORD_URI),
                       ("val", COMPATIBILITY_MODE)):
        setting.set(w(key), value)


def stamp_properties(doc, when=None) -> None:
    """Core properties of a file being written now: created and modified at ``when`` (the
    template's own dates would say the report was written in 2024-01-01), revision 1."""
    import datetime as dt

    when = (when or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    if when.tzinfo is not None:       # python-docx writes naive datetimes as UTC ("Z")
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    props = doc.core_properties
    props.created = props.modified = when
    props.revision = 1
    props.last_modified_by = ""


def has_page_field(footer) -> bool:
    if footer.is_linked_to_previous:
        return False
    instr = "".join(t.text or "" for t in footer._element.iter(w("instrText")))
    simple = [f.get(w("instr"), "") for f in footer._element.iter(w("fldSimple"))]
    return "PAGE" in instr or any("PAGE" in s for s in simple)


# --- fields: the one builder, for the footers' PAGE and the 汇编's TOC ---------------------

def _field_char(paragraph, kind: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph.add_run()._r.append(OxmlElement("w:fldChar", {qn("w:fldCharType"): kind}))


def begin_field(paragraph, code: str) -> None:
    """Open a complex field at the end of a python-docx ``Paragraph``: ``fldChar`` begin, the
    instruction, ``fldChar`` separate. What follows, up to ``end_field`` (in this paragraph or
    a later one), is the field's result as shown before Word updates it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    _field_char(paragraph, "begin")
    instr = OxmlElement("w:instrText", {qn("xml:space"): "preserve"})
    instr.text = f" {code} "
    paragraph.add_run()._r.append(instr)
    _field_char(paragraph, "separate")


def end_field(paragraph) -> None:
    """Close the field ``begin_field`` opened."""
    _field_char(paragraph, "end")


def add_field(paragraph, code: str, shown: str):
    """A whole field in one paragraph, showing ``shown``; returns the result's ``Run``."""
    begin_field(paragraph, code)
    run = paragraph.add_run(shown)
    end_field(paragraph)
    return run


def add_page_number_footers(section) -> None:
    """``— 1 —`` footers: odd pages right, even pages left, with a real PAGE field."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for footer, alignment in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                              (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        for old in footer.paragraphs:          # python-docx cannot delete a paragraph
            old._p.getparent().remove(old._p)
        paragraph = footer.add_paragraph()
        paragraph.style = footer.part.get_style("LSPageNumber", WD_STYLE_TYPE.PARAGRAPH)
        paragraph.alignment = alignment
        paragraph.add_run("— ")
        add_field(paragraph, "PAGE", "1")
        paragraph.add_run(" —")
