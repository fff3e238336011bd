"""Page 1 of the demo's year-end report and of 市民政局's half-year summary says the task count once (m66b): the
lead paragraph gives the result in words, 一、总体情况 the plan's structure and the tasks by their state
(REPORT_WRITING: opening, then the headline) — before, the lead said 「11项任务中已完成2项，正在推进9项」 and
总体情况 said it again, and a landmark said 「将11项任务分解到38个责任单位」 a third time."""

from __future__ import annotations

import datetime as dt
import re

from desktop.reports.documents import draft

TODAY = dt.date(2024, 11, 26)


def _page_one(report) -> tuple[str, str]:
    return report.lead, report.sections[0].blocks[0].text


def _counts(text: str, n: int) -> int:
    return len(re.findall(rf"(?<!\d){n}项", text))


def test_the_city_year_end_report_counts_its_tasks_once(demo):
    report = draft("year-end", demo, 2024, None, today=TODAY)
    lead, overview = _page_one(report)
    n = report.figures.tasks
    assert n == 11
    assert f"明确4大类{n}项工作任务，由38个责任单位分工落实。" in overview
    assert _counts(lead + overview, n) == 1
    status = re.search(r"截至[^，]*，([^。]*)。", overview).group(1)
    assert status.startswith("已完成") and (lead + overview).count(status) == 1
    # the lead: basis, a result in words, 现将…
    assert re.search(r"压实工作责任，各项任务(?:有序推进|全部完成)。现将有关情况报告如下：$", lead)
    assert not re.search(r"\d项", lead)
    # the landmark keeps the document it issued, not the count said just before it
    assert "市委社工部印发《3号建议案办理工作任务分工方案》；" in overview
    assert "分解到38个责任单位" not in overview


def test_a_unit_s_half_year_summary_counts_its_tasks_once(demo):
    report = draft("half-year", demo, 2024, "市民政局", today=dt.date(2024, 6, 28))
    lead, overview = _page_one(report)
    status = re.search(r"截至[^，]*，([^。]*)。", overview).group(1)
    assert status.startswith("牵头的任务") and "；配合推进的任务" in status
    assert (lead + overview).count(status) == 1
    assert _counts(lead + overview, 7) == 1 and _counts(lead + overview, 3) == 1    # 3大类7项…配合推进3项
    assert _counts(lead, 7) == 0 and not re.search(r"\d项", lead)
