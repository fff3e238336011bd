"""Round 54 second wave (w54e): a task table one cell a line with no 序号 column whose first column names each row
(演练科目) and whose second column is the row's content in words no task column uses (情景构建).

``text_tables._unnumbered_cell_table`` reads such a table when its first header cell names the rows (名称 / 项目名称,
read.NAME_HEAD) and another header cell is the task column (工作任务与目标). A drill plan's table names its rows
by the drill (演练科目, also 培训科目 / 竞赛科目) and its content column by what the drill stages (情景构建): the
first cell is now a name column too, and the one cell after it that no header word names is the row's task. Each
row is still read only while its cells fit (units in the unit cells, a time in the time cell). Near misses: a
table in the body whose first column names no row (a table of figures) stays no task; a header with no unit
column is no task table. Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text


def rows(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(t.title, t.lead_units, t.responsible_units) for t in parse_text(text).tasks]


def drill_table(bar: str, first: str = "演练科目", second: str = "情景构建") -> str:
    cells = [first, second, "牵头单位", "责任单位", "时限要求",
             "森林火灾", "某林场发生山火，威胁周边村庄，组织扑救和疏散群众。", "县林业局", "县应急局、县公安局",
             "3月底前完成演练",
             "地震灾害", "自行构建演练情景", "县地震办", "县住建局、县民政局", "10月中旬完成演练"]
    return "某县2024年应急演练任务表\n" + "\n".join(c + bar for c in cells) + "\n"


def test_drill_rows_read_with_bars() -> None:
    assert rows(drill_table(" |")) == [
        ("森林火灾", ["县林业局"], ["县应急局", "县公安局"]),
        ("地震灾害", ["县地震办"], ["县住建局", "县民政局"]),
    ]


def test_drill_rows_read_without_bars() -> None:
    assert [r[0] for r in rows(drill_table(""))] == ["森林火灾", "地震灾害"]


def test_training_subject_names_rows_too() -> None:
    assert [r[0] for r in rows(drill_table(" |", first="培训科目", second="培训方式"))] == ["森林火灾", "地震灾害"]


def test_near_miss_first_column_names_no_rows() -> None:
    # 地区 / 指标 / 牵头单位 …: the first column is no row's name, the table is no task table read here
    assert rows(drill_table(" |", first="地区", second="指标")) == []


def test_near_miss_no_unit_column() -> None:
    text = ("某县应急演练安排\n演练科目 |\n情景构建 |\n参演人数 |\n时限要求 |\n"
            "森林火灾 |\n某林场发生山火。 |\n120人 |\n3月底前 |\n"
            "地震灾害 |\n自行构建演练情景 |\n80人 |\n10月中旬 |\n")
    assert rows(text) == []


def test_drill_content_is_the_task_text() -> None:
    first = parse_text(drill_table(" |")).tasks[0]
    assert first.title == "森林火灾" and "组织扑救和疏散群众" in first.text
