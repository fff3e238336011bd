"""Round 66 (p66b): classes met on plans-next342 and plans-next343.

- A top-level heading the page cut at its end 「四、加强执法力」, after points that number their work deeper: a cut line
  that prints a verb of work is kept as far as printed, a leaf naming none (round 41; round 71; Round 91 on 「三、加强基」);
  a cut heading that prints no verb 「四、工作要」 is none.
Made-up texts."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def _keys(text: str) -> list[tuple[str, ...]]:
    return [(*t.path, t.number) for t in parse_text(text).tasks]


_POINTS = ("某镇汛期安全工作方案\n"
           "一、宣传发动\n1. 印发宣传单:向村民发放防汛知识宣传单,提醒群众远离河道。\n"
           "2. 开展讲座:组织防汛知识讲座,提高群众的避险意识。\n"
           "二、隐患排查\n1. 排查河堤:对辖区河堤开展拉网式排查,发现问题及时处置。\n"
           "2. 清理河道:组织人员清理河道杂物,确保行洪畅通。\n")


@pytest.mark.parametrize("tail", ["三、强化值守巡", "三、加强应急处"])
def test_cut_heading_with_verb_is_a_leaf(tail: str) -> None:
    keys = _keys(_POINTS + tail)
    assert keys[-1] == ("三",)
    assert len(keys) == 5


@pytest.mark.parametrize("tail", ["三、工作要", "三、保障措施"])
def test_cut_heading_without_verb_is_none(tail: str) -> None:
    keys = _keys(_POINTS + tail)
    assert ("三",) not in keys
    assert len(keys) == 4
