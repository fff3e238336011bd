"""Task tables pasted from a web page one cell a line (ux61 plan B): a header run of column words, one a line, with a
column the words do not name (评价项目) and a task column named with what the work must meet (评价内容及要求), then
rows of the same number of lines — or rows with a cell broken over two lines — read as tasks; a table no reader can
rebuild named in a warning; one-line paragraphs that are no table left alone. Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.columns import header_columns
from desktop.core.parse.unread_tables import unread_table_warning

_HEAD = ("某某县食品安全示范县创建任务分解表\n\n一、任务分解\n"
         "序号\n评价项目\n评价内容及要求\n牵头单位\n配合单位\n完成时限\n")
_ROWS = [
    ("1", "源头治理", "耕地土壤污染状况详查完成率达到100%，农药包装废弃物回收率不低于80%。",
     "县农业农村局", "县生态环境局、各乡镇人民政府", "2026年6月底前"),
    ("2", "过程监管", "食品生产企业风险分级管理覆盖率达到100%，校园食堂明厨亮灶覆盖率达到95%以上。",
     "县市场监管局", "县教育局，各乡镇人民政府", "2026年9月底前"),
    ("3", "社会共治", "食品安全知识知晓率达到85%以上，投诉举报按时办结。", "县委宣传部",
     "县市场监管局、县融媒体中心", "2026年11月底前"),
]
_TAIL = "\n二、工作要求\n各牵头单位每季度末向县食安办报送进展情况。\n"


def _text(rows: list[tuple[str, ...]]) -> str:
    return _HEAD + "".join("\n".join(r) + "\n" for r in rows) + _TAIL


def _rows(text: str) -> list[tuple[list[str], list[str], str | None]]:
    return [(t.lead_units, t.responsible_units, t.deadline) for t in parse_text(text).tasks
            if t.key.startswith("一.")]


_EXPECTED = [
    (["县农业农村局"], ["县生态环境局", "各乡镇人民政府"], "2026-06-30"),
    (["县市场监管局"], ["县教育局", "各乡镇人民政府"], "2026-09-30"),
    (["县委宣传部"], ["县市场监管局", "县融媒体中心"], "2026-11-30"),
]


def test_a_regular_table_with_an_unnamed_column_reads_every_row():
    plan = parse_text(_text(_ROWS))
    rows = [t for t in plan.tasks if t.key.startswith("一.")]
    assert [t.key for t in rows] == ["一.1", "一.2", "一.3"]
    assert _rows(_text(_ROWS)) == _EXPECTED
    assert rows[0].text.startswith("耕地土壤污染状况详查")          # the 评价项目 cell is not the task's text
    assert [x.value for x in rows[1].targets] == [100.0, 95.0]
    assert not any("没有读成任务" in w for w in plan.warnings)


def test_a_text_cell_broken_over_two_lines_keeps_the_columns():
    rows = list(_ROWS)
    rows[1] = (*rows[1][:2], "食品生产企业风险分级管理覆盖率达到100%，", "校园食堂明厨亮灶覆盖率达到95%以上。",
               *rows[1][3:])
    assert _rows(_text(rows)) == _EXPECTED


def test_a_unit_cell_broken_over_two_lines_keeps_the_columns():
    rows = list(_ROWS)
    rows[0] = (*rows[0][:4], "县生态环境局、", "各乡镇人民政府", rows[0][5])
    assert _rows(_text(rows)) == _EXPECTED


def test_a_long_unnamed_cell_and_a_broken_text_cell_in_the_last_row():
    rows = list(_ROWS)
    rows[2] = ("3", "社会共治与诚信体系建设", "食品安全知识知晓率达到85%以上，", "投诉举报办结率达到98%。",
               *rows[2][3:])
    plan = parse_text(_text(rows))
    last = next(t for t in plan.tasks if t.key == "一.3")
    assert last.text.startswith("食品安全知识知晓率")
    assert (last.lead_units, last.responsible_units) == (["县委宣传部"], ["县市场监管局", "县融媒体中心"])
    assert last.deadline == "2026-11-30"        # (the last row a line longer: its cells not shifted a column)


def test_the_task_column_named_with_its_standard_is_the_task_column():
    lines = ["序号", "评价项目", "评价内容及要求", "牵头单位", "配合单位", "完成时限", "1"]
    head = header_columns(lines, 0)
    assert head is not None and head[0] == 6 and head[1].get("task") and head[1].get("other")
    # (no task word before 及: 推进情况及成效 names no task column, and the header is no task table's)
    assert header_columns(["序号", "评价项目", "推进情况及成效", "牵头单位", "1"], 0) is None


def test_a_table_no_reader_rebuilt_is_named_in_a_warning():
    text = _text(_ROWS)
    warning = unread_table_warning(text, [])
    assert "序号、评价项目、评价内容及要求、牵头单位、配合单位、完成时限" in warning and "3 行" in warning
    assert "制表符" in warning and ".docx" in warning
    assert unread_table_warning(text, parse_text(text).tasks) == ""


def test_one_line_paragraphs_are_no_table():
    text = ("关于报送材料的通知\n\n一、报送材料\n序号\n材料名称\n提交要求\n1\n营业执照复印件\n2\n法定代表人身份证明\n"
            "二、报送时间\n各单位于2026年5月10日前报送县市场监管局。\n")
    assert unread_table_warning(text, []) == ""
    assert all(not t.key.startswith("一.") or not t.lead_units for t in parse_text(text).tasks)
    # a prose line among short lines under 序号: no header run, no table
    prose = ("某某工作方案\n\n一、主要任务\n序号\n工作任务\n各单位要高度重视，认真落实。\n牵头单位\n1\n开展宣传。\n"
             "县委宣传部\n2\n开展检查。\n县市场监管局\n")
    assert unread_table_warning(prose, []) == ""
