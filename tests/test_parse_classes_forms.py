"""Issue 10 round 5 (plans-next's failure classes): the forms real documents write numbers and role
words in — item numbers in one character or with the small full stop, role labels in traditional
characters, units named in running text, procedure steps that are no units.

Each class on short made-up texts, then the real case (the scorer covers whole plans:
tests/test_parse_score.py)."""

from __future__ import annotations

import pytest
from helpers_parse import units
from parse_score import ROOT

from desktop.core.parse import parse_text

NEXT = ROOT / "tests" / "data" / "plans-next"


def _next(stem: str):
    path = next(NEXT.glob(stem + "_*.txt"))
    return parse_text(path.read_text(encoding="utf-8"))


# --- 1. item numbers in other dot and number forms ------------------------------------------------

@pytest.mark.parametrize("one,two", [
    ("1﹒", "2﹒"),        # U+FE52 small full stop
    ("1．", "2．"),        # full-width full stop
    ("１．", "２．"),      # full-width digits
    ("1、", "2、"),
    ("⒈", "⒉"),          # number with full stop in one character
    ("⑴", "⑵"),          # parenthesised number in one character
    ("①", "②"),          # circled number at a line's start
    ("❶", "❷"),
])
def test_items_numbered_in_any_common_form(one, two):
    plan = parse_text("某市2024年民生实事分解方案\n一、稳定就业\n"
                      f"{one}新增城镇就业3万人以上。\n牵头单位:市人社局。\n责任单位:市财政局、各区政府。\n"
                      f"{two}帮扶困难人员就业2000人。\n牵头单位:市人社局。\n责任单位:市残联。\n")
    assert [(k, lead, resp) for k, lead, resp in units(plan)] == [
        ("一.1", ["市人社局"], ["市财政局", "各区政府"]), ("一.2", ["市人社局"], ["市残联"])]
    assert [(t.value, t.unit) for t in plan.tasks[0].targets] == [(30000.0, "人")]


def test_parenthesised_chinese_numbers_in_one_character():
    plan = parse_text("某县工作方案\n一、重点任务\n㈠整治河道。（县水利局负责）\n㈡清理垃圾。（县城管局负责）\n")
    assert units(plan) == [("一.一", [], ["县水利局"]), ("一.二", [], ["县城管局"])]


def test_circled_numbers_inside_a_sentence_stay_points_of_one_task():
    plan = parse_text("某县工作方案\n一、重点任务\n1.整治河道：①清淤；②护坡；③绿化。（县水利局负责）\n"
                      "2.清理垃圾。（县城管局负责）\n")
    assert units(plan) == [("一.1", [], ["县水利局"]), ("一.2", [], ["县城管局"])]
    assert "①清淤；②护坡" in plan.tasks[0].text


def test_the_real_small_full_stop_items():
    plan = _next("n12")
    assert [t.key for t in plan.tasks] == [f"一.{n}" for n in range(1, 7)]
    assert units(plan)[0] == ("一.1", ["省发展改革委"], ["省政府各部门", "各直属机构"])
