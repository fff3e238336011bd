"""Units in whole rules and notices (round 48, s48a): the shapes of the Shanghai rules just scored, made up.

- an article's own case clause, then a placed body 「…的，A应当责令…」 (round 44 decided; round 30) — not after a
  contingency 「确需／如需…的」 (rule 3);
- 由＋a described agent and its own verb 「由具备…资质的养护单位具体实施」, 由A接管 (rule 2; rounds 32/34);
- owners named by their holding 「搭载设施权属单位」 as a role-like kind; a role list set off by a comma before
  its modal;
  a party's papers sent on 「编制…计划，报A」 a filing (round 32);
- a year or a step before the subject 「今年我委将…」 (round 42);
- the subject carried over its first clause to 「组织专家评审」, after the sentence's aim 「为…，」 (round 34);
- 组织＋a thing's 抽查 (rounds 34, 43);
- 「A应当配合B做好…」: A a doer, B none (Round 46 p44g governs).
"""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units

RULES = "某市某某设施管理办法\n\n第一条 为了规范管理，制定本办法。\n\n第二条 {a}\n\n第三条 本办法自发布之日起施行。\n"


def _article(text: str) -> tuple[list[str], list[str]]:
    plan = parse_text(RULES.format(a=text))
    task = next(t for t in plan.tasks if t.number == "2")
    return task.lead_units, task.responsible_units


# --- an article's own case, then a placed body -------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("会员以虚假材料申领补贴的，市住房保障中心应当责令其限期退回，并处以罚款。", ["市住房保障中心"]),
    ("项目逾期未开工的，区发展改革委应当收回项目资金。", ["区发展改革委"]),
])
def test_a_placed_body_answering_the_articles_case_is_its_doer(text, want):
    assert _article(text)[1] == want


@pytest.mark.parametrize("text", [
    "确需调整计划的，区发展改革委应当重新审核。",          # a contingency (rule 3)
    "如需延期的，市住房保障中心应当另行审批。",
])
def test_a_contingency_before_the_body_names_none(text):
    assert _article(text)[1] == []


# --- 由＋a described agent, 接管 ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("路灯设施运行维护，应当由具备相应资质的养护单位具体实施。", ["养护单位"]),
    ("新建的路灯设施由其权属单位接管。", ["权属单位"]),
    ("小区内的雨水设施原则上由相应小区的物业管理单位接管养护。", ["物业管理单位"]),
    ("路灯设施由区绿化市容局接管。", ["区绿化市容局"]),
])
def test_the_agent_of_by_with_its_own_verb(text, want):
    assert doer_units(text)[1] == want


@pytest.mark.parametrize("text", [
    "所需费用由符合条件的申请单位自行承担。",               # a payer, no doer
    "由符合条件的企业提出申请。",                           # an application
])
def test_a_described_agent_that_pays_or_applies_names_none(text):
    assert doer_units(text)[1] == []


# --- owners by their holding; a comma before the modal; a filing ------------------------------------------

def test_owners_and_builders_set_off_by_a_comma_are_the_articles_doers():
    text = "新建、改建道路的，道路工程建设单位、各路灯设施权属单位，应当按照相关标准同步建设路灯设施。"
    assert _article(text)[1] == ["道路工程建设单位", "各路灯设施权属单位"]


def test_an_owner_with_a_verb_of_doing_is_a_doer():
    assert _article("管线权属单位应当定期对管线进行巡查。")[1] == ["管线权属单位"]


def test_an_owner_drawing_up_a_plan_sent_on_names_none():
    assert _article("管线权属单位应当根据其建设需求，编制本单位年度管线建设计划，报相关行业主管部门。")[1] == []


# --- a time before the subject --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("今年我委将于5月组织专家团队开展评估。", ["我委"]),
    ("明年区住建委将组织开展专项检查。", ["区住建委"]),
])
def test_a_year_before_the_subject_is_no_part_of_its_name(text, want):
    assert doer_units(text)[1] == want


def test_a_name_with_no_time_before_it_stays_whole():
    assert doer_units("市场监管局将组织开展专项检查。")[1] == ["市场监管局"]


# --- the subject carried to 组织专家评审, after an aim ---------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("为推进本市工作，请相关区、管委会于3月底前完成系统方案编制工作，组织专家评审后报送我委。", ["相关区", "管委会"]),
    ("区住建委于6月底前完成实施方案编制，组织专家论证。", ["区住建委"]),
])
def test_the_subject_carried_to_its_expert_review(text, want):
    assert doer_units(text)[1] == want


def test_a_first_clause_that_sets_up_a_group_does_not_carry():
    # (「A成立…小组，组织专家评审」: the later work is the group's — not past a body it sets up)
    assert doer_units("区住建委成立评审小组，组织专家评审。")[1] == []


# --- 组织＋a thing's 抽查 -------------------------------------------------------------------------------------

def test_organising_a_things_spot_check_is_organising_work():
    assert doer_units("市住建委将不定期组织标识项目的监督抽查。")[1] == ["市住建委"]


def test_organising_a_things_match_stays_no_work():
    assert doer_units("区文旅局积极组织群众身边的乒乓球比赛。")[1] == []


# --- 「A应当配合B做好…」 ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("市建筑协会应配合市住建委做好评价项目的信息汇总工作。", ["市建筑协会"]),
    ("区水务局、区财政局应积极配合市水务局开展年度考核。", ["区水务局", "区财政局"]),
])
def test_the_subject_of_help_as_its_rules_main_verb_is_a_doer(text, want):
    assert doer_units(text)[1] == want


def test_help_with_no_modal_names_none():
    assert doer_units("市建筑协会配合市住建委做好信息汇总工作。")[1] == []


# --- a name that holds 建设 before 批准 ---------------------------------------------------------------------------

def test_a_long_name_before_its_approval_stays_whole():
    assert doer_units("经审核通过后，由市住房城乡建设管理委批准，进入专家库。")[1] == ["市住房城乡建设管理委"]


def test_a_persons_signature_before_approval_names_no_body():
    assert "街道办事处主任签署" not in doer_units("最后由街道办事处主任签署批准。")[1]


def test_a_regulated_party_that_should_help_stays_unread():
    assert doer_units("分包单位应配合总包单位做好实名制管理。")[1] == []
