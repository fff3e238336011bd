"""A small hand-made workspace for the report tests: two units, four tasks, a year of entries."""

from __future__ import annotations

from desktop.reports.inputs import ArticleIn, EntryIn, ReportInput, TargetIn, TaskIn

PLAN = "市政协十四届三次会议3号建议案办理工作方案"
UNITS = ["市民政局", "市住房和城市更新局"]
MECHANISM = "健全适老化工作机制"


def tasks() -> list[TaskIn]:
    return [
        TaskIn(1, "二.一.1", "1", "凝聚社会共识", "2024-12-31", ["市民政局"], ["市住房和城市更新局"],
               group=MECHANISM),
        TaskIn(2, "二.一.3", "3", "建立联动机制", "2024-06-30", ["市民政局"], [], group=MECHANISM),
        TaskIn(3, "二.二.6", "6", "完善设施配套", "2024-11-30", ["市住房和城市更新局"], ["市民政局"],
               [TargetIn(31, "既有住宅加装电梯", "完成既有住宅加装电梯不少于300部", 300, "部", ">=",
                         "2024-12-31")], group="加快推进适老化建设"),
        TaskIn(4, "二.三.9", "9", "发展老年助餐", "2024-12-31", ["市民政局"], [],
               [TargetIn(41, "老年食堂", "新建老年食堂不少于100个", 100, "个", ">=", "2024-12-31"),
                TargetIn(42, "助餐服务覆盖率", "助餐服务覆盖率不低于80%", 80, "%", ">=", "2024-12-31")],
               group="提升适老化服务水平"),
    ]


def _entry(i, task, unit, month, **kw) -> EntryIn:
    kw.setdefault("submitted_at", f"2024-{month + 1:02d}-03T09:00:00" if month < 12 else "2025-01-03T09:00:00")
    return EntryIn(i, task, unit, f"2024-{month:02d}", **kw)


def entries() -> list[EntryIn]:
    out = []
    n = 100
    for month in range(1, 12):
        n += 1
        out.append(_entry(n, 1, "市民政局", month, status="in_progress",
                          progress=(f"{month}月，召开专题会议研究部署凝聚社会共识工作。" if month % 3 == 1
                                    else f"{month}月，在{month}个社区开展适老化宣传，发放资料{month * 100}份。"),
                          problems="部分社区宣传覆盖不足。" if month < 4 else "",
                          next_steps="加强宣传引导，扩大覆盖面。"))
        n += 1
        out.append(_entry(n, 2, "市民政局", month, status="done" if month >= 5 else "in_progress",
                          progress="建立研究、调度、督办协调机制。" if month == 2 else
                          f"{month}月，召开联席会议1次，协调解决重大问题。",
                          next_steps=""))
        n += 1
        out.append(_entry(n, 3, "市民政局", month, status="late" if month in (5, 6) else "in_progress",
                          progress=f"{month}月，配合推进加装电梯工作。累计完成既有住宅加装电梯{month * 10}部。",
                          values={31: month * 10},
                          problems="部分区配套资金到位较慢，影响项目推进进度；居民意见不一，协调难度大。",
                          next_steps="加快资金拨付进度。"))
        n += 1
        out.append(_entry(n, 3, "市住房和城市更新局", month, status="in_progress",
                          progress=f"{month}月，牵头推进既有住宅加装电梯，新开工项目{month}个。",
                          values={31: month * 15},
                          problems="部分区配套资金到位较慢，影响项目推进进度。",
                          next_steps="加强督办，确保年度目标完成。",
                          submitted_at=f"2024-{month + 1:02d}-{9 if month == 3 else 4:02d}T10:00:00"))
        n += 1
        out.append(_entry(n, 4, "市民政局", month, status="in_progress" if month < 11 else "done",
                          progress=f"{month}月，新建老年食堂{month}个，累计建成老年食堂{month * 9}个。",
                          values={41: month * 9, 42: 40 + month * 4},
                          next_steps="推动老年食堂可持续运营。"))
    return out


def articles() -> list[ArticleIn]:
    return [
        ArticleIn(1, "市民政局", "2024-06", "扎实推进老年助餐服务",
                  "6月以来，市民政局围绕3号建议案办理，新建老年食堂6个。\n"
                  "下一步，将进一步压实工作责任，确保任务按时完成。",
                  author="王晓丽", reviewer="李处长", date="2024-06-25"),
        ArticleIn(2, "市民政局", "2024-06", "市民政局召开适老化改造推进会",
                  "6月20日，市民政局召开推进会，部署下半年工作。&<测试>",
                  author="王晓丽", reviewer="李处长", date="2024-06-28"),
        ArticleIn(3, "市住房和城市更新局", "2024-06", "市住房和城市更新局加快加装电梯",
                  "6月，新开工加装电梯项目6个。", author="李建国", reviewer="张科长", date="2024-06-27"),
    ]


def report_input(unit: str | None = "市民政局", year: int = 2024) -> ReportInput:
    all_tasks = tasks()
    all_entries = entries()
    if unit:
        all_tasks = [t for t in all_tasks if unit in t.lead_units + t.responsible_units]
        all_entries = [e for e in all_entries if e.unit == unit]
    return ReportInput(
        plan_title=PLAN, year=year, tasks=all_tasks, entries=all_entries,
        articles=[a for a in articles() if unit is None or a.unit == unit],
        units=list(UNITS), unit=unit, office_name="3号建议案办理工作领导小组办公室",
        liaisons={"市民政局": ("王晓丽", "027-85726301"),
                  "市住房和城市更新局": ("李建国", "027-85618852"),
                  "3号建议案办理工作领导小组办公室": ("黄志明", "027-85726300")})


def task_in(targets=(), **kw) -> TaskIn:
    """One task of 市民政局's (or ``lead_units``), with ``targets``, for a report of its own."""
    kw.setdefault("lead_units", ["市民政局"])
    return TaskIn(1, "二.一.1", "1", kw.pop("title", "实施积极应对人口老龄化国家战略，推动养老服务立法"),
                  "2024-12-31", targets=list(targets), **kw)


def entries_in(rows, task_id=1, unit="市民政局") -> list[EntryIn]:
    """Entries of 2024 from ``(month, fields)`` rows."""
    return [EntryIn(i, task_id, unit, f"2024-{m:02d}", status=kw.pop("status", "in_progress"), **kw)
            for i, (m, kw) in enumerate(rows, 1)]


def section(report, word):
    """The report's section whose heading has ``word``."""
    return next(s for s in report.sections if word in s.heading)
