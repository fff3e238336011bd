"""Round 53 p53f: units named where a careful reader names none, and leads (made-up texts in the classes' shapes)."""

from desktop.core.parse import parse_text


def _task(text: str, start: str):
    plan = parse_text(text)
    return next(t for t in plan.tasks if t.title.startswith(start) or t.text.startswith(start))


_CASES = """景观照明管理办法
第一条 为加强管理，制定本办法。
第二条 灯光设施应当按照以下情形组织验收：
（一）灯光设施的载体新建、改建的，由主体工程的行业主管部门牵头发起综合验收;
（二）既有载体上灯光设施改建的，由区绿化市容局牵头开展验收。
第三条 确需调整方案的，由区规划资源局牵头审核。
第四条 区城管执法局负责查处违法设置行为。
第五条 本办法自发布之日起施行。
"""


def test_cases_each_answered_by_a_lead_divide_the_work():
    # (Round 60 rulings, x113_01: a lead per kind of project; the cases on lines of their own)
    task = _task(_CASES, "灯光设施应当")
    assert task.lead_units == ["行业主管部门", "区绿化市容局"]


def test_cases_in_one_paragraph_each_answered_by_a_lead():
    text = _CASES.replace("第三条 确需调整方案的，由区规划资源局牵头审核。",
                          "第三条 道路照明新建的，由区建管委牵头组织验收。既有照明改建的，由区房管局牵头组织验收。")
    task = _task(text, "道路照明新建的")
    assert task.lead_units == ["区建管委", "区房管局"]


def test_a_contingency_answered_by_a_lead_stays_no_unit():
    # near miss: 「确需…的，由A牵头」 alone is a contingency (rule 3)
    task = _task(_CASES, "确需调整方案的")
    assert task.lead_units == [] and task.responsible_units == []


def test_two_contingencies_do_not_divide_the_work():
    # near miss: 「确需…的」 and a breach 「逾期未…的」 are no kinds of the work's objects
    text = _CASES.replace("第三条 确需调整方案的，由区规划资源局牵头审核。",
                          "第三条 确需调整方案的，由区规划资源局牵头审核。逾期未完成的，由区城管执法局牵头督办。")
    task = _task(text, "确需调整方案的")
    assert task.lead_units == []


_PAYERS = """搬迁补偿实施细则
第一条 为规范补偿工作，制定本细则。
第二条 为鼓励企业早签约，区征收事务所应当给予符合条件的企业搬迁奖励。
第三条 区征收事务所负责组织评估机构开展房屋评估。
第四条 低保对象中的困难人员，由区民政局发放临时生活补贴，其他部门不再重复发放。
第五条 区民政局负责组织核对困难人员名单，并发放宣传资料。
第六条 本细则自发布之日起施行。
"""


def test_an_article_subject_that_gives_an_award_is_a_payer():
    # (rounds 46–48 decided: 给予补贴／奖励 pays money — a payer, no unit)
    task = _task(_PAYERS, "为鼓励企业早签约")
    assert task.responsible_units == [] and task.lead_units == []


def test_the_agent_that_hands_out_a_subsidy_is_a_payer():
    # (Round 53 rulings: 「由民政部门发放价格临时补贴」 — 发放 with money as object)
    task = _task(_PAYERS, "低保对象中的困难人员")
    assert task.responsible_units == []


def test_a_body_that_organises_work_stays_named_beside_payers():
    # near misses: 负责组织… is work; 发放宣传资料 hands out things, no money
    assert _task(_PAYERS, "区征收事务所负责组织").responsible_units == ["区征收事务所"]
    assert _task(_PAYERS, "区民政局负责组织核对").responsible_units == ["区民政局"]


_PERSONS = """扬尘防治工作方案
一、工作目标
全面改善空气质量。
二、工作措施
1.县环保局负责每日巡查工地。
2.镇党委、镇政府主要负责人每月至少一次到现场督查防治工作。
3.县城管局负责清扫主要道路。
4.组织媒体开展访谈,由县政府分管副县长及环保局领导就治理进展答复记者提问。
5.县住建局主要负责督促施工单位落实围挡。
"""


def test_a_body_s_head_opening_an_item_is_a_person():
    # (「A主要负责人每月…」: 负责人 is a person, never a unit — round 30)
    task = _task(_PERSONS, "镇党委、镇政府主要负责人")
    assert task.responsible_units == []


def test_posts_as_the_agent_of_by_are_persons():
    task = _task(_PERSONS, "组织媒体开展访谈")
    assert task.responsible_units == []


def test_a_body_that_mainly_leads_work_stays_named():
    # near miss: 「A主要负责督促…」 is the verb 负责, not the post 负责人
    assert _task(_PERSONS, "县住建局主要负责").responsible_units == ["县住建局"]
    assert _task(_PERSONS, "县环保局负责").responsible_units == ["县环保局"]


_CATCH_ALL = """重大工程建设管理办法
第一条 为加强管理，制定本办法。
第二条 各项目主体单位会同属地政府协调解决镇级问题；区重大办会同有关部门和单位协调解决区级问题。
第三条 区建管委结合全区检查，组织相关部门、单位开展隐患排查，联合相关部门、单位做好信息协同工作。
第四条 本办法自发布之日起施行。
"""


def test_a_catch_all_partner_of_with_keeps_the_lead():
    # (「A会同有关部门和单位＋verb」: the catch-all is no unit, A still leads — x259_01)
    task = _task(_CATCH_ALL, "各项目主体单位会同")
    assert set(task.lead_units) == {"各项目主体单位", "区重大办"}
    assert "有关部门和单位" not in task.responsible_units


def test_joining_a_catch_all_late_in_the_clauses_gives_the_subject_the_lead():
    # (Round 64 rulings, turned — x200_04 第五条: 联合 reads as 会同, the subject carried in the paragraph leads it and
    # 「相关部门、单位」, a partner named by its kind, is a unit as printed; p53f's near miss read it as a manner)
    task = _task(_CATCH_ALL, "区建管委结合")
    assert task.lead_units == ["区建管委"]
    assert "相关部门、单位" in task.responsible_units


_KINDS = """道路隐患排查工作通知
一、职责分工
（一）道路管理部门
市道路运输局负责牵头推进本市道路隐患排查工作。
（二）供水管理部门
市供水管理处负责排查本市供水管线隐患。
二、工作要求
（一）加强领导
市交通委负责统筹协调。
"""


def test_the_unit_under_a_kind_heading_that_leads_is_the_lead():
    # (「（一）道路管理部门⏎市道路运输局负责牵头推进…」: the heading is the unit's kind, the unit leads — x72_03)
    assert _task(_KINDS, "道路管理部门").lead_units == ["市道路运输局"]


def test_the_unit_under_a_kind_heading_that_does_the_work_stays_responsible():
    # near miss: 负责 without 牵头 names no lead
    task = _task(_KINDS, "供水管理部门")
    assert task.lead_units == [] and task.responsible_units == ["市供水管理处"]
