"""Issue 10 round 9: the failure classes of tests/data/plans-last (its BASELINE.md) still open after
round 8, each on short made-up texts of the same shape, then the real case (the scorer covers whole
plans: tests/test_parse_score.py)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.parse import parse_file, parse_text

LAST = Path(__file__).parent / "data" / "plans-last"


def _last(prefix: str):
    return parse_file(next(LAST.glob(prefix + "_*.txt")))


# --- 2. a task table one cell a line: a task column the header words do not name, several units
#        one a line in the one unit cell, time limits with what is due then -------------------------

_COVER = ("某县人民政府办公室关于做好2023年为民办实事工作的通知\n各乡镇人民政府,县级各部门:\n"
          "现将2023年为民办实事项目分解表印发给你们,请认真抓好落实。\n某县人民政府办公室\n2023年3月2日\n附件\n"
          "2023年为民办实事项目分解表\n")


def test_a_one_cell_table_with_a_column_named_otherwise_and_units_one_a_line():
    plan = parse_text(_COVER + "序号\n办实事项目\n责任单位\n完成时限\n1\n新建城区公办幼儿园3所。\n县教育局\n"
                      "县住建局\n县自然资源局\n10月底前\n2\n改造农村公路45公里。\n县交通运输局\n12月底前\n"
                      "3\n建成社区养老服务站6个。\n县民政局\n县财政局\n8月投入使用\n")
    assert [t.number for t in plan.tasks] == ["1", "2", "3"]
    first, second, third = plan.tasks
    assert first.responsible_units == ["县教育局", "县住建局", "县自然资源局"]
    assert first.lead_units == []
    assert first.deadline == "2023-10-31"
    assert second.responsible_units == ["县交通运输局"]
    assert second.deadline == "2023-12-31"
    assert third.responsible_units == ["县民政局", "县财政局"]
    assert third.deadline is not None and third.deadline.startswith("2023-08")
    assert [(g.value, g.unit) for g in first.targets] == [(3, "所")]


def test_a_time_limit_that_names_the_work_due_is_the_deadline_not_text():
    plan = parse_text(_COVER + "序号\n民生项目\n实施单位\n时限\n1\n建设城东污水处理厂。\n县水务局\n6月底前开工\n"
                      "2\n完成老旧小区改造12个。\n县住建局\n县城管局\n11月底前完工\n")
    first, second = plan.tasks
    assert first.deadline == "2023-06-30" and first.responsible_units == ["县水务局"]
    assert second.deadline == "2023-11-30" and second.responsible_units == ["县住建局", "县城管局"]
    assert "完工" not in second.text


def test_a_table_of_figures_with_a_units_column_word_stays_no_task_table():
    # 序号 / 指标 / 单位 / 数值: no unit column (单位 is the measure), so no rows are tasks
    plan = parse_text("一、主要指标\n1.地区生产总值增长6%左右。（县发改局负责）\n附件\n序号\n指标\n单位\n数值\n1\n"
                      "粮食产量\n万吨\n32\n")
    assert [t.number for t in plan.tasks] == ["1"]


def test_e13_table_rows_are_tasks_with_their_units():
    plan = _last("e13")
    assert len(plan.tasks) == 10
    assert plan.tasks[0].responsible_units == ["县水务局", "县住建局", "县护城河指挥部"]
    assert plan.tasks[1].deadline is not None and plan.tasks[1].deadline.startswith("2016-09")
