"""「我单位牵头…」 only where the unit leads (rv70b finding 2: 区水务局 「牵头」 30 tasks of a plan that names only
责任单位); otherwise 承担, and 「牵头N项工作任务，承担M项」 where it leads some."""

from __future__ import annotations

import datetime as dt
import re

from desktop.reports.draft import draft_report
from desktop.reports.inputs import EntryIn, ReportInput, TaskIn

DAY = dt.date(2025, 6, 30)
PLAN = "嘉定区系统化全域推进海绵城市建设的实施方案"
WATER = "区水务局"

def _task(tid, title, text="", short="", leads=(), others=(WATER,), path=("附件",)):
    return TaskIn(tid, ".".join(path) + f".{tid}", str(tid), title, "2025-12-31", list(leads), list(others), [],
                  group="", short_name=short, text=text or title, path=list(path))


def _report(tasks, entries):
    data = ReportInput(PLAN, 2025, tasks, entries, unit=WATER, office_name="嘉定区海绵城市建设领导小组办公室",
                       units=[WATER])
    return draft_report(data, "half-year", today=DAY)


def _entries(task_ids):
    return [EntryIn(i, tid, WATER, f"2025-0{m}", "in_progress", f"{m}月推进第{tid}项工作，完成排查{m * 10}处。",
                    submitted_at=f"2025-0{m}-28") for i, (tid, m) in
            enumerate(((t, m) for t in task_ids for m in (3, 4, 5)), 1)]


def _text(report):
    return "\n".join(b.text for s in report.sections for b in s.blocks)


def test_a_unit_named_only_as_responsible_does_not_lead():
    tasks = [_task(1, "推进河湖水系生态治理", path=("二", "五")), _task(2, "推进排水设施提质增效", path=("二", "六"))]
    overview = _text(_report(tasks, _entries([1, 2])))
    assert "我单位牵头" not in overview
    assert f"我单位承担《{PLAN}》" in overview


def test_a_unit_that_leads_says_so_and_what_it_only_carries():
    tasks = [_task(1, "推进河湖水系生态治理", leads=(WATER,), others=("区建设管理委",), path=("二", "五")),
             _task(2, "推进排水设施提质增效", path=("二", "六"))]
    overview = _text(_report(tasks, _entries([1, 2])))
    assert re.search(rf"我单位牵头《{PLAN}》1项工作任务，承担1项", overview), overview
    led = [_task(1, "推进河湖水系生态治理", leads=(WATER,), others=("区建设管理委",), path=("二", "五"))]
    assert f"我单位牵头《{PLAN}》" in _text(_report(led, _entries([1])))


def test_the_city_report_does_not_call_responsible_units_leads():
    tasks = [_task(1, "推进河湖水系生态治理", path=("二", "五")),
             _task(2, "推进排水设施提质增效", others=("区建设管理委",), path=("二", "六")),
             _task(3, "强化规划管控", leads=("区规划资源局",), others=("区建设管理委",), path=("二", "一"))]
    data = ReportInput(PLAN, 2025, tasks, _entries([1]), unit=None, office_name="嘉定区海绵城市建设领导小组办公室",
                       units=[WATER, "区建设管理委", "区规划资源局"])
    text = _text(draft_report(data, "half-year", today=DAY))
    assert "区建设管理委牵头" not in text and "区建设管理委、区规划资源局牵头" not in text, text
    assert "区规划资源局牵头的" in text and "区建设管理委负责的" in text, text
