"""Round 52, second wave (w52d): counts of the pieces an item makes, a rhythm's events in words, a level band that
sets off a step, a team's size, a class measure in words; found cases and monthly bulletins passed on; a festival
opening its clause and a summed-up item's sending day.

Each class is tested with made-up wordings (not the corpus lines) and with near misses that must stay as they were.
"""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.duties import find_duties
from desktop.core.parse.event_days import event_eve
from desktop.core.parse.targets import find_targets


def _got(text: str) -> set[tuple[float, str, str | None]]:
    return {(t.value, t.unit, t.comparator) for t in find_targets(text, 2024)}


def _values(text: str) -> set[tuple[float, str]]:
    return {(t.value, t.unit) for t in find_targets(text, 2024)}


# --- class 1: a floor on the pieces an item sends is its standard (round 30's line; Round 59's x261_01) ------------

@pytest.mark.parametrize("text, want", [
    ("各街道每季度上报不少于3篇的典型案例材料。", (3, "篇", ">=")),
    ("每个成员单位至少报送2篇调研文章。", (2, "篇", ">=")),
])
def test_a_floor_on_the_pieces_sent_is_a_target(text, want):
    assert want in _got(text), _got(text)


@pytest.mark.parametrize("text", ["每月报送工作简报1期。", "每周上报信息2条。"])
def test_a_bare_reporting_rhythm_stays_the_duty(text):
    assert not _values(text), _values(text)


# --- class 2: the events and issues an item holds or makes, in words, a rhythm's included (Round 60, turned) -------

@pytest.mark.parametrize("text, want", [
    ("原则上每半年应举办一场业务培训会。", (1, "场")),
    ("镇文化站编印一期防汛专题简报。", (1, "期")),
    ("电视台制作两期专题报道。", (2, "期")),
    ("县政府每年应当至少听取一次工作汇报。", (1, "次")),
])
def test_events_and_issues_in_words_count(text, want):
    assert want in _values(text), _values(text)


@pytest.mark.parametrize("text", [
    "去年累计举办三场招聘会。",          # a past tally
    "今年以来已举办两场培训。",          # done
    "实行一次性补助。",                  # no event
])
def test_past_tallies_and_one_off_words_stay_out(text):
    assert not {(v, u) for v, u in _values(text) if u in ("场", "期", "次")}, _values(text)


# --- class 3: a level band opening a condition before its step (Round 59, x260_04) ---------------------------------

def test_a_level_band_that_sets_off_a_step_is_a_target():
    assert (4, "级", ">=") in _got("四级及以上森林火险天气，各村启动应急响应。")
    assert (6, "级", ">=") in _got("遇6级以上大风时，停止一切户外作业。")


@pytest.mark.parametrize("text", [
    "对二级及以上医院开展专项检查。",            # a class the work picks (Round 58)
    "负责三级及以上项目的审核管理。",            # a class in a rule's scope
    "签订县、乡、村三级责任书。",                # a level with no band
    "启动一级应急响应，",
])
def test_a_level_inside_a_noun_or_without_its_band_stays_out(text):
    assert not {v for v, u in _values(text) if u == "级"}, _values(text)


# --- class 4: 字 counts the length of a piece the item writes ------------------------------------------------------

def test_a_word_count_with_its_bar_is_a_target():
    assert (3000, "字", ">=") in _got("调研报告字数不少于3000字。")
    assert (800, "字", "<=") in _got("每篇稿件控制在800字以内。")


@pytest.mark.parametrize("text", ["全文共2156字，阅读需要6分钟。", "使用三号字体，16字号标题。"])
def test_a_page_word_count_or_a_font_stays_out(text):
    assert not {v for v, u in _values(text) if u == "字"}, _values(text)


# --- class 5: persons inside the noun naming a team size a kind (Round 58; x260_08) --------------------------------

def test_a_team_size_inside_its_noun_is_no_target():
    assert (15, "人") not in _values("各社区管理好本社区的15人巡逻队伍，遇有险情及时处置。")
    # (the page wrapped after the count, inside the noun)
    assert (15, "人") not in _values("各社区管理好本社区的15人\n巡逻队伍，遇有险情及时处置。")


def test_a_floor_on_a_team_stays_a_target():
    assert (30, "人", ">=") in _got("各镇组建不少于30人的扑火队伍。")


# --- class 6: a measure in words inside a noun naming a class is a class, as in digits (Round 58) ------------------

def test_a_worded_class_band_is_no_target():
    assert not _values("下列项目免予审查：（一）其他占地面积三百平方米以下的临时项目；")


def test_a_worded_bar_on_the_work_stays_a_target():
    assert (300, "平方米", ">=") in _got("新建活动室面积不少于三百平方米。")


# --- class 7: what the work finds, passed on to the bodies that act on it, an undated duty (round 44; x258_08) -----

def test_found_things_passed_on_are_a_duty():
    duties = find_duties("将日常巡查中发现的违规搭建问题通报相关部门，配合开展查处。", 2024)
    assert [(d.due, d.every) for d in duties] == [(None, None)]


@pytest.mark.parametrize("text", ["对违规企业予以通报批评。", "将检查中发现的问题通报全县。"])
def test_a_reproof_or_a_notice_to_all_is_no_duty(text):
    assert not find_duties(text, 2024)


# --- class 8: a report named by its rhythm 「月度简报」 (round 34's rhythm words; x259_01) ---------------------------

def test_a_monthly_bulletin_sets_the_rhythm():
    duties = find_duties("区协调办汇总后以月度简报形式向区领导报告。", 2024)
    assert [d.every for d in duties] == ["month"]


def test_making_a_bulletin_with_no_sending_is_no_duty():
    assert not find_duties("编发月度简报。", 2024)


# --- class 9: a fixed festival opening its clause dates the item (round 40; x260_04) -------------------------------

def test_a_festival_opening_its_clause_dates_by_its_month():
    assert event_eve("每日巡查林区；国庆节前开展一次集中排查；", "", 2024) == "2024-10-31"
    assert event_eve("在春节前完成走访", "", 2024) == "2024-02-29"


@pytest.mark.parametrize("text", ["开展国庆节前后安全检查", "考试前完成复习", "节前开展检查"])
def test_around_a_festival_or_an_unnamed_day_dates_nothing(text):
    assert event_eve(text, "", 2024) is None


# --- class 10: an item that sums its own work up and sends its result by a day ends then (Round 59, x257_01) -------

def test_a_summed_up_item_ends_with_its_sending():
    plan = parse_text("某市2024年宣传月活动通知\n一、总体要求\n（一）加强宣传。各单位要广泛开展宣传。\n"
                      "（二）做好总结。各单位要认真总结活动经验做法。请各区于11月30日前，将本单位的活动情况报送市应急局。\n")
    task = next(t for t in plan.tasks if t.title.startswith("做好总结"))
    assert task.deadline == "2024-11-30"


def test_a_standing_work_keeps_no_sending_day():
    plan = parse_text("某市2024年宣传工作通知\n一、总体要求\n（一）加强宣传。各单位要广泛开展宣传。\n"
                      "（二）长期坚持。各单位要长期坚持宣传，认真总结经验。请各区于11月30日前，将本单位的宣传情况报送市应急局。\n")
    task = next(t for t in plan.tasks if t.title.startswith("长期坚持"))
    assert task.deadline is None
