"""Round 34 (p34b): units read from sentences by the round-34 rulings (CONVENTIONS.md "Round 34 rulings" → Units).
Made-up snippets written the way plans write, each with a near miss that must not change."""

from __future__ import annotations

import pytest

from desktop.core.parse.sentence_units import doer_units


@pytest.mark.parametrize("text,leads,resp", [
    # a regulated party or role named by a kind is a doer with a rule-2 form (建设单位, 设置者, 项目法人, 经营主体)
    ("业主单位应按照有关技术规范，严格组织消防设施竣工验收。", [], ["业主单位"]),
    ("项目法人按照基本建设程序组织实施。", [], ["项目法人"]),
    ("设置者应当严格按照相关标准组织施工。", [], ["设置者"]),
    # a 的-phrase before a name describes it: the unit is the name after the last 的
    ("开展夜间经营活动的运营主体应落实主体责任，对活动的全过程负责。", [], ["运营主体"]),
    ("凡涉及管线敷设的企事业单位要制定排查方案，组织对管线进行逐一排查。", [], ["企事业单位"]),
    # 由A＋any verb of doing; a platform made an actor so is a unit as printed; an agent applying for others
    ("各街道于每月底前报送台账，由区民政局汇总，形成月度报告。", [], ["区民政局"]),
    ("由市级平台每季度梳理充电设施数据。", [], ["市级平台"]),
    ("项目并网后，由各供电公司代为申请补贴资金。", [], ["各供电公司"]),
    # 协同 as an adverb of 实施 after the subject's rule
    ("区财政局、区审计局等部门按照各自职责，协同实施本办法。", [], ["区财政局", "区审计局"]),
    # a time or an adverb after the name is no part of it
    ("由区农业农村委会同各镇人民政府每半年对管护情况进行考核。", ["区农业农村委"], ["区农业农村委", "各镇人民政府"]),
    ("由区生态环境局进一步明确排放标准。", [], ["区生态环境局"]),
])
def test_round_34_doers(text, leads, resp):
    assert doer_units(text) == (leads, resp)


@pytest.mark.parametrize("text", [
    "由建设单位申报。",                                  # an applicant for itself
    "由建设单位向区住建委备案。",                         # a filer for itself
    "可由区住建委组织验收。",                             # an option
    "区教育局要督促各学校加强管理，负责落实安全措施。",     # a pivot: the later verbs are the object's
    "区住建委负责审批。\n要严格落实责任。\n组织各单位开展自查。",  # no carry-over into another paragraph (adds no one)
    "志愿者应当严格按照规范组织活动。",                    # a person's role is never a unit
])
def test_round_34_near_misses(text):
    leads, resp = doer_units(text)
    assert resp in ([], ["区住建委"])
    assert "区住建委" not in resp or text.startswith("区住建委负责")


@pytest.mark.parametrize("text,leads,resp", [
    # 配合 needs a doer: before or after the doer's clause; 「B配合A＋verb」 gives A only by rule 2
    ("区卫健委配合。区民政局负责组织评估。", [], ["区民政局", "区卫健委"]),
    ("区卫健委配合区民政局组织评估。", [], ["区民政局", "区卫健委"]),
    ("区卫健委配合区民政局做好评估。", [], []),
    ("区卫健委积极配合。", [], []),
    # 「由A牵头，B、C＋verb」 with a comma
    ("由区商务委牵头，区财政局、各街道按照职责分工开展排查。", ["区商务委"], ["区商务委", "区财政局", "各街道"]),
])
def test_round_34_partners(text, leads, resp):
    assert doer_units(text) == (leads, resp)


def test_a_duty_heading_makes_every_body_given_work_a_unit():
    text = ("区文旅局负责全区工作的指导、协调。\n"
            "各街道在区文旅局的指导下，按照各自职责承担辖区内的日常巡查工作。\n"
            "区财政、公安、应急管理等部门按照各自职责，协同实施本办法。")
    assert doer_units(text, heading="（职责分工）") == ([], ["区文旅局", "各街道", "区财政、公安、应急管理等部门"])
    # near miss: no such heading — 承担…工作 is no verb of rule 2
    assert doer_units(text, heading="（日常管理）") == ([], ["区文旅局", "区财政、公安、应急管理等部门"])

