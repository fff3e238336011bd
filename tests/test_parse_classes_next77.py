"""Classes found on plans-next77-81 (whole Shanghai documents), round 29 — made-up wordings, never the sets' own
words, and the near-misses each rule must leave alone."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def _duties(body: str) -> list:
    head = "某区河道保洁工作方案\n一、主要任务\n（一）开展保洁\n各镇做好河道日常保洁。\n二、保障措施\n"
    return parse_text(head + body).duties


def _deadline(stage: str, body: str, number: str = "二") -> str | None:
    text = ("某区公厕提升改造工作方案\n为推进公厕提升，制定本方案。\n一、工作目标\n2024年完成全部公厕提升。\n"
            "二、实施步骤\n"
            f"（一）排摸申报阶段（2024年3月至4月）。各镇于4月20日前完成排摸。\n（{number}）{stage}。{body}\n"
            "三、保障措施\n各镇要加强组织领导。\n\n某区绿化市容局\n2024年3月1日\n")
    return next((t.deadline for t in parse_text(text).tasks if t.number == number), None)


# -- a stage's window over a date inside it that has the whole work done --------------------------------------

@pytest.mark.parametrize("body,due", [
    ("各镇开展改造施工，原则上应于9月20日前完成本镇全部改造任务。", "2024-09-20"),
    ("各镇组织施工，9月25日前完成辖区内所有改造工作，并做好资料归档。", "2024-09-25"),
    ("各镇组织施工，力争9月15日前全面完成改造。", "2024-09-15"),
])
def test_a_window_does_not_push_past_the_day_the_whole_work_is_done(body, due):
    assert _deadline("集中改造阶段（2024年5月至10月）", body) == due


@pytest.mark.parametrize("body", [
    "各镇开展改造施工，9月20日前报送改造进度情况。",        # a report due inside the window
    "各镇开展改造施工，8月底前完成首批改造。",               # one step of the work, not all of it
])
def test_a_window_still_ends_the_stage_over_a_step_or_a_report(body):
    assert _deadline("集中改造阶段（2024年5月至10月）", body) == "2024-10-31"


# -- a stage given a year alone -----------------------------------------------------------------------------

@pytest.mark.parametrize("stage,due", [("全面推开阶段（2025年）", "2025-12-31"), ("巩固提升阶段(2026年)", "2026-12-31"),
                                       ("深化推广阶段（2025年度）", "2025-12-31")])
def test_a_stage_given_a_year_alone_ends_with_that_year(stage, due):
    assert _deadline(stage, "在总结试点经验基础上，各镇深化推广改造经验。") == due


def test_a_year_alone_gives_way_to_a_date_written_and_is_no_stage_of_the_past():
    assert _deadline("全面推开阶段（2025年）", "各镇于2025年6月底前完成改造。") == "2025-06-30"
    assert _deadline("前期试点阶段（2023年）", "各镇总结试点经验。") is None       # before the plan's year
    assert _deadline("全面推开（2025年）", "各镇全面推开改造。") is None            # no stage named


# -- a person named to do the reporting (a liaison) --------------------------------------------------------

@pytest.mark.parametrize("sentence", ["各镇要确定专人负责数据上报工作。", "各单位要指定1名联系人负责信息报送。",
                                      "各街道要明确专职人员负责报送工作。"])
def test_a_person_named_for_the_reporting_is_a_liaison_duty(sentence):
    assert any(d.kind == "liaison" for d in _duties(sentence))


@pytest.mark.parametrize("sentence", ["各镇要明确专人负责河道巡查。", "各镇要安排专人负责报送材料的审核把关和归档。"])
def test_a_person_named_for_other_work_is_no_liaison(sentence):
    assert not any(d.kind == "liaison" for d in _duties(sentence))


# -- two meetings on two rhythms in one clause -------------------------------------------------------------

@pytest.mark.parametrize("sentence,every", [("建立领导小组季度调度会和工作专班月度例会制度。", "quarter"),
                                            ("实行专班月度例会、工作组季度推进会制度。", "month")])
def test_two_meetings_take_the_rhythm_named_first(sentence, every):
    assert [d.every for d in _duties(sentence)][:1] == [every]


def test_one_meeting_of_a_named_quarter_sets_no_rhythm_of_its_own():
    # 第三季度例会: one meeting; the rhythm is the 每月 of the other clause
    assert [d.every for d in _duties("每月召开专班例会，第三季度例会听取各镇汇报。")][:1] == ["month"]


# -- filings set off by a case or an event, with no date ---------------------------------------------------

@pytest.mark.parametrize("sentence", ["10万元以下的工程，由实施单位向镇规建办备案后自行组织实施。",  # noqa: E501
                                      "验收通过后应当主动将验收报告报送区水务局。",
                                      "工程完工后须将竣工资料报备镇建管中心。"])
def test_a_filing_a_case_or_an_event_sets_off_is_a_duty(sentence):
    assert _duties(sentence)


@pytest.mark.parametrize("sentence", ["10万元以上的工程，由实施单位向区发改委报送审批。",
                                      "验收通过后将河道移交各村管护。"])
def test_an_approval_asked_or_a_handover_is_no_filing(sentence):
    assert not _duties(sentence)


# -- the tasks' progress gathered on a regular rhythm ------------------------------------------------------

@pytest.mark.parametrize("sentence", ["工作专班定期调度汇总各镇工作推进情况。",
                                      "领导小组办公室定期梳理重点任务落实进展。"])
def test_progress_gathered_regularly_is_a_duty(sentence):
    assert _duties(sentence)


@pytest.mark.parametrize("sentence", ["各镇定期开展河道巡查。", "定期跟踪评估实施效果，不断完善措施。"])
def test_a_regular_check_or_review_is_no_duty(sentence):
    assert not _duties(sentence)


# -- the edges of a band, a vehicle's size, a count picking which places -----------------------------------

def _targets(sentence: str) -> list[tuple[float, str]]:
    from desktop.core.parse.targets import find_targets
    return [(t.value, t.unit) for t in find_targets(sentence, 2025, relaxed=True)]


@pytest.mark.parametrize("sentence", ["50万(含50万)至200万(不含200万)的工程，由镇规建办组织比选。",
                                      "估算价在50万元（含）至200万元（不含）的工程，采用比选方式。"])
def test_both_edges_of_a_marked_band_are_read_alike(sentence):
    # (Round 66 rulings, Targets, governs over round 48; Round 68 rulings: a money band inside a noun naming projects,
    # works, contracts or firms is a class, whatever step follows — no target, the class kept): both edges
    # alike, bare 万 or 万元 (Round 68 rulings on x81_03)
    assert _targets(sentence) == []


def test_a_plain_range_stays_one_figure():
    assert _targets("新增就业岗位3万至5万个。") == [(30000, "个")]


@pytest.mark.parametrize("sentence,aim", [("各街镇须配备8吨或10吨压缩式垃圾收集车辆不少于3辆。", (3, "辆")),
                                          ("新增5吨级电动环卫车12辆。", (12, "辆"))])
def test_a_vehicle_size_is_no_target(sentence, aim):
    assert _targets(sentence) == [aim]


@pytest.mark.parametrize("sentence", ["全年清运装修垃圾3吨，车辆保持整洁。", "年减少碳排放5吨的新能源车推广。"])
def test_tonnes_not_sizing_a_vehicle_stay_targets(sentence):
    assert any(u == "吨" for _v, u in _targets(sentence))


@pytest.mark.parametrize("sentence", ["对只有1部楼梯的老旧住宅，加装疏散设施。",
                                      "对仅设有2个出入口的地下车库，开展排查。"])
def test_a_count_picking_which_places_is_no_target(sentence):
    assert _targets(sentence) == []


@pytest.mark.parametrize("sentence", ["每个村仅设置1个收集点。", "2025年底前新增3个安全出口。"])
def test_a_count_to_set_up_stays_a_target(sentence):
    assert _targets(sentence)


@pytest.mark.parametrize("sentence", ["投资额在50万元以上，300万元以下的项目，采用比选方式确定施工单位。",
                                      "合同估算价10万元及以上，50万元以下的工程，由镇建管中心组织询价。"])
def test_the_upper_edge_after_a_kept_lower_edge_is_read_alike(sentence):
    # (Round 66 rulings, Targets, governs over round 48; Round 68 rulings: a money band inside a noun naming projects,
    # works, contracts or firms is a class, whatever step follows — no target, the class kept): the upper edge
    # after a comma is read with the lower, both the class
    assert _targets(sentence) == []


# (「年营业收入2000万元以上，100人以下的企业」: two thresholds of two measures, both targets by round 30's line)
@pytest.mark.parametrize("sentence", ["300万元以下的项目，采用比选方式确定施工单位。"])        # one edge alone
def test_a_threshold_alone_or_of_another_measure_stays_as_it_was(sentence):
    assert len(_targets(sentence)) <= 1
