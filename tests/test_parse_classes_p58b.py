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


# -- a call's papers and a procedure's scope, applicant and papers parts: no work (round 35; round 66's x81_04) --------
CALL = ("关于开展2026年度某专项资金项目申报工作的通知\n"
        "一、需准备的资料\n1、项目申请表\n2、项目资金申请报告\n3、营业执照复印件\n"
        "二、申报程序\n1、区级评审。申报截止后，区商务委组织开展区级专家评审。\n")


def test_a_calls_list_of_papers_gives_no_tasks():
    tasks = parse_text(CALL).tasks
    assert [t.path + [t.number] for t in tasks] == [["二", "1"]]
    assert tasks[0].responsible_units == ["区商务委"]


RULES = ("某镇小型工程管理实施意见\n一、办理手续的操作规程\n（一）项目申报操作规程\n"
         "1.适用范围\n总投资在30万元至100万元的小型建设工程项目。\n"
         "2.申报主体\n小型建设工程项目的建设单位。\n"
         "3.操作流程\n镇建管办在收到申报材料后组织审核，对符合条件的出具受理告知书。\n"
         "4.提交材料\n（1）项目申报表（提交一份）；\n（2）营业执照复印件（提交一份）；\n（3）预算书（提交一份）。\n"
         "二、职责分工\n1.镇财政所负责对资金使用情况进行监管。\n")


def test_a_procedures_scope_applicant_and_papers_give_no_tasks():
    tasks = parse_text(RULES).tasks
    assert [t.path + [t.number] for t in tasks] == [["一", "一", "3"], ["二", "1"]]
    assert [t.responsible_units for t in tasks] == [["镇建管办"], ["镇财政所"]]


def test_work_on_papers_under_another_heading_stays():
    # near miss: work on the papers under a heading that is no papers heading 「（二）材料审核」 stays a task
    text = ("某区专项整治工作方案\n一、工作任务\n（一）开展排查\n1.各街镇负责开展隐患排查。\n"
            "（二）材料审核\n1.各街镇负责审核企业提交的整改材料。\n")
    tasks = parse_text(text).tasks
    assert [t.responsible_units for t in tasks] == [["各街镇"], ["各街镇"]]


def test_a_plans_own_scope_point_beside_its_work_stays():
    # near miss: 「（一）适用范围」 among a plan's points with no papers or steps part beside it is read as before
    text = ("某区在建工地扬尘治理工作方案\n一、工作内容\n（一）适用范围\n"
            "本区在建工地的扬尘治理由区建管委负责组织实施。\n"
            "（二）治理措施\n区城管执法局负责开展联合执法检查。\n")
    tasks = parse_text(text).tasks
    assert [t.responsible_units for t in tasks] == [["区建管委"], ["区城管执法局"]]


# -- 「A是…的管理部门」 designates A as 「A是…的主管部门」 does (Round 75 rulings, p57a-1) -----------------------------
@pytest.mark.parametrize("text,want", [
    ("区房管局（以下简称“房管局”）是本区旧房改造项目实施的管理部门。", ["区房管局"]),
    ("县水务局是本县河道管理的行政主管部门。", ["县水务局"]),
])
def test_a_managing_body_designated_is_a_doer(text, want):
    assert doer_units(text)[1] == want


@pytest.mark.parametrize("text", [
    "街道是社区管理部门的上级。",                   # 的 after the role: a description, no designation
    "该中心为市场管理部门提供服务。",               # 为 as "for"
])
def test_near_misses_of_a_managing_body(text):
    assert doer_units(text)[1] == []


def test_a_plans_scope_point_beside_its_own_steps_stays():
    # near miss (the lead, round 58): a pilot plan's 「（二）适用范围」 whose text sets work, beside its own
    # 「（三）申报流程」 and no applicant or papers part, is the plan's point as before the round — the procedure
    # reading needs the procedure's shape (its papers, or its applicant beside its steps)
    text = ("某市建设工程档案管理试点工作方案\n一、总体要求\n（一）工作目标\n到2027年底，全面推行试点。\n"
            "（二）适用范围\n本市新建房屋建筑工程纳入试点，试点周期为三年，市规划资源局负责统筹推进。\n"
            "（三）申报流程\n各区城建档案机构负责受理试点项目申请并组织审核。\n")
    tasks = parse_text(text).tasks
    assert ["一", "二"] in [t.path + [t.number] for t in tasks]
    assert [t.path + [t.number] for t in tasks if t.path + [t.number] == ["一", "三"]] == [["一", "三"]]
