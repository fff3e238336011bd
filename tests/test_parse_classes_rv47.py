"""Review rv47 of round 47's parser changes: the speed of the readers it mended (a page of many lines read in linear
time) with the answers they gave kept, near misses included."""

from __future__ import annotations

import time

from desktop.core.parse.marks import lost_first_numbers

# -- marks._lost_chinese_numbers: one pass each way, not a scan of the page per bare mark ---------------------------


def test_a_lost_section_number_is_read_as_its_place_gives() -> None:
    text = "为做好工作，制定本方案。\n、加强宣传发动。\n由镇宣传办负责。\n二、完善分类设施。\n三、开展督查。"
    assert lost_first_numbers(text).split("\n")[1] == "一、加强宣传发动。"


def test_a_lost_bracket_number_under_its_section_is_read_as_its_place_gives() -> None:
    text = "一、工作任务\n）加强宣传发动。\n（二）完善分类设施。\n二、保障措施\n）强化组织领导。\n（二）加强经费保障。"
    lines = lost_first_numbers(text).split("\n")
    assert lines[1] == "（一）加强宣传发动。" and lines[4] == "（一）强化组织领导。"


def test_near_miss_a_bare_mark_with_a_2_first_or_a_wrapped_sentence_stays_text() -> None:
    wrapped = "一、工作任务\n由区财政局\n、区住建委负责。\n二、保障措施"
    assert lost_first_numbers(wrapped) == wrapped
    numbered_by_digits = "一、工作任务\n、加强宣传。\n2、完善设施。\n二、保障措施"
    assert lost_first_numbers(numbered_by_digits).split("\n")[1] != "一、加强宣传。"


def test_near_miss_a_bracket_whose_number_before_is_not_one_less_stays_text() -> None:
    text = "一、工作任务\n（一）加强宣传。\n）完善设施。\n（四）开展督查。"
    assert lost_first_numbers(text).split("\n")[2] == "）完善设施。"


def test_a_page_of_many_bare_marks_is_read_in_linear_time() -> None:
    # (before: each bare mark looked 400 lines down and copied every line above it — 20 000 lines took seconds)
    text = "\n".join("、加强日常管理工作。" for _ in range(20000)) + "\n二、保障措施"
    start = time.perf_counter()
    lines = lost_first_numbers(text).split("\n")
    assert time.perf_counter() - start < 1.5
    assert lines[-2] == "、加强日常管理工作。"        # (the one before 二、 has a bare mark above it, not 一、)
