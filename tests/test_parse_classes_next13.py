"""Failure classes of tests/data/plans-next13/, -next15/ and -next16/ BASELINE.md (round 16, parser20), each
with made-up wordings of the same shape (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.columns import table_rows


# a table's unit cell wrapped before the unit's other name in brackets (区建设管理委 / （区水务局））:
# the bracket belongs to the name above it, and the row's other units are still read
def test_a_units_other_name_wrapped_onto_its_own_line_stays_with_the_unit():
    text = ("附件\n\n序号\n\n工作任务\n\n完成时间\n\n责任单位\n\n配合单位\n\n"
            "1\n\n编制实施方案\n\n2027年3月\n\n区交通委\n（区港航局）\n\n区财政局\n\n"
            "2\n\n完成设施移交\n\n2027年6月\n\n区城管局\n（区执法局）\n区市容中心\n\n各街道\n区房管局\n")
    rows = table_rows(text)
    assert [r.number for r in rows] == ["1", "2"]
    # 责任单位 | 配合单位: both are the row's responsible units
    assert rows[0].resp == ["区交通委（区港航局）", "区财政局"]
    assert rows[1].resp == ["区城管局（区执法局）", "区市容中心", "各街道", "区房管局"]


def test_a_bracketed_note_line_that_is_no_unit_name_is_not_joined():
    text = ("附件\n\n序号\n\n工作任务\n\n完成时间\n\n责任单位\n\n"
            "1\n\n编制实施方案\n\n2027年3月\n\n区交通委\n\n（已完成，报区政府备案）\n")
    rows = table_rows(text)
    assert rows[0].resp == ["区交通委"]
