"""Round 39 (p39g): the two rulings round 39 closed — 「A联合B＋verb」 reads as 「A会同B」 (CONVENTIONS.md round 34:
lead A; responsible A, B), and rule 4 as written: a clause of rule 2 in a section's lead-in gives its units to the
section's items that name none of their own, whatever its form (「A负责…」「A组织…：」「由A牵头…」). Made-up snippets
written the way plans write, each with a near miss that must not change."""

from desktop.core.parse.headings import Item
from desktop.core.parse.lead_in_units import lead_in_declarations


def _section(lead_in: str, kids=("每个社区推荐2名志愿者参加全区培训。", "社区宣传栏要完成1次主题宣传。")):
    sec = Item(kind=2, number="二", value=2, body="开展社区志愿服务月活动。\n" + lead_in, pos=0)
    items = [Item(kind=3, number=str(n), value=n, body=b, pos=n, parent=sec, path=["二"])
             for n, b in enumerate(kids, 1)]
    sec.children = items
    return [sec, *items]


def _units(lead_in: str):
    """The section's declaration: (lead, the responsible besides the lead)."""
    decls = lead_in_declarations(_section(lead_in), {1, 2}, {}, frozenset(), True)
    return {k: (d.lead, d.resp) for k, d in decls.items()}


def test_lead_in_subject_gives_the_items_units():
    assert _units("区文明办负责统筹，各街道组织实施，具体安排如下：") == {0: ([], ["区文明办", "各街道"])}
    assert _units("由区志愿者协会牵头，各社区配合，重点做好以下工作：") == {0: (["区志愿者协会"], ["各社区"])}
    assert _units("区民政局会同区团委组织开展以下活动：") == {0: (["区民政局"], ["区团委"])}


def test_lead_in_near_misses():
    # a general call, a body that sets up the group, a case, a payer: nothing given to the items
    assert _units("各单位要高度重视，认真做好以下工作：") == {}
    assert _units("区政府成立由区民政局牵头的工作专班，统筹推进以下工作：") == {}
    assert _units("确需调整的，由区民政局负责协调。") == {}
    assert _units("由区财政局给予活动经费补贴，具体如下：") == {}


def test_lead_in_items_with_their_own_units_keep_them():
    # the section's declaration is only inherited by tasks that have none (a task holding its own is not a key here)
    items = _section("区文明办负责统筹，各街道组织实施：")
    decls = lead_in_declarations(items, {1, 2}, {1: object(), 2: object()}, frozenset(), True)  # type: ignore[dict-item]
    assert decls == {}


def test_lead_in_is_the_opening_paragraph():
    # the heading's own run-on words open the section: a later paragraph is no lead-in of the items
    sec = Item(kind=2, number="二", value=2, pos=0,
               body="工作要求。整治行动按照以下要求开展：\n一是属地管理。各街道是整治行动的处置主体，负责组织实施。")
    kids = [Item(kind=3, number=str(n), value=n, body=b, pos=n, parent=sec, path=["二"])
            for n, b in ((1, "属于民生工程的，可以补办手续。"), (2, "已批准的项目，可以恢复原用途。"))]
    sec.children = kids
    assert lead_in_declarations([sec, *kids], {1, 2}, {}, frozenset(), True) == {}
    # a title alone on its line: the next paragraph opens the section
    assert _units("宣传由区委宣传部组织，重点做好以下宣传：") == {0: ([], ["区委宣传部"])}


def test_lead_in_counting_stages_or_paying_gives_none():
    assert _units("各有关部门聚焦3个时间段，落实排查整治要求，压茬推进：") == {}
    assert _units("首期维修资金由开发企业和购房人交纳，交纳标准如下：") == {}


def test_lead_in_counting_in_a_later_paragraph_gives_none():
    # 「A、B分别负责组织实施…。⏎…工作具体分为三个阶段。」: the items are the counted stages
    sec = Item(kind=2, number="二", value=2, pos=0,
               body="组织实施\n区水务局、区建管委分别负责组织实施自查自纠工作。\n自查自纠工作具体分为三个阶段。")
    kids = [Item(kind=3, number=str(n), value=n, body=b, pos=n, parent=sec, path=["二"])
            for n, b in ((1, "自查阶段（6月底前）。全面梳理收费项目。"), (2, "整改阶段（9月底前）。逐项整改到位。"))]
    sec.children = kids
    assert lead_in_declarations([sec, *kids], {1, 2}, {}, frozenset(), True) == {}
