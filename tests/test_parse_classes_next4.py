"""Failure classes of the town and street plans (tests/data/plans-next4/BASELINE.md), each in other
made-up wordings of the same shape; the real plans are scored by tests/test_parse_score.py."""

from __future__ import annotations

from desktop.core.parse import parse_text

# class 1: numbered items that open with their units and 负责 / 牵头, no colon between
DUTIES = ("某街道老旧小区加装电梯推进工作方案\n"
          "一、工作目标\n全年完成加装电梯30台。\n"
          "二、职责分工\n各部门按以下分工推进：\n"
          "1.街道城建中心负责加装电梯项目的技术指导和施工监管；\n"
          "2.街道房管办、社区党建办负责居民意见征询和矛盾协调；\n"
          "3.街道财政所牵头做好补贴资金的审核拨付。\n"
          "三、附则\n1.本方案自印发之日起施行。\n2.本工作方案由街道城建中心、街道财政所负责解释。\n")


def _by_title(plan, words):
    return next(t for t in plan.tasks if t.title.startswith(words) or words in t.text)


def test_items_opening_with_their_units_and_duty_name_those_units():
    plan = parse_text(DUTIES)
    assert _by_title(plan, "街道城建中心负责").responsible_units == ["街道城建中心"]
    assert _by_title(plan, "街道房管办").responsible_units == ["街道房管办", "社区党建办"]
    assert _by_title(plan, "街道财政所牵头").responsible_units == ["街道财政所"]


def test_a_single_item_opening_with_a_unit_is_not_read_as_units():
    # one item alone may have a thing as its subject: only siblings written alike make units
    plan = parse_text("某镇工作方案\n一、主要任务\n1.综合服务中心负责建成后向居民开放。\n"
                      "2.完善社区服务设施。\n")
    assert len(plan.tasks) == 2 and all(not t.responsible_units for t in plan.tasks)


def test_the_units_that_interpret_the_plan_are_its_closing_items_units():
    plan = parse_text(DUTIES)
    task = _by_title(plan, "本工作方案由")
    assert task.responsible_units == ["街道城建中心", "街道财政所"]
    text = ("某镇集体资产租赁管理工作方案\n一、总体要求\n规范租赁行为。\n二、其他事项\n"
            "（一）本方案自2025年1月1日起试行。\n（二）本方案由镇农业服务中心负责解释。\n")
    task = _by_title(parse_text(text), "本方案由")
    assert task.responsible_units == ["镇农业服务中心"]
