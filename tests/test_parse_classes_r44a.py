"""Round 44 (r44a): an item number that lost its mark inside a run-on line (a document site's chunk line)."""

from desktop.core.parse import parse_text
from desktop.core.parse.bare_numbers import bare_item
from desktop.core.parse.heading_markers import split_inline

_RUN_ON = ("某镇道路安全整治方案 为加强全镇道路安全工作,现制定方案如下。 一、工作目标 全面加强全镇道路安全治理。 "
           "二、主要任务 (一)健全安全治理机制1.建立三级治理机制。4月底前要建立镇、村、组三级治理机制。"
           "(责任单位:交管站、劝导站) 2充实专业队伍。6月底前,各村要配齐专兼职劝导员。(责任单位:交管站、各村、派出所) "
           "(二)加强重点车辆治理 3.严查违法载人行为。每月组织开展集中整治。(责任单位:派出所)")


def test_bare_number_after_units_bracket_opens_the_next_item() -> None:
    plan = parse_text(_RUN_ON)
    titles = [t.title for t in plan.tasks]
    assert any(t.startswith("建立三级治理机制") for t in titles)
    second = next(t for t in plan.tasks if t.title.startswith("充实专业队伍"))
    assert second.responsible_units == ["交管站", "各村", "派出所"]
    first = next(t for t in plan.tasks if t.title.startswith("建立三级治理机制"))
    assert first.responsible_units == ["交管站", "劝导站"]
    assert any(t.title.startswith("严查违法载人行为") for t in plan.tasks)


def test_split_inline_sets_the_bare_item_on_its_own_line() -> None:
    text = "(一)健全机制1.建立机制。按时完成。(责任单位:交管站) 2充实队伍。各村配齐人员。(责任单位:派出所)"
    lines = split_inline(text).split("\n")
    assert "2、充实队伍。各村配齐人员。(责任单位:派出所)" in lines


def test_count_after_units_bracket_is_no_item() -> None:
    # near misses: a count or measure after the bracket, a number out of order, no units bracket before it
    assert bare_item("(责任单位:各镇) 2个乡镇开展示范创建。", 10, 2) is None
    assert bare_item("(责任单位:各镇) 2万元用于补助。", 10, 2) is None
    assert bare_item("(责任单位:各镇) 5充实队伍。", 10, 2) is None
    assert bare_item("全镇共有 2充实队伍。", 5, 2) is None
    text = "(一)健全机制1.建立机制。按时完成。(责任单位:交管站) 2个村开展试点。"
    assert "\n2个村" not in split_inline(text)
