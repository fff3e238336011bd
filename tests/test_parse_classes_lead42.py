"""Round 42 (the lead), structure: a top-level point that only gives the activity's time, place, aim or theme —
「一、活动时间」「二、活动地点」「三、活动时间及地点」「一、活动主题」 — is a field, no task (CONVENTIONS.md, "Round 42
rulings, continued"); its span still dates the items that carry no date of their own. Made-up activity notices
written the way such pages are printed, with the near misses that must not change: a point of work that names its time
「三、活动时间安排及内容」, a 工作目标 section (round 34's rule), a point whose heading is the time but which holds
numbered work under it."""

from __future__ import annotations

from desktop.core.parse import parse_text

HEAD = "某镇2024年科普日活动方案\n"
WORK = ("四、活动内容\n镇科协负责在镇文化广场举办科普展览，发放科普宣传资料。\n"
        "五、活动要求\n镇文化站负责组织志愿者参加活动，做好现场服务。\n")


def _tasks(text: str) -> list[tuple[str, str, str | None]]:
    return [("/".join([*t.path, t.number]), t.title, t.deadline) for t in parse_text(text).tasks]


def test_time_place_theme_points_are_fields() -> None:
    text = (HEAD + "一、活动主题\n科技创新，美好生活。\n二、活动时间\n2024年9月14日至9月20日。\n"
            "三、活动地点\n镇文化广场。\n" + WORK)
    tasks = _tasks(text)
    assert [p for p, _, _ in tasks] == ["四", "五"]
    # the field's span still dates the items with no date of their own
    assert [d for _, _, d in tasks] == ["2024-09-20", "2024-09-20"]


def test_time_and_place_in_one_heading_is_a_field() -> None:
    tasks = _tasks(HEAD + "一、活动时间及地点\n时间：2024年9月14日；地点：镇文化广场。\n" + WORK)
    assert [p for p, _, _ in tasks] == ["四", "五"]


def test_time_with_work_stays_a_task() -> None:
    # 「活动时间安排及内容」 heads the work itself, stage by stage: it stays a point of work
    text = (HEAD + "一、活动时间安排及内容\n9月14日，镇科协负责举办科普讲座。\n" + WORK)
    assert [p for p, _, _ in _tasks(text)][0] == "一"


def test_work_goal_section_reads_as_before() -> None:
    # 工作目标 is no activity field: round 34's sections decide it, as before (a goal section with no work is no task)
    with_goal = _tasks(HEAD + "一、工作目标\n全镇公民科学素质明显提升。\n" + WORK)
    without = _tasks(HEAD + WORK)
    assert [p for p, _, _ in with_goal] == [p for p, _, _ in without] == ["四", "五"]


def test_time_heading_over_numbered_work_stays() -> None:
    # a time heading with numbered items of work under it is a section of work, not a field
    text = (HEAD + "一、活动时间\n1.9月14日，镇科协负责举办科普讲座。\n2.9月20日，镇文化站负责组织科普游园。\n" + WORK)
    assert [p for p, _, _ in _tasks(text)][:2] == ["一/1", "一/2"]
