"""Round 59 (p59b): the units of a rule's article — words before a body's name, a party's list, a heading's generic
word, and the forms of its subject — read on plans-next299 and plans-next304 (made-up texts of each form, and near
misses that must not fire)."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


def _units(text: str) -> dict[str, tuple[list[str], list[str]]]:
    """Each task's path → (lead, responsible) of a made-up document."""
    return {"/".join([*t.path, t.number]): (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


def _rules(*articles: str) -> str:
    """A made-up set of rules: a title, then articles 「第N条 (heading)」 over their paragraphs."""
    numbers = "一二三四五六七八九"
    body = "\n\n".join(f"第{numbers[i]}条  ({head})\n\n{text}" for i, (head, text) in
                       enumerate(a.split("|", 1) for a in articles))
    return "某区房屋更新管理实施细则\n\n" + body + "\n"


# -- 「（topic）经A组织＋verb…后」: A organises the step (Round 77: 经A组织＋verb names A); the topic and 经 are no
# part
# of A's name ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,want", [
    ("实施方案经区住建委组织相关部门、单位论证通过后，应当在范围内公示。", ["区住建委"]),
    ("农户提出申请，经村委会组织公示后，向镇政府申办。", ["村委会"]),
    ("经区经信委组织专家论证后，予以公布。", ["区经信委"]),
])
def test_the_organiser_after_jing_is_named_alone(text, want):
    assert doer_units(text)[1] == want


@pytest.mark.parametrize("text", [
    "实施方案经区住建委审核通过后，应当公示。",                     # 经A审核: a review, none
    "经国家发改委审查和现场核查后，项目纳入汇编。",                 # 经A审查 without 组织: none
])
def test_a_review_after_jing_names_no_organiser(text):
    assert not any("应急局" in n or "住建委" in n or "发改委" in n for n in doer_units(text)[1])


# (Round 92, confirmed: 「经A组织（初审／审查／评审）…（通过／同意）后」 names A — 组织 is rule 2's wherever it stands,
# a 经…后 clause included; rounds 67/70 read such reviews as naming none — p66f)
@pytest.mark.parametrize("text,want", [
    ("经国家发改委组织审查和现场核查后，项目纳入汇编。", ["国家发改委"]),
    ("方案经县应急局组织评审通过后，由各镇落实。", ["县应急局", "各镇"]),
])
def test_an_organised_review_after_jing_names_its_organiser(text, want):
    assert doer_units(text)[1] == want


# -- an article's subjects: a 的-phrase before a co-signer, a place a party goes to, a joining word
def test_a_described_cosigner_is_the_kind_after_the_last_de():
    got = _units(_rules("签约|区规划资源部门应当与建设单位签订出让合同。",
                        "委托评估|经选定的评估机构应当与实施主体签订委托协议，并开展评估工作。"))
    assert got["2"] == ([], ["评估机构", "实施主体"])
    assert got["1"] == ([], ["区规划资源部门", "建设单位"])


def test_the_office_a_party_goes_to_is_no_subject():
    got = _units(_rules("签约|区规划资源部门应当与建设单位签订出让合同。",
                        "登记|合同签订后，购房人应当持供应单，到区不动产登记机构办理转移登记，"
                        "区不动产登记机构应当在登记簿内注记。"))
    assert got["2"] == ([], ["区不动产登记机构"])


def test_a_party_going_to_an_office_alone_names_none():
    got = _units(_rules("签约|区规划资源部门应当与建设单位签订出让合同。",
                        "登记|合同签订后，购房人应当持供应单，到区不动产登记机构办理转移登记。"))
    assert got["2"] == ([], [])


def test_a_joining_word_is_no_part_of_the_subject():
    got = _units(_rules("签约|区规划资源部门应当与建设单位签订出让合同。",
                        "档案保管|区档案馆负责保管档案。同时建设单位应向使用管理单位提供一套工程档案。"))
    assert got["2"] == ([], ["区档案馆", "建设单位"])


def test_a_later_subject_with_a_step_before_its_verb():
    got = _units(_rules("签约|区规划资源部门应当与建设单位签订出让合同。",
                        "申报认定|项目由区住房管理部门会商区发展改革等部门，筹划建设规模。"
                        "区规划资源部门在会商前，对项目规划和用地条件进行核定。"))
    assert got["2"] == ([], ["区住房管理部门", "区规划资源部门"])


def test_a_later_mention_with_no_verb_of_doing_names_none():
    got = _units(_rules("签约|区规划资源部门应当与建设单位签订出让合同。",
                        "申报认定|项目由区住房管理部门会商区发展改革等部门，筹划建设规模。"
                        "区规划资源部门在会商前的意见作为参考。"))
    assert got["2"] == ([], ["区住房管理部门"])


# -- 「A作为X主管部门，应…」: a designation with its field before 主管部门 and no 的 (Round 75's p57a-1)
@pytest.mark.parametrize("text,want", [
    ("区住房管理部门作为区房源收储主管部门，应根据需求情况，统筹安排房源，加强动态监管。", ["区住房管理部门"]),
    ("区财政局作为资金主管部门，应当加强资金监管。", ["区财政局"]),
])
def test_a_designation_by_a_field_main_department(text, want):
    assert doer_units(text)[1] == want


def test_main_department_as_an_object_is_no_designation():
    assert doer_units("区财政局作为资金主管部门提供支撑。")[1] == []


# -- 「A牵头与B对接」: the partner of a joint step is no object of 牵头 (Round 74's x293_03: 对接's partner adds
# none)
def test_the_partner_after_qiantou_yu_adds_none():
    text = "房屋为系统公房的，街镇应当牵头与系统公房产权单位对接，提前协商实施方式。"
    assert doer_units(text) == (["街镇"], ["街镇"])


def test_the_objects_of_qiantou_stay_units():
    assert doer_units("区建管委牵头各街镇对工程监管情况进行交叉检查。") == (["区建管委"], ["区建管委", "各街镇"])


# -- 「A要自行或委托B开展…」: A acts either way (round 35's 委托 pivot); an option stays none
def test_acting_itself_or_by_commission_names_the_subject():
    assert doer_units("各街镇要自行或委托第三方专业团队开展日常安全检查。")[1] == ["各街镇"]


def test_an_option_to_act_itself_or_by_commission_names_none():
    assert doer_units("业主可以自行或委托代理机构办理备案。")[1] == []


# -- the owner 「业主」 beside the works' parties is a party of its own, no field of 单位
def test_the_owner_is_a_party_apart():
    assert doer_units("业主、建设单位、施工单位应严格落实各项安全措施。")[1] == ["业主", "建设单位", "施工单位"]


def test_fields_of_the_works_parties_still_share_their_head():
    assert doer_units("建设、施工单位应严格落实各项安全措施。")[1] == ["建设、施工单位"]


# -- 「B按各自职责分工配合开展…」 after a doer: B, one name as printed where fields share 等部门 (rounds 30, 31)
def test_partners_by_their_duties_after_a_doer():
    text = "区房管部门负责行业管理。区发改、财政、公安等部门按各自职责分工配合开展更新改造工作。"
    assert doer_units(text)[1] == ["区房管部门", "区发改、财政、公安等部门"]


def test_named_partners_by_their_duties():
    assert doer_units("区房管部门负责行业管理。区发改委、区财政局按各自职责分工配合开展工作。")[1] == \
        ["区房管部门", "区发改委", "区财政局"]


# -- an article headed by a bare kind 「第四条 管理部门」 over items naming their own bodies: no heading unit
_HEADED = ("某区住房管理实施细则\n\n第一章　总则\n\n第一条　目的\n\n为加强管理，制定本细则。\n\n"
           "第二条　{head}\n\n（一）区住房管理部门是本区住房工作的行政管理部门，组织编制年度实施计划。\n\n"
           "（二）各房源收储单位负责对房源进行收购、储备。\n\n第二章　建设\n\n第三条　建设单位\n\n"
           "建设单位应当具备相应的资金和资质条件。\n\n第四条　计划编制\n\n区住房管理部门应当组织编制年度实施计划。\n")


def test_a_bare_kind_heading_gives_its_items_no_unit():
    got = _units(_HEADED.format(head="管理部门"))
    assert got["2/一"] == ([], ["区住房管理部门"])
    assert got["2/二"] == ([], ["各房源收储单位"])


def test_a_named_heading_still_gives_its_siblings_their_units():
    text = ("某区工作规则\n\n第一条　目的\n\n为加强管理，制定本规则。\n\n第二条　区教育局\n\n"
            "（一）负责全区学校安全工作。\n\n（二）负责指导学校开展演练。\n\n第三条　区民政局\n\n"
            "（一）负责养老机构安全工作。\n\n（二）负责指导机构开展演练。\n")
    got = _units(text)
    assert got["2/一"][1] == ["区教育局"] and got["3/二"][1] == ["区民政局"]


# -- 「由A保管」: keeping the records is a verb of doing (round 63's x248_02) --
def test_keeping_records_by_a_party():
    assert doer_units("停建项目的工程档案由建设单位保管。")[1] == ["建设单位"]


def test_a_keeping_office_in_a_name_is_no_verb():
    assert doer_units("档案由区档案保管中心统一接收。")[1] == ["区档案保管中心"]


# -- 「（X职责）」 where X is a bare government or the works' parties as a class: the article's own bodies --
_DUTIES = ("某区人防档案管理规定\n\n第一条（目的）\n\n为加强管理，制定本规定。\n\n第二条（{head}）\n\n{text}\n\n"
           "第三条（停建工程）\n\n停建项目的档案由建设单位保管。\n")


def test_a_bare_government_heading_gives_way_to_the_offices_named():
    text = _DUTIES.format(head="政府职责", text="市国动办负责全市档案的管理工作，业务上受市档案主管部门监督和指导。\n\n"
                                               "各区国动办负责所辖区域内档案的管理工作。")
    assert _units(text)["2"] == ([], ["市国动办", "各区国动办"])


def test_the_works_parties_heading_gives_way_to_the_party_named():
    text = _DUTIES.format(head="参建单位职责",
                          text="建设单位应当建立健全档案管理制度，负责督促施工等参建单位做好收集工作。")
    assert _units(text)["2"] == ([], ["建设单位"])


def test_a_placed_body_heading_still_names_the_body():
    text = _DUTIES.format(head="区档案馆职责", text="负责接收和保管全区工程档案，指导档案利用工作。")
    assert _units(text)["2"] == ([], ["区档案馆"])


# -- a later sentence of an article: its subject under another's guidance, then its own verb (round 44) --
def test_a_subject_under_guidance_then_its_verb():
    text = _DUTIES.format(head="档案利用", text="符合规定的单位和个人，可以向人防管理部门申请利用档案。"
                                               "市国动办在市档案主管部门的指导下，制定档案利用具体规定，并向社会公布。")
    assert _units(text)["2"] == ([], ["市国动办"])


def test_an_applicant_alone_names_none():
    text = _DUTIES.format(head="档案利用", text="符合规定的单位和个人，可以向人防管理部门申请利用档案。")
    assert _units(text).get("2", ([], [])) == ([], [])


# -- a party's own application through a platform and its own records handed over: filings, no doer (rounds 30, 41)
_FILING = ("某区人防档案管理规定\n\n第一条（目的）\n\n为加强管理，制定本规定。\n\n第二条（档案移交）\n\n"
           "区人防办负责审查、接收本部门审批的工程档案。\n\n{text}\n")


@pytest.mark.parametrize("text", [
    "建设单位应当在竣工验收时，通过政务服务平台申请档案接收事项。",
    "建设单位应当按照承诺在竣工验收后三个月内完成工程档案移交。",
])
def test_a_partys_own_filing_adds_no_unit(text):
    assert _units(_FILING.format(text=text))["2"] == ([], ["区人防办"])


def test_a_partys_own_work_stays_its():
    text = "建设单位应当在竣工后建立档案管理制度，并对档案的完整性负责。"
    assert _units(_FILING.format(text=text))["2"] == ([], ["区人防办", "建设单位"])


def test_a_payer_to_an_office_adds_no_unit():
    text = "平时利用公用民防工程的，使用单位应当按照有关规定，向市或者区民防办缴纳民防工程使用费。"
    assert _units(_FILING.format(text=text))["2"] == ([], ["区人防办"])


# -- an article's opening subjects: a 有关 kind beside placed bodies, a step 「在…前，」 before the modal (round 44)
_PLANNING = ("某区民防工程管理规定\n\n第一条（目的）\n\n为加强管理，制定本规定。\n\n第二条（规划编制）\n\n{text}\n")


def test_placed_bodies_and_a_concerned_kind_before_a_step_and_the_modal():
    text = "市、区级国动部门、有关管委会人民防空管理部门在编制建设规划前，应当开展工程现状情况调查。"
    assert _units(_PLANNING.format(text=text))["2"] == ([], ["市、区级国动部门", "有关管委会人民防空管理部门"])


def test_a_bare_concerned_kind_alone_opens_no_subject():
    text = "有关部门在编制建设规划前，应当开展工程现状情况调查。"
    assert _units(_PLANNING.format(text=text)).get("2", ([], []))[1] == []


# -- a paper handed back to its issuer: a party's step toward the body, none --
def test_a_paper_handed_back_names_no_doer():
    text = "生产企业在领取新证书时，应当向区人防办交还原证书。"
    assert _units(_FILING.format(text=text))["2"] == ([], ["区人防办"])


def test_a_partys_own_work_after_a_step_stays_its():
    text = "生产企业在领取新证书时，应当建立质量管理体系。"
    assert _units(_FILING.format(text=text))["2"] == ([], ["区人防办", "生产企业"])


def test_jing_inside_a_name_after_its_place_is_no_prefix():
    names = doer_units("区统计局联合区经普办组织开展统计开放日活动。")[1]
    assert "普办" not in names and "区经普办" in names
