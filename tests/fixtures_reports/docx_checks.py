"""Reading the form of a .docx back, as a clerk would check it: page, styles, fonts, footers."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MM_TWIPS = 1440 / 25.4


def part(path: Path, name: str):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def style(path: Path, style_id: str):
    for el in part(path, "word/styles.xml").iter(f"{W}style"):
        if el.get(f"{W}styleId") == style_id:
            return el
    raise AssertionError(f"style {style_id} missing")


def attr(el, child_path: str, name: str) -> str | None:
    found = el.find(child_path.replace("w:", W))
    return None if found is None else found.get(f"{W}{name}")


def on(el, child_path: str) -> bool | None:
    """An on/off property (``w:b``, ``w:keepNext`` …) as Word reads it: present without
    ``w:val`` is on; None when the property is not there at all."""
    found = el.find(child_path.replace("w:", W))
    if found is None:
        return None
    return found.get(f"{W}val", "1") not in ("0", "false", "off")


def font_of(el) -> dict[str, str | None]:
    rfonts = el.find(f"{W}rPr/{W}rFonts")
    assert rfonts is not None, "no rFonts"
    return {k: rfonts.get(f"{W}{k}") for k in
            ("ascii", "hAnsi", "eastAsia", "cs", "asciiTheme", "eastAsiaTheme", "hAnsiTheme")}


def size_pt(el) -> float:
    return int(attr(el, "w:rPr/w:sz", "val")) / 2


def sections(path: Path):
    return list(part(path, "word/document.xml").iter(f"{W}sectPr"))


def mm(twips: str) -> float:
    return round(int(twips) / MM_TWIPS, 1)


def body_paragraphs(path: Path) -> list[tuple[str | None, str]]:
    """(style id, text) of every body paragraph, in order."""
    out = []
    for p in part(path, "word/document.xml").iter(f"{W}p"):
        ps = p.find(f"{W}pPr/{W}pStyle")
        out.append((ps.get(f"{W}val") if ps is not None else None,
                    "".join(t.text or "" for t in p.iter(f"{W}t"))))
    return out


def footers(path: Path) -> dict[str, etree._Element]:
    """footer type (default / even) → footer root, through the section's references."""
    doc = part(path, "word/document.xml")
    rels = part(path, "word/_rels/document.xml.rels")
    target = {r.get("Id"): r.get("Target") for r in rels}
    out = {}
    sect = list(doc.iter(f"{W}sectPr"))[-1]
    for ref in sect.findall(f"{W}footerReference"):
        rid = ref.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        out[ref.get(f"{W}type")] = part(path, "word/" + target[rid])
    return out


def field_codes(root) -> list[str]:
    return ["".join(t.text or "") .strip() for t in root.iter(f"{W}instrText")]


def settings_has(path: Path, tag: str) -> bool:
    return part(path, "word/settings.xml").find(f"{W}{tag}") is not None
