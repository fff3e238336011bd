"""The hand-built plan of the exchange benchmark and the exchange tests: ``make_plan`` (every
task given to the group of all ``n`` districts), ``unit_names`` and ``month_payload`` (one
unit's month as a submission package carries it). No parser, no Qt."""

from __future__ import annotations

from typing import Any

from desktop.core.model import Duty, Heading, ParsedPlan, Phase, Target, Task, Unit

TASKS = 10
MONTH = "2024-05"


def unit_names(n_units: int) -> list[str]:
    return [f"测试区{i:04d}人民政府" for i in range(1, n_units + 1)]


def make_plan(n_units: int = 3, *, title: str = "测试市养老服务工作方案",
              doc_number: str = "测政办〔2024〕1号", tasks: int = TASKS) -> ParsedPlan:
    """A plan whose every task names the group of all ``n_units`` districts."""
    names = unit_names(n_units)
    task_list = []
    for i in range(1, tasks + 1):
        section = "一" if i <= tasks // 2 else "二"
        targets = [Target(f"新建服务站{i * 10}个", i * 10, "个", ">=", "2024-12-31", "服务站")]
        if i % 3 == 0:
            targets.append(Target("覆盖率不低于80%", 80, "%", ">=", None, "覆盖率"))
        task_list.append(Task(path=["二", section], number=str(i), title=f"重点任务{i}",
                              text=f"重点任务{i}。新建服务站{i * 10}个。", lead_units=["市民政局"],
                              responsible_units=["各区人民政府"], targets=targets,
                              source="（牵头单位：市民政局；责任单位：各区人民政府）"))
    return ParsedPlan(
        title=title, doc_number=doc_number, issuer="测试市人民政府办公厅", date="2024-03-01",
        headings=[Heading(1, [], "二", "工作任务"), Heading(2, ["二"], "一", "健全机制"),
                  Heading(2, ["二"], "二", "提升服务")],
        tasks=task_list,
        plan_targets=[Target("护理型床位占比不低于60%", 60, "%", ">=", "2025-12-31", "护理型床位占比")],
        phases=[Phase("动员部署阶段", "2024-01", "2024-03"), Phase("办理落实阶段", "2024-04", "2024-09")],
        duties=[Duty("monthly_info", None, "month", "每月报送信息1篇以上"),
                Duty("half_year_summary", "2024-06-30", None, "6月底前报送半年工作小结")],
        units=[Unit("市民政局", aliases=["民政局"]),
               Unit("各区人民政府", note="含开发区", is_group=True, members=names),
               *[Unit(name) for name in names]],
        warnings=[], source_text=f"{title}全文（{n_units}个区）")


def month_payload(plan: ParsedPlan, month: str = MONTH, revision: int = 1, note: str = "") -> dict[str, Any]:
    """One unit's month as a submission carries it: every task, a value per target, one article."""
    entries = []
    for task in plan.tasks:
        entries.append({
            "task": task.key, "task_title": task.title, "status": "in_progress",
            "progress": f"{task.title}：本月完成调研{note}", "problems": "资金不足", "next_steps": "继续推进",
            "revision": revision, "submitted_at": f"{month}-28T10:00:00",
            "values": [{"task": task.key, "position": p, "text": t.text, "value": float(p + 1) * 3}
                       for p, t in enumerate(task.targets)], "attachments": []})
    return {"month": month, "revision": revision, "entries": entries,
            "articles": [{"title": f"{month}工作信息", "body": "本月推进情况。", "author": "张三", "reviewer": "李四",
                          "date": f"{month}-28", "revision": revision}]}
