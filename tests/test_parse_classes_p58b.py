"""Round 58 (p58b): units inside the sentences of town rules and calls — forms read on plans-next297 (made-up texts of
each form, and near misses that must not fire)."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


# -- a time word glued before the subject 「后续A将组织…」: no part of A's name (as 届时, 同时) ----------------------
@pytest.mark.parametrize("text,want", [
    ("申报截止后，后续区商务委将根据申报情况组织培训会。", ["区商务委"]),
    ("随后县财政局将组织开展专家评审。", ["县财政局"]),
    ("今后各街道要组织开展联合巡查。", ["各街道"]),
])
def test_a_time_word_before_the_subject_is_no_part_of_its_name(text, want):
    assert doer_units(text)[1] == want


def test_a_time_word_before_a_noun_names_nobody():
    assert doer_units("后续工作要抓紧推进。") == ([], [])


# -- 「由A会签」「由A交B审核…」: A's acts; the name ends before 会签 and before 交 handing the matter on ---------------
@pytest.mark.parametrize("text,want", [
    ("凡使用财政资金的项目由镇审计所会签。", ["镇审计所"]),
    ("学校项目由镇教育办、审计所会签，其他项目按实际情况会签。", ["镇教育办", "审计所"]),
    ("再由工程办交镇管理小组审核同意后实施。", ["工程办"]),
])
def test_the_agent_of_a_countersigning_or_a_hand_over(text, want):
    assert doer_units(text)[1] == want


@pytest.mark.parametrize("text,want", [
    ("由市公安局交警支队负责路面管控。", ["市公安局交警支队"]),      # 交 inside a body's own name
    ("区交通委负责道路整治。", ["区交通委"]),
])
def test_a_name_holding_jiao_stays_whole(text, want):
    assert doer_units(text)[1] == want


# -- 「对不按…的X，由A提出整改意见」: the step the rules give A against those who fail them (round 67's x283_08) ------
def test_a_step_against_those_who_fail_the_rules_names_its_agent():
    text = ("对不按照本办法要求办理登记手续的施工单位，由镇建管办提出整改意见；仍不整改的施工单位，"
            "由镇建管办上报区有关部门进行立案处理。")
    assert doer_units(text)[1] == ["镇建管办"]


@pytest.mark.parametrize("text", [
    "对不按时参加培训的人员，由所在单位提出批评。",            # a person's own unit, no named body
    "对确需调整的项目，提出调整意见。",                        # no agent
])
def test_near_misses_of_a_step_against_a_breach(text):
    assert doer_units(text)[1] == []


# -- parties to a building or its lease by role 「产权方」「出租方」「承租方」 (Round 74 on x297_01 五、12.) -----------
@pytest.mark.parametrize("text,want", [
    ("房屋产权方及出租方应尽到管理责任，落实产权方主体责任，杜绝以租代管。", ["房屋产权方", "出租方"]),
    ("出租方负责督促承租单位做好消防安全工作。", ["出租方"]),
])
def test_parties_by_role_are_doers(text, want):
    assert doer_units(text)[1] == want


@pytest.mark.parametrize("text", [
    "与出租方签订租赁合同。",                 # the party as an object
    "督促出租方落实安全责任。",               # the object of 督促
    "承租方应当遵守规定。",                   # a rule for the tenant, no rule-2 verb
])
def test_near_misses_of_a_party(text):
    assert doer_units(text)[1] == []


# -- a whole rule item, read through the parser ---------------------------------------------------------------------
def test_a_town_rule_item_names_its_doers():
    text = ("某镇小型工程管理实施意见\n一、职责分工\n"
            "1.房屋产权方及出租方应尽到管理责任，落实产权方主体责任。\n"
            "2.对不按照本意见办理备案手续的建设单位，由镇建管办提出整改意见。\n"
            "3.使用财政资金的项目由镇审计所会签，再由工程办交镇管理小组审核同意。\n")
    tasks = parse_text(text).tasks
    assert [t.responsible_units for t in tasks] == [["房屋产权方", "出租方"], ["镇建管办"], ["镇审计所", "工程办"]]


# -- a body's own review and passing on 「做好初审转报相关工作」: an undated duty (round 48's 转报) -----------------
def test_a_review_and_passing_on_as_own_work_is_a_duty():
    from desktop.core.parse.account_reports import account_sent
    sentence = "申报截止后，区商务委将组织开展区级专家评审，做好初审转报相关工作。"
    assert account_sent(sentence)
    text = ("关于开展2026年度某专项资金项目申报工作的通知\n一、申报受理\n"
            "1、受理时间：2026年7月10日前。" + sentence + "\n")
    assert any("初审转报" in d.text for d in parse_text(text).duties)


@pytest.mark.parametrize("sentence", [
    "区商务委做好项目初审工作。",                          # a review, nothing passed on
    "项目已转报市商务委审批。",                            # sent already, and for approval
])
def test_near_misses_of_a_passing_on(sentence):
    from desktop.core.parse.account_reports import account_sent
    assert not account_sent(sentence)


# -- a share of the project's investment that picks the works: a class, no target (Round 66 / 68; x297_04 三、2、) ---
@pytest.mark.parametrize("sentence", [
    "市、区级财力直接投资或补贴占总投资 40%及以上的建设工程，应将项目方案报区发改委审核。",
    "政府投资占项目总投资30%以上的工程，应纳入统一管理。",
])
def test_an_investment_share_naming_works_is_no_target(sentence):
    from desktop.core.parse.targets import find_targets
    assert find_targets(sentence, 2024) == []


@pytest.mark.parametrize("sentence,want", [
    ("自筹资金需达到项目总投资额的60%以上。", 60.0),           # a bar an applicant meets, no works after it
    ("政府投资占总投资的比例提高到50%以上。", 50.0),           # a share to reach
])
def test_near_misses_of_an_investment_share(sentence, want):
    from desktop.core.parse.targets import find_targets
    assert [t.value for t in find_targets(sentence, 2024)] == [want]
