"""Round 70 (p70a): plans-next370's 局 rules and 导则.

- Scorer: a sample path ending on a circled digit 「6/①」 binds the task the parser numbered 6/1 (① at a line's start
  read as the （1） level) where its first words are the sample's — not another section's ⑥ by the bare tail 「6」;
  without a task numbered so with those words, the old reading (the circled digit heading text).
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.core.parse import parse_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from parse_score import find_task  # noqa: E402

_GUIDE = """某市步道建设指引

1 总则
1.1本指引适用于全市步道的建设。
4 分项设计
4.1 标识系统
①全市步道应采用统一的标识系统。
②标识牌应设置在步道入口处。
③标识牌应定期清洁。
④标识牌应保持完好。
⑤标识牌应夜间可见。
⑥标识牌损坏的应及时更换。
6 维护管理
①步道实行分级管理，区管理部门应当统筹步道的维护。
②步道管理部门应建立巡查制度，落实应急措施。
"""


def test_circled_path_binds_its_numbered_task() -> None:
    plan = parse_text(_GUIDE)
    task = find_task(plan, {"path": ["6", "①"], "title_starts": "步道实行分级管"})
    assert task is not None and task.text.startswith("步道实行分级管理")
    task = find_task(plan, {"path": ["6", "②"], "title_starts": "步道管理部门应建"})
    assert task is not None and task.text.startswith("步道管理部门应建立")


def test_circled_path_without_its_words_keeps_old_reading() -> None:
    # near miss: first words no task numbered 6/1 has — the circled digit stays heading text, nothing bound by
    # the number alone
    plan = parse_text(_GUIDE)
    assert find_task(plan, {"path": ["6", "①"], "title_starts": "公园绿地养护要"}) is None
