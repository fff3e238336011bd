"""Classes a read-only misfire hunt (h5, round 27) found with made-up plans from outside Shanghai: year-less
deadlines in plans that cross the new year, time words without 前, goals of the opening paragraph written
without 力争/到年底, and phases (dated task items are none; a schedule's steps headed by their time). Each test
uses other wordings than the hunt's, and near-misses that must not fire."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.dates import deadline_from_words
from desktop.core.parse.year_turn import clause_dates


def _plan(title: str, items: list[str], date: str, opening: str = "") -> str:
    body = "\n".join(f"（{n}）{t}" for n, t in zip("一二三四五六", items, strict=False))
    return f"{title}\n{opening}\n一、重点工作\n{body}\n某某县人民政府办公室\n{date}\n"


def _deadlines(text: str) -> list[str | None]:
    return [t.deadline for t in parse_text(text).tasks]


# --- class 7: the new year inside the plan ----------------------------------------------------------------


def test_a_two_year_title_puts_months_from_the_signing_on_in_its_first_year():
    text = _plan("某县2026—2027年度冬季除雪保畅工作方案",
                 ["储备融雪剂。12月10日前完成融雪剂储备500吨。县交通运输局负责。",
                  "清理积雪。次年3月底前完成国省道积雪清理。县公路中心负责。",
                  "开展总结。4月15日前完成工作总结。县交通运输局负责。"], "2026年11月3日")
    assert _deadlines(text) == ["2026-12-10", "2027-03-31", "2027-04-15"]


def test_a_winter_plan_signed_late_puts_earlier_months_in_the_next_year():
    text = _plan("某镇2026年秋冬季大气污染防治攻坚方案",
                 ["管控散煤。11月30日前完成散煤清零。镇环保所负责。",
                  "整治扬尘。1月20日前完成工地围挡整改。镇建设办负责。",
                  "巡查秸秆。3月15日前完成春季巡查。镇农业站负责。"], "2026年10月9日")
    assert _deadlines(text) == ["2026-11-30", "2027-01-20", "2027-03-15"]


def test_a_next_year_date_in_the_text_turns_the_later_months_of_a_late_plan():
    text = _plan("某街道供暖季安全保障工作方案",
                 ["排查管网。10月20日前完成排查。街道城建科负责。",
                  "保障运行。明年1月10日前完成中期检查。街道城建科负责。",
                  "回访用户。3月5日前完成回访。各社区负责。"], "2026年9月25日")
    assert _deadlines(text) == ["2026-10-20", "2027-01-10", "2027-03-05"]


def test_a_second_term_plan_keeps_its_second_year():
    text = _plan("某小学2026-2027学年第二学期教学工作计划",
                 ["开学准备。2月25日前完成开学准备。总务处负责。",
                  "期中检测。4月底前完成期中检测。教务处负责。"], "2027年2月12日")
    assert _deadlines(text) == ["2027-02-25", "2027-04-30"]


@pytest.mark.parametrize("title,date,year", [
    ("某县2026年高标准农田建设工作方案", "2026年10月9日", 2026),        # one year, no season crossing it: as written
    ("某县2026年秋冬季大气污染防治攻坚方案", "2026年4月9日", 2026),     # a season plan signed early in the year
    ("某县2027年冬春水利建设工作方案", "2026年11月9日", 2027),          # the title's year is already the next
    ("某县2025—2027年高标准农田建设三年行动方案", "2026年10月9日", 2027),  # three years: no turn
])
def test_no_turn_where_the_plan_does_not_cross_into_the_next_year(title, date, year):
    text = _plan(title, ["整治沟渠。3月底前完成沟渠清淤。县水利局负责。"], date)
    assert _deadlines(text) == [f"{year}-03-31"]


# --- class 10: time words without 前 -----------------------------------------------------------------------


@pytest.mark.parametrize("words,date", [
    ("7月份，各村集中开展河道保洁。", "2026-07-31"),
    ("9月上旬召开秋季运动会。", "2026-09-10"),
    ("5月至8月，全面开展入户随访。", "2026-08-31"),
    ("2026年3月-6月，集中开展排查。", "2026-06-30"),
    ("10月26日在县体育馆举行颁奖仪式。", "2026-10-26"),
    ("于8月8日在全民健身广场启动活动。", "2026-08-08"),
])
def test_a_clause_opening_with_its_time_dates_the_work(words, date):
    text = _plan("某县2026年全民健身活动方案", [f"组织活动。{words}县体育局负责。"], "2026年2月1日")
    assert _deadlines(text) == [date]


@pytest.mark.parametrize("words", [
    "2025年6月，我县被评为健身示范县。",      # a year before the plan's: what was done
    "1月-5月，全县已建成健身路径30条。",      # what was done (已)
    "每年8月，开展一次全民健身日活动。",      # a rhythm, no clause of its own time
    "3月起，实行场馆免费开放。",              # when a measure starts
    "开展宣传，8月是全民健身月。",             # a month inside a sentence
    "8月，是全民健身月。",                    # what the month is, no work done then
    "2026年1月1日至12月31日，对新建健身场馆按标准给予补贴。",   # a measure's window
])
def test_a_time_that_is_no_deadline_gives_none(words):
    text = _plan("某县2026年全民健身活动方案", [f"组织活动。{words}县体育局负责。"], "2026年2月1日")
    assert _deadlines(text) == [None]


def test_a_range_without_years_that_crosses_the_new_year_ends_in_the_next():
    assert [d.date for d in clause_dates("11月-3月，开展冬季巡河。", 2026)] == ["2027-03-31"]


def test_a_dated_clause_is_no_unit():
    text = _plan("某街道2026年邻里节活动方案", ["游园会。6月6日在街道中心广场举行，由街道文化站负责。",
                                           "义诊。6月20日前完成，由街道卫生服务中心负责。"], "2026年5月1日")
    task = parse_text(text).tasks[0]
    assert task.responsible_units == ["街道文化站"] and task.deadline == "2026-06-06"


@pytest.mark.parametrize("words,date", [("5月、10月", "2026-10-31"), ("3月和9月", "2026-09-30"),
                                        ("6月", "2026-06-30"), ("4月、8月底", "2026-08-31")])
def test_listed_months_in_a_time_label_are_due_by_the_last(words, date):
    assert [d.date for d in deadline_from_words(words, 2026)] == [date]


# --- class 11: the opening paragraph's goals in other words ------------------------------------------------


def _goals(opening: str) -> list[tuple[str | None, float, str, str | None]]:
    text = _plan("某县2026年农村人居环境整治工作方案",
                 ["治理垃圾。县城管局负责。", "改造厕所。县农业农村局负责。"], "2026年3月1日", opening)
    return [(t.comparator, t.value, t.unit, t.deadline) for t in parse_text(text).plan_targets]


@pytest.mark.parametrize("opening,value", [
    ("为改善村容村貌，确保农村生活垃圾无害化处理率稳定在90%以上，特制定本方案。", 90.0),
    ("本年度全县计划新建农村公厕35座，结合实际，制定本方案。", 35.0),
    ("经过两年努力，全县农村生活污水治理率提升至50%。", 50.0),
    ("工作目标是：年底前，村庄保洁覆盖率达到100%。", 100.0),
])
def test_an_opening_sentence_sets_the_plans_goal(opening, value):
    assert value in [v for _c, v, _u, _d in _goals(opening)]


@pytest.mark.parametrize("opening", [
    "去年全县生活垃圾无害化处理率已达到88%，为巩固成效，制定本方案。",       # what was reached
    "根据《关于确保农村改厕质量达到90%的意见》要求，制定本方案。",           # a cited title
    "为确保农村人居环境整治工作取得实效，制定本方案。",                      # no figure
])
def test_an_opening_sentence_without_a_goal_sets_none(opening):
    assert _goals(opening) == []


def test_a_years_figure_is_due_at_its_end_and_its_step_by_its_date():
    text = _plan("某区2026年充电设施建设方案", ["建设充电桩。区发改委负责。", "建设换电站。区交通委负责。"],
                 "2026年2月1日")
    text = text.replace("一、重点工作", "一、工作目标\n全年新建充电桩500个，其中9月底前建成300个。\n二、重点工作")
    goals = {(t.value, t.deadline) for t in parse_text(text).plan_targets}
    assert (500.0, "2026-12-31") in goals and (300.0, "2026-09-30") in goals


# --- class 12: phases --------------------------------------------------------------------------------------


def test_dated_tasks_given_to_units_under_measures_are_no_phases():
    text = ("某县2026年秋收秋种工作方案\n一、工作措施\n（一）抓好抢收。县农业农村局负责，9月30日前完成机具检修。\n"
            "（二）抓好烘干。各乡镇负责，10月15日前完成烘干设施调度。\n（三）抓好秋种。10月31日前完成小麦播种。县农业农村局负责。\n"
            "某县农业农村局\n2026年9月1日\n")
    plan = parse_text(text)
    assert plan.phases == [] and len(plan.tasks) == 3


def test_a_schedules_steps_headed_by_their_time_are_named_by_their_work():
    text = ("某县2026年适龄儿童口腔健康项目方案\n一、项目目标\n完成窝沟封闭5000颗。\n二、进度安排\n"
            "（一）4月底前，完成人员培训。\n（二）5月至9月，集中开展窝沟封闭。\n（三）10月，开展质量复查。\n"
            "（四）11月底前，完成项目总结。\n某县卫生健康局\n2026年3月1日\n")
    phases = [(p.name, p.start, p.end) for p in parse_text(text).phases]
    assert phases == [("完成人员培训", None, "2026-04"), ("集中开展窝沟封闭", "2026-05", "2026-09"),
                      ("开展质量复查", "2026-10", "2026-10"), ("完成项目总结", None, "2026-11")]


def test_a_schedule_of_named_stages_keeps_its_names():
    text = ("某县2026年爱国卫生运动方案\n一、实施步骤\n（一）动员部署阶段（3月1日—3月15日）。召开动员会。\n"
            "（二）集中整治阶段（3月16日—5月31日）。开展环境整治。\n某县爱卫办\n2026年2月20日\n")
    assert [(p.name, p.start, p.end) for p in parse_text(text).phases] == [
        ("动员部署阶段", "2026-03", "2026-03"), ("集中整治阶段", "2026-03", "2026-05")]
