"""Round 69 (mr69a): the near misses rv69a found for round 69's parser rules, each kept at its old reading.

- Finding 2: a plan's points headed by a check that is an act 「（一）开展消防安全检查」 over work 「有序推进…」
  「有效防范…」 stay tasks — not the parts a check looks at (p69e: 「1.共用部位的查验⏎共用部位：一般包括…」).
"""

from __future__ import annotations

from desktop.core.parse import parse_text


def _numbers(text: str) -> list[str]:
    return ["/".join([*t.path, t.number]) for t in parse_text(text).tasks]


_CHECK_ACTS = """某区安全生产工作方案

一、重点任务

（一）开展消防安全检查

有序推进高层建筑消防隐患排查整治，全面消除火灾隐患。

（二）开展燃气安全排查

有效防范燃气泄漏事故，确保群众生命财产安全。

二、保障措施

（一）加强组织领导。区应急局负责统筹协调。

（二）强化督导考核。区政府督查室负责督查。
"""


def test_check_acts_over_work_stay_tasks():
    assert _numbers(_CHECK_ACTS)[:2] == ["一/一", "一/二"]
    # each guard alone: a noun heading over 有序…/有效…, and an act heading over 主要有…
    nouns = _CHECK_ACTS.replace("（一）开展", "（一）").replace("（二）开展", "（二）")
    assert _numbers(nouns)[:2] == ["一/一", "一/二"]
    acts = _CHECK_ACTS.replace("有序推进", "主要有").replace("有效防范", "主要有")
    assert _numbers(acts)[:2] == ["一/一", "一/二"]
