"""Round 45 missing-units classes (p45c): doers the sentence reader left unread.

1. A body's own answer to the item's case: an item whose every sentence opens with a case
   「…发生故障时」「…的」 and goes on with a body's clause, one of them a verb of rule 2 「A应当组织力量…」, has that
   body as its doer (round 30: the response to the item's own case is its work; Round 45 rulings: the subjects of a
   rule-2 verb in the item's own response to a case are doers). Near misses: an adjustment 「确需调整的，A…」 stays a
   contingency; a case inside an item whose work is something else stays rule 3's; a body that only answers with
   another verb names none.
2. A day or a unit of the work between the subject and its verb 「A将于6月24日在全市范围组织开展…」「A以班级为单位
   组织观看…」, and a step's time as the subject's whole clause 「A在…完工后，应当组织…」. Near misses: the same
   openings before a verb outside rule 2 (召开, 拨付, 向…备案).
3. 「B将配合A组织…」 beside a doer: B responsible (round 34's 配合 after a doer). Near miss: a regulated party's
   「B应当配合A开展…」 is no plan body's undertaking and stays unread.
4. A sentence inside the paragraph that opens with the rule it follows and names no subject 「A要高度重视…。根据…
   特点，落实…措施」 takes the subject before it (round 34's elided subject, as after 要). Near misses: no subject
   before it; a verb outside rule 2 after the rule.

Made-up snippets written the way district notices and rules are written."""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = "关于做好某区有关工作的实施方案\n\n一、工作任务\n"
TAIL = "（二）做好保障\n区财政局负责落实相关经费。\n"


def _first(body: str, heading: str = "（一）应急处置\n") -> tuple[list[str], list[str]]:
    task = parse_text(HEAD + heading + body + "\n" + TAIL).tasks[0]
    return task.lead_units, task.responsible_units


def test_a_body_answering_the_items_own_case_is_its_doer():
    assert _first("地铁线路运行中发生设备故障时，地铁运营企业应当组织力量及时抢修，恢复运行。"
                  "一时无法恢复的，地铁运营企业应当组织乘客有序疏散。") == ([], ["地铁运营企业"])
    assert _first("汛期发生积水险情时，区排水公司应当组织抢排，区水务局负责调度。") == ([], ["区排水公司", "区水务局"])


def test_a_case_answered_only_by_another_verb_names_none():
    assert _first("公交线路因道路施工停运超过一天的，公交企业应当出具停运说明。") == ([], [])


def test_an_adjustment_stays_a_contingency():
    assert _first("确需调整线路的，区交通委应当组织论证。") == ([], [])


def test_a_case_inside_other_work_stays_rule_threes():
    assert _first("区水务局加强排水设施巡查。发生积水险情时，区排水公司应当组织抢排。") == ([], [])


def test_a_day_or_a_unit_between_the_subject_and_its_verb():
    assert _first("区禁毒办将于6月26日在全区范围组织开展禁毒宣传活动。", "（一）开展宣传\n") == ([], ["区禁毒办"])
    assert _first("区教育局以学校为单位组织观看禁毒专题片。", "（一）开展宣传\n") == ([], ["区教育局"])
    assert _first("区文旅局在全区范围组织开展文明旅游宣传。", "（一）开展宣传\n") == ([], ["区文旅局"])


def test_the_same_openings_before_other_verbs_name_none():
    assert _first("区禁毒办将于6月26日召开禁毒工作会议。", "（一）开展宣传\n") == ([], [])
    assert _first("区财政局将于年底前拨付补贴资金。", "（一）开展宣传\n") == ([], [])


def test_a_steps_time_as_the_subjects_whole_clause():
    assert _first("建设单位在拆除工程完工后，应当组织施工、监理单位进行竣工验收。", "（一）竣工验收\n") \
        == ([], ["建设单位"])
    assert _first("建设单位在拆除工程完工后，应当向区房管局办理备案。", "（一）竣工验收\n") == ([], [])


def test_a_body_that_will_help_a_doer_is_responsible():
    lead, resp = _first("区禁毒办将于6月26日组织开展禁毒日活动，届时，区教育局将配合区禁毒办组织中小学生参加主题活动。",
                        "（一）开展宣传\n")
    assert lead == [] and sorted(resp) == ["区教育局", "区禁毒办"]


def test_a_regulated_party_that_should_help_stays_unread():
    assert _first("工程建设单位应当配合区民防办开展工程现场查验。", "（一）现场查验\n") == ([], [])


def test_a_sentence_opening_with_its_rule_takes_the_subject_before_it():
    body = "各村（社区）、镇级相关单位（部门）要高度重视，提高认识。根据辖区防汛特点，落实相关措施。"
    assert _first(body, "（一）加强领导。") == ([], ["各村（社区）", "镇级相关单位（部门）"])


def test_a_rule_opening_after_no_subject_or_before_another_verb_names_none():
    assert _first("要高度重视，提高认识。根据辖区防汛特点，落实相关措施。", "（一）加强领导。") == ([], [])
    assert _first("区水务局要高度重视，提高认识。根据辖区防汛特点，加强宣传。", "（一）加强领导。") == ([], [])


def test_a_breach_answered_by_the_party_stays_a_case():
    assert _first("违反施工规定造成道路损坏的，施工单位应当组织修复。") == ([], [])
