"""Round 43 unit classes (p43c): doers the sentence reader left unread.

- 「A应组织相关部门综合平衡…」: 组织 takes bodies and then their work — 组织 is in rule 2's list whatever its object
  (CONVENTIONS.md round 43, turned): A is a doer, the bodies it mobilises are no units by it.
- 「由A开展设施设备的清点、核查等工作」: a 的 inside the object of a verb of doing, the clause ending in 工作, is
  「由A＋a verb of doing」 (round 30/34), not 「由A开展的…」 (a description, no doer).
"""

from __future__ import annotations

from desktop.core.parse.sentence_units import doer_units


def test_organise_bodies_then_their_work_makes_the_subject_a_doer():
    leads, resp = doer_units("区城市管理领导小组应组织相关部门统筹平衡各类管线的年度计划，形成全区建设计划。")
    assert resp == ["区城市管理领导小组"] and leads == []


def test_organise_named_bodies_then_their_work():
    _, resp = doer_units("区港航中心应在10月底前，组织各码头企业核对泊位基础信息。")
    assert resp == ["区港航中心"]


def test_organise_a_thing_with_a_de_phrase_stays_no_doer():
    # (组织＋a thing 「组织群众身边的…比赛」 and 组织＋bodies＋的 stay as before: no verb of work after the bodies)
    assert doer_units("区文化馆积极组织群众身边的广场舞比赛。") == ([], [])
    assert doer_units("区住建委应组织相关部门的专项规划。") == ([], [])


def test_the_organised_bodies_are_no_units():
    _, resp = doer_units("区应急局要组织有关单位开展防汛应急演练。")
    assert "有关单位" not in resp and resp == ["区应急局"]


def test_by_agent_with_work_whose_object_holds_a_de():
    _, resp = doer_units("由区排水公司开展泵站设备的现场盘点、核实查验等工作。")
    assert resp == ["区排水公司"]


def test_by_agent_described_work_stays_no_doer():
    # 「由A开展的…活动」「由A主办的…」: the 的 right after the verb describes the event — no doer
    assert doer_units("由区体育局开展的全民健身活动于5月举行。") == ([], [])
    assert doer_units("由区体育局主办的健身活动于5月举行。") == ([], [])


def test_a_partner_before_an_adverb_of_continuance_is_read():
    # 「会同B不断完善…」: 不断／持续 after a body's name end it, as 及时 does (round 30's 会同 partner)
    leads, resp = doer_units("区应急局深化与金融监管部门合作，会同保险机构不断完善专属保险产品。")
    assert leads == ["区应急局"] and resp == ["区应急局", "保险机构"]


def test_continuance_adverb_without_a_doer_names_nothing():
    # (a call with no body 「要持续完善…」 and a general call 「各地要不断…」 stay no units)
    assert doer_units("要持续完善专属保险产品，不断提升保障水平。") == ([], [])
    assert doer_units("各地要不断完善工作机制。") == ([], [])
