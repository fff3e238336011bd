"""Round 49 (t49c): units in whole rules (第N条 articles) the parser did not find or pass down — made-up wordings,
each with near misses that must stay as they were.

1. An article's lead-in that lists a role-like party's own duties 「监理单位应履行下列安全监督职责：」「养护单位应
   达到以下工作要求：」 gives that party to the items under it (Round 47 q44c: a works' party is a body named by a
   kind; round 37: 「…职责为：」 inside an article gives out work to its items); fields joined by 、 before one head
   「总承包、安装、监理等单位」 are one name as printed (round 31), the 的-phrase before them dropped (round 32) — not
   what a party hands in or meets 「申请人应当提交下列材料：」, nor a regulated party's 责任／义务 「物业服务企业应当
   履行下列消防安全责任：」 (round 41; x53_03).
2. A designation written topic first 「X的责任主体为A」「考核主体为A和B」 (round 34: stating who answers for the
   work, or who does it, designates A) names A, in articles and in a plan's items alike — not who applies or files
   「申报主体为A」「立项主体为A」 (round 30's applicant; x21_05), a party that holds 「入市主体为…」, a case
   「投资主体为企业的，…」 or a definition 「…主体是指…」.
3. Examples listed by 如 and closed by 等 「对可能存在文物埋藏的地域，如古冈身带、西门外地区等，由A会同…进行…」 are
   instances of the item's matter, no case: the agent of 由 after them is a doer (round 34) — a 如 that opens a case
   「如发生险情，由A组织抢险」「如遇汛期等，由A…」 stays a contingency (rule 3).
4. A co-signing inside an article 「A与B签订…」「A应当与B签订…」「…的，A与B应签订…」 makes A a doer and B, a body or
   a role-like kind, a co-signatory read like 会同 (Round 48 rulings, governs) — a person or the public as B adds
   none (Round 49 on x239_02); outside articles 「A与B签订…」 names none (round 42), and a liaison 「A与B对接」 is no
   signing.
5. A body named by whom it acts for 「赔偿权利人指定的部门或机关应当…」「区政府委托的机构应当…」 in an article is
   the kind after the last 的 (round 32; round 38 「所委托的机构」→机构), 或 joining two alternative doers (Round 49
   rulings on x229_03: [部门, 机关]) — not the object of a pivot 「区政府委托具备资质的机构开展评估」 (round 30), nor a
   kind that only files 「…指定的部门应当向区政府报送…」.
"""
from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def _units(doc: str) -> dict[tuple[str, ...], list[str]]:
    return {(*t.path, t.number): t.responsible_units for t in parse_text(doc).tasks}


def _rules(article: str) -> str:
    return ("某区建设工程机械安全管理办法\n\n第一条 为加强本区建设工程机械安全管理，制定本办法。\n\n"
            "第二条 区建设管理委负责本区建设工程机械的监督管理。\n\n" + article + "\n")


_ITEMS = "\n\n（一）审核机械相关资料；\n\n（二）编制监理细则，巡视专项方案的实施。"


# --- 1. a role's own duties listed under its lead-in ---------------------------------------------------------
@pytest.mark.parametrize("lead_in, want", [
    ("监理单位应履行下列安全监督职责：", ["监理单位"]),
    ("总承包单位应当履行以下安全管理职责：", ["总承包单位"]),
    ("养护单位应达到以下工作要求：", ["养护单位"]),
    ("与机械管理相关的总承包、安装、检验检测、监理等单位应各自履行下列安全管理职责：",
     ["总承包、安装、检验检测、监理等单位"]),
    ("施工单位和监理单位应当履行下列职责：", ["施工单位", "监理单位"]),
    # (a regulated party's 责任 or 义务 too: Round 56 rulings, Tasks, turned over round 41's reading of x53_03 — the
    # list is read by its items, the lead-in's body named by a kind their doer)
    ("物业服务企业应当履行下列消防安全责任：", ["物业服务企业"]),
    ("建设单位应当履行下列义务：", ["建设单位"]),
])
def test_a_roles_lead_in_gives_its_duties_to_the_items(lead_in, want):
    units = _units(_rules("第三条 " + lead_in + _ITEMS))
    assert units[("3", "一")] == want
    assert units[("3", "二")] == want


@pytest.mark.parametrize("lead_in", [
    "申请人应当提交下列材料：",                     # what an applicant hands in
    "建设单位负有下列义务：",                       # a duty only held (rounds 41, 52, 54; Round 56 rulings)
    "借款人应当履行下列职责：",                     # no role-like kind: a person
])
def test_a_list_of_papers_conditions_or_liabilities_gives_no_unit(lead_in):
    units = _units(_rules("第三条 " + lead_in + _ITEMS))
    assert all(not v for k, v in units.items() if k[0] == "3")


# --- 2. a designation written topic first ------------------------------------------------------------------------
def _plan(item: str) -> str:
    return "某区示范村建设实施方案\n\n一、工作任务\n\n（一）" + item + "\n\n（二）区农业农村委负责做好项目验收。\n"


@pytest.mark.parametrize("sentence, want", [
    ("本着“谁主管谁负责”的原则，考核主体为区发改委和区财政局。", ["区发改委", "区财政局"]),
    ("示范村建设项目的责任主体为镇人民政府。", ["镇人民政府"]),
    ("联合执法检查主体为区房管局、区应急局。", ["区房管局", "区应急局"]),
])
def test_a_holder_named_after_its_role_is_a_doer(sentence, want):
    assert _units(_rules("第三条 " + sentence))[("3",)] == want
    assert _units(_plan(sentence))[("一", "一")] == want


@pytest.mark.parametrize("sentence", [
    "综合改造工程项目，立项主体为区房管局。",             # who files the project (an applicant)
    "试点申报主体为街道办事处。",                         # an applicant
    "入市主体为农村集体经济组织。",                       # a party that holds
    "项目投资主体为企业的，由企业自行申报。",             # a case
    "本办法所称考核主体是指对代建单位进行考核的部门。",   # a definition
])
def test_an_applicant_a_holder_a_case_or_a_definition_names_none(sentence):
    assert _units(_rules("第三条 " + sentence)).get(("3",), []) == []       # (a definition is no task at all)
    assert _units(_plan(sentence))[("一", "一")] == []


# --- 3. examples listed by 如…等 ---------------------------------------------------------------------------------
def test_examples_listed_by_ru_and_deng_are_no_case():
    sentence = "对可能存在文物埋藏的地域，如古冈身带、西门外地区等，由区文物部门会同相关领域专家提前进行考古调查。"
    assert _units(_rules("第三条 " + sentence))[("3",)] == ["区文物部门"]
    assert _units(_plan(sentence))[("一", "一")] == ["区文物部门"]


@pytest.mark.parametrize("sentence", ["如发生险情，由区应急局组织抢险。", "如遇汛期等，由区水务局组织巡查。"])
def test_a_case_opened_by_ru_stays_a_contingency(sentence):
    assert _units(_rules("第三条 " + sentence))[("3",)] == []
    assert _units(_plan(sentence))[("一", "一")] == []


# --- 4. a co-signing inside an article ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("区规划资源局与原土地使用权人签订补偿协议。", ["区规划资源局"]),
    ("区住房保障局应当与验收通过的受托机构签订委托协议。", ["区住房保障局", "受托机构"]),
    ("机械采用租赁的，总承包单位与监理单位应签订安全协议。", ["总承包单位", "监理单位"]),
    ("区住房保障局与受托机构通过签订合作协议约定各自的权利与义务。", ["区住房保障局", "受托机构"]),
])
def test_a_co_signing_in_an_article_names_both_parties(sentence, want):
    assert _units(_rules("第三条 " + sentence))[("3",)] == want


@pytest.mark.parametrize("sentence", [
    "受托机构应当与借款人、共同借款人签订借款合同。",       # persons: the party alone
    "区住房保障局与区发展改革委做好工作对接。",             # a liaison, no signing
])
def test_a_person_or_a_liaison_adds_no_co_signatory(sentence):
    got = _units(_rules("第三条 " + sentence)).get(("3",), [])
    assert "借款人" not in got and "区发展改革委" not in got


def test_a_co_signing_outside_an_article_names_none():
    assert _units(_plan("区规划资源局与原土地使用权人签订补偿协议。"))[("一", "一")] == []


# --- 5. a body named by whom it acts for -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, want", [
    ("赔偿权利人指定的部门或机关应当建立案件信息的报告机制。", ["部门", "机关"]),
    ("区政府委托的机构应当按时开展评估。", ["机构"]),
])
def test_a_kind_named_by_whom_it_acts_for_is_a_doer(sentence, want):
    assert _units(_rules("第三条 " + sentence))[("3",)] == want


@pytest.mark.parametrize("sentence", [
    "区住房保障局委托具备资质的机构开展评估。",               # the pivot's object: its subject does the work
    "赔偿权利人指定的部门应当向区政府报送案件信息。",         # a sending only
])
def test_a_pivots_object_or_a_sender_is_no_such_kind(sentence):
    got = _units(_rules("第三条 " + sentence)).get(("3",), [])
    assert "机构" not in got and "部门" not in got
