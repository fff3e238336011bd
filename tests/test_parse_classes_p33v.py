"""Round 33 (p33v): the long tail of unit readings — category tails in labels, clauses read as names, a pronoun
before a body, any verb after 由 — each in made-up wordings, with near misses that must not change."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units
from desktop.core.parse.units import looks_like_unit, split_units


# 1. 「A、B等有关部门」 in a label: 有关部门 is a kind, a name the label prints (round 33, plans-dev 05 四/（二）/6)
@pytest.mark.parametrize("value,want", [
    ("区财政局、区民政局等有关部门", ["区财政局", "区民政局", "有关部门"]),
    ("区商务委等有关部门和单位", ["区商务委", "有关部门和单位"]),
    ("人事、卫生等部门", ["人事、卫生等部门"]),                       # fields sharing one head
])
def test_a_relevant_group_in_a_label(value, want):
    assert split_units(value)[0] == want


# 2. a clause read on as one name: a modal and a verb before the object, a body + verb + its object; 委派 / 召开
@pytest.mark.parametrize("text,want", [
    ("检查时还应检查单位落实消防巡查制度的情况。", ([], [])),
    ("市级城管部门抽查区级城管部门负责管理的单位。", ([], [])),
    ("根据规定，原则上由上级单位委派审计机构。", ([], ["上级单位"])),
    ("由街道规划建设办公室召开联席会议对申请进行评审。", ([], ["街道规划建设办公室"])),
    ("应急管理站负责组织演练。", ([], ["应急管理站"])),                # near miss: 应急 opens a name
    ("中共某区委组织部负责干部培训。", ([], ["中共某区委组织部"])),    # near miss: 组织部 is a name
    ("市公安局交警支队负责交通疏导。", ([], ["市公安局交警支队"])),    # near miss
])
def test_a_clause_is_no_name(text, want):
    assert doer_units(text) == want


# 3. 其 before a body is a pronoun; 由A负责X的Y is A's work (a description is 「由A负责的Y」)
@pytest.mark.parametrize("text,want", [
    ("场所的维护由场所所在单位负责，其上级主管部门负责指导、监督。", ([], ["场所所在单位", "上级主管部门"])),
    ("由居委会负责保洁人员的日常管理。", ([], ["居委会"])),
    # aligned to the Round 47 ruling q44a (CONVENTIONS.md): 其他部门 is a kind, not a general call, and 负责 with a
    # subject of its own makes it a doer; was ([], []) as a near miss (其他 is no pronoun)
    ("其他部门负责配合。", ([], ["其他部门"])),
    ("由其与施工企业签订合同。", ([], [])),                            # near miss: 其 before a preposition
    ("参加由区教育局负责的培训。", ([], [])),                          # near miss: a noun's description
])
def test_a_pronoun_and_a_described_work(text, want):
    assert doer_units(text) == want


# 4. a group and a thing of its, a body and what it sets up, is no body
@pytest.mark.parametrize("name,want", [
    ("各部门职能分工", False), ("各单位自备植树工具", False), ("各街道设立安全委员会", False),
    ("区安委会下设办公室", False), ("区委组织部", True),
    ("各部门", True), ("各级党组织", True), ("各有关部门", True),
])
def test_a_group_and_its_thing(name, want):
    assert looks_like_unit(name) is want


# 5. 「由A会同B组织…」 as an item's last sentence: two doers, not one name; 「（二）A牵头编制…」 among unit-headed
# siblings: A leads; 「综合实施主体」 a body named by its role
def test_by_a_with_b_and_headed_leads():
    plan = parse_text("""关于推进秸秆综合利用的实施意见
一、主要任务
（一）推进还田利用。区农业农村委负责组织实施。
（二）开展培训。由社区管理办会同建管中心组织各居民区不定期开展培训，提高能力。
二、职责分工
（一）市农业农村委负责统筹协调秸秆综合利用工作。
（二）市发展改革委牵头编制年度资金扶持计划，审核资金申请报告。
（三）市审计局牵头负责对支持资金使用的监督审计。
""")
    got = {(t.path[0], t.number): (t.lead_units, t.responsible_units) for t in plan.tasks}
    assert got[("一", "二")][1] == ["社区管理办", "建管中心"]
    assert got[("二", "一")] == ([], ["市农业农村委"])              # near miss: 负责, no lead
    assert got[("二", "二")][0] == ["市发展改革委"]
    assert got[("二", "三")][0] == ["市审计局"]


@pytest.mark.parametrize("text,want", [
    ("由综合实施主体组织开展项目策划。", ([], ["综合实施主体"])),
    ("明确责任主体负责落实。", ([], [])),                              # near miss: no body named
    ("立项主体为区房管局，实施单位按规定选择。", ([], [])),              # near miss: a role the item defines
])
def test_a_body_named_by_its_role(text, want):
    assert doer_units(text) == want


# 6. 「A、B分别负责…」「A…，定期组织召开…」「A按照职责，分别牵头…」: rule 2 with 分别 / 定期 before the verb; a
# bracketed name after 由 「由建设单位（代建单位）负责」
@pytest.mark.parametrize("text,want", [
    ("区住建委、区规划局分别负责本系统的检查工作。", ([], ["区住建委", "区规划局"])),
    ("区城管局要搭建工作平台，定期组织召开会议。", ([], ["区城管局"])),
    ("各职能部门按照职责，分别牵头完成协议签订等具体工作。", (["各职能部门"], ["各职能部门"])),
    ("由建设单位（代建单位）负责日常巡查。", ([], ["建设单位（代建单位）"])),
    ("区教育局要加强指导，对学校落实情况进行督查。", ([], [])),          # near miss: no verb of rule 2
    # 由A督促B…: 由A＋any verb of doing (round 34 wins over round 30's pivot reading; aligned round 37, p37h)
    ("项目完成后，由城建公司督促施工单位做好结算。", ([], ["城建公司"])),
])
def test_separately_regularly_and_bracketed(text, want):
    assert doer_units(text) == want


# 7. a circumstance 「在…的基础上」 between the subject and its verb; 按要求 / 按规定 before a verb of rule 2
@pytest.mark.parametrize("text,want", [
    ("各区民政局在指导养老机构落实规定的基础上，组织开展达标创建工作。", ([], ["各区民政局"])),
    ("养老机构依据规定建立健全管理制度，定期开展自查，按要求落实主体责任。", ([], ["养老机构"])),
    ("各单位在工作中要加强协调。", ([], [])),                              # near miss: no verb of rule 2
])
def test_a_circumstance_and_as_required(text, want):
    assert doer_units(text) == want
