"""Round 53 (p53b), responsible units in numbered items: the readings of "Round 62 rulings" the parser follows
— a bare 「A负主体责任」 designates A inside an item that gives work (负 with a duty word takes the duty on,
rounds 35, 53, 59), a manner before the carrying-out words of a units bracket 「（各乡镇精心组织实施）」 is no
part of the name, and a closing 「等有关…」 tail after a whole name is no unit (x258_03 row 6); a duty taken on in
the subject's later clause, and 推进 before 实施／落实. Made-up texts, with near misses that stay as they were."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.units import split_units


def _units(body: str, title: str = "某县2025年重点工作方案") -> dict[str, tuple[list[str], list[str]]]:
    plan = parse_text(f"{title}\n\n{body}")
    return {"/".join([*t.path, t.number]): (t.lead_units, t.responsible_units) for t in plan.tasks}


# --- 1. 「A负主体责任」 with no modal designates A (Round 62 rulings, governs) ---------------------------------------

def test_a_bare_duty_taken_on_designates_the_body():
    got = _units("一、重点任务\n（一）落实安全责任。县教育局负主体责任，定期排查校园隐患。\n"
                 "（二）强化属地管理。各街道办事处负属地主体责任。\n")
    assert got == {"一/一": ([], ["县教育局"]), "一/二": ([], ["各街道办事处"])}


def test_a_duty_taken_on_under_basic_principles_names_none():
    # near miss: under 基本原则 the same sentence states a principle, no work (round 52's x240_01)
    got = _units("一、基本原则\n（一）属地为主。各乡镇负主体责任。\n（二）部门协同。县直部门负监管责任。\n"
                 "二、重点任务\n（一）排查隐患。县应急局负总责。\n（二）整治问题。县住建局牵头。\n")
    assert got == {"二/一": ([], ["县应急局"]), "二/二": (["县住建局"], [])}


def test_answering_to_a_standard_is_no_designation():
    # near miss: 「对…负责」 with no duty word says whom the body answers to, not a duty it takes on
    got = _units("一、重点任务\n（一）完善制度。各科室向分管领导负责。\n")
    assert got == {"一/一": ([], [])}


# --- 2. a manner before a bracket's carrying-out words is no part of the name ------------------------------------

@pytest.mark.parametrize("bracket,want", [
    ("（各乡镇精心组织实施）", ["各乡镇"]),
    ("（县文旅局认真组织落实）", ["县文旅局"]),
    ("（各街道切实落实）", ["各街道"]),
])
def test_a_manner_before_carrying_out_in_a_bracket(bracket, want):
    assert _units(f"一、重点任务\n（一）开展群众文化活动{bracket}。\n") == {"一/一": ([], want)}


def test_carrying_out_words_in_running_text_still_name_no_body():
    # near miss: 「确保全县认真落实」 says how, not who
    assert _units("一、重点任务\n（一）推进改革。确保全县认真落实。\n") == {"一/一": ([], [])}


# --- 3. a closing 「等有关…」 tail after a whole name is dropped (Round 62 rulings, x258_03 row 6) -------------------

@pytest.mark.parametrize("value,want", [
    ("市交通运输局等有关市直部门", ["市交通运输局"]),
    ("县公安局、县交通局等相关执法单位", ["县公安局", "县交通局"]),
    ("区卫健委等有关医疗机构", ["区卫健委"]),
])
def test_a_relevant_tail_after_whole_names_is_no_unit(value, want):
    assert split_units(value)[0] == want


@pytest.mark.parametrize("value,want", [
    # the bare group 「等有关部门／等相关单位」 is a name the list prints, as the issue's own answers read it
    # (plans-dev 05 四/（二）/6 「海关总署、商务部等有关部门负责」 → [海关总署, 商务部, 有关部门]; EXPECTED.md:
    # 「等建设主管部门」, a category with its qualifier, is the tail that is dropped) — the lead, round 53
    ("区卫健委等有关部门", ["区卫健委", "有关部门"]),
    ("县公安局、县交通局等相关单位", ["县公安局", "县交通局", "相关单位"]),
])
def test_a_bare_relevant_group_after_whole_names_stays(value, want):
    assert split_units(value)[0] == want


@pytest.mark.parametrize("value,want", [
    # round 47: a kind joined by 及／和 names bodies beside the ones before it
    ("市交通运输局及其他有关部门", ["市交通运输局", "其他有关部门"]),
    ("县财政局和有关部门", ["县财政局", "有关部门"]),
    # a group after the tail, and a tail naming two kinds, stay as they were read
    ("县财政局等有关部门和各乡镇", ["县财政局", "各乡镇"]),
    ("县人社局等有关部门和单位", ["县人社局", "有关部门和单位"]),
    # fields before one head: no whole name before 等
    ("发展改革等有关部门", ["发展改革", "有关部门"]),
])
def test_near_misses_of_the_relevant_tail(value, want):
    assert split_units(value)[0] == want


def test_a_relevant_tail_in_an_items_bracket():
    got = _units("一、重点任务\n（一）整治道路运输市场。（市交通运输局牵头，市公安局等有关市直部门配合）\n")
    assert got == {"一/一": (["市交通运输局"], ["市公安局"])}


# --- 4. a duty taken on in the subject's later clause 「A要…，严格落实巡查责任」 is A's (rounds 46, 59) ------

def test_a_duty_taken_on_in_a_later_clause_is_the_subjects():
    got = _units("一、重点任务\n（一）加强巡查。县规划资源局要依托巡查网络，严格落实巡查责任。\n"
                 "（二）加强监管。各街镇要健全台账，切实落实属地监管责任。\n")
    assert got == {"一/一": ([], ["县规划资源局"]), "一/二": ([], ["各街镇"])}


def test_a_call_to_comply_in_a_later_clause_still_names_none():
    # near miss: 「…，严格落实…要求／责任制」 complies with a rule, no duty taken on (round 39's closing call)
    got = _units("一、重点任务\n（一）加强巡查。县规划资源局要高度重视，严格落实各项防控要求。\n"
                 "（二）加强监管。县应急局要提高认识，严格落实安全生产责任制。\n")
    assert got == {"一/一": ([], []), "一/二": ([], [])}


# --- 5. 推进 (and its manner) before rule 2's 实施／落实 is no other verb (x257_04; round 46) -----------

def test_pushing_forward_before_carrying_out_keeps_the_subject():
    got = _units("一、重点任务\n（一）用水管理。县水务局应结合定额制度，深入推进实施计划用水管理。\n"
                 "（二）政策落实。各街镇要加快推进落实老旧小区改造政策。\n（三）数据共享。县大数据中心应同步实施数据归集。\n")
    assert got == {"一/一": ([], ["县水务局"]), "一/二": ([], ["各街镇"]), "一/三": ([], ["县大数据中心"])}


def test_pushing_forward_alone_names_none():
    # near miss: 推进 with no 实施／落实 after it is outside rule 2's list in an item
    got = _units("一、重点任务\n（一）用水管理。县水务局要深入推进计划用水管理。\n")
    assert got == {"一/一": ([], [])}
