"""Round 34 (p34f), task tables: one reading of a task table's header for every table reader (table_heads), and the
classes of table rows mended this round — made-up tables written the way plans print them, with near-misses."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.cell_blocks import cell_lines, header_kinds
from desktop.core.parse.columns import header_columns, table_rows
from desktop.core.parse.read import header_row
from desktop.core.parse.table_heads import head_column, task_header

# -- one reading of a header cell (table_heads.head_column) ----------------------------------------------------------


def test_a_header_cell_names_its_column_by_the_header_words_or_as_a_unit_column_they_do_not_list():
    assert head_column("牵头单位") == "lead"
    assert head_column("牵头单位（部门）") == "lead"          # a .docx header: the word with its kind
    assert head_column("配合科室") == "resp"                 # a department's offices named as its units
    assert head_column("主要部门") == "resp"                 # a unit column the header words do not list
    assert head_column("责任股室") == "resp"
    assert head_column("完成时限") == "deadline"
    assert head_column("序号") == "number"
    assert head_column("分管市领导") == "leader"


def test_a_bare_unit_of_measure_is_no_unit_column_and_unlisted_units_can_be_left_to_the_words():
    assert head_column("单位") is None                       # 指标名称 | 单位 | 目标值: a figure's unit
    assert head_column("计量单位") is None
    assert head_column("主要部门", unlisted=False) is None   # (a project list reads only the header words)
    assert head_column("牵头单位", unlisted=False) == "lead"


def test_a_task_header_names_a_task_column_and_a_unit_column():
    assert task_header(["number", "task", "lead", "resp", "deadline"])
    assert task_header(["name", "resp"])                     # 项目名称 | 建设单位
    assert task_header(["number", "task", "guide"])          # 指导部门: units that guide the work
    assert not task_header(["number", "task", "deadline"])   # no unit column
    assert not task_header(["number", "task", "leader"])     # persons, not units
    assert not task_header(["number", "lead", "resp"])       # no task column


# -- each reader asks the same questions ------------------------------------------------------------------------------


def test_a_row_of_cells_is_a_task_header_as_a_cell_block_header_is():
    assert header_row(["序号", "工作任务", "牵头单位", "配合单位", "完成时限"])
    assert header_row(["序号", "建设内容", "主要部门", "完成时间"])
    assert not header_row(["序号", "指标名称", "单位", "2025年目标值"])     # a table of figures
    lines, glued = cell_lines("序号\n\n工作任务\n\n主要部门\n\n完成时间\n\n1\n\n建成社区食堂5个。\n\n区民政局\n\n"
                              "2025年底\n", str.strip)
    head = header_columns(lines, 0)
    assert head is not None
    assert header_kinds(lines, glued, 0, head[0], head[1]) == ["number", "task", "resp", "deadline"]


def test_a_one_cell_a_line_header_without_a_unit_column_reads_no_rows():
    page = ("附件\n\n某区2025年重点工作清单\n\n序号\n\n工作任务\n\n完成时限\n\n"
            "1\n\n完成老旧小区改造3个。\n\n2025年底\n\n2\n\n新建口袋公园2座。\n\n2025年10月\n")
    assert table_rows(page) == []


def test_a_pipe_table_with_an_unlisted_unit_column_gives_its_rows_their_units():
    page = ("某区2025年为民办实事项目工作方案\n\n一、工作任务\n\n序号 | 项目内容 | 主要部门 | 完成时间\n"
            "1 | 新建社区食堂5个 | 区民政局 | 2025年12月底\n2 | 改造老旧电梯20台 | 区房管局 | 2025年10月底\n")
    got = {t.number: t.responsible_units for t in parse_text(page).tasks}
    assert got.get("1") == ["区民政局"] and got.get("2") == ["区房管局"], got
