"""Attached task lists printed one cell a line that the 序号-table reader (``columns.table_rows``) does not take.

Two layouts, both in a plan's 附件 (its trailer):

* **Projects numbered in their own cell, no 序号 column** (类别 / 项目 / 主要任务 / 牵头单位 / 配合单位)::

      一、做好政策保障
      1.做好规划配套
      将……同步规划、同步实施。
      区消防救援支队
      区应急局、区公安分局、各街道
      2.完善规章标准
      细化……职责任务。
      区消防救援支队
      各街道
      贯彻执行……检查要求。          (a second 主要任务 of the same project, with its own unit cells)
      区消防救援支队
      各街道

  Each numbered project is one row: its name, its tasks' texts, the union of its 牵头 cells (lead) and of its other
  unit cells. A project name or a unit cell broken over lines with no blank line between stays one cell
  (「5.实化运行消防 / 安全委员会」, 「区委编办、 / 各街道」).

* **A list of tasks with no unit column** (序号 / 主要领域 / 重点任务或项目): the area cell merged over a group's
  rows is printed on the group's first row only, so a row holds one or two cells after its number; its last cell is
  the task.

A table of figures (序号 / 类型 / 指标名称 / 指标单位 / 2025年目标值 / 属性) is neither: its rows are plan targets."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from desktop.core.model import Task

from .cell_blocks import GROUP_ROW, ROW_NUMBER, cell_lines, join_cells, unit_names
from .columns import Row, _units_of
from .cover_requirements import column_units
from .table_heads import column_of, head_column, task_header

# a header cell of a column the row's task does not need (类别, 项目, 主要领域, 板块)
_ASIDE = re.compile(r"[\u4e00-\u9fff]{0,4}(?:类别|类型|分类|项目|领域|板块|方面|方向)")
# a project cell: its number and its name (1.做好规划配套 / （1）建设综合为老服务中心), no sentence
_PROJECT = re.compile(r"(?:(\d{1,2})[.．、](?!\d)|[（(](\d{1,2})[)）])([^。；;：:]{2,40})")
# the last header cell of a unitless list: the task column (重点任务或项目, 主要任务, 任务清单, 重点任务)
# (重点工作 / 主要工作 / 工作内容 / 具体任务 / 具体措施 / 重点举措)
_LIST_TASK_HEAD = re.compile(r"(?:重点|主要|工作|具体)?(?:任务|工作|措施|举措)"
                             r"(?:或项目|及项目|和项目|与项目|清单|内容)?")
# a header cell of figures or units: the table is no unitless task list (指标, 单位, 目标值, 投资, 时间)
# an area cell before a row's task: a short name, no sentence (外滩历史文化风貌区, 历史风貌    智慧管理)
_AREA = re.compile(r"[^，。；：,;:]{2,20}")
_NOT_LIST_HEAD = re.compile(r"指标|单位|部门|目标|投资|金额|资金|时间|时限|期限|进度|现状|属性")


def _header(cells: list[str]) -> list[str]:
    """Each header cell's column (``task``, ``lead``, ``resp``, ``aside``), or [] when a cell is none of them (a unit
    column only in the header words: 单位/部门/牵头/配合)."""
    kinds: list[str] = []
    for cell in cells:
        kind = head_column(cell, unlisted=False)
        if kind in ("lead", "resp") and re.search(r"单位|部门|牵头|配合", cell):
            kinds.append(kind)
        elif kind == "task" and re.search(r"任务|措施|举措|内容|事项", cell) and "task" not in kinds:
            kinds.append("task")
        elif kind == "deadline" and "deadline" not in kinds and "task" in kinds:
            kinds.append("deadline")          # 完成时限 / 时间节点: the row's deadline cell
        elif _ASIDE.fullmatch(cell):
            kinds.append("aside")
        else:
            return []
    return kinds


def _header_cells(cells: list[str], at: int) -> tuple[list[str], int]:
    """The header's cells from cell ``at`` and the index after them: short cells with no stop, a unit column's
    name printed on two set-off lines joined (牵头 / 单位)."""
    out: list[str] = []
    k = at
    while k < len(cells) and len(out) < 8:
        cell = re.sub(r"\s+", "", cells[k])
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", cell):
            break
        after = re.sub(r"\s+", "", cells[k + 1]) if k + 1 < len(cells) else ""
        if len(cell) <= 3 and after in ("单位", "部门"):
            cell += after                     # 牵头 / 单位: one header cell printed on two lines
            k += 1
        out.append(cell)
        k += 1
    return out, k


def _unit_cell(cell: str, units_of: Callable[[str], list[str] | None]) -> list[str] | None:
    """The names in a unit cell (a list of names, one cell's lines joined), or None when the cell is a task's text."""
    if len(cell) > 80 or re.search(r"[。；;：:，,]$|[。：:]", cell):
        return None
    names = unit_names(cell, units_of)
    if names is None:
        return None
    out: list[str] = []
    for name in names:
        if len(name) == 1 and out:
            out[-1] += "、" + name            # 相关委、办、局: one name of kinds, not three
        else:
            out.append(name)
    names = out
    if names and all(units_of(n) is None for n in names) and not all(
            re.search(r"(?:局|委|办|队|处|科|站|所|中心|部|院|街道|镇|乡|政府|公司)$", n) for n in names):
        return None
    return names


# what follows a list in a plan's trailer, no cell of it: the copy list, the issue line, a note, the next annex, a
# date (抄送：… / 某区人民政府办公室  2023年3月1日印发 / 注：… / 附件2)
_AFTER_LIST = re.compile(r"(?:抄送|抄报|主送|印发|注[：:]|说明[：:]|附件\s*\d|附[：:])|.{0,20}印发$|"
                         r"(?:\d{4}|[〇一二三四五六七八九零]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$")
# a 完成时限 cell (2023年12月底 / 持续推进 / 长期 / 三季度), short, with no stop
_TIME_CELL = re.compile(r"[^。；;，,]{1,20}")


def _list_ends(cells: list[str], k: int, units_of: Callable[[str], list[str] | None]) -> bool:
    """Whether the run of unit cells from cell ``k`` ends the text or stands before what follows a list."""
    while k < len(cells) and _unit_cell(cells[k], units_of) is not None:
        k += 1
    return k >= len(cells) or _AFTER_LIST.match(cells[k].replace("\n", "")) is not None


def attached_rows(text: str) -> list[Row]:
    """The rows of an attached task list in either layout (see the module's text), or []."""
    rows = [Row(number=n, text=t, lead=lead, resp=resp, deadline=due)
            for n, t, lead, resp, due in project_rows(text, _units_of)]
    return rows or [Row(number=n, text=t) for n, t in unitless_rows(text, column_of)]


def project_rows(text: str,
                 units_of: Callable[[str], list[str] | None]) -> list[tuple[str, str, list[str], list[str], str]]:
    """The rows (number, text, lead, other units, deadline cell) of a task list whose projects are numbered in their
    own cell under a header with no 序号 column (类别 / 项目 / 主要任务 / 牵头单位 / 配合单位 [/ 完成时限])."""
    lines, glued = cell_lines(text, str.strip)
    cells = [c for c, _ in join_cells(lines, glued, 0, len(lines))]
    rows: list[list[Any]] = []
    k = 0
    while k < len(cells):
        head, after = _header_cells(cells, k)
        kinds = _header(head) if len(head) >= 3 else []
        units = [x for x in kinds if x in ("lead", "resp")]
        if not task_header(kinds) or kinds.index("task") > kinds.index(units[0]):
            k += 1
            continue
        k = after
        want = 1
        current: list[Any] = []
        slot = 0                              # the unit cells read since the last task text
        last_unit = ""                        # the last unit cell as printed
        while k < len(cells):
            cell = cells[k]
            flat = cell.replace("\n", "")
            project = _PROJECT.fullmatch(flat)
            if _AFTER_LIST.match(flat):
                break                         # 抄送：… / 2023年3月1日印发: the list has ended
            if project and int(project.group(1) or project.group(2)) == want:
                current = [str(want), [project.group(3)], [], [], ""]
                rows.append(current)
                want += 1
                slot = 0
            elif GROUP_ROW.match(flat):
                pass                          # 二、推进基层消防安全组织建设: a 类别 row
            elif not current:
                break                         # the list has no numbered project where one should stand
            elif (names := _unit_cell(cell, units_of)) is not None and current[1][1:]:
                if slot >= len(units) and not re.search(r"[、，,]$", last_unit) and _list_ends(cells, k, units_of):
                    break                     # names after the row's last unit cell with no row after them: the
                                              # issuer over the date after the list (某区民政局 / 2023年…)
                # a unit cell more than the header has: the last column's cell set off over two (区委编办、 / 各街道)
                column = units[min(slot, len(units) - 1)]
                target = current[2] if column == "lead" else current[3]
                target.extend(n for n in names if n not in target)
                slot += 1
                last_unit = flat
            elif re.search(r"[。；;]", flat) or len(flat) > 30 or not current[1][1:]:
                current[1].append(flat)       # a 主要任务 cell (the project's first or a later one; the first one
                slot = 0                      # right after the project's cell whatever its length: 新增助餐点20个)
            elif "deadline" in kinds and slot and not current[4] and _TIME_CELL.fullmatch(flat):
                current[4] = flat             # 完成时限: 2023年12月底 / 持续推进
            else:
                break                         # something after the list (a signature, a date)
            k += 1
        break
    out = []
    for number, texts, lead, others, due in rows:
        if len(texts) < 2:
            continue
        # (a list whose only unit column is 责任单位 keeps its units responsible, as the 序号-table reader does; a
        # 牵头 cell left empty (—) names no lead: its 配合 units are no lead either)
        out.append((number, texts[0] + "\n" + "".join(texts[1:]), lead, [n for n in others if n not in lead], due))
    return out if len(out) >= 2 else []


def unitless_rows(text: str, column_of: Callable[..., str | None]) -> list[tuple[str, str]]:
    """The rows (number, task text) of a task list with no unit column (序号 / 主要领域 / 重点任务或项目): the
    header's last cell names the tasks, the others a number and an area; a row's last cell is its task (the area
    cell, merged over a group's rows, stands on a group's first row only). A table of figures (指标名称 / 指标单位 /
    目标值) or one with a unit or a time column is not such a list."""
    lines, glued = cell_lines(text, str.strip)
    cells = [c.replace("\n", "") for c, _ in join_cells(lines, glued, 0, len(lines))]
    for k, cell in enumerate(cells):
        if column_of(re.sub(r"\s", "", cell)) != "number":
            continue
        head: list[str] = []
        m = k + 1
        while m < len(cells) and len(head) < 4 and re.fullmatch(r"[\u4e00-\u9fff\s]{2,10}", cells[m]) \
                and cells[m] != "1":
            head.append(re.sub(r"\s", "", cells[m]))
            m += 1
        if not head or not _LIST_TASK_HEAD.fullmatch(head[-1]) or any(_NOT_LIST_HEAD.search(h) for h in head) \
                or not all(_ASIDE.fullmatch(h) for h in head[:-1]):
            continue
        want = 1
        found: list[tuple[str, list[str]]] = []
        while m < len(cells):
            if cells[m] == str(want):
                found.append((cells[m], []))
                want += 1
            elif found and found[-1][1] and re.search(r"[，,、]$", found[-1][1][-1]) \
                    and not ROW_NUMBER.fullmatch(cells[m]):
                found[-1][1][-1] += cells[m]  # 建成…5家， / 其中新建3家…。: one task cell set off over two blocks
            elif not found or len(found[-1][1]) >= len(head) or ROW_NUMBER.fullmatch(cells[m]) or any(
                    not _AREA.fullmatch(x) for x in found[-1][1]):
                break                         # a cell more than the header has, a number out of turn, or a cell
                                              # after the row's task (the text after the list)
            else:
                found[-1][1].append(cells[m])
            m += 1
        if len(found) >= 3 and all(got for _, got in found):
            return [(number, got[-1]) for number, got in found]
    return []


def other_work(body: list[Task], rows: list[Task]) -> bool:
    """Whether an attached table's rows (``rows``, tasks) are work of their own beside the body's items (``body``,
    tasks), not the body's measures tabled again: the body's items name units (in their prose too) and no row's
    title repeats the body's words (a table of activities under 附件2 after a notice's 有关要求). Both are then kept."""
    if not body or not rows or not any(t.lead_units or t.responsible_units for t in body) \
            or not column_units(rows):
        return False               # (a table's rows: their units from its unit column, not from sentences)
    said = "".join(t.text for t in body)
    for t in rows:
        title = re.sub(r"[^\u4e00-\u9fff]", "", t.title)
        pairs = {title[k:k + 2] for k in range(len(title) - 1)}
        if not pairs or sum(p in said for p in pairs) / len(pairs) >= 0.5:
            return False
    return True
