"""Failure classes of tests/data/plans-next6/BASELINE.md (round 12, parser13), each with made-up
wordings of the same shape (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text  # noqa: F401  (used by later classes)
from desktop.core.parse.targets import find_targets


def _figures(text: str) -> list[tuple[float, str, str | None]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 2024)]


# class 4: targets written with 余/多 after the number, a bar over a Chinese count of events, a share
# as the object of 将/把
def test_more_than_a_figure_is_a_target_with_its_bar():
    assert _figures("新增公共充电桩120余个。") == [(120, "个", ">=")]
    assert _figures("年内培训社区工作者300多名。") == [(300, "名", ">=")]
    assert _figures("完成老旧住房改造3万余户。") == [(30000, "户", ">=")]


def test_a_chinese_count_of_events_after_a_bar_is_a_target():
    assert _figures("各街道每季度举办宣传活动不少于两场。") == [(2, "场", ">=")]
    assert _figures("组织开展应急演练（每年至少一次）。") == [(1, "次", ">=")]
    assert _figures("发放一次性补助，分两批下达。") == []      # events counted without a bar: no aim


def test_a_share_handed_out_with_jiang_is_a_target():
    assert _figures("将80%以上的专项资金用于基层一线。") == [(80, "%", ">=")]
    assert _figures("严格考核，并把60%以上的绩效奖励分配到社区。") == [(60, "%", ">=")]
    assert _figures("对60%以上的小区开展检查的街道给予奖励。") == []   # which ones, not the aim


# class 5: the basis of a staffing or provision norm is not a target
def test_the_basis_of_a_norm_is_no_target():
    assert (1000, "人") not in [(v, u) for v, u, _c in _figures("建立网格员队伍，原则上按1000人设1名网格员。")]
    assert (200, "名") not in [(v, u) for v, u, _c in _figures("配齐校医，按照200名学生配备1名。")]
    assert _figures("每30公里道路配备不少于一名养护员。") == []
    assert _figures("新建10个站点，配备20名管理员。") == [(10, "个", None), (20, "名", None)]
