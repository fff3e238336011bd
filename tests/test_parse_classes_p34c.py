"""Round 34 (p34c): dates and targets by the round-34 rulings of CONVENTIONS.md — several dates in one item (the
latest is the deadline), recurring dates (no deadline), grade bands after a comma, 内 after a distance, progress
shares by a time — made-up wordings, each with a near miss that must not change."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

HEAD = "关于开展某某工作的实施方案\n\n区政府办公室\n2024年3月1日\n\n一、主要任务\n\n"


def _task(body: str):
    plan = parse_text(HEAD + "（一）推进工作。" + body + "\n\n（二）其他工作。区住建委负责统筹。\n")
    return plan.tasks[0]


def _targets(body: str) -> list[tuple[float, str, str | None]]:
    return [(t.value, t.unit, t.comparator) for t in _task(body).targets]


@pytest.mark.parametrize("body,want", [
    # several one-off dates: the latest — save a 回头看 after a clause of the whole work done, a step after the
    # work (Round 98 rulings, Dates, over round 34; p69f: was 2024-09-30)
    ("2024年6月底前，全面完成排查整治；2024年9月底前，开展“回头看”。", "2024-06-30"),
    ("2024年6月底前，开展排查整治；2024年9月底前，开展“回头看”。", "2024-09-30"),
    ("各街道于2024年5月31日前完成自查，形成书面报告，并于2024年6月10日前报区住建委。", "2024-06-10"),
    ("到2025年，覆盖率达到60%；到2027年，全面覆盖。", "2027-12-31"),
    # recurring dates are no deadline; a one-off date beside them is
    ("次年1月底前，各街道编制年度评估报告报送区住建委。", None),
    ("每季度末报送进展情况，2024年8月底前完成验收。", "2024-08-31"),
    # near miss: 明年 is one date (the next year), not a rhythm
    ("明年3月底前完成全部改造。", "2025-03-31"),
    # near miss: 次年 after a year written before it is the year after that one, a one-off date (p34g)
    ("2024年10月底前完成招标，次年4月底前完成竣工验收。", "2025-04-30"),
])
def test_deadlines(body, want):
    assert _task(body).deadline == want


@pytest.mark.parametrize("body,want", [
    # a grade band after a comma names a grade, no target; a standard with no grade word is one
    ("全年达标率达到85%以上，为合格；不满足的为不合格。", []),
    ("全区站点达标率达到85%以上。", [(85.0, "%", ">=")]),
    ("站点达标率达到85%以上，为全市提供经验。", [(85.0, "%", ">=")]),
    # 内 after a distance is 以内
    ("实现社区助餐点500米服务半径内全覆盖。", [(500.0, "米", "<=")]),
    # (内 then 地面: still within the distance — p34g; 「…范围内地块」 stays no target)
    ("地铁站点100米范围内地面公交接驳覆盖率达到85%。", [(100.0, "米", "<="), (85.0, "%", ">=")]),
    ("将河道两侧100米范围内地块纳入管控。", []),
    ("推进学校周边200米范围内环境整治。", [(200.0, "米", "<=")]),
    # near miss: a distance with no 内 and no comparison word stays no target
    ("按照500米服务半径布设助餐点。", []),
    # progress shares by a time are steps of the schedule
    ("完成时限：一季度完成15%，二季度完成45%，10月底前全部完成。", []),
    ("3月底前完成30%，6月底前完成70%，9月底前全部完成。", []),
    # near miss: a share with no time before it stays a target
    ("年度任务完成率不低于95%。", [(95.0, "%", ">=")]),
])
def test_targets(body, want):
    assert _targets(body) == want


def test_a_zone_a_rule_defines_is_no_target():
    # near miss of 内 after a distance: the zone a rule applies to (a class), not a distance to keep within
    assert not [t for t in _targets("将水源地周边100米范围内划为保护区。") if t[1] == "米"]
