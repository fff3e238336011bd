"""The name a line or a paragraph opens with before its colon (交通部门：负责… / 教育管理中心: /
各村、“两基”工作组:落实…).

One step shared by the readers of a unit so written: ``division_paragraphs.unit_name`` (a division's unit lines,
any unit) and ``prose_units.colon_lead_unit`` / ``colon_kind_unit`` (a paragraph led by a body or by a kind of
party). Each then asks for its own kind of name; what they all refuse is read here once:

* no name: no colon, or a comma or a full stop before it (按照要求，各单位：…), or more than ``longest`` characters;
* a clause, not a name: a figure or a word of a sentence in it (2024年：… / 牵头的是：… / 由…组成：);
* a label's value, not a paragraph: fewer than six Chinese characters after the colon (县住建局：0551-… /
  时间：3月) — nothing at all after it is kept, a unit's heading line alone (教育管理中心:)."""

from __future__ import annotations

import re

from .normalise import split_top_level

_HEAD = re.compile(r"^([^，,。；;：:\n]{2,30})[：:]")


def colon_name(line: str, longest: int = 30) -> tuple[str, str, list[str]] | None:
    """The name before ``line``'s first colon (stripped), the text after it (stripped) and the name's parts between
    its 、 (outside brackets); None where there is no such name (see the module's text)."""
    m = _HEAD.match(line)
    if m is None or len(m.group(1)) > longest:
        return None
    name, rest = m.group(1).strip(), line[m.end():].strip()
    if rest and len(re.findall(r"[\u4e00-\u9fff]", rest)) < 6 or re.search(r"\d|[的是为由]", name):
        return None
    pieces = [p for p in split_top_level(name, "、") if p]
    return (name, rest, pieces) if pieces else None
