"""Misfires a read-only review (r6d, round 27) found in the h5 classes (year turn, clause-opening times,
opening-paragraph goals, the whole-year target rule), mended with made-up plans in other wordings than the
review's, and near-misses that must keep working."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.year_turn import clause_dates


def _plan(title: str, items: list[str], date: str, opening: str = "") -> str:
    body = "\n".join(f"（{n}）{t}" for n, t in zip("一二三四五六", items, strict=False))
    return f"{title}\n{opening}\n一、重点工作\n{body}\n某某县人民政府办公室\n{date}\n"


def _deadlines(text: str) -> list[str | None]:
    return [t.deadline for t in parse_text(text).tasks]


# --- 1: a past result in the opening paragraph is no goal --------------------------------------------------


def _goals(opening: str) -> list[float]:
    text = _plan("某区2026年城市绿化工作方案", ["增绿补绿。区绿化局负责。", "养护管理。各街道负责。"],
                 "2026年3月1日", opening)
    return [t.value for t in parse_text(text).plan_targets]


@pytest.mark.parametrize("opening", [
    "2025年，全区经过不懈努力，建成区绿地率提升至41%。为巩固成果，制定本方案。",
    "2024年全区通过共同努力，公园绿地服务半径覆盖率提高到85%。",
])
def test_a_sentence_opening_with_an_earlier_year_sets_no_goal(opening):
    assert _goals(opening) == []


@pytest.mark.parametrize("opening,value", [
    ("2026年，全区通过努力，建成区绿地率提升至42%。", 42.0),              # the plan's own year
    ("2025年全区绿地率为40%。2026年，经过努力，绿地率提高到42%。", 42.0),   # the earlier year in another sentence
])
def test_a_sentence_of_the_plans_year_still_sets_its_goal(opening, value):
    assert value in _goals(opening)


# --- 2 and 3: a clause-opening time that tells of a past event, a law's start, or a rhythm ------------------


@pytest.mark.parametrize("words", [
    "4月，市政府召开了全市推进会，各街道要认真贯彻。",         # what happened (了)
    "6月，省督查组对我区开展了专项督查，各单位要抓好整改。",
    "7月1日，《某市养犬管理条例》施行，各单位要加强宣传。",     # a law taking effect: work starts, not due
    "9月1日，新修订的办法正式实施，各部门要做好衔接。",
    "8月1日，新标准生效，各部门要做好衔接。",
    "5月至10月，每周开展一次河道巡查。",                        # work again and again
    "3-11月，每月组织一次联合执法。",
])
def test_a_time_that_tells_of_an_event_or_a_rhythm_is_no_deadline(words):
    text = _plan("某区2026年依法治理工作方案", [f"推进工作。{words}区司法局负责。"], "2026年3月10日")
    assert _deadlines(text) == [None]


def test_a_year_less_clause_time_before_the_signing_is_no_deadline():
    text = _plan("某区2026年依法治理工作方案", ["部署。1月，区委部署依法治理工作，各单位抓好落实。区司法局负责。",
                                        "推进。5月，全面开展执法检查。区司法局负责。"], "2026年3月10日")
    assert _deadlines(text) == [None, "2026-05-31"]


@pytest.mark.parametrize("words,date", [
    ("6月，组织开展执法检查。", "2026-06-30"),                      # work done then
    ("8月，完成了解情况后的整改台账。", "2026-08-31"),               # 了解 is no 了
    ("10月，各单位为了迎接检查组织全面自查。", "2026-10-31"),            # 为了 is no 了
    ("11月，全面实施执法公示制度。", "2026-11-30"),                  # 实施 (the unit's work) stays
])
def test_a_time_of_work_still_dates_it(words, date):
    text = _plan("某区2026年依法治理工作方案", [f"推进工作。{words}区司法局负责。"], "2026年3月10日")
    assert _deadlines(text) == [date]


def test_clause_dates_skip_a_rhythm_but_read_a_range():
    assert clause_dates("4月至9月，每周开展一次巡查。", 2026) == []
    assert [d.date for d in clause_dates("4月至9月，开展巡查。", 2026)] == ["2026-09-30"]


# --- 4: one 明年 in an annual plan signed late turns only the months close to the new year ------------------


def test_one_next_year_date_does_not_move_catch_up_work_into_the_next_year():
    text = _plan("某县2026年农村公路建设工作方案",
                 ["补报台账。7月底前补报上半年台账。县交通运输局负责。",
                  "开工建设。11月底前全面开工，明年4月底前完成路基工程。县交通运输局负责。",
                  "冬季养护。2月底前完成冬季养护检查。县公路中心负责。"], "2026年10月8日")
    assert _deadlines(text) == ["2026-07-31", "2027-04-30", "2027-02-28"]


def test_a_winter_title_still_turns_every_earlier_month():
    text = _plan("某县2026年冬春季农田水利建设方案",
                 ["开工。11月底前全面开工。县水利局负责。", "完工。5月底前完成全部工程。县水利局负责。"],
                 "2026年10月8日")
    assert _deadlines(text) == ["2026-11-30", "2027-05-31"]


# --- 8: a holiday plan signed late crosses the new year -----------------------------------------------------


@pytest.mark.parametrize("title", ["关于做好2026年元旦春节期间市场保供工作的方案", "某区两节期间消防安全工作方案",
                                   "某县岁末年初安全防范工作方案", "某市2026年采暖季燃气安全保障方案"])
def test_a_holiday_plan_signed_late_puts_january_in_the_next_year(title):
    text = _plan(title, ["检查。12月20日前完成检查。区应急局负责。", "值守。1月25日前完成值班演练。区应急局负责。"],
                 "2026年12月1日")
    assert _deadlines(text) == ["2026-12-20", "2027-01-25"]


def test_a_spring_festival_plan_signed_in_january_stays_in_its_year():
    text = _plan("某区2026年春节期间安全工作方案", ["值守。2月10日前完成值班演练。区应急局负责。"], "2026年1月5日")
    assert _deadlines(text) == ["2026-02-10"]


# --- 5: the whole-year rule leaves a step's own date ------------------------------------------------------------


def test_a_step_after_its_dated_clause_keeps_its_date():
    text = _plan("某县2026年稳就业工作方案",
                 ["稳岗。全年新增城镇就业2000人，9月底前，新增城镇就业达到1500人。县人社局负责。"], "2026年2月1日")
    targets = {(t.value, t.deadline) for t in parse_text(text).tasks[0].targets}
    assert targets == {(2000.0, "2026-12-31"), (1500.0, "2026-09-30")}


def test_a_step_with_its_date_inside_keeps_it():
    text = _plan("某县2026年稳就业工作方案",
                 ["培训。全年完成技能培训5000人次，其中6月底前完成2000人次。县人社局负责。"], "2026年2月1日")
    targets = {(t.value, t.deadline) for t in parse_text(text).tasks[0].targets}
    assert targets == {(5000.0, "2026-12-31"), (2000.0, "2026-06-30")}
