"""Round 32 (p32u): units read from sentences and labels — the classes of plans-next98–103 and the round-32 rulings
(CONVENTIONS.md "Round 32 rulings"), each in other wordings than the corpus line, with near misses that must not
change."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units
from desktop.core.parse.units import looks_like_unit, split_units


# 1. a kind or group whose verb of rule 2 is not next to it: a modal, an adverb, a first verb joined by 并, a
# 对-phrase, or an earlier clause of the same subject stand between (plans-next98 1, -99 5, -100 1, -103 9)
@pytest.mark.parametrize("text,want", [
    ("物业服务企业要严格落实垃圾分类管理责任。", ["物业服务企业"]),
    ("施工企业应及时落实整改措施。", ["施工企业"]),
    ("餐饮企业应建立并落实食品安全自查制度。", ["餐饮企业"]),
    ("各镇对辖区内的重点企业落实网格化巡查。", ["各镇"]),
    ("各街道应对老旧小区落实消防安全检查。", ["各街道"]),
    ("各项目法人要加快完善管理体系，组织开展隐患排查。", ["各项目法人"]),
    ("学校切实落实晨午检制度。", ["学校"]),
    ("区住建委要扎实组织实施老旧小区改造。", ["区住建委"]),
    ("区城管执法局不定期组织各街镇开展联合检查。", ["区城管执法局"]),
    ("区民政局、区卫生健康委等相关部门负责做好保障。", ["区民政局", "区卫生健康委"]),
    ("市教委、市体育局等行业主管部门负责组织开展培训。", ["市教委", "市体育局"]),
    ("场馆管理单位或者产权单位应当制定并落实日常维护制度。", ["场馆管理单位", "产权单位"]),
    ("河道保洁员由各镇属地化管理，区水务局负责业务指导。", ["各镇", "区水务局"]),   # 属地化 is no part of a name
])
def test_a_doer_with_words_before_its_verb_is_read(text, want):
    assert doer_units(text)[1] == want


@pytest.mark.parametrize("text", [
    "区财政局对各单位落实情况进行检查。",            # 落实 in a noun: 检查 is no verb of rule 2
    "各街镇要对落实情况开展督查。",
    "区商务委应督促并落实企业主体责任。",              # a pivot verb first
    "各区要严格督促企业落实主体责任。",                # the object of 督促 does the work
    "企业法人要签字确认。",                            # no verb of rule 2
    "各单位要严格落实工作责任。",                      # a general call
    "学校周边环境得到改善。",
    "区民政局、区卫生健康委等任务清单已下发。",
    "区住建委应当对项目明确提出是否实施装配式建筑的意见。",   # an opinion on whether to do it
    "各承办单位要提高认识，认真梳理，及时落实。",             # the round-32 adverbs only right after the name
])
def test_near_misses_give_no_doer(text):
    assert doer_units(text)[1] == []


# 2. 「A、B等部门及各区」: a group 各X after 及 is a unit of its own, the category tail 等部门 after full names drops
# (plans-next99 2); fields sharing one head stay one name before it
@pytest.mark.parametrize("value,want", [
    ("区民政局、区财政局及各街镇", ["区民政局", "区财政局", "各街镇"]),
    ("市卫生健康委、市民政局等部门及各区", ["市卫生健康委", "市民政局", "各区"]),
    ("区教育局及各镇", ["区教育局", "各镇"]),
    ("人事、卫生等部门及各区", ["人事、卫生等部门", "各区"]),
    ("区民政局及各区按职责分工负责", ["区民政局", "各区"]),
])
def test_a_group_after_ji_is_split_off(value, want):
    assert split_units(value)[0] == want


@pytest.mark.parametrize("value,want", [
    ("区民政局及各", ["区民政局及各"]),                     # no group named
    ("人事、卫生等部门", ["人事、卫生等部门"]),
    ("区住建委、公安、交通等部门", ["区住建委", "公安、交通等部门"]),
])
def test_near_misses_of_the_ji_split(value, want):
    assert split_units(value)[0] == want


def test_a_bracket_label_with_a_group_after_ji():
    plan = parse_text("某区实施方案\n一、重点任务\n"
                      "（一）开展普查。全面开展普查。（区农业农村委、区水务局等部门及各镇按职责分工负责）\n"
                      "（二）加强监测。建立监测网络。（区农业农村委牵头，区绿化市容局及各镇配合）\n")
    assert [t.responsible_units for t in plan.tasks] == [["区农业农村委", "区水务局", "各镇"],
                                                          ["区绿化市容局", "各镇"]]


# 3. a farm by its own name is a body (plans-next103 5); a kind of farm is none
@pytest.mark.parametrize("name", ["东山林场", "红星农场", "青峰茶场"])
def test_a_named_farm_is_a_unit(name):
    assert looks_like_unit(name)
    assert doer_units(f"由{name}安排专人负责苗木管护。")[1] == [name]


@pytest.mark.parametrize("name", ["家庭农场", "示范林场", "国有林场", "新建农场", "其他林场", "合作农场"])
def test_a_kind_of_farm_is_no_unit(name):
    assert not looks_like_unit(name)


def test_a_named_farm_helps_after_a_lead():
    assert doer_units("由县林业局牵头，东山镇、青峰林场配合。") == (["县林业局"], ["县林业局", "东山镇", "青峰林场"])


# 4. the round-32 rulings
@pytest.mark.parametrize("text", ["各地区要严格落实属地责任。", "各方面要落实责任。", "有关方面要负责做好衔接。"])
def test_all_sides_are_a_general_call(text):
    assert doer_units(text)[1] == []


@pytest.mark.parametrize("text,want", [
    ("区发展改革委会同有关方面负责推进。", (["区发展改革委"], ["区发展改革委"])),
    ("由区商务委会同各方面组织实施。", (["区商务委"], ["区商务委"])),
    ("由区商务委会同有关方面、区财政局组织实施。", (["区商务委"], ["区商务委", "区财政局"])),
])
def test_a_general_partner_gives_no_unit(text, want):
    assert doer_units(text) == want


@pytest.mark.parametrize("text,want", [
    ("各有关委、办、局要严格落实。", ["各有关委、办、局"]),
    ("由各有关委、办、局负责。", ["各有关委、办、局"]),
    ("各县（市、区）负责组织实施。", ["各县（市、区）"]),
])
def test_kinds_sharing_a_head_are_one_name(text, want):
    assert doer_units(text)[1] == want
    assert split_units(want[0])[0] == want


@pytest.mark.parametrize("text,want", [
    ("明确区城管执法局为责任主体，开展整治。", ["区城管执法局"]),
    ("明确区住建委、区房管局为本项工作的责任单位。", ["区住建委", "区房管局"]),
    ("明确物业服务企业为管理责任主体。", ["物业服务企业"]),
    ("由区绿化市容局作为主责单位，推进整治。", ["区绿化市容局"]),
    ("区水务局作为主责单位，推进河道整治。", ["区水务局"]),
    ("区绿化市容局作为绿地移交工作的统筹主体，要加强协调。", ["区绿化市容局"]),
    ("各街镇是承担辖区违法建筑整治主体责任，要提高认识。", ["各街镇"]),
    # (the two below were round 32's near misses: Round 75 rulings (p57a-1, governs) turned them — 「A为／是（…的）
    # 主管部门」 designates A, rounds 37 and 67's x284_02 第三条; read since p58b)
    ("区住建委为主管部门。", ["区住建委"]),
    ("区住建委是本区建筑市场的主管部门。", ["区住建委"]),
])
def test_a_designation_makes_a_doer(text, want):
    assert doer_units(text)[1] == want


@pytest.mark.parametrize("text", [
    "确定两家清运企业作为主体清运单位。",              # a role the item creates, no designation of the accountable
    "明确专人为联络员。",
    # (「区住建委为主管部门。」 and 「区住建委是本区建筑市场的主管部门。」 left this list: Round 75 rulings
    # (p57a-1) — rounds 37 and 67 govern, 「A为／是（…的）主管部门」 designates A; read in
    # test_a_designation_makes_a_doer)
    # (「区卫健委为牵头单位，各卫生院为实施单位。」 left this list: Round 58 rulings (x250_01) supersede round 31 — 为
    # with a duty word designates without 明确; tests/test_parse_classes_p51c.py)
    "企业作为市场主体，要依法经营。",                   # a market player, no designation
    "区财政局承担改造费用。",                            # a cost borne: a payer
    "该模式可作为各街镇推进分类管理的措施。",
])
def test_near_misses_of_a_designation(text):
    assert doer_units(text)[1] == []


def test_a_body_a_measure_is_for_is_no_body_set_up():
    # 「可作为各街镇推进…措施」 names the body a measure serves; the clause before it still gives its doer
    assert doer_units("各街镇对辖区居民落实宣传告知。该模式可作为各街镇推进管理的措施。")[1] == ["各街镇"]
    assert doer_units("成立区试点工作领导小组，负责统筹。")[1] == []


def test_unit_headings_under_a_lead_in():
    plan = parse_text("某镇审批办法\n一、审批流程\n（一）联合审核\n由镇社区事务中心、镇城建办两部门分别审核以下内容：\n"
                      "1、镇社区事务中心审核内容\n（1）申请人资格是否符合条件；\n（2）公示程序是否履行到位。\n"
                      "2、镇城建办审核内容\n（1）建房图纸是否符合要求；\n（2）其他需要审核的内容。\n")
    got = [(t.title[:6], t.responsible_units) for t in plan.tasks]
    assert got == [("申请人资格是", ["镇社区事务中心"]), ("公示程序是否", ["镇社区事务中心"]),
                   ("建房图纸是否", ["镇城建办"]), ("其他需要审核", ["镇城建办"])]


def test_a_heading_of_content_without_a_body_is_no_unit():
    from desktop.core.parse.prose_units import heading_units
    assert heading_units("镇城建办审核内容") == ["镇城建办"]
    assert heading_units("重点审核内容") == []
    assert heading_units("日常检查内容") == []


def test_a_childless_division_section_leaves_out_the_body_setting_up_a_group():
    plan = parse_text("某市专项治理实施意见\n一、主要任务\n"
                      "（一）开展排查。交通部门负责全面排查。\n（二）集中整治。公安部门负责集中整治。\n"
                      "二、组织机构和职责分工\n市政府成立专项治理工作协调小组，办公室设在市运管处，具体负责日常工作。\n"
                      "相关职能部门分工如下：\n交通部门：负责营运车辆的专项整治工作。\n公安部门：负责打击非法营运。\n"
                      "监察、纠风部门：负责查处违纪违法行为。\n")
    division = [t for t in plan.tasks if t.title.startswith("组织机构")]
    assert division and division[0].responsible_units == ["交通部门", "公安部门", "监察、纠风部门"]


@pytest.mark.parametrize("head", ["各物流企业应通过企业监控平台", "区执法大队可登陆综合监管平台",
                                  "各运营单位须按照统一要求"])
def test_a_first_clause_with_a_modal_is_no_unit_heading(head):
    # plans-next98 2: a clause with 应／可／须 and a preposition or verb is a sentence, not a heading naming a unit
    from desktop.core.parse.prose_units import heading_units
    assert heading_units(head + "，完成数据对接。") == []


@pytest.mark.parametrize("head,want", [("区应急管理局", ["区应急管理局"]),
                                       ("市供应链管理中心", ["市供应链管理中心"]),
                                       ("区数据监管平台运维中心", ["区数据监管平台运维中心"])])
def test_names_holding_ying_or_ke_stay_unit_headings(head, want):
    from desktop.core.parse.prose_units import heading_units
    assert heading_units(head + "：负责日常工作。") == want
