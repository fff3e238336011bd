"""Round 68 (p68j): responsible units missed in an item's sentences — a kind, a time, a glued word.

- 「其他」 before a kind named by its field 「其他相关行政管理部门按照各自职责，协同实施…」
  「会同其他行政管理部门组织编制…」: a kind, as 其他有关部门 is (round 47; round 39 after a doer's
  clause) — not 其他单位, a call.
- The year a body takes its work on from, between the body and rule 2's verb 「A2026年起负责…」「A自2026年7月起负责…」:
  a time, as 「A将于6月24日组织…」 — the body a doer; a year with no verb of rule 2 after it names none.
- A body sending its team 「A派出工作组参与…」: the team is no part of A's name (派出 a verb) — not 派出所／派出机构.
- A partner cut before the verb 组织 「会同其他…部门组织编制…」: the name never ends in 组 of 组织 (the old reading
  「…部门组」).
- A scope in a later sentence of the item whose agent takes the work by rule 2's own words
  「…。住宅小区内增设附属设施的，由街镇负责组织实施。」: the agent is a doer, as after a scope that opens the item
  (「属单位自用的，由A督促落实」) — not a case answered by another verb 「有异议的，由A进行核查」, a case its 对 opens
  「对两个以上单位共同承办的，由主办单位牵头」, nor a contingency 「确需调整的，由A负责」 (rule 3).
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


def _units(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): [*t.lead_units, *t.responsible_units] for t in parse_text(text).tasks}


_PLAN = """某区关于开展排水设施管理的工作方案

一、主要任务
（一）做好管理。区建管委负责道路管理。其他相关行政管理部门按照各自职责，协同实施本方案。
（二）做好管理。区建管委负责道路管理。其他单位按照各自职责，协同做好相关工作。
（三）做好移交。区建管委研究确定清单。区排水公司2026年起负责公共排水设施防汛工作。
（四）做好移交。区水务局自2026年7月起负责公共排水设施养护工作。
（五）做好移交。区排水公司2026年起纳入区防汛指挥体系。
"""


def test_other_kind_named_by_its_field_is_a_kind():
    units = _units(_PLAN)
    assert units["一/一"] == ["区建管委", "其他相关行政管理部门"]
    assert units["一/二"] == ["区建管委"]          # (其他单位: a call, no kind)


def test_other_kind_as_a_partner_of_hui_tong():
    leads, resp = doer_units("市建设行政管理部门应当会同其他行政管理部门组织编制应急预案。")
    assert leads == ["市建设行政管理部门"]
    assert resp == ["市建设行政管理部门", "其他行政管理部门"]


def test_year_from_between_body_and_rule_two_verb():
    units = _units(_PLAN)
    assert units["一/三"] == ["区排水公司"]
    assert units["一/四"] == ["区水务局"]
    assert units["一/五"] == []                    # (no verb of rule 2 after the year)


def test_team_sent_is_no_part_of_the_name():
    _leads, resp = doer_units("2025年汛期，区排水公司派出工作组参与区防汛办应急响应工作。"
                              "区排水公司2026年起负责防汛工作。")
    assert resp == ["区排水公司"]
    assert doer_units("区公安分局派出所负责巡查。")[1] == ["区公安分局派出所"]
    assert doer_units("街道派出机构负责巡查。")[1] == ["街道派出机构"]


def test_partner_not_cut_inside_zu_zhi():
    # a partner the name reader does not read: no name ending in 组 of 组织
    _leads, resp = doer_units("市建设行政管理部门应当会同区其他业务条线组织编制应急预案。")
    assert not any(n.endswith("组") for n in resp)
    # a partner read as before
    assert doer_units("市建设行政管理部门应当会同消防救援支队组织编制应急预案。")[1] == [
        "市建设行政管理部门", "消防救援支队"]


def test_scope_in_a_later_sentence_with_a_charged_agent():
    assert doer_units("坚持属地负责的原则。住宅小区内增设附属设施的，由街镇负责组织实施。")[1] == ["街镇"]
    assert doer_units("区房管局负责公示。公示无异议的，由区规划局牵头组织联审。")[1] == ["区房管局", "区规划局"]


def test_case_in_a_later_sentence_stays_a_case():
    assert doer_units("区房管局负责公示。有异议的，由街道办事处进行核查和公示。")[1] == ["区房管局"]
    assert doer_units("区房管局负责审核。确需调整的，由区规划局负责审批。")[1] == ["区房管局"]
    assert doer_units("区政府办公室负责交办。对两个以上单位共同承办的，由主办单位牵头，会办单位要积极配合。")[1] == [
        "区政府办公室"]
