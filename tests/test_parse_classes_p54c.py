"""p54c: numbered items with the wrong units — a clause read on as one name, and 会同's partners before a verb the
name reader did not list (round 54, first wave).

Made-up short items in each class's shape, with near misses that must stay as they were."""

from __future__ import annotations

from desktop.core.parse import parse_text


def units(body: str) -> tuple[list[str], list[str]]:
    """(lead, every responsible unit with the lead) of the first item of a small plan whose item text is ``body``."""
    text = ("某区2024年工作方案\n一、主要任务\n（一）完善工作机制。" + body
            + "\n（二）加强督查考核。区督查室负责督查。\n")
    task = parse_text(text).tasks[0]
    return task.lead_units, list(dict.fromkeys(task.lead_units + task.responsible_units))


# --- body_names / doer_words: a verb inside a would-be name ends it (a clause is no body's name)


def test_a_modal_then_assist_inside_a_name_is_a_clause():
    assert "驾驶员或押运员应配合区收货单位" not in units("驾驶员或押运员应配合区收货单位实施扫码收货。")[1]


def test_a_body_that_opens_a_station_is_not_named_with_the_station():
    got = units("每个基层武装部开设一个固定兵役登记站和一个流动兵役登记站。")[1]
    assert not any("登记站" in n for n in got)


def test_mobilising_the_public_is_no_name():
    assert units("要深入社区，发动广大群众监督、支持和参与公安、教育部门落实整治措施。")[1] == []


def test_acting_for_the_owner_is_no_name():
    assert units("依照合同，代表项目法人对中标单位实施监督。")[1] == []


def test_a_call_closed_by_ji_is_no_name():
    assert units("各部门（单位）既要各司其职，又要形成合力。")[1] == []


def test_fully_mobilising_departments_is_no_name():
    assert "充分调动各部门" not in units("乡镇人民政府要发挥优势，充分调动各部门和单位参与征收工作。")[1]


def test_near_miss_a_deputies_office_stays_a_body():
    assert units("区人大代表处负责联络工作。")[1] == ["区人大代表处"]


def test_near_miss_a_body_responsible_for_opening_a_line_stays():
    assert units("县民政局负责开设救助热线。")[1] == ["县民政局"]


def test_near_miss_a_modal_before_responsible_stays_the_subjects():
    assert units("县供电公司应当负责线路迁改。")[1] == ["县供电公司"]


# --- sentence_names._AFTER_NAME: 「A会同B、C＋verb」 with a verb of doing the list did not hold (细化, 举行)


def test_the_last_partner_before_refine_is_read():
    assert units("市绿化市容局会同市重大办、市规划资源局细化工作方案。") == (
        ["市绿化市容局"], ["市绿化市容局", "市重大办", "市规划资源局"])


def test_the_partners_before_hold_are_read():
    assert units("县文明办会同县教育局、县团委举行宣传活动。") == (["县文明办"], ["县文明办", "县教育局", "县团委"])


def test_a_single_partner_before_refine_is_read():
    assert units("县住建局会同县财政局细化工作方案。") == (["县住建局"], ["县住建局", "县财政局"])


def test_near_miss_a_partner_list_before_a_listed_verb_stays():
    assert units("县住建局会同县财政局、县审计局制定实施细则。") == (
        ["县住建局"], ["县住建局", "县财政局", "县审计局"])


# --- shared_heads: a people's organisation beside a bare field in a mixed list 「…文明办、民政、共青团等单位」, and
#     bare levels each with its bracket 「县、乡(镇)、村(社区)」 — no head shared, one body each as printed


def test_a_youth_league_beside_a_bare_field_in_a_mixed_list_is_apart():
    got = units("宣传办、文明办、民政、共青团等单位组织志愿服务团队开展宣传活动。")[1]
    assert got == ["宣传办", "文明办", "民政", "共青团"]


def test_bare_levels_with_brackets_are_each_a_body():
    assert units("县、乡(镇)、村(社区)分别负责本级应急广播平台的搭建。")[1] == ["县", "乡(镇)", "村(社区)"]


def test_near_miss_levels_before_one_head_stay_one_name():
    assert units("市、区规划资源部门负责审批用地。")[1] == ["市、区规划资源部门"]


def test_near_miss_fields_before_one_head_stay_one_name():
    assert units("发展改革、财政、公安等部门组织开展联合检查。")[1] == ["发展改革、财政、公安等部门"]


# --- sentence_units: 「A＋a verb outside rule 2，负责…」 — the subject carried inside its sentence to the later 负责


def test_a_subject_that_guides_then_is_responsible_is_a_unit():
    assert units("县广电局指导搭建本级播控平台，负责指导原有广播系统的更新改造。")[1] == ["县广电局"]


def test_a_government_that_guides_then_is_responsible_is_a_unit():
    assert units("市政府指导本市轨道交通安全运行，负责突发事件应对的指导协调。")[1] == ["市政府"]


def test_near_miss_a_subject_that_sets_up_an_office_responsible_is_none():
    assert units("县人民政府要设立创建活动办公室，负责本地区创建活动的协调工作。")[1] == []


def test_near_miss_a_subject_that_may_set_up_a_body_is_none():
    assert units("事发地区人民政府可参照市指挥部设立区级应急指挥机构，具体负责应对工作。")[1] == []


def test_near_miss_a_pivot_gives_the_later_responsible_to_no_one():
    assert units("县住建局督促施工单位落实整改，负责验收。")[1] == []


# --- sentence_names / body_names: 「X牵头部门」 is a kind named by its role, one name (not X then 牵头)


def test_a_lead_department_of_projects_is_one_name():
    assert units("对于重大项目，由重大项目牵头部门同步办理征收补偿手续。")[1] == ["重大项目牵头部门"]


def test_near_miss_a_body_that_leads_then_partners_stays():
    assert units("由区商务委牵头，区财政局配合推进。") == (["区商务委"], ["区商务委", "区财政局"])


def test_near_miss_the_lead_units_as_a_back_reference_stay_none():
    assert units("每年年初各牵头单位制定年度计划。")[1] == []


# --- subject_runs.WORK_OPEN: a sentence opening with 联合B＋verb and no subject takes the paragraph's subject, as 会同
#     does (Round 64 rulings: 联合 reads as 会同, the subject carried inside one paragraph)


def test_a_later_sentence_joining_a_partner_takes_the_subject():
    assert units("镇派出所强化执法力度，严厉查处超载违法行为。联合交通部门检查制度执行情况。") == (
        ["镇派出所"], ["镇派出所", "交通部门"])


def test_near_miss_joint_enforcement_as_a_noun_names_no_partner():
    assert units("镇派出所强化执法力度。联合执法检查常态开展。")[1] == []


def test_near_miss_a_person_named_for_the_work_takes_the_later_responsible():
    assert units("县住建局明确专人，负责与各乡镇的日常联络。")[1] == []
