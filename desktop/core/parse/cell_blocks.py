"""Task tables whose cells are set off by blank lines (a web page's table copied cell by cell)::

    序号

    项目名称

    牵头单位

    建设单位/责任单位

    1

    某某路（甲路-乙路）

    区交通委

    某某建设
    有限公司

A line break with no blank line after it stays inside its cell (「某某建设 / 有限公司」 is one name). When a row has
as many cells as the header has columns, each cell is read by its column (``columns.table_rows``): the 牵头单位 cell
is the lead whatever it names — a company, an institute, a hospital, a school or a short name that reads as no
unit; 「A/B」 in a unit cell names two. Rows that do not fill the header (a merged cell left empty) are read as
before, line by line (``columns.row_of``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .normalise import split_top_level
from .table_heads import HEAD_KIND_LINE, NUMBER_HEAD, head_column, task_header, unit_column

# a unit cell's empty mark (／, —, 无, 待定, 暂无, 另定)
_EMPTY = re.compile(r"[—\-－/／无\s]*|待定|暂无|另定")
# a post, not a unit (区政府分管副区长, 常务副县长, 分管领导)
_POST = re.compile(r"(?:分管|常务)?副?(?:省长|市长|县长|区长|镇长|乡长|书记|主任|秘书长|局长|领导)$")
# the end of a company's or an institute's name that a narrow cell put on its own line (股份有限公司, 研究所)
_NAME_TAIL = re.compile(r"(?:股份|集团)?有限(?:责任)?公司|股份公司|研究所|研究院")
# a unit's other name the cell wrapped onto its own line (区交通委 / （区港航局））
_BRACKET_LINE = re.compile(r"[（(][^（）()、，,；;。]{2,20}[）)]")
# a header cell of a column the task's text leaves out (任务类型, 项目类别, 备注, 参考文件)
_ASIDE_HEAD = re.compile(r"(?:类型|类别|分类|备注|说明|参考文件|依据)$")
# a cell that is a sentence or a clause, not a list of names
_NOT_NAMES = re.compile(r"[。；;：:《》]")


# 一、知识产权保护方面（共5项）: a short group title, not a cell of text that happens to start with 一、
# (or two clauses: 二、全力以赴扩投资、优服务，筑牢增长根基)
GROUP_ROW = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]"
                       r"(?:[^。；;，,]{2,28}|[^。；;：:]{4,30}[，,][^。；;：:，,]{4,16})$")
# a group row that counts its rows (市政设施类（5个）, 预备项目（9个）, 三、民生保障（共12项）)
_COUNTED_GROUP = re.compile(r"[^\d，,。；;：:]{2,20}[（(]共?\d{1,3}[个项条座][）)]")
_GROUP_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}")
# a table row's serial number, alone in its cell or on its line (1 / 12 / 105): the one pattern every table reader
# asks (here, columns, list_tables, text_tables, read, score_tables)
ROW_NUMBER = re.compile(r"\d{1,3}")


def _counted_group(lines: list[str], i: int) -> bool:
    """Line ``i`` is a group row that counts its rows, standing where a row number is expected — not a task's
    name that ends in its count (1 / 新建停车场（3个） / 区交通委: the cell after a row's number)."""
    counted = _COUNTED_GROUP.fullmatch(lines[i]) is not None
    after_row_number = i > 0 and ROW_NUMBER.fullmatch(lines[i - 1]) is not None
    rows_follow = i + 1 < len(lines) and ROW_NUMBER.fullmatch(lines[i + 1]) is not None
    return counted and not after_row_number and rows_follow


def group_cell(lines: list[str], i: int) -> bool:
    """Line ``i`` opens a group cell over rows numbered afresh: 「2.」 (or 「2.分」, a line unwrapped) over the
    group's name printed one character a line (分 / 类 / 运 / 输), or a group row (二、促改革)."""
    if GROUP_ROW.match(lines[i]) or _counted_group(lines, i) or (
            _GROUP_NUMBER.fullmatch(lines[i]) and i + 1 < len(lines) and _counted_group(lines, i + 1)):
        return True                           # 二 / 社会事业类（14个）, 预备项目（9个）: a group row of a project table
    return (re.fullmatch(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.．、][\u4e00-\u9fff]?", lines[i]) is not None
            and len(lines[i + 1:i + 3]) == 2 and all(re.fullmatch(r"[\u4e00-\u9fff]", x) for x in lines[i + 1:i + 3]))


def cell_lines(text: str, clean: Callable[[str], str]) -> tuple[list[str], list[bool]]:
    """The text's non-empty lines (each ``clean``-ed) and, for each, whether the next one follows it with no
    blank line between."""
    lines: list[str] = []
    glued: list[bool] = []
    blank = True
    for raw in text.split("\n"):
        line = clean(raw)
        if not line:
            blank = True
            continue
        if lines:
            glued[-1] = not blank
        lines.append(line)
        glued.append(False)
        blank = False
    return lines, glued


def set_off(glued: list[bool], start: int, end: int, lines: list[str] | None = None) -> bool:
    """The header's cells (lines ``start`` to ``end``) stand each on its own with blank lines between (given the
    ``lines``, a cell's kind on the line under it, 责任部门 / （单位）, is part of that cell)."""
    return end - start >= 3 and not any(glued[k] and not (lines and HEAD_KIND_LINE.fullmatch(lines[k + 1]))
                                         for k in range(start, end - 1))


def join_cells(lines: list[str], glued: list[bool], start: int, end: int) -> list[tuple[str, int]]:
    """Lines ``start`` to ``end`` as cells (the lines of one cell joined by newlines), each with the index after it."""
    cells: list[tuple[str, int]] = []
    for k in range(start, end):
        if cells and glued[k - 1]:
            cells[-1] = (cells[-1][0] + "\n" + lines[k], k + 1)
        else:
            cells.append((lines[k], k + 1))
    return cells


def unit_names(cell: str, units_of: Callable[[str], list[str] | None]) -> list[str] | None:
    """The names in a unit cell read by its column, or None when the cell is a sentence (the row's cells are not
    where the header puts them). ``units_of`` tells a line that reads as a unit's whole name."""
    if _EMPTY.fullmatch(cell):
        return []
    if len(cell) > 60 or _NOT_NAMES.search(cell) or cell.endswith(("、", "，", ",", "；", ";")) \
            or re.match(r"\d{1,2}[.．、](?!\d)", cell):   # 2、组织专员走访: a step of the measures' cell
        return None                           # a sentence; or a list going on in the next block (one cell set off
                                              # as two: the row is out of line)
    pieces: list[str] = []
    for line in cell.split("\n"):
        # a name the cell broke (某某企业管理 / 有限公司): the line before is no name on its own, or this line
        # is only a name's legal ending
        if pieces and (pieces[-1].endswith(("、", "，", ",", "/", "／")) or units_of(pieces[-1]) is None
                       or _NAME_TAIL.fullmatch(line) or _BRACKET_LINE.fullmatch(line)):
            pieces[-1] += line
        else:
            pieces.append(line)
    # 「A/B」 names two; 「区委宣传部（区文明办、区新闻办）」 one (the bracket's list is the unit's other names)
    names = [n for p in pieces for n in (x.strip() for x in split_top_level(p, "、，,；;/／")) if n]
    # each as the unit reader gives it (区绿化市容局等相关部门 → 区绿化市容局); a name it does not read, as printed
    return [m for n in names for m in (units_of(n) or [n])]


def flat(cell: str) -> str:
    """A text cell's lines joined: a narrow cell's breaks are not the text's."""
    return cell.replace("\n", "")


def header_kinds(lines: list[str], glued: list[bool], start: int, end: int, columns: dict[str, int]) -> list[str]:
    """Each header cell's column (``number``, ``name``, ``task``, ``lead``, ``resp``, ``deadline``, ``other``) when the
    header's cells are set off by blank lines and it opens with the 序号 column; else none (no reading by column).
    A cell naming what is listed (项目名称, 工程名称, 任务名称) is the text's column; ``columns``: what the header
    reader found (a table of figures by year, or of a year's work after the units, is left to the line reader);
    a cell names units as ``table_heads.head_column`` reads it (建设单位 / 实施部门, never a bare 单位)."""
    if not set_off(glued, start, end, lines) or columns.get("figure") or columns.get("more"):
        return []
    kinds: list[str] = []
    for cell, _ in join_cells(lines, glued, start, end):
        cell = re.sub(r"\s+", "", cell)
        kind = head_column(cell)
        if kind is None and not kinds and NUMBER_HEAD.fullmatch(cell):
            kind = "number"                   # 项目序号 / 任务编号: the number column, as the header reader has it
        if _ASIDE_HEAD.search(cell):
            kind = "other"                    # 任务类型 / 备注: no part of the task's text
        elif re.search(r"名称$", cell):
            kind = "name"                     # what is listed, by its name: a project may be named as a unit is
        elif kind not in ("number", "task", "lead", "resp", "deadline"):
            kind = "other"                    # (a 指导部门 column too: its units only guide)
        kinds.append(kind)
    if columns.get("lead") and "lead" not in kinds and "resp" in kinds:
        kinds[kinds.index("resp")] = "lead"   # 首要责任单位 | 协同责任单位: the header reader's main unit column
    if kinds[0] != "number" or not task_header(kinds):
        return []
    return kinds


def _person_or_post(cell: str, units_of: Callable[[str], list[str] | None], people: Callable[[str], bool]) -> bool:
    """A unit cell naming a person (张三, two or three characters the unit reader does not read) or a post
    (区政府分管副区长) — a short company name (地产北虹) stays a name."""
    if units_of(cell) is not None:
        return False
    return bool(_POST.search(cell)) or len(cell) <= 3 and people(cell)


def by_kinds(cells: list[tuple[str, int]], kinds: list[str], units_of: Callable[[str], list[str] | None],
             people: Callable[[str], bool]) -> tuple[str, list[str], list[str], str, int] | None:
    """A row's cells (after its number) read by the header's columns: its text, lead, other units, deadline and
    how many lines it took — or None when the row does not fill the header exactly, a unit cell is a sentence or
    names persons or posts (张三, 区政府分管副区长: read line by line, as before). A lead cell left empty (／, —,
    待定) leaves the lead to the other units, as a row read line by line has its first unit cell lead."""
    if not kinds or len(cells) != len(kinds) - 1:
        return None
    text: list[str] = []
    lead: list[str] = []
    resp: list[str] = []
    deadline = ""
    for (cell, _), kind in zip(cells, kinds[1:], strict=True):
        if kind == "other":
            continue
        if kind in ("lead", "resp"):
            names = unit_names(cell, units_of)
            if names is None or names and _person_or_post(flat(cell), units_of, people):
                return None
            # a 责任单位 cell before the 牵头单位 cell names the lead among the others: it leads all the same
            (lead if kind == "lead" else resp).extend(n for n in names if n not in (lead if kind == "lead"
                                                                                    else lead + resp))
        elif kind != "name" and units_of(flat(cell)) is not None:
            return None                       # a unit cell where the text or the time should be: a cell left
                                              # empty or one cell's lines set off as two put the row out of line
        elif kind in ("task", "name"):
            text.append(flat(cell))
        elif kind == "deadline":
            deadline = flat(cell)
    if not text or not (lead or resp):
        return None
    if not lead and "lead" in kinds:
        lead, resp = resp, []
    first = cells[0][1] - cells[0][0].count("\n") - 1      # the index of the row's first line after its number
    return "\n".join(text), lead, [n for n in resp if n not in lead], deadline, cells[-1][1] - first


# a line that is only a bar: a web table copied one cell a line, each cell's end a bar line
_BAR_LINE = re.compile(r"\s*[|｜]\s*")
# a cell's lines that are names stacked one a line (地震局 / 财政局): joined as a list, not as one wrapped sentence
_STACKED_NAME = re.compile(r"[^\s。；;，,：:]{1,14}(?:局|委|办|厅|部|院|会|社|台|府|协|联"
                           r"|团|行|校|馆|中心|公司|室|处|所|站|队|单位|部门|政府)")


def _bar_cell(lines: list[str], k: int, most: int = 6) -> tuple[list[str], int] | None:
    """The cell starting at line ``k``: its lines up to the next bar line, and the index after that bar — or
    None when no bar line ends it within ``most`` lines (the table has ended, or the page cut it)."""
    cell: list[str] = []
    while k < len(lines) and not _BAR_LINE.fullmatch(lines[k]):
        if lines[k].strip():
            cell.append(lines[k].strip())
        k += 1
        if len(cell) > most:
            return None
    return (cell, k + 1) if k < len(lines) else None


# a body row's cell: a task sentence a narrow column wrapped over many lines still ends at its bar line
_BODY_CELL_LINES = 24


def _joined(cell: list[str], units: bool = True) -> str:
    """A cell's lines as one text; in a column of units (``units``), names stacked one a line joined with 、 (建设应急
    避难场所 / 3处 in a task column is one sentence)."""
    if units and len(cell) > 1 and all(_STACKED_NAME.fullmatch(x) for x in cell):
        return "、".join(cell)                # 地震局 / 财政局: two units stacked in one cell
    return "".join(cell)                      # a sentence the narrow cell wrapped


def bar_cells(lines: list[str], i: int, is_header: Callable[[list[str]], bool]) -> tuple[list[list[str]], int] | None:
    """A table copied one cell a line with a bar line after each cell and a second bar line after each row::

        工作目标任务 / | / 完成时间 / | / 牵头部门 / | / 配合部门 / | / |
        制定年度工作计划。 / | / 年内 / | / 地震局 / 财政局 / | / 建设局 / | / |

    (an empty cell is two bar lines, so every row takes the header's number of cells and one empty one). Its rows
    (the header first) and where it ends, when the header's cells (one line each) name a task column and a unit
    column (``is_header``); a table of figures, a roster or a schedule is left as it is. A last row the page cut
    keeps the cells it has. In a column of units (``unit_column``: 牵头部门 / 配合部门) names stacked one a line are
    joined with 、."""
    if i + 1 >= len(lines) or not _BAR_LINE.fullmatch(lines[i + 1]) or not lines[i].strip():
        return None
    header: list[str] = []
    k = i
    while (got := _bar_cell(lines, k)) is not None:
        cell, k = got
        if not cell:
            break                             # the header's row ends: a second bar line
        if len(cell) > 1 or len(cell[0]) > 12 or len(header) >= 10:
            return None
        header.append(cell[0])
    else:
        return None
    if len(header) < 2 or not is_header(header):
        return None
    units = [unit_column(re.sub(r"\s+", "", h)) for h in header]
    rows = [header]
    end = k
    while k < len(lines):
        row: list[str] = []
        while len(row) < len(header) and (got := _bar_cell(lines, k, _BODY_CELL_LINES)) is not None:
            cell, k = got
            row.append(_joined(cell, units[len(row)]))
        if len(row) < len(header):
            # the last row, cut by the page: the cells it has and its unended last cell, when nothing follows
            tail = [x.strip() for x in lines[k:] if x.strip()]
            if len(tail) <= 6 and not any(_BAR_LINE.fullmatch(x) for x in tail) and (row or tail):
                last = _joined(tail, units[len(row)])
                if "、" in last and not _STACKED_NAME.fullmatch(last.rsplit("、", 1)[1]):
                    last = last.rsplit("、", 1)[0]     # …、南通电视台、南通: the name the page cut is no name
                rows.append([*row, last] + [""] * (len(header) - len(row) - 1))
                end = len(lines)
            break
        got = _bar_cell(lines, k)
        if got is not None and got[0]:
            break                             # a cell more than the header has: the row is out of line
        rows.append(row)
        end = got[1] if got is not None else k
        if got is None:
            break
        k = end
    return (rows, end) if len(rows) > 1 else None
