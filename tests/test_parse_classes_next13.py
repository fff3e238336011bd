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


# a sentence whose subject is a group (各承办单位要…, 各乡镇任务清单之前已下发) or a clause naming an owner
# (权属为市排水中心) is no unit; the group itself and a group with a longer name still are
def test_a_sentence_with_a_group_as_its_subject_is_no_unit():
    plan = parse_text("某县2027年建议提案办理工作通知\n"
                      "一、各承办单位须在收到交办件后主动联系代表委员，当面沟通办理思路。\n"
                      "二、各办理单位在报送答复件时，应一并附上征询意见表。\n"
                      "三、拆除整治。对存量违法建筑进行拆除复绿（各街道任务清单此前已印发）。\n"
                      "四、移交设备。拟移交抽水泵2台（产权归属于县水务中心）。\n")
    assert len(plan.tasks) == 4
    for task in plan.tasks:
        assert not [u for u in task.responsible_units + task.lead_units
                    if u.startswith(("各承办", "各办理", "各街道任务", "产权"))]


def test_groups_and_named_units_are_still_units():
    from desktop.core.parse.units import looks_like_unit
    for name in ("各村", "各村（居）", "各承办单位", "各项目实施主体", "各街镇（管委会）", "区水务中心",
                 "各区应急管理局"):
        assert looks_like_unit(name), name
    for name in ("各承办单位要积极主动做好办理工作", "各乡镇任务清单之前已下发", "权属为市排水中心", "属于区水务中心"):
        assert not looks_like_unit(name), name
