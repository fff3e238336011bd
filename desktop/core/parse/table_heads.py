"""What a task table's header says, for every table reader: which column a header cell names, and whether a
header is a task table's.

Tables reach the parser in several shapes — one cell a line (``columns.header_columns``), cells set off by blank
lines (``cell_blocks.header_kinds``), rows of cells from Word or pipes (``read._find_header``, which the text-table
readers in ``text_tables`` ask), a numbered project list (``list_tables``) and score tables (``score_tables``) —
and each reads its header cells here: a cell's column is ``head_column``'s, a header is a task table's where
``task_header`` says so. What differs between them is what the shape itself shows (a 序号 column first, cells
set off, a category column), not the words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .unit_labels import DOING_WORDS

# the words a task table's header cells use, by column (also for tables in .docx and pasted text:
# ``read.table_lines``); where a cell could be read two ways, the first column listed wins
COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    "number": ("序号", "编号", "序", "号"),
    "guide": ("指导部门", "指导单位", "业务指导部门", "业务指导单位"),
    "leader": ("责任领导", "分管领导", "牵头领导", "联系领导", "包联领导", "市领导", "区领导", "县领导", "责任人"),
    "lead": ("牵头单位", "牵头部门", "主责单位", "主办单位", "牵头"),
    "resp": ("协同责任单位", "责任单位", "责任部门", "推进单位", "配合单位", "配合部门", "协同单位", "协同部门",
             "协办单位", "会办单位", "参与单位", "参与部门", "实施单位", "实施部门", "承办单位", "协作单位", "支撑单位",
             "实施主体",
             *(f"{w}单位" for w in DOING_WORDS)),
    "deadline": ("完成时限", "完成时间", "时间节点", "时限", "进度安排", "完成期限"),
    "task": ("工作任务", "主要任务", "重点任务", "具体任务", "任务内容", "任务名称", "重点内容", "工作内容", "主要内容",
             "工作措施", "具体措施", "重点工作", "改革举措", "主要举措", "具体举措", "举措", "任务", "措施", "内容",
             "事项", "职责分工", "主要职责", "工作职责", "职责"),
}
_COLUMN_EXACT = {word: column for column, words in COLUMN_WORDS.items() for word in words}
_COLUMN_INSIDE = [(column, re.compile("|".join(words))) for column, words in COLUMN_WORDS.items()]
NUMBER_CELL = re.compile("|".join(COLUMN_WORDS["number"]))
# a header's first cell naming the number column in other words (任务编号, 项目序号)
NUMBER_HEAD = re.compile(r"[\u4e00-\u9fff]{1,4}(?:序号|编号)")

# a header cell the words do not list that names the units (主要部门, 承担单位, 建设单位; an office's: 科室, 业务处室,
# 责任股室; the body that acts: 检查主体) — a bare 单位 (or 计量单位) is a figure's unit of measure — or the time
_UNIT_HEAD = re.compile(r"^(?:(?!计量|填报|统计|指标|度量)[\u4e00-\u9fff]{1,4}(?:部门|单位)"
                        r"|[\u4e00-\u9fff]{0,4}(?:股室|科室|处室)|(?:检查|执法|监管|责任|抽查)主体"
                        r"|(?:参加|参与)[\u4e00-\u9fff]{0,4}的?(?:主要)?(?:单位|部门))$")   # (参加活动的主要单位)

# a unit header's kind in brackets after it (牵头处室（单位）, 配合单位（部门）), and a department's offices named as
# its units (牵头处室, 配合科室, 责任处室): the 单位 column the words list
_HEAD_KIND = re.compile(r"(?<=[\u4e00-\u9fff]{2})[（(](?:单位|部门|处室|科室)[）)]$")
# the kind printed on a line of its own under a header cell (责任部门 / （单位）)
HEAD_KIND_LINE = re.compile(r"[（(](?:单位|部门|处室|科室)[）)]")
_HEAD_OFFICE = re.compile(r"(?<=^[\u4e00-\u9fff]{2})(?:处室|科室)$")
# a unit header naming both kinds (配合部门、单位, 责任单位/部门): the column of units it names first
_HEAD_BOTH = re.compile(r"(?<=[\u4e00-\u9fff]{2}(?:部门|单位))[、/／](?:部门|单位)$")


def column_of(label: str, whole: bool = True) -> str | None:
    """Which column a header cell names (``number``, ``lead``, ``resp``, ``deadline``, ``task``):
    the cell is one of the words (``whole``) or holds one (a .docx header such as 牵头单位（部门）)."""
    label = _HEAD_OFFICE.sub("单位", _HEAD_KIND.sub("", _HEAD_BOTH.sub("", label)))
    if whole:
        return _COLUMN_EXACT.get(label)
    if NUMBER_CELL.fullmatch(label):
        return "number"
    if re.search("领导|责任人", label) and not re.search("单位|部门|处室|科室", label):
        return "leader"                 # 牵头领导 / 分管市领导; but 责任单位及责任人 names units
    return next((column for column, rx in _COLUMN_INSIDE if column not in ("number", "leader") and rx.search(label)),
                None)


def unit_column(label: str) -> bool:
    """Whether a header cell (no spaces) names a column of units, lead or responsible: one the header words name
    (``column_of``: 牵头单位, 配合科室, 实施主体) or one they do not list (主要部门, 建设单位, 责任股室). The one rule
    for every table reader (``head_column`` and ``score_tables``)."""
    return column_of(label, whole=False) in ("lead", "resp") or _UNIT_HEAD.search(label) is not None


# the columns naming units (a lead, the responsible units, or units that guide the work)
UNIT_COLUMNS = ("lead", "resp", "guide")


def head_column(label: str, unlisted: bool = True) -> str | None:
    """Which column a header cell (no spaces) names: one of the header words, or a cell holding one
    (牵头单位（部门）, 主要责任单位) — and, with ``unlisted``, a unit column the words do not list (主要部门, 建设单位,
    责任股室: ``resp``). The one reading of a header cell every table reader starts from."""
    column = column_of(label) or column_of(label, whole=False)
    if column is None and unlisted and unit_column(label):
        return "resp"
    return column


def task_header(columns: Iterable[str]) -> bool:
    """Whether a header whose cells name ``columns`` is a task table's: it names the task (its text, or what is
    listed by name) and the units (lead, responsible or guiding). Each reader adds what its shape needs (a 序号
    column first, rows numbered in their own cells)."""
    named = set(columns)
    return bool({"task", "name"} & named) and bool(set(UNIT_COLUMNS) & named)


# what the order of a header's columns says about a row's cells (columns.row_of)

def unit_cells_max(columns: dict[str, int]) -> int:
    """How many unit cells a row may hold: one a unit column (牵头 then 配合 ...), and one more where
    the header has three or more (a 牵头 cell may run over two lines)."""
    n = columns.get("units", 0)
    return n + 1 if n >= 3 else 2


def lead_last(columns: dict[str, int]) -> bool:
    """The header names the 责任单位 column before the 牵头单位 column (columns keep the header's order)."""
    order = list(columns)
    return "lead" in order and "resp" in order and order.index("resp") < order.index("lead")


def units_before_task(columns: dict[str, int]) -> bool:
    """The header names its one unit column before the task column (序号 | 涉及部门 | 职责分工: a table of each
    body's duties, the body first)."""
    order = list(columns)
    units = [order.index(c) for c in ("lead", "resp") if c in order]
    return "task" in order and len(units) == 1 and units[0] < order.index("task")


def due_first(columns: dict[str, int]) -> bool:
    """The header names the time column before the unit columns (序号 | 具体工作 | 时间进度 | 责任部门)."""
    order = list(columns)
    units = [order.index(c) for c in ("lead", "resp") if c in order]
    return "deadline" in order and bool(units) and order.index("deadline") < min(units)


# a time cell's step under a 进度计划 column, each on its own line (「三季度：实现…」「四季度完成数据对接」
# 「年内完成」「10月底前：…」): when the step written after it is due; the row's last such cell is its deadline
_STEP_DUE = re.compile(r"(?:(?:19|20)\d{2}\s*年)?\s*(?:第?[一二三四1-4]\s*季度(?:末|底)?|上半年|下半年|年内|年底|"
                       r"\d{1,2}\s*月(?:底|末|上旬|中旬|下旬|\s*\d{1,2}\s*日)?)\s*(?:之?前)?\s*"
                       r"(?:[:：]|(?:进一步|全面|基本)?(?:完成|实现|启动|建成|提供|扩大))")


def step_due(cell: str) -> bool:
    """A time cell that opens with the time its step is due (``_STEP_DUE``)."""
    return _STEP_DUE.match(cell.strip()) is not None


# a header printed on one line, its cells set apart by spaces 「序号 涉及部门 职责分工」 (a table copied as text whose
# rows stand one cell a line below it): the 序号 cell first, then two to six cells each naming a column
_SPACED_HEAD = re.compile(r"^[ \t\u3000]*(序号|编号)(?:[ \t\u3000]+[\u4e00-\u9fff（）()/／、]{2,12}){2,6}"
                          r"[ \t\u3000]*$", re.M)


def split_spaced_header(text: str) -> str:
    """``text`` with a one-line header whose every cell names a column (``head_column``; a 序号 first and a task and a
    unit column among them) put one cell a line, as the one-cell-a-line readers take a header."""
    def split(m: re.Match[str]) -> str:
        cells = m.group(0).split()
        kinds = [head_column(c) for c in cells[1:]]
        if None in kinds or not task_header(k for k in kinds if k):
            return m.group(0)
        return "\n".join(cells)
    return _SPACED_HEAD.sub(split, text) if "序号" in text or "编号" in text else text
