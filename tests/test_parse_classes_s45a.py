"""Missing doers of round 44's sets, second pass (s45a): the forms that hid a rule-2 doer, each with near misses that
must not change. Texts written for these tests in the style of county and town plans (the real cases are scored by
tests/test_parse_score.py).

a. a run of the subject's own short works joined by 、 before rule 2's verb 「A要各司其职、明确任务、落实责任」;
b. a county-level government written with an ASCII bracket 「县(市)人民政府」「县(市、区)人民政府」 as the subject;
c. a sentence opening with a verb of rule 2 after a sentence whose subject stands before its modal 「各村要…。落实…」
   (round 34: the elided subject carries inside one paragraph)."""
from __future__ import annotations

from desktop.core.parse import parse_text

_HEAD = "某县2025年某某专项整治工作方案\n一、工作任务\n"


def _units(item: str) -> tuple[list[str], list[str]]:
    plan = parse_text(_HEAD + "（一）" + item + "\n二、保障措施\n（一）加强领导。各部门要高度重视。\n")
    task = plan.tasks[0]
    assert task.path == ["一"] and task.number == "一"
    return task.lead_units, task.responsible_units


# -- a. a run of short works joined by 、 after the modal ------------------------------------------------------------

def test_a_run_of_works_before_a_rule_two_verb_names_the_subject():
    assert _units("开展综合整治。各乡镇要各司其职、明确任务、落实责任，确保整治见效。") == ([], ["各乡镇"])
    assert _units("开展综合整治。县交通运输局要细化分工、组织实施。") == ([], ["县交通运输局"])
    # (one short verb joined by 并, as before)
    assert _units("开展综合整治。县交通运输局要健全并落实巡查制度。") == ([], ["县交通运输局"])


def test_a_run_that_opens_with_a_pivot_or_a_partner_names_no_subject():
    # 督促B、要求B、配合B: B, or the partner, does the work — no run read through them
    assert _units("开展综合整治。各乡镇要督促企业、组织实施。") == ([], [])
    assert _units("开展综合整治。县教育局要求各学校、组织实施。") == ([], [])
    assert _units("开展综合整治。县教育局要配合县公安局、组织实施。") == ([], [])
    # (no modal: a run of works said of the body is not read as its assignment here)
    assert _units("开展综合整治。县教育局加强宣传、组织实施。") == ([], [])
    # (a run ending in no verb of rule 2 names no doer: 开展 without 组织, round 30)
    assert _units("开展综合整治。各乡镇要明确任务、开展宣传。") == ([], [])


# -- b. 县(市) with an ASCII bracket --------------------------------------------------------------------------------

def test_b_county_government_with_an_ascii_bracket_is_a_body():
    assert _units("制定专项规划。县(市)人民政府要组织实施。") == ([], ["县(市)人民政府"])
    assert _units("制定专项规划。县(市、区)人民政府要组织实施。") == ([], ["县(市、区)人民政府"])
    # (as with the full-width bracket)
    assert _units("制定专项规划。县（市）人民政府要组织实施。") == ([], ["县（市）人民政府"])


def test_b_the_bare_bracketed_county_stays_no_name_of_its_own():
    # 「县(市)」 with no body's head after it opens no name (a place, as before)
    assert _units("制定专项规划。县(市)要组织实施。") == ([], [])


# -- c. a sentence opening with a rule-2 verb carries the subject of the sentence before it --------------------------

def test_c_an_elided_subject_carries_to_a_sentence_opening_with_rule_two():
    got = _units("广泛开展宣传。各村要充分利用广播、横幅等载体开展宣传。落实举报奖励制度，积极动员群众举报。")
    assert got == ([], ["各村"])
    got = _units("广泛开展宣传。各乡镇要充分利用宣传车开展宣传。组织开展隐患排查整治。")
    assert got == ([], ["各乡镇"])


def test_c_no_carry_for_a_slogan_a_general_call_or_no_subject():
    # a call to comply 「落实…责任制」 is the plan's slogan, not the subject's work
    assert _units("加大普法宣传。各乡镇要主动做好宣传普及工作。落实“谁执法谁普法”的普法责任制。") == ([], [])
    # a general call carries nothing
    assert _units("广泛开展宣传。各部门要充分利用宣传车开展宣传。组织开展隐患排查整治。") == ([], [])
    # no subject before
    assert _units("广泛开展宣传。要充分利用宣传车开展宣传。组织开展隐患排查整治。") == ([], [])
    # 落实 of a state 「落实到位」 opens no work
    assert _units("广泛开展宣传。各乡镇要充分利用宣传车开展宣传。落实到位情况纳入考核。") == ([], [])
