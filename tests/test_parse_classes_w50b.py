"""Round 50 second wave (w50b): the readings the Round 56 rulings turned or confirmed — a regulated party's duty list
read by its items (「X应当履行下列职责／责任：（一）…」: each item's subject the lead-in's, a doer where X is a body
named by a kind; none for a person, a household or the public, nor for a duty only held 「负有…义务」), 【…】 article
headings read as （…） ones (no part of the name after them), and 「届时，将由A牵头」 read as 由A牵头. Made-up texts."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

RULES = "某区燃气安全管理办法\n第一章 总则\n第一条 为了加强燃气安全管理，制定本办法。\n第二章 职责\n"
CLOSE = "第三章 附则\n第九条 本办法自发布之日起施行。\n"


def article_items(lead_in: str) -> list[list[str]]:
    """The units of the items under one article 「第二条 <lead-in>」 with two subjectless duties."""
    text = (RULES + f"第二条 {lead_in}\n（一）建立燃气安全检查制度，定期组织开展安全检查。\n"
            "（二）对从业人员开展安全培训，每年至少组织一次应急演练。\n" + CLOSE)
    return [t.responsible_units for t in parse_text(text).tasks if t.path == ["2"]]


# --- a duty list read by its items (Round 56 rulings, Tasks) -------------------------------------------------------


@pytest.mark.parametrize("lead_in, kinds", [
    ("燃气经营企业应当履行下列安全职责：", ["燃气经营企业"]),
    ("机关、团体、事业单位应当落实燃气安全主体责任，履行下列职责：", ["机关、团体、事业单位"]),
    ("机关、学校、医院等单位应当落实燃气安全主体责任，履行下列职责：", ["机关", "学校", "医院"]),
    ("燃气安全重点单位除履行本办法规定的职责外，还应当履行下列职责：", ["燃气安全重点单位"]),
    ("供气单位和餐饮企业应当履行下列燃气安全责任：", ["供气单位", "餐饮企业"]),
    ("业主大会、业主委员会应当履行下列燃气安全义务：", ["业主大会", "业主委员会"]),
    ("使用燃气的商场、宾馆和人员密集场所等重点场所，除履行前条规定的职责外，还应当履行下列职责：",
     ["商场", "宾馆", "人员密集场所"]),
])
def test_a_kind_of_body_over_its_duty_list_is_each_item_s_doer(lead_in, kinds):
    assert article_items(lead_in) == [kinds, kinds]


def test_a_kind_of_body_before_a_work_clause_s_parts_is_each_item_s_doer():
    assert article_items("居民委员会应当协助街道做好燃气安全工作，具体内容包括：") == [["居民委员会"]] * 2


@pytest.mark.parametrize("lead_in", [
    "燃气用户应当履行下列安全义务：",          # a person of the public
    "居民家庭应当履行下列安全义务：",          # a household
    "从业人员应当履行下列职责：",              # persons
    "燃气经营企业负有下列安全义务：",          # a duty only held
    "燃气经营企业违反本办法的，应当承担下列法律责任：",   # liabilities, no work
])
def test_near_misses_name_none(lead_in):
    assert article_items(lead_in) == [[], []]


def test_an_item_with_its_own_body_keeps_it():
    text = (RULES + "第二条 燃气经营企业应当履行下列安全职责：\n（一）建立燃气安全检查制度。\n"
            "（二）区应急局应当对燃气经营企业开展监督检查。\n" + CLOSE)
    got = [t.responsible_units for t in parse_text(text).tasks if t.path == ["2"]]
    assert got == [["燃气经营企业"], ["区应急局"]]


# --- 【…】 article headings read as （…） (Round 56 rulings, Titles) -----------------------------------------------


@pytest.mark.parametrize("head", ["【主体责任】", "【监管职责】", "（主体责任）"])
def test_a_bracket_heading_is_no_part_of_the_name_after_it(head):
    text = RULES + f"第二条 {head}区燃气管理中心负责全区燃气安全的监督管理，组织开展安全检查。\n" + CLOSE
    task = next(t for t in parse_text(text).tasks if t.number == "2")
    assert task.responsible_units == ["区燃气管理中心"]


def test_a_bracket_in_a_name_stays():
    # near miss: a name's own bracket 「区国资委（集资委）」 is kept as printed
    text = RULES + "第二条 区国资委（集资委）负责区管企业燃气安全的监督管理。\n" + CLOSE
    task = next(t for t in parse_text(text).tasks if t.number == "2")
    assert task.responsible_units == ["区国资委（集资委）"]


# --- 「届时，将由A牵头」 (Round 56 rulings, confirmed) ---------------------------------------------------------------


def test_by_a_leading_after_a_time_word_leads():
    text = ("某区燃气安全检查方案\n一、工作目标\n消除燃气隐患。\n二、工作安排\n（一）自查阶段（4月）\n"
            "各单位开展自查。\n"
            "（二）检查阶段（9月）\n各单位要按时完成整改。届时，将由区应急局牵头，组织力量对重点单位进行统一检查。\n")
    task = next(t for t in parse_text(text).tasks if t.number == "二" and t.path == ["二"])
    assert task.lead_units == ["区应急局"]


# --- a subject carried inside one paragraph past 「对…的项目，」 (Round 56 rulings, Units) ---------------------------

NOTICE = "关于加强绿色建筑管理的通知\n一、工作目标\n提高建筑节能水平。\n二、主要措施\n（一）严格方案评估\n"


def notice_units(paragraphs: str) -> list[list[str]]:
    return [t.responsible_units for t in parse_text(NOTICE + paragraphs).tasks]


def test_a_subject_carries_past_an_objects_clause_to_a_modal_and_organised_work():
    assert notice_units("区建管委应按照有关要求，明确本区项目管理要求。对申请奖励的绿色建筑项目（近零能耗项目），应按照"
                        "本区规定，组织开展专项评估，形成评估报告。\n") == [["区建管委"]]


def test_a_page_break_inside_a_title_ends_no_paragraph():
    assert notice_units("区建管委应按照《某市绿色建筑第三\n\n方评估管理办法》要求，明确测评管理要求。"
                        "对申请奖励的项目，应按照"
                        "本区规定，组织开展第三方评估。\n") == [["区建管委"]]


def test_no_carrying_across_paragraphs():
    # near miss: the subjectless sentence stands in a paragraph of its own
    assert notice_units("区建管委应按照有关要求，明确本区项目管理要求。\n"
                        "对申请奖励的项目，应按照本区规定，组织开展专项评估。\n") \
        == [[]]


def test_an_objects_clause_before_by_an_agent_is_read_as_before():
    # near miss: 「对…的项目，由A…」 keeps its 由-clause reading (no carried subject added)
    assert notice_units("区建管委应按照有关要求，明确本区项目管理要求。"
                        "对申请奖励的项目，由区评审中心组织开展专项评估。\n") \
        == [["区评审中心"]]


# --- 「A要加强…，落实B在…开展…」: A the doer, B no unit (Round 56 rulings, Units, x78_04) ----------------------------


@pytest.mark.parametrize("b", ["施工单位", "项目施工总包单位", "监理单位", "区住建委"])
def test_the_subject_of_a_later_luoshi_is_the_doer_and_its_object_none(b):
    assert notice_units(f"市养护中心、各区道路管理机构要加强各自养护作业的管理，"
                        f"落实{b}在信用系统内如实开展分包信息报送。\n") \
        == [["市养护中心", "各区道路管理机构"]]


def test_a_works_party_opening_its_own_sentence_stays_a_name():
    # near miss: 「施工单位应…」 opens with the party itself, which 落实 no longer precedes
    assert notice_units("施工单位应落实分包信息报送制度，组织开展分包信息报送。\n") == [["施工单位"]]


# --- the blind set's works parties (plans-next246 x246_03's shapes) --------------------------------------------------


def rule_units(article: str) -> list[str]:
    text = RULES + article + "\n" + CLOSE
    return next(t for t in parse_text(text).tasks if t.number == "2").responsible_units


def test_a_works_party_named_after_jianshe_gongcheng_is_a_body():
    assert rule_units("第二条 建设工程项目实施企业应当按照项目法人责任制的要求，负责项目的投资、进度和质量安全控制。") \
        == ["建设工程项目实施企业"]


def test_a_verb_and_its_object_stay_no_name():
    # near miss: 「推动企业」 is a verb and its object, not a party named 建设工程…企业
    assert rule_units("第二条 区建管委应当推动企业落实燃气安全主体责任，负责组织开展安全检查。") == ["区建管委"]


def test_a_subject_with_the_time_before_its_step_carries_to_a_later_sentence():
    assert rule_units("第二条【竣工验收】区燃气管理中心在项目竣工验收前，应当向有关主管部门提出竣工认可申请。"
                      "并负责组织有关单位"
                      "进行竣工验收。") == ["区燃气管理中心"]


# --- a list of papers to hand in, a request and an estimate among them (round 35's lists that give no work) ---------


def rule_tasks(article: str) -> list[tuple[list[str], str]]:
    return [(t.path, t.number) for t in parse_text(RULES + article + CLOSE).tasks]


def test_papers_with_a_request_and_an_estimate_are_the_article_s_text():
    got = rule_tasks("第二条 【重大项目】重大项目应事前核准，由区国资委出具批复。报送的材料须包含以下内容：\n"
                     "1、请示。包括单位情况、项目名称、建设地点等；\n2、项目建议书；\n3、项目概算；\n4、可行性研究报告、环评报告等。\n")
    assert ([], "2") in got and not any(path == ["2"] for path, _n in got)


def test_a_list_of_work_under_a_papers_word_stays_items():
    # near miss: the lines give work (制定／组织开展), not papers
    got = rule_tasks("第二条 区国资委负责材料审核工作，具体包括：\n1、制定审核工作规程；\n2、组织开展材料抽查；\n"
                     "3、督促企业整改。\n")
    assert sum(path == ["2"] for path, _n in got) == 3


# --- 「A将适时组织对…的…工作」: 组织＋work, 将 and 适时 between changing nothing (rounds 34, 47) -------------------


def test_will_organise_named_work_is_work():
    assert rule_units("第二条 区燃气管理中心将适时组织对重点燃气设施的安全评估工作。") == ["区燃气管理中心"]


def test_will_organise_an_event_names_no_doer():
    # near miss (round 42): an event the subject will organise, no act
    assert rule_units("第二条 区燃气管理中心将适时组织集中答复活动。") == []
