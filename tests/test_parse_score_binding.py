"""The scorer binds a sample to the task its numbers name — and a task matched only by the tail of its numbers must
have the sample's first words too (round 32: x100_02 四/1 was bound to 三/（四）/1 and reported its units)."""
from __future__ import annotations

from parse_score import find_task

from desktop.core.parse import parse_text

_TEXT = "\n".join([
    "某区推进绿色制造工作方案",
    "一、工作目标",
    "到2027年，培育绿色工厂10家。",
    "二、重点任务",
    "（一）推进节能改造",
    "1.区发展改革委负责组织重点企业开展节能诊断。",
    "2.区生态环境局负责督促企业落实减排措施。",
    "（二）推广绿色电力",
    "1.区经委负责推动企业参与绿电交易。",
])


def test_a_tail_match_with_other_first_words_is_not_the_sample_task():
    plan = parse_text(_TEXT)
    # 四/1 is not in the plan: the only task ending in 1 under a 四-like number is not it
    assert find_task(plan, {"path": ["二", "1"], "title_starts": "市经济信息化委组织"}) is None


def test_a_tail_match_with_the_sample_first_words_is_still_found():
    plan = parse_text(_TEXT)
    # the sample leaves out the section level the parser keeps: its numbers' tail and its first words name the task
    task = find_task(plan, {"path": ["（二）", "1"], "title_starts": "区经委负责推动"})
    assert task is not None and "绿电交易" in task.text


def test_an_exact_path_needs_no_first_words():
    plan = parse_text(_TEXT)
    task = find_task(plan, {"path": ["二", "（一）", "2"], "title_starts": "（answer wording differs）"})
    assert task is not None and "减排" in task.text
