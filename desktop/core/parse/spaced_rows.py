"""A task table whose rows carry no number, printed as running text with only spaces between its cells (a forum's
or a preview's copy of a 职责清单): the header's column words 「工作任务和内容 责任单位 配合单位 完成时间」 stand
inside a line (after 「附件」 and the list's title) and the rows run on after them, over one or two long lines::

    附件 …职责清单 工作任务和内容 责任单位 配合单位 完成时间 负责全县…曝光.
    县委宣传部 持续开展 负责大气污染…考核工作. 县委县政府 督查室 持续开展 负责制定…方案. 县五城办 …

No number marks where a row starts, so a row is read by its cells' shapes, as ``named_rows`` tells the cells of
a table with no row numbers: the task's text (the words up to the first unit cell), its unit cells
(``unit_cell``; a name the cell wrapped, 「县交通 运输局」「县委县政府 督查室」, is one name: its second piece
opens with no level word), an empty 配合 cell left out, then the time cell (``time_cell``; a time cell wrapped
onto a second piece 「7月底前制定 扬尘治理方案」 keeps it where a row's task follows). The header is
``named_rows.unnumbered_header``'s (a task column first, a unit column, no 序号: a numbered table is
``cell_sentences``' and ``run_tables``'). A last row the page cut before its cells (the text ends in its task) is
still a row. The rows are written as task lines by ``read.table_lines`` (``text_tables.convert_text_tables``
asks here); the text before the header stays a line.

Not read: a paragraph with spaces (no header words run three in a row), a header inside a sentence (the words
before it no 附件, title or header word: 「请各单位按照附表格式 工作任务 责任单位 完成时间 逐项填写…」), a header whose
rows do not fit (fewer than two rows with a unit cell; a task cell of figures only ends them; a header word is no
unit cell), a numbered table."""

from __future__ import annotations

import re

from .heading_markers import line_marker
from .named_rows import time_cell, unit_cell, unnumbered_header
from .read import table_lines
from .table_heads import head_column

_SPACES = re.compile(r"[ \u3000]+")
# (a unit column's word: a line without one holds no such header)
_UNIT_WORD = re.compile(r"单位|部门|处室|牵头|配合")
# a piece of a unit's name the cell wrapped onto a second piece opens with no level word (县交通 / 运输局)
_LEVEL_OPEN = re.compile(r"[省市州县区镇乡村各全]")
# a piece of a time cell wrapped after its time word (7月底前制定 / 扬尘治理方案): short, no sentence in it
_SHORT_PIECE = re.compile(r"[\u4e00-\u9fff\w]{2,12}")
# what may stand before the header on its line: 附件 and the list's title, or a short title line of its own
# (…职责清单 / …任务分工表) — not a sentence that names a form's columns 「请各单位按照附表格式 工作任务 责任单位 …」
_ANNEX = re.compile(r"附件\s*\d*")
_TITLE_END = re.compile(r"(?:清单|[表单]|分工|方案|计划|台账|任务|明细|一览)$")
_SENTENCE = re.compile(r"[，,。；;：:！？]")
# a task cell holds words of work: not figures alone 「1200 1350 12.5%」
_WORK_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")


def _header_at(tokens: list[str]) -> tuple[int, list[str]] | None:
    """Where a run of three to seven header words (a task column first) stands among ``tokens``, and their
    columns; the longest run that is a header. A run after a header word is no header's start (序号 主要任务 …: a
    numbered table's)."""
    for k in range(len(tokens)):
        if k and len(tokens[k - 1]) <= 8 and head_column(tokens[k - 1], unlisted=False) is not None:
            continue
        for n in range(min(7, len(tokens) - k), 2, -1):
            kinds = unnumbered_header(tokens[k:k + n], longest=8)
            if kinds is not None:
                return (k, kinds) if _head_of_line(tokens[:k]) else None
    return None


def _head_of_line(before: list[str]) -> bool:
    """Whether the pieces before a header leave it at its line's head: none, 附件 and a title, a short title, or
    the header's own first words this reader does not use (序号 类别)."""
    if not before or all(len(t) <= 4 for t in before) and head_column(before[0], unlisted=False) is not None:
        return True
    rest = " ".join(before[1:] if _ANNEX.fullmatch(before[0]) else before)
    return (not rest or len(rest) <= 40 and _TITLE_END.search(rest) is not None) and not _SENTENCE.search(rest)


def _unit_at(tokens: list[str], q: int) -> tuple[str, int] | None:
    """The unit cell opening at ``tokens[q]`` (a name the cell wrapped over two pieces joined), and where it ends."""
    if head_column(tokens[q], unlisted=False) is not None:
        return None             # (a header word printed again 「工作任务 责任单位」: no unit cell, alone or joined)
    whole = unit_cell(tokens[q]) is not None
    if q + 1 < len(tokens) and not _LEVEL_OPEN.match(tokens[q + 1]) \
            and head_column(tokens[q + 1], unlisted=False) is None \
            and unit_cell(tokens[q] + tokens[q + 1]) is not None and len(tokens[q] + tokens[q + 1]) <= 16 \
            and (not whole or unit_cell(tokens[q + 1]) is not None):
        return tokens[q] + tokens[q + 1], q + 2
    return (tokens[q], q + 1) if whole else None


def _rows(tokens: list[str], kinds: list[str]) -> tuple[list[list[str]], int]:
    """The rows read from ``tokens`` (each: task, the unit columns' cells, the time cell), and how many tokens
    they use."""
    units = [c for c, k in enumerate(kinds) if k in ("lead", "resp")]
    timed = "deadline" in kinds
    rows: list[list[str]] = []
    p = 0
    while p < len(tokens):
        q = p
        while q < len(tokens) and _unit_at(tokens, q) is None:
            q += 1
        task = " ".join(tokens[p:q])
        if q == len(tokens) or len(task) < 6 or line_marker(task) is not None or not _WORK_WORDS.search(task):
            break
        names: list[str] = []
        while q < len(tokens) and (got := _unit_at(tokens, q)) is not None:
            names.append(got[0])
            q = got[1]
        when = ""
        if timed and q < len(tokens) and time_cell(tokens[q]):
            when, q = tokens[q], q + 1
            # (a time cell wrapped: a short piece that is no task of a row, whose own units would follow it)
            if q + 1 < len(tokens) and _SHORT_PIECE.fullmatch(tokens[q]) and _unit_at(tokens, q + 1) is None \
                    and _unit_at(tokens, q) is None:
                when, q = f"{when} {tokens[q]}", q + 1
        row = [""] * len(kinds)
        row[0] = task
        for c, name in zip(units, [names[0], "、".join(names[1:])], strict=False):
            row[c] = name
        if len(units) == 1:
            row[units[0]] = "、".join(names)
        if timed:
            row[kinds.index("deadline")] = when
        rows.append(row)
        p = q
    return rows, p


def spaced_run_table(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The task lines of such a table whose header stands in ``lines[i]`` (the text before it a line of its own),
    and the line after the table; None where no such table starts there."""
    if not _UNIT_WORD.search(lines[i]):
        return None
    tokens = _SPACES.split(lines[i].strip())
    if len(tokens) < 4:
        return None
    found = _header_at(tokens)
    if found is None:
        return None
    k, kinds = found
    header = tokens[k:k + len(kinds)]
    stream = tokens[k + len(kinds):]
    owner = [i] * len(stream)               # the line each piece stands on
    j = i + 1
    while j < len(lines) and (not lines[j].strip() or line_marker(lines[j].strip()) is None):
        pieces = _SPACES.split(lines[j].strip()) if lines[j].strip() else []
        stream += pieces
        owner += [j] * len(pieces)
        j += 1
    rows, used = _rows(stream, kinds)
    if sum(1 for r in rows if any(r[1:])) < 2:
        return None
    end = owner[used - 1] + 1
    after = ""
    if used < len(stream) and j == len(lines) and not any(ln.strip() for ln in lines[owner[-1] + 1:]) \
            and len(rest := " ".join(stream[used:])) >= 8 and line_marker(rest) is None:
        rows.append([rest] + [""] * (len(kinds) - 1))       # the last row, the page cut before its cells
        end = len(lines)
    elif used < len(stream):            # the text after the table on the last row's line: a line of its own
        after = " ".join(s for s, n in zip(stream[used:], owner[used:], strict=True) if n == owner[used - 1])
    before = " ".join(tokens[:k])
    return [*([before] if before else []), *table_lines([header, *rows]), *([after] if after else [])], end
