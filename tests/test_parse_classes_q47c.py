"""Round 47 second wave (q47c): classes of the page openings from outside Shanghai — an activity's span of days in
one month written with 日 once 「5月25-31日」 (``activity_spans.SPAN``, ``dates.deadline_from_words``), a theme point
that states the activity's time 「1、…主题为:…。活动时间定于…」 (``activity_spans._LABEL``), and an item that opens
with its dated sending 「活动结束后于6月1日将…总结报…」 (``task_dates.closing_reports``)."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.activity_spans import span_end
from desktop.core.parse.dates import deadline_from_words


def _deadlines(text: str) -> dict[str, str | None]:
    return {t.number: t.deadline for t in parse_text(text).tasks}


@pytest.mark.parametrize(("words", "due"), [
    ("5月25-31日", "2018-05-31"),
    ("2020年9月19-25日", "2020-09-25"),
    ("4月15—21日(周日)", "2018-04-21"),
    ("5月15日-21日", "2018-05-21"),
])
def test_a_span_of_days_in_one_month_ends_on_its_last_day(words, due):
    assert deadline_from_words(words, 2018)[0].date == due
    assert span_end(words, 2018) == due


def test_days_without_their_month_stay_unread():
    assert deadline_from_words("5-12日", 2018) == []


PLAN = ("某区2018年世界读书日活动方案\n一、活动对象\n全区各街道\n二、活动时间\n{span}\n三、活动安排\n"
        "1、制作宣传展板，在各社区巡回展出。\n2、开展读书分享会，邀请作家进社区。\n")


def test_an_activity_section_with_a_span_of_days_dates_the_undated_items():
    found = _deadlines(PLAN.format(span="4月17-23日"))
    assert found == {"1": "2018-04-23", "2": "2018-04-23"}


def test_an_activity_section_with_one_day_and_a_month_stays_a_day():
    # near miss: a single day, not a span — the day itself (round 42 continued)
    found = _deadlines(PLAN.format(span="4月23日"))
    assert found == {"1": "2018-04-23", "2": "2018-04-23"}


NOTICE = ("各有关单位:\n现将有关事项通知如下:\n1、2019年科技活动周主题为:科技强国，创新圆梦。{time}\n"
          "2、请结合本单位实际，积极开展科普讲座、展览等活动。\n"
          "3、各单位于2019年5月10日前将活动安排报科技处。\n")


def test_a_theme_point_that_states_the_time_dates_the_undated_points():
    found = _deadlines(NOTICE.format(time="活动时间定于2019年5月19-25日。"))
    assert found["2"] == "2019-05-25"
    assert found["3"] == "2019-05-10"


def test_a_theme_point_without_a_time_dates_nothing():
    # near miss: the theme alone, no 活动时间 — no span for the other points
    found = _deadlines(NOTICE.format(time="请广泛宣传。"))
    assert found["2"] is None


def test_an_item_opening_with_its_dated_sending_is_due_then():
    text = PLAN.format(span="4月17-23日") + "3、活动结束后于2018年4月25日将活动总结报区文明办。\n"
    assert _deadlines(text)["3"] == "2018-04-25"


def test_a_sending_after_other_work_keeps_the_span():
    # near miss: the work comes first, its report after it (not joined by 并): the span still ends the work
    text = PLAN.format(span="4月17-23日") + "3、组织读书征文比赛，评选优秀作品，于2018年4月25日将活动总结报区文明办。\n"
    assert _deadlines(text)["3"] == "2018-04-23"
