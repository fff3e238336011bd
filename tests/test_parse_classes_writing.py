"""Ways of writing the same plan that a copy from Word or a PDF brings (found by
tests/test_parse_variants.py): Word's one-character numbering ⑴/⒈ and PDF page numbers."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

PLAN = ("某区为老服务实施方案\n一、重点任务\n"
        "{a}建设老年助餐点。年内新建助餐点12个。（牵头单位：区民政局；责任单位：各街道）\n"
        "{b}开展适老化改造。完成困难老人家庭改造300户。（牵头单位：区民政局；责任单位：区残联）\n")


def units(plan):
    return [(t.number, t.lead_units, t.responsible_units) for t in plan.tasks]


@pytest.mark.parametrize("a,b", [("⑴", "⑵"), ("⒈", "⒉")])
def test_word_single_character_numbering_is_numbering(a, b):
    written = parse_text(PLAN.format(a=a, b=b))
    plain = parse_text(PLAN.format(a="（1）" if a == "⑴" else "1.", b="（2）" if a == "⑴" else "2."))
    assert units(written) == units(plain) == [("1", ["区民政局"], ["各街道"]), ("2", ["区民政局"], ["区残联"])]


@pytest.mark.parametrize("marker", ["— 2 —", "- 2 -", "－ 12 －", "—2—"])
def test_a_page_number_line_inside_a_unit_list_is_dropped(marker):
    text = ("某区为老服务实施方案\n一、重点任务\n1.建设老年助餐点。年内新建助餐点12个。\n"
            f"牵头单位：区民政局\n责任单位：区财政局、区市场监管局、\n{marker}\n各街道办事处\n"
            "2.开展适老化改造。\n牵头单位：区残联\n")
    plan = parse_text(text)
    assert [t.responsible_units for t in plan.tasks] == [["区财政局", "区市场监管局", "各街道办事处"], []]
    assert all(t.deadline is None for t in plan.tasks)


def test_a_dash_line_with_words_is_kept():
    # 「— 2024 —」 has four digits; 「- 附件 -」 has words: neither is a page number
    plan = parse_text("实施方案\n一、重点任务\n1.建设助餐点。\n— 2024年12月底前完成 —\n")
    assert plan.tasks[0].deadline and plan.tasks[0].deadline.startswith("2024-12")
