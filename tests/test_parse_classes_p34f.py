"""Round 34 (p34f), task tables: one reading of a task table's header for every table reader (table_heads), and the
classes of table rows mended this round — made-up tables written the way plans print them, with near-misses."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.cell_blocks import cell_lines, header_kinds
from desktop.core.parse.columns import header_columns, table_rows
from desktop.core.parse.read import header_row
from desktop.core.parse.table_heads import head_column, task_header

# -- one reading of a header cell (table_heads.head_column) ---------------------------------------------------------


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


# -- each reader asks the same questions ----------------------------------------------------------------------------


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


# -- a table with no 序号 whose rows carry their numbers (1.…) and whose category cells are lost ----------------------

_GOALS = ("某市儿童发展规划目标责任分解表\n\n类别\n\n主要目标\n\n主要责任单位\n\n责任单位\n\n"
          "1.儿童健康水平稳步提高。\n\n——到2030年，儿童体检覆盖率达到95%以上。\n\n市卫生健康委\n\n市教育局\n\n"
          "市体育局\n\n"
          "2.儿童营养状况持续改善。\n\n——学生体质健康达标率提高。\n\n市教育局\n\n市卫生健康委\n\n"
          "——儿童贫血患病率控制在10%以下。\n\n市卫生健康委\n\n市市场监管局\n\n"
          "1.儿童平等接受学前教育。\n\n市教育局\n\n市发展改革委\n\n市财政局\n")


def test_rows_numbered_in_their_first_cell_under_a_header_without_a_number_column_are_read_with_their_units():
    rows = table_rows(_GOALS)
    assert [r.number for r in rows] == ["1", "2", "1"]       # the next category (its cell lost) numbers from 1
    assert (rows[0].lead, rows[0].resp) == (["市卫生健康委"], ["市教育局", "市体育局"])
    # a unit cell under each sub-goal (merged cells): the row's units are all of them, each group led by its first
    assert (rows[1].lead, rows[1].resp) == (["市教育局", "市卫生健康委"], ["市市场监管局"])
    assert "贫血患病率控制在10%以下" in rows[1].text
    assert (rows[2].lead, rows[2].resp) == (["市教育局"], ["市发展改革委", "市财政局"])


def test_a_plan_that_is_such_a_table_gives_each_row_as_a_task_with_its_units():
    tasks = parse_text(_GOALS).tasks
    assert [t.key for t in tasks] == ["1", "2", "1"]
    assert (tasks[0].lead_units, tasks[0].responsible_units) == (["市卫生健康委"], ["市教育局", "市体育局"])
    assert (tasks[2].lead_units, tasks[2].responsible_units) == (["市教育局"], ["市发展改革委", "市财政局"])


def test_a_category_header_over_unnumbered_text_is_no_table():
    page = "某市儿童发展规划目标责任分解表\n\n类别\n\n主要目标\n\n责任单位\n\n儿童健康水平稳步提高。\n\n市卫生健康委\n"
    assert table_rows(page) == []


# -- a short name the unit words miss, one a line between names (省人口计生 as printed) ---


def test_a_short_name_between_unit_lines_is_a_unit_as_printed():
    page = ("序号\n\n工作任务\n\n牵头单位\n\n配合单位\n\n1\n\n开展妇女两癌筛查。\n\n省卫生厅\n\n省发改委\n\n"
            "省人口计生\n\n省妇联\n\n2\n\n推进托育服务。\n\n省卫生厅\n\n省民政厅\n")
    rows = table_rows(page)
    assert rows[0].resp == ["省发改委", "省人口计生", "省妇联"]


def test_a_short_cell_after_the_last_unit_is_no_unit():
    page = ("序号\n\n工作任务\n\n牵头单位\n\n配合单位\n\n1\n\n开展妇女两癌筛查。\n\n省卫生厅\n\n省发改委\n\n"
            "全年推进\n\n2\n\n推进托育服务。\n\n省卫生厅\n\n省民政厅\n")
    rows = table_rows(page)
    assert (rows[0].lead, rows[0].resp) == (["省卫生厅"], ["省发改委"])


# -- a header cell's kind printed on the line under it (责任部门 / （单位）), a number column named 项目序号 ---


def test_a_unit_header_with_its_kind_on_the_next_line_is_one_cell_and_rows_are_read_by_column():
    page = ("项目序号\n\n工作任务\n\n完成时间\n\n责任部门\n（单位）\n\n配合部门\n（单位）\n\n"
            "1\n\n制定排水设施移交方案。\n\n2025年6月\n\n区建设管理委\n\n区财政局\n\n"
            "2\n\n完成设施移交。\n\n2025年12月\n\n区建设管理委\n\n上海城投集团\n")
    lines, glued = cell_lines(page, str.strip)
    head = header_columns(lines, 0)
    assert head is not None and head[1].get("units") == 2
    assert header_kinds(lines, glued, 0, head[0], head[1]) == ["number", "task", "deadline", "resp", "resp"]
    rows = table_rows(page)
    assert [(r.number, r.resp or r.lead, r.deadline) for r in rows] == [
        ("1", ["区建设管理委", "区财政局"], "2025年6月"), ("2", ["区建设管理委", "上海城投集团"], "2025年12月")]


def test_a_bracketed_line_that_is_no_kind_of_unit_stays_out_of_the_header():
    lines, _ = cell_lines("序号\n\n工作任务\n\n责任单位\n（暂定）\n\n1\n\n开展排查。\n\n区应急局\n", str.strip)
    head = header_columns(lines, 0)
    assert head is not None and lines[head[0]] == "（暂定）"
