"""Round 30 (p85), plans-next85/86/90 classes of dates and stages, in made-up wordings: a stage's month in a bracket
closing its item (x85 class 1), a date that says which things are meant (x85 class 3), stages standing under no
section on a page that opens inside the schedule and a lone 第一步 line with its window (x90 class 3), a quarter named
as a stage (x86 class 5), the work's summary sent by a day as the item's only date (x86 class 3)."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.date_spans import month_range
from desktop.core.parse.dates import find_deadlines


def _phases(plan):
    return [(p.name, p.start, p.end) for p in plan.phases]


def test_a_bracketed_month_closing_each_stage_is_its_deadline_and_the_stages_are_phases():
    plan = parse_text("某区2026年老旧小区改造工作方案\n一、工作流程\n"
                      "（一）摸底排查。各街道对辖区老旧小区开展摸底排查，形成项目清单（2026年3月）。\n"
                      "（二）集中改造。区住建局组织实施改造工程（2026年6月）。\n"
                      "（三）组织验收。区住建局会同各街道开展验收（2026年9月15日）。\n")
    assert [t.deadline for t in plan.tasks] == ["2026-03-31", "2026-06-30", "2026-09-15"]
    assert _phases(plan) == [("摸底排查", None, "2026-03"), ("集中改造", None, "2026-06"),
                             ("组织验收", None, "2026-09")]


def test_a_bracketed_month_that_does_not_close_its_item_or_is_past_is_no_deadline():
    # the year before the plan's (data of 2023 in a 2025 plan) and a bracket the sentence goes on after
    plan = parse_text("某区2025年统计工作方案\n一、重点工作\n"
                      "（一）数据核对。区统计局对照上年度统计数据开展核对（2023年12月）。\n"
                      "（二）开展调查。区统计局组织开展调查（2025年1月）开展。\n")
    assert [t.deadline for t in plan.tasks] == [None, None]
    assert find_deadlines("依据《某某办法》（2019年12月）。", 2025) == []


def test_a_date_saying_which_things_are_meant_is_no_deadline():
    plan = parse_text("某区2025年泵站评估工作方案\n一、评估内容\n"
                      "1.运行管理情况（对2010年12月31日前建成并投入使用的老旧泵站，可委托第三方开展评估）\n"
                      "2.新建泵站。区水务局确保2025年12月31日前建成并投入使用的泵站运行平稳。\n")
    # (the plan's own year stays a deadline, whatever follows it)
    assert [t.deadline for t in plan.tasks] == [None, "2025-12-31"]


def test_a_window_whose_first_day_lost_its_day_character_stays_in_one_month():
    assert month_range("2012年10月1至10月31日", 2012) == ("2012-10", "2012-10")
    assert month_range("4-10月", 2012) == ("2012-04", "2012-10")
    assert month_range("11月-12月", 2012) == ("2012-11", "2012-12")


def test_stages_under_no_section_each_headed_by_its_window_are_phases():
    plan = parse_text("（二）集中整治，全面推进（2024年4月1日至8月31日）\n一是各社区开展排查。\n"
                      "（三）总结验收，巩固提高（2024年9月1至9月30日）\n一是组织验收。\n")
    assert _phases(plan) == [("集中整治，全面推进", "2024-04", "2024-08"),
                             ("总结验收，巩固提高", "2024-09", "2024-09")]


def test_items_under_no_section_are_no_stages_unless_every_one_is_headed_by_a_window():
    plan = parse_text("（二）集中整治，全面推进（2024年4月1日至8月31日）\n一是各社区开展排查。\n"
                      "（三）加强宣传\n一是组织宣传。\n")
    assert plan.phases == []
    # one item alone is no schedule
    assert parse_text("（二）集中整治（2024年4月1日至8月31日）\n一是各社区开展排查。\n").phases == []


def test_a_lone_counted_step_with_its_window_is_a_phase():
    plan = parse_text("某镇创建方案\n（二）实施步骤。\n第一步：2024年5月6日--5月20日，组织摸底排查\n")
    assert _phases(plan) == [("第一步：组织摸底排查", "2024-05", "2024-05")]
    assert parse_text("某镇创建方案\n（二）工作要求。\n第一步，要加强学习，提高认识。\n").phases == []


def test_a_quarter_named_as_a_stage_is_a_phase():
    plan = parse_text("某市供水工作通知\n一、工作要求\n各供水企业要在2024年底前完成准备工作；"
                      "2025年二季度作为集中整改期，各供水企业做好整改。\n")
    assert _phases(plan) == [("集中整改期", "2025-04", "2025-06")]
    # each quarter as a period of assessment: no stage of the plan
    assert parse_text("某市考核办法\n一、考核\n每季度为一个考核期，考核结果通报。\n").phases == []


def test_the_summary_sent_by_a_day_is_the_deadline_of_an_item_with_no_other_date():
    plan = parse_text("某区2022年燃气整治方案\n一、落实责任\n各街道要加强排查。\n二、按时报送信息\n"
                      "各街道于每月10日前报送进展情况，11月30日前报送工作总结。\n三、完成排查\n"
                      "各街道6月底前完成排查，7月10日前报送工作总结。\n四、年度总结\n"
                      "各街道要做好宣传，12月20日前报送年度工作总结。\n")
    # the work's own day stays first; the year's report is no end of the work
    assert [t.deadline for t in plan.tasks] == [None, "2022-11-30", "2022-06-30", None]
