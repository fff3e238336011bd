"""Round 35 sentence-reader classes (p35d): units read from an item's own sentences (CONVENTIONS.md "Units written in
sentences", "Round 34 rulings" and "Round 35 rulings, written early" → Units). Made-up snippets written the way work
plans write, each with a near-miss that must not change."""

from __future__ import annotations

from desktop.core.parse.sentence_units import doer_units


def units(text: str) -> tuple[list[str], list[str]]:
    return doer_units(text)


def test_a_modal_or_a_set_up_inside_a_name_is_a_clause():
    # 「X可委托Y」「X应」「X可以指定A」: the modal ends the subject; an option names no doer
    assert units("养护设施由产权人负责日常管护，产权人可委托专业公司实施养护。") == ([], ["产权人"])
    assert units("活动结束后，各队队长应负责组织人员清理场地。") == ([], [])
    assert units("主管人可以指定区水务局负责牵头组织相关事宜。") == ([], [])
    # 「村设指挥部负责…」: a body the item sets up (设 is no rule-2 verb), no unit
    assert units("河口村设临时指挥部负责值守巡查工作，并制定防范措施。") == ([], [])
    # near-miss: 应急 is part of a name, 建设 is no 设
    assert units("区应急管理局负责组织演练。") == ([], ["区应急管理局"])
    assert units("区建设管理委负责组织验收。") == ([], ["区建设管理委"])


def test_a_pivot_without_by_makes_its_subject_a_doer():
    # round 35: 「A委托B组织…」 reads as 「由A委托B」 — A a doer, B not
    assert units("区文旅局委托专业机构组织开展游客满意度测评。") == ([], ["区文旅局"])
    # near-miss: an option 「可…委托」 names no doer
    assert units("各街道可以委托专业机构开展测评。") == ([], [])


def test_a_name_alone_before_its_verb_is_the_subject():
    assert units("区各行业主管部门，按照市级部门制定的养护标准，负责具体的推进实施。") == ([], ["区各行业主管部门"])
    # near-miss: the later clause gives no rule-2 verb
    assert units("区各行业主管部门，按照市级部门制定的养护标准，做好宣传。") == ([], [])


def test_a_time_between_the_modal_and_the_verb():
    assert units("镇防汛工作领导小组要在汛期前牵头组织对全镇河道进行一次排查。") == \
        (["镇防汛工作领导小组"], ["镇防汛工作领导小组"])
    assert units("规划处应在方案评审中组织专家对相关内容进行论证。") == ([], ["规划处"])


def test_a_later_clause_on_work_right_after_the_subject_rule():
    assert units("各成员单位按照各自职责，对施工项目实施监督检查。") == ([], ["各成员单位"])
    assert units("各成员单位按照责任分工落实。") == ([], ["各成员单位"])


def test_payers_are_no_doers():
    assert units("企业作为安全生产责任主体，添置设备所需经费按规定列支。") == ([], [])
    assert units("改造费用原则上由建设单位和物业单位自行解决。") == ([], [])
    # near-miss: a designation with no cost stays a doer
    assert units("明确街道办事处为责任主体，负责组织实施。") == ([], ["街道办事处"])


def test_names_that_read_as_clauses_or_are_cut():
    # 各区应急管理局: 应急 is no modal; 自治组织 and 执法队伍 are bodies; 对口 opens a name
    assert units("市应急局监管处牵头负责部署，各区应急管理局要完成摸排，配合做好对接。") == \
        (["市应急局监管处"], ["市应急局监管处", "各区应急管理局"])
    assert units("市、区两级综合行政执法队伍负责完善企业信息。") == ([], ["市、区两级综合行政执法队伍"])
    assert units("由对口财政部门将补助资金直接拨付项目单位。") == ([], ["对口财政部门"])
    assert units("牵头企业组织其他参建企业共同组建项目公司。") == ([], ["牵头企业"])
    assert units("由政府按比例统筹用于稳定电价。") == ([], ["政府"])
    # an application report is work, not an application
    assert units("由管护中心编制资金申请报告报管理处核准。") == ([], ["管护中心"])
    # near-miss: an applicant is still none
    assert units("由建设单位提出申请。") == ([], [])
