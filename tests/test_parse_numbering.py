"""Numbering the parser must follow: items past 99, dates and names right after the number,
（一）… running on across sections (issues 10 and 12)."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def _plan(n: int, per_section: int) -> str:
    lines = ["某市重点工作任务分解方案"]
    cn = "一二三四五六七八九十"
    for i in range(1, n + 1):
        if (i - 1) % per_section == 0:
            s = (i - 1) // per_section
            lines.append(f"{cn[s]}、第{s + 1}部分")
        lines.append(f"{i}.落实第{i}项工作，确保取得实效。（牵头单位：市发改委；责任单位：市财政局）")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("n,per_section", [(120, 30), (5000, 500)])
def test_every_numbered_task_is_kept_past_99(n, per_section):
    plan = parse_text(_plan(n, per_section))
    assert [int(t.number) for t in plan.tasks] == list(range(1, n + 1))
    assert all(t.text.startswith(f"落实第{t.number}项工作") for t in plan.tasks)
    assert all(t.lead_units == ["市发改委"] for t in plan.tasks)


def test_a_date_or_a_number_right_after_the_item_number():
    plan = parse_text("2017年某区专项整治方案\n一、工作步骤\n（一）排查整治阶段（9月1日至11月30日）\n"
                      "1.9月30日前，区建设管理委完成底数排查。\n2.11月30日前，逐一制定整改计划。\n"
                      "二、重点项目\n10.“羊城学者”特聘岗位项目。设立50个岗位。\n11.121人才梯队项目。培养不少于100名后备人才。\n"
                      "12.博士后培养项目。培养不少于400名。\n")
    assert [(t.key, t.title) for t in plan.tasks] == [
        ("一.一.1", "9月30日前，区建设管理委完成底数排查"), ("一.一.2", "11月30日前，逐一制定整改计划"),
        ("二.10", "“羊城学者”特聘岗位项目"), ("二.11", "121人才梯队项目"), ("二.12", "博士后培养项目")]
    assert plan.tasks[0].deadline == "2017-09-30"


def test_figures_in_a_table_are_not_items():
    plan = parse_text("某区方案\n一、任务\n1.建设公园。\n2.建设绿道。\n3.建设湿地。\n片区\n面积\n4.42\n64.12\n4.73\n")
    assert [t.number for t in plan.tasks] == ["1", "2", "3"]


def test_a_year_with_a_dot_is_no_item():
    plan = parse_text("某县方案\n一、任务\n1.建设公园。\n2.建设绿道。\n2024.3.1起施行。\n")
    assert [t.number for t in plan.tasks] == ["1", "2"]
