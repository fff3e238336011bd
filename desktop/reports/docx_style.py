"""The official-document look (GB/T 9704-2012) of every Word file: stated once, applied twice.

``build/make_templates.py`` uses it to build the shipped templates; ``assert_format`` runs it
again over every rendered document, because a template edited in Word/WPS, a docxtpl render or
a docxcompose merge can leave theme fonts, Letter paper or a lost grid behind. Only lxml and
python-docx's element helpers are used, imported when a function runs.
"""

from __future__ import annotations

from dataclasses import dataclass

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

# Schema order of the children we touch (ECMA-376); Word rejects misordered properties.
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
STYLE_ORDER = ("name aliases basedOn next link autoRedefine hidden uiPriority semiHidden "
               "unhideWhenUsed qFormat locked personal personalCompose personalReply rsid pPr "
               "rPr tblPr trPr tcPr tblStylePr").split()
THEME_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def set_child(parent, tag: str, order: list[str], **attrs: str):
    """Replace ``parent``'s child ``tag`` with a fresh one in schema order; return it."""
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


def get_child(parent, tag: str, order: list[str]):
    found = parent.find(w(tag))
    return found if found is not None else set_child(parent, tag, order)


def set_fonts(rpr, name: str) -> None:
    """All four font slots to ``name``; theme attributes gone, so the name wins."""
    set_child(rpr, "rFonts", RPR_ORDER, ascii=name, hAnsi=name, eastAsia=name, cs=name)


def set_lang(rpr) -> None:
    set_child(rpr, "lang", RPR_ORDER, val="en-US", eastAsia="zh-CN", bidi="ar-SA")


def _style_rpr(spec: StyleSpec, fonts: FontProfile, rpr) -> None:
    set_fonts(rpr, getattr(fonts, spec.font))
    bold = spec.bold or (spec.font == "title" and fonts.title_bold)
    for tag in ("b", "bCs"):
        set_child(rpr, tag, RPR_ORDER, val="1" if bold else "0")
    if spec.color:
        set_child(rpr, "color", RPR_ORDER, val=spec.color)
    else:
        for old in rpr.findall(w("color")):
            rpr.remove(old)
    set_child(rpr, "sz", RPR_ORDER, val=str(spec.half_pt))
    set_child(rpr, "szCs", RPR_ORDER, val=str(spec.half_pt))
    set_lang(rpr)


def _style_ppr(spec: StyleSpec, ppr) -> None:
    set_child(ppr, "keepNext", PPR_ORDER, val="1" if spec.keep_next else "0")
    set_child(ppr, "pageBreakBefore", PPR_ORDER, val="1" if spec.page_break_before else "0")
    set_child(ppr, "widowControl", PPR_ORDER, val="0")
    set_child(ppr, "snapToGrid", PPR_ORDER, val="1" if spec.snap_to_grid else "0")
    if spec.line_twips:
        set_child(ppr, "spacing", PPR_ORDER, before="0", after="0",
                  line=str(spec.line_twips), lineRule="exact")
    else:
        set_child(ppr, "spacing", PPR_ORDER, before="0", after="0", line="240", lineRule="auto")
    ind = {"firstLineChars": str(spec.first_line_chars),
           "firstLine": str(spec.first_line_chars * CHAR_TWIPS // 100),
           "leftChars": str(spec.left_chars), "left": str(spec.left_chars * CHAR_TWIPS // 100),
           "rightChars": str(spec.right_chars),
           "right": str(spec.right_chars * CHAR_TWIPS // 100)}
    if spec.style_id == "TOC1":                # page numbers flush right, dot leader
        tabs = set_child(ppr, "tabs", PPR_ORDER)
        tab = set_child(tabs, "tab", ["tab"], val="right", leader="dot")
        tab.set(w("pos"), str(round((PAGE_MM[0] - MARGINS_MM["left"] - MARGINS_MM["right"])
                                    * MM_TWIPS)))
    if spec.style_id == "LSBriefMeta":         # office left, date flush right, red rule under
        tabs = set_child(ppr, "tabs", PPR_ORDER)
        tab = set_child(tabs, "tab", ["tab"], val="right")
        tab.set(w("pos"), str(round((PAGE_MM[0] - MARGINS_MM["left"] - MARGINS_MM["right"])
                                    * MM_TWIPS)))
        bdr = set_child(ppr, "pBdr", PPR_ORDER)
        set_child(bdr, "bottom", ["top", "left", "bottom", "right", "between", "bar"],
                  val="single", sz="18", space="4", color=BRIEF_RED)
    if spec.style_id == "LSPageNumber":        # one 14 pt character in from the edge
        ind = {"leftChars": "100", "left": "280", "rightChars": "100", "right": "280"}
    set_child(ppr, "ind", PPR_ORDER, **ind)
    set_child(ppr, "jc", PPR_ORDER, val=spec.jc)
    if spec.outline_lvl is None:
        for old in ppr.findall(w("outlineLvl")):
            ppr.remove(old)
    else:
        set_child(ppr, "outlineLvl", PPR_ORDER, val=str(spec.outline_lvl))


def ensure_style(styles_el, spec: StyleSpec, fonts: FontProfile):
    """Create or re-assert one paragraph style in ``w:styles``."""
    from lxml import etree

    style = None
    for candidate in styles_el.findall(w("style")):
        if candidate.get(w("styleId")) == spec.style_id:
            style = candidate
            break
    if style is None:
        style = etree.SubElement(styles_el, w("style"))
        style.set(w("type"), "paragraph")
        style.set(w("customStyle"), "0" if spec.style_id == "TOC1" else "1")
        style.set(w("styleId"), spec.style_id)
    set_child(style, "name", STYLE_ORDER, val=spec.name)
    set_child(style, "basedOn", STYLE_ORDER, val="Normal")
    next_id = {"LSSignature": "LSDate", "LSDate": "LSContact"}.get(
        spec.style_id, "LSBody" if spec.keep_next or spec.style_id == "LSCoverTitle" else spec.style_id)
    set_child(style, "next", STYLE_ORDER, val=next_id)
    if spec.style_id != "TOC1":
        set_child(style, "qFormat", STYLE_ORDER)
    _style_ppr(spec, get_child(style, "pPr", STYLE_ORDER))
    _style_rpr(spec, fonts, get_child(style, "rPr", STYLE_ORDER))
    return style


def assert_styles(doc, fonts: FontProfile) -> None:
    """docDefaults, Normal and every LS style, with East-Asian fonts set properly."""
    styles_el = doc.styles.element
    defaults = styles_el.find(w("docDefaults"))
    rpr = defaults.find(f"{w('rPrDefault')}/{w('rPr')}")
    set_fonts(rpr, fonts.body)
    set_child(rpr, "sz", RPR_ORDER, val=str(BODY_HALF_PT))
    set_child(rpr, "szCs", RPR_ORDER, val=str(BODY_HALF_PT))
    set_lang(rpr)
    ppr_default = get_child(defaults, "pPrDefault", ["rPrDefault", "pPrDefault"])
    ppr = get_child(ppr_default, "pPr", ["pPr"])
    set_child(ppr, "widowControl", PPR_ORDER, val="0")
    set_child(ppr, "spacing", PPR_ORDER, before="0", after="0", line=str(LINE_TWIPS),
              lineRule="exact")
    normal = ensure_style(styles_el, StyleSpec("Normal", "Normal"), fonts)
    for tag in ("basedOn", "next"):
        for old in normal.findall(w(tag)):
            normal.remove(old)
    normal.set(w("default"), "1")
    for spec in STYLES:
        ensure_style(styles_el, spec, fonts)
    # Built-in styles we do not use may still carry theme fonts; strip them everywhere.
    map_fonts(styles_el, fonts)


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


def assert_section(sect_pr) -> None:
    """A4, GB/T 9704 margins, footer distance and the 22 × 28 grid on one ``w:sectPr``."""
    mm = lambda v: str(round(v * MM_TWIPS))  # noqa: E731 — twips from millimetres
    set_child(sect_pr, "pgSz", SECT_ORDER, w=mm(PAGE_MM[0]), h=mm(PAGE_MM[1]))
    set_child(sect_pr, "pgMar", SECT_ORDER, top=mm(MARGINS_MM["top"]),
              right=mm(MARGINS_MM["right"]), bottom=mm(MARGINS_MM["bottom"]),
              left=mm(MARGINS_MM["left"]), header=mm(HEADER_MM), footer=mm(FOOTER_MM),
              gutter="0")
    set_child(sect_pr, "docGrid", SECT_ORDER, **GRID)


def assert_format(doc, fonts: FontProfile) -> None:
    """The last pass over a rendered document: styles, fonts, page, grid, page numbers."""
    from docx.oxml.ns import qn

    assert_styles(doc, fonts)
    map_fonts(doc.element, fonts)
    for sect_pr in doc.element.iter(qn("w:sectPr")):
        assert_section(sect_pr)
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


def _settings_lang(doc) -> None:
    """``w:themeFontLang`` East Asian = zh-CN, in its schema place when it must be added."""
    from lxml import etree

    settings = doc.settings.element
    lang = settings.find(w("themeFontLang"))
    if lang is None:
        lang = etree.Element(w("themeFontLang"))
        later = [c for c in settings if etree.QName(c).localname in _SETTINGS_AFTER_LANG]
        if later:
            later[0].addprevious(lang)
        else:
            settings.append(lang)
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

    settings = doc.settings.element
    compat = settings.find(w("compat"))
    if compat is None:
        compat = etree.Element(w("compat"))
        later = [c for c in settings if etree.QName(c).localname in _SETTINGS_AFTER_COMPAT]
        if later:
            later[0].addprevious(compat)
        else:
            settings.append(compat)
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


def _field_runs(paragraph_el, code: str, shown: str) -> None:
    """Append a complex field (begin / instrText / separate / result / end) to a paragraph."""
    from lxml import etree

    def run():
        return etree.SubElement(paragraph_el, w("r"))

    etree.SubElement(run(), w("fldChar")).set(w("fldCharType"), "begin")
    instr = etree.SubElement(run(), w("instrText"))
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {code} "
    etree.SubElement(run(), w("fldChar")).set(w("fldCharType"), "separate")
    etree.SubElement(run(), w("t")).text = shown
    etree.SubElement(run(), w("fldChar")).set(w("fldCharType"), "end")


def _text_run(paragraph_el, text: str) -> None:
    from lxml import etree

    t = etree.SubElement(etree.SubElement(paragraph_el, w("r")), w("t"))
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text


def add_page_number_footers(section) -> None:
    """``— 1 —`` footers: odd pages right, even pages left, with a real PAGE field."""
    for footer, jc in ((section.footer, "right"), (section.even_page_footer, "left")):
        footer.is_linked_to_previous = False
        body = footer._element
        for p in body.findall(w("p")):
            body.remove(p)
        paragraph = footer.add_paragraph()._p
        ppr = paragraph.get_or_add_pPr()
        set_child(ppr, "pStyle", PPR_ORDER, val="LSPageNumber")
        set_child(ppr, "jc", PPR_ORDER, val=jc)
        _text_run(paragraph, "— ")
        _field_runs(paragraph, "PAGE", "1")
        _text_run(paragraph, " —")


def set_update_fields(doc) -> None:
    """Ask Word to refresh fields (the TOC) when the file is opened."""
    settings = doc.settings.element
    if settings.find(w("updateFields")) is not None:
        return
    from lxml import etree

    el = etree.Element(w("updateFields"))
    el.set(w("val"), "true")
    later = {"hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids",
             "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
             "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade",
             "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary",
             "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator"}
    for child in settings:
        if etree.QName(child).localname in later:
            child.addprevious(el)
            return
    settings.append(el)
