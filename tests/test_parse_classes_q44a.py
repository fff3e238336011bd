"""Round 44 second wave (q44a), the sentence reader: doers written in an item's sentences that the reader missed — a
rule-2 verb heading one of the verb phrases a later clause of the subject's joins by 、 or 并 (round 34: the subject
carries inside its sentence), an entrusted body joined after a named one 「A或被委托的第三方机构对…组织评审」 (round
44's lead-in doers), 村(社区) acting as a kind of body (as 镇(街道), round 44/45), a group's members named as bodies
「…工作小组成员单位」 (其他部门 left: an open question in rulings45_q.md). Made-up sentences in the way plans write
them, each with near misses that must not change."""

from __future__ import annotations

from desktop.core.parse.sentence_units import doer_units


def _units(text: str, heading: str = "") -> list[str]:
    return doer_units(text, heading=heading)[1]


def test_rule2_verb_in_a_joined_phrase_of_a_later_clause():
    assert _units("各物业服务企业应主动加强小区设施巡查，建立巡查台账、定期通报情况、实施分类处置。") == \
        ["各物业服务企业"]
    assert _units("各街镇要坚持“属地为主”的原则，深入小区、走进楼组，做好解释并及时落实整改措施。") == ["各街镇"]
    # near misses: 、落实情况 / 、实施方案 are nouns, a list inside a means or a 的-description gives no work
    assert _units("各物业服务企业应主动加强小区设施巡查，建立巡查台账、落实情况通报。") == []
    assert _units("各物业服务企业应主动加强小区设施巡查，制定工作计划、实施方案备案。") == []
    assert _units("各物业服务企业要严格执行有关要求，通过调整布局、落实保护措施，保持设施完好。") == []
    assert _units("各物业服务企业要高度重视，将其作为推进节能、落实减排的重要抓手。") == []


def test_walking_into_a_street_names_no_body():
    assert _units("各街镇要坚持便民原则，走上街道、走进社区，认真落实巡查责任。") == ["各街镇"]
    # near miss: a street office is still a body
    assert _units("街道办事处负责巡查。") == ["街道办事处"]


def test_entrusted_body_joined_after_a_named_one():
    assert _units("区文化旅游局或被委托的第三方机构对申报材料组织评审，并出具评审意见。") == \
        ["区文化旅游局", "第三方机构"]
    assert _units("区文化旅游局或经区文化旅游局依法委托的专业机构对申报材料组织评审。") == ["区文化旅游局", "专业机构"]
    # near misses: no verb of doing after them, and 对…组织评审的结果 is a noun
    assert _units("区文化旅游局和被委托的单位代表参加会议。") == []
    assert _units("专家组对申报材料组织评审的结果进行公示。") == []


def test_village_with_its_community_in_brackets():
    assert _units("村（社区）负责在本村河塘附近设置警示标志。") == ["村（社区）"]
    assert _units("村(居)负责在本村河塘附近设置警示标志。") == ["村(居)"]
    # near misses: 村 alone is a place, the village's secretary a person
    assert _units("村负责在本村河塘附近设置警示标志。") == []
    assert _units("村（社区）党组织书记负责在本村河塘附近设置警示标志。") == []


def test_working_group_members_named_as_bodies():
    assert _units("由区征收补偿认定工作小组成员单位共同参与项目决算的有关事宜。") == ["区征收补偿认定工作小组成员单位"]
    # near miss: the bodies that make up a group are members, no units
    assert _units("由区农业局、区财政局组成工作小组负责审计。") == []

