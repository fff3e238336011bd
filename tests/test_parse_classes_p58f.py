"""A cover notice over the task list it sends as its attachment, in either layout, and a liaison's count and day
(CONVENTIONS.md, Round 76 rulings). Made-up texts of the forms, not the tester's plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.parse import parse_text, read_plan_file
from desktop.core.parse.cover_lists import annex_marked

_HEAD = """长宁县人民政府关于分解落实2025年重点工作任务的通知
长政〔2025〕5号

各镇人民政府，县政府各部门：
　　经县政府研究，现将2025年重点工作任务予以分解，请各牵头单位和责任单位认真抓好落实。
　　一、细化分解抓推进。各牵头单位要明确责任人和序时进度，于2025年3月15日前将细化方案报县政府办公室。
　　二、强化调度抓考核。各牵头单位每月10日前向县政府办公室报送上月工作进展；6月底前报送半年工作小结。
"""
_SIGN = """
长宁县人民政府
2025年2月20日
"""
_LIST = """2025年长宁县重点工作任务分解表

一、稳定经济增长
1.新增规模以上企业12家。（牵头单位：县工信局；责任单位：各镇人民政府）
2.完成固定资产投资40亿元。（牵头单位：县发改局；责任单位：县住建局；完成时限：2025年12月底前）
二、改善民生保障
3.新建托育机构4所。（牵头单位：县卫健局；责任单位：县教育局；完成时限：2025年9月底前）
4.改造农村公路30公里。（牵头单位：县交通局；责任单位：各镇人民政府）
"""
_NAME = "2025年长宁县重点工作任务分解表"


def _check_cover_and_list(plan) -> None:
    keys = [t.key for t in plan.tasks]
    assert keys == ["一", "二", "附件.1", "附件.2", "附件.3", "附件.4"]
    first = plan.tasks[0]
    assert first.deadline == "2025-03-15" and first.lead_units == [] and first.responsible_units == []
    by = {t.key: t for t in plan.tasks}
    assert by["附件.1"].lead_units == ["县工信局"] and by["附件.1"].responsible_units == ["各镇人民政府"]
    assert [(g.value, g.unit) for g in by["附件.1"].targets] == [(12.0, "家")]
    assert by["附件.2"].deadline == "2025-12-31"
    assert by["附件.3"].lead_units == ["县卫健局"] and by["附件.3"].responsible_units == ["县教育局"]
    assert by["附件.3"].deadline == "2025-09-30"
    assert by["附件.4"].deadline is None
    duties = {(d.kind, d.due, d.every) for d in plan.duties}
    assert ("half_year_summary", "2025-06-30", None) in duties
    assert any(d.every == "month" for d in plan.duties)


def test_annex_named_on_its_line_over_the_list():
    """「附件：X」 on one line, X printed again over the list after the signature: the cover's points kept, the
    list's items 附件/1 … by the list's own numbers, its group lines adding nothing to the path."""
    _check_cover_and_list(parse_text(_HEAD + f"\n附件：{_NAME}\n" + _SIGN + "\n" + _LIST))


def test_annex_label_alone_with_the_name_below():
    _check_cover_and_list(parse_text(_HEAD + f"\n附件：\n{_NAME}\n" + _SIGN + "\n" + _LIST))


def test_bare_annex_after_the_signature():
    _check_cover_and_list(parse_text(_HEAD + _SIGN + "\n附件\n\n" + _LIST))


def test_list_numbered_again_under_each_group_keeps_its_groups():
    """A list numbered 1. 2. again under each group: its groups stay in the path (no two items 附件/1)."""
    again = _LIST.replace("3.新建", "1.新建").replace("4.改造", "2.改造")
    plan = parse_text(_HEAD + f"\n附件：{_NAME}\n" + _SIGN + "\n" + again)
    assert [t.key for t in plan.tasks] == ["一", "二", "附件.一.1", "附件.一.2", "附件.二.1", "附件.二.2"]


def test_annex_marked_forms():
    assert annex_marked(f"附件：{_NAME}\n\n长宁县人民政府\n2025年2月20日\n\n{_NAME}\n一、…\n")
    assert annex_marked(f"附件：\n{_NAME}\n")
    # near misses: a 附件 line naming what is not printed after it, a numbered list of names on the 附件 line
    assert not annex_marked(f"附件：{_NAME}\n\n长宁县人民政府\n2025年2月20日\n")
    assert not annex_marked("附件：1.重点项目清单\n2.责任分工表\n\n长宁县人民政府\n1.重点项目清单\n")


def _write_docx(path: Path) -> None:
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    for line in _HEAD.strip("\n").split("\n"):
        doc.add_paragraph(line.strip("　"))
    doc.add_paragraph("")
    doc.add_paragraph("附件：")
    doc.add_paragraph(_NAME)
    for line in _SIGN.strip("\n").split("\n"):
        doc.add_paragraph(line)
    doc.add_paragraph(_NAME)
    rows = [("序号", "工作任务", "牵头单位", "责任单位", "完成时限"),
            ("一、稳定经济增长",),
            ("1", "新增规模以上企业12家。", "县工信局", "各镇人民政府", ""),
            ("2", "完成固定资产投资40亿元。", "县发改局", "县住建局", "2025年12月底前"),
            ("二、改善民生保障",),
            ("3", "新建托育机构4所。", "县卫健局", "县教育局", "2025年9月底前"),
            ("4", "改造农村公路30公里。", "县交通局", "各镇人民政府", "")]
    table = doc.add_table(rows=len(rows), cols=5)
    for r, cells in enumerate(rows):
        if len(cells) == 1:                 # a group line: one cell merged over the row
            merged = table.cell(r, 0).merge(table.cell(r, 4))
            merged.text = cells[0]
            continue
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    doc.save(str(path))


def test_docx_table_reads_as_the_text_list(tmp_path):
    """The same plan as a Word table with merged group rows and 「附件：」 split from the name: read alike."""
    path = tmp_path / "cover.docx"
    _write_docx(path)
    _check_cover_and_list(parse_text(read_plan_file(path)))


_LIAISON = """某市2025年建议提案办理工作方案
一、工作任务
（一）动员部署
1.召开交办会议，部署办理工作。（责任单位：市政府督查室；完成时限：2025年3月10日前）
2.各承办单位明确一名分管负责同志和一名联络员，填写联络员登记表。（责任单位：各承办单位；完成时限：2025年3月22日前）
"""


def test_liaison_named_by_the_items_day():
    plan = parse_text(_LIAISON)
    task = next(t for t in plan.tasks if t.key == "一.一.2")
    assert task.responsible_units == ["各承办单位"] and task.deadline == "2025-03-22"
    assert [(g.value, g.unit) for g in task.targets] == [(1.0, "名")]
    liaison = [d for d in plan.duties if d.kind == "liaison"]
    assert [(d.due, d.every) for d in liaison] == [("2025-03-22", None)]


def test_liaison_undated_where_the_item_prints_no_day():
    plan = parse_text(_LIAISON.replace("；完成时限：2025年3月22日前", ""))
    task = next(t for t in plan.tasks if t.key == "一.一.2")
    assert task.responsible_units == ["各承办单位"] and task.deadline is None
    liaison = [d for d in plan.duties if d.kind == "liaison"]
    assert [(d.due, d.every) for d in liaison] == [(None, None)]
