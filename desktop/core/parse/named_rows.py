"""Attached task tables printed one cell a line whose rows carry no number: each row opens with its task's name.

A plan's 附表 (任务分工表) may print its rows without a 序号 column, one block of cells a row, blank lines between
the rows (任务名称 / 任务内容 / 牵头部门 / 配合部门 / 时间节点)::

    深化审批改革                       (the task's name)
    在……提前介入，……。                (its content)
    规划处                             (牵头部门)
    林业处、公绿处                     (配合部门)
    全年                               (时间节点)

Neither ``columns.table_rows`` (it needs the 序号 column) nor ``list_tables.project_rows`` (it needs the numbered
project cell) reads it. A table is read here only where its header names a task column, a unit column (牵头 /
配合 / 责任 with 单位 / 部门 / 处室) and starts with the task's own column — a list of matters with a 序号 column
(序号 / 事项名称 / 事项分类 / 责任处室) is not such a table. An empty cell printed as a blank line sets the row's
last cells off in a block of their own (「许可处」 / blank / 「9月底」); a time cell over two blocks (「线上，9月底」 /
「线下，全年」) is one cell: both go on the row before. The rows stop at the first block that is neither a row nor
such a remainder (附录, the next table's title).

The cells of a table with no row numbers are told apart the same way here and in ``text_tables``' reader of such a
table with no blank lines between its rows (``_unnumbered_cell_table``, whose rows end where the cells stop fitting
its columns): a unit cell by ``unit_cell``, a time cell by ``time_cell``, a header cell by
``table_heads.head_column``.

``matters_header`` tells the header of a numbered catalogue of matters (序号 / 事项名称 / 事项分类 / 责任处室): a list
that gives no work, which ``text_tables`` does not turn into numbered items, so it never takes the body's place."""

from __future__ import annotations

import re

from .columns import Row, _units_of
from .list_tables import _unit_cell
from .table_heads import head_column

# a time cell's word (全年 / 9月底 / 线上，9月底 / 2023年12月 / 三季度 / 长期 / 常态)
_TIME_WORD = re.compile(r"\d{1,2}\s*月|\d{4}\s*年|[一二三四]季度|全年|年底|年末|年内|长期|持续|常态|上半年|下半年")


def time_cell(cell: str) -> bool:
    """A time cell of a table whose rows carry no number (时间节点 / 完成时限): short (20 characters at most), with a
    time word, no sentence's stop in it — what tells it from the content and unit cells around it."""
    return len(cell) <= 20 and _TIME_WORD.search(cell) is not None and not re.search(r"[。；;]", cell)


def unit_cell(cell: str) -> list[str] | None:
    """The names in a unit cell of a table whose rows carry no number (``list_tables._unit_cell`` with the unit
    reader of ``columns``), or None when the cell is no list of units (a task's text, a time, a leader's name)."""
    return _unit_cell(cell, _units_of)


def unnumbered_header(block: list[str], longest: int = 6) -> list[str] | None:
    """Each header cell's column (task, lead, resp, deadline), or None when the block is no such header: every cell a
    short name of a column (``longest`` characters at most), the first a task column, at least one unit column, no
    序号. Also the header of such a table printed run on with its rows (``spaced_rows``)."""
    if not 3 <= len(block) <= 7 or not all(re.fullmatch(rf"[\u4e00-\u9fff]{{2,{longest}}}", c) for c in block):
        return None
    kinds = [head_column(c, unlisted=False) for c in block]
    if kinds[0] != "task" or any(k not in ("task", "lead", "resp", "deadline") for k in kinds):
        return None
    if not any(k in ("lead", "resp") and re.search(r"单位|部门|处室|牵头|配合|责任", c)
               for k, c in zip(kinds, block, strict=True)):
        return None
    return [k or "" for k in kinds]


def named_rows(text: str) -> list[Row]:
    """The rows of an attached task table whose rows open with the task's name, no number (see the module's text),
    or [] (fewer than two rows)."""
    blocks: list[list[str]] = [[]]
    for raw in text.split("\n"):
        line = raw.strip()
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    k = next((i for i, block in enumerate(blocks) if unnumbered_header(block) is not None), None)
    if k is None:
        return []
    kinds = unnumbered_header(blocks[k]) or []
    units = [c for c in kinds if c in ("lead", "resp")]
    rows: list[Row] = []
    for block in blocks[k + 1:]:
        if not block:
            continue
        if rows and all(unit_cell(c) is not None or time_cell(c) for c in block):
            # the row's last cells set off by an empty cell, or its time cell's second line
            for cell in block:
                if time_cell(cell):
                    rows[-1].deadline = "；".join(x for x in (rows[-1].deadline, cell) if x)
                else:
                    rows[-1].resp.extend(n for n in unit_cell(cell) or [] if n not in rows[-1].resp)
            continue
        row = _row(block, units, len(rows) + 1, max(1, kinds.count("task")))
        if row is None:
            break
        rows.append(row)
    return rows if len(rows) >= 2 else []


def _row(block: list[str], units: list[str], number: int, texts: int) -> Row | None:
    """One row's block: the name, the content cells up to the first unit cell (at least ``texts``, the header's task
    columns), the unit cells in the header's order, then a time cell; None when the block has no such cells."""
    at = next((i for i, c in enumerate(block) if i >= texts and unit_cell(c) is not None), None)
    if at is None:
        return None
    row = Row(number=str(number), text="\n".join([block[0], "".join(block[1:at])]).strip())
    slot = 0
    for cell in block[at:]:
        names = unit_cell(cell)
        if names is not None and slot < len(units):
            target = row.lead if units[slot] == "lead" else row.resp
            target.extend(n for n in names if n not in target)
            slot += 1
        elif time_cell(cell) and not row.deadline:
            row.deadline = cell
        else:
            return None
    row.resp = [n for n in row.resp if n not in row.lead]
    return row


# a catalogue of administrative matters: 事项名称 / 事项分类 (许可 / 审批 / 确认) — what a unit handles, not work to do
_MATTER_NAME = re.compile(r"(?:办件|审批|服务|政务)?事项(?:名称)?")
_MATTER_KIND = re.compile(r"事项(?:分类|类别|类型)")
_WORK_HEAD = re.compile(r"任务|措施|举措|工作|目标|内容|时限|时间|节点")


def matters_header(head: list[str]) -> bool:
    """Whether a table's header (序号 / 事项名称 / 事项分类 / 责任处室 / 配合部门) heads a numbered catalogue of matters
    (rows 「1 / 对某类设施设置的许可 / 许可 / 审批处 / …」): a list that gives no work, whose rows are no tasks. A
    header whose 事项 column stands beside a column of work (事项 / 工作措施 / 责任单位) or with no column of the
    matters' kind heads a task table, not this."""
    cells = [re.sub(r"\s+", "", h) for h in head if h.strip()]
    if cells and cells[0] in ("序号", "编号"):
        cells = cells[1:]
    return bool(cells) and _MATTER_NAME.fullmatch(cells[0]) is not None \
        and any(_MATTER_KIND.fullmatch(h) for h in cells) and not any(_WORK_HEAD.search(h) for h in cells)
