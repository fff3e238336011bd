"""Figures that pick out who or what a clause speaks of, not a bar to reach — no target (CONVENTIONS.md Targets).

- A casualty band naming a grade of accident 「一次死亡3人以上交通事故明显减少」: the kind of accident, as an age
  band names a group of persons (round 31); a band closed by 的 before the event 「死亡3人（含）以上的…事故信息随时
  上报」 is round 30's condition triggering a step, a target. What falls (「事故明显减少」), or a bar
  written on the count itself 「死亡人数控制在3人以下」, stays a target (no casualty word right before the figure).
- A distance from a place that picks out persons 「鼓励上班人员在距单位1公里范围之内步行上下班」 (Round 45 rulings:
  「在距单位1公里范围之内」 picks out persons: no target). A zone kept by what a rule forbids 「校园周边一百米范围内
  禁止…」 stays the rule's own standard (Round 46, decided): no person before 距, no exclusion.
- The counting unit of a policy's rate 「每查实瞒报谎报1人奖励3万元」: the 1人 each reward is counted by (round 30's
  「原则上按500户配1名」, a norm with no comparison word); the rate 3万元 stays a target (round 25). Not 「每年培训
  1000人」: no rate after the figure.

Read apart from ``threshold_line`` (the line's exceptions, which calls ``picked_class`` once) and ``size_classes``.
"""

from __future__ import annotations

import re

_CASUALTY_BEFORE = re.compile(r"(?:死亡|伤亡|遇难|重伤|受伤|失踪)\s*$")
# (the band joined straight to the accident's name; 「死亡3人（含）以上的较大火灾事故信息随时上报」, a band closed
# by 的, is round 30's condition triggering a step: a target, test_parse_classes_next49)
_ACCIDENT_AFTER = re.compile(r"\s*(?:及以上|以上|及以下|以下)?\s*(?!的)[\u4e00-\u9fff]{0,6}?(?:事故|事件|险情|灾害)")
_DISTANCE_UNITS = frozenset({"公里", "千米", "米", "km"})
# persons, then (在) 距 a place, right before the distance
_PERSONS_FROM = re.compile(r"(?:人员|职工|员工|居民|市民|群众|学生|住户|家庭|老人|儿童)\s*在?\s*距"
                           r"[\u4e00-\u9fff]{1,8}$")
_ZONE_AFTER = re.compile(r"\s*(?:服务半径|半径|范围)?\s*(?:之内|以内|内)")
# 每, a few words of the act counted (no figure, no stop), the figure, then a rate's verb and its sum
_PER_BEFORE = re.compile(r"每[\u4e00-\u9fff]{1,8}$")
_RATE_AFTER = re.compile(r"\s*(?:奖励|补助|补贴|给予|发放|支付|计发|奖)\s*(?:奖励|补助|补贴)?\s*\d")


def picked_class(sentence: str, start: int, end: int, unit: str) -> bool:
    """The figure at start–end of ``sentence`` names a grade of accident, a zone picking out persons or the unit
    a rate is counted by."""
    if unit == "人" and _CASUALTY_BEFORE.search(sentence, max(0, start - 3), start) \
            and _ACCIDENT_AFTER.match(sentence, end):
        return True
    if unit in _DISTANCE_UNITS and _PERSONS_FROM.search(sentence, max(0, start - 16), start) \
            and _ZONE_AFTER.match(sentence, end):
        return True
    return _PER_BEFORE.search(sentence, max(0, start - 9), start) is not None \
        and sentence[start:end].lstrip().startswith(("1", "一")) and _RATE_AFTER.match(sentence, end) is not None
