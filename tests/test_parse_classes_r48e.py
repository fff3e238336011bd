"""Round 48 helper r48e: the parser reads as the Round 51 rulings say (CONVENTIONS.md "Round 51 rulings") — a
职责分工 point that gives bodies work is a task, 提出…意见 is no application, a case's answer in an article whose
work answers cases is the answering body's, a childless point that instructs is a task where the document's work
is written in its points, and items that each carry their own penalty take the lead-in's agent. Made-up texts,
each with a near miss that must stay as it was."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


def tasks(text):
    return {"/".join([*t.path, t.number]): t.responsible_units for t in parse_text(text).tasks}


# ---- class 1: a 职责分工 point that gives bodies work, in a document written as headed points

NOTICE = ("某市住房城乡建设管理委关于加强某类工程验收管理的通知\n各有关单位：\n为加强管理，现通知如下：\n"
          "一、适用范围\n本市新建的各类房屋建筑工程适用本通知。\n"
          "二、职责分工\n市住房城乡建设管理委是本市该类工程验收的综合协调部门。\n"
          "市工程质量监督站（以下简称“市质监站”）受市住房城乡建设管理委委托，按照职责分工具体负责本市该类工程的"
          "验收监督工作。\n"
          "{third}"
          "四、竣工验收要求\n建设单位应组织施工单位、监理单位开展质量检查，各区建设管理部门应加强日常监督检查。\n"
          "五、验收审查要求\n审查机构应当审查下列内容：\n（一）设计文件的合规性。设计指标应符合批复要求。\n"
          "（二）设计文件的深度。设计文件应完整清晰。\n"
          "六、其他\n本通知自发布之日起实施。\n")
DUTIES = "三、验收资料要求\n建设单位应当提交验收所需的资料，并对资料的真实性负责，不得弄虚作假。\n"


def test_a_duty_point_in_a_document_of_headed_points_is_a_task():
    got = tasks(NOTICE.format(third=DUTIES))
    assert "二" in got and "市工程质量监督站" in got["二"]


def test_a_duty_point_beside_a_plan_of_numbered_work_stays_none():
    # (near miss, plans-dev 09's shape: the work sits in numbered items, the 职责分工 point is the plan's set-up)
    text = ("某区消防设施改造实施方案\n一、工作目标\n改善小区消防安全环境，提升火灾防御能级。\n"
            "二、职责分工\n区应急局负责统筹开展项目建设和验收工作。区财政局负责落实项目所需经费。\n"
            "三、实施步骤\n(一)第一季度：做好项目立项工作，制定项目实施方案。\n(二)第二季度：完成项目审批和招投标工作。\n"
            "四、工作要求\n(一)强化组织领导。各单位要高度重视，加强协调。\n(二)加强宣传引导。要做好宣传工作。\n")
    assert "二" not in tasks(text)


def test_a_commissioned_body_with_a_rule_before_its_verb_is_a_doer():
    assert doer_units("市质监站受市住建委委托，按照职责分工具体负责本市工程的监督工作。")[1] == ["市质监站"]
    assert doer_units("区建设管理部门，按照职责分工具体负责本辖区内的监督管理工作。")[1] == ["区建设管理部门"]
    # (near miss: a commission with no verb of doing after it names no doer)
    assert doer_units("市质监站受市住建委委托，对工程进行评估。")[1] == []


# ---- class 2: 提出…意见 is a body's own work, not an application

def test_an_opinion_a_body_gives_in_its_own_review_is_its_work():
    got = doer_units("涉及技术性方面的重大设计变更，应先由区建管委、区规划资源局等技术审核部门提出审核意见。")[1]
    assert got == ["区建管委", "区规划资源局"]


def test_an_application_and_a_step_that_hands_the_file_on_stay_none():
    assert doer_units("由建设单位提出申请，填报审批表。")[1] == []
    # (near miss: a step of an approval flow 「由A提出…意见后，交至B」 stays the approver's, rule 3)
    assert doer_units("由村委会提出资金使用意见后，交至镇规建办审核。")[1] == []


# ---- class 3: a case's answer where the article's whole work answers cases

def test_a_party_breach_answered_by_another_body_is_that_body_s_work():
    text = ("受托机构违规挪用专项资金的，市管理中心应当解除委托协议，并追究相关机构的责任；"
            "涉嫌犯罪的，依法移送司法机关处理。")
    assert doer_units(text)[1] == ["市管理中心"]
    breach = "受托机构未按照规定办理贷款业务，市管理中心将根据委托协议追究受托机构的责任。"
    assert doer_units(breach)[1] == ["市管理中心"]


def test_listed_cases_written_as_a_time_point_at_the_list():
    assert doer_units("当出现以下情形之一的，市管理中心放弃置换权，抵押物由承办银行全权处置：")[1] == ["承办银行"]


def test_a_party_s_own_remedy_after_a_breach_stays_a_contingency():
    # (near miss, round 41: 「违反…的，A应当实施整改」 names no doer)
    assert doer_units("违反本办法规定的，施工单位应当实施整改。")[1] == []


# ---- class 4: a childless point that instructs with no doer, where the document's work is in its points

def test_an_instruction_point_beside_points_of_work_is_a_task():
    got = tasks(NOTICE.format(third=DUTIES))
    assert "三" in got and got["三"] == []
    assert "四" in got


def test_an_option_point_stays_none():
    # (near miss: a point of options 「可…」 for the public gives no work)
    option = "三、公众参与\n公众可以通过电话、信函等方式反映意见和建议，也可以登录网站查询办理情况。\n"
    assert "三" not in tasks(NOTICE.format(third=option))


# ---- class 5: items that each carry their own penalty take the lead-in's agent

RULES = ("某区绿色建筑管理办法\n第一条 为推进绿色建筑发展，制定本办法。\n"
         "第二条 区建设行政管理部门负责本区绿色建筑的监督管理工作。\n"
         "第三条 建设单位应当按照绿色建筑标准组织建设，并对工程质量负责。\n"
         "第四条 【建设单位责任】 违反本办法规定，建设单位有下列行为之一的，由区建设行政管理部门{how}：\n"
         "（一）擅自变更施工图设计文件中绿色建筑内容的，责令限期改正，处十万元以上二十万元以下的罚款。\n"
         "（二）对不符合标准的项目出具竣工验收合格报告的，责令限期改正，处工程合同价款1%以上2%以下的罚款。\n"
         "第五条 本办法自发布之日起施行。\n")


def test_penalty_items_under_an_agent_s_lead_in_take_the_agent():
    got = tasks(RULES.format(how="按照下列规定予以处罚"))
    assert got.get("4/一") == got.get("4/二") == ["区建设行政管理部门"]


def test_items_that_only_name_cases_stay_one_task():
    # (near miss, round 35: items that only name cases 「（一）…的；」 carry no response of their own: one task)
    text = RULES.format(how="按照下列规定予以处罚").replace("，责令限期改正，处十万元以上二十万元以下的罚款", "") \
        .replace("，责令限期改正，处工程合同价款1%以上2%以下的罚款", "")
    got = tasks(text)
    assert "4/一" not in got and got.get("4") == ["区建设行政管理部门"]


def test_a_prohibition_or_a_party_s_filing_point_stays_none():
    # (near misses: rules for the public — a prohibition alone 「不得…」, a party's filing 「…应…向所在街道备案」)
    ban = "三、禁止事项\n任何单位和个人不得擅自占用验收场地堆放物料，影响验收工作的正常开展。\n"
    filing = "三、备案要求\n经营主体设置临时设施前应制定方案，明确设置时段和责任人，向所在街道备案。\n"
    assert "三" not in tasks(NOTICE.format(third=ban))
    assert "三" not in tasks(NOTICE.format(third=filing))
