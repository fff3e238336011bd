"""Round 50 second wave (w50a): the aims items of a plan's 总体要求 — 「一、总体要求 ⏎ （一）指导思想 ⏎
（二）基本原则 ⏎ 1.… ⏎ （三）主要目标」 — are no tasks where the plan's work names units (CONVENTIONS.md "What is a
task", round 27; "Round 49 rulings", governs: principles and aims give no work); in a plan naming no units they stay
(round 33's count stays accepted; plans-dev 07). A goal naming a doer of its own stays a task (round 36, x214_02 一);
a principle never does (Round 52's x240_01). Made-up texts."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

WORK = ("二、主要任务\n"
        "（一）加强设施建设。区水务局负责推进污水管网建设，年底前完成改造。\n"
        "（二）强化日常监管。区生态环境局负责开展执法检查。\n"
        "三、保障措施\n"
        "（一）加强组织领导。各街镇要高度重视，抓好落实。\n")


def paths(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


def plan(opening: str, work: str = WORK) -> str:
    return "某区污水治理工作方案\n为推进污水治理，制定本方案。\n" + opening + work


def opening_tasks(opening: str) -> list[str]:
    """The tasks the plan's opening section keeps, beside the plan's work (which stays)."""
    got = paths(plan(opening))
    assert "二/一" in got and "二/二" in got
    return [p for p in got if p.startswith("一")]


@pytest.mark.parametrize("opening", [
    # the guiding idea, the principles under their heading (one of roles too, Round 52's x240_01) and the goals
    "一、总体要求\n（一）指导思想。以新发展理念为指导，坚持系统治理，全面提升水环境质量。\n（二）基本原则\n"
    "1.统筹推进，系统治理。坚持源头治理，统筹城乡发展。\n2.部门协同，齐抓共管。各级政府承担主体责任，形成工作合力。\n"
    "（三）主要目标。到2025年，全区污水收集率达到95%以上。\n",
    # an opening section named by its parts, and a scope item
    "一、指导思想、基本原则和总体目标\n（一）指导思想\n以绿色发展理念为指导，推动高质量发展。\n"
    "（二）治理范围。全区建成区内的道路、公园和广场。\n（三）总体目标\n利用三年时间，基本完成改造任务。\n",
    # numbered goals under the goals' own heading
    "一、总体要求\n（一）指导思想。以新发展理念为指导，全面提升水环境质量。\n（二）阶段目标\n"
    "1.第一阶段（2023-2025年）。聚焦设施智能化，初步建成管理平台。\n2.第二阶段（2026-2030年）。聚焦数据融合，全面建成管理平台。\n",
    # near miss the other way (Round 52's x240_01): a principle naming bodies is still no task
    "一、总体要求\n（一）基本原则\n1.属地管理，分级负责。区水务局负责统筹协调，各街镇落实属地责任。\n"
    "2.依法治理，长效管理。坚持依法依规，建立长效机制。\n",
])
def test_aims_principles_goals_and_scope_under_the_opening_section_are_no_tasks(opening):
    assert opening_tasks(opening) == []


def test_a_goal_naming_a_doer_of_its_own_work_stays_a_task():
    # near miss (round 36, x214_02 一): the goal gives work to a named body by rule 2
    assert opening_tasks("一、总体要求\n（一）指导思想。以新发展理念为指导，全面提升水环境质量。\n"
                         "（二）工作目标。区水务局负责在年底前完成全区排水户普查，建立管理台账。\n") == ["一/二"]


def test_in_a_plan_naming_no_units_the_aims_items_stay():
    # near miss (Round 49: round 33's count with them stays accepted in a plan naming no units; plans-dev 07)
    text = plan("一、总体要求\n"
                "（一）指导思想。以新发展理念为指导，全面提升水环境质量。\n"
                "（二）主要目标。到2025年，全区污水收集率达到95%以上。\n",
                "二、主要任务\n"
                "（一）加强设施建设。推进污水管网建设，年底前完成改造。\n"
                "（二）强化日常监管。开展执法检查，严厉查处违法排污。\n")
    got = paths(text)
    assert "一/一" in got and "一/二" in got


def test_items_of_a_work_section_headed_like_aims_are_not_touched():
    # near miss: only the plan's opening section holds aims items; 二、主要任务's 「（一）工作目标管理」 is work
    text = plan("一、总体要求\n（一）指导思想。以新发展理念为指导，全面提升水环境质量。\n",
                "二、主要任务\n"
                "（一）工作目标管理。区水务局负责分解年度目标，按月通报进度。\n"
                "（二）强化日常监管。区生态环境局负责开展执法检查。\n")
    got = paths(text)
    assert "二/一" in got and "二/二" in got and "一/一" not in got


def test_a_section_of_principles_alone_is_left_to_its_own_reading():
    # near miss: 二、基本原则 standing as a section of its own is round 27's section, not this fold's; its items that
    # give work to a body stay as the plan reads them
    text = plan("一、工作背景\n近年来，全区水环境明显改善。\n",
                "二、基本原则\n"
                "（一）完善机制，明确职责。市容办负责业务指导，每月对各村进行考核。\n"
                "三、主要任务\n"
                "（一）加强设施建设。区水务局负责推进污水管网建设。\n")
    assert "二/一" in paths(text)
