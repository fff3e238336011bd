"""Task tables written in the text itself rather than as Word tables: box-drawn tables (┌─┬─┐), rows whose
cells are parted by tabs, bars or runs of spaces, letter-spaced headers, and tables given one cell a line (as a PDF
or web page gives them) — each read into rows and written as task lines by ``read.table_lines``.
"""

from __future__ import annotations

import re

from .cell_blocks import ROW_NUMBER, bar_cells
from .columns import Row, header_columns, row_of
from .heading_markers import line_marker
from .named_rows import matters_header, time_cell, unit_cell
from .prefilter import led
from .read import NAME_HEAD, _two_row_header, header_row, table_lines
from .row_cells import merged_left
from .run_cells import run_cell_rows
from .score_tables import score_table
from .spaced_rows import spaced_run_table
from .table_heads import column_of, head_column, unit_column
from .unit_duties import fold_unit_lists
from .units import looks_like_unit

# a table drawn with box characters (┌─┬─┐ / │工作任务│牵头单位│ / ├─┼─┤), as old pages and text exports write
# one: its cells wrapped over several lines, a cell merged over rows drawn with a rule on one column only
_BOX_CHARS = "┌├└│┏┣┗┃╔╠╚║"
_BOX_LINE = re.compile(r"^[ \t]*[" + _BOX_CHARS + "]", re.M)
_BOX_SEP = re.compile(r"[│┃║├┤┼┬┴┌┐└┘┣┫╋┳┻┏┓┗┛╠╣╬╦╩╔╗╚╝]")
_BOX_RULE = re.compile(r"^[\s─━═]*$")
_BULLET = re.compile(r"^[△▲●◆◇■□○·•]")


def unbox_tables(text: str) -> str:
    """Each box-drawn table written as rows of cells with `` | `` between them (the flattened tables the
    parser reads), a cell's wrapped lines joined; a row opening with a bullet (△…) under the cells of the
    row above (merged over both) is a measure of that row, joined to it."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _BOX_LINE.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and _BOX_LINE.match(lines[j]):
            j += 1
        out.extend(_box_rows(lines[i:j]))
        i = j
    return "\n".join(out)


def _box_rows(block: list[str]) -> list[str]:
    # a line cut before its closing bar (│ 工 作 任 务 │分管领导│完) is no row of the table
    split = [_BOX_SEP.split(line.strip())[1:] for line in block]
    cut = {n for n, line in enumerate(block) if not _BOX_SEP.match(line.strip()[-1:])}
    split = [parts if n in cut else parts[:-1] for n, parts in enumerate(split)]
    width = max(len(parts) for n, parts in enumerate(split) if n not in cut) if len(cut) < len(split) else 0
    cells: list[list[tuple[int, int, str]]] = [[] for _ in range(width)]     # per column: first line, last, text
    open_: list[tuple[int, int, str] | None] = [None] * width
    odd: list[str] = []
    for n, parts in enumerate(split):
        if len(parts) != width or n in cut:
            if not all(_BOX_RULE.match(p) for p in parts):
                # a line the page cut (│ 工 作 任 务 │分管领导│完): its text kept after the rows, not in them
                odd.append(" | ".join(p.strip() for p in parts if p.strip()) or _BOX_SEP.sub("", block[n]).strip())
                continue
            parts = ["─"] * width
        for c, part in enumerate(parts):
            cell = open_[c]
            if re.search(r"[─━═]", part) and _BOX_RULE.match(part):
                if cell is not None:        # a rule under this column: its cell ends here
                    cells[c].append(cell)
                    open_[c] = None
                continue
            open_[c] = (n if cell is None else cell[0], n, ("" if cell is None else cell[2]) + part.strip())
    cells = [column + [cell] if cell is not None else column for column, cell in zip(cells, open_, strict=True)]
    rows: list[list[str]] = []
    for first, _last, text in cells[0] if cells else []:
        row = [text] + [next((t for a, b, t in cells[c] if a <= first <= b), "") for c in range(1, width)]
        if rows and _BULLET.match(text) and row[1:] == rows[-1][1:] and any(row[1:]):
            rows[-1][0] += text     # △加强财政监督… under 抓好财税金融工作 (its units merged over both)
        else:
            rows.append(row)
    head = re.sub(r"\s", "", "|".join(rows[0])) if rows else ""
    # the header drawn again over a next page's part of the table, cut short, says nothing new
    return [" | ".join(row) for row in rows] + [line for line in odd if line and not (
        head.startswith(re.sub(r"\s", "", line)))]


def convert_text_tables(text: str) -> str:
    """Task tables pasted as text (cells split by tabs, ``|`` or runs of spaces) → task lines.

    Only a run of rows under a header that names a task column and a unit column is
    converted (see ``table_lines``); everything else is left as it is. With spaces as the
    separator a row must have exactly the header's number of cells, since prose has spaces too.
    """
    if any(c in text for c in _BOX_CHARS) and _BOX_LINE.search(text):     # (one of them in every match)
        text = unbox_tables(text)
    lines = run_cell_rows(fold_unit_lists(text).split("\n"))
    out: list[str] = []
    i = 0
    while i < len(lines):
        cells = _cells(lines[i])
        spaced = None if cells else _space_cells(lines[i])
        if (scored := score_table(lines, i)) is not None:
            # 考核内容 | 分值: a score table's rows, the work assessed (first: its 责任股室 is a unit column to
            # read.header_row too, but the rows are scored work, each unit kept in its row)
            out.extend(scored[0])
            i = scored[1]
            continue
        if cells and len(cells) >= 3 and header_row(cells):
            rows = [cells]
            # (a header in two rows, 「序号 | 内容清单 | 责任清单 |…」 over 「责任领导 | 责任人 | 责任处室 |…」: the
            # first row too, for read._two_row_header to align the second's columns)
            above = (_cells(out[-1]) if out else None) or []
            two_rows = len(above) >= 3 and column_of(re.sub(r"\s+", "", above[0])) == "number"
            j = i + 1
            header = lines[i].strip()
            width = len(cells) if not header.startswith("|") and not header.endswith("|") else 0
            while j < len(lines):
                line = lines[j]
                # (a row whose cell broke over two lines 「… | 市国土资源局⏎市农牧林业局 | 2010年9月20日前 |」 in a
                # table whose rows close with a bar: the next line goes on with the row, the names parted by a space)
                # (not a row that has all its cells 「1 | … | 2025年6月底」, nor one before a numbered row 「2 | …」)
                while header.endswith("|") and "|" in line and not line.rstrip().endswith("|") \
                        and len(_cells(line, width) or []) < len(cells) \
                        and j + 1 < len(lines) and lines[j + 1].strip() and "|" in lines[j + 1] \
                        and line_marker(lines[j + 1].strip()) is None \
                        and not ROW_NUMBER.fullmatch(lines[j + 1].split("|", 1)[0].strip()):
                    j += 1
                    line = f"{line.rstrip()} {lines[j].strip()}"
                row = _cells(line, width)
                if row is None:
                    if not lines[j].strip():
                        j += 1
                        continue
                    if _theme_row(lines, j, width):
                        rows.append([lines[j].strip()])     # 「一、…」: the rows after it are its tasks
                        j += 1
                        continue
                    break
                if row:
                    rows.append(row)
                j += 1
            if two_rows and _two_row_header(above, cells, rows[1:]) is not None:
                rows.insert(0, above)
                out.pop()
            else:
                rows = merged_left(rows)
            out.extend(table_lines(rows))
            i = j
            continue
        if spaced:
            spaced = _spaced_header(spaced)
        if spaced and len(spaced) >= 3 and header_row(spaced):
            rows = [spaced]
            j = i + 1
            while j < len(lines):
                row = _space_cells(lines[j])
                if row is None and not lines[j].strip():
                    j += 1
                    continue
                row = _fit_row(row, spaced, len(rows)) if row else None
                if not row:
                    break
                rows.append(row)
                j += 1
            if len(rows) > 1:
                out.extend(table_lines(rows))
                i = j
                continue
        found = _one_cell_table(lines, i) or _unnumbered_cell_table(lines, i) \
            or bar_cells(lines, i, header_row)
        if found is not None:
            rows, i = found
            out.extend(table_lines(rows))
            continue
        if (run_on := spaced_run_table(lines, i)) is not None:
            # (a table with no row numbers printed as running text, only spaces between its cells)
            written, i = run_on
            out.extend(written)
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def _one_cell_table(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """A task table one cell a line inside the body (序号 / 工作任务 / 牵头单位 / 配合单位, then
    1 / text / unit / unit …, as a PDF or web page gives it): its rows, and where it ends.

    Only a regular table: every row the header's number of cells, each starting with a bare
    number and no other cell a bare number; where a row is irregular (a merged cell, a cell over
    two lines) nothing is taken here and ``columns.table_rows`` reads the table as before."""
    header, j = cell_header(lines, i)
    width = len(header)
    if not header:
        return None
    cells = [ln.strip() for ln in lines[j:]]
    rows = [header]
    k = 0                                           # index in ``cells``
    while True:
        chunk: list[str] = []
        m = k
        while m < len(cells) and len(chunk) < width:
            if cells[m]:
                chunk.append(cells[m])
            m += 1
        if (len(chunk) < width or not ROW_NUMBER.fullmatch(chunk[0])
                or any(ROW_NUMBER.fullmatch(c) for c in chunk[1:])):
            break
        rows.append(chunk)
        k = m
    following = [c for c in cells[k:k + 4 * width] if c][:2 * width]
    if "序号" in following or "编号" in following:
        following = following[:following.index("序号" if "序号" in following else "编号")]   # the next page's header
    after = str(int(rows[-1][0]) + 1) if len(rows) > 1 else ""
    if len(rows) < 2 or (following and ROW_NUMBER.fullmatch(following[0])) or after in following \
            or not _last_fits(rows[-1], header):
        # (the last row a line longer than the header: its time cell left after it, its cells shifted a column)
        # no row, or the rows go on irregularly (a cell wrapped onto a second line, a unit cell over lines)
        return _wrapped_table(lines, i, j, width)
    return rows, j + k


_NOTE_HEADS = ("备注", "说明", "备注说明")
# the bar a web page's table copy leaves after a cell on its line (「市容大队 |」)
_CELL_BAR = led(re.compile(r"\s*[|｜]\s*$"))


def cell_header(lines: list[str], i: int) -> tuple[list[str], int]:
    """The header of a task table one cell a line starting at line ``i`` (序号 / 工作任务 / 牵头单位 / 配合单位), and
    the line after it; ([], i) where none starts there."""
    if lines[i].strip() not in ("序号", "编号"):
        return [], i
    header: list[str] = []
    j = i
    while j < len(lines) and len(header) < 10:
        label = re.sub(r"\s+", "", lines[j])
        if not label or len(label) > 12 or column_of(label, whole=False) is None and not _other_head(lines, j):
            break
        header.append(label)
        j += 1
    if len(header) < 3 or not header_row(header) or matters_header(header):
        return [], i                    # (a catalogue of matters 事项名称 / 事项分类: a list that gives no work)
    return header, j


# a header cell the column words do not name (测评项目, 所属领域, 指标名称): a short label, no clause, no figure
_OTHER_HEAD = re.compile(r"[\u4e00-\u9fff（）()/／]{2,12}")


def _other_head(lines: list[str], j: int) -> bool:
    """Line ``j`` is a header cell the column words do not name (序号 / 测评项目 / 测评内容及标准 / 牵头单位 …): a
    short label with more header cells after it, one of them a column word, up to the first row's number (1) — not
    a line of prose or the first row's text."""
    if unit_column(re.sub(r"\s+", "", lines[j])):
        return False                    # (涉及部门 / 职责分工: a column of units first, the column reader's table)
    k = j
    named = False
    while k < len(lines) and k - j < 10:
        label = re.sub(r"\s+", "", lines[k])
        if label == "1":
            return named
        if not _OTHER_HEAD.fullmatch(label):
            return False
        named = named or column_of(label, whole=False) is not None
        k += 1
    return False


def _unnumbered_cell_table(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """The same table with no 序号 column (任务名称 / 完成时限 / 责任领导 / 牵头单位 / 配合单位 / 备注, then the
    cells of each row in that order): read only while every row fits — its unit cells units, its time cell a time,
    its leader cell a short name — since no row number marks where a row starts (a merged cell ends it).

    Its first column may name the rows instead (名称 / 项目名称 / 责任单位 / 工作任务与目标: each row's short name,
    then its cells). Its cells are told apart as ``named_rows`` tells them (``unit_cell``, ``time_cell``). A web
    page's copy may keep the bar after each cell (「名 称 |」 / 「市容大队 |」): then every cell
    of the table has one, and the first line without one (「四区划分:」) is after the table."""
    barred = _CELL_BAR.search(lines[i]) is not None
    # (str.split's whitespace is \s's: joined, the line without its spaces; the bar's sub only where it stands)
    first = "".join((_CELL_BAR.sub("", lines[i]) if barred else lines[i]).split())
    named = NAME_HEAD.fullmatch(first) is not None and head_column(first, unlisted=False) is None
    if len(first) > 8 or head_column(first, unlisted=False) != "task" and not named:
        return None                     # (no header here: not every barred line scans the table below it)
    if barred:
        end = i
        while end < len(lines) and (not lines[end].strip() or _CELL_BAR.search(lines[end])):
            end += 1
        lines = [_CELL_BAR.sub("", ln) for ln in lines[:end]]
    header: list[str] = []
    j = i
    while j < len(lines) and len(header) < 10:
        label = re.sub(r"\s+", "", lines[j])
        if not label or len(label) > 8 or (head_column(label, unlisted=False) is None and label not in _NOTE_HEADS
                                           and not (named and (j == i or j == i + 1 and len(label) <= 6))):
            break
        header.append(label)
        j += 1
    width = len(header)
    kinds = [head_column(h, unlisted=False) for h in header]
    if named:
        kinds[0] = "name"               # 名称 / 项目名称: the row's short name, before its task cell
        if "task" not in kinds and width > 2 and kinds[1] is None and header[1] not in _NOTE_HEADS:
            kinds[1] = "task"           # 演练科目 / 情景构建 / 牵头单位: the cell after the name is what the row does
    if width < 3 or kinds.count("task") != 1 or not any(unit_column(h) for h in header) \
            or not header_row(header):
        return None
    at = [n for n in range(j, len(lines)) if lines[n].strip()]
    text = [lines[n].strip() for n in at]
    first_unit = next(c for c, h in enumerate(header) if unit_column(h))
    # a row may leave one cell out (an empty 备注, 配合单位 or 责任领导 cell is no line of its own)
    optional = sorted((c for c, k in enumerate(kinds) if k not in ("task", "deadline", "name") and c != first_unit),
                      key=lambda c: (header[c] not in _NOTE_HEADS, -c))      # a note first, then from the right
    layouts = [list(range(width))] + [[c for c in range(width) if c != o] for o in optional]

    def fits(p: int, cols: list[int]) -> bool:
        return p + len(cols) <= len(text) and all(_fits(text[p + n], kinds[c], header[c]) for n, c in enumerate(cols))

    def starts_row(p: int) -> bool:   # the next row's task (or name) and the cell after it
        return fits(p, [0, 1]) if kinds[0] in ("task", "name") else False

    rows = [header]
    end = j
    p = 0
    while True:
        good = [cols for cols in layouts if fits(p, cols) and (p + len(cols) == len(text) or starts_row(p + len(cols)))]
        cols = good[0] if good else (layouts[0] if fits(p, layouts[0]) else None)
        if cols is None:
            break
        got = dict(zip(cols, text[p:p + len(cols)], strict=True))
        if named:                       # 夜市市场整治活 动: a name the cell wrapped, one word
            got[0] = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", got[0])
        rows.append([got.get(c, "") for c in range(width)])
        p += len(cols)
        end = at[p - 1] + 1
    if p < len(text) and len(rows) >= 3 and starts_row(p) and fits(p, [0, 1, 2]):
        return None     # a row left that does not fit: the table is read wrongly from here, better not at all
    return (rows, end) if len(rows) >= 3 else None


def _fits(cell: str, kind: str | None, head: str) -> bool:
    """Whether a cell can stand in the column ``head`` (of ``kind``) of a table with no row numbers."""
    if re.sub(r"\s+", "", cell) in (head, "序号") or column_of(re.sub(r"\s+", "", cell)) is not None:
        return False                     # a header cell: a second table, or the next page's header
    if kind == "task":
        return len(cell) >= 4 and line_marker(cell) is None
    if kind == "name":                   # a short name, no sentence and no unit (门前六包, 夜市市场整治活 动)
        return 2 <= len(cell) <= 20 and line_marker(cell) is None and not re.search(r"[。；;，,：:]", cell) \
            and not looks_like_unit(cell)
    if kind == "deadline":
        return time_cell(cell)
    if kind == "leader":
        return len(cell) <= 12 and not re.search(r"\d", cell)
    if unit_column(head):
        return bool(unit_cell(cell))
    return len(cell) <= 40


def _last_fits(row: list[str], header: list[str]) -> bool:
    """The last row's unit and time cells stand in their columns (no cell over two lines above them has shifted
    them: 「…，」 / 「…。」 over the 牵头单位 column)."""
    for cell, head in zip(row[1:], header[1:], strict=False):
        kind = column_of(head, whole=False)
        if kind == "deadline" and not time_cell(cell) or kind in ("lead", "resp") and not unit_cell(cell):
            return False
    return True


def _wrapped_table(lines: list[str], i: int, j: int, width: int) -> tuple[list[list[str]], int] | None:
    """The same table whose cells a PDF wrapped onto more lines: rows bounded by the 序号 sequence
    (1, 2, 3 alone on their lines), each read as ``columns`` reads a table in an 附件; every row must
    give a task text and units (or take the row above's, a merged cell). The last row ends where its
    cells do."""
    head = header_columns([re.sub(r"\s+", "", ln) for ln in lines[i:j]], 0)
    if head is None:
        return None
    columns = head[1]
    at = [n for n in range(j, len(lines)) if lines[n].strip()]
    rows: list[Row] = []
    end = j
    k = 0
    # the numbers run on from the table's last page (a header repeated over 2, 9, 12 …)
    first = int(lines[at[0]].strip()) if at and ROW_NUMBER.fullmatch(lines[at[0]].strip()) else 1
    while k < len(at) and lines[at[k]].strip() == str(first + len(rows)):
        number = str(first + len(rows))
        m = k + 1
        while m < len(at) and m - k <= 4 * width and lines[at[m]].strip() != str(first + len(rows) + 1):
            if m > k + 1 and line_marker(lines[at[m]].strip()):      # the text around the table: 4. …, 二、…
                break
            m += 1
        cells = [lines[n].strip() for n in at[k + 1:m]]
        row = row_of(number, cells, columns, rows[-1] if rows else None)
        if not row.text or not (row.lead or row.resp):
            return None
        rows.append(row)
        last = at[k + row.used] if row.used else at[k]
        end = last + 1
        if m < len(at) and lines[at[m]].strip() == str(first + len(rows)):
            k = m
            continue
        break
    if not any(r.used > width - 1 for r in rows):
        return None         # no cell over two lines: an irregular table (a merged cell) is the table reader's
    if len(rows) < 2 and not (rows and first > 1):     # one row on a page the table runs on over
        return None
    header = ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]
    return [header, *[[r.number, r.text, "、".join(r.lead), "、".join(r.resp), r.deadline] for r in rows]], end


_SPACES = re.compile(r"[ \u3000]{1,}")


def _spaced_header(cells: list[str]) -> list[str]:
    """A header whose cells are letter-spaced to fill their width (序号 工 作 任 务 牵头负责部门, 主 要 内 容):
    runs of one-character cells are one cell — or several where the run is nothing but header words
    (序 号 工 作 任 务 牵 头 单 位 → 序号 | 工作任务 | 牵头单位)."""
    out: list[str] = []
    run = ""
    for cell in [*cells, ""]:
        if len(cell) == 1 and "\u4e00" <= cell <= "\u9fff":
            run += cell
            continue
        if run:
            out.extend(_header_words(run) or [run])
            run = ""
        if cell:
            out.append(cell)
    return out


def _header_words(run: str) -> list[str] | None:
    """``run`` cut into header words (longest first), or None when some of it is no header word."""
    words: list[str] = []
    i = 0
    while i < len(run):
        word = next((run[i:j] for j in range(min(len(run), i + 8), i + 1, -1) if column_of(run[i:j])), None)
        if word is None:
            return None
        words.append(word)
        i += len(word)
    return words if len(words) > 1 else None


def _fit_row(row: list[str], header: list[str], number: int) -> list[str] | None:
    """A row of a table pasted with spaces: exactly the header's cells; or, where the header starts
    with its 序号 column and the row with the next number (1 居民消费价格涨幅3%左右 发展改革委), a task
    cell holding spaces of its own (its extra pieces are joined back), or units listed with spaces in
    the last, unit column (1 稳增长 县发改局 县统计局 → 县发改局、县统计局)."""
    if len(row) == len(header):
        return row
    columns = [column_of(re.sub(r"\s+", "", cell), whole=False) for cell in header]
    if columns[0] != "number" or row[0] != str(number) or len(row) < len(header) or "task" not in columns:
        return None
    task = columns.index("task")
    extra = len(row) - len(header)
    unit_columns = 0                    # the header's unit columns at its end (牵头单位 | 责任单位)
    while unit_columns < len(columns) - task - 1 and columns[-1 - unit_columns] in ("lead", "resp"):
        unit_columns += 1
    if unit_columns:
        units = 0                       # unit-like cells at the row's end
        while units < len(row) - task - 1 and looks_like_unit(row[-1 - units]):
            units += 1
        spare = min(extra, units - unit_columns)
        if spare > 0:                   # the last unit column lists several, with spaces
            row = [*row[:len(row) - spare - 1], "、".join(row[len(row) - spare - 1:])]
            extra -= spare
    return [*row[:task], " ".join(row[task:task + extra + 1]), *row[task + extra + 1:]]


def _space_cells(line: str) -> list[str] | None:
    stripped = line.strip()
    if not stripped or (" " not in stripped and "\u3000" not in stripped) or len(stripped) > 1000:
        return None
    return _SPACES.split(stripped)


# a row of cells parted by bare bars (1|改造农贸市场8个|市商务局|2024年12月底): three cells at least, the first
# and the last filled (one between may be empty: 3|改造燃气管网|市住建局||2024年11月底)
_BARE_BARS = re.compile(r"[^|\s][^|\n]*(?:\|[^|\n]*){1,}\|[^|\n]*[^|\s]\|?")


def _cells(line: str, width: int = 0) -> list[str] | None:
    """A table row's cells; ``width`` the cell count of a header written without a leading bar (序号|重点任务|…):
    a row of that many cells keeps its empty first (|改造停车场5个|市交通局|…) or last cells (3|改造…|市住建局|||)."""
    if line.count("\t") >= 2:
        return [c.strip() for c in line.split("\t")]
    stripped = line.strip()
    if stripped.count("｜") >= 2:
        stripped = stripped.replace("｜", "|")   # full-width bars (事项｜牵头单位｜完成时限): the same cells
    if width and "|" in stripped and len(parts := [c.strip() for c in stripped.split("|")]) == width \
            and any(parts) and not all(re.fullmatch(r":?-{2,}:?", c) for c in parts if c):
        return parts
    if not stripped.startswith("|") and (stripped.count(" | ") >= 2 or (
            stripped.count("|") >= 2 and _BARE_BARS.fullmatch(stripped))):     # (two bars in every match)
        stripped = "|" + stripped          # 序号 | 实事项目 | 责任单位 |: a web table's row without its first bar
        #                                    (序号|重点任务|牵头单位: nor spaces round its bars)
    if stripped.startswith("|") and stripped.count("|") >= 3:
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
            return None if not any(cells) else []
        return cells
    return None


# a table's theme row pasted without its empty cells (a Word table's merged row 「一、强化招商引资」 between
# numbered rows): a section title, short, no sentence
_THEME_ROW = re.compile(r"(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])"
                        r"[^\t|。；;：:，,]{2,30}")


def _theme_row(lines: list[str], j: int, width: int) -> bool:
    """Whether ``lines[j]`` (no cells of its own) is a theme row inside a table of cells: a 「一、…」 title
    that the next non-blank line goes on from with a numbered row of the table (1⇥任务⇥…) — not a section
    of the text after the table (二、保障措施 over prose)."""
    if not _THEME_ROW.fullmatch(lines[j].strip()):
        return False
    nxt = next((ln for ln in lines[j + 1:j + 4] if ln.strip()), "")
    row = _cells(nxt, width)
    return row is not None and len(row) >= 3 and ROW_NUMBER.fullmatch(re.sub(r"[\s.、．]", "", row[0])) is not None
