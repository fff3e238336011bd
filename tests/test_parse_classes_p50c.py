"""Round 50 first wave (p50c), responsible units read from sentences. Made-up texts in each class's shape.

- An article's heading printed in brackets on a line of its own 「第五条 （甲单位和乙单位协同）」 is the article's
  title,
  not a units bracket: the bodies it names are its topic, and the article's sentences name its doers (rule 2).
- 「A要组织好…」: 组织 is in rule 2's list whatever its object, 好 its complement (Round 49 rulings, x230_02), so
  its subject is a doer — also where the object is a noun phrase with a 的 close after 好.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.declarations import find_declaration
from desktop.core.parse.sentence_units import doer_units

RULES = "某区项目管理办法\n\n第一条 为规范管理，制定本办法。\n\n{body}\n\n第九条 本办法自2024年1月1日起施行。\n"


def _units(body: str) -> list[tuple[list[str], list[str]]]:
    return [(t.lead_units, t.responsible_units) for t in parse_text(RULES.format(body=body)).tasks]


# --- an article's bracketed heading is its title -------------------------------------------------------------------


def test_a_bracketed_article_heading_naming_two_parties_is_no_units_bracket():
    body = ("第二条 （甲方单位和乙方单位协同）\n\n项目期内，甲方单位应当会同乙方单位办理相关手续。\n\n"
            "实施期间，由甲方单位和乙方单位共同作为合同当事人签订合同。")
    (lead, resp), = _units(body)
    assert "甲方单位和乙方单位" not in lead + resp
    assert set(lead + resp) == {"甲方单位", "乙方单位"}


def test_the_heading_bracket_alone_is_not_read_as_a_declaration():
    assert find_declaration("（建设单位和监理单位协同）\n建设单位应当会同监理单位开展验收。") is None


def test_a_bracketed_heading_of_one_party_gives_the_sentences_doer():
    body = "第三条 （代建工作要求）\n\n代建单位实施项目管理时，应当派驻项目管理机构，提供项目管理方案。"
    assert _units(body) == [([], ["代建单位"])]


def test_near_miss_a_units_bracket_at_the_end_of_an_item_still_declares():
    # a bracket closing the item's text, with the doers' roles in it, stays rule 1's label
    decl = find_declaration("加强项目管理，规范手续办理。（区住建委牵头，区财政局配合）")
    assert decl is not None and decl.lead == ["区住建委"] and decl.resp == ["区财政局"]


def test_near_miss_a_bracket_holding_a_role_word_at_the_start_is_not_taken_for_a_heading():
    # 「（区住建委负责）」 on the first line names its doer by 负责: not the heading shape this class reads as a title
    decl = find_declaration("（区住建委负责）\n加强项目管理，规范手续办理。")
    assert decl is None or decl.resp == ["区住建委"]


# --- 组织好 ----------------------------------------------------------------------------------------------------------


def test_organise_well_names_its_subjects_each_in_order():
    text = ("健全工作机制。价格主管部门要密切关注物价变动；民政部门要组织好对低保对象补贴资金的发放；"
            "退役军人事务管理部门要组织好对享受国家定期抚恤补助的优抚对象补贴资金的发放；财政部门要积极安排补贴资金。")
    assert doer_units(text) == ([], ["民政部门", "退役军人事务管理部门"])


def test_organise_well_with_a_plain_object():
    assert doer_units("各区、各涉灾部门要根据灾害种类等情况，组织好应急物资前置工作。")[1] == ["各区", "各涉灾部门"]


def test_near_miss_a_thing_well_organised_is_no_verb():
    # 「组织好的」 describes a thing organised well: no doer
    assert doer_units("街道要把组织好的志愿者名单报区文明办。")[1] == []


def test_near_miss_organise_well_with_no_object():
    assert doer_units("各村要高度重视，精心组织。")[1] == []


def test_near_miss_a_payer_beside_an_organiser_stays_out():
    # 安排…资金 budgets money (a payer, round 48): only the organiser is a doer
    assert doer_units("民政部门要组织好救助资金的发放；财政部门要积极安排救助资金。")[1] == ["民政部门"]


# --- names run on through 等＋a verb, and levels sharing a head after a join ----------------------------------------


def test_a_role_named_body_before_etc_and_organise_is_the_agent():
    # 「由A或B等组织C…」: 出资人主体 is a body by its role (as 投资主体); 组织 after 等 is the verb, C its object
    text = "由主管部门（单位）或区政府授权的出资人主体等组织项目（法人）单位根据原则，在入围单位内选择确定承建单位。"
    assert doer_units(text) == ([], ["主管部门（单位）", "出资人主体"])


def test_near_miss_the_object_of_organise_stays_out():
    assert "各街道" not in doer_units("由区住建委等组织各街道开展检查。")[1]


def test_levels_sharing_a_head_after_a_join_are_the_second_body():
    # an article's opening subject (round 44): 「A和区、县B」 names A and 「区、县B」 (one name as printed, round 31)
    from desktop.core.parse.article_subjects import paragraph_subjects
    from desktop.core.parse.opening_subjects import opening_subject
    text = "上海市地名委员会和区、县地名委员会在同级人民政府领导下，审议决定地名工作的重大事项。"
    assert opening_subject(text, set()) == ["上海市地名委员会", "区、县地名委员会"]
    assert paragraph_subjects(text, set(), opening_subject) == ["上海市地名委员会", "区、县地名委员会"]


def test_split_units_rejoins_a_level_torn_after_a_join():
    from desktop.core.parse.units import split_units
    assert split_units("市水务局和区、县水务局、区财政局")[0] == ["市水务局和区、县水务局", "区财政局"]


def test_near_miss_a_list_of_levels_then_a_body_keeps_the_body_apart():
    from desktop.core.parse.units import split_units
    assert split_units("各区、城投集团")[0] == ["各区", "城投集团"]


# --- an article's subject after a topic 「对于…，」 and after the plan's own place 「本市」 ---------------------------


def _subjects(text: str) -> list[str]:
    from desktop.core.parse.article_subjects import paragraph_subjects
    from desktop.core.parse.opening_subjects import opening_subject
    return paragraph_subjects(text, set(), opening_subject)


def test_a_topic_that_names_the_matters_acted_on_is_no_case():
    # round 42: 「对于…，A应当…」 names what A acts on; the subject after it is the article's doer (round 44)
    assert _subjects("对于已受理的贷款申请，市住房中心应当建立贷款台账。") == ["市住房中心"]


def test_the_plan_s_own_place_before_a_name_is_dropped():
    # round 41: 本市 before a name is no part of it, as 我市
    assert _subjects("本市公积金中心应当建立贷款台账。") == ["公积金中心"]


def test_near_miss_a_case_before_the_subject_stays_a_contingency():
    # 「确需调整的，」 is rule 3's contingency, no topic
    assert _subjects("确需调整的，市住房中心应当重新核定。") == []


def test_near_miss_a_topic_with_a_verb_of_having_names_none():
    assert _subjects("对于已受理的贷款申请，市住房中心可以暂缓办理。") == []


# --- an article's subject with any verb of doing: 设立, 将＋object＋verb, after a case in a later sentence ----------


def test_setting_up_is_a_verb_of_doing_in_an_article():
    # Round 52 rulings (governs round 44 over round 35 inside articles): 设立 is a verb of doing; the body set up is
    # none
    assert _subjects("市住房中心设立全市统一专户，对封存户实行集中管理。") == ["市住房中心"]


def test_a_copula_stops_the_subject_s_name():
    # 「A是B设立的…机构，…实施…」: A, not 「A是B」
    assert _subjects("市储备中心是市政府设立的储备机构，在本市范围内实施土地储备。") == ["市储备中心"]


def test_a_later_sentence_s_body_answering_a_case_by_any_verb_of_doing():
    text = "单位在办理缴存业务时应当提供真实材料。单位提供虚假材料的，市住房中心依法将单位相关信息向社会公开。"
    assert _subjects(text) == ["市住房中心"]


def test_near_miss_a_payer_as_the_agent_of_by_after_a_case_stays_out():
    # 由A＋a cost verb names a payer (round 47): no unit, in a later sentence too
    text = "工程根据资金渠道具体实施。工程款超过估算价的，由管委会或各镇财政部门根据结算报告，予以支付超额部分。"
    assert _subjects(text) == []


def test_near_miss_a_future_will_is_no_disposal():
    # 「将于…」 says when, not 将＋object＋verb
    assert _subjects("受理材料齐全的，市住房中心将于五日内另行通知。") == []


# --- a region's body as subject, carried to rule 2's 实施 over its own first verb; 加大 ends a name ------------------


def test_a_group_by_kind_carries_over_its_first_verb_to_carry_out():
    text = "开展试点示范。各区在城镇生活等领域建设节水示范载体，重点统筹水务等行业，实施污水厂尾水就近利用。"
    assert doer_units(text)[1] == ["各区"]


def test_step_up_ends_the_subject_s_name():
    assert doer_units("各区加大城镇污水管网建设力度，实施污水管网破损修复和更新改造。")[1] == ["各区"]


def test_the_partners_of_with_end_before_step_up():
    # 「A会同B＋verb」 (rule 2): lead A, responsible A and B, the verb any
    leads, resp = doer_units("消防部门要会同商务、应急、住建等部门加大安全警示曝光力度。")
    assert leads == ["消防部门"] and resp == ["消防部门", "商务、应急、住建等部门"]


def test_near_miss_a_topic_read_as_a_name_does_not_carry_to_carry_out():
    # 「…用地入市实行…，实施统一规则」: the topic is no body (no body's ending, no 各)
    assert doer_units("集体建设用地入市实行同等入市制度，在统一的土地交易市场内进行，实施统一规则。")[1] == []


def test_near_miss_step_up_alone_is_no_rule_two_verb():
    # outside articles 加大 names no doer (round 30's closed list): the name ends there, no unit
    assert doer_units("各区加大污水管网建设力度，推进雨污混接改造。")[1] == []


def test_near_miss_a_general_call_without_a_kind_stays_out():
    assert doer_units("各地加大污水管网建设力度，实施污水管网破损修复。")[1] == []


# --- a joined agent named by where the work lies 「由A和所在地的B联合＋verb」 -------------------------------------


def test_a_joined_agent_described_by_its_place_is_the_name_after_the_de():
    text = "其他土地，由市储备中心和所在地的区（县）储备机构联合储备。"
    assert doer_units(text)[1] == ["市储备中心", "区（县）储备机构"]


def test_near_miss_a_place_inside_a_noun_s_description_names_none():
    # 「参加由A组织的…」: a body inside a noun's description is no doer (round 30)
    assert doer_units("各村要组织村民参加由所在地的镇政府组织的培训。")[1] == ["各村"]


def test_organise_well_with_a_thing_as_object():
    # round 43 turned 「各村要组织一支…抢险队」: 组织 whatever its object; with 好 its complement the same (Round 49,
    # x230_02) — moved here from ro31's verbs outside rule 2
    assert doer_units("各村要组织好200人的巡查队伍。")[1] == ["各村"]
