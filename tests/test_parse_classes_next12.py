"""Failure classes of tests/data/plans-next12/BASELINE.md (round 15, parser16), each with made-up
wordings of the same shape (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text


# class 2: a top-level section headed by work to do, with its own paragraph and nothing numbered under it,
# beside a section that numbers its items: a task; a section of aims or a roster beside it is none
def test_a_childless_section_of_work_beside_numbered_items_is_a_task():
    plan = parse_text("某乡2027年森林防火工作方案\n"
                      "一、工作目标\n全年不发生重大森林火灾，确保一方平安。\n"
                      "二、加强巡山护林\n各村组织护林员每日巡山，在进山路口设立检查点，劝阻野外用火，做好巡查登记。\n"
                      "三、落实防控措施\n1、清理林下可燃物。在4月前完成重点林区清理。\n"
                      "2、开展应急演练。组织扑火队伍开展实战演练。\n")
    titles = [t.title for t in plan.tasks]
    assert any(t.startswith("加强巡山护林") for t in titles)
    assert not any(t.startswith("工作目标") for t in titles)
    assert len(plan.tasks) == 3


def test_a_childless_section_of_work_keeps_its_target():
    plan = parse_text("某街道2027年信访工作安排\n"
                      "一、压实信访责任，提升化解质效\n各社区要落实首接责任，及时受理群众来信来访，确保按期受理率、"
                      "按期办结率均达到100%。\n"
                      "二、健全工作机制\n（一）定期排查。每月开展一次矛盾纠纷排查。\n")
    first = next(t for t in plan.tasks if t.title.startswith("压实信访责任"))
    assert {(g.value, g.unit) for g in first.targets} == {(100.0, "%")}


def test_a_childless_section_that_is_a_roster_or_a_topic_is_no_task():
    plan = parse_text("某学校消防安全整治方案\n"
                      "一、组织机构\n组长：王某\n副组长：李某\n成员：各班班主任\n"
                      "二、整治范围\n本校教学楼、宿舍楼、食堂及周边区域，包括全部消防通道和疏散楼梯。\n"
                      "三、整治内容\n（一）清理楼道杂物。\n（二）检查灭火器材。\n")
    titles = [t.title for t in plan.tasks]
    assert titles and all(t.startswith(("清理楼道", "检查灭火")) for t in titles)
