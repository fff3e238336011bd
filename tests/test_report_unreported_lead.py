"""A task whose lead unit reported nothing at all is written, in the office report, from what its responsible
units sent — each named, no 「…牵头，尚未报送该项任务的进展。」 opening — and stands at their status (ux64 finding 5:
with the lead silent every task read 未启动 and every paragraph opened with the lead's silence); the checks before
export name the lead. A lead that reported keeps its paragraph and its status (REPORT_WRITING "The unit's own
tasks and the tasks it supports")."""

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


def test_the_supporting_unit_s_work_is_the_paragraph_and_the_check_names_the_lead():
    tasks = [TaskIn(1, "一.1", "1", "推进城建项目入库", "2025-12-31", ["区发改局"], ["区住建局"])]
    entries = [EntryIn(1, 1, "区住建局", "2025-05",
                       progress="配合区发改局做好城建项目入库，上半年城建领域完成投资18.6亿元。")]
    report, paragraphs = _paragraphs(tasks, entries)
    sentences = paragraphs["（一）推进城建项目入库"]
    assert [s.text for s in sentences] == ["区住建局配合区发改局做好城建项目入库，上半年城建领域完成投资18.6亿元。"]
    assert sentences[0].source.unit == "区住建局" and sentences[0].source.field == "progress"
    assert "正在推进1项" in report.sections[0].blocks[0].sentences[-1].text
    assert "尚未启动" not in report.sections[0].blocks[0].sentences[-1].text
    assert ("区发改局牵头第1项任务，1月至5月底没有报送任何进展，报告中这些任务的状态和进展按责任单位的报送写；"
            "请区发改局报送后重新生成。") in [c.text for c in report.checks]


def test_a_routine_supporting_line_and_several_silent_leads():
    tasks = [TaskIn(2, "一.2", "2", "推进家庭医生签约", "2025-12-31", ["区卫健局", "区医保局"], ["区民政局"])]
    entries = [EntryIn(2, 2, "区民政局", "2025-04", progress="配合做好相关工作。")]
    report, paragraphs = _paragraphs(tasks, entries)
    assert [s.text for s in paragraphs["（一）推进家庭医生签约"]] == ["区民政局配合做好相关工作。"]
    checks = [c.text for c in report.checks]
    assert [c[:12] for c in checks if "牵头第2项任务" in c] == ["区卫健局牵头第2项任务，", "区医保局牵头第2项任务，"]


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
