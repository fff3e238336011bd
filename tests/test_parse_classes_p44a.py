"""Round 44 structure class (plans-next189's BASELINE.md class 1): an attached quota table printed one cell a line
that hands each town its share with its own completion time (乡镇 / 总面积 / … / 计划完成时间) is a task table — each
town row a task (the town responsible, its first figure the target in the table's measure, its time cell the
deadline), the 合计 row the plan's target. Near misses that must not change: a table of shares by town with no
completion-time column (per-year columns), an 指标分解表, a table whose header opens with 序号. Made-up snippets
written the way district notices attach such tables."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.quota_rows import quota_rows

BODY = ("某区人民政府关于下达某区2025年度低效建设用地减量化任务的通知\n\n各镇人民政府、各街道办事处：\n"
        "现将2025年度减量化任务分解下达，请认真贯彻执行：\n\n"
        "一、加快编制实施方案\n\n各镇要按照下达的任务，及时编制减量化实施方案。\n\n"
        "二、严格考核\n\n区规划资源局负责对各镇任务完成情况进行考核。\n\n"
        "特此通知\n\n附件：某区2025年度减量化任务计划表\n\n某区人民政府\n\n2025年3月1日\n\n附件\n\n")
HEAD = "2025\n年某区减量化任务计划表\n\n单位：公顷\n\n乡镇\n\n减量化面积\n\n{due}\n\n备注\n\n"
ROWS = ("甲镇\n\n18\n\n221\n、253\n\n2025\n年11月底\n\n郊野单元\n\n"
        "乙镇\n\n12\n\n221\n\n2025\n年12月底\n\n"
        "丙新区\n\n7.5\n\n253\n\n2025\n年12月底\n\n增减挂钩\n\n"
        "合计\n\n37.5\n\n注：备注填写减量方式。\n")


def test_a_quota_table_with_a_completion_column_gives_a_task_a_town():
    rows, total = quota_rows(HEAD.format(due="计划完成时间") + ROWS)
    assert [(r.resp, r.deadline) for r in rows] == [
        (["甲镇"], "2025年11月底"), (["乙镇"], "2025年12月底"), (["丙新区"], "2025年12月底")]
    assert total == "合计37.5公顷"


def test_the_rows_are_tasks_beside_the_body_and_the_total_is_the_plans_target():
    plan = parse_text(BODY + HEAD.format(due="计划完成时间") + ROWS)
    rows = [t for t in plan.tasks if t.path == ["附件"]]
    assert [(t.title.split("：")[0], t.responsible_units, t.deadline) for t in rows] == [
        ("甲镇", ["甲镇"], "2025-11-30"), ("乙镇", ["乙镇"], "2025-12-31"), ("丙新区", ["丙新区"], "2025-12-31")]
    assert [(x.value, x.unit) for x in rows[0].targets] == [(18.0, "公顷")]
    assert [(x.value, x.unit) for x in rows[2].targets] == [(7.5, "公顷")]
    assert any(x.value == 37.5 and x.unit == "公顷" for x in plan.plan_targets)
    assert len(plan.tasks) == len(rows) + 2          # the body's two points are kept


def test_near_miss_shares_by_year_with_no_completion_column_are_data():
    by_year = ("某区减量化任务量分解表\n\n面积单位：亩\n\n街镇\n\n三年任务量\n\n2025年\n\n2026年\n\n"
               "甲镇\n\n300\n\n30%\n\n70%\n\n乙镇\n\n200\n\n40%\n\n60%\n\n丙镇\n\n100\n\n50%\n\n50%\n\n合计\n\n600\n")
    assert quota_rows(by_year) == ([], "")
    assert quota_rows(HEAD.format(due="减量方式") + ROWS) == ([], "")


def test_near_miss_an_indicator_table_and_a_numbered_table_are_not_read_here():
    indicators = HEAD.replace("减量化任务计划表", "垃圾分类指标分解表").format(due="计划完成时间") + ROWS
    assert quota_rows(indicators) == ([], "")
    numbered = HEAD.replace("乡镇\n\n", "序号\n\n乡镇\n\n").format(due="计划完成时间") + ROWS.replace(
        "甲镇\n\n", "1\n\n甲镇\n\n").replace("乙镇\n\n", "2\n\n乙镇\n\n")
    assert quota_rows(numbered) == ([], "")


def test_near_miss_a_body_with_no_attached_table_is_unchanged():
    plain = parse_text(BODY.split("附件：")[0])
    assert [t.responsible_units for t in plain.tasks] == [t.responsible_units for t in parse_text(
        BODY + HEAD.format(due="计划完成时间") + ROWS).tasks if t.path != ["附件"]]


# Round 44 structure class (plans-next189's BASELINE.md class 2): a childless point over its paragraph between two
# points that hold numbered items, whose text instructs (需…报… / 应…), is a task whether it names a doer or not.
POINTS = ("某区关于进一步规范土地出让管理的补充意见\n\n"
          "一、严格计划管理\n（一）各街镇要按时上报年度计划。\n（二）严格按照年初确定的计划执行。\n"
          "二、{head}\n{text}\n"
          "三、强化部门协同\n（一）各职能部门的征询意见应体现规范性。\n（二）强化工作联动，协同推进出让工作。\n")
INSTRUCTS = "出让方式原则上采用挂牌方式，遇有特别要求的，需说明具体情况及理由，并报区政府审核后确定。"


def top_numbers(text: str) -> list[str]:
    return [".".join([*t.path, t.number]) for t in parse_text(text).tasks]


def test_a_childless_point_between_numbered_points_that_instructs_is_a_task():
    assert "二" in top_numbers(POINTS.format(head="出让方式的确定", text=INSTRUCTS))
    checked = "地块出让前，各街镇应将出让条件报区规划资源局复核后实施。"
    assert "二" in top_numbers(POINTS.format(head="审核程序", text=checked))


def test_near_miss_a_norm_or_a_statement_between_numbered_points_stays_a_section():
    scored = "评审采用综合评分法，企业应按附表逐项申报得分。"
    assert "二" not in top_numbers(POINTS.format(head="评分标准", text=scored))
    covered = "考核内容主要涵盖计划执行、出让进度和成本控制等三个方面。"
    assert "二" not in top_numbers(POINTS.format(head="考核内容", text=covered))


def test_near_miss_a_childless_point_not_between_numbered_points_is_unchanged():
    last = ("某区关于进一步规范土地出让管理的补充意见\n\n"
            "一、严格计划管理\n（一）各街镇要按时上报年度计划。\n（二）严格按照年初确定的计划执行。\n"
            "二、强化部门协同\n（一）各职能部门的征询意见应体现规范性。\n（二）强化工作联动，协同推进出让工作。\n"
            "三、出让方式的确定\n" + INSTRUCTS + "\n")
    assert top_numbers(last) == ["一.一", "一.二", "二.一", "二.二"]
