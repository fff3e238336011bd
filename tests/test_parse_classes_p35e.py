"""Round 35 dates classes (p35e): a stage's span gives the items under it their deadline (the span's end) where an
item writes no date of its own (CONVENTIONS.md, "Round 35 rulings, written early" → Dates, targets, duties).
Made-up snippets written the way such plans are written."""

from __future__ import annotations

from desktop.core.parse import parse_text


def deadlines(plan):
    return {"/".join([*t.path, t.number]): t.deadline for t in plan.tasks}


def _plan(stage_one: str, stage_two: str) -> str:
    return ("某区老旧小区消防设施维护工作方案\n\n为做好老旧小区消防设施维护，制定本方案。\n\n"
            "一、工作目标\n\n到2026年底，全区老旧小区消防设施完好率达到95%。\n\n"
            f"二、实施步骤\n\n（一）{stage_one}\n\n1.各街道制定维护工作计划。\n\n"
            "2.区房管局组织业务培训，2025年4月10日前完成。\n\n"
            f"（二）{stage_two}\n\n1.各街道组织实施设施维护。\n\n2.区应急局开展督查指导。\n")


def test_stage_span_gives_its_items_the_span_end():
    got = deadlines(parse_text(_plan("启动阶段（2025年3月—2025年5月）", "实施阶段（2025年6月至12月）")))
    assert got["二/一/1"] == "2025-05-31"
    assert got["二/一/2"] == "2025-04-10"       # a date of its own wins
    assert got["二/二/1"] == "2025-12-31"
    assert got["二/二/2"] == "2025-12-31"


def test_stage_span_to_the_day():
    got = deadlines(parse_text(_plan("动员部署阶段（2025年3月1日—3月20日）", "集中整治阶段（2025年3月21日—9月30日）")))
    assert got["二/一/1"] == "2025-03-20"
    assert got["二/二/2"] == "2025-09-30"


def test_near_miss_topic_heading_with_a_year_gives_no_deadline():
    # 「（一）2024年度工作回顾」-like brackets that name no span of a stage: the items keep no date
    got = deadlines(parse_text(_plan("计划编制（依据2024年度排查结果）", "组织实施（按年度计划）")))
    assert got["二/一/1"] is None
    assert got["二/二/1"] is None


def test_stage_span_after_a_colon():
    got = deadlines(parse_text(_plan("启动阶段：2025年3月—5月", "实施阶段：2025年6月—12月")))
    assert got["二/一/1"] == "2025-05-31"
    assert got["二/二/2"] == "2025-12-31"


def _years_plan(step: str) -> str:
    return ("某县撂荒地整治三年行动方案（2021—2023年）\n\n2021年3月5日\n\n为加强耕地保护，制定本方案。\n\n"
            "一、主要任务\n\n（一）开展耕地监测\n\n各乡镇每半年开展一次耕地种植情况监测。" + step
            + "（责任单位：县农业农村局）\n\n"
            "（二）加强执法\n\n县农业农村局依法查处违法占用耕地行为。\n\n"
            "二、实施步骤\n\n（一）启动试点阶段（2021年）。各乡镇细化措施方案，在三个村开展试点。\n\n"
            "（二）全面推广阶段（2022年至2023年）。各乡镇全面推进整治工作。\n")


def test_stage_of_the_plan_first_year_is_its_deadline():
    # a stage given a year alone in a plan over several years (2015—2017, its default year the last): the first
    # year's stage is no past one; a year before the plan's first still is
    from desktop.core.parse.task_dates import title_phase_end
    assert title_phase_end("启动试点阶段（2015年）", 2017, 2015) == "2015-12-31"
    assert title_phase_end("启动试点阶段（2013年）", 2017, 2015) is None
