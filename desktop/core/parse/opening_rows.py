"""A page that opens inside a table whose header stood on the page before (a site's page 3): its rows come first,
each a line 「5 夹弹珠 发改局」 — the row's number, a blank, its cells — with the rest of its cells on the lines
after it (a column of bodies one a line, 「统战部」, then 「残 联 发改局 每人20个弹球…」: the last body, the lead
column's body again, a remark). With no header to name the columns, the cells are read by what they are: the
words before the first body name the row's work, the bodies are its units, and where each row prints a body of its
column once more after it (the 牵头 column after the 责任 column) that body is the row's lead. Only rows that open the
text and run in order, three or more, each naming a body; the words after them (六、工作要求) are the plan's."""

from __future__ import annotations

import re

from .columns import Row
from .heading_markers import line_marker
from .units import looks_like_unit

# a row's first line: its number, a blank, its first cell (not 1、 / 1. — a numbered item — nor 2024 年)
_ROW = re.compile(r"^\s*(\d{1,3})[ \t\u3000]+(?![年月日号%])(\S.*)$")
_BRACKETED = re.compile(r"^[（(][^（）()]{2,12}[)）]$")


def _unit(token: str) -> bool:
    return len(token) >= 2 and looks_like_unit(token)


def _tokens(lines: list[str]) -> list[str]:
    """The row's cells split at blanks, a name broken by a blank inside it (残 联 / 工 信局 / 团 委) joined again."""
    raw = [t for line in lines for t in line.split()]
    out: list[str] = []
    k = 0
    while k < len(raw):
        tok = raw[k]
        # (both pieces short: 「套 圈 政协办」 is the game 套圈 and then a body, not 圈政协办)
        if not _unit(tok) and len(tok) <= 2 and k + 1 < len(raw) and len(raw[k + 1]) <= 2 \
                and _unit(tok + raw[k + 1]):
            out.append(tok + raw[k + 1])
            k += 2
            continue
        out.append(tok)
        k += 1
    return out


def _cells(lines: list[str]) -> tuple[str, list[str], str] | None:
    """(the row's work, its bodies in order, its remark); None where it names no body."""
    tokens = _tokens(lines)
    first = next((n for n, t in enumerate(tokens) if _unit(t)), None)
    if not first:
        return None
    units: list[str] = []
    n = first
    while n < len(tokens) and (_unit(tokens[n]) or _BRACKETED.match(tokens[n])):
        if not _BRACKETED.match(tokens[n]):     # (农林水利局 (扶贫办): the body's other name, no body of its own)
            units.append(tokens[n])
        n += 1
    return "".join(tokens[:first]), units, " ".join(tokens[n:])


def opening_rows(text: str) -> tuple[str, list[Row]]:
    """``text`` without the table rows it opens with (see the module), and those rows."""
    lines = text.split("\n")
    start = next((n for n, ln in enumerate(lines) if ln.strip()), len(lines))
    m = _ROW.match(lines[start]) if start < len(lines) else None
    if m is None or line_marker(lines[start].strip()) is not None:
        return text, []
    groups: list[tuple[str, list[str]]] = []
    want = int(m.group(1))
    end = start
    for n in range(start, len(lines)):
        line = lines[n].strip()
        row = _ROW.match(line)
        if row and int(row.group(1)) == want and line_marker(line) is None:
            groups.append((row.group(1), [row.group(2)]))
            want += 1
        elif not line or line_marker(line) is not None or len(line) > 200:
            break
        else:
            groups[-1][1].append(line)
        end = n + 1
    if len(groups) < 3:
        return text, []
    cells = [(number, _cells(body)) for number, body in groups]
    if any(c is None for _, c in cells):
        return text, []
    # the lead column: the row's last body printed again after the column of bodies
    again = [c for _, c in cells if c is not None and len(c[1]) >= 2 and c[1][-1] in c[1][:-1]]
    leads_printed = 2 * len(again) >= len(cells)
    rows: list[Row] = []
    for number, c in cells:
        assert c is not None
        work, units, remark = c
        resp = list(dict.fromkeys(units))
        lead = [units[-1]] if leads_printed and len(units) >= 2 and units[-1] in units[:-1] else []
        rows.append(Row(number=number, text=" ".join(p for p in (work, remark) if p), resp=resp, lead=lead))
    return "\n".join(lines[:start] + lines[end:]), rows
