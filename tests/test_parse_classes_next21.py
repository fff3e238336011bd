"""Failure classes of tests/data/plans-next21/, -next24/ and -next25/ BASELINE.md taken in round 20 (parser27):
units, task tables and which items are tasks. Each class with made-up wordings of the same shape (the real
cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.columns import table_rows
from desktop.core.parse.prose_units import duty_paragraphs, heading_units, opening_units, unit_then_verb


def _task(plan, key):
    return next(t for t in plan.tasks if t.key == key)


# -- 1. a task table in the 附件 with 节点 | 指标数 columns, its rows numbered afresh under each group cell -------

_TABLE = "\n\n".join([
    "附件", "某镇河道长效管护三年任务清单（2025-2027年）",
    "类别", "序号", "主要任务", "节点", "指标数", "责任单位", "配合单位",
    "1.", "河", "道", "整", "治",
    "1", "轮疏河道（累计数）", "2025年", "12条", "镇水务站", "各村委会", "2026年", "20条", "2027年", "31条",
    "2", "生态护岸改造", "2025年", "3.5公里", "镇水务站",
    "2.", "长", "效", "管", "护",
    "1", "保洁队伍配备", "2025年", "40人", "镇城运中心", "镇水务站", "2026年", "46人",
    "2", "水质监测点位", "2027年", "15个", "镇生态办",
])


def test_a_year_and_figure_column_pair_gives_the_rows_deadline_and_targets():
    rows = table_rows(_TABLE)
    assert [r.number for r in rows] == ["1", "2", "1", "2"]             # numbered afresh in the second group
    first = rows[0]
    assert first.resp == ["镇水务站", "各村委会"]
    assert first.stages == [("2025年", "12条"), ("2026年", "20条"), ("2027年", "31条")]
    assert rows[2].resp == ["镇城运中心", "镇水务站"] and rows[2].stages[-1] == ("2026年", "46人")


def test_the_tables_rows_are_tasks_with_the_last_years_figures():
    body = ("某镇河道长效管护三年行动计划\n一、主要任务\n（一）推进河道整治。全面开展河道轮疏。\n"
            "（二）加强长效管护。落实保洁队伍。\n")
    plan = parse_text(body + "\n" + _TABLE)
    rows = [t for t in plan.tasks if t.path[:1] == ["附件"]]
    assert len(rows) == 4
    assert rows[0].deadline == "2027-12-31"
    assert [(t.value, t.unit) for t in rows[0].targets] == [(31.0, "条")]
    assert rows[2].deadline == "2026-12-31" and [t.value for t in rows[2].targets] == [46.0]


def test_a_table_without_a_figure_column_keeps_its_time_cell():
    table = "\n".join(["附件", "序号", "工作任务", "完成时限", "责任单位",
                       "1", "完成老旧管网排查", "2025年6月底前", "区水务局",
                       "2", "建成智慧水务平台", "2025年12月底前", "区大数据中心"])
    rows = table_rows(table)
    assert [(r.number, r.resp, r.stages) for r in rows] == [("1", ["区水务局"], []), ("2", ["区大数据中心"], [])]


# -- 2. units a 职责分工 text names ----------------------------------------------------------------------------

def test_a_heading_name_that_opens_with_a_verbs_word():
    assert heading_units("发展和改革科。负责项目立项审批。") == ["发展和改革科"]
    assert heading_units("施工单位。施工单位应落实安全生产责任。") == ["施工单位"]
    assert heading_units("设计单位及勘察单位。应对成果质量负责。") == ["设计单位", "勘察单位"]


def test_a_heading_of_work_stays_no_unit():
    assert heading_units("建设社区食堂。新建社区食堂3个。") == []
    assert heading_units("建设养老服务中心。年内建成。") == []


def test_a_body_before_a_verb_of_its_duties():
    assert unit_then_verb("镇农业服务中心结合耕地保护工作，做好巡查") == "镇农业服务中心"
    assert unit_then_verb("区民政局强化养老机构安全监管") == "区民政局"
    assert unit_then_verb("老旧小区结合改造同步推进") == ""          # a place, no body
    assert opening_units("区公安分局和属地派出所负责治安巡逻") == ["区公安分局", "属地派出所"]
    assert opening_units("规划和自然资源处：负责规划管控") == ["规划和自然资源处"]


def test_a_sibling_opening_with_a_body_and_a_verb_among_unit_led_items():
    text = ("某镇防汛工作方案\n一、职责分工\n各成员单位职责如下：\n"
            "1.镇水务站负责河道水位监测。\n2.镇应急办负责物资储备。\n3.镇农业中心结合农田排涝，做好泵站运行。\n"
            "4.镇派出所负责转移群众时的治安秩序。\n二、工作要求\n（一）加强值守。各单位严格执行24小时值班制度。\n")
    plan = parse_text(text)
    assert _task(plan, "一.3").responsible_units == ["镇农业中心"]


# -- 3. a childless 职责分工 section whose paragraphs each open with a unit and its duties ----------------------

_DIVISION = ("某街道老旧小区加装电梯工作方案\n一、工作目标\n年内完成加装电梯30台。\n"
             "二、主要任务\n（一）开展意愿征询。各居委会组织业主协商。\n（二）做好审批服务。\n"
             "三、职责分工\n{body}\n四、工作要求\n（一）加强领导。各部门要高度重视。\n")


def test_a_division_section_of_unit_paragraphs_is_one_task():
    body = ("街道管理办牵头统筹加装电梯工作，协调解决推进中的问题。\n"
            "街道规划建设办负责审批材料的初审。\n"
            "社区事务受理中心是政策咨询的实施主体，做好政策解答。\n"
            "各居委会：组织业主开展意愿征询。")
    plan = parse_text(_DIVISION.format(body=body))
    task = _task(plan, "三")
    assert task.title == "职责分工"
    assert task.lead_units == ["街道管理办"]
    assert task.responsible_units == ["街道规划建设办", "社区事务受理中心", "各居委会"]
    assert [t.key for t in plan.tasks] == ["二.一", "二.二", "三", "四.一"]


def test_a_division_section_of_one_prose_paragraph_stays_a_section():
    body = ("本项目实施主体为街道管理办，统筹开展项目建设。街道规划建设办负责审批初审，各居委会负责组织业主协商。")
    plan = parse_text(_DIVISION.format(body=body))
    assert "三" not in [t.key for t in plan.tasks]
    assert duty_paragraphs("职责分工\n" + body) is None


def test_a_division_section_with_two_general_sentences_stays_a_section():
    assert duty_paragraphs("职责分工\n各部门要加强协作。\n区财政局负责经费保障。\n区房管局负责技术指导。\n"
                           "各单位要按照职责抓好落实。\n其他成员单位积极配合。") is None


def test_a_division_section_that_is_the_plans_whole_work_keeps_a_task_a_unit():
    # no other section holds work (plans-local l11's shape under a heading): each unit's paragraph is its task
    plan = parse_text("某镇秸秆禁烧工作方案\n一、总体要求\n坚持疏堵结合。\n二、职责分工\n"
                      "镇农业服务中心负责秸秆综合利用的技术指导。\n镇综合执法队负责露天焚烧的巡查处置。\n"
                      "镇财政所负责落实禁烧经费。\n")
    assert [t.responsible_units for t in plan.tasks] == [["镇农业服务中心"], ["镇综合执法队"], ["镇财政所"]]
