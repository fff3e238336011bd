"""The office report's title stays within two lines of a 2号 小标宋 line on A4 (~20–22 characters; GB/T 9704) for
long plan names: the plan's short name and the year (m62d left a three-line year-end title)."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_reports.sample import report_input

from desktop.reports.content import text_width
from desktop.reports.draft import draft_report
from desktop.reports.wording import TITLE_LINE, plan_short_names, report_title_parts

LONG = [
    "2025年区《政府工作报告》重点工作任务分工方案",
    "2025年江滨区贯彻落实《政府工作报告》确定的重点工作任务及民生实事项目分工方案",
    "关于印发2025年江滨区《政府工作报告》重点工作任务分工方案的通知",
    "2025年区《政府工作报告》和区委经济工作会议确定的重点工作任务分工方案",
    "江滨区2025年深化营商环境改革暨优化民营经济发展环境重点任务清单",
    "武汉市推进老年友好型城市建设实施方案",
]


def _report(plan_title, kind, office="领导小组办公室"):
    data = report_input(None)
    data.plan_title, data.year, data.office_name = plan_title, 2025, office
    return draft_report(data, kind, today=dt.date(2025, 12, 1) if kind == "year-end" else dt.date(2025, 7, 3))


@pytest.mark.parametrize("kind", ["half-year", "year-end"])
@pytest.mark.parametrize("plan_title", LONG)
def test_a_long_plan_name_keeps_the_title_to_two_lines(plan_title, kind):
    report = _report(plan_title, kind)
    assert 1 <= len(report.title_lines) <= 2, report.title_lines
    assert all(text_width(line) <= TITLE_LINE for line in report.title_lines), report.title_lines
    assert report.title.count("2025") == 1
    assert report.title.endswith("半年工作小结" if kind == "half-year" else "工作情况的总结")
    assert "的通知" not in report.title and "关于印发" not in report.title


def test_the_short_name_keeps_what_the_plan_is_about():
    year_end = _report(LONG[1], "year-end")
    assert year_end.title_lines == ["关于2025年《政府工作报告》", "重点工作任务落实工作情况的总结"]
    half = _report(LONG[1], "half-year")
    assert half.title == "2025年《政府工作报告》重点工作任务及民生实事项目落实半年工作小结"
    assert _report(LONG[2], "year-end").title == "关于2025年江滨区《政府工作报告》重点工作任务落实工作情况的总结"
    # a name that fits is left whole, the place too
    assert _report(LONG[0], "year-end").title_lines == [
        "关于2025年区《政府工作报告》", "重点工作任务落实工作情况的总结"]
    assert _report("市政协十四届三次会议3号建议案办理工作方案", "year-end").title_lines == [
        "关于2025年市政协十四届三次会议", "3号建议案办理工作情况的总结"]


def test_short_names_come_longest_first():
    names = plan_short_names(LONG[3], 2025)
    assert names[0] == "区《政府工作报告》和区委经济工作会议确定的重点工作任务落实"
    assert names[-1] == "《政府工作报告》重点工作任务落实"
    assert [len(n) for n in names] == sorted((len(n) for n in names), reverse=True)
    assert plan_short_names(LONG[4], 2025)[-1] == "深化营商环境改革落实"


def test_a_unit_s_own_title_takes_the_short_name_its_name_needs():
    parts = report_title_parts("half-year", 2025, LONG[1], "区住房和城乡建设局", unit=True)
    assert parts[0] == "区住房和城乡建设局"
    assert "".join(parts) == "区住房和城乡建设局2025年《政府工作报告》重点工作任务落实半年工作小结"
