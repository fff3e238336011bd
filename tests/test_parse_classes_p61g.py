"""Round 61 (p61g), from the clerk's try of round 61 (ux61, plan A): a 巡察／审计 整改 task list whose 存在问题 column
(its cell merged down the measures of one problem) was lost — each measure's task keeps it as 「存在问题：…」, the
title stays the measure, and the problem's figures and years are no targets or deadlines. Made-up texts of the
form, and near misses that must not fire."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from desktop.core.parse import parse_file, parse_text
from tests.test_parse_classes_p61e import _docx

_HEAD = ["中共某县水利局党组关于县委巡察组反馈意见整改落实方案", "某水党〔2025〕3号",
         "为抓好县委第一巡察组反馈意见整改，制定本方案。", "一、整改任务", "整改任务清单如下："]

_HEADER = ["序号", "存在问题", "整改措施", "责任领导", "责任单位", "整改时限"]
_ROWS = [
    ["1", "1.河道采砂监管不到位，2024年查处案件仅2起。", "建立河道采砂巡查制度，每月巡查不少于4次。", "王某",
     "水政监察大队", "2025年8月31日前"],
    ["2", "", "开展非法采砂专项整治行动。", "王某", "水政监察大队、各乡镇人民政府", "2025年10月31日前"],
    ["3", "2.水利工程资金拨付滞后，结余资金500万元未使用。", "清理结余资金，按规定统筹使用。", "李某", "计划财务股",
     "2025年9月30日前"],
]


def _merged_docx(path: Path, lines: list[str], rows: list[list[str]], col: int, top: int, bottom: int) -> Path:
    """The table of ``_docx`` with one column's cells merged down from row ``top`` to ``bottom``."""
    doc = Document(str(_docx(path, lines, rows)))
    table = doc.tables[0]
    text = table.cell(top, col).text
    table.cell(top, col).merge(table.cell(bottom, col)).text = text
    doc.save(str(path))
    return path


def _check(plan) -> None:
    assert [t.number for t in plan.tasks] == ["1", "2", "3"]
    first, second, third = plan.tasks
    assert first.title == "建立河道采砂巡查制度，每月巡查不少于4次"
    assert "存在问题：1.河道采砂监管不到位，2024年查处案件仅2起" in first.text
    assert "存在问题：1.河道采砂监管不到位，2024年查处案件仅2起" in second.text
    assert second.title == "开展非法采砂专项整治行动"
    assert "存在问题：2.水利工程资金拨付滞后，结余资金500万元未使用" in third.text
    assert first.responsible_units == ["水政监察大队"]
    assert second.responsible_units == ["水政监察大队", "各乡镇人民政府"]
    assert third.responsible_units == ["计划财务股"]
    assert [t.deadline for t in plan.tasks] == ["2025-08-31", "2025-10-31", "2025-09-30"]
    assert [(t.value, t.unit) for t in first.targets] == [(4, "次")]      # (not the problem's 2起)
    assert second.targets == [] and third.targets == []                   # (not 2起, not 500万元)
    assert first.leaders == ["王某"]


def test_a_rectification_table_in_word_keeps_each_measure_s_merged_problem(tmp_path):
    rows = [_HEADER, *_ROWS]
    rows[2] = [rows[1][1] if c == 1 else v for c, v in enumerate(rows[2])]
    plan = parse_file(_merged_docx(tmp_path / "z.docx", _HEAD, rows, 1, 1, 2))
    _check(plan)


def test_a_rectification_table_tab_separated_carries_the_problem_down_its_empty_cells():
    text = "\n".join([*_HEAD, *("\t".join(r) for r in [_HEADER, *_ROWS])]) + "\n"
    _check(parse_text(text))


def test_a_problem_is_not_carried_past_a_section_row():
    rows = [_HEADER, ["一、河湖管理方面", "", "", "", "", ""], _ROWS[0],
            ["二、资金管理方面", "", "", "", "", ""],
            ["2", "", "修订资金管理办法。", "李某", "计划财务股", "2025年9月30日前"]]
    plan = parse_text("\n".join([*_HEAD, *("\t".join(r) for r in rows)]) + "\n")
    last = next(t for t in plan.tasks if t.title == "修订资金管理办法")
    assert "存在问题" not in last.text
    assert last.responsible_units == ["计划财务股"] and last.deadline == "2025-09-30"


def test_near_miss_a_task_table_without_a_problem_column_is_unchanged(tmp_path):
    rows = [["序号", "工作任务", "备注", "责任单位", "完成时限"],
            ["1", "建立河道巡查制度，每月巡查4次。", "2024年已试行", "水政监察大队", "2025年8月31日前"]]
    plan = parse_file(_docx(tmp_path / "n.docx", _HEAD, rows))
    assert len(plan.tasks) == 1
    task = plan.tasks[0]
    assert "存在问题" not in task.text
    assert task.responsible_units == ["水政监察大队"] and task.deadline == "2025-08-31"
    assert [(t.value, t.unit) for t in task.targets] == [(4, "次")]


def test_near_miss_a_prose_item_naming_its_problem_and_measure_keeps_its_date():
    text = "\n".join(_HEAD[:3] + [
        "一、整改任务",
        "1.河道采砂问题整改。存在问题：采砂监管不到位；整改措施：建立巡查制度，2025年8月31日前完成。"
        "（责任单位：水政监察大队）"]) + "\n"
    plan = parse_text(text)
    assert len(plan.tasks) == 1
    assert plan.tasks[0].deadline == "2025-08-31"
    assert plan.tasks[0].responsible_units == ["水政监察大队"]
