"""Round 45 (p45a): structure classes of round 44's sets.

A point whose 、 a site's rewrite printed as a full stop (「七。活動」 on a line of its own) in a plan whose other
points are numbered 一、: read as that point, where its number goes on past theirs; near misses stay text."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.inline_items import stop_marked_points

PLAN = ("某镇全民健身日活动方案\n一、活动主题\n健康生活，快乐运动。\n二、活动时间\n8月8日全天\n"
        "三{mark}活动安排\n8月8日，镇文体中心将组织各村在镇文化广场举办健身展示活动，各村要组织群众积极参加。\n"
        "四{mark}工作要求\n各村要加强宣传，营造氛围。\n")


def numbers(text):
    return [t.number for t in parse_text(text).tasks]


def test_a_point_marked_with_a_full_stop_is_read_as_the_point():
    stopped = parse_text(PLAN.format(mark="。"))
    plain = parse_text(PLAN.format(mark="、"))
    assert [t.number for t in stopped.tasks] == [t.number for t in plain.tasks]
    assert "三" in [t.number for t in stopped.tasks]


def test_the_rewrite_turns_the_stop_into_the_points_mark():
    text = "一、活动主题\n略\n二、活动时间\n略\n三。活动安排\n各村要组织开展活动。\n"
    assert "三、活动安排" in stop_marked_points(text).split("\n")


def test_near_misses_stay_text():
    # no points numbered 一、 above it: a 「三。」 alone is left as it is
    alone = "某镇活动方案\n三。活动安排\n各村要组织开展活动。\n"
    assert stop_marked_points(alone) == alone
    # a number not above the points before it
    back = "一、活动主题\n略\n二、活动时间\n略\n三、活动安排\n略\n二。活动内容\n略\n"
    assert stop_marked_points(back) == back
    # a number followed by a sentence, not a short heading
    said = "一、活动主题\n略\n二、活动时间\n略\n三。各村要组织群众积极参加健身展示活动，营造氛围。\n"
    assert stop_marked_points(said) == said
    # only one point numbered 一、 above it
    one = "一、活动主题\n略\n三。活动安排\n略\n"
    assert stop_marked_points(one) == one
