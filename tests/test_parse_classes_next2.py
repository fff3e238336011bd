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
    plan = parse_text(_SPARSE.replace("一、指导思想\n坚持生态优先，系统治理。\n",
                                      "一、适用范围\n(一)本区区管河道。\n(二)本区镇管河道。\n"))
    assert not any(k.startswith("一.") for k in _keys(plan)), _keys(plan)


def test_the_real_plan_principles_goals_and_safeguards():
    failed = _failed("n06")
    for path in ("二/(一)", "三/(一)", "三/(三)", "三/(四)", "六/(一)", "六/(三)"):
        assert not [f for f in failed if f.split(" ", 1)[1].split(" ")[0].rstrip(":") == path], failed


# --- 2. （1）…（3） under a heading line 「2.title」 whose text follows in paragraphs: each is a task, the
#        units line after the last belongs to all of them --------------------------------------------

_FOURTH = ("某区河湖管护实施方案\n一、主要任务\n(一)健全责任体系\n1.压实区级责任\n区水务局负责全区河湖管护的统筹指导。"
           "(责任单位：区水务局)\n2.压实镇级责任\n各镇是本辖区河湖管护的责任主体。\n"
           "(1)负责管护资金落实和日常巡查。\n(2)每15公里河道配备一名专职巡查员，做到全覆盖。\n"
           "(3)组织村民参与河湖管护。\n(责任单位：区水务局、各镇)\n"
           "(二)落实管护资金\n1.明确分级出资\n(1)区管河道\n区管河道养护费由区财政承担。\n"
           "(2)镇管河道\n区级资金用于镇管河道的比例不低于40%。\n2.规范资金使用\n专款专用。(责任单位：区财政局)\n")


def test_fourth_level_items_under_a_heading_line_are_tasks_with_the_units_after_them():
    plan = parse_text(_FOURTH)
    by_key = {t.key: t for t in plan.tasks}
    subs = [k for k in by_key if k.startswith("一.一.2.")]
    assert len(subs) == 3, list(by_key)
    for k in subs:
        assert by_key[k].responsible_units == ["区水务局", "各镇"], (k, by_key[k].responsible_units)
    assert "一.一.2" not in by_key and "一.一.1" in by_key
    # 「每15公里…配备一名」: the basis of a ratio, not a figure to reach
    assert not any(g.value == 15 for k in subs for g in by_key[k].targets)


def test_fourth_level_items_without_units_under_a_heading_line_are_tasks():
    plan = parse_text(_FOURTH)
    subs = [t for t in plan.tasks if t.key.startswith("一.二.1.")]
    assert [t.title for t in subs] == ["区管河道", "镇管河道"], [t.key for t in plan.tasks]
    assert (40, "%") in {(g.value, g.unit) for g in subs[1].targets}


def test_a_one_sentence_item_keeps_its_parts():
    """「1.完善设施。具体包括：（1）…（2）…（单位）」: one task whose parts are listed."""
    plan = parse_text("方案\n一、任务\n1.整治河道。主要包括：\n(1)清理河道垃圾；\n(2)修复受损护岸。\n"
                      "(责任单位：区水务局)\n2.开展巡查。(责任单位：各镇)\n")
    assert [t.key for t in plan.tasks] == ["一.1", "一.2"]


def test_the_real_plan_fourth_level_items():
    failed = _failed("n06")
    for path in ("五/(一)/2/(1)", "五/(一)/2/(2)", "五/(一)/2/(3)", "五/(二)/1/(1)", "五/(二)/1/(2)"):
        assert not [f for f in failed if f.split(" ", 1)[1].split(" ")[0].rstrip(":") == path], failed


# --- 3.–5. a task table one cell a line whose 内容 cell is merged over rows, whose 配合 cell runs over
#        several lines, and whose year columns (2025年工作任务) hold the figures -------------------------

_TABLE = ("某区慢行交通建设工作方案\n一、工作任务\n（一）完善路网。推进道路建设。（牵头单位：区建管委）\n"
          "（二）提升服务。优化公交线路。（牵头单位：区交通委）\n二、工作要求\n（一）加强领导。各部门要高度重视。\n"
          "附件\n慢行交通建设任务分解表\n序号\n内容\n牵头部门\n配合部门\n2025年工作任务\n2026年工作计划\n备注\n"
          "一、完善道路网络\n1\n推进区域道路网络建设\n规划科\n—\n推进主干路前期研究，完成方案比选。\n开工建设主干路两条。\n"
          "2\n建设科\n养护科\n推进滨江大桥建设，年内完成桩基施工。\n建成滨江大桥。\n"
          "3\n市政科\n—\n推进某某隧道前期工作，完成工可编制。\n开工建设某某隧道。\n"
          "4\n改善步行和骑行环境\n运行科\n规划科\n养护科\n市政科\n全面推进步道改造，确保完成步道改造项目85项。\n"
          "再完成步道改造85项。\n"
          "5\n优化停车设施供给\n运行科\n—\n年内新建公共停车位2600个，新增共享泊位900个。\n新建公共停车位3000个。\n")


def _rows(text: str = _TABLE) -> dict[str, object]:
    return {t.number: t for t in parse_text(text).tasks if t.path[:1] == ["附件"]}


def test_a_row_without_its_own_content_cell_keeps_its_own_units():
    rows = _rows()
    assert (rows["2"].lead_units, rows["2"].responsible_units) == (["建设科"], ["养护科"])
    assert rows["2"].title.startswith("推进滨江大桥建设")
    assert (rows["3"].lead_units, rows["3"].responsible_units) == (["市政科"], [])
    assert rows["3"].title.startswith("推进某某隧道")


def test_a_row_with_three_or_four_unit_lines_keeps_them_all():
    rows = _rows()
    assert rows["4"].lead_units == ["运行科"]
    assert rows["4"].responsible_units == ["规划科", "养护科", "市政科"]


def test_figures_in_the_year_columns_are_the_rows_targets():
    rows = _rows()
    assert {(2600, "个"), (900, "个")} <= {(g.value, g.unit) for g in rows["5"].targets}
    assert (85, "项") in {(g.value, g.unit) for g in rows["4"].targets}
    assert rows["5"].title == "优化停车设施供给"       # a short 内容 cell before the units is the row's text


def test_progress_columns_are_not_the_rows_targets():
    """1-10月推进情况 / 说明 columns report what was done: not the year's work."""
    text = _TABLE.replace("2025年工作任务\n2026年工作计划", "1-10月推进情况\n说明")
    rows = _rows(text)
    assert not any(g.value == 2600 for g in rows["5"].targets)


def test_the_real_table_rows():
    failed = _failed("n01")
    for row in ("3", "5", "6", "7", "8", "9", "10", "12", "13", "14", "16", "17"):
        assert not [f for f in failed if f.split(" ", 1)[1].split(" ")[0].rstrip(":") == "附件/" + row], failed


# --- 6. a span of years opening the goal's sentence gives its last year as the deadline ------------

def test_a_two_year_span_opening_a_goal_is_due_at_its_end():
    plan = parse_text("某市停车设施建设方案\n一、主要任务\n（一）增加停车供给。2023年—2024年累计新建公共停车位8000个。"
                      "（牵头单位：市交通委）\n（二）建设智慧停车场。2023-2024年，计划建成智慧停车场20个。"
                      "（牵头单位：市大数据局）\n（三）规范停车收费。（牵头单位：市发展改革委）\n")
    assert [t.deadline for t in plan.tasks] == ["2024-12-31", "2024-12-31", None]


def test_a_plan_period_in_brackets_is_no_deadline():
    from desktop.core.parse.dates import find_deadlines
    assert find_deadlines("《某市停车设施建设三年行动计划（2023—2025年）》", 2023) == []


# --- 7. figures that say how things stood at a date before the plan are an inventory -----------------

def test_an_inventory_at_a_past_date_is_not_a_target():
    plan = parse_text("某区河道管护实施方案\n某区人民政府\n2022年3月1日\n一、管护范围\n"
                      "(一)区管河道截至2021年底，全区区管河道共有36条，长度215公里。\n"
                      "(二)到2023年底，新建生态护岸12公里。\n二、主要任务\n(一)落实巡河制度。(责任单位：区水务局)\n")
    by_key = {t.key: t for t in plan.tasks}
    assert by_key["一.一"].targets == []
    assert (12, "公里") in {(g.value, g.unit) for g in by_key["一.二"].targets}


def test_a_goal_dated_after_the_plan_with_jiezhi_is_still_a_target():
    from desktop.core.parse.targets import find_targets
    got = find_targets("截至2025年底，全区建成口袋公园50个。", 2023)
    assert (50, "个") in {(g.value, g.unit) for g in got}


# --- 8. measure words: 具 (hydrants), and 一座 after a build verb ------------------------------------

def test_a_hydrant_count_and_one_station():
    from desktop.core.parse.targets import find_targets
    got = {(g.value, g.unit) for g in find_targets("补建室外消火栓85具，新建一座微型消防站。", 2024, relaxed=True)}
    assert {(85, "具"), (1, "座")} <= got
    assert not find_targets("建立一个协调机制，具体方案另行制定。", 2024, relaxed=True)


def test_the_real_plans_spans_inventories_and_measure_words():
    failed = _failed("n01") + _failed("n05") + _failed("n06")
    kinds = ("deadline", "not_target", "target 二/（二）/3", "target 二/（四）/4")
    assert not [f for f in failed if f.startswith(kinds)], failed


# --- 9. two reporting rhythms in one sentence: each is a duty -------------------------------------

def test_two_rhythms_in_one_sentence_are_two_duties():
    from desktop.core.parse.duties import find_duties
    duties = find_duties("各责任单位每季度末报送工作进展，注重提炼经验，每年12月底前形成一份年度工作总结。", 2024)
    everies = {d.every for d in duties}
    assert {"quarter", "year"} <= everies, duties
    # one rhythm: one duty, no copy
    assert len(find_duties("各责任单位每季度末报送工作进展情况。", 2024)) == 1


# --- 10. a figure in an unnumbered closing paragraph is the plan's -------------------------------

def test_a_figure_in_the_closing_paragraph_is_a_plan_figure():
    plan = parse_text("某市口袋公园建设实施方案\n一、主要任务\n（一）优化布局。统筹规划建设。（责任单位：市绿化局）\n"
                      "（二）提升品质。完善配套设施。（责任单位：各区政府）\n"
                      "（三）加强管护。落实养护责任。（责任单位：各区政府）\n"
                      "由市绿化局牵头，会同各区政府协同推进。全市率先在60个左右街道开展口袋公园建设试点。\n"
                      "某市人民政府办公厅\n2024年5月6日\n")
    assert (60, "个") in {(t.value, t.unit) for t in plan.plan_targets}


def test_the_real_plans_duty_and_closing_figure():
    assert not [f for f in _failed("n01") + _failed("n02") if f.startswith(("duty", "plan_target"))]
