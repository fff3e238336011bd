"""Round 54 second wave (w54b): units named wrongly in the blind sets 268–273 (responsible the weakest kind).
Made-up texts in the shapes the blind plans brought.

1. A closing roles bracket that opens with when the work is done 「（2020年2季度完成，A牵头，B配合）」 (x273_02 五):
   the time clause is the task's deadline, the roles after it its units (rule 1; "Round 63 rulings, written early")."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def first(text: str) -> tuple[list[str], list[str], str | None]:
    task = parse_text(text).tasks[0]
    return task.lead_units, task.responsible_units, task.deadline


def plan(items: str) -> str:
    return "某市平台建设工作方案\n\n一、主要任务\n\n" + items


@pytest.mark.parametrize(("bracket", "lead", "resp", "deadline"), [
    ("（2021年2季度完成，市发展改革委牵头，市国资委配合）", ["市发展改革委"], ["市国资委"], "2021-06-30"),
    ("（2021年底前完成，市财政局、市司法局牵头，市教委配合）", ["市财政局", "市司法局"], ["市教委"], "2021-12-31"),
    ("（2021年3月底前完成，市商务委负责，各区政府配合）", ["市商务委"], ["各区政府"], "2021-03-31"),
    # near misses: the time clause last, as before; a bracket of when alone names no unit
    ("（市发展改革委牵头，市国资委配合，2021年6月底前完成）", ["市发展改革委"], ["市国资委"], "2021-06-30"),
    ("（2021年底前完成）", [], [], "2021-12-31"),
])
def test_time_first_roles_bracket(bracket: str, lead: list[str], resp: list[str], deadline: str) -> None:
    text = plan(f"1．建立协调机制。研究协调平台升级改造中的重大事项。{bracket}\n\n2．优化流程。市大数据中心负责推进。\n")
    got = first(text)
    assert (sorted(got[0]), sorted(got[1]), got[2]) == (sorted(lead), sorted(resp), deadline)
