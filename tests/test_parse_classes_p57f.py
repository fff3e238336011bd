"""Calls for applications and support policies (round 57, p57f): the points of a call or a policy that give no work —
the fund's supported fields, the applicant's conditions, the papers it hands in, the rates paid and a policy's closing
clauses — are no tasks; a rate line naming an act of the plan's bodies stays one, and the rates are plan targets.
Made-up texts of the form (CONVENTIONS.md rounds 35, 52, 64, 66 and Round 70 on x287_02, x291_01)."""

from desktop.core.parse import parse_text
from desktop.core.parse.outline_parts import glossary_annex

CALL = """关于开展2030年度第一批文化产业扶持资金申报工作的通知

现组织开展东河区2030年度文化产业扶持资金申报工作，相关事宜通知如下：

一、关于扶持资金重点支持领域

1.支持数字出版、动漫游戏等领域的文化产业项目。

2.支持具有示范作用的文化产业园区建设。

二、关于申报条件

1.申报单位须是在本区依法注册的法人。

2.申报项目总投资须达200万元以上。

三、关于申报资料要求

1.项目申请表

2.营业执照复印件

3.项目可行性研究报告

四、申报程序

1.各街道（园区）于5月20日前完成对申报项目的初审，并将初审通过的项目报区文旅局。

2.区文旅局会同区财政局组织专家评审。

五、支持方式及标准

1.重点项目支持。对重点项目，支持比例最高不超过项目总投资的30%，支持金额不超过150万元。

2.园区建设支持：对园区建设项目，给予最高80万元资助。
"""

POLICY = """关于支持南湖科创园建设的若干政策

一、适用范围

本政策适用于在南湖科创园注册的企业。

二、支持内容

1、支持企业落户。对新落户企业租赁办公用房给予租金补贴，最多补贴2年，补贴总额最高400万元。

2、鼓励技术研发。对园区企业，最高按研发投入的40%予以扶持，扶持金额最高不超过600万元。

3、强化金融服务。整合区产业引导基金，优先给予股权投资支持。推动投贷联动，最高不超过800万元。

三、附则

1、本政策由区科委、区财政局负责解释。

2、本政策具体实施细则由区科委负责制定。

3、本政策自印发之日起执行，试行期2年。
"""


def _keys(plan):
    return ["/".join([*t.path, t.number]) for t in plan.tasks]


def test_call_points_that_give_no_work_are_no_tasks():
    plan = parse_text(CALL)
    # the fields, conditions, papers and rates points give none; the procedure's two steps are the tasks
    assert _keys(plan) == ["四/1", "四/2"]
    second = plan.tasks[1]
    assert second.lead_units == ["区文旅局"] and second.responsible_units == ["区财政局"]
    assert plan.tasks[0].deadline is not None and plan.tasks[0].deadline.endswith("-05-20")
    # the rates are the scheme's figures: plan targets
    values = {(t.value, t.unit) for t in plan.plan_targets}
    assert (30.0, "%") in values
    assert any(t.text.startswith("给予最高80万元资助") or "80万元" in t.text for t in plan.plan_targets)


def test_policy_rates_and_closing_clauses_are_no_tasks_but_an_act_is():
    plan = parse_text(POLICY)
    # 二/1, 二/2 only grant sums (terms); 二/3 names acts of the plan's bodies (整合, 推动): a task naming no unit;
    # 三/1 (who interprets) and 三/3 (entry into force) are closing clauses; 三/2 gives work by 负责
    assert _keys(plan) == ["二/3", "三/2"]
    assert plan.tasks[0].lead_units == [] and plan.tasks[0].responsible_units == []
    assert plan.tasks[1].responsible_units == ["区科委"]
    texts = " ".join(t.text for t in plan.plan_targets)
    assert "400万元" in texts and "600万元" in texts


def test_near_misses_stay_tasks():
    # a 支持方向 point whose lines run on into work 「…。突破…技术」, and a rates point's line that tells a body to act
    text = """关于推进北岭新区氢能产业发展的实施方案

一、支持方向

1.支持核心技术攻关。突破燃料电池系统核心技术，突破电解水制氢装备技术。

2.支持产业集聚发展。加快培育一批氢能龙头企业。

二、补贴标准

1.加氢站补贴。对加氢站建设项目，给予最高500万元补贴。

2.区发改委负责对补贴项目开展核查，每年组织一次绩效评价。

3.对燃料电池汽车示范项目，按购置费用的20%给予补贴。
"""
    plan = parse_text(text)
    keys = _keys(plan)
    # (二/3, a rate line with no heading of its own, is read as before: a task naming no unit)
    assert keys == ["一/1", "一/2", "二/2", "二/3"]
    assert plan.tasks[2].responsible_units == ["区发改委"] and plan.tasks[3].responsible_units == []



# a forwarded plan naming no units whose 附件 explains its words, one term a body 「区X中心：区X中心由…组成」
GLOSSED = """关于转发《西川区优化工程建设领域营商环境行动计划》的通知

各相关单位：

现将《西川区优化工程建设领域营商环境行动计划》印发给你们，请认真按照执行。

附件：西川区优化工程建设领域营商环境行动计划

西川区建设管理委员会

2031年3月2日

西川区优化工程建设领域营商环境行动计划

一、总体要求

以优化营商环境为目标，持续深化改革。

二、主要举措

1、优化审批服务。推行并联审批，压缩办理时限。

2、加强事中监管。完善信用监管机制，开展联合检查。

3、提升服务能级。开展线上培训，巩固帮办代办服务。

三、保障措施

4、强化组织实施。加强统筹协调，形成工作合力。

5、严格督查考评。加强对各项改革政策落地情况的督查。

附件1：工程建设领域名词解释

附件1

工程建设领域名词解释

1、区审批审查中心：区审批审查中心全称西川区工程建设项目审批审查中心，由区有关部门和公用服务单位组成。

2、联合报装：联合报装是指水、电、气、网一表申请、一口受理。办理流程见附件2。

3、信用监管：对严格落实承诺事项的单位，列入红名单。列入红名单的企业，给予优先推优。
"""


def test_attached_glossary_gives_no_tasks():
    # the 附件 after the plan explains its words (round 30: definitions are text): its numbered terms are no tasks
    plan = parse_text(GLOSSED)
    assert _keys(plan) == ["二/1", "二/2", "二/3", "三/4", "三/5"]
    assert all(not t.lead_units and not t.responsible_units for t in plan.tasks)


def test_glossary_annex_is_read_by_its_title():
    # the title standing last before the 附件's first numbered line names words explained: a glossary
    assert glossary_annex("附件1：名词解释\n\n附件1\n\n工程建设领域名词解释\n\n1、X中心：X中心由…组成。\n")
    assert glossary_annex("附件2\n\n有关术语释义\n\n1.联合报装，是指…。\n")
    # near misses: a list of work under its title, and a glossary named only in an earlier 附件 line
    assert not glossary_annex("附件1\n\n工程建设领域重点任务清单\n\n1、优化审批服务。推行并联审批。\n")
    assert not glossary_annex("附件1：名词解释\n\n附件2：任务分解表\n\n附件2\n\n重点任务分解表\n\n1、推行并联审批。\n")
