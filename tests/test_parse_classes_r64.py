"""Findings of the round-27 review of p64 (r64) mended in mr64: each class with made-up wordings of other plans, and
near-misses that must stay as they were."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.duty_headings import lead_in_units


def _tasks(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(t.title, t.lead_units, t.responsible_units) for t in parse_text(text).tasks]


# -- r64 1: a pair of oversight verbs (督促指导 / 指导督促 / 督促检查) is one verb before the bodies overseen --

def test_lead_in_oversight_verb_pair_is_no_part_of_the_bodies():
    assert lead_in_units("区应急局负责督促指导各街镇履行以下职责：") == ["各街镇"]
    assert lead_in_units("区教育局指导督促各中小学校落实以下职责：") == ["各中小学校"]
    assert lead_in_units("区应急局要督促检查各街镇履行以下职责：") == ["各街镇"]
    assert lead_in_units("区民政局指导监督各街镇民政科室履行下列职责：") == ["各街镇民政科室"]
    # (one verb, as before)
    assert lead_in_units("区应急局应当督促各街镇履行下列职责：") == ["各街镇"]


def test_lead_in_with_a_checking_verb_alone_is_no_oversight():
    # 检查 / 监督 / 协调 continue a pair; alone they do not say whose the duties are
    assert "检查各街镇" not in lead_in_units("区应急局检查各街镇履行以下职责：")


# -- r64 2: a childless top item with a unit clause is a task beside unit-sentence items, not a goal/safeguard --

_GOALS = """某区推进垃圾分类工作方案

一、{first}。{body}

二、推进源头减量。完成50个示范小区创建。区绿化市容局负责。

三、完善收运体系。区城管执法局负责。

四、强化执法监督。区城管执法局负责。
"""


def test_goal_or_safeguard_section_with_a_unit_clause_is_no_task():
    for first, body in (("工作目标", "到2025年底，全区生活垃圾回收利用率达到45%，由区绿化市容局牵头推进。"),
                        ("总体目标", "区绿化市容局负责，2026年底前实现原生垃圾零填埋。")):
        titles = [t for t, _l, _r in _tasks(_GOALS.format(first=first, body=body))]
        assert first not in titles and titles == ["推进源头减量", "完善收运体系", "强化执法监督"]


def test_work_item_with_a_unit_clause_stays_a_task():
    page = _GOALS.format(first="推进分类投放", body="区绿化市容局负责，新建100个投放点。")
    titles = [t for t, _l, _r in _tasks(page)]
    assert titles[0] == "推进分类投放" and len(titles) == 4


# -- r64 3: a short-name clause in a bracket drops itself, not the units written after it --

def test_alias_clause_before_a_unit_clause_in_one_bracket():
    text = """某区河长制工作方案

一、主要任务

（一）建立河长办公室（以下简称区河长办，区水务局牵头）。

（二）成立工作专班（简称“专班”；由区生态环境局负责，区水务局配合）。

（三）建立联席会议制度（以下简称联席会议，下同）。

（四）推行“两个责任”（以下简称“两责”，即主体责任和监管责任）。

（五）加强巡查。区城管执法局负责。
"""
    got = {t[:6]: (lead, resp) for t, lead, resp in _tasks(text)}
    assert got["建立河长办公"] == (["区水务局"], [])
    assert got["成立工作专班"] == (["区生态环境局"], ["区水务局"])
    # (a bracket holding only the short name and a note names no unit)
    assert all(v == ([], []) for k, v in got.items() if k.startswith(("建立联席", "推行“两个")))


# -- r64 4/5: minutes — a time passed that sets a measure off is no aim; a time cut to N minutes is --

def _figures(sentence: str) -> list[tuple[float, str]]:
    page = f"某区应急处置工作方案\n\n一、主要任务\n\n（一）加强处置。{sentence}\n\n（二）加强巡查。区应急局负责。\n"
    return [(t.value, t.unit) for t in parse_text(page).tasks[0].targets]


def test_a_time_passed_before_when_is_no_target():
    # (round 31 (mt31), CONVENTIONS.md thresholds: a time passed that triggers a step, joined to 超过, is a target)
    assert [f[:2] for f in _figures("群众平均等候时间超过20分钟时，及时增开窗口。")] == [(20.0, "分钟")]
    assert [f[:2] for f in _figures("持续降雨超过3小时时，启动二级响应。")] == [(3.0, "小时")]
    # (round 30, CONVENTIONS.md thresholds: 「超过30分钟的，」 closes a 「…的」 condition that triggers a step:
    # a target)
    assert [f[:2] for f in _figures("会议时间超过30分钟的，应当书面报告。")] == [(30.0, "分钟")]


def test_a_time_limit_with_a_bar_stays_a_target():
    assert _figures("响应时间不超过30分钟，及时处置。") == [(30.0, "分钟")]
    assert _figures("平均办理时间达到30分钟以上。") == [(30.0, "分钟")]


def test_minutes_cut_to_or_to_arrive_in_are_targets():
    assert _figures("院前急救平均反应时间缩短至12分钟。") == [(12.0, "分钟")]
    assert _figures("出警时间降至8分钟。") == [(8.0, "分钟")]
    assert _figures("消防救援力量5分钟到场。") == [(5.0, "分钟")]


def test_minutes_naming_a_circle_stay_no_target():
    assert _figures("减少15分钟社区生活圈建设中的重复投入。") == []
    assert _figures("缩短15分钟生活圈的服务半径。") == []
    assert _figures("打造15分钟社区生活圈，建立30分钟响应机制。") == []
    assert _figures("在火灾发生时，迅速集结，力争“3分钟到场”，扑救初起火灾。") == []


# -- r64 6/7/10: 会同 partners of a lead-in or an article, bodies joined by 与 / 共同 --

def test_lead_in_joint_partners_are_units_too():
    assert lead_in_units("区卫健委会同区民政局履行下列职责：") == ["区卫健委", "区民政局"]
    assert lead_in_units("区卫健委会同区民政局等部门履行下列职责：") == ["区卫健委", "区民政局"]
    assert lead_in_units("区住建委会同区房管局、区城管执法局共同履行以下职责：") == [
        "区住建委", "区房管局", "区城管执法局"]
    # (a kind of body is no partner)
    assert lead_in_units("区应急局会同有关部门履行下列职责：") == ["区应急局"]


def test_lead_in_bodies_sharing_the_duties():
    assert lead_in_units("区住建委与区房管局共同履行下列职责：") == ["区住建委", "区房管局"]
    assert lead_in_units("区总工会与区妇联履行下列职责：") == ["区总工会", "区妇联"]
    # (a name with 和 inside stays whole)
    assert lead_in_units("区文化和旅游局履行下列职责：") == ["区文化和旅游局"]


_ARTICLES = """某区物业管理实施办法

第一条 为规范物业管理活动，制定本办法。

第二条 区房管局履行下列职责：

（一）组织开展物业服务检查；

（二）落实投诉处理。

第三条 区发改委会同区财政局根据本办法制定物业服务价格标准。

第四条 区房管局牵头建立物业服务企业信用评价体系，区市场监管局配合。

第五条 区卫健委会同区民政局依照有关规定审核养老服务补贴。

第六条 本办法自2025年1月1日起施行。
"""


def test_article_partners_end_at_the_first_word_that_is_no_unit():
    got = {t[:6]: (lead, resp) for t, lead, resp in _tasks(_ARTICLES)}
    assert got["区发改委会同"] == (["区发改委"], ["区财政局"])
    assert got["区卫健委会同"] == (["区卫健委"], ["区民政局"])
    assert got["区房管局牵头"] == (["区房管局"], ["区市场监管局"])


# -- r64 8: a 预案's heading on the bodies it sets up, with a level or field before it, is no unit --

def test_body_topic_heading_with_a_qualifier_is_no_unit():
    text = """某区突发事件应急预案

1 总则

1.1 编制目的

为做好突发事件应对工作，编制本预案。

2 组织体系

2.1 应急指挥机构

区应急委统一领导全区突发事件应对工作。

2.2 现场指挥机构

现场指挥部负责现场处置工作。

2.3 区级组织机构

区应急局负责综合协调工作。

3 预警

3.1 区水务局

负责汛情监测预警。

3.2 区气象局

负责气象监测预警。
"""
    units = {t: r for t, _l, r in _tasks(text)}
    # the heading's words are never a unit's name
    assert not any(h in n for names in units.values() for n in names for h in ("指挥机构", "组织机构"))
    # round 31: CONVENTIONS.md rule 2 — the body its sentence makes the doer 「A负责…」 is read under such a
    # heading (统一领导 is no verb of rule 2: none there)
    assert units["应急指挥机构"] == []
    assert units["现场指挥机构"] == ["现场指挥部"]
    assert units["区级组织机构"] == ["区应急局"]
    assert units["区水务局"] == ["区水务局"]


# -- r64 9: 「等区属国有企业 / 等区属医院」 after units of that kind says what they are --

def test_etc_tail_of_the_named_units_own_kind_is_dropped():
    from desktop.core.parse.units import split_units
    assert split_units("区城投集团、区国资公司等区属国有企业")[0] == ["区城投集团", "区国资公司"]
    assert split_units("区中心医院、区妇幼保健院等区属医院")[0] == ["区中心医院", "区妇幼保健院"]
    # (after bodies of another kind the tail is a group, as before)
    assert split_units("区国资委、区发改委等区属国有企业")[0] == ["区国资委", "区发改委", "区属国有企业"]
    assert split_units("市教委、市科委等市属高校")[0] == ["市教委", "市科委", "市属高校"]
