"""Round 46 second wave (q46b): the article rule (round 44, decided: in an article the subject of any verb of doing is
a doer) where an article's bracketed heading runs into its paragraph 「第十一条（信息公开）A应当…」, where the subject
is an area's 管理委员会 or a body named by its office 「发证机关」, and after a step opened by 在 holding a 的-phrase;
a party's 补办 of a permit stays an application (round 30). And two sentence forms that say what a shorter one says:
「经由A组织…」 (= 由A组织, round 45) and 「A和B双牵头」 (= 牵头)."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units

# (rules whose articles hold items of their own: their articles are the plan's top level)
HEAD = ("某市建设工程信用管理办法\n第一条  为规范建设工程信用管理，制定本办法。\n第二条  信用信息包括：\n"
        "（一）工程业绩信息；\n（二）不良信用信息。\n")


def _units(article: str) -> list[str]:
    tasks = [t for t in parse_text(HEAD + "第三条" + article + "\n").tasks if t.number == "3"]
    return [u for t in tasks for u in t.lead_units + t.responsible_units]


@pytest.mark.parametrize(("article", "doers"), [
    ("（结果公开）市交通建设管理委应当在门户网站上公开并适时更新企业的评价结果。", ["市交通建设管理委"]),
    ("【信息公开】区城市管理局应当定期公开检查结果，接受社会监督。", ["区城市管理局"]),
    ("  行政管理部门、专业管理部门和特定地区管理委员会应当实行分类管理。",
     ["行政管理部门", "专业管理部门", "特定地区管理委员会"]),
    ("  登记机关受理变更申请时，应当核验申请材料与原证书是否一致。", ["登记机关"]),
    ("  质量安全监督机构在收到建设单位提交的书面报告后，应当对现场措施进行抽查。", ["质量安全监督机构"]),
])
def test_the_subject_of_an_articles_verb_of_doing_is_a_doer(article, doers):
    assert _units(article) == doers


@pytest.mark.parametrize("article", [
    # (near misses: an owners' committee is no body of government; a party's 补办 of a permit is an application)
    "  业主管理委员会应当加强对物业服务的监督。",
    "  被依法查处无施工许可证施工的，建设单位应当按照本规定及时补办施工许可证。",
    # (a bracketed heading over an option names none, as without the heading)
    "（异议申请）企业可以向市交通建设管理委提出书面异议申请。",
])
def test_near_misses_name_no_doer(article):
    assert _units(article) == []


def test_jingyou_reads_as_you():
    assert doer_units("经由区城管局组织评议，给予适当奖励。")[1] == ["区城管局"]
    # (near miss: 经 before another word stays as it was — 经A同意 names no doer)
    assert doer_units("经区城管局同意后，给予适当奖励。")[1] == []


def test_two_leads_written_shuang_qiantou():
    leads, resp = doer_units("具体工作由区住建委和区数据局双牵头，会同区发展改革委、区规划资源局等单位推进。")
    assert leads == ["区住建委", "区数据局"]
    assert resp[:2] == ["区住建委", "区数据局"] and "区发展改革委" in resp
    # (near miss: 双 in another word 「双随机」 leaves the sentence as it was)
    assert doer_units("区住建委牵头开展双随机抽查。")[1] == ["区住建委"]


@pytest.mark.parametrize(("article", "doers"), [
    # (a body of government whose field is works or design: its name ends on an office's word, so it is no kind)
    ("  市勘察设计事务中心应当对审查机构进行技术培训。", ["市勘察设计事务中心"]),
    ("  区建设工程施工安全监督站应当对在建工程进行抽查。", ["区建设工程施工安全监督站"]),
])
def test_a_works_or_design_office_is_a_body(article, doers):
    assert _units(article) == doers


def test_a_design_party_stays_a_kind():
    # (「设计单位」 is a role-like kind read by role_subjects; 「勘察设计企业」, a regulated party, is one too since
    # Round 62 rulings (turned, p53a): in articles a party named by a kind is a doer by any verb of doing, 加强 too)
    assert _units("  勘察设计企业应当加强内部质量管理。") == ["勘察设计企业"]


def test_a_body_acting_for_another_keeps_its_own_name():
    assert doer_units("区行政服务中心受区建设管理委委托，负责施工许可的受理工作。")[1] == ["区行政服务中心"]
    assert doer_units("市审批服务中心受市交通委委托具体负责证照核发。")[1] == ["市审批服务中心"]
    # (near miss: 受理 is no commission; the body before it is read as before)
    assert doer_units("区行政服务中心负责受理施工许可申请。")[1] == ["区行政服务中心"]


def test_a_list_closed_by_a_collective_name_keeps_its_members():
    text = "区住建委、区交通委、区水务局等（以下统称“行业主管部门”）是本行业的主管部门，负责本行业项目的管理。"
    assert doer_units(text)[1] == ["区住建委", "区交通委", "区水务局"]
    # (near miss: a list that names its kind as its own head 「等部门」 is read as before)
    assert doer_units("区住建委、区交通委、区水务局等部门负责项目管理。")[1] == ["区住建委", "区交通委", "区水务局"]
