"""Made-up plans for the classes the h3 misfire hunt found (round 26, helper m53): schedules written as counted
steps, 期 names, single months and lines of clauses (h3 class 8); reporting duties (h3 class 11); items opening with
their units' clause 「X牵头，Y配合：…」 (h3 class 3). Each class has other wordings and near-misses that must not fire."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

HEAD = ("2025年某区燃气安全专项整治方案\n\n一、整治任务\n1.排查隐患。（区应急局负责）\n"
        "2.整改问题。（区住建局负责）\n\n二、{title}\n")


def phases(schedule: str, title: str = "时间安排"):
    return [(p.name, p.start, p.end) for p in parse_text(HEAD.format(title=title) + schedule + "\n").phases]


# -- h3 class 8: schedules ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sep", ["，", "：", "、", ""])
def test_counted_steps_with_bracketed_dates_are_phases(sep):
    got = phases(f"第一步{sep}动员部署（2025年4月）。\n第二步{sep}集中治理（2025年5月至9月）。\n"
                 f"第三步{sep}巩固提高（10月—11月）。", "推进步骤")
    assert got == [("第一步：动员部署", "2025-04", "2025-04"), ("第二步：集中治理", "2025-05", "2025-09"),
                   ("第三步：巩固提高", "2025-10", "2025-11")]


def test_one_counted_step_alone_or_without_dates_is_no_phase():
    assert phases("第一步，要在3月底前完成摸底（由各街道负责）。第二步，开展整治。") == []
    plan = parse_text("某区方案\n一、任务\n1.清理杂物。第一步，先行清理（2025年3月）。（区城管局负责）\n")
    assert plan.phases == []


@pytest.mark.parametrize("text,want", [
    ("4月为动员准备期，5月至8月为集中整治期，9月为巩固提升期。",
     [("动员准备期", "2025-04", "2025-04"), ("集中整治期", "2025-05", "2025-08"), ("巩固提升期", "2025-09", "2025-09")]),
    ("2025年3月至4月为试点期；5月至12月为全面推进期。",
     [("试点期", "2025-03", "2025-04"), ("全面推进期", "2025-05", "2025-12")]),
])
def test_dates_first_stages_named_qi(text, want):
    assert phases(text) == want


@pytest.mark.parametrize("text", ["每年6月至9月为主汛期，各单位要加强值守。", "11月至次年3月为森林防火期，严禁野外用火。",
                                  "5月为安全生产月，集中开展宣传。"])
def test_a_season_named_qi_is_no_stage(text):
    assert phases(text, "工作要求") == []


@pytest.mark.parametrize("sep", ["：", "。"])
def test_a_stage_of_one_month_keeps_its_month(sep):
    got = phases(f"（一）动员部署期{sep}2025年4月。\n（二）集中攻坚期{sep}2025年5月至7月。\n（三）总结验收期{sep}2025年8月。")
    assert got == [("动员部署期", "2025-04", "2025-04"), ("集中攻坚期", "2025-05", "2025-07"),
                   ("总结验收期", "2025-08", "2025-08")]


def test_a_named_stage_then_its_month_then_its_work():
    got = phases("（一）自查阶段。2025年5月1日至5月31日，各单位开展自查。\n（二）整改阶段。2025年6月，集中整改。\n"
                 "（三）验收阶段。8月，组织验收。")
    assert got == [("自查阶段", "2025-05", "2025-05"), ("整改阶段", "2025-06", "2025-06"), ("验收阶段", "2025-08", "2025-08")]


def test_a_stage_due_by_a_month_end_is_read_as_before():
    got = phases("（一）自查阶段。4月底前完成自查。\n（二）整改阶段。6月底前完成整改。")
    assert got == [("自查阶段", None, "2025-04"), ("整改阶段", None, "2025-06")]


@pytest.mark.parametrize("line,want", [
    ("1—2月：调查摸底；3—11月：集中推进；12月：考核评估。",
     [("调查摸底", "2025-01", "2025-02"), ("集中推进", "2025-03", "2025-11"), ("考核评估", "2025-12", "2025-12")]),
    ("春季造林：3月1日至4月30日；秋冬造林：10月15日至12月31日。",
     [("春季造林", "2025-03", "2025-04"), ("秋冬造林", "2025-10", "2025-12")]),
    ("4月底前完成方案制定；5月至10月全面实施；11月总结验收。",
     [("完成方案制定", None, "2025-04"), ("全面实施", "2025-05", "2025-10"), ("总结验收", "2025-11", "2025-11")]),
])
def test_a_line_of_stage_clauses_in_a_schedule_section(line, want):
    assert phases(line, "进度安排") == want


@pytest.mark.parametrize("line,title", [
    ("1—2月：调查摸底；3—11月：集中推进。", "工作要求"),                       # not a schedule section
    ("完成时限：5月；责任单位：区住建局。", "时间安排"),                        # labels, not stages
    ("3月底前完成排查，各街道要高度重视；4月至9月集中整治。", "时间安排"),       # a clause of other words
    ("2025年：完成10个；2026年：完成20个。", "时间安排"),                       # years, no months
])
def test_lines_that_are_no_stage_clauses(line, title):
    assert phases(line, title) == []
