"""Round 39 (p39g2): rule 4 as written, read no further than it says — a section's opening paragraph gives its doers
to the items that name none, except where the items are not that paragraph's work: cases each answered by its own
agent, a scope article listing kinds, a principle of roles with no work, invited overseers, a part heading run into
the section, a misprinted item 1; places set by the plan 「试点地区」 are no bodies; a nested lead-in wins over the
outer one for its items. Made-up snippets written the way plans write, each beside a near miss that still gives."""

from desktop.core.parse.headings import Item
from desktop.core.parse.lead_in_units import lead_in_declarations

_KIDS = ("每个社区推荐2名志愿者参加全区培训。", "社区宣传栏要完成1次主题宣传。")


def _units(body: str, kids=_KIDS, first: int = 1):
    sec = Item(kind=2, number="二", value=2, body=body, pos=0)
    items = [Item(kind=3, number=str(n), value=n, body=b, pos=k, parent=sec, path=["二"])
             for k, (n, b) in enumerate(zip(range(first, first + len(kids)), kids, strict=True), 1)]
    sec.children = items
    decls = lead_in_declarations([sec, *items], {i.pos for i in items}, {}, frozenset(), True)
    return {k: (d.lead, d.resp) for k, d in decls.items()}


def test_items_that_are_cases_take_nothing():
    cases = ("涉及违法占用绿地的，由区绿化市容局依法查处；", "涉及占道经营的，移送区城管执法局处理；",
             "其他违规行为，按照职责分工移送相关部门。")
    assert _units("联动处置\n各街镇要落实属地责任，对发现的问题按以下类别移送处置：", cases) == {}
    # near miss: items of work under the same lead-in still take its body
    assert _units("联动处置\n各街镇负责巡查发现，重点做好以下工作：") == {0: ([], ["各街镇"])}


def test_scope_article_takes_nothing():
    kinds = ("已完成征收的集体土地；", "依法收回的国有土地。")
    assert _units("适用范围\n本办法所称储备土地，是指由区土地储备中心作为储备主体的下列土地：", kinds) == {}


def test_principle_of_roles_takes_nothing():
    assert _units("工作机制\n按照属地管理原则，由政府全面主导，社区负责实施，职能部门协同联动，形成工作合力。") == {}
    # near miss: one role word beside a clause of work is a lead-in
    assert _units("工作机制\n由区民政局牵头，各社区配合，重点做好以下工作：") == {0: (["区民政局"], ["各社区"])}


def test_invited_overseers_are_no_doers():
    assert _units("实施程序\n邀请区纪委监委派驻纪检组、区审计局对评审工作实施全过程监督。") == {}
    assert _units("实施程序\n区商务委负责组织评审。邀请区审计局对评审实施全过程监督。") == {0: ([], ["区商务委"])}


def test_places_set_by_the_plan_are_no_bodies():
    assert _units("试点任务\n试点地区要认真组织实施，重点做好以下工作：") == {}


def test_part_heading_in_the_section_ends_its_lead_in():
    assert _units("工程款支付\n工程竣工后，由财政所凭审价报告支付工程款项。\n第二部分：事中事后监管") == {}


def test_misprinted_item_one_is_no_lead_in():
    kids = ("依法快速处置。", "规范建设程序。")
    assert _units("前端发现\nl、完善发现机制。由各村负责日常巡查。", kids, first=2) == {}


def test_inner_lead_in_wins():
    top = Item(kind=1, number="三", value=3, pos=0, body="过程管理\n全过程由区项目管理领导小组负责统筹管理。")
    inner = Item(kind=2, number="（一）", value=1, pos=1, parent=top, path=["三"],
                 body="招投标管理\n区项目管理办公室负责招投标管理。")
    kids = [Item(kind=3, number=str(n), value=n, pos=1 + n, parent=inner, path=["三", "（一）"], body=b)
            for n, b in ((1, "估算价在100万元以下的可采用邀请招标。"), (2, "其他项目依法公开招标。"))]
    other = Item(kind=2, number="（二）", value=2, pos=4, parent=top, path=["三"], body="资金管理。严格执行预算。")
    inner.children, top.children = kids, [inner, other]
    decls = lead_in_declarations([top, inner, *kids, other], {2, 3, 4}, {}, frozenset(), True)
    assert {k: d.resp for k, d in decls.items()} == {0: ["区项目管理领导小组"], 1: ["区项目管理办公室"]}


def test_lead_in_lead_takes_an_object_before_the_next_clause():
    from desktop.core.parse.sentence_units import doer_units
    # 「A牵头B，…」: B at the clause's end, the work in the next clause — B works with A (round 33's 由A牵头，B配合)
    assert doer_units("区更新办牵头区规划资源局、区住建委，及时制定完善相关政策措施。") == (
        ["区更新办"], ["区更新办", "区规划资源局", "区住建委"])
    # near miss: 牵头 before work 「A牵头城市更新工作」 names no second body
    assert doer_units("区更新办牵头城市更新工作。") == (["区更新办"], ["区更新办"])
