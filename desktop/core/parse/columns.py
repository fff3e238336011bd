"""Task tables flattened to one cell a line (a web page or a PDF copy of a 任务清单/任务分解表).

::

    序号
    任务类型
    重点内容
    责任单位
    1
    海绵城市
    建设管理
    区建设管理委负责指导推进……
    区建设管理委、区发展改革委、
    各街镇
    《……参考文件》
    2
    ……

A header block names 序号, a task column and a unit column, each on its own line. A row starts
at the line holding the next 序号; its lines are, in order: short task-type cells, the task's
text (a cell may run over several lines), the units (lines made of unit names only), then
anything else (参考文件, the next group's title). A row without units takes the row above's
(a merged cell). Tables of figures in the body have no such header and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .cell_blocks import GROUP_ROW, ROW_NUMBER, by_kinds, cell_lines, group_cell, header_kinds, join_cells
from .row_cells import TIME_OPENS, bracket_tail, cut_units, name_over_lines
from .run_tables import (
    _TASK_VERB,
    unrun_table as unrun_table,  # (re-exported: __init__)
)
from .table_heads import (
    HEAD_KIND_LINE,
    NUMBER_CELL,
    NUMBER_HEAD,
    UNIT_COLUMNS,
    column_of,
    due_first,
    lead_last,
    split_spaced_header,
    step_due,
    task_header,
    unit_cells_max,
    unit_column,
    units_before_task,
)
from .units import looks_like_unit, split_units
from .year_goal_cells import without_year_cells

_HEAD_ANY = re.compile(r"^[^、，。；：,.;:“”《》（）()]{2,12}$")
_GOAL_CELL = re.compile(r"(?:目标|指标)(?:任务|名称)?$")
_TIME_HEAD = re.compile(r"时间|时限|进度|期限|节点")
# a column of the figure due at each time (节点 | 指标数: 2018年 / 24.3万户, 2019年 / 26.5万户 in one row)
_FIGURE_HEAD = re.compile(r"(?:年度)?(?:指标|目标)(?:数|值|数值|量)?")
# a header cell naming the task column in words the list lacks (目标与任务, 重点工作任务, 主要工作事项; the work parted
# among bodies 任务区分 / 任务分解 beside a name column)
_TASK_HEAD = re.compile(r"(?:任务|事项|举措|措施)(?:区分|分解)?$")
# the task column named with what the work must meet (测评内容及标准, 工作任务及要求, 建设内容和规模)
_TASK_AND = re.compile(r"(?:内容|任务|事项|举措|措施)(?:及|和|与)[\u4e00-\u9fff]{1,4}$")
# a unit column said to be the main one (主要责任单位, 主责部门) before another unit column
_MAIN_UNIT = re.compile(r"^(?:主要|首要|主责|第一)")
_HEAD_OTHER = re.compile(r"^(任务类型|类型|类别|任务分类|分类|项目|参考文件|备注|依据|推广范围|适用范围|实施范围"
                         r"|主要方向|方向)$")
# a header cell's own period (重点任务（2024-2026）): not part of the column's name
# a header cell naming a category column (改革领域, 创建领域, 类别, 板块, 工作类别, 任务分类)
_GROUP_HEAD = re.compile(r"[\u4e00-\u9fff]{0,4}(?:领域|类别|板块|分类|类型|方面|专项)")
_HEAD_PERIOD = re.compile(r"[（(][\d\s年\-—–~至]+[）)]$")
# a row numbered in brackets, its first cell on the same line (（12）既有车站厕所改造…), in a table
# whose header has no 序号 column; a category row (（二）提升…) or a direction row (7、提升…) ends it
_BRACKET_ROW = re.compile(r"^[（(](\d{1,3})[）)]\s*(\S.*)$")
# a row numbered with a stop, its first cell on the same line (1.妇女享有…。), in a table whose header has no
# 序号 column and whose category column's cells are lost (领域 | 主要目标 | 主要责任单位 | 责任单位): each
# category's rows numbered from 1
_DOT_ROW = re.compile(r"^(\d{1,2})[.．、](?!\d)\s*(\S.*)$")
_CATEGORY_ROW = re.compile(r"^(?:[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．]\S{2,30}$)")


_BAR_AFTER = re.compile(r"\s*\|+\s*$")
_CATEGORY_TAIL = re.compile(r"等(?!各)(?:相关|有关)?[\u4e00-\u9fff]{0,6}(部门|单位|机构)$")


@dataclass
class Row:
    number: str
    text: str
    resp: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    inherited: bool = False
    deadline: str = ""                        # the 完成时限 cell as written
    annex: str | None = None                  # the table's 附件 line above its header: its number (附件1), or ""
    used: int = 0                             # how many of the row's lines its cells took
    stages: list[tuple[str, str]] = field(default_factory=list)   # 节点 | 指标数: (time, figure) pairs


def header_columns(lines: list[str], i: int) -> tuple[int, dict[str, int]] | None:
    """If a task table's header block starts at line ``i``: (index after it, which columns it has;
    ``units`` counts its unit columns)."""
    seen: dict[str, int] = {}
    j = i
    # a category column before the 序号 (改革领域 | 序号 | 改革事项 | 落实推进单位): each category cell stands
    # before its rows' numbers, and the header ends before the first row's category cell
    grouped = bool(_GROUP_HEAD.fullmatch(re.sub(r"\s+", "", lines[i]))) and i + 1 < len(lines) \
        and NUMBER_CELL.fullmatch(re.sub(r"\s+", "", lines[i + 1])) is not None
    j += grouped
    while j < len(lines) and j - i < 16:
        cell = _HEAD_PERIOD.sub("", re.sub(r"\s+", "", lines[j]))           # 主 要 内 容
        if grouped and seen and j + 1 < len(lines) and lines[j + 1].strip() == "1" and column_of(cell) is None \
                and column_of(cell, whole=False) is None and not _HEAD_OTHER.match(cell):
            break                       # 市场准入 / 1: the first row's category cell
        step = 1
        if j + 1 < len(lines) and len(cell) <= 4:
            # a header cell broken over two lines (牵头 / 部门, 实施 / 主体, 任务 / 分类)
            joined = cell + re.sub(r"\s+", "", lines[j + 1])
            if len(joined) <= 6 and (column_of(joined) or _HEAD_OTHER.match(joined)):
                cell, step = joined, 2
        if j + 1 < len(lines) and HEAD_KIND_LINE.fullmatch(lines[j + 1].strip()) and column_of(cell, whole=False):
            cell, step = cell + lines[j + 1].strip(), 2      # 责任部门 / （单位）: the column's kind on its own line
        column = column_of(cell)
        if column is None and j == i and NUMBER_HEAD.fullmatch(cell):
            column = "number"           # 任务编号 / 项目序号
        elif column is None and j == i and not grouped and _GROUP_HEAD.fullmatch(cell):
            column = "aside"            # 领域 / 主要目标 / 责任单位: a category column and no 序号
        if column is None and j > i and _HEAD_ANY.match(cell) and not ROW_NUMBER.fullmatch(cell):
            # a cell the header words do not name (责任主体与协同单位, 1-10月推进情况, 说明): a unit
            # column when it says so, else a column the task does not need
            inside = column_of(cell, whole=False)
            column = inside if inside in UNIT_COLUMNS and not seen.get(inside) else "other"
            if inside == "leader":
                seen["leader"] = True   # 分管县领导 / 市分管领导: a column of persons, named in other words
            if inside == "task" and not seen.get("task") and len(cell) <= 8 \
                    and (_TASK_HEAD.search(cell) or _TASK_AND.search(cell)):
                column = "task"         # 目标与任务 / 重点工作任务: the task column in other words
            if inside == "resp" and not seen.get("lead") and _MAIN_UNIT.match(cell) and j + 1 < len(lines) \
                    and column_of(re.sub(r"\s+", "", lines[j + 1]), whole=False) == "resp":
                column = "lead"         # 主要责任单位 | 协同配合单位: the first unit column leads
            if inside is None and unit_column(cell) and not seen.get("resp"):
                column = "resp"         # 主要部门 / 承担单位: a unit column the header words do not list
            elif inside is None and _TIME_HEAD.search(cell) and not seen.get("deadline"):
                column = "deadline"     # 时间进度 / 推进时间: when the work is due
            elif _FIGURE_HEAD.fullmatch(cell) and seen.get("task") and list(seen)[-1] == "deadline":
                column = "figure"       # 节点 | 指标数: each time with the figure due then
            if inside == "task" and seen.get("task") and re.match(r"(?:19|20)\d{2}年", cell):
                seen["more"] = True     # 2024年工作任务 / 2025年工作计划 after the 内容 column: more of the task
            if inside is None and _GOAL_CELL.search(cell) and not seen.get("task"):
                column = "task"         # 2022年预期目标 / 主要目标: a table of target rows
            elif inside in (None, "task") and list(seen) == ["number"] and _units_next(lines, j + 1):
                column = "task"         # 序号 / 民生实事 / 责任单位: the cell between the number and the units
        if column == "task" and seen.get("task"):
            seen["name"] = True         # 改革举措 | 主要内容: a name column, then the text
        if column is not None:
            seen[column] = True
            if column in ("lead", "resp"):
                seen["units"] = seen.get("units", 0) + 1
        elif not _HEAD_OTHER.match(cell):
            break
        j += step
    if grouped:
        seen["grouped"] = True
    if seen.get("number") and task_header(seen):
        return j, seen                  # a 指导部门 column: a task table whose units only guide
    if task_header(seen) and j < len(lines) and any(
            _BRACKET_ROW.match(ln) for ln in lines[j:j + 4]):
        # no 序号 column: the rows carry their numbers, （1）…, under category rows
        seen["bracketed"] = True
        return j, seen
    if task_header(seen) and seen.get("aside") and j < len(lines) and _DOT_ROW.match(lines[j]):
        # no 序号 column, a category column first whose cells are lost: the rows carry their numbers (1.…)
        seen["dotted"] = True
        return j, seen
    return None


def dotted_header(lines: list[str]) -> bool:
    """``lines`` (a text's lines up to its first numbered one) hold the header of a table whose rows carry their own
    numbers in their first cell, its category cells lost (领域 / 主要目标 / 主要责任单位 / 责任单位 / 1.…)."""
    cells = [ln for ln in lines if ln]
    return any((head := header_columns(cells, k)) is not None and bool(head[1].get("dotted"))
               for k in range(len(cells) - 1))


def _units_next(lines: list[str], k: int) -> bool:
    """The header's cell at line ``k`` names a unit column, or a column of leaders (牵头县领导, 责任领导) just before
    one (序号 / 民生实事 / 牵头县领导 / 牵头单位)."""
    kinds = [column_of(re.sub(r"\s+", "", line), whole=False) for line in lines[k:k + 2]]
    return bool(kinds) and (kinds[0] in ("lead", "resp") or kinds[0] == "leader" and kinds[1:] in (["lead"], ["resp"]))


def _units_of(line: str) -> list[str] | None:
    """The unit names a cell line holds, or None when it is not a line of units."""
    value = line.strip().rstrip("、，,；;").removesuffix("。").rstrip("、，,；;")   # 区财政局。: a cell's full stop
    if not value or len(value) > 120 or re.search(r"[。：:《》〔〕\d]", value):
        return None
    pieces = [p for p in re.split(r"[、，,；;]", value) if p]
    pieces = [_CATEGORY_TAIL.sub("", p) for p in pieces]
    names, _notes, _leads, odd = split_units("、".join(p for p in pieces if p))
    # (the last name is whole where a separator closes the line 「市交通委、…、上汽检、」)
    whole = line.strip().endswith(("、", "，", ",", "；", ";"))
    if not names or odd and not (len(names) >= 3 * len(odd) and all(len(o) <= 4 for o in odd)
                                 and (pieces[-1] not in odd or whole)):
        return None             # 市税务局、滁州海关、市人行、…: a short name the unit words miss, among units
                                # (not the last: a name a wrapped line cuts, 市农业 / 农村局)
    # a bureau's section (股) run into the next name on one line: 「文化宣传股文化馆」 → 文化宣传股, 文化馆
    runs = [re.split(r"(?<=[\u4e00-\u9fff]{2}股)(?![份东票权室长])(?=[\u4e00-\u9fff]{3})", n) if "股" in n[:-1] else [n]
            for n in names]
    return [p for n, ps in zip(names, runs, strict=True)
            for p in (ps if len(ps) == 2 and all(map(looks_like_unit, ps)) else [n])]


# the label line over an attached table or list (附件 / 附件1 / 附件 2： / 附件一), and the annex's number
ANNEX_LINE = r"附件\s*(?P<annex>\d{1,2}|[一二三四五六七八九十])?\s*[:：]?"
_ANNEX = re.compile(ANNEX_LINE)

def _skipped_row(lines: list[str], i: int, last: int) -> bool:
    """Line ``i`` opens a row numbered higher than ``last`` + 1 over a cell of text: a unit's selection
    of a wider table (rows 5, 41, 44)."""
    return (ROW_NUMBER.fullmatch(lines[i]) is not None and int(lines[i]) > last + 1 and i + 1 < len(lines)
            and len(lines[i + 1]) >= 10 and _units_of(lines[i + 1]) is None)


def _stage_cells(cells: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """A row under 节点 | 指标数 columns: each time cell (2018年) with the figure cell after it (24.3万户/682个)
    taken out of the row's cells; the row may give several (one a year, the later ones after the units)."""
    rest: list[str] = []
    stages: list[tuple[str, str]] = []
    k = 0
    while k < len(cells):
        cell = cells[k]
        if k + 1 < len(cells) and rest and re.search(r"\d{4}\s*年", cell) and _DATE_CELL.match(cell) \
                and len(cells[k + 1]) <= 24 and _units_of(cells[k + 1]) is None:
            stages.append((cell, cells[k + 1]))
            k += 2
            continue
        rest.append(cell)
        k += 1
    return rest, stages


def _group_cell(line: str) -> bool:
    """A category cell (市场准入, 企业服务, 政策服务): a short name, no sentence, no unit."""
    return len(line) <= 30 and not re.search(r"[，。；：,;:\d]", line) and all(
        len(p) <= 12 for p in line.split("、")) and _units_of(line) is None


# a group's heading row inside a table (3.智创和谐新境行动（…）, 行动三：…, 二、…), not a figure (26.5万户/733个)
_GROUP_HEADING = re.compile(r"^(?:\d{1,2}[.．、](?!\d)|行动[一二三四五六七八九十]{1,3}[：:]"
                            r"|[一二三四五六七八九十]{1,3}[、.．])[^。；;，,]{2,40}$")


def _listed(cells: list[str], k: int) -> bool:
    """Cell ``k`` is one step of a numbered list inside the row's cell (1、… over 2、…), not a group's heading:
    the cell next to it is the step before or after."""
    mark = re.match(r"(\d{1,2})[.．、](?!\d)", cells[k])
    if mark is None:
        return False
    n = int(mark.group(1))
    return any(0 <= m < len(cells) and re.match(rf"{n + d}[.．、](?!\d)", cells[m]) is not None
               for m, d in ((k - 1, -1), (k + 1, 1)))


def _next_group(line: str, count: int, kinds: list[str], one_more: bool) -> bool:
    """The last cell of a row (``count`` cells after its number) under a header with a category column before the
    序号 is the next row's category: one cell more than the header has after its 序号, or, where the row's unit
    cell is merged with the row above's (absent), a category's name in the unit column (“美丽家园”建设)."""
    if kinds and count == len(kinds) or not kinds and one_more and len(line) <= 12 and not re.search(
            r"[\d，。；：,;:]", line):
        return True                           # (one line more than the header's cells, where they are not set off)
    return _group_cell(line) and not looks_like_unit(line) and (
        not kinds or count == len(kinds) - 1 and kinds[-1] in ("lead", "resp"))


def table_rows(text: str) -> list[Row]:
    """Rows of every one-cell-a-line task table in ``text`` (usually a plan's 附件)."""
    # a cell copied from a web page's table may keep the bar after it (「24 |」, 「城管局 |」; 「||」 empty)
    text = split_spaced_header(text)          # (序号 涉及部门 职责分工 on one line: its cells one a line)
    lines, glued = cell_lines(text, lambda ln: _BAR_AFTER.sub("", ln.strip()))
    rows: list[Row] = []
    i = 0
    columns: dict[str, int] | None = None
    header_end = -1
    header: list[str] = []
    kinds: list[str] = []                     # cells set off by blank lines: each header cell's column
    placed: list[str] = []
    annex: str | None = None                  # 附件1 / 附件2: the table after it is that annex
    width = 0                                 # the header's cells after its 序号
    above: Row | None = None                  # a merged cell stays inside its own table
    grouped = False                           # a group cell since the last row
    while i < len(lines):
        head = header_columns(lines, i)
        if head is not None:
            kinds = header_kinds(lines, glued, i + bool(head[1].get("grouped")), head[0], head[1])
            # one cell a line with a 地点 column: a full row's place cell is no unit (x179_07)
            placed = [] if kinds or not any("地点" in x for x in lines[i:head[0]]) else header_kinds(
                lines, [False] * len(lines), i + bool(head[1].get("grouped")), head[0], head[1])
            width = i - head[1].get("grouped", 0)   # how many header cells after the 序号 (lines)
            header = lines[i:head[0]]       # (its year row under a goal column: year_goal_cells)
            i, columns = head
            width = i - width - 1
            header_end = i
            if columns.get("grouped") and i + 1 < len(lines) and lines[i + 1] == "1" and _group_cell(lines[i]):
                header_end = i + 1            # the first row's number after its category cell
            above = None
            continue
        label = _ANNEX.fullmatch(lines[i])
        if label:
            annex = label.group("annex") or ""
        if label or lines[i] in ("序号", "编号"):
            # 附件3 / a 序号 header of no task table (街镇 | 指标…): a table of data, not more rows of the last
            columns, above = None, None
        if columns is not None and rows and group_cell(lines, i):
            grouped = True                    # the next group's rows may be numbered from 1 again
        marked = _BRACKET_ROW if columns is not None and columns.get("bracketed") else \
            _DOT_ROW if columns is not None and columns.get("dotted") else None
        bracketed = marked.match(lines[i]) if marked else None
        if columns is None or not (bracketed or ROW_NUMBER.fullmatch(lines[i])):
            i += 1
            continue
        number = bracketed.group(1) if bracketed else lines[i]
        expected = int(rows[-1].number) + 1 if rows else 1
        # rows left out of a published table (（本文有删减）): the numbers jump after a group row
        jump = i > 0 and GROUP_ROW.match(lines[i - 1]) is not None and int(number) > expected - 1
        # or a unit's selection of a wider table (rows 5, 41, 44): a row with its units read, then a
        # higher number over a cell of text
        skipped = (bool(rows) and int(number) > expected and bool(rows[-1].lead or rows[-1].resp)
                   and _skipped_row(lines, i, expected - 1))
        if skipped:
            jump, above = True, None          # rows left out between: no cell merges across them
        # the first row under a header may go on from an earlier page (the page starts at row 24)
        # a group cell between (2. / 分 / 类 …): its rows are numbered from 1 again
        restart = (grouped or marked is _DOT_ROW) and int(number) == 1
        if int(number) != expected and not (int(number) == 1 and not rows) and not jump and not restart \
                and i != header_end:
            i += 1
            continue
        grouped = False
        j = i + 1
        cells: list[str] = [bracketed.group(2)] if bracketed else []
        while (j < len(lines) and lines[j] != str(int(number) + 1) and header_columns(lines, j) is None
               and not (j > i + 2 and _units_of(lines[j - 1]) and _skipped_row(lines, j, int(number)))
               and not group_cell(lines, j) and not _ANNEX.fullmatch(lines[j])
               and not (bracketed and marked and (marked.match(lines[j]) or _CATEGORY_ROW.match(lines[j])))):
            cells.append(lines[j])
            j += 1
        # a row's lines one more than the header's cells, or a group's heading before the last
        one_more = len(cells) == width + 1 or len(cells) >= 3 and _GROUP_HEADING.match(cells[-2]) is not None \
            and _units_of(cells[-2]) is None and not _listed(cells, len(cells) - 2)
        if columns.get("grouped") and len(cells) >= 2 and j < len(lines) and lines[j] == str(int(number) + 1) \
                and (not kinds or not glued[j - 2]) \
                and _next_group(lines[j - 1], len(join_cells(lines, glued, i + 1, j)), kinds, one_more):
            cells.pop()                       # the next row's category cell (a category column before the 序号)
            j -= 1
        while columns.get("grouped") and len(cells) >= 2 and _GROUP_HEADING.match(cells[-1]) \
                and _units_of(cells[-1]) is None and not _listed(cells, len(cells) - 1):
            cells.pop()                       # 行动三：智创和谐新境行动（…） over the next rows: no unit cell
            j -= 1
        cells = without_year_cells(cells, header) if not kinds and not bracketed else cells
        stages: list[tuple[str, str]] = []
        if columns.get("figure"):
            cells, stages = _stage_cells(cells)
        by_column = None if bracketed or not kinds else by_kinds(join_cells(lines, glued, i + 1, j), kinds,
                                                                  _units_of, _people)
        if placed and not by_column and not bracketed and len(cells) == j - i - 1:
            by_column = by_kinds([(c, i + 2 + k) for k, c in enumerate(cells)], placed, _units_of, _people)
        if by_column:
            text, lead, resp, deadline, used = by_column
            above = Row(number=number, text=text, lead=lead, resp=resp, deadline=deadline, used=used)
        else:
            above = row_of(number, cells, columns, above)
        above.annex = annex
        above.stages = stages
        rows.append(above)
        i = j
    _cut_last(rows, i >= len(lines))
    return [r for r in rows if r.text]


def _cut_last(rows: list[Row], at_end: bool) -> None:
    """The text stops inside its table's last row (「研发投入强度达到3.」 at a page's end, its unit cell never
    printed): where the rows above end their text with 。 and this one does not (two rows or more above it, or
    a figure cut at its decimal point), its units are not the row above's (no merged cell) — it has none."""
    last = rows[-1] if rows else None
    if last is None or not at_end or not last.inherited or re.search(r"[。；;！!？?]$", last.text):
        return
    ended = sum(1 for r in rows[:-1] if r.text.endswith("。"))
    if ended * 2 > len(rows) - 1 and (len(rows) >= 3 or re.search(r"\d[.．]$", last.text)):
        last.lead, last.resp, last.inherited = [], [], False


_PERSON = re.compile(r"[\u4e00-\u9fff·]{2,4}(?:(?:常务)?副?(?:省长|市长|县长|区长|镇长|书记|主任|秘书长|局长))?")


def _people(cell: str) -> bool:
    """A 责任领导 cell: 张三 / 张三副县长、李四 — names, none of them a unit."""
    parts = [p for p in re.split(r"[、，,\s]+", cell.strip()) if p]
    if parts and all(len(p) == 1 for p in parts[::2]) and len(cell.strip()) <= 12:
        # names spaced out to fill the cell (王 平, 李 小明王 平): the pieces joined, two names may run together
        parts = [p for p in re.split(r"[、，,]+", re.sub(r"\s+", "", cell)) if p]
        return all(re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", p) and not looks_like_unit(p) for p in parts)
    return bool(parts) and all(_PERSON.fullmatch(p) and not looks_like_unit(p) for p in parts)


# (全年: the whole of the plan's year, its deadline — Round 39 rulings)
_DATE_CELL = re.compile(r"^[\d年月日底前内末上中下旬季度第一二三四—\-~至到、，,长期持续常态全\s]{2,30}$")
# a time limit with what is due then (9月投入使用, 5月底前动工, 2024年6月底前建成)
_DATE_DUE = re.compile(r"^[\d年月日底前内末上中下旬]{2,14}"
                       r"(?:投入使用|投用|动工|开工|建成|完工|竣工|完成|启动|开放|运行|交付使用|交付|见效|通车)$")


# a 时间进度 cell in words (全年推进, 三季度完成, 年内完成, 持续推进, 与国家安排同步)
_DUE_WORDS = re.compile(r"年|季度|月|旬|持续|长期|常态|同步|适时|按期|定期")


def _due_cell(cell: str, following: str, units_of: Callable[[str], list[str] | None]) -> bool:
    """A short time cell right before the row's unit cell."""
    return (len(cell) <= 12 and not re.search(r"[，。；：,;:、]", cell) and units_of(cell) is None
            and (bool(_DUE_WORDS.search(cell)) or units_of(following) is not None))


def row_of(number: str, cells: list[str], columns: dict[str, int], above: Row | None) -> Row:
    """One row of a one-cell-a-line table: its cells' lines after the number (``above``: the row above,
    whose units a row without any takes — a merged cell)."""
    read: dict[str, list[str] | None] = {}

    def units_of(cell: str) -> list[str] | None:
        """``_units_of``, each cell read once (a row asks of a cell at several stages)."""
        if cell not in read:
            read[cell] = _units_of(cell)
        return read[cell]

    joined: list[str] = []
    ends: list[int] = []                      # how many of the given lines each joined cell reaches
    for k, cell in enumerate(cells):
        if joined and (cut_units(joined[-1], cell, units_of) or bracket_tail(joined[-1], cell, units_of)):
            joined[-1] += cell
            ends[-1] = k + 1
        else:
            joined.append(cell)
            ends.append(k + 1)
    cells = joined
    used = 0
    types: list[str] = []
    text: list[str] = []
    unit_cells: list[list[str]] = []          # each unit cell may run over lines ending in 、
    deadline = ""
    stage = "before"
    continues = False
    two_columns = bool(columns.get("lead") and columns.get("resp"))
    lead_or_resp = bool(columns.get("lead") or columns.get("resp"))
    units_first = False                       # the 内容 cell merged with the row above: the row opens with units
    later: list[str] = []                     # the year's work cells after the units (2024年工作任务)
    groups: list[int] = [0]                   # where each sub-goal's unit cells start (merged cells per sub-goal)
    times_first = due_first(columns)
    order = list(columns)
    other_first = "other" in order and "task" in order and order.index("other") < order.index("task")
    for n, cell in enumerate(cells):
        if stage in ("units", "after") and unit_cells and text and (mark := _SUB_GOAL.match(cell)) and any(
                t.startswith(mark.group()) for t in text):
            text.append(cell)                 # ——…: the row's next sub-goal, its own unit cells after it
            stage = "text"
            groups.append(len(unit_cells))
            used = n + 1
            continue
        if n == 0 and (two_columns and above is not None or units_before_task(columns)) \
                and not name_over_lines(cells, units_of) and (names := units_of(cell)) and all(
                3 <= len(x) <= 12 and not (len(x) > 6 and _TASK_VERB.match(x)) for x in names) and len(cells) > 1 \
                and not units_of(cells[-1]):
            unit_cells.append(list(names))
            stage = "units"
            units_first = True                # (or 序号 | 涉及部门 | 职责分工: the unit column first)
            continues = cell.rstrip().endswith(("、", "，", ",", "；"))
            used = n + 1
            continue
        if stage == "units" and two_columns and len(unit_cells) == 1 and re.fullmatch(r"[—\-－/／无]{1,2}", cell):
            unit_cells.append([])             # an empty 配合 cell
            used = n + 1
            continue
        if stage in ("units", "after") and units_first and not text and not units_of(cell):
            stage = "text"                    # the row's own text comes after its units
            text.append(cell)
            used = n + 1
            continue
        if stage in ("units", "after") and columns.get("more") and len(cell) >= 10 and re.search(
                r"[，。；,;]", cell) and not units_of(cell):
            later.append(cell)
            stage = "after"
            continue
        if stage == "text" and times_first and not unit_cells and n + 1 < len(cells) and _due_cell(
                cell, cells[n + 1], units_of):
            deadline = cell                   # 时间进度 before the unit column (全年推进 / 三季度完成)
            stage = "due"
            used = n + 1
            continue
        if stage == "due" and columns.get("leader") and _people(cell):
            continue                          # 完成时限 | 责任领导 | 责任股室: the leader's name between
        if stage == "due":
            names = units_of(cell)
            if names:
                unit_cells.append(list(names))
                stage = "units"
                continues = cell.rstrip().endswith(("、", "，", ",", "；"))
                used = n + 1
            else:
                stage = "after"
            continue
        if stage in ("units", "text") and (_DATE_CELL.match(cell) or _DATE_DUE.match(cell)) and re.search(
                r"\d|年|月", cell) or stage in ("units", "after") and columns.get("deadline") and step_due(cell):
            deadline = cell                   # 完成时限 (三季度：… / 四季度：…, a line each: the last)
            stage = "after"
            used = n + 1
            continue
        if (stage == "text" or stage == "before" and (text or types)) and columns.get("leader") and _people(cell):
            continue                          # 责任领导: 张三 / 张三副县长 (after a short 民生实事 cell too)
        if stage in ("before", "text"):
            names = units_of(cell) if stage == "text" or types and (lead_or_resp and not text) else None
            if names and stage == "before" and not all(len(x) >= 3 for x in names):
                names = None
            if names and stage == "before":
                text.append(types.pop())      # a short 内容 cell (优化停车供给) right before the units
            if names:
                unit_cells.append(list(names))
                stage = "units"
            elif stage == "before" and len(cell) <= (16 if n == 0 and other_first else 8) \
                    and not re.search(r"[，。；：,.;:、“”]", cell):
                types.append(cell)            # (a column the words do not name before the task: 测评项目)
            elif stage == "text" and len(cell) <= 10 and not re.search(r"[，。；,.;]", cell):
                stage = "after"              # the next group's task type (“美丽家园”建设)
            else:
                text.append(cell)
                stage = "text"
        elif stage == "units":
            names = units_of(cell) or _short_name(cells, n, units_of)
            # one unit column: its units may stand one a line (县水务局 / 县住建局); a two-character
            # word after them (片区 over a table of figures) is no unit's whole name
            one_column = not two_columns and bool(names) and all(len(n) >= 3 for n in names or [])
            # a 配合 cell over two or three lines (one unit a line) once the header's unit cells are filled
            filled = len(unit_cells) - groups[-1]
            more_resp = two_columns and filled >= unit_cells_max(columns) and bool(names) and all(
                len(n) >= 3 for n in names or [])
            if names and not cell.startswith("《") and (continues or one_column or more_resp or two_columns
                                                       and filled < unit_cells_max(columns)):
                if continues or one_column or more_resp:
                    unit_cells[-1].extend(names)   # a cell going on over the next line
                else:
                    unit_cells.append(list(names))  # 牵头单位 then 配合单位
            else:
                stage = "after"
        if stage == "units":
            continues = cell.rstrip().endswith(("、", "，", ",", "；"))
        if stage != "after":
            used = n + 1
    if not text and types:
        text = [types.pop()]
    if columns.get("name") and types and text:
        text = [types.pop(), *text]           # a short name cell read as a type cell
    elif types and text and not columns.get("other"):
        text = [types.pop() + "\n", *text]    # no type column: the task cell's own heading (联动共建科学城)
    if len(text) >= 2 and columns.get("name") and len(text[0]) <= 40 and not re.search(r"[。；;]", text[0]):
        text = [text[0] + "\n", *text[1:]]     # 改革举措 | 主要内容: the measure's name is the task's title
    if later and text:
        text = [text[0] + "\n", *text[1:], "\n", "\n".join(later)]
    row = Row(number=number, text="".join(text), deadline=deadline, used=ends[used - 1] if used else 0)
    if len(groups) > 1 and columns.get("lead") and columns.get("resp") and not lead_last(columns):
        # a unit cell under each sub-goal (merged cells): each its own 牵头 then 配合 cells, the row's units all of them
        for start, end in zip(groups, [*groups[1:], len(unit_cells)], strict=True):
            if start < end:
                _unit_cells_of(row, unit_cells[start:end], columns)
    elif unit_cells:
        _unit_cells_of(row, unit_cells, columns)
    elif above is not None:
        row.lead, row.resp, row.inherited = list(above.lead), list(above.resp), True
    return row


def _unit_cells_of(row: Row, unit_cells: list[list[str]], columns: dict[str, int]) -> None:
    """A row's unit cells read by the header's unit columns, added to the row's lead and responsible units."""
    lead: list[str] = []
    resp: list[str] = []
    if columns.get("lead") and columns.get("resp") and lead_last(columns):
        # 责任单位 | 牵头单位: the header's order decides; a row cut after its first unit cell has no lead
        lead = [u for cell in unit_cells[1:] for u in cell]
        resp = [u for u in unit_cells[0] if u not in lead]
    elif columns.get("lead") and columns.get("resp"):
        # one cell more than the header has unit columns: the 牵头 cell ran over two lines
        # (设施运行处 / 设施养护处 under 牵头部门, then 配合部门, 实施主体)
        while len(unit_cells) > max(2, columns.get("units", 0)):
            unit_cells[:2] = [unit_cells[0] + unit_cells[1]]
        lead = unit_cells[0]
        resp = [u for cell in unit_cells[1:] for u in cell if u not in lead]
    elif columns.get("lead"):
        lead = [u for cell in unit_cells for u in cell]
    elif columns.get("resp"):
        resp = [u for cell in unit_cells for u in cell]
    # else the column says who guides the work (指导部门), not who does it
    if not row.lead and not row.resp:
        row.lead, row.resp = lead, resp
        return
    row.lead.extend(u for u in lead if u not in row.lead)
    row.resp = [u for u in [*row.resp, *resp] if u not in row.lead]
    row.resp = [u for n, u in enumerate(row.resp) if u not in row.resp[:n]]


# a sub-goal's opening inside a row's task cell (——女性人均预期寿命延长。): a row may give each its own unit cells
_SUB_GOAL = re.compile(r"——|[●◆■▲△·•]")


def _short_name(cells: list[str], n: int, units_of: Callable[[str], list[str] | None]) -> list[str] | None:
    """Cell ``n``, in a column of units one a line, a short name the unit words miss as printed (省人口计生,
    省新闻出版) between two names: the unit it names, or None."""
    cell = cells[n].strip()
    if not re.fullmatch(r"[\u4e00-\u9fff]{4,6}", cell) or _TASK_VERB.match(cell) or _DATE_DUE.match(cell) \
            or n + 1 >= len(cells) or not (units_of(cells[n + 1]) or TIME_OPENS.match(cells[n + 1])) \
            or n == 0 or not units_of(cells[n - 1]):
        return None
    return [cell]
