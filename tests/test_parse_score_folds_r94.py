"""The scorer's folds of one mark printed in two widths (CONVENTIONS.md "Round 94 rulings", p66b's questions):
a bracket in a unit's name 「（金山工业区)」/「（金山工业区）」 and the angle marks 「＜＞」/「<>」 in a title."""
from __future__ import annotations

from parse_score import _title_ok, _unit_set


def test_a_bracket_in_a_units_name_is_one_mark_in_two_widths() -> None:
    assert _unit_set(["各街镇（金山工业区)", "房建集团"]) == _unit_set(["各街镇（金山工业区）", "房建集团"])
    assert _unit_set(["各组(学校)"]) == _unit_set(["各组（学校）"])


def test_a_different_name_stays_different() -> None:
    # near miss: the fold is of widths only, never of the bracket's words or the bracket itself
    assert _unit_set(["各街镇（园区）"]) != _unit_set(["各街镇"])
    assert _unit_set(["各街镇（园区）"]) != _unit_set(["各街镇（工业区）"])


def test_full_width_angle_marks_in_a_title_are_the_half_width_ones() -> None:
    want = "关于转发＜关于贯彻落实…若干意见＞的通知"
    assert _title_ok("关于转发<关于贯彻落实…若干意见>的通知", want)
    assert _title_ok(want, "关于转发<关于贯彻落实…若干意见>的通知")
    # near miss: 《》 are book-title marks, another mark, not folded
    assert not _title_ok("关于转发《关于贯彻落实…若干意见》的通知", want)


def test_the_angle_fold_reaches_either_half_of_a_pair_answer() -> None:
    want = "关于贯彻<若干意见>的实施意见（关于转发＜若干意见＞的通知）"
    assert _title_ok("关于转发<若干意见>的通知", want)
    assert _title_ok("关于贯彻＜若干意见＞的实施意见", want)
