"""Classes found on plans-next82/83 and round 27's page sets plans-next74/75, round 29 (p76) — made-up wordings,
never the sets' own words."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def _barred(cells: list[str], bar: str = " |") -> str:
    return "\n".join(c + bar for c in cells)


# --- a task table one cell a line, each cell with the bar a web page left after it, no 序号 and no row number ------

_LEDGER = ["活动名称", "责任单位", "工作内容",
           "背街小巷清洗", "县环卫所", "每周冲洗背街小巷路面一次，做到无积尘、无污渍。",
           "广告牌匾规范", "县城管执法大队", "拆除破损、违规设置的户外广告牌匾，统一更换门头招牌。",
           "农贸市场周边秩序", "县市场监管局", "清理市场周边占道摆摊，设置临时疏导点。"]


@pytest.mark.parametrize("bar", [" |", "|", " ｜"])
def test_barred_cell_table_with_a_name_column_rows_are_tasks(bar):
    plan = parse_text("某县2025年城乡环境整治工作安排\n" + _barred(_LEDGER, bar) + "\n附则:\n本安排自印发之日起执行。\n")
    got = [(t.title, t.responsible_units) for t in plan.tasks]
    assert got == [("背街小巷清洗", ["县环卫所"]), ("广告牌匾规范", ["县城管执法大队"]),
                   ("农贸市场周边秩序", ["县市场监管局"])]
    # the row's work is its text
    assert "每周冲洗" in plan.tasks[0].text


def test_barred_cell_table_a_name_the_cell_wrapped_is_one_word():
    cells = ["项目名称", "牵头单位", "任务和目标",
             "河道保洁提升 工程", "镇水务站", "完成镇域河道保洁全覆盖，消除黑臭水体。",
             "公厕改造提升 工程", "镇环卫所", "改造镇区公厕，达到二类以上标准。"]
    plan = parse_text("某镇2024年人居环境工作台账\n" + _barred(cells) + "\n")
    assert [t.title for t in plan.tasks] == ["河道保洁提升工程", "公厕改造提升工程"]
    assert [t.lead_units or t.responsible_units for t in plan.tasks] == [["镇水务站"], ["镇环卫所"]]


def test_barred_cell_table_with_the_task_column_first():
    cells = ["工作任务", "责任单位", "完成时限",
             "完成老旧小区雨污分流改造3个", "区住建局", "2025年10月底",
             "新建口袋公园2处", "区绿化市容局", "2025年12月底"]
    plan = parse_text("某区2025年民生实事分解\n" + _barred(cells) + "\n")
    assert [(t.responsible_units, t.deadline) for t in plan.tasks] == [
        (["区住建局"], "2025-10-31"), (["区绿化市容局"], "2025-12-31")]


def test_barred_cell_table_near_misses():
    # a table of figures printed the same way: no task column, no unit column — its rows are no tasks
    data = ["名称", "数量", "金额（万元）", "垃圾清运车", "12辆", "360", "果皮箱", "200个", "40"]
    plan = parse_text("某县2024年环卫设施配置情况\n" + _barred(data) + "\n")
    assert not any(t.title.startswith(("垃圾清运车", "果皮箱")) for t in plan.tasks)
    # a contacts list: a unit column, but no work
    contacts = ["单位名称", "联系人", "联系电话", "县环卫所", "王某", "12345678", "县城管执法大队", "李某", "87654321"]
    plan = parse_text("某县城乡环境整治联络表\n" + _barred(contacts) + "\n")
    assert not any(t.responsible_units for t in plan.tasks)
    # a name column and a unit column with a phone column, no work: a contacts list too
    contacts = ["名称", "责任单位", "联系电话", "背街小巷清洗", "县环卫所", "12345678",
                "广告牌匾规范", "县城管执法大队", "87654321"]
    plan = parse_text("某县城乡环境整治联络表\n" + _barred(contacts) + "\n")
    assert not any(t.responsible_units for t in plan.tasks)
