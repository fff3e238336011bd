"""Round 40, the sentence reader (p40b): doer forms restated before reading (``restated_forms``), filings, commissions,
a carried subject after a project step, a modal after a body's name, 通知 under a work heading — CONVENTIONS.md "Round
40 rulings, written early". Each class with its near misses (what must not change)."""

from __future__ import annotations

import pytest

from desktop.core.parse.prose_units import unit_then_verb
from desktop.core.parse.sentence_units import doer_units
from desktop.core.parse.units import looks_like_unit


# --- a modal after a group's name: 「领导小组会要组织」 (Names)
def test_group_name_ends_before_its_modal():
    text = "区防汛工作领导小组会要组织区水务局、各街镇开展汛前隐患排查。"
    assert doer_units(text) == ([], ["区防汛工作领导小组"])


def test_committee_keeps_its_hui():
    assert doer_units("区安委会要组织开展安全生产大检查。") == ([], ["区安委会"])
    assert doer_units("镇妇联会同镇团委组织开展亲子阅读活动。") == (["镇妇联"], ["镇妇联", "镇团委"])


# --- 以A为主，B配合 / 以A牵头 (Designations)
def test_main_body_is_a_doer_and_partner_responsible():
    text = "校园周边环境整治以镇派出所为主，镇城管中队配合，每月开展一次联合检查。"
    assert doer_units(text) == ([], ["镇派出所", "镇城管中队"])


def test_yi_a_qiantou_reads_as_you():
    text = "开展助残日慰问活动以区残联牵头，走访困难残疾人家庭。"
    assert doer_units(text) == (["区残联"], ["区残联"])


@pytest.mark.parametrize("text", [
    "坚持以预防为主，防治结合。",
    "各村要以农户为主体，推进人居环境整治。",
    "工作中要以问题为导向，加强督查。",
])
def test_principles_with_yi_name_no_doer(text):
    assert doer_units(text) == ([], [])


# --- 由A主办、B承办的…活动 (Joint acts: the item's own event)
def test_host_leads_and_organiser_responsible():
    text = "9月20日，由区教育局主办，区青少年活动中心承办的科技节在区体育馆举行。"
    assert doer_units(text) == (["区教育局"], ["区教育局", "区青少年活动中心"])


def test_joint_signing_gives_both_without_lead():
    assert doer_units("由区住建委与区财政局共同签订资金监管协议。") == ([], ["区住建委", "区财政局"])
    assert doer_units("由区规划资源局与区土地储备中心重新签订出让合同。") == ([], ["区规划资源局", "区土地储备中心"])


def test_liaison_is_no_joint_act():
    assert doer_units("区商务委负责与各街镇对接，做好企业服务。") == ([], ["区商务委"])


# --- splits by objects, contingencies stay cases (Joint acts and splits)
def test_split_by_objects_gives_every_approver():
    text = ("试点区域内，涉及河道管理范围的，相关审批由区水务局办理。涉及绿地调整的，占用绿地许可由区绿化市容局审批。")
    assert doer_units(text) == ([], ["区水务局", "区绿化市容局"])


def test_contingency_stays_a_case():
    assert doer_units("确需调整计划的，由区发改委负责审核。") == ([], [])


def test_a_response_item_takes_its_agent():
    assert doer_units("发生突发事件时，由区应急局统一调度。") == ([], ["区应急局"])


# --- filings and commissions (Agents and filings)
def test_filing_with_a_long_report_name_is_no_doer():
    text = "项目完工后，由区建设中心向区项目审核工作小组提交项目结算审核申请报告。"
    assert doer_units(text) == ([], [])


def test_filers_of_materials_then_the_reviewer():
    text = "拆迁补偿费用由所在镇、街道提供相关资料，由区征收事务所初审。"
    assert doer_units(text) == ([], ["区征收事务所"])


def test_by_a_providing_support_is_still_work():
    assert doer_units("由区大数据中心提供技术支持。") == ([], ["区大数据中心"])


def test_accepting_then_commissioning_makes_a_doer():
    text = "区审核工作小组受理后，委托有资质的造价咨询机构对结算资料进行审核，并出具审核报告。"
    assert doer_units(text) == ([], ["区审核工作小组"])
    text = "区审查机关受理申报材料后，应委托具备相应能力的机构进行评审。"
    assert doer_units(text) == ([], ["区审查机关"])


def test_commission_without_a_verb_adds_nothing():
    assert doer_units("区审查机关受理申报材料后，应委托具备相应能力的机构。") == ([], [])


def test_step_by_a_before_another_subject_is_no_doer():
    text = "区住建委召集各成员单位召开审核会，由各成员单位签字确认后，区住建委将审核意见报区政府审定。"
    assert doer_units(text) == ([], [])


def test_by_a_after_then_plain_work_stays():
    assert doer_units("由区财政局审核后拨付资金。") == ([], ["区财政局"])


# --- options reach every 由 after an option opening the sentence (Options and calls)
def test_option_opening_sentence_reaches_later_by():
    text = "由区房管局负责初审；也可经第三方机构评估，由区评审小组审核后按实结算。"
    assert doer_units(text) == ([], ["区房管局"])


def test_option_inside_a_sentence_is_its_subjects_only():
    text = "申报单位完成建设任务时，可自行编制自评报告，向区发展改革委提出验收申请，由区发展改革委组织专家开展验收。"
    assert doer_units(text) == ([], ["区发展改革委"])


# --- a subject carried past a project step 「投资主体建设前应…，落实…」
def test_subject_after_a_project_step_keeps_later_clauses():
    text = "分布式光伏项目投资主体建设前应做好选址论证等前期工作，落实项目接入条件。"
    assert doer_units(text) == ([], ["分布式光伏项目投资主体"])


def test_subject_of_other_verbs_only_stays_none():
    assert doer_units("分布式光伏项目投资主体建设前应做好选址论证等前期工作。") == ([], [])


# --- a body, a modal and its pivot are no name; 联合 ends a name (Names; 联合 as 会同)
def test_modal_pivot_is_no_name():
    assert not looks_like_unit("区运输管理所要组织全区道路运输单位")
    assert looks_like_unit("区运输管理所")
    assert unit_then_verb("区交通委联合属地街道设立宣传点") == "区交通委"
    assert unit_then_verb("区交通委要组织全区运输企业开展培训") == "区交通委"


# --- under a work heading, 「负责通知B提前做好准备」 gives B (Under a work heading)
def test_notified_bodies_under_work_heading():
    text = "区安委办负责通知区文明办、区司法局提前做好准备，参加主会场宣传活动。"
    assert doer_units(text, heading="任务分工") == ([], ["区安委办", "区文明办", "区司法局"])
    assert doer_units(text) == ([], ["区安委办"])
