"""Round 31 (mu31): units given by labels, brackets and headings.

1. A closing bracket that shares the work 「（A、B分工负责，C推进落实）」 is a label (CONVENTIONS.md rule 1): all its
   units, no lead (plans-next91 classes 1, 2) — and an item whose only units stand there is a task.
2. Fields joined by 、 before one head 「发展改革、市场监管部门」「商务等部门」 are one name as printed (CONVENTIONS.md,
   round 31; plans-next91 class 6, plans-next93 class 6).
3. An article's heading that names the body of its duties 「第八条（公园管理机构职责）」 gives the article that
   body (plans-next94 class 5); a bare kind 「（部门职责）」 gives none (plans-next95 class 3).
4. 「区住建委（由相关部门配合）」: a bracket about the unit's helpers is a note on it, the unit kept; a unit heading
   over 第N条 articles gives them its unit (round-30 review).
"""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.declarations import find_declaration


def _units(body: str) -> tuple[list[str], list[str]] | None:
    decl = find_declaration(body)
    return None if decl is None else (decl.lead, decl.resp)


# ---- 1. sharing brackets: 分工负责 / 推进落实 -------------------------------------------------------------------

@pytest.mark.parametrize(("bracket", "lead", "resp"), [
    ("（县发展改革局、县市场监管局分工负责，各乡镇整治工作专班推进落实）", [],
     ["县发展改革局", "县市场监管局", "各乡镇整治工作专班"]),
    ("（区教育局负责，各街道工作专班推进落实）", [], ["区教育局", "各街道工作专班"]),
    ("（各镇整治专班推进落实）", [], ["各镇整治专班"]),
    ("（市卫健委、市医保局按职责分工负责）", [], ["市卫健委", "市医保局"]),
    ("（区城管局、区绿化市容局根据职责分工负责，各街道推进落实）", [],
     ["区城管局", "区绿化市容局", "各街道"]),
    ("（县水务局牵头，各乡镇推进落实）", ["县水务局"], ["各乡镇"]),
])
def test_a_sharing_bracket_names_its_units(bracket: str, lead: list[str], resp: list[str]) -> None:
    assert _units("完善河道保洁长效机制，落实日常巡查。" + bracket) == (lead, resp)


def test_a_firm_printed_short_beside_a_unit_in_a_sharing_bracket_is_kept():
    assert _units("推进直供电改造。（县供电公司、华润燃气分工负责，各乡镇推进落实）") == (
        [], ["县供电公司", "华润燃气", "各乡镇"])


@pytest.mark.parametrize("text", [
    # a sentence, no bracket: how the work is to go, no units
    "各地要高度重视，分工负责，推进落实。",
    # a bracket of work words, no body
    "完善机制。（分工负责，推进落实）",
    # a short piece with a verb is no short name
    "推进改造。（县供电公司、加强宣传分工负责）",
])
def test_sharing_words_with_no_body_name_no_units(text: str) -> None:
    decl = find_declaration(text)
    assert decl is None or not [n for n in decl.lead + decl.resp if "加强" in n or "分工" in n or not n]
    assert decl is None or "加强宣传" not in decl.resp


_NOTICE = ("关于规范某县充电收费行为的通知\n\n各乡镇：\n\n现就有关事项通知如下。\n\n一、实行价费分离\n\n"
           "充电电费和服务费应分别标示。（县发展改革局、县市场监管局分工负责，各乡镇工作专班推进落实）\n\n"
           "二、服务费实行市场调节\n\n运营单位应合理制定收费标准。（县发展改革局、县市场监管局分工负责，各乡镇工作专班推进落实）\n\n"
           "三、加强组织领导\n\n各乡镇要高度重视，强化政策落实。（各乡镇工作专班推进落实）\n\n县发展改革局\n\n2024年9月10日\n")


def test_items_whose_only_units_are_their_closing_bracket_are_tasks():
    plan = parse_text(_NOTICE)
    assert [t.number for t in plan.tasks] == ["一", "二", "三"]
    assert plan.tasks[2].responsible_units == ["各乡镇工作专班"]
    assert plan.tasks[0].responsible_units == ["县发展改革局", "县市场监管局", "各乡镇工作专班"]


# ---- 2. fields under one head are one name ------------------------------------------------------------------------

@pytest.mark.parametrize(("bracket", "lead", "resp"), [
    ("（各区人事、卫生部门负责）", [], ["各区人事、卫生部门"]),
    ("（人事、卫生等部门负责）", [], ["人事、卫生等部门"]),
    ("（市教育局牵头，体育等部门按职责分工负责）", ["市教育局"], ["体育等部门"]),
    ("（公安交警、交通执法等单位负责）", [], ["公安交警、交通执法等单位"]),
    # a named unit before the fields keeps its own head
    ("（区住建委、公安、交通等部门按职责分工负责）", [], ["区住建委", "公安、交通等部门"]),
    # separate heads are separate names; a 等部门 tail after named units is dropped
    ("（区发展改革委、区财政局按职责分工负责）", [], ["区发展改革委", "区财政局"]),
    ("（区房管局、区建管委等部门按职责分工负责）", [], ["区房管局", "区建管委"]),
    ("（市场监管局、信用中心等单位按职责分工负责）", [], ["市场监管局", "信用中心"]),
])
def test_fields_joined_before_one_head_are_one_name(bracket: str, lead: list[str], resp: list[str]) -> None:
    assert _units("推进区域协同监管。" + bracket) == (lead, resp)


def test_a_sharing_bracket_of_fields_is_one_name_as_printed():
    assert _units("做好燃气安全检查。（应急管理、住房城乡建设、市场监管等部门依职责分工）") == (
        [], ["应急管理、住房城乡建设、市场监管等部门"])
    assert _units("做好燃气安全检查。（区应急局、区建管委等部门依职责分工）") == ([], ["区应急局", "区建管委"])


def test_a_label_line_of_fields_is_one_name():
    assert _units("开展联合执法。\n责任单位：各区文旅、体育部门") == ([], ["各区文旅、体育部门"])
    assert _units("开展联合执法。\n责任单位：县文旅局、县体育局") == ([], ["县文旅局", "县体育局"])


# ---- 3. an article's heading naming the body of its duties ---------------------------------------------------

_ARTICLES = ("某市城市绿地管理指引\n\n第一条（适用范围）\n\n本指引适用于本市城市绿地。\n\n"
             "第二条（{head}）\n\n{body}\n\n第三条（附则）\n\n本指引自印发之日起施行。\n")


def _article_units(head: str, body: str) -> list[str]:
    plan = parse_text(_ARTICLES.format(head=head, body=body))
    task = next(t for t in plan.tasks if t.title.strip("（）()") == head)
    return task.lead_units + task.responsible_units


def test_an_article_headed_by_a_bodys_duties_is_that_bodys():
    assert _article_units("绿地养护单位职责", "绿地养护单位应在绿地入口设置告示牌，及时公布养护信息。") == [
        "绿地养护单位"]
    assert _article_units("区绿化市容局工作职责", "定期检查绿地养护质量，督促整改。") == ["区绿化市容局"]


@pytest.mark.parametrize(("head", "body"), [
    ("部门职责", "有关方面应加强检查。"),            # a bare kind: the heading's word, no unit
    ("单位职责", "各方应加强检查。"),
    ("管理部门职责分工", "各方应加强检查。"),          # a division among several, not one body
    # no 职责 heading (the party's own sending: 「绿地养护单位应及时公布…」 would make it a doer by its verb in an
    # article — Round 47 rulings q44c, round 44 — so the near miss's verb is one that names none, round 46)
    ("养护管理", "绿地养护单位应及时报送养护信息。"),
])
def test_an_article_heading_naming_no_body_gives_no_unit(head: str, body: str) -> None:
    assert _article_units(head, body) == []


def test_a_bare_kind_over_numbered_duties_is_no_unit():
    text = ("某区专项资金管理办法\n\n第一条(目的)\n\n为规范资金管理，制定本办法。\n\n第二条(部门职责)\n\n"
            "(一)区审计局加强对专项资金的审计监督。\n\n(二)区统计局开展统计分析。\n\n第三条(附则)\n\n"
            "本办法自印发之日起施行。\n")
    plan = parse_text(text)
    assert all("部门" not in t.lead_units + t.responsible_units for t in plan.tasks)


# ---- 4. a bracket about helpers; unit headings over articles ----------------------------------------------------

@pytest.mark.parametrize(("body", "lead", "resp"), [
    ("完成老旧小区改造。\n责任单位：区住建委（由相关部门配合）", [], ["区住建委", "相关部门"]),
    ("完成老旧小区改造。（责任单位：区住建委（区财政局配合））", [], ["区住建委", "区财政局"]),
    ("完成老旧小区改造。（区住建委（由各街镇积极配合））", [], ["区住建委", "各街镇"]),
    ("完成老旧小区改造。\n牵头单位：区住建委（区财政局、各街镇协助）", ["区住建委"], ["区财政局", "各街镇"]),
])
def test_a_bracket_about_helpers_keeps_the_unit_before_it(body: str, lead: list[str], resp: list[str]) -> None:
    assert _units(body) == (lead, resp)


def test_a_note_bracket_that_names_no_helpers_stays_a_note():
    assert _units("完成老旧小区改造。\n责任单位：区住建委（含下属事业单位）") == ([], ["区住建委"])


_UNIT_CHAPTERS = ("某区加装电梯工作职责分工\n\n一、{a}\n\n第一条 统筹推进全区加装电梯工作。\n\n"
                  "第二条 审核加装电梯实施方案。\n\n二、{b}\n\n第三条 办理规划许可手续。\n\n"
                  "第四条 指导街镇开展规划公示。\n")


def test_a_placed_unit_heading_over_articles_gives_them_its_unit():
    plan = parse_text(_UNIT_CHAPTERS.format(a="区住建委", b="区规划资源局"))
    assert [t.responsible_units for t in plan.tasks] == [["区住建委"]] * 2 + [["区规划资源局"]] * 2
    plan = parse_text(_UNIT_CHAPTERS.format(a="各街道办事处", b="县自然资源局"))
    assert [t.responsible_units for t in plan.tasks] == [["各街道办事处"]] * 2 + [["县自然资源局"]] * 2


@pytest.mark.parametrize(("a", "b"), [("综合实施主体", "专家委员会"), ("市场主体", "区域开发建设单位")])
def test_a_chapter_naming_what_its_articles_rule_on_gives_no_units(a: str, b: str) -> None:
    plan = parse_text(_UNIT_CHAPTERS.format(a=a, b=b))
    assert plan.tasks and all(not t.responsible_units and not t.lead_units for t in plan.tasks)


# ---- (plans-next95 class 3, second fault) a 会同 partner before a verb no list holds ------------------------------

def test_a_joint_partner_is_cut_before_its_work():
    from desktop.core.parse.declarations import joint_partners
    assert joint_partners("会同各项目主管单位编制年度预算") == ["各项目主管单位"]
    assert joint_partners("会同县市场监管局编制方案") == ["县市场监管局"]
    # (no partner named: work, not a name ending in 办)
    assert joint_partners("会同研究制定补贴办法") == []
    assert joint_partners("会同有关方面研究制定办法") == []
