"""Review mends of the parser (issue 10, round 13), each on a made-up plan."""
from __future__ import annotations

from desktop.core.parse import parse_text


def _body(title: str = "某区2027年节约用水重点工作安排") -> str:
    return (f"{title}\n一、总体要求\n坚持节水优先，全面提升用水效率。\n二、重点工作\n"
            "（一）推进农业节水。推广喷灌滴灌技术。\n（二）推进工业节水。开展节水型企业创建。\n")


def _table(rows: list[tuple[str, str]]) -> str:
    """A one-cell-a-line task table: a group row, then the numbered rows (work, 时间进度, units)."""
    cells = "".join(f"{n}\n\n{work}\n\n全年推进\n\n{units}\n\n" for n, (work, units) in enumerate(rows, 1))
    return ("附件\n\n2027年节约用水重点工作任务分工表\n\n序号\n\n重点任务\n\n具体工作\n\n时间进度\n\n责任部门\n\n"
            "一\n\n推进节水工作\n\n" + cells)


def test_the_same_duty_in_rows_of_other_units_is_a_duty_of_each():
    table = _table([("开展灌区计量设施改造。每月报送工作进展情况", "水务局"),
                    ("组织重点用水企业开展水平衡测试。每月报送工作进展情况", "经济信息化委"),
                    ("推动园区循环用水。每月报送工作进展情况", "水务局")])
    plan = parse_text(_body() + "\n" + table)
    sent = sorted(d.text for d in plan.duties if d.text.endswith("每月报送工作进展情况"))
    assert sent == ["水务局：每月报送工作进展情况", "经济信息化委：每月报送工作进展情况"]
    assert all(d.every == "month" for d in plan.duties if d.text in sent)
