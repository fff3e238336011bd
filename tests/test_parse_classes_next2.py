"""Issue 10 round 10: the failure classes of tests/data/plans-next2 (its BASELINE.md), each on short
made-up texts of the same shape (other wordings, not the plan's lines), then the real case through the
scorer (tests/test_parse_score.py covers the whole set)."""

from __future__ import annotations

from pathlib import Path

from parse_score import score_plan

from desktop.core.parse import parse_text

NEXT2 = Path(__file__).parent / "data" / "plans-next2"


def _failed(prefix: str) -> list[str]:
    """The failed checks of one plan of the set, as the scorer words them."""
    import json
    path = next(NEXT2.glob(prefix + "_*.txt"))
    spec = next(s for s in json.loads((NEXT2 / "expected.json").read_text(encoding="utf-8"))
                if s["file"] == path.name)
    return [f"{c.kind} {c.what}" for c in score_plan(spec, path.read_text(encoding="utf-8")).checks
            if not c.passed]


def _keys(plan) -> list[str]:
    return [t.key for t in plan.tasks]


# --- 1. the numbered items of principle, goal and safeguard sections in a plan whose numbered items
#        are tasks by their number (a whole section of them names no unit) -------------------------

_SPARSE = ("某区推进河湖长效管护实施方案\n一、指导思想\n坚持生态优先，系统治理。\n"
           "二、工作原则\n(一)统筹兼顾，分步实施。先易后难，逐年推进。\n(二)属地为主，条块联动。压实各镇责任。\n"
           "三、管护目标\n(一)到2024年，河湖管护制度基本健全。\n(二)河湖水面率保持在10%以上。\n"
           "四、管护对象\n(一)区管河道。现有河道36条，长度215公里。\n(二)镇管河道。全部纳入管护。\n"
           "五、重点工作\n(一)健全管护机制\n1.落实河长责任。各级河长按期巡河。(责任单位：区水务局、各镇)\n"
           "2.完善考核办法。制定年度考核细则。\n"
           "六、保障措施\n(一)强化组织保障。成立工作专班。\n(二)加强宣传引导。营造全民护河氛围。\n")


def test_principle_goal_and_safeguard_items_are_tasks_where_numbers_make_tasks():
    plan = parse_text(_SPARSE)
    keys = _keys(plan)
    for key in ("二.一", "二.二", "三.一", "三.二", "六.一", "六.二", "四.一", "五.一.1", "五.一.2"):
        assert key in keys, keys
    goal = next(t for t in plan.tasks if t.key == "三.二")
    assert (10, "%") in {(g.value, g.unit) for g in goal.targets}
    assert next(t for t in plan.tasks if t.key == "三.一").deadline == "2024-12-31"
    assert next(t for t in plan.tasks if t.key == "二.一").lead_units == []


def test_with_full_brackets_and_a_town_wording_the_same():
    text = _SPARSE.replace("(", "（").replace(")", "）").replace("工作原则", "基本原则") \
        .replace("保障措施", "组织实施").replace("管护目标", "主要目标")
    keys = _keys(parse_text(text))
    assert {"二.一", "二.二", "三.一", "三.二", "六.一", "六.二"} <= set(keys), keys


def test_where_every_task_names_its_units_safeguards_stay_rules():
    """A plan whose tasks all carry units: the items of 保障措施 / 工作要求 are how to work, not tasks
    (the seed plans' convention), even when one task misses its units."""
    plan = parse_text("某市养老服务提升方案\n一、基本原则\n（一）政府主导，社会参与。\n（二）因地制宜，分类施策。\n"
                      "二、主要任务\n1.新建社区食堂。（牵头单位：市民政局；责任单位：各区政府）\n"
                      "2.开展助浴服务。（责任单位：市民政局）\n3.培训护理人员。加强培训。\n"
                      "三、工作要求\n（一）加强领导。各区要高度重视。\n（二）强化督查。定期通报进展。\n")
    assert _keys(plan) == ["二.1", "二.2", "二.3"]


def test_a_unit_led_paragraph_under_safeguards_stays_a_rule():
    plan = parse_text(_SPARSE + "(三)落实资金保障。\n区财政局要足额安排管护经费。\n")
    assert not any(t.title.startswith("区财政局要足额") for t in plan.tasks)


def test_background_items_are_never_tasks():
    plan = parse_text(_SPARSE.replace("一、指导思想\n坚持生态优先，系统治理。\n",
                                      "一、发展现状\n(一)河湖面貌明显改善。\n(二)管护短板仍然存在。\n"))
    assert not any(k.startswith("一.") for k in _keys(plan)), _keys(plan)


def test_the_real_plan_principles_goals_and_safeguards():
    failed = _failed("n06")
    for path in ("二/(一)", "三/(一)", "三/(三)", "三/(四)", "六/(一)", "六/(三)"):
        assert not [f for f in failed if f.split(" ", 1)[1].split(" ")[0] == path], failed
