"""Small hand-built plans for store tests, independent of the parser."""

from __future__ import annotations

from desktop.core.model import Duty, Heading, ParsedPlan, Phase, Target, Task, Unit


def sample_plan(*, task3_title: str = "推进老年食堂建设", with_task4: bool = True) -> ParsedPlan:
    tasks = [
        Task(path=["二", "一"], number="1", title="凝聚社会共识", text="凝聚社会共识。加强调研。",
             lead_units=["市民政局", "市残联"], responsible_units=["领导小组各成员单位"],
             source="(牵头单位:市民政局,市残联;责任单位:领导小组各成员单位)"),
        Task(path=["二", "一"], number="2", title="完善医养结合",
             text="完善医养结合。到2024年底医养结合率达到90%以上。",
             lead_units=["市卫健委"], responsible_units=["市医疗保障局", "各区人民政府"],
             targets=[Target("医养结合率达到90%以上", 90, "%", ">=", "2024-12-31", "医养结合率")]),
        Task(path=["二", "二"], number="3", title=task3_title, text=f"{task3_title}。新建老年食堂100个。",
             lead_units=["市民政局"], responsible_units=["市卫生健康委"],
             targets=[Target("新建老年食堂100个", 100, "个", None, None, "老年食堂")]),
    ]
    if with_task4:
        tasks.append(Task(path=["二", "二"], number="4", title="提供数字化服务", text="提供数字化服务。",
                          lead_units=["市数据局"], responsible_units=["市民政局"]))
    return ParsedPlan(
        title="测试工作方案", doc_number="测政办〔2024〕1号", issuer="测试市人民政府办公厅",
        date="2024-03-01",
        headings=[Heading(1, [], "二", "工作任务"), Heading(2, ["二"], "一", "健全机制"),
                  Heading(2, ["二"], "二", "提升服务")],
        tasks=tasks,
        plan_targets=[Target("护理型床位占比不低于60%", 60, "%", ">=", "2025-12-31", "护理型床位占比")],
        phases=[Phase("动员部署阶段", "2024-01", "2024-03")],
        duties=[Duty("half_year_summary", "2024-06-30", None, "6月底前报送半年工作小结"),
                Duty("monthly_info", None, "month", "每月报送信息1篇以上")],
        units=[Unit("市民政局"), Unit("市残联"), Unit("领导小组各成员单位", is_group=True,
                                                  members=["市民政局", "市卫健委", "市数据局"]),
               Unit("市卫健委", aliases=["市卫生健康委"]), Unit("市医疗保障局", aliases=["市医保局"]),
               Unit("各区人民政府", note="含开发区、长江新区、风景区管委会，下同", is_group=True),
               Unit("市数据局")],
        warnings=["任务4未写明数量目标"],
        source_text="测试工作方案全文" + task3_title + ("任务4" if with_task4 else ""),
    )
