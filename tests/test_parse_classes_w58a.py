"""Round 58 (w58a): an item whose whole work is the response to a case takes the agent of 由 (CONVENTIONS.md
"Round 78 rulings" p58c-2, over p58c's line "only in an item headed by its step"; round 30's 「（七）…发生…时，由A负责
处置」). The form: every sentence of the item opens with an event's case ending 时 「发生…时／当…时」 and goes on
with 「由A＋verb」 — A is the item's doer, headed or not (``case_clauses.answered_by_bodies``).

Near misses that stay rule 3's contingency: a case that adjusts the plan's work 「确需调整计划的，由A审核」「确有…需要
延期的」, other work beside the case 「A负责监管。发生…时，由B…」 (p51b), a run-in heading naming
other work 「（一）加强监管。发生…时，由A…」 (p52c), and a response with no agent of 由 named."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units

PLAN = "某镇防汛防台工作方案\n一、工作措施\n{}（九）加强宣传。镇宣传办负责组织宣传。\n"


def _item(body: str) -> tuple[list[str], list[str]]:
    tasks = {t.number: (t.lead_units, t.responsible_units) for t in parse_text(PLAN.format(body)).tasks}
    return tasks["一"]


# ---- the form: the response to an event's case is the item's whole work ---------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("发生山体滑坡时，由镇安监办负责组织抢险。", ([], ["镇安监办"])),
    ("当气象台发布暴雨红色预警时，由镇防汛办统一指挥调度。", ([], ["镇防汛办"])),
    ("发生森林火情时，由镇林业站牵头组织扑救。", (["镇林业站"], ["镇林业站"])),
    ("出现道路积水时，由镇城建办立即调集力量排水。", ([], ["镇城建办"])),
])
def test_a_lone_response_sentence_takes_its_agent(text, want):
    assert doer_units(text) == want


def test_a_response_item_without_a_heading_names_its_agent():
    # (「（一）发生…时，由A负责处置。」 with no heading: round 30's own form)
    assert _item("（一）发生城市内涝险情时，由镇城建办负责现场处置。\n") == ([], ["镇城建办"])


def test_a_response_item_under_its_step_still_names_its_agent():
    # (p58c's headed form stays read)
    assert _item("（一）应急处置\n发生堤防决口时，由镇水务站负责组织抢护。\n") == ([], ["镇水务站"])


def test_two_response_sentences_name_both_agents():
    text = "发生房屋倒塌时，由镇建管办负责组织救援。发生人员被困时，由镇派出所负责疏散群众。"
    assert doer_units(text) == ([], ["镇建管办", "镇派出所"])


# ---- near misses: the case only routes an exception inside other work -------------------------------------------

@pytest.mark.parametrize("text", [
    "确需调整实施计划的，由镇经发办负责审核。",         # adjusts the plan's work (rule 3)
    "如需变更项目内容的，由镇规划办负责审批。",         # an adjustment written with 如需
    "确有特殊情况需要延期的，由镇经发办负责审核。",     # an exception to the deadline
])
def test_a_case_routing_an_exception_stays_a_contingency(text):
    assert doer_units(text) == ([], [])


def test_work_beside_the_case_keeps_only_its_own_doer():
    text = "镇水务站负责河道日常巡查。发生河道堵塞时，由镇城建办组织清淤。"
    assert doer_units(text) == ([], ["镇水务站"])


def test_a_heading_naming_other_work_holds_the_case():
    assert _item("（一）加强巡查。发生河道堵塞时，由镇城建办组织清淤。\n") == ([], [])


def test_a_response_with_no_agent_names_none():
    # (no 由: a consequence with nobody named)
    assert doer_units("发生险情时，立即启动应急预案。") == ([], [])
