"""Round 43 (p43f), duties: a bracketed time note after a sending, as the next sentence of the same paragraph
「…汇总至区商务委。（2020年9月30日前完成）」, dates the sending; a bracket that only names units, or a next sentence
with no 完成, leaves it undated. (p43f's other class — a body acting on a basis 「A根据…，确定…」 read as no unit — was
not merged: the Round 44 ruling makes an article's subject with a verb of doing a doer.)"""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

ITEMS = ("某区早餐工程建设实施方案\n一、工作任务\n"
         "1.各相关部门分别制定本单位推进工作的方案。（2024年5月20日前完成）\n"
         "2.各街道对所辖区域进行排摸梳理，形成详细书面材料报送区商务委。{note}\n"
         "3.由区商务委牵头，研究编制全区早餐网点布局规划。（2024年7月31日前完成）\n")


def sending(note: str):
    plan = parse_text(ITEMS.format(note=note))
    return next(d for d in plan.duties if "报送区商务委" in d.text)


@pytest.mark.parametrize("note,due", [
    ("（2024年6月30日前完成）", "2024-06-30"),
    ("（完成时限：2024年6月30日前完成）", "2024-06-30"),
])
def test_a_bracketed_time_note_after_a_sending_dates_it(note, due):
    assert sending(note).due == due


@pytest.mark.parametrize("note", [
    "（责任单位：各街道）",                 # a unit note, no time
    "各街道要加强宣传引导。",               # another sentence, no shared words, no 完成
])
def test_a_sending_with_no_time_note_stays_undated(note):
    assert sending(note).due is None
