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


# an oversight cycle of the leading group (月调度、季检查) is no reporting duty
OVERSIGHT = ("某区2027年节约用水重点工作安排\n一、重点工作\n（一）推进农业节水。推广喷灌滴灌技术。\n"
             "二、保障措施\n（一）加强组织领导。领导小组坚持月调度、季检查、半年通报，确保各项任务落到实处。"
             "实行一月一通报制度。\n")


def test_an_oversight_cycle_is_a_duty_of_its_own_kind():
    plan = parse_text(OVERSIGHT)
    assert [(d.kind, d.every) for d in plan.duties] == [("oversight", "month"), ("oversight", "month")]
    # a sending on a rhythm stays a reporting duty
    sent = parse_text(OVERSIGHT.replace("实行一月一通报制度。", "各街镇每月5日前报送上月工作进展情况。"))
    assert [(d.kind, d.every) for d in sent.duties] == [("oversight", "month"), ("other", "month")]


def test_an_oversight_cycle_is_neither_the_monthly_duty_nor_due():
    from datetime import date

    from desktop.core import deadlines, plan_edits

    plan = parse_text(OVERSIGHT)
    assert plan_edits.monthly_duty_text(plan) == ""
    dicts = [d.to_json() for d in plan.duties]
    assert deadlines.upcoming(dicts, [], date(2027, 3, 1)) == []
    assert deadlines.stated_due_rule(dicts) is None
    # typed in the review, the monthly duty is added beside the oversight cycle, which stays
    plan_edits.set_plan_field(plan, "plan.monthly_duty", "每月10日前报送上月进展情况")
    assert [d.kind for d in plan.duties] == ["oversight", "oversight", "monthly_info"]
    assert deadlines.stated_due_rule(d.to_json() for d in plan.duties).day == 10
    # with a sending beside it, the sending is the monthly duty and the one listed
    sent = parse_text(OVERSIGHT.replace("实行一月一通报制度。", "各街镇每月5日前报送上月工作进展情况。"))
    assert plan_edits.monthly_duty_text(sent) == "各街镇每月5日前报送上月工作进展情况"
    items = deadlines.upcoming([d.to_json() for d in sent.duties], [], date(2027, 3, 1))
    assert [d.label for d in items] == ["2027年2月其他报送事项"]          # February's, due 5 March


def test_an_oversight_duty_is_stored_and_travels_in_the_plan_package(tmp_path):
    from helpers_plan import sample_plan

    from desktop.core.model import Duty
    from desktop.exchange.plan_package import read_plan
    from desktop.store import open_workspace, plans
    from desktop.store.saved_plan import load_plan

    plan = sample_plan()
    plan.duties.append(Duty("oversight", None, "month", "领导小组坚持月调度、季检查"))
    with open_workspace(tmp_path / "office.sqlite") as ws:
        plan_id = plans.save_plan(ws, plan, backup=False).plan_id
        saved = load_plan(ws, plan_id)
    assert [(d.kind, d.every) for d in saved.duties][-1] == ("oversight", "month")
    received = read_plan(saved.to_json(with_source=True))
    assert [d.to_json() for d in received.duties] == [d.to_json() for d in saved.duties]
