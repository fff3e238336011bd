"""Round 50 second wave (w50d), responsible units of rules written as articles: an article run in on its number
「第三条　A应当＋verb」 names its opening body before a rule's modal (or rule 2's 负责) as a doer (CONVENTIONS.md
Round 44 rulings, decided), and 组织编制机关, the organ a planning law names by its office, is a body's name, not the
verb 组织 (Round 55 rulings on x248_01 第二十三条). Made-up texts."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

HEAD = "某市某某管理规定\n第一条　为了加强某某管理，制定本规定。\n"


def units(*articles: str) -> list[list[str]]:
    nums = "二三四五六七八九"
    text = HEAD + "".join(f"第{nums[i]}条　{a}\n" for i, a in enumerate(articles))
    return [t.responsible_units for t in parse_text(text).tasks]


# --- an article's opening body before a rule's modal -------------------------------------------------------------


@pytest.mark.parametrize("article, body", [
    ("区民政局应当建立老旧小区更新改造投入机制，完善资金保障。", "区民政局"),
    ("新区人民政府应当加强对小区治理工作的领导，建立健全协调机制。", "新区人民政府"),
    ("镇人民政府应当在小区设立联勤联动站，完善联动机制。", "镇人民政府"),
])
def test_an_article_s_opening_body_before_a_rule_s_modal_is_a_doer(article, body):
    assert units("区民政局负责小区治理的统筹协调。", article)[1] == [body]


def test_an_option_names_no_doer():
    # near miss: 可以 is an option (round 40), no work the article gives
    assert units("区民政局负责小区治理的统筹协调。", "区民政局可以对小区治理进行检查。")[1:] in ([], [[]])


def test_a_bare_level_names_no_doer():
    # near miss: 「市级部门」 names no body (round 44: a bare level)
    got = units("区民政局负责小区治理的统筹协调。", "市级部门应当保障小区治理所需经费。")
    assert all("市级部门" not in u for u in got)


def test_a_body_named_in_full_and_again_by_its_kind_keeps_the_printed_full_name():
    # the first paragraph's 负责 and a later paragraph's modal: the body as printed first, each once
    text = HEAD + ("第二条　新区街道办事处、镇人民政府负责本辖区小区治理工作。\n"
                   "街道办事处、镇人民政府应当建立常态化联系机制。\n")
    assert parse_text(text).tasks[0].responsible_units == ["新区街道办事处", "镇人民政府"]


# --- 组织编制机关 -------------------------------------------------------------------------------------------------


def test_the_organ_named_by_its_office_is_a_doer():
    assert units("区规划局负责规划的编制。", "规划编制过程中，组织编制机关应当采取座谈会等方式征求专家的意见。")[1] \
        == ["组织编制机关"]


def test_organising_a_drafting_is_still_a_verb():
    # near miss: 组织编制 followed by its object, not 机关: the verb of the subject before it
    assert units("区规划局负责规划的编制。", "区规划局应当组织编制控制性详细规划。")[1] == ["区规划局"]


# --- a list that is the object of the lead-in's verb of doing (Round 55 rulings) ---------------------------------


def _items(lead_in: str) -> list[list[str]]:
    text = HEAD + f"第二条　{lead_in}\n（一）规划许可的执行情况；\n（二）建设工程竣工规划验收。\n"
    return [t.responsible_units for t in parse_text(text).tasks]


@pytest.mark.parametrize("lead_in, body", [
    ("区规划局应当对下列情况进行监督检查：", "区规划局"),
    ("区档案局负责收集下列档案：", "区档案局"),
])
def test_items_listing_the_objects_of_the_lead_in_s_work_take_its_body(lead_in, body):
    assert _items(lead_in) == [[body], [body]]


@pytest.mark.parametrize("lead_in", [
    "申请人应当提交下列材料：",               # near miss: what a party hands in (材料), no work of a body
    "有下列情形之一的，由区规划局责令改正：",  # near miss: cases (之一), read as before
    "下列项目免予设计方案审核：",             # near miss: no body at all
])
def test_lists_of_materials_cases_or_exemptions_give_no_body_to_their_items(lead_in):
    assert all(u in ([], ["区规划局"]) for u in _items(lead_in))
    if "区规划局" not in lead_in:
        assert all(u == [] for u in _items(lead_in))


# --- the passive 「业务上受A监督和指导」 and the works' parties closed by 等 ---------------------------------


def test_a_body_under_another_s_supervision_names_no_second_body():
    text = HEAD + "第二条（管理部门）\n区规划局负责全区档案管理工作，业务上受区档案局监督和指导。\n"
    assert parse_text(text).tasks[0].responsible_units == ["区规划局"]


def test_the_works_parties_closed_by_etc_and_their_kind_are_one_name():
    text = HEAD + ("第二条　建设单位应当建立健全档案管理制度。勘察、设计、施工、监理等建设工程各参与单位应当同步"
                   "完成档案资料"
                   "的收集和整理。\n")
    assert parse_text(text).tasks[0].responsible_units == ["建设单位", "勘察、设计、施工、监理等建设工程各参与单位"]


# --- 由A＋the rule it follows＋its verb 「由A根据…的方案另行制定」 ---------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "具体验收方案由市清洁办根据省里的验收方案另行制定。",
    "具体考核办法由市清洁办按照省里的考核要求另行制定。",
])
def test_the_agent_of_by_before_the_rule_it_follows_is_a_doer(sentence):
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units(sentence)[1] == ["市清洁办"]


def test_an_agent_s_described_event_stays_a_noun_s_description():
    # near miss: 「由A组织的培训」 describes the training, no work of A's here
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units("职工参加由市清洁办组织的培训。")[1] == []


# --- 催促 is 督促; a manner word opens no name (Round 55 rulings on x249_08) ----------------------------------------


def test_urging_reads_as_supervising_and_its_related_object_is_no_glued_name():
    from desktop.core.parse.doer_words import doer_text
    assert doer_text("区消防科要加强检查，催促所属二级单位落实责任制。") \
        == "区消防科要加强检查，督促二级单位落实责任制。"


def test_a_name_never_opens_with_a_manner_word():
    text = ("街道火灾预防工作方案\n一、工作目标\n确保辖区火灾形势稳定。\n"
            "二、全面落实消防职责,严格查处各类火灾隐患各部门、各单位要坚决落实"
            "消防责任制。\n1.区消防科负责组织开展消防检查。\n2.各社区要开展巡查。\n")
    assert all(not any(n.startswith("严格") for n in t.responsible_units) for t in parse_text(text).tasks)


def test_a_related_name_outside_a_pivot_keeps_its_words():
    # near miss: 所属 not after 督促 is left as printed
    from desktop.core.parse.doer_words import doer_text
    assert doer_text("区消防科所属消防站负责检查。") == "区消防科所属消防站负责检查。"


# --- a long list of fields before one head 「…、…等部门」 (round 31: one name as printed) -----------------------------


def test_a_long_list_of_fields_sharing_one_head_is_one_name():
    head = "新区房屋管理、城管执法、规划资源、建设交通、民政、公安、应急管理、卫生健康、财政、人力资源社会保障等部门"
    got = units("区民政局负责小区治理的统筹协调。",
                f"新区人民政府应当加强领导。{head}应当按照各自职责履行职能，对小区治理进行分类指导、协同管理。")
    assert got[1] == ["新区人民政府", head]


def test_a_long_name_without_a_list_is_still_no_name():
    # near miss: no 、 — the 40-character cap on one name stands
    from desktop.core.parse.units import split_units
    long = "某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某局"
    assert split_units(long)[0] == []


# --- the levels of a group before their one government 「相关区、县人民政府」 (round 30's 「市、区X部门」) -------


@pytest.mark.parametrize("group", ["相关区、县人民政府", "各区、县人民政府"])
def test_levels_of_a_group_before_their_one_government_are_one_name(group):
    from desktop.core.parse.sentence_units import doer_units
    assert doer_units(f"由市规划局会同{group}组织编制。") == (["市规划局"], ["市规划局", group])


def test_a_named_place_before_a_level_s_government_stays_apart():
    # near miss: 「浦东新区」 is a place of its own, not a level the government's head is shared with
    from desktop.core.parse.sentence_units import doer_units
    assert "浦东新区、县人民政府" not in doer_units("由浦东新区、县人民政府组织编制。")[1]
