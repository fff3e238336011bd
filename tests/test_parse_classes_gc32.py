"""Round 32 review (rv32) mends: general calls joined to kinds, and a PDF copy's hard wraps.

CONVENTIONS.md round 32 "General calls, named": 各地／各地区／各地方／各方面／有关方面 name no body with any
verb; a kind after them (各有关部门, 各街镇) is still a doer. A line that opens with 、 or ， under a line that did
not end its sentence is the same sentence wrapped, not item 1 of a list whose number the page lost."""
from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def _units(body: str) -> list[tuple[list[str], list[str]]]:
    plan = parse_text("某区推进某工作实施方案\n一、重点任务\n" + body)
    return [(t.lead_units, t.responsible_units) for t in plan.tasks]


@pytest.mark.parametrize("sentence", [
    "各地各部门要严格落实属地管理责任。",
    "各地区各部门要切实负责。",
    "各地方各单位要积极落实。",
    "各相关方面要认真落实。",
    "各有关方面要抓紧组织实施。",
    "各地方要落实好各项措施。",
])
def test_a_general_call_compound_names_no_unit(sentence):
    assert _units(f"（一）加强管理。{sentence}\n（二）推进。区住建委负责统筹推进。")[0] == ([], [])


@pytest.mark.parametrize("sentence, units", [
    ("各地、各有关部门要认真组织实施。", ["各有关部门"]),
    ("各地各有关部门要切实负责。", ["各有关部门"]),
    ("各方面、各街镇要严格落实。", ["各街镇"]),
    ("各区要严格落实属地责任。", ["各区"]),                   # a kind alone: a doer (near miss)
    ("各街镇、各有关部门要认真落实。", ["各街镇", "各有关部门"]),
])
def test_a_kind_after_a_general_call_is_still_a_doer(sentence, units):
    assert _units(f"（一）加强管理。{sentence}\n（二）推进。区住建委负责统筹推进。")[0] == ([], units)


def test_a_wrapped_line_opening_with_a_mark_goes_on_its_sentence():
    got = _units("（一）加强协调。区发展改革委负责统筹，区财政局\n、区住建委配合做好资金保障工作。\n"
                 "（二）推进项目。\n1、开展宣传活动。由区委宣传部、区文明办\n、区文旅局共同组织实施。\n"
                 "2、开展培训。区人社局负责组织培训。")
    assert got == [([], ["区发展改革委", "区财政局", "区住建委"]),
                   ([], ["区委宣传部", "区文明办", "区文旅局"]),
                   ([], ["区人社局"])]


def test_a_lost_number_one_after_a_finished_line_is_still_item_one():
    # the page lost every digit 1: a bare 、 after a line that ends (a colon, a heading) is still item 1 (near miss)
    plan = parse_text("某县义务植树活动方案\n一、活动内容\n、各乡镇负责组织植树活动。\n2、县林业局负责提供苗木。\n"
                      "二、工作要求\n、县绿化办负责检查验收。\n2、县财政局负责保障经费。")
    assert [t.number for t in plan.tasks] == ["1", "2", "1", "2"]
