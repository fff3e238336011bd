"""Round 51 second wave (w51d): targets read as printed and counted as the line counts them.

- a bare 万 joined to the line keeps no unit (Round 56 rulings, turned: 万 is part of the number, the unit only the one
  printed; Round 58 rulings, governs: an answer with no unit is met only by a figure with no unit) —
  ``figure_targets.sentence_targets``;
- spans and counts in Chinese numerals joined to the floor as the digit reader joins them: a verb of keeping
  between 至少 and the span 「至少保存三十年」, a floor before 后 「公告至少一个月后…」, a check's adverb and verb
  between 至少 and its count 「每周至少全面排查一次」 — ``worded_targets._cn_spans``, ``_cn_counts``;
- the events an item holds, counted in figures right after the verb that holds them 「召开1次协调会议」, in a
  rhythm too 「每季度召开1次…」「每年组织1次考核」: its own number of work, 1 次 included, with no comparison word
  (Round 52 rulings' 「五个一」; Round 59 rulings, governs over round 35's floor) —
  ``figures.HELD_RIGHT_BEFORE`` read by
  ``figure_targets.sentence_targets`` and ``present_figures.present_figure``; the rhythm filter of ``targets`` dropped;
- a fall the preamble strives for 「力争…发病率下降10%」 is the plan's goal as a rise is — ``plan_goals._GOAL_WORDED``.
"""

from __future__ import annotations

import pytest

from desktop.core.parse.plan_goals import preamble_goal_sentences
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


# --- spans and counts in Chinese numerals joined to the floor --------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("监控录像应当至少保存九十天。", (90, "天", ">=")),
    ("调查档案至少保留二十年。", (20, "年", ">=")),
    ("公示至少五天后方可报批。", (5, "天", ">=")),
    ("公告至少两个月后启动征收。", (2, "个月", ">=")),
    ("各村每月至少全面排查一次。", (1, "次", ">=")),
    ("站所每季度至少集中抽查两次。", (2, "次", ">=")),
])
def test_a_cn_span_or_count_joined_to_the_floor(text, want):
    assert want in _got(text), _got(text)


@pytest.mark.parametrize("text", [
    # near misses: a time after an event with no floor, a rhythm with no floor, a span to keep with no floor
    "合同期满一年后可申请续签。",
    "公告满一个月后执行新价格。",
    "各村每周全面排查一次。",
    "档案保存三十年。",
])
def test_no_floor_no_target(text):
    assert _got(text) == set(), _got(text)


# --- a fall the preamble strives for is the plan's goal ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "力争全年生产安全事故起数下降5%、死亡人数下降3%。",
    "确保全镇重点污染物排放量减少8%。",
])
def test_a_fall_striven_for_is_a_preamble_goal(text):
    assert preamble_goal_sentences(text, 2024) == [text]


@pytest.mark.parametrize("text", [
    # near misses: a fall already reached, a fall with no 力争/确保
    "去年全镇事故起数同比下降5%。",
    "全年生产安全事故起数下降5%。",
])
def test_a_past_or_unstriven_fall_is_none(text):
    assert preamble_goal_sentences(text, 2024) == []


# --- the events an item holds, counted in figures, in a rhythm too ------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("街道召开2次专题推进会。", (2, "次", None)),
    ("指挥部每季度召开1次协调会议，研判疫情形势。", (1, "次", None)),
    ("区安委会每年组织1次安全生产责任制考核。", (1, "次", None)),
    ("各园区每3年开展1次整体性风险评估。", (1, "次", None)),
    ("镇里每月举行1场招聘会。", (1, "场", None)),
])
def test_events_held_are_counted_work(text, want):
    assert want in _got(text), _got(text)


@pytest.mark.parametrize("text", [
    # near misses: a tally of what was held, a rhythm counting no event held (things sent; 「每年复核1家化工园区」, the
    # objects a body checks, is a target since Round 60 rulings — test_parse_classes_p52e), a one-off 一次性
    "今年以来已召开3次协调会议。",
    "每年报送1批典型案例。",
    "给予一次性补助。",
])
def test_no_held_event_no_count(text):
    assert _got(text) == set(), _got(text)
