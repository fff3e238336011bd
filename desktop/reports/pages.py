"""How many pages a generated document takes in Word, counted from its paragraphs.

The 汇编's table of contents is written with its page numbers already in it, so Word, WPS and
LibreOffice show them on first opening without asking to update fields — and that has to work
on an office PC with no LibreOffice to render with. It can be counted because our documents
are laid out on GB/T 9704's fixed grid: every body line is exactly 28.95 pt (22 lines in the
225 mm type area) and holds 28 characters (the section's ``linesAndChars`` grid); titles are
fixed 35 pt lines of 22 pt characters; widow control is off. A paragraph takes
ceil((indent + text width) / characters per line) lines, where an ASCII letter or digit is half
a character; ``keepNext`` moves a heading to the next page with the line after it; a page
break (``pageBreakBefore`` or ``w:br type=page``) starts a new page.

Word lets closing punctuation hang in the margin (``overflowPunct``), so a line is never pushed
over by a trailing ``，`` and the count matches Word's layout for these documents; the test
checks the numbers against LibreOffice's rendering of the same file.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop.reports import docx_style as ds

TYPE_HEIGHT_PT = (ds.PAGE_MM[1] - ds.MARGINS_MM["top"] - ds.MARGINS_MM["bottom"]) * 72 / 25.4
TYPE_WIDTH_PT = (ds.PAGE_MM[0] - ds.MARGINS_MM["left"] - ds.MARGINS_MM["right"]) * 72 / 25.4
GRID_CHARS = 28                                     # characters a grid line holds
_EPS = 0.01


@dataclass(frozen=True)
class _Line:
    height: float          # pt
    keep_next: bool        # the paragraph's last line stays with the next paragraph's first
    page_break: bool       # the paragraph starts on a new page
    count: int             # lines of the paragraph
    break_after: bool = False   # a page break inside it (``w:br type=page``)


AUTOSPACE = 0.375            # the gap put between Chinese and digits/Latin (autoSpaceDN/DE)


def text_width(text: str) -> float:
    """Width in grid characters: ASCII (and half-width) takes half a cell, and each change
    between Chinese and digits or Latin letters adds Word's automatic gap."""
    width, prev = 0.0, None
    for ch in text:
        half = ord(ch) < 0x2010 or 0x2070 <= ord(ch) < 0x2E80    # “”—… are full width
        kind = ("latin" if ch.isalnum() else None) if half else ("cjk" if ch.isalpha() else None)
        width += 0.5 if half else 1.0
        if kind and prev and kind != prev:
            width += AUTOSPACE
        prev = kind
    return width


def _on(el, tag: str) -> bool | None:
    found = el.find(ds.w(tag)) if el is not None else None
    if found is None:
        return None
    return found.get(ds.w("val"), "1") not in ("0", "false", "off")


def _paragraph(p) -> _Line:
    ppr = p.find(ds.w("pPr"))
    style = ppr.find(ds.w("pStyle")) if ppr is not None else None
    spec = ds.STYLE_BY_ID.get(style.get(ds.w("val")) if style is not None else "",
                              ds.StyleSpec("Normal", "Normal"))
    keep = _on(ppr, "keepNext")
    brk = _on(ppr, "pageBreakBefore")
    keep = spec.keep_next if keep is None else keep
    brk = spec.page_break_before if brk is None else brk
    pieces, after = [""], False
    for el in p.iter(ds.w("t"), ds.w("br"), ds.w("tab")):
        tag = el.tag.rsplit("}", 1)[1]
        if tag == "t":
            pieces[-1] += el.text or ""
        elif tag == "tab":
            pieces[-1] += "\u3000" * 2
        elif el.get(ds.w("type")) == "page":
            after = True
        else:
            pieces.append("")
    size = spec.half_pt / 2
    if spec.snap_to_grid:
        per_line = float(GRID_CHARS)
        char_pt = TYPE_WIDTH_PT / GRID_CHARS
    else:
        char_pt = size
        per_line = TYPE_WIDTH_PT / size
    indent = (spec.left_chars + spec.right_chars) / 100 * (ds.CHAR_TWIPS / 20) / char_pt
    first = spec.first_line_chars / 100 * (ds.CHAR_TWIPS / 20) / char_pt
    lines = 0
    for piece in pieces:
        width = text_width(piece)
        lines += max(1, math.ceil((first + width) / (per_line - indent) - _EPS))
    height = (spec.line_twips / 20) if spec.line_twips else size * 1.3
    if after and not "".join(pieces).strip():
        lines = 0                                   # a paragraph holding only the break
    return _Line(height, bool(keep), bool(brk), lines, after)


def paragraph_height(p) -> float:
    """The height in pt a paragraph (``w:p``) takes on the page."""
    line = _paragraph(p)
    return line.height * line.count


def count_pages(body) -> int:
    """Pages the paragraphs of ``body`` (a ``w:body`` element) fill in Word."""
    lines = [_paragraph(p) for p in body.iterchildren(ds.w("p"))]
    pages, used = 1, 0.0
    for i, line in enumerate(lines):
        if line.page_break and used > 0:
            pages, used = pages + 1, 0.0
        if line.keep_next and not (i and lines[i - 1].keep_next):
            # a chain of keep-with-next paragraphs goes to the next page whole, together with
            # the first line of the paragraph after it
            need, j = 0.0, i
            while j < len(lines) and lines[j].keep_next:
                need += lines[j].height * lines[j].count
                j += 1
            if j < len(lines) and not lines[j].page_break:
                need += lines[j].height
            if used + need > TYPE_HEIGHT_PT + _EPS and used > 0 and need <= TYPE_HEIGHT_PT:
                pages, used = pages + 1, 0.0
        for _ in range(line.count):
            if used + line.height > TYPE_HEIGHT_PT + _EPS and used > 0:
                pages, used = pages + 1, 0.0
            used += line.height
        if line.break_after:               # the paragraph mark after the break: next page
            pages, used = pages + 1, line.height
    return pages


def document_pages(doc) -> int:
    """Pages of a python-docx Document."""
    return count_pages(doc.element.body)
