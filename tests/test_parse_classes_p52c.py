"""Round 52 (p52c): units in articles and points read by the shared sentence readers.

- a breaker named by its breach 「对违法违规情节严重的运输单位，由A依法吊销其…许可证」: the sanction is the point's own
  step after a case, A a doer (CONVENTIONS.md Round 60 rulings on x71_03 二/（四）; round 45) — rule 3's contingency
  「确需…的」「发生…时」 stays held (``case_clauses.breach_answered``);
- the 的-rule for an article's named doer (round 34; Round 60 rulings): 「项目所在地的区房屋管理部门应当…」 opens with
  the name after the last 的 (``opening_subjects.opening_subject``), 「具体由项目所在地的A提出方案」 reads A
  (``name_edges.MODAL_BY``, ``AGENT_DESCRIBED``);
- a guide's opinion followed by work of its own 「A应对…提出指导意见，并加强监督检查」 is a doer (Round 57 rulings on
  x254_02 第十四条), an opinion alone in a later sentence none (``article_subjects._MODAL_DOING``);
- a list closed by 等 and a kind, the modal after a comma 「A以及B、C等政府派出机构，应…」: its members
  (``opening_subject``, round 35's 等 tail)."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.article_subjects import paragraph_subjects
from desktop.core.parse.opening_subjects import opening_subject

PLAN = "某区建筑垃圾管理实施方案\n一、主要任务\n"
RULES = "某区住房租赁管理办法\n第一条  为规范住房租赁管理，制定本办法。\n"


def _point(body: str) -> list[str]:
    text = PLAN + "（一）加强监管。" + body + "\n（二）加强宣传。区文明办负责组织宣传。\n"
    tasks = [t for t in parse_text(text).tasks if t.number == "一"]
    assert len(tasks) == 1
    return tasks[0].lead_units + tasks[0].responsible_units


def _article(body: str) -> list[str]:
    tasks = [t for t in parse_text(RULES + "第二条  " + body + "\n第三条  本办法自印发之日起施行。\n").tasks
             if t.number == "2"]
    return [u for t in tasks for u in t.lead_units + t.responsible_units]


@pytest.mark.parametrize(("body", "doer"), [
    ("各部门要强化对运输车船的检查，对违法违规情节严重的运输单位，由市城管执法局依法吊销其运输许可证。",
     "市城管执法局"),
    ("对违法违规的企业，由区市场监管局依法给予处罚。", "区市场监管局"),
    ("加强日常巡查，对擅自倾倒渣土的运输企业，由区城管执法局责令改正。", "区城管执法局"),
])
def test_a_sanction_after_a_named_breach_is_its_agents_work(body, doer):
    assert doer in _point(body)


@pytest.mark.parametrize("body", [
    "确需调整计划的，由区发展改革委负责协调。",          # a contingency that adjusts the work: held (rule 3)
    "发生重大险情时，由区应急局组织抢险。",              # a contingency by an event
])
def test_a_contingency_stays_held(body):
    assert _point(body) == []


def test_a_breach_topic_without_an_agent_of_by_names_none():
    # (no 由: the breaker topic alone gives no agent)
    assert _point("对违法违规情节严重的运输单位，依法吊销其运输许可证。") == []


@pytest.mark.parametrize(("body", "doer"), [
    ("项目所在地的区房屋管理部门应当组织实施巡查。", "区房屋管理部门"),
    ("具体由项目所在地的区房屋管理部门提出方案，报市房屋管理部门批准后实施。", "区房屋管理部门"),
])
def test_a_described_doer_is_the_name_after_the_last_de(body, doer):
    units = _article(body)
    assert doer in units and not any("的" in u for u in units)


def test_a_described_opening_subject_reads_the_name_after_de():
    assert opening_subject("项目所在地的区房屋管理部门应当组织实施巡查。", set()) == ["区房屋管理部门"]
    assert opening_subject("保障性租赁住房所在地的街道办事处应当建立巡查制度。", set()) == ["街道办事处"]


@pytest.mark.parametrize("text", [
    "项目已建成的，区住建委应当组织验收。",      # (a case clause ends at its comma: no name after its 的)
    "对违规的区住建委应当通报。",              # (the object of a preposition, not a described subject)
    "区政府成立的工作专班应当开展评估。",        # (a body another sets up: not read by the 的-rule here)
    "负责巡查的区城管执法局应当加强检查。",      # (a verb of doing inside the 的-phrase)
])
def test_near_misses_of_the_de_rule(text):
    assert opening_subject(text, set()) == []


def test_an_opinion_with_work_of_its_own_names_its_giver():
    got = paragraph_subjects("本市推进住房保障。各区房屋管理部门应对巡查的频率提出指导意见，并加强监督检查。",
                             set(), opening_subject)
    assert got == ["各区房屋管理部门"]


def test_an_opinion_alone_in_a_later_sentence_names_none():
    assert paragraph_subjects("本市推进住房保障。各区房屋管理部门应对巡查的频率提出指导意见。", set(),
                              opening_subject) == []
    assert paragraph_subjects("本市推进住房保障。各区房屋管理部门应对方案提出意见，并报送区政府。", set(),
                              opening_subject) == []


def test_a_list_closed_by_a_kind_before_its_comma_names_its_members():
    got = opening_subject("乡、镇人民政府以及街道办事处、园区管委会等政府派出机构，应对辖区内住房建立巡查制度。", set())
    assert got == ["乡、镇人民政府", "街道办事处", "园区管委会"]


def test_a_list_closed_by_a_kind_with_an_option_names_none():
    assert opening_subject("区发改委、区财政局等相关部门，可以申请补助。", set()) == []
