"""Round 40 (p40g), units on page openings from outside Shanghai: unit-colon points cut by the page end, 「A：牵头…」
and 「A：…联合B…」 labels, and the names the sentence reader cut or missed. Made-up snippets written the way such pages
are printed (county and township plans), each with a near miss that must not change."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


def _tasks(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


# a division of the work whose page ends inside its first unit-colon point; the label's text opens with a verb
# other than 负责 and joins a general partner with 联合
CUT_COLON = """某县冬季供暖保障工作方案

一、工作目标
确保全县集中供热安全稳定。

二、责任分工

1、县城管局:向县政府及时报告供热重大问题;指导供热企业做好管网检修;联合有关部门开展供热质量检查;及时处理市民热线转办工单,并督
"""


def test_a_lone_unit_colon_point_under_a_division_is_labelled():
    # the label's body, leading by its 联合 with a general partner (who is no unit)
    assert _tasks(CUT_COLON)["二.1"] == (["县城管局"], [])


def test_a_lone_colon_point_elsewhere_is_no_label():
    # not under a heading dividing the work: one colon point alone may be a thing, not a body
    assert _tasks(CUT_COLON.replace("二、责任分工", "二、工作措施"))["二.1"] == ([], [])
    # a topic before the colon is no body
    assert _tasks(CUT_COLON.replace("1、县城管局:", "1、工作目标:"))["二.1"] == ([], [])


# unit-colon points, the first one leading by 牵头 after its colon
LEAD_COLON = """某区农贸市场保供工作方案

1.区商务局:牵头全区农贸市场保供工作,制定保供预案。
2.区市场监管局:做好价格监测,查处哄抬物价行为。
3.区卫健委:负责指导市场做好消毒工作。
"""


def test_a_unit_colon_label_opening_with_qiantou_leads():
    tasks = _tasks(LEAD_COLON)
    assert tasks["1"] == (["区商务局"], [])
    # near misses: the other labels are responsible, no lead
    assert tasks["2"] == ([], ["区市场监管局"])
    assert tasks["3"] == ([], ["区卫健委"])


# 联合 in a later paragraph whose own subject is another body: not the heading body's partner
LATER_JOIN = """某区农贸市场保供工作方案

（一）区商务局
统筹全区农贸市场保供工作。
各街道承担辖区市场巡查工作，联合区城管执法局开展占道经营整治。

（二）区市场监管局
负责价格监测，查处哄抬物价行为。
"""


def test_a_later_paragraphs_lianhe_is_not_the_heading_bodys():
    tasks = _tasks(LATER_JOIN)
    assert tasks["一"] == ([], ["区商务局"])
    assert tasks["二"] == ([], ["区市场监管局"])


# a point headed 「责任单位」 over paragraphs each opening with a body told to act (a work heading, round 38): the
# subject of any verb of doing is a unit; a 范文 site's copy prints inline pinyin in the heading
UNIT_POINT = """某乡春节文化活动实施方案

一、活动内容

各村要组织开展形式多样的体育赛事。

二、{H}

各村民委要精心策划，积极做好本村各项赛事的筹备工作。东街民委要做好组织艺术团到县城参加表演的工作。

乡文化站要做好各村活动的协调与技术指导工作。
"""


def test_a_point_headed_zeren_danwei_gives_its_paragraphs_bodies():
    want = ([], ["各村民委", "东街民委", "乡文化站"])
    assert _tasks(UNIT_POINT.replace("{H}", "责任单位"))["二"] == want
    assert _tasks(UNIT_POINT.replace("{H}", "責(zé)任單位"))["二"] == want


def test_a_point_headed_otherwise_keeps_rule_two():
    # 做好 is no verb of rule 2 outside a work heading
    # (the point may then be no task at all: it names no doer)
    assert _tasks(UNIT_POINT.replace("{H}", "工作安排")).get("二", ([], [])) == ([], [])
    # a bracket of letters that is no pinyin is not dropped: no work heading
    assert _tasks(UNIT_POINT.replace("{H}", "责任单位(a)")).get("二", ([], [])) == ([], [])


# a 要求 section's items: 「A、B等直属团组织至少组织一次…」 (round 35's 等-tail, round 40) and 「各直属团组织要调动…」
# (团组织 a body's name, not a name cut at the verb 组织; 调动 no verb of rule 2)
LEAGUE = """某街道团工委学雷锋志愿服务活动方案

一、活动时间
2015年3月。

二、活动要求

1、各大队(社区)、二级单位等直属团组织至少组织一次学雷锋志愿者活动,活动结束后上报活动总结。

2、各直属团组织要充分调动青年志愿者的积极性,并及时加以报道。

3、各基层党组织要组织开展主题党日活动。
"""


def test_tuan_zuzhi_is_a_name_and_its_deng_tail_is_dropped():
    tasks = _tasks(LEAGUE)
    assert tasks["二.1"] == ([], ["各大队(社区)", "二级单位"])
    assert tasks["二.2"] == ([], [])
    # near miss: 党组织 with a verb of rule 2 after its modal is the whole name
    assert tasks["二.3"] == ([], ["各基层党组织"])


def test_zhishao_only_right_after_the_subject():
    # 「A至少组织一次…」: 至少 ends the name and stands before the verb; in a later clause after a rhythm 「每半年至少
    # 组织…」 (a standard of a scoring line) it makes no doer
    assert doer_units("镇文化站至少组织一次志愿服务活动。") == ([], ["镇文化站"])
    assert doer_units("镇文化站要制定活动预案，每半年至少组织一次志愿服务活动。") == ([], [])


def test_an_agent_that_selects_and_a_research_society_are_named():
    # 「由A精选…进行展出」: 精选 ends the agent's name like any verb of doing (round 36's 推荐)
    assert doer_units("老年节期间，由市老年书画研究会精选优秀作品进行展出。") == ([], ["市老年书画研究会"])
    assert doer_units("由县文化馆挑选优秀节目进行演出。") == ([], ["县文化馆"])
    # 研究会／研究院 end a body's name; 研究 as a verb 「区政府研究制定…」 still makes no doer
    assert doer_units("区教育研究院负责组织教研活动。") == ([], ["区教育研究院"])
    assert doer_units("区政府研究制定实施细则。") == ([], [])
    # near miss: the subject of 精选 without 由 is no doer (精选 is no verb of rule 2)
    assert doer_units("县文化馆精选优秀节目。") == ([], [])


def test_a_list_of_bodies_whose_posts_head_a_group_names_no_doer():
    # 「由A、B、C分管领导任组长」: persons of the bodies hold the group's posts (rule 3), as with one body
    text = "为加强组织领导，全市成立活动领导小组，由市公安局、市教育局、市司法局分管领导任组长。"
    assert doer_units(text) == ([], [])
    assert doer_units("由市公安局分管领导任组长。") == ([], [])
    # near miss: the same list as the agents of a verb of doing
    assert doer_units("由市公安局、市教育局负责组织实施。") == ([], ["市公安局", "市教育局"])


# a task table one cell a line whose page ends inside the last row's unit cell
TORN = """某县市场监管局2020年质量月活动方案

一、活动安排
|
序号
|
活动内容
|
牵头部门
|
协助部门
|
|
1
|
组织企业参加首席质量官培训
|
质量股
|
各市场监督管理所
|
|
2
|
开展质量奖申报企业经验分享
|
质量股
|
{LAST}"""


def test_a_name_torn_by_the_page_end_is_dropped():
    plan = parse_text(TORN.replace("{LAST}", "各市场"))
    assert (plan.tasks[-1].lead_units, plan.tasks[-1].responsible_units) == (["质量股"], [])
    assert any("各市场" in w and "中断" in w for w in plan.warnings)


def test_a_whole_name_at_the_page_end_stays():
    for last in ("各市场监督管理所", "县消委会"):
        plan = parse_text(TORN.replace("{LAST}", last))
        assert (plan.tasks[-1].lead_units, plan.tasks[-1].responsible_units) == (["质量股"], [last])


def test_a_tuan_zuzhi_in_a_list_is_one_name():
    # 「各级团组织、妇联等部门要牵头组织开展…」: 组织 after 团 ends no name (round 40), 牵头 gives both the lead
    both = ["各级团组织", "妇联"]
    assert doer_units("各级团组织、妇联等部门要牵头组织开展安全知识教育宣传活动。") == (both, both)
    # near miss: 集团 is a name of its own before the verb 组织
    assert doer_units("上港集团组织相关港口企业开展检查。") == ([], ["上港集团"])


def test_bushu_ends_an_agents_name():
    # 「由A部署，B落实」: 部署 is the agent's verb, no part of its name (as 「由A统一部署」 already read)
    assert doer_units("此项工作由市委宣传部部署，各新闻单位落实。") == ([], ["市委宣传部", "各新闻单位"])
    # near miss: a body whose name holds no verb keeps it whole
    assert doer_units("此项工作由市委宣传部新闻处负责组织协调。") == ([], ["市委宣传部新闻处"])
