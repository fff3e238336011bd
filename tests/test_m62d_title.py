"""The office report's title block (ux62 finding 3): the plan's name once, the year once, 「半年工作小结」, on one or
two lines broken between words (GB/T 9704) — not a six-line run-on repeating the plan's name and splitting 分工 —
and, with no office name set, a blank signature to fill, never a name made up from the plan's title."""

from __future__ import annotations

import datetime as dt

from fixtures_reports.sample import report_input

from desktop.reports.content import text_width
from desktop.reports.draft import draft_report
from desktop.reports.wording import OFFICE_BLANK, plan_subject, report_title_parts

PLAN = "2025年区《政府工作报告》重点工作任务分工方案"


def _report(plan_title: str = PLAN, office: str = "领导小组办公室", kind: str = "half-year"):
    data = report_input(None)
    data.plan_title, data.year, data.office_name = plan_title, 2025, office
    return draft_report(data, kind, today=dt.date(2025, 7, 3))


def test_the_plan_s_name_once_on_two_whole_lines():
    report = _report()
    assert report.title_lines == ["2025年区《政府工作报告》", "重点工作任务落实半年工作小结"]
    assert report.title.count("政府工作报告") == 1 and report.title.count("2025") == 1
    assert all(text_width(line) <= 19 for line in report.title_lines)
    year_end = _report(kind="year-end")
    assert year_end.title_lines == ["关于2025年区《政府工作报告》", "重点工作任务落实工作情况的总结"]


def test_no_office_name_leaves_a_blank_signature_and_says_so():
    report = _report()
    assert report.signature == OFFICE_BLANK
    assert "领导小组办公室" not in report.title + report.signature
    assert report.checks[0].text.startswith("还没有设置办公室名称")
    from desktop.ui.draft_dialog import file_name
    assert file_name(report) == "2025年半年工作小结.docx"


def test_a_set_office_name_signs_and_heads_the_title_when_it_fits():
    report = _report(office="江滨区人民政府督查室")
    assert report.signature == "江滨区人民政府督查室"
    assert len(report.title_lines) <= 2 and not report.checks[0].text.startswith("还没有设置办公室名称")
    # a name that would make a third line signs the report only
    assert report_title_parts("half-year", 2025, PLAN, "江滨区人民政府督查室") == [
        "2025年", "区", "《政府工作报告》", "重点工作任务落实", "半年工作小结"]
    assert report_title_parts("half-year", 2025, "2025年全区安全生产工作要点", "区应急管理局")[0] == "区应急管理局"


def test_the_plan_s_kind_and_year_come_off_its_name():
    assert plan_subject(PLAN, 2025) == "区《政府工作报告》重点工作任务落实"
    assert plan_subject("市政协十四届三次会议3号建议案办理工作方案", 2024) == "市政协十四届三次会议3号建议案办理"
    assert plan_subject("某局2025年重点工作任务清单", 2025) == "某局2025年重点工作任务落实"
    assert report_title_parts("half-year", 2025, "某局2025年重点工作任务清单", "")[0] != "2025年"


def test_a_unit_s_name_always_heads_its_own_report():
    parts = report_title_parts("half-year", 2024, "市政协十四届三次会议3号建议案办理工作方案", "市自然资源和城乡建设局",
                               unit=True)
    assert parts[0] == "市自然资源和城乡建设局" and parts[-1] == "半年工作小结"
