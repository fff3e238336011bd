"""A task table whose cells a page printed run together with no separator (a web page's text of a table): the
header 「责任内容具体任务及措施牵头单位责任单位工作要求」 on one line, then each row's task text on its numbered line
and, on the next, its unit cells and the text column after them run together 「A单位B单位、C单位工作要求…」. The
header's column names tell which cells the second line holds: the lead's one name, then the responsible units
(one name, or names joined by 、), then the text of the column after them. The line is written as the numbered
item's text and its units label (``read.table_lines``' form: …(牵头单位:A;责任单位:B、C)).
"""

from __future__ import annotations

import re

from .table_heads import COLUMN_WORDS, column_of, unit_column
from .units import looks_like_unit

_LEAD = "|".join(w for w in COLUMN_WORDS["lead"] if len(w) > 2)
_RESP = "|".join(sorted((w for w in COLUMN_WORDS["resp"] if w.endswith(("单位", "部门"))), key=len, reverse=True))
_HEADER = re.compile(rf"(?P<task>[\u4e00-\u9fff]{{2,16}}?)(?:{_LEAD})(?:{_RESP})(?P<more>[\u4e00-\u9fff]{{0,6}})")
# where a body's name ends (a level word before it is no name: 市委 of 市委宣传部 is cut by the length)
_NAME_END = re.compile(r"人民政府|政府|领导小组|小组|办事处|办公室|委员会|部门|中心|公司|集团|[厅局委院所站队部]")
_NUMBERED = re.compile(r"\s*\d{1,2}\s*[.、．](?!\d)")
_MARKED = re.compile(r"\s*(?:\d{1,2}\s*[.、．](?!\d)|[（(]?[一二三四五六七八九十]{1,3}[、)）]"
                     r"|第[一二三四五六七八九十]+)")


def run_cell_rows(lines: list[str]) -> list[str]:
    """``lines`` with each run-together cell line under such a header joined to its numbered item as its text and
    units label; ``lines`` itself where no header is run together."""
    at = next((n for n, ln in enumerate(lines) if len(ln) <= 40 and "单位" in ln and _header(ln.strip())), None)
    if at is None:
        return lines
    more = _header(lines[at].strip()) == "more"
    out = lines[:at + 1]
    for line in lines[at + 1:]:
        if _NUMBERED.match(line) and "(牵头单位:" not in line:
            line = _in_line(line, more)    # the cells after the item's last sentence, on its own line
        item = next((k for k in range(len(out) - 1, at, -1) if out[k].strip()), None)
        cells = None if _MARKED.match(line) or item is None or not _NUMBERED.match(out[item]) \
            or "(牵头单位:" in out[item] else _cells(line.strip(), more)
        if cells is None:
            out.append(line)
            continue
        lead, resp, rest = cells
        assert item is not None
        text = out[item].rstrip().rstrip("。") + "。" + (rest.rstrip("。") + "。" if rest else "")
        out[item] = f"{text}(牵头单位:{lead};责任单位:{resp})"
    return out


def _in_line(line: str, more: bool) -> str:
    """A numbered line whose run-together cells follow its text after a 。: written with its units label."""
    for m in re.finditer("。", line):
        if (cells := _cells(line[m.end():].strip(), more)) is not None:
            lead, resp, rest = cells
            text = line[:m.end()] + (rest.rstrip("。") + "。" if rest else "")
            return f"{text}(牵头单位:{lead};责任单位:{resp})"
    return line


def _header(line: str) -> str | None:
    """"more" / "units" for a header run together (its unit columns, and a text column after them or not)."""
    m = _HEADER.fullmatch(line)
    if m is None or column_of(m.group("task"), whole=False) != "task":
        return None
    tail = m.group("more")
    if tail and (unit_column(tail) or column_of(tail, whole=False) is not None and len(tail) < 3):
        return None
    return "more" if tail else "units"


def _name(text: str, at: int) -> int | None:
    """Where the body's name opening at ``at`` ends, or None."""
    for m in _NAME_END.finditer(text, at, min(len(text), at + 30)):
        name = text[at:m.end()]
        if len(name) >= 3 and not re.search(r"[，,。；;：:“”\s]", name) and looks_like_unit(name):
            return m.end()
    return None


def _cells(line: str, more: bool) -> tuple[str, str, str] | None:
    """The lead, the responsible units and the text after them, of a line of run-together cells."""
    end = _name(line, 0)
    if end is None:
        return None
    lead = line[:end]
    start = end
    end = _name(line, start)
    if end is None:
        return None
    while end < len(line) and line[end] == "、" and (further := _name(line, end + 1)) is not None:
        end = further
    rest = line[end:]
    if not more and rest.strip():
        return None
    return lead, line[start:end], rest
