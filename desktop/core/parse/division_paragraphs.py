"""A section's division of work by unit, written as a unit's heading line over its numbered duties and then the other
units' colon paragraphs (CONVENTIONS.md rule 1; round 37 unit lines, round 38 labels):

    五、责任分解
    教育管理中心:
    1、制定…实施方案，配合乡人民政府抓好宣传…
    2、强化…承包责任制…
    各村、“两基”工作组:落实…，配合乡镇人民政府做好…
    各学校:做好相关法律法规宣传…

The bare 「教育管理中心:」 line labels the items under it (their unit, as lead: round 38's label), and each later
「各学校:…」 paragraph is one more task of the section, labelled by its unit — not the text of the last numbered item.
Read only where a bare unit line with its colon stands right under a section's heading line and right over that
section's item 1; the unit-colon paragraphs read so are those after its items, up to the next heading of the
section's level or above. A colon line that names no body 「主要职责:」「各成员单位职责分工如下:」 heads nothing, and a
section with no such heading line keeps its paragraphs as the items' text."""

from __future__ import annotations

import re

from .colon_names import colon_name
from .heading_markers import line_marker
from .units import looks_like_unit

# a role, a label or a post, no body (责任单位: / 工作要求: / 主要职责:), or a lead-in (各成员单位职责分工如下:)
_NO_BODY = re.compile(r"(?:单位|部门|机构|职责|要求|任务|目标|时间|地点|内容|措施|安排)$|如下|以下|分工|职责")


def unit_name(line: str, bare: bool) -> str:
    """The unit a line opens with before its colon ("" if none): alone on the line for ``bare``, else before the
    paragraph's own text. The name stands right at the line's start and before its colon, no space in it."""
    found = colon_name(line)
    if found is None:
        return ""
    name, rest, pieces = found
    if bare != (not rest) or line[len(name):len(name) + 1] not in (":", "：") or re.search(r"\s", name) \
            or any(_NO_BODY.search(p) for p in pieces) or not all(looks_like_unit(p) for p in pieces):
        return ""
    return name


def division_paragraphs(lines: list[str]) -> dict[int, tuple[str, int]]:
    """Line → (its unit, the kind of the section it divides) for each such heading line and paragraph."""
    out: dict[int, tuple[str, int]] = {}
    filled = [n for n, ln in enumerate(lines) if ln.strip()]
    for k, n in enumerate(filled[1:-1], 1):
        line = lines[n].strip()
        if not line.endswith((":", "：")) or line_marker(line) is not None:
            continue
        above, below = line_marker(lines[filled[k - 1]].strip()), line_marker(lines[filled[k + 1]].strip())
        if above is None or below is None or below[2] != 1 or below[0] <= above[0]:
            continue
        name = unit_name(line, bare=True)
        if not name:
            continue
        kind = above[0]
        out[n] = (name, kind)
        for m in filled[k + 2:]:
            found = line_marker(lines[m].strip())
            if found is not None:
                if found[0] <= kind:
                    break
                continue
            unit = unit_name(lines[m].strip(), bare=False) or unit_name(lines[m].strip(), bare=True)
            if unit:
                out[m] = (unit, kind)
    return out
