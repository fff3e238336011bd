"""Round 45's review of the first wave (p45a, p45c, p45d, p45e): over-broad dates and a slow path it found."""

from __future__ import annotations

from desktop.core.parse.month_parts import month_part, set_day
from desktop.core.parse.worded_targets import _percent_words


def test_a_meeting_the_item_only_names_gives_it_no_day():
    # p45e's set_day read the day of a past meeting the item cites as its ground 「按照市委于3月5日召开的…会议部署」
    # (「召开的会议」: the verb an attribute of the meeting) as the item's own day
    assert set_day("按照市委于3月5日召开的全市教育工作会议部署，区教育局组织开展校园安全大检查。", 2024) is None
    assert month_part("根据10月中旬召开的全市工作会议精神，区教育局组织开展检查。", 2024) is None
    # (a planned event the item takes part in stays its day; the item's own set day too)
    assert set_day("组织学生参加市教育局将于6月10日举办的科技节。", 2024) == "2024-06-10"
    assert set_day("市文明办将于6月10日举办志愿服务活动。", 2024) == "2024-06-10"


def test_a_past_edition_or_a_rhythm_gives_no_part_of_a_month():
    # p45e's month_part had no check of the past edition set_day has (review 41), nor of a rhythm but 每年 just
    # before the month
    assert month_part("上届运动会于10月中旬举办，参赛人数达2000人。", 2024) is None
    assert month_part("往年该活动一般在10月中旬举办。", 2024) is None
    assert month_part("每年的10月中旬组织开展一次评比。", 2024) is None
    assert set_day("每年于5月1日开展劳动竞赛宣传活动。", 2024) is None
    # (the item's own part of a month stays)
    assert month_part("市环保局6月初举办环保知识竞赛。", 2024) == "2024-06-30"
    assert month_part("10月中旬，省教育厅组织开展评比。", 2024) == "2024-10-31"


def test_a_long_run_of_days_set_with_yu_is_read():
    # set_day looked from each day to its sentence's end for 施行 (and back to its clause's start): quadratic, now
    # linear — its time is the bench's nasty_yu_days, never timed in a test
    assert set_day(("并于5月1日" * 20000)[: 40 * 1024 // 3], 2024) is None     # (a run of days: none is the item's)
    assert set_day("《条例》将于5月1日起正式施行。", 2024) is None
    assert set_day("本办法于2024年5月1日开始实施。", 2024) is None
    assert set_day("区政府于5月1日召开动员大会，本规定同时施行。", 2024) is None


def test_a_long_run_of_halves_is_read():
    # p45e's 「…的一半」 fed _percent_words, which summed every part so far at each share: quadratic, now linear (the
    # bench's nasty_halves)
    text = ("不少于总人数的一半" * 20000)[: 40 * 1024 // 3]
    read, back = _percent_words(text)
    assert all(read[s:e] == "50%" for s, e, _w in back) and len(back) == text.count("的一半")
