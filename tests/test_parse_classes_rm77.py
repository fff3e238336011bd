"""Review of p77's rules (round 29, rm77): made-up wordings each rule must still read, and the near-misses the
review found it fired on — a step's 全部, a count's 含 aside, a heavy tonnage, a past step, a receiver, an application,
another's progress."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.targets import find_targets


def _duties(body: str) -> list:
    head = "某区河道保洁工作方案\n一、主要任务\n（一）开展保洁\n各镇做好河道日常保洁。\n二、保障措施\n"
    return parse_text(head + body).duties


def _deadline(stage: str, body: str) -> str | None:
    text = ("某区公厕提升改造工作方案\n为推进公厕提升，制定本方案。\n一、工作目标\n2024年完成全部公厕提升。\n"
            "二、实施步骤\n（一）排摸申报阶段（2024年3月至4月）。各镇于4月20日前完成排摸。\n"
            f"（二）{stage}。{body}\n三、保障措施\n各镇要加强组织领导。\n\n某区绿化市容局\n2024年3月1日\n")
    return next((t.deadline for t in parse_text(text).tasks if t.number == "二"), None)


def _targets(sentence: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(sentence, 2025, relaxed=True)]


# -- a stage's window: all of a first step is not all of the work -------------------------------------------

@pytest.mark.parametrize("body", ["各镇开展改造施工，6月底前完成全部摸排工作。",
                                  "各镇于5月底前完成所有准备工作，全力推进改造。",
                                  "6月底前完成全部方案编制工作，各镇组织施工。",
                                  "6月底前全面完成排查，各镇组织施工。"])
def test_all_of_a_first_step_does_not_end_the_stage(body):
    assert _deadline("集中改造阶段（2024年5月至10月）", body) == "2024-10-31"


@pytest.mark.parametrize("body,due", [("各街道于9月10日前完成辖区全部整治任务。", "2024-09-10"),
                                      ("力争8月底前全面完成改造，做好验收。", "2024-08-31")])
def test_all_of_the_work_done_still_ends_the_item_there(body, due):
    assert _deadline("集中整治阶段（2024年6月至11月）", body) == due


# -- a band's 含 mark: the edge itself, not what else the count holds ---------------------------------------

@pytest.mark.parametrize("sentence,aim", [("新建充电桩1000个至1500个（含改造）。", (1000, "个")),
                                          ("新增就业岗位3万至5万个（含灵活就业）。", (30000, "个"))])
def test_an_aside_of_what_the_count_holds_keeps_one_range(sentence, aim):
    assert _targets(sentence) == [aim]


@pytest.mark.parametrize("sentence", ["培育15家至20家（含）龙头企业。", "10万(含本数)至50万(不含50万)的，实行比选。"])
def test_an_edge_marked_itself_is_still_read_alike(sentence):
    assert len(_targets(sentence)) == 2


def test_a_bare_wan_range_inside_a_noun_of_projects_is_a_class():
    # (Round 68 rulings, Targets, turned: a bare-万 range inside a noun of projects is a class, as one with 元 is —
    # Round 66's x270_04; the range in a 的-clause of its own above stays both edges)
    assert _targets("10万(含本数)至50万(不含50万)的项目实行比选。") == []


# -- a heavy tonnage before a vehicle word is a quantity, not a vehicle's size -------------------------------

@pytest.mark.parametrize("sentence", ["回收废钢1万吨用于造船。", "年回收利用报废车辆拆解材料300吨车用配件。"])
def test_a_large_tonnage_stays_a_target(sentence):
    assert any(u == "吨" for _v, u in _targets(sentence))


def test_a_vehicle_size_is_still_no_target():
    assert _targets("各镇配备2吨或3吨电动保洁车辆不少于4辆。") == [(4, "辆")]


# -- a liaison: a past step and a receiver are none ----------------------------------------------------------

@pytest.mark.parametrize("sentence", ["2023年，各镇已明确专人负责数据报送。", "各单位要明确专人负责接收各镇报送。",
                                      "区里已经指定联系人负责信息上报。"])
def test_a_past_naming_or_a_receiver_is_no_liaison(sentence):
    assert not any(d.kind == "liaison" for d in _duties(sentence))


@pytest.mark.parametrize("sentence", ["各街道要落实专人负责突发事件信息报告。", "各村要指定信息员负责报送。"])
def test_a_person_named_for_the_reporting_is_still_a_liaison(sentence):
    assert any(d.kind == "liaison" for d in _duties(sentence))


# -- a case's filing: an application is none -----------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["符合条件的项目，由企业向区商务委报送申请材料。",
                                      "纳入计划的项目，由各镇向区农业农村委报送申报材料。",
                                      "100万元以上的工程，由街道向区发改委报送立项申请。"])
def test_an_application_a_case_sends_is_no_filing(sentence):
    assert not _duties(sentence)


@pytest.mark.parametrize("sentence", ["涉及变更的事项，由实施单位向区发改委报备。",
                                      "大型群众性的活动，由主办单位向公安机关备案。"])
def test_a_filing_a_case_sets_off_is_still_a_duty(sentence):
    assert _duties(sentence)


# -- progress gathered 定期: the plan's work, not another's or one's own ------------------------------------

@pytest.mark.parametrize("sentence", ["定期梳理排查风险隐患整改落实情况。", "各学校定期跟踪学生作业完成情况。",
                                      "企业要定期梳理自身安全责任落实情况。", "不定期调度各镇工作进展。"])
def test_another_s_progress_or_an_irregular_check_is_no_duty(sentence):
    assert not _duties(sentence)


@pytest.mark.parametrize("sentence", ["区工作专班定期汇总各街镇推进情况。", "建立定期调度工作进展机制。",
                                      "领导小组办公室定期跟踪各项任务落实进度。"])
def test_the_plan_s_progress_gathered_is_still_a_duty(sentence):
    assert _duties(sentence)
