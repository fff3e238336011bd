"""Failure classes of tests/data/plans-next30…-next36 taken in round 23 (parser33). Each class with made-up
wordings of other plans (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def _units(text: str) -> list[list[str]]:
    return [t.responsible_units for t in parse_text(text).tasks]


# -- a. more labels that name the units carrying a measure out ------------------------------------------------

@pytest.mark.parametrize("label", ["执行单位", "执行部门", "落实单位", "落实部门", "承担单位", "承担部门"])
def test_doing_labels_are_unit_labels(label: str) -> None:
    text = ("一、支持措施\n（一）支持污水处理设施提标改造。对完成改造的项目给予一次性补助。"
            f"（{label}：县水务局、县财政局）\n（二）鼓励农业节水。对节水灌溉面积给予补助。\n{label}：县农业农村局")
    assert _units(text) == [["县水务局", "县财政局"], ["县农业农村局"]]


def test_traditional_doing_label() -> None:
    text = "一、工作任務\n（一）推動商圈數位轉型。（落實單位：市經濟發展局）"
    assert _units(text) == [["市經濟發展局"]]


# -- b. 「X及相关部门」: a category tail after a named unit --------------------------------------------------

@pytest.mark.parametrize("tail", ["及相关部门", "及有关单位", "和各相关单位", "及其他有关部门"])
def test_category_tail_after_a_unit_is_dropped(tail: str) -> None:
    text = f"一、重点任务\n（一）完善养老服务网络。（责任单位：市民政局、市卫生健康委{tail}）"
    assert _units(text) == [["市民政局", "市卫生健康委"]]


def test_a_group_alone_stays() -> None:
    text = "一、重点任务\n（一）完善养老服务网络。（责任单位：市民政局、各相关单位）"
    assert _units(text) == [["市民政局", "各相关单位"]]


# -- e. 「第一责任单位为牵头单位，下同」: the first-listed unit leads, in this item and the ones after ----------------

@pytest.mark.parametrize("rule", ["第一责任单位为牵头单位，下同", "排名第一的部门为牵头部门,下同"])
def test_first_unit_leads_wordings(rule: str) -> None:
    text = ("一、主要措施\n（一）清理涉企收费。\n责任单位：县发改局、县财政局（" + rule + "）\n"
            "（二）压缩审批时限。\n责任单位：县行政审批局、县住建局")
    tasks = parse_text(text).tasks
    assert [t.lead_units for t in tasks] == [["县发改局"], ["县行政审批局"]]
