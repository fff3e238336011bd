"""A plan's own title line whose first line the text lost: 「消纳结算管理的实施意见」 under a cover that quotes the
whole name 「…关于印发《关于推进本市工程渣土卸点计量及消纳结算管理的实施意见》的通知」 — the quoted name, of which the
line is the tail (Round 99 on x364_03: the 附件 line's title or the notice's title; a cut line is neither)."""

from __future__ import annotations

import re

from .heading_markers import line_marker
from .site_titles import PLAN_WORD

# a name the cover quotes 「…印发《X》的通知」「附件：X」 (in its first lines)
_QUOTED = re.compile(r"《([^《》\n]{8,80})》")
_HEAD_LINES = 12


# a notice's title line cut inside the name it issues 「…局关于印发《」 (the line ends on an open 《, the name never
# printed after it): the issued text's own title line below the cover 「《…办法》实施若干规定」 — the first line
# standing alone as a title (no sentence mark, closing on a document word), not the 附件 line (round 48: only what
# is printed is read; x370_01, p70a), above the body's first numbered line — not a title whose 《》 close
# 「…关于印发《…办法》的通知」, nor a numbered heading of the notice's body 「二、健全工作制度」 (the cut line kept)
_OPEN_NAME = re.compile(r"关于(?:印发|转发|下发|发布|颁布)《[^《》]*$")
_OWN_TITLE = re.compile(r"^(?!附件)[^。，,；;：:！？!?\s]{6,60}?(?:" + PLAN_WORD
                        + r"|规定|导则|规则|规程|标准|规范|制度|章程)(?:[(（][^)）]{1,12}[)）])?$")
_BELOW = 40


def _issued_below(title: str, text: str) -> str:
    lines = [ln.strip() for ln in text.splitlines()]
    at = next((k for k, ln in enumerate(lines[:_HEAD_LINES]) if ln and title.strip().startswith(ln[:8])), None)
    if at is None:
        return title
    for ln in lines[at + 1:at + 1 + _BELOW]:
        if line_marker(ln) is not None:
            return title            # (the body's first numbered line: a heading below it is no title)
        if _OWN_TITLE.match(ln):
            return ln
    return title


def whole_quoted(title: str, text: str) -> str:
    """The quoted name ``title`` is the cut tail of (at least four characters lost before it, the tail not opening
    with 关于 nor standing as the whole name), else ``title`` — or, where ``title`` is a notice's line cut on an open
    《 (``_OPEN_NAME``), the issued text's own title line below it."""
    if _OPEN_NAME.search(title):
        return _issued_below(title, text)
    if len(title) < 6 or title.startswith("关于") or "《" in title:
        return title
    head = "\n".join(text.splitlines()[:_HEAD_LINES])
    for m in _QUOTED.finditer(head):
        name = m.group(1)
        if name.endswith(title) and len(name) - len(title) >= 4 and name.startswith("关于"):
            return name
    return title


# an issuer's line over a title the page breaks over two lines 「木卡乡人民政府 / 天然林保护工程2011-2012
# 年度 / 森林防火目标责任书」 (the first part no title of its own, the second closing on a document's or a
# pledge's word, in either script): one title, the issuer read with it in front (Round 94's governs on p66c;
# Round 93 on x344_05; Round 105 on x374_01)
_ISSUER_LINE = re.compile(r"^[\u4e00-\u9fff]{2,24}(?:人民政府|政府|委员会|委員會|办公室|辦公室"
                          r"|办事处|辦事處|党委|黨委)$")
_TITLE_END = re.compile(r"(?:" + PLAN_WORD + r"|计划|計劃|规划|規劃|办法|辦法|意見|责任书|責任書|责任状"
                        r"|責任狀|承诺书|承諾書|预案|預案|通知|制度|规定|規定)$")
_PART = re.compile(r"^[^。，,；;：:！？!?\s《》]{2,40}$")


def issuer_over_split(lines: list[str], at: int) -> str:
    """The issuer's line ``lines[at]`` with the two title lines right below it (``_TITLE_END`` closing the second, not
    the first), joined; "" where the lines are not so."""
    if not _ISSUER_LINE.match(lines[at]) or at + 2 >= len(lines):
        return ""
    first, second = lines[at + 1], lines[at + 2]
    if _PART.match(first) and _PART.match(second) and _TITLE_END.search(second) and not _TITLE_END.search(first) \
            and len(first + second) <= 60:
        return lines[at] + first + second
    return ""
