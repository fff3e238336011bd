"""Round 41 (p41d), doers in sentences: 组织＋work where the subject's verb comes late — in a later clause of a
subject carried over its sentence after a manner word (「…要高度重视，…，适时组织开行…」「…，有计划、有步骤地组织开展…」
「…，精心组织本单位职工参加…」「…，组织本校的初选工作」), and 「A将组织B（persons）」 with the act in a later clause
(round 30); a circumstance 「在…基础上」 between the subject and 会同. Made-up sentences written the way such plans
are, each with near misses that must not change (Round 41: 组织 with no object gives no doer; 组织 as a noun; 组织好;
a description 「A组织实施的项目」; Round 42: 「A将举办／将组织…活动」 without an act names no doer)."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.organised_work import organises
from desktop.core.parse.sentence_units import doer_units


def _resp(text: str) -> list[str]:
    return doer_units(text)[1]


def test_later_organise_with_work_is_the_carried_subjects():
    assert _resp("各中学要高度重视此项工作，结合本校实际，制定好宣传周工作方案，组织本校的预赛工作，"
                 "于5月10日前将结果报县教育局。") == ["各中学"]
    assert _resp("卫生健康、公安、商务等相关部门要加强信息互通，完善联络机制，适时组织开行返岗专车。") \
        == ["卫生健康、公安、商务等相关部门"]
    assert _resp("各社区要提高认识，切实加强领导，精心组织辖区居民、志愿者参加街道比赛。") == ["各社区"]
    assert _resp("各镇(街道)要坚持因地制宜，充分发挥本部门职能作用，有计划、有步骤地组织开展各类宣传活动。") \
        == ["各镇(街道)"]


def test_later_organise_near_misses_give_no_doer():
    # 组织 with no object (Round 41), a noun, 组织 inside another verb's object
    assert _resp("各站、各有关单位要全面部署、精心组织，认真做好宣传工作。") == []
    assert _resp("各社区要提高认识，加强组织领导，营造良好氛围。") == []
    # (组织好＋object was read as a call here; Round 49 rulings (x230_02) turn it: 组织 is rule 2's whatever its
    # object, 好 its complement — so a group by kind is its doer, p50c)
    assert _resp("各学校要高度重视，切实组织好本次竞赛工作。") == ["各学校"]
    assert _resp("各社区要高度重视，充分认识组织这项活动的重要意义，营造良好氛围。") == []
    assert not organises("组织一批宣传资料")
    assert not organises("精心组织")
    assert organises("适时组织开行返岗专车")


def test_will_organise_persons_then_act_in_a_later_clause():
    assert _resp("5月上旬至6月底，县残联将组织县内各新闻媒体的部分记者，围绕助残日主题，对全县助残典型进行采访。") \
        == ["县残联"]
    # an event the body will organise, no act: like 「A将举办…」 (Round 42), no doer
    assert _resp("针对群众关注的热点问题，县政府办公室将适时组织集中答复活动。") == []
    # persons organised with no act after them
    assert _resp("县残联将组织县内各新闻媒体的部分记者，营造良好氛围。") == []


def test_description_with_organise_is_no_doer():
    assert _resp("镇里组织实施的工程项目在领导小组统一领导下，由镇项目办统一归口管理。") == ["镇项目办"]


def test_circumstance_before_huitong():
    lead, resp = doer_units("市农业局在各县推荐基础上，会同有关部门评审确定示范基地10个。")
    assert lead == ["市农业局"] and resp == ["市农业局", "有关部门"]
    # the recommending bodies inside the circumstance are no units; without 会同 the subject alone does nothing
    assert doer_units("市农业局在各县推荐基础上，公布示范基地名单。") == ([], [])


def test_plan_item_reads_the_organiser():
    plan = parse_text("某县敬老月活动方案\n一、活动内容\n开展敬老征文活动。\n二、有关要求\n"
                      "1. 各小学要高度重视这次活动，立足本地实际，组织本校的初选工作，于10月11日前报县教育局。\n"
                      "2. 各小学要加强组织领导，营造良好氛围。\n")
    units = {t.key: t.responsible_units for t in plan.tasks}
    assert units.get("二.1") == ["各小学"]
    assert not units.get("二.2")


def test_name_left_alone_by_a_quoted_rule_then_organises():
    # 「A根据…，按照…的原则，…，组织开展…」: the rule quoted over commas is dropped, A stands alone before its work
    assert _resp("各社区根据街道文化站的推荐，按照公开透明和平等竞争的原则，向专业团体购买演出，"
                 "组织开展文化体育活动。") == ["各社区"]
    # the same with no 组织＋work after it: no doer
    assert _resp("各社区根据街道文化站的推荐，按照公开透明和平等竞争的原则，营造良好文化氛围。") == []


def test_event_as_object_and_unit_colon_label_stay_no_doer():
    # 组织＋an event with no act is a thing organised (round 31), even in a later clause
    assert _resp("各街镇要高度重视，积极组织辖区内的广场舞比赛。") == []
    # a unit-colon label is no name left alone by a rule: without a division lead-in it names no doer here
    assert _resp("县应急管理局：组织协调相关单位做好安全检查和应急救援。") == []
