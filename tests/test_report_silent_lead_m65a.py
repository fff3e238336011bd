"""A lead unit that sent nothing (ux64 finding 5): with 市民政局 silent and the districts reporting, every task read
未启动, every paragraph opened 「市民政局牵头，尚未报送该项任务的进展。」, and tasks 5–7 (no one reported; task 7 due
30 June) vanished from a report that opens 「明确7项工作任务」. Now the task stands at its responsible units'
entries, its paragraph is what they sent, every task of the plan is in the city report, and 导出前请检查 names
the silent leads and the task due with no report."""

from __future__ import annotations

import datetime as dt

from desktop.reports.draft import draft_report
from desktop.reports.inputs import EntryIn, ReportInput, TargetIn, TaskIn
from desktop.reports.wording import tasks_named

DAY = dt.date(2025, 6, 28)
CIVIL = "市民政局"
UNITS = [CIVIL, "市卫健委", "市人社局", "市财政局", "东湖区", "西岭区"]
DISTRICTS = ["东湖区", "西岭区"]


def _tasks(numbers=("1", "2", "3", "4", "5", "6", "7")) -> list[TaskIn]:
    n = iter(numbers)
    return [
        TaskIn(1, "1", next(n), "新建街道养老服务综合体6个", "2025-12-31", [CIVIL], DISTRICTS,
               [TargetIn(11, "街道养老服务综合体", "新建街道养老服务综合体6个", 6, "个")]),
        TaskIn(2, "2", next(n), "完成特殊困难老年人家庭适老化改造1200户", "2025-12-31", [CIVIL], DISTRICTS),
        TaskIn(3, "3", next(n), "新增家庭养老照护床位500张", "2025-12-31", [CIVIL], DISTRICTS,
               [TargetIn(31, "护理型床位占比", "护理型床位占比不低于65%", 65, "%")]),
        TaskIn(4, "4", next(n), "新建老年食堂（助餐点）40个", "2025-12-31", [CIVIL], DISTRICTS),
        TaskIn(5, "5", next(n), "推进医养结合", "2025-12-31", ["市卫健委"], DISTRICTS),
        TaskIn(6, "6", next(n), "培训养老护理员2000人次", "2025-11-30", ["市人社局"], []),
        TaskIn(7, "7", next(n), "出台《江陵市养老服务设施建设补助办法》", "2025-06-30", ["市财政局"], []),
    ]


def _entries() -> list[EntryIn]:
    out: list[EntryIn] = []

    def add(task, unit, month, progress, values=None):
        out.append(EntryIn(len(out) + 1, task, unit, month, progress=progress, values=values or {},
                           submitted_at=f"{month}-27T10:00:00"))

    for month, east, west in (("2025-05", 2, 2), ("2025-06", 2, 3)):
        add(1, "东湖区", month, f"街道养老服务综合体累计建成{east}个。", {11: east})
        add(1, "西岭区", month, f"街道养老服务综合体累计建成{west}个。", {11: west})
    add(2, "东湖区", "2025-06", "完成适老化改造入户评估463户。")
    add(3, "东湖区", "2025-06", "新增家庭养老照护床位132张，其中护理型床位占比64%。", {31: 64})
    add(3, "西岭区", "2025-06", "新增家庭养老照护床位95张，其中护理型床位占比63%。", {31: 63})
    add(4, "西岭区", "2025-06", "新建老年食堂（助餐点）6个。")
    return out


def _report(tasks=None):
    data = ReportInput("江陵市2025年养老服务体系建设重点工作任务分解方案", 2025, tasks or _tasks(), _entries(),
                       units=UNITS)
    return draft_report(data, "half-year", today=DAY)


def _paragraphs(report) -> dict[str, list[str]]:
    blocks = list(report.blocks())
    return {b.sentences[0].text: [s.text for s in blocks[i + 1].sentences] for i, b in enumerate(blocks)
            if b.style.startswith("heading") and i + 1 < len(blocks) and blocks[i + 1].style == "body"}


def test_the_tasks_stand_at_the_districts_status_and_read_as_their_work():
    report = _report()
    text = "".join(s.text for s in report.sentences())
    assert "尚未报送该项任务的进展" not in text
    assert (report.figures.in_progress, report.figures.not_started) == (4, 3)
    assert "截至6月底，正在推进4项，尚未启动3项。" in text
    paragraphs = _paragraphs(report)
    # the districts' figures under the task, the whole with its share, each district named
    # (headed by the work, not its target — one style with a name the clerk gives: ux64 finding 7)
    assert paragraphs["（一）新建街道养老服务综合体"][0] == (
        "截至6月底，新建街道养老服务综合体5个，完成目标（6个）的83%，其中东湖区2个、西岭区3个。")
    assert paragraphs["（四）新建老年食堂（助餐点）"] == ["西岭区新建老年食堂（助餐点）6个。"]
    # a rate several districts report: each its own, said once (not again under the district's name)
    beds = "".join(paragraphs["（三）新增家庭养老照护床位"])
    assert "东湖区、西岭区护理型床位占比分别为64%、63%" in beds and beds.count("64%") == 1


def test_every_task_of_the_plan_is_in_the_city_report():
    report = _report()
    work = next(s for s in report.sections if s.heading.endswith("工作进展"))
    last = work.blocks[-1].sentences
    assert [s.text for s in last] == ["市卫健委、市人社局、市财政局牵头的第5—7项任务尚未报送进展。"]
    assert last[0].source.unit == "市卫健委" and last[0].source.field == "status"


def test_the_checks_name_the_silent_leads_and_the_task_due_with_no_report():
    checks = [c.text for c in _report().checks]
    assert ("市民政局牵头第1—4项任务，1月至6月底没有报送任何进展，报告中这些任务的状态和进展按责任单位的报送写；"
            "请市民政局报送后重新生成。") in checks
    assert ("市财政局牵头第7项任务，1月至6月底没有报送任何进展，报告中尚无报送的任务列在工作进展末尾；"
            "请市财政局报送后重新生成。") in checks
    # due on 30 June, two days after the report: named; task 6 (30 November) is not
    assert [c for c in checks if "尚无任何单位报送进展" in c] == [
        "第7项任务“出台《江陵市养老服务设施建设补助办法》”将于2025年6月30日到期，尚无任何单位报送进展，请向市财政局核实。"]
    # a lead is named once, by the lead check, not again among the units that sent nothing
    assert not any(c.endswith("没有填报任何进展。") and "市民政局" in c for c in checks)


def test_tasks_without_plain_numbers_are_named_by_their_short_names():
    tasks = _tasks(("一.1", "一.2", "一.3", "二.1", "二.2", "二.3", "二.4"))
    assert tasks_named(tasks[4:6], tasks) == "“推进医养结合”、“培训养老护理员”任务"
    plain = _tasks()
    assert tasks_named([plain[0], plain[2], plain[4], plain[5], plain[6]], plain) == "第1、3、5—7项任务"
    assert tasks_named(plain[4:6], plain) == "第5、6项任务"
