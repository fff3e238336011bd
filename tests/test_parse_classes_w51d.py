"""Round 51 second wave (w51d): targets read as printed and counted as the line counts them.

- a bare 万 joined to the line keeps no unit (Round 56 rulings, turned: 万 is part of the number, the unit only the one
  printed; Round 58 rulings, governs: an answer with no unit is met only by a figure with no unit) —
  ``figure_targets.sentence_targets``;
"""

from __future__ import annotations

import pytest

from desktop.core.parse.targets import find_targets


def _got(text: str) -> set[tuple[float, str, str | None]]:
    return {(t.value, t.unit, t.comparator) for t in find_targets(text, 2024)}


# --- a bare 万 of money keeps no unit --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("补助金额不超过80万。", (800000, "", "<=")),
    ("项目概算投资额50万及以上的，应当进行公开招标。", (500000, "", ">=")),
    ("年租金30万以下的，由街道审批。", (300000, "", "<=")),
])
def test_a_bare_wan_joined_to_the_line_keeps_no_unit(text, want):
    got = _got(text)
    assert want in got, got
    assert not any(u == "元" for _v, u, _c in got), got


@pytest.mark.parametrize(("text", "want"), [
    # near misses: 元 printed with the figure, after a band, or in the figure's own bracket stays 元
    ("补助金额不超过80万元。", (800000, "元", "<=")),
    ("支持额度最高不超过300万元。", (3000000, "元", "<=")),
])
def test_a_printed_yuan_stays(text, want):
    assert want in _got(text), _got(text)
