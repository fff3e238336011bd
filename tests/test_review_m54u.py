"""m54u's own checks beside rv54u's findings: the short name follows a kept (or given up) title
correction (L1), the review heading's counts (L2), a withdrawn task's label (UI)."""

from __future__ import annotations

from desktop.core import plan_edits, review_edits as edits
from desktop.core.model import ParsedPlan, Task


def _plan(title: str, short: str) -> ParsedPlan:
    return ParsedPlan(title="方案", tasks=[Task(["二", "二"], "4", title, f"{title}。正文。", short_name=short)])


def test_the_short_name_follows_a_title_correction_kept_and_given_up():
    stored = {"二.二.4": {"title": edits.Correction("规划引领", "强化规划引领")}}
    plan, [conflict] = edits.apply_corrections(_plan("强化规划统筹引领", "规划统筹引领"), stored)
    assert (plan.tasks[0].title, plan.tasks[0].short_name) == ("规划引领", "规划引领")
    plan_edits.set_conflict_value(plan, conflict, conflict.document_now)       # 改用新文件的写法
    assert (plan.tasks[0].title, plan.tasks[0].short_name) == ("强化规划统筹引领", "规划统筹引领")
    edits.take_document(plan, [conflict])
    assert plan.tasks[0].short_name == "规划统筹引领"


def test_a_short_name_of_the_documents_own_choosing_is_left_alone():
    stored = {"二.二.4": {"title": edits.Correction("规划引领", "强化规划引领")}}
    plan, _ = edits.apply_corrections(_plan("强化规划统筹引领", "统筹规划"), stored)
    assert plan.tasks[0].short_name == "统筹规划"


def test_the_heading_counts_each_kind_of_change():
    changes = ["（方案）：文号“1号”→“2号”", "一.2 甲：新增任务",
               "原二.5 乙：新方案中没有这项任务，将标为撤销（已有进展保留）",
               "二.5 丙：编号由 二.6 改为 二.5", "二.6 丁：编号由 二.7 改为 二.6；完成时限“（无）”→“2024-12-31”"]
    assert edits.change_counts(changes) == {"added": 1, "dropped": 1, "changed": 1, "renumbered": 1}
    assert edits.dropped_key(changes[2]) == "二.5" and edits.dropped_key(changes[3]) is None


def test_a_withdrawn_task_does_not_show_the_number_a_live_task_now_has():
    from desktop.ui.task_tree import build_tree

    live = {"id": 1, "key": "二.8", "path": ["二"], "level": 3, "number": "8", "title": "推进医养融合发展",
            "position": 7}
    gone = {"id": 2, "key": "二.8（已撤销）", "path": ["二"], "level": 3, "number": "8", "title": "加强失能老年人照护",
            "position": 8, "withdrawn_at": "2024-05-01T00:00:00"}
    _root, nodes = build_tree([], [live], [gone])
    assert nodes[1].label() == "8. 推进医养融合发展"
    assert nodes[2].label() == "（原8，已撤销）加强失能老年人照护"


def test_the_office_task_ids_of_a_plan_package_are_used_only_when_they_fit():
    from desktop.exchange.plan_package import office_ids

    plan = ParsedPlan(title="方案", tasks=[Task(["一"], "1", "甲", "甲。"), Task(["一"], "2", "乙", "乙。")])
    assert office_ids({"task_ids": [7, 9]}, plan) == [7, 9]
    for bad in ({}, {"task_ids": [7]}, {"task_ids": [7, 7]}, {"task_ids": [7, "9"]}, {"task_ids": [True, 9]},
                {"task_ids": "7,9"}):
        assert office_ids(bad, plan) == [], bad
