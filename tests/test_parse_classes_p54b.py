"""Round 54 (p54b): numbered items whose doers the parser did not find — a subject followed by an adverb of haste or
manner the name reader did not know (「A尽快组织…」「A经常组织…」, and after 「请」), 组织 with an act right after
it whatever the thing it makes 「组织增建符合…要求的岸电设施」, and 「…，并对设计质量负责」 in a later clause (Round 47
confirmed, x215_03: 对X负责 with X the plan's work makes a doer; an applicant's papers 「对申报材料的真实性负责」 do
not, turned x252_02)."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

HEAD = "关于做好某项工作的通知\n\n一、项目甲\n"


def _task(body: str):
    """The item whose text holds ``body`` (one item before another)."""
    tasks = [t for t in parse_text(HEAD + body + "\n二、项目乙\n做好其他工作。\n").tasks if body[:6] in t.text]
    assert len(tasks) == 1
    return tasks[0]


def _units(body: str) -> list[str]:
    """The responsible units of the item (a single doer: lead [] with it responsible)."""
    return _task(body).responsible_units


@pytest.mark.parametrize(("body", "doer"), [
    ("区交通局尽快组织开展道路隐患排查。", "区交通局"),
    ("请县农业局尽快组织开展秸秆禁烧巡查。", "县农业局"),
    ("镇应急办经常组织力量对地灾隐患点进行排查。", "镇应急办"),
    ("县林业局迅速组织开展森林防火检查。", "县林业局"),
])
def test_a_subject_before_an_adverb_of_haste_is_a_doer(body, doer):
    assert _units(body) == [doer]


@pytest.mark.parametrize("body", [
    # no verb of rule 2 after the adverb: a call, no doer
    "区交通局尽快研究相关问题。",
    # the adverb with no subject before it
    "尽快组织开展道路隐患排查。",
])
def test_an_adverb_without_a_doer_clause_names_none(body):
    assert _units(body) == []


@pytest.mark.parametrize(("body", "doer"), [
    ("区港航中心应及时组织增建符合船舶使用要求的岸电设施。", "区港航中心"),
    ("区科协组织购买一批科普类的图书，分发到各街镇。", "区科协"),
    ("区城管局要组织整治背街小巷的乱堆乱放。", "区城管局"),
])
def test_organising_an_act_with_a_thing_after_it_is_a_doer(body, doer):
    assert _units(body) == [doer]


@pytest.mark.parametrize("body", [
    # 组织 with a thing organised, no act (round 31)
    "区文化馆积极组织群众身边的广场舞比赛。",
    # a manner word before a later 组织 of the body's own team, no act of rule 2's list (p41l's near miss)
    "各村要按照组委会要求，精心组织本村队伍参赛。",
    # 采购 describing the projects, not the act of the subject
    "区文化馆今后不得参与街道自行组织采购项目的投标。",
])
def test_organising_a_thing_names_no_doer(body):
    assert _units(body) == []


@pytest.mark.parametrize(("body", "doer"), [
    ("区设计院应根据建设要求，编制相应设计文件，并对设计质量负责。", "区设计院"),
    ("区审图中心应当审查下列内容，出具审查意见，并对审查结果负责。", "区审图中心"),
])
def test_answering_for_the_work_quality_in_a_later_clause_is_a_doer(body, doer):
    assert _units(body) == [doer]


@pytest.mark.parametrize("body", [
    # an applicant answering for its own papers (turned, x252_02)
    "区建设公司应提交申报材料，并对申报材料的真实性负责。",
    # a supervised party's standard with another object than the work's quality or result
    "区建设公司应按图施工，并对施工过程中的质量和安全负责。",
])
def test_answering_for_papers_or_a_standard_names_no_doer(body):
    assert _units(body) == []


# rule 4: a section's one line that is itself a sentence naming a doer opens the section; its items that name no
# doer of their own take it (x108_03 四/（一）'s shape)
SECTION = ("关于做好补偿费征收工作的通知\n\n一、征收程序\n\n（一）{head}\n\n1.送达时间。{one}\n\n"
           "2.缴纳时间。缴纳时间为通知单出具当天后的30个自然日内。\n\n（二）其他事项\n\n区税务局负责退库工作。\n")


def _items(head: str, one: str = "通知单于审批当天开具。") -> dict[str, list[str]]:
    plan = parse_text(SECTION.format(head=head, one=one))
    return {t.number: t.responsible_units for t in plan.tasks if t.number in ("1", "2")}


def test_a_sentence_line_over_items_gives_them_its_doer():
    got = _items("区水务局依职权负责核定补偿费征收额，并向缴纳义务人送达缴纳通知单。")
    assert got == {"1": ["区水务局"], "2": ["区水务局"]}


def test_a_sentence_line_naming_no_doer_gives_nothing():
    assert _items("规范补偿费征收程序，并向缴纳义务人送达缴纳通知单。") == {"1": [], "2": []}


def test_an_item_with_a_doer_of_its_own_keeps_it():
    got = _items("区水务局依职权负责核定补偿费征收额，并向缴纳义务人送达缴纳通知单。",
                 one="区财政局负责开具通知单。")
    assert got == {"1": ["区财政局"], "2": ["区水务局"]}


# round 34: a subject carried inside its paragraph to a sentence that opens with 联合B＋verb (read as 会同)
def test_a_later_sentence_opening_with_a_partner_keeps_the_subject():
    task = _task("区公安局强化执法力度，严厉查处超载行为。联合区交通局检查制度执行情况。")
    assert (task.lead_units, task.responsible_units) == (["区公安局"], ["区交通局"])


@pytest.mark.parametrize("body", [
    # 联合 with no body after it: an adverb, no partner (round 43)
    "区公安局要强化执法力度。联合开展宣传活动。",
    # no subject before it in the paragraph
    "要强化执法力度。联合区交通局检查制度执行情况。",
])
def test_a_partner_sentence_without_a_carried_subject_or_partner_names_no_lead(body):
    assert _task(body).lead_units == []


def test_a_joint_check_with_its_own_agent_keeps_it():
    # 联合检查 a noun, its own agent after 由 (x49b's near miss): the paragraph's subject does not lead it
    task = _task("区公安局要强化执法力度。联合检查由区交通局牵头，组织开展联合检查。")
    assert (task.lead_units, task.responsible_units) == (["区交通局"], [])
