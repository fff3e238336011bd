"""rv71b findings 2, 4, 6: a problem solved in the period leaves 存在问题; the city report's closing names the
tasks no one reported on by the plan's numbers (Chinese numerals too) and, past six, says how many; a unit that
leads some tasks and carries others counts each apart, and a task it only carries is never 尚未启动."""

from __future__ import annotations

import datetime as dt

from desktop.core.progress import cn_number
from desktop.reports.draft import draft_report
from desktop.reports.inputs import EntryIn, ReportInput, TaskIn
from desktop.reports.wording import tasks_named

DAY = dt.date(2019, 7, 20)
PLAN = "关于对真抓实干成效明显地方进一步加大激励支持力度的通知"
NDRC = "国家发展改革委"
OTHERS = ["财政部", "自然资源部", "生态环境部"]


def _task(n: int, leads, others=()) -> TaskIn:
    return TaskIn(n, cn_number(n), cn_number(n), f"对第{n}类工作成效明显的地方给予激励", "2019-12-31",
                  list(leads), list(others), [], path=[])


def _entry(i, task, month, progress, problems="", unit=NDRC):
    return EntryIn(i, task, unit, month, "in_progress", progress, problems, submitted_at=f"{month}-28")


def _text(report, title=None):
    return "\n".join(b.text for s in report.sections if title is None or title in s.heading for b in s.blocks)


def _unit_report(entries, tasks=None, day=DAY):
    # 牵头 三 tasks; 7 more name no lead, the unit among their responsible units (承担); the others are not its own
    carried = (3, 4, 7, 14, 23, 24, 26)
    tasks = tasks or [_task(n, [NDRC] if n in (16, 17, 18) else [] if n in carried else [OTHERS[n % 3]],
                            [NDRC, "财政部"] if n in carried else []) for n in range(1, 31)]
    data = ReportInput(PLAN, 2019, tasks, entries, unit=NDRC, office_name="国务院办公厅", units=[NDRC, *OTHERS])
    return draft_report(data, "half-year", today=day)


def test_a_problem_solved_in_the_period_is_not_in_the_problems():
    # reported January to March, then no more: solved (April says so); the last three months are March to May
    entries = [_entry(10 + m, 16, f"2019-0{m}", "开展评估。", "部分地方材料报送不及时。") for m in (1, 2, 3)]
    entries += [_entry(2, 16, "2019-04", "材料报送问题已解决，完成评估。"),
               _entry(3, 16, "2019-05", "印发激励措施。"),
               _entry(4, 18, "2019-04", "推进集群建设。", "集群认定标准尚不统一。"),
               _entry(5, 18, "2019-05", "推进集群建设。", "集群认定标准尚不统一。")]
    problems = _text(_unit_report(entries, day=dt.date(2019, 6, 20)), "存在问题")
    assert "集群认定标准尚不统一" in problems
    assert "材料报送不及时" not in problems


def test_a_unit_counts_led_and_carried_tasks_apart():
    entries = [_entry(1, 16, "2019-05", "印发激励措施。"), _entry(2, 18, "2019-05", "推进集群建设。"),
               _entry(3, 24, "2019-05", "配合开展评估。")]
    overview = _text(_unit_report(entries), "总体情况")
    assert "牵头的3项中正在推进2项、尚未启动1项；承担的7项中正在推进1项，另有6项尚未报送进展" in overview, overview
    assert "尚未启动7项" not in overview


def test_the_closing_names_chinese_numbered_tasks_and_counts_past_six():
    tasks = [_task(n, [OTHERS[n % 3]]) for n in range(1, 31)]
    assert tasks_named([tasks[2], tasks[3], tasks[6]], tasks) == "第三、四、七项任务"
    assert tasks_named(tasks[:15], tasks) == "第一至十五项任务"
    assert tasks_named([tasks[0], tasks[1], tasks[4]], tasks) == "第一、二、五项任务"
    entries = [EntryIn(i, n, OTHERS[n % 3], "2019-05", "in_progress", "推进落实。", submitted_at="2019-05-28")
               for i, n in enumerate(range(1, 4), 1)]
    data = ReportInput(PLAN, 2019, tasks, entries, unit=None, office_name="国务院办公厅", units=OTHERS)
    text = _text(draft_report(data, "half-year", today=DAY))
    assert "其余27项任务尚未报送进展。" in text, text
    assert "”、“" not in text
    few = [EntryIn(i, n, OTHERS[n % 3], "2019-05", "in_progress", "推进落实。", submitted_at="2019-05-28")
           for i, n in enumerate(range(1, 26), 1)]
    data = ReportInput(PLAN, 2019, tasks, few, unit=None, office_name="国务院办公厅", units=OTHERS)
    closing = [line for line in _text(draft_report(data, "half-year", today=DAY)).splitlines()
               if line.endswith("尚未报送进展。")]
    assert len(closing) == 1 and "的第二十六至三十项任务尚未报送进展。" in closing[0], closing
