"""A unit's 总体情况 counts every task it leads or supports once, by its state (ux61 problem 6: 县财政局's
half-year summary said 「牵头1项，配合推进4项。截至6月底，尚未启动1项」 — the four tasks it supports were in
no count). A supported task the unit sent nothing on is not 未启动 (its lead may be well on): 尚未报送进展."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from fixtures_reports.sample import report_input

from desktop.reports.draft import draft_report

DAY = dt.date(2024, 6, 28)


def _counts(report) -> tuple[str, int]:
    opening = report.sections[0].blocks[0].text
    status = re.search(r"截至[^，]*，([^。]*)。", opening)
    assert status, opening
    counts = re.sub(r"，(?:其中\d+项)?进度滞后", "", status.group(1))
    # 「牵头的任务中…」 names the tasks a count is of; 「配合推进的任务均在推进中」 counts them all (ux63) — by the
    # number the sentence before gave (「牵头…3项工作任务，配合推进2项」), not said again (m66b)
    f = report.figures
    size = {"牵头": f.tasks, "配合推进": f.supported}
    counts = re.sub(r"(牵头|配合推进)的任务(中)?", lambda m: "" if m.group(2) else f"{size[m.group(1)]}项", counts)
    counts = counts.replace("各项任务", f"{f.tasks + f.supported}项")
    return opening, sum(int(n) for n in re.findall(r"(\d+)项", counts))


def test_the_counts_add_up_to_the_tasks_led_and_supported():
    report = draft_report(report_input("市民政局"), "half-year", today=DAY)
    f = report.figures
    opening, counted = _counts(report)
    assert f.supported and counted == f.tasks + f.supported, opening


def test_a_supported_task_with_no_entry_is_counted_as_not_reported():
    data = report_input("市民政局")
    supported = {t.id for t in data.tasks if "市民政局" not in t.lead_units}
    data = dataclasses.replace(data, entries=[e for e in data.entries if e.task_id not in supported])
    report = draft_report(data, "half-year", today=DAY)
    opening, counted = _counts(report)
    assert counted == report.figures.tasks + report.figures.supported, opening
    assert "；配合推进的任务尚未报送进展。" in opening and "未启动" not in opening


def test_a_unit_that_only_supports_says_where_its_tasks_stand():
    data = report_input("市民政局")
    data = dataclasses.replace(data, tasks=[t for t in data.tasks if "市民政局" not in t.lead_units])
    report = draft_report(data, "half-year", today=DAY)
    opening, counted = _counts(report)
    assert opening.startswith("我单位配合推进") and counted == report.figures.supported, opening
