"""Units in whole Shanghai rules (round 47 second wave, q47a): the subjects of an article's verbs of doing that the
article reader passed over (CONVENTIONS.md, Round 44 rulings (decided): in rules written as articles, a named body
standing as the subject of the article's verb of doing is a doer whatever the verb; Round 47 q44c: role-like kinds are
bodies named by a kind, doers so).

1. Named bodies whose verb comes after the duties they act by 「A、B、C依职责进行监督检查」 or a rule 「A按…规定对…
   进行审核后…」, named bodies closed by 等单位 「A、B…等单位应当根据职责分工加强…」, and a step's short run-in name
   over an article's item 「公布文件。A在…发布…」.
2. Bodies a loan or service scheme's rules task by their role 「承办银行」「受理网点」「征收实施单位」「担保公司」
   「投资主体」「物业服务企业」, and a role after the words that describe it 「…工程的建设单位应当…」 (round 34's
   的-rule) — not the public the rules serve 「借款人」, nor a pivot's object 「…委托具备资质的设计单位编制…」.
3. A subject after the scope or the topic its sentence opens with 「实行核准制的建设项目，A、B应当审查…」「对于申请新增
   网点的，A应当…」 (the article's own work, round 42), its name's own 经 「经济信息化部门」 no 经A同意.
4. A later sentence's named body with a verb of doing and no modal 「；区财政局履行投资监督职责」「区财政局对…采用…原则
   进行…评价」 (round 44: an article states who does what) — not a verb of having 「享有」.
5. 由A＋a verb of deciding or drafting 「由A审定」「由A拟订」 (round 34: 由A＋any verb of doing) — not 「报A审定」.
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _units(text: str) -> dict[str, list[str]]:
    return {t.number: t.responsible_units for t in parse_text(text).tasks}


def _rules(*articles: str) -> str:
    """Rules of headed articles 「第二条（条款二）⏎A…」 after an article of principles with items of its own 第一条
    (a plan written in articles), numbered from 2."""
    numbers = "一二三四五六七八九十"
    body = "\n\n".join(f"第{numbers[i + 1]}条（条款{numbers[i + 1]}）\n{a}" for i, a in enumerate(articles))
    return (f"某区专项资金管理办法\n\n第一章 总则\n\n第一条（基本原则）\n专项资金管理应当遵循以下原则：\n"
            f"（一）依法合规。严格遵守国家和本市相关法律法规。\n（二）专款专用。确保资金安全、高效运行。\n\n{body}\n")


# ---- 1. named bodies: the duties they act by, 等单位, a run-in step name ----

def test_named_bodies_acting_by_their_duties_are_doers():
    units = _units(_rules("区住建委负责本办法的组织实施。",
                          "区城建中心、区财政局、区审计局依职责进行监督检查，督促资金规范使用。"))
    assert units["3"] == ["区城建中心", "区财政局", "区审计局"]


def test_named_bodies_closed_by_etc_units_are_doers():
    units = _units(_rules("区住建委负责本办法的组织实施。",
                          "区住建委、区绿化市容局、区公安分局等单位应当根据职责分工加强事中事后监管，对违法行为依法查处。"))
    assert units["3"] == ["区住建委", "区绿化市容局", "区公安分局"]


def test_a_step_name_run_in_before_the_body():
    text = ("某市示范项目遴选办法\n\n第一条 市经信委负责本办法的组织实施。\n第二条 遴选按以下程序进行：\n"
            "（一）发布通知。市经信委在门户网站发布遴选通知，明确申报条件。\n"
            "（二）评审公示。市经信委组织专家开展评审，并公示评审结果。\n")
    tasks = {t.title[:4]: t.responsible_units for t in parse_text(text).tasks}
    assert tasks["发布通知"] == ["市经信委"]


def test_near_miss_a_body_that_only_may_act_stays_none():
    # near miss: 可以 is an option (round 34), whatever the duties named before it
    units = _units(_rules("区住建委负责本办法的组织实施。",
                          "区城建中心、区财政局依职责可以开展抽查。"))
    assert units.get("3", []) == []


# ---- 2. bodies by their role in a loan or service scheme; the 的-rule ----

def test_a_scheme_s_roles_are_doers():
    units = _units(_rules("市住房中心负责本办法的组织实施。",
                          "合作银行按本市有关规定对借款人的贷款资格进行审核后，对贷款申请进行审批。",
                          "业务受理网点对材料齐全的申请应当予以受理。",
                          "房屋征收实施单位收到通知书后，应当核对产权人信息。",
                          "物业服务企业应当配合做好设施的日常维护工作。"))
    assert units["3"] == ["合作银行"]
    assert units["4"] == ["业务受理网点"]
    assert units["5"] == ["房屋征收实施单位"]
    assert units["6"] == ["物业服务企业"]


def test_a_role_after_its_description_is_a_doer():
    units = _units(_rules("区建管委负责本办法的组织实施。",
                          "抢修工程的建设单位应当加强工程的日常管理，确保工程质量。",
                          "被要求暂停业务办理的受托机构应当在1个月内完成整改。"))
    assert units["3"] == ["建设单位"]
    assert units["4"] == ["受托机构"]


def test_near_miss_the_public_a_scheme_serves_is_no_doer():
    # near miss: 借款人 is the public the rules serve (persons), no role of a body
    units = _units(_rules("市住房中心负责本办法的组织实施。",
                          "借款人应当按照合同约定按时足额偿还贷款本息。",
                          "市住房中心应当对贷款发放情况进行检查。"))
    assert units.get("3", []) == []
    assert units["4"] == ["市住房中心"]


def test_near_miss_a_role_the_pivot_names_is_no_doer():
    # near miss: the object of 委托／选择 is no unit (round 30's pivot); the subject that commissions it stays
    units = _units(_rules("区建管委负责本办法的组织实施。",
                          "镇人民政府应当结合实际委托具备资质的设计单位编制推荐图集。",
                          "区建管委应当选择具有评估能力的评估机构对项目概算进行评估。"))
    assert units["3"] == ["镇人民政府"]
    assert units["4"] == ["区建管委"]


# ---- 3. a subject after the scope or topic its sentence opens with ----

def test_departments_after_a_scope_clause_are_doers():
    # 经 of 经济 is the name's own word (not 经A同意)
    units = _units(_rules("区住建委负责本办法的组织实施。",
                          "实行核准制的建设项目，区发展改革部门、经济信息化部门应当审查项目申请书中的节能内容。"))
    assert units["3"] == ["区发展改革部门", "经济信息化部门"]


def test_a_body_after_a_topic_is_a_doer():
    units = _units(_rules("市住房中心负责本办法的组织实施。",
                          "受托银行需调整服务网点的，应当向市住房中心提出书面申请。对于申请新增网点的，市住房中心应当"
                          "对网点条件进行现场查看；对于申请撤并网点的，受托银行应当说明理由并继续做好委托业务。"))
    assert set(units["3"]) == {"市住房中心", "受托银行"}      # (in the order the article first prints them)


def test_near_miss_the_public_after_a_topic_is_no_doer():
    # near miss: after the same topic, the public the rules serve 「借款人」 is no body
    units = _units(_rules("市住房中心负责本办法的组织实施。",
                          "对于申请提前还款的，借款人应当提前十日告知受托银行。"))
    assert units.get("3", []) == []


# ---- 4. a later sentence's named body with its verb of doing and no modal ----

def test_a_later_sentence_s_body_fulfilling_its_duty_is_a_doer():
    units = _units(_rules("区住建委负责本办法的组织实施。",
                          "区住建委负责基金的日常管理工作；区财政局履行资金监督职责；区国资委履行出资人职责。",
                          "建立绩效考核机制。考核以效益为核心。区审计局对基金采用整体评价原则进行绩效评价。"))
    assert units["3"] == ["区住建委", "区财政局", "区国资委"]
    assert units["4"] == ["区审计局"]


def test_near_miss_a_later_sentence_s_body_that_has_a_right_is_no_doer():
    # near miss: 享有 is a verb of having (round 44), no verb of doing
    units = _units(_rules("区住建委负责本办法的组织实施。",
                          "区住建委负责基金的日常管理工作；区国资委享有出资人权益。"))
    assert units["3"] == ["区住建委"]


# ---- 5. 由A＋a verb of deciding or drafting 「由A审定」「由A拟订」「由A批复」 (round 34: any verb of doing) ----

def test_the_agent_of_a_deciding_or_drafting_verb_is_a_doer():
    units = _units(_rules("区发改委负责本办法的组织实施。",
                          "投资额在1000万元以上的项目，报区政府常务会议审定。1000万元及以下的项目由项目评审工作组审定。",
                          "资金分配规则由区财政局拟订并经区政府审议通过后公布执行。"))
    assert units["3"] == ["项目评审工作组"]
    assert units["4"] == ["区财政局"]


def test_near_miss_the_body_a_plan_is_sent_to_for_a_decision_is_no_doer():
    # near miss: 「报A审定」 — A receives and decides (rule 3's approver), no agent of 由
    units = _units(_rules("区发改委负责本办法的组织实施。",
                          "项目投资方案报区政府常务会议审定。"))
    assert units.get("3", []) == []
