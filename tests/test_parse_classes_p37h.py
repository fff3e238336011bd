"""Round 37 (p37h), the sentence reader's second part: made-up snippets written the way plans write.

1. Designations: a role's holder named after 是 「…养护单位是区路政所」, 「A是…的具体实施单位」, the agents of 由
   designated the lead 「由A以及B作为…牵头单位」 (rounds 32/33/37).
2. 由A＋any verb of doing (round 34): 「由A督促B进行…」, 「由A实时制作…」 (an adverb between); 「A接受委托后，应组织…」
   (an event after the subject); 「A应委托具有…的B组织…」 (A a doer, round 35).
Near misses that must not change: 「A对…进行审批」 without 由, a masked 「由xx负责」, 「A履行…工作」 (round 38), a name
after 是 that is no holder 「建设单位是指…」.
"""

from desktop.core.parse.sentence_units import doer_units


def test_role_holder_after_is():
    text = "区属桥梁设施养护单位是区路政所。在交接后，组织巡查队伍，对桥梁实施日常养护。"
    assert doer_units(text) == ([], ["区路政所"])


def test_lead_role_holder_after_is():
    assert doer_units("本项工作牵头单位是区商务委，配合单位是区财政局。") == (["区商务委"], ["区商务委", "区财政局"])


def test_is_the_implementing_unit():
    text = "区绿化管理所是结合老旧小区改造开展绿地提升的具体实施单位。负责编制年度计划。"
    assert doer_units(text) == ([], ["区绿化管理所"])


def test_by_agents_designated_lead():
    text = "镇级层面，由镇政府以及各村委会作为防汛处置牵头单位，完善应急联动机制。"
    assert doer_units(text) == (["镇政府", "各村委会"], ["镇政府", "各村委会"])


def test_by_agent_with_pivot_verb():
    text = "对排查发现存在隐患的自建房，由所在街道办事处督促房屋业主进行整改。"
    assert doer_units(text) == ([], ["所在街道办事处"])


def test_by_agent_with_pivot_verb_round_34():
    # (were near misses in round 30/31's suites: 由A＋any verb of doing is rule 2 since round 34)
    assert doer_units("由区住建委督促建设单位会同设计单位完善方案。") == ([], ["区住建委"])
    assert doer_units("由城建公司督促施工单位做好结算。") == ([], ["城建公司"])


def test_by_agent_adverb_then_verb():
    text = "经区审批局完成审查后，由区政务服务中心即时制作电子证照，并同步推送。"
    assert doer_units(text) == ([], ["区政务服务中心"])


def test_subject_after_accepting_a_commission():
    text = "检测机构接受委托后，应组织技术人员进行现场检测，并按时提交检测报告。"
    assert doer_units(text) == ([], ["检测机构"])


def test_entrusts_a_described_body():
    text = "区水务局应委托具有相应资质的第三方机构组织开展水质检测工作。"
    assert doer_units(text) == ([], ["区水务局"])


def test_near_misses_unchanged():
    assert doer_units("区规划资源局对建设项目进行审批。") == ([], [])
    assert doer_units("由xx负责日常管理。") == ([], [])
    assert doer_units("区住建委履行行业监管工作。") == ([], [])
    assert doer_units("本办法所称养护单位是指承担道路养护作业的企业。") == ([], [])



def _section(lead_in: str):
    from desktop.core.parse.headings import Item
    sec = Item(kind=2, number="二", value=2, body="开展社区读书分享活动。\n" + lead_in, pos=0)
    kids = [Item(kind=3, number=str(n), value=n, body=b, pos=n, parent=sec, path=["二"])
            for n, b in ((1, "每个社区推荐2名阅读推广人参加全区评选。"), (2, "社区宣传栏要完成1次阅读主题宣传。"))]
    sec.children = kids
    return [sec, *kids]


def test_lead_in_by_agent_gives_the_items_units():
    from desktop.core.parse.lead_in_units import lead_in_declarations
    items = _section("由区文化馆负责组织，各街道落实，开展社区读书分享活动。")
    decls = lead_in_declarations(items, {1, 2}, {}, frozenset(), True)
    assert list(decls) == [0] and (decls[0].lead, decls[0].resp) == ([], ["区文化馆", "各街道"])


def test_lead_in_near_misses():
    from desktop.core.parse.lead_in_units import lead_in_declarations
    # round 39 closed rule 4 as written: a body's own work 「A牵头B，…」 and a designation 「由A作为…主体：」 in the
    # lead-in give the items that name none their units too (they were near misses in round 37)
    decls = lead_in_declarations(_section("区妇联牵头各成员单位，制定亲子共读推广计划。"), {1, 2}, {},
                                 frozenset(), True)
    # (the reader leaves out 牵头's object 各成员单位 — a known gap, round 39's x36_02 六/: the lead is given)
    assert decls[0].lead == ["区妇联"]
    decls = lead_in_declarations(_section("由区文化馆作为活动实施主体："), {1, 2}, {}, frozenset(), True)
    assert (decls[0].lead, decls[0].resp) == ([], ["区文化馆"])
    # a general call still gives none
    assert lead_in_declarations(_section("各单位要高度重视，认真做好以下工作："), {1, 2}, {}, frozenset(), True) == {}
