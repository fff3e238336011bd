"""The scorer's reading of a duty's rhythm answer (tests/parse_score.py ``_rhythm``): the rhythm the
answer names first counts, not the first of a fixed list that its note happens to mention."""
from __future__ import annotations

from parse_score import _rhythm, score_plan


def test_the_rhythm_named_first_counts():
    assert _rhythm("yearly (first quarter)") == "year"
    assert _rhythm("annually (by the end of the first quarter)") == "year"
    assert _rhythm("monthly (in the quarter's last week)") == "month"
    assert _rhythm("quarterly (day 20 of the quarter's first month)") == "quarter"
    assert _rhythm("quarterly and yearly") == "quarter"
    assert _rhythm("weekly") == "week"
    assert _rhythm("semiannual (by the end of 2026-02)") is None


PLAN = ("某县2027年农村人居环境整治工作方案\n一、主要任务\n"
        "（一）开展村庄清洁。各乡镇每年一季度向县农业农村局报送上年度整治情况。（责任单位：县农业农村局）\n")


def _duty_check(when_norm: str):
    spec = {"file": "made-up.txt", "leaf_tasks": 1, "samples": [],
            "duties": [{"what": "各乡镇每年一季度向县农业农村局报送上年度整治情况", "when_norm": when_norm}]}
    return [c for c in score_plan(spec, PLAN).checks if c.kind == "duty"]


def test_a_yearly_duty_in_the_first_quarter_is_checked_as_yearly():
    checks = _duty_check("yearly (first quarter)")
    assert checks, "no duty check made"
    assert all(c.passed for c in checks), [c.reason for c in checks]
    # the same duty answered as quarterly fails: the parser reads it as yearly
    assert not all(c.passed for c in _duty_check("quarterly"))
