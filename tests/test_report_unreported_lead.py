"""A task whose lead unit reported nothing reads, in the office report, as the lead's task not yet reported, the
supporting units' sentences after it (REPORT_WRITING "The unit's own tasks and the tasks it supports"; m62d left
the supporting unit's 「配合…」 sentence standing alone as the task's paragraph)."""

from __future__ import annotations

import datetime as dt

from desktop.reports.draft import draft_report
from desktop.reports.inputs import EntryIn, ReportInput, TaskIn

UNITS = ["区发改局", "区住建局", "区卫健局", "区民政局", "区医保局", "甲街道", "乙街道"]


def _paragraphs(tasks, entries, groups=None):
    data = ReportInput("2025年区《政府工作报告》重点工作任务分工方案", 2025, tasks, entries, units=UNITS,
                       groups=groups or {})
    report = draft_report(data, "half-year", today=dt.date(2025, 7, 3))
    blocks = list(report.blocks())
    return report, {b.sentences[0].text: blocks[i + 1].sentences for i, b in enumerate(blocks)
                    if b.style.startswith("heading") and i + 1 < len(blocks) and blocks[i + 1].style == "body"}


def test_the_lead_s_silence_comes_first_then_the_supporting_unit():
    tasks = [TaskIn(1, "一.1", "1", "推进城建项目入库", "2025-12-31", ["区发改局"], ["区住建局"])]
    entries = [EntryIn(1, 1, "区住建局", "2025-05",
                       progress="配合区发改局做好城建项目入库，上半年城建领域完成投资18.6亿元。")]
    report, paragraphs = _paragraphs(tasks, entries)
    sentences = paragraphs["（一）推进城建项目入库"]
    assert [s.text for s in sentences] == ["区发改局牵头，尚未报送该项任务的进展。",
                                           "区住建局配合区发改局做好城建项目入库，上半年城建领域完成投资18.6亿元。"]
    assert sentences[0].source.unit == "区发改局" and sentences[0].source.field == "status"
    assert sentences[0].source.label() == "区发改局 任务状态"
    assert "尚未启动1项" in report.sections[0].blocks[0].sentences[-1].text


def test_a_routine_supporting_line_and_several_silent_leads():
    tasks = [TaskIn(2, "一.2", "2", "推进家庭医生签约", "2025-12-31", ["区卫健局", "区医保局"], ["区民政局"])]
    entries = [EntryIn(2, 2, "区民政局", "2025-04", progress="配合做好相关工作。")]
    _, paragraphs = _paragraphs(tasks, entries)
    assert [s.text for s in paragraphs["（一）推进家庭医生签约"]] == [
        "区卫健局、区医保局牵头，尚未报送该项任务的进展。", "区民政局按照分工配合推进。"]


def test_a_lead_group_s_members_report_for_it():
    tasks = [TaskIn(3, "二.3", "3", "推进老旧小区改造", "2025-11-30", ["各街道办事处"], ["区住建局"])]
    entries = [EntryIn(3, 3, "甲街道", "2025-05", progress="完成老旧小区改造3个。"),
               EntryIn(4, 3, "区住建局", "2025-05", progress="配合做好技术指导。")]
    _, paragraphs = _paragraphs(tasks, entries, groups={"各街道办事处": ["甲街道", "乙街道"]})
    texts = [s.text for s in paragraphs["（一）推进老旧小区改造"]]
    # a group's task names the member that did the work (ux63 finding 3)
    assert texts[0] == "甲街道完成老旧小区改造3个。" and "尚未报送" not in "".join(texts)
    assert texts[-1] == "区住建局按照分工配合推进。"


def test_the_lead_that_reported_keeps_its_paragraph():
    tasks = [TaskIn(4, "一.4", "4", "推进城建项目入库", "2025-12-31", ["区发改局"], ["区住建局"])]
    entries = [EntryIn(5, 4, "区发改局", "2025-05", progress="城建项目入库42个。"),
               EntryIn(6, 4, "区住建局", "2025-05", progress="配合做好城建项目入库，完成投资18.6亿元。")]
    _, paragraphs = _paragraphs(tasks, entries)
    texts = [s.text for s in paragraphs["（一）推进城建项目入库"]]
    assert texts[0] == "区发改局牵头，城建项目入库42个。" and "尚未报送" not in "".join(texts)
