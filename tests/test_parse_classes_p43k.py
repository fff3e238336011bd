"""Round 43, p43k: sentence-reader misses the first wave named and left — a lone 届时 clause, an attached score
table over the body's items, 「A每年至少组织…」, 「A会同有关单位，组织…」 and 「A应当配合做好…」."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.score_tables import assessed_rows
from desktop.core.parse.sentence_units import doer_units

# -- 1. 「届时，将由A牵头…」: a lone time clause, not a case ---------------------------------------------------------


def test_a_lone_time_clause_before_by_a_leads_keeps_a():
    text = "各街道要按节点推进整治工作。届时，将由区民政局牵头，组织力量对整治情况进行统一检查。"
    assert doer_units(text)[0] == ["区民政局"]


def test_a_case_ending_in_shi_still_holds_its_by_clause():
    # (「发生…时，由A…」: was a contingency, rule 3; Round 78: the response is the item's work, A leads it)
    text = "发生突发事件时，由区应急局牵头组织处置。"
    assert doer_units(text) == (["区应急局"], ["区应急局"])


# -- 2. an attached score table (rows 「…（4分）」, rules 「…扣2分」) is no task list over the body's items ----------

PLAN = ("关于推进全镇养老机构消防安全达标工作的实施方案\n"
        "一、工作步骤\n"
        "（一）排查阶段\n"
        "各村居要对辖区养老机构开展排查，摸清底数。\n"
        "（二）整改阶段\n"
        "各养老机构对照标准逐项整改。届时，将由镇民政办牵头，组织力量对整改情况进行检查。\n"
        "（三）验收阶段\n"
        "由镇应急办牵头，会同镇消防站组织验收。\n"
        "养老机构消防安全达标考核评分表\n"
        "序号\n评分内容\n评分标准\n"
        "1\n建立消防安全责任制，明确消防安全管理人（4分）。\n"
        "1.未建立责任制的扣2分。\n2.未明确管理人的扣2分。\n"
        "2\n养老机构应当每半年至少组织1次灭火演练（4分）。\n"
        "1.未组织演练的扣4分。\n2.演练记录不全的扣1分。\n"
        "3\n每月开展1次防火检查，做好检查记录（2分）。\n"
        "1.检查次数不足的扣1分。\n2.记录不全的扣1分。\n")


def test_one_row_naming_a_unit_does_not_make_a_score_table_the_tasks():
    plan = parse_text(PLAN)
    assert [t.title[:4] for t in plan.tasks] == ["排查阶段", "整改阶段", "验收阶段"]
    assert plan.tasks[1].lead_units == ["镇民政办"]
    assert "任务是从附件中读出的，请核对。" not in plan.warnings


def test_score_rows_mostly_naming_units_or_rows_without_marks_are_not_a_score_table():
    scored = ["未建立责任制的扣2分", "未明确管理人的扣2分", "养老机构应当组织演练（4分）", "记录不全的扣1分"]
    assert assessed_rows(scored, named=1)
    assert not assessed_rows(scored, named=2)          # (half the rows name their doers: a task list)
    plain = ["建立消防安全责任制", "明确消防安全管理人", "组织灭火演练", "做好检查记录"]
    assert not assessed_rows(plain, named=1)           # (no marks: a list of work)


# -- 3. 「A每年至少组织…」: 至少 after a rhythm -------------------------------------------------------------------


def test_a_rhythm_then_zhishao_before_organise():
    text = "各行业协会每年至少组织一次安全培训，采取线上线下等方式，解读安全生产法律法规。"
    assert doer_units(text)[1] == ["各行业协会"]


def test_a_rhythm_then_zhishao_before_a_verb_off_the_list_names_no_doer():
    text = "各行业协会每年至少召开一次交流会。"
    assert doer_units(text)[1] == []


# -- 4. 「A会同有关单位，组织…」: the catch-all partner gives no unit, A still leads ----------------------------------


def test_with_the_catch_all_partner_a_still_leads():
    text = "区市场监管局会同相关单位，组织开展食品安全专项检查。"
    assert doer_units(text) == (["区市场监管局"], ["区市场监管局"])


def test_with_the_catch_all_then_a_named_partner_both_read():
    text = "区市场监管局会同有关单位、区卫健委组织开展食品安全专项检查。"
    assert doer_units(text) == (["区市场监管局"], ["区市场监管局", "区卫健委"])


def test_with_persons_of_the_units_names_no_doer():
    text = "区市场监管局会同相关单位负责人开展检查。"
    assert doer_units(text) == ([], [])


# -- 5. 「A应当配合做好…工作」 with no partner named: A a doer (round 44 early) -------------------------------------


def test_help_with_work_and_no_partner_makes_a_doer():
    assert doer_units("各街道应配合做好项目的竣工验收等工作。")[1] == ["各街道"]
    assert doer_units("区卫健委要积极配合做好医疗保障工作。")[1] == ["区卫健委"]


def test_help_alone_or_assist_with_work_names_no_doer():
    assert doer_units("区卫健委要积极配合。")[1] == []
    assert doer_units("相关专委会协助做好督办工作。")[1] == []      # (协助: the ruling speaks of 配合 only)


def test_help_a_named_partner_with_no_doer_elsewhere_names_none():
    # (「B配合A＋verb」: A only by rule 2 — 开展 is not in its list; B needs a doer)
    assert doer_units("区卫健委要积极配合区教育局开展检查。")[1] == []


# -- 6. 「A及时反馈实施情况」: the work's state sent back with no receiver named is a sending ------------------------


def _duties(text: str) -> list[str]:
    return [d.text for d in parse_text("一、工作要求\n（一）试行安排\n" + text + "\n").duties]


def test_a_timely_feedback_of_the_work_state_is_a_duty():
    assert _duties("试行期间，请各区住房城乡建设管理委及时反馈实施情况。") \
        == ["试行期间，请各区住房城乡建设管理委及时反馈实施情况"]


def test_feedback_as_a_noun_or_on_views_is_no_duty():
    assert _duties("市局将加强实施评估，根据反馈情况完善相关工作要求。") == []
    assert _duties("各街道要及时反馈群众意见，积极回应社会关切。") == []
