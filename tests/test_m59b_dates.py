"""ux58 findings 6, 11, 9 and 7 (helper m59b): the dates and names a clerk meets in the review and on the 工作台."""
from __future__ import annotations

from desktop.core.parse import parse_text

# ux58's plan A in its shape: a body whose 工作步骤 are phases, the tasks in the attached table
_PLAN_A = """文成县人民政府办公室关于印发某县“三边三化”专项整治三年行动方案（2024—2026年）的通知
文政办发〔2024〕9号
各乡镇人民政府，县政府直属各单位：
《某县“三边三化”专项整治三年行动方案（2024—2026年）》已经县政府同意，现印发给你们，请认真抓好贯彻落实。
某县人民政府办公室
2024年3月12日
某县“三边三化”专项整治三年行动方案（2024—2026年）
为全面提升“三边”区域环境品质，制定本行动方案。
一、主要任务
重点整治“三边”区域内乱搭乱建、乱堆乱放等问题，具体任务见附表。
二、工作步骤
（一）排查摸底阶段（2024年3月—4月）。各乡镇、各有关单位全面排查“三边”区域问题，建立问题清单，于4月30日前报县“三边三化”办。
（二）集中整治阶段（2024年5月—2025年12月）。按照任务清单逐项销号。
（三）巩固提升阶段（2026年1月—12月）。开展“回头看”，建立长效管理机制。
附表
某县“三边三化”专项整治三年行动任务清单
序号\t工作任务\t牵头单位\t配合单位\t完成时限
1\t开展县级以上公路沿线违法建（构）筑物清理，三年拆除违法建筑面积不少于5万平方米\t县综合行政执法局\t县交通运输局\t2025年12月底
2\t清理公路路域范围内生活垃圾、建筑垃圾和乱堆乱放，公路沿线垃圾清理率达到100%\t县交通运输局\t县综合行政执法局\t2024年12月底
3\t规范非公路标志标牌（含广告牌），拆除违规广告牌200块以上\t县交通运输局\t县市场监管局\t2024年10月底
"""


def test_no_warning_about_a_phase_the_table_replaced() -> None:
    """Finding 6: 「任务 三.一 的时限“4月30日前”没有写年份，已按 2026 年处理」 named a body item the 附表 took the place
    of: no row of the review has that number, so no warning may name it."""
    plan = parse_text(_PLAN_A)
    keys = {t.key for t in plan.tasks}
    assert keys == {"1", "2", "3"}
    assert not [w for w in plan.warnings if w.startswith("任务 ") and w.split()[1].split("的")[0] not in keys]
    assert not [w for w in plan.warnings if "4月30日" in w or "2026 年处理" in w]
    stage = next(p for p in plan.phases if p.name == "排查摸底阶段")
    assert stage.end == "2024-04"


_PHASE_TASKS = """某县专项整治三年行动方案（2024—2026年）
一、工作步骤
（一）排查摸底阶段（2024年3月—4月）。各乡镇全面排查问题，建立问题清单，于4月30日前报县住建局。（责任单位：县住建局）
（二）集中整治阶段（2024年5月—2025年12月）。按照任务清单逐项销号，6月底前完成一批。（责任单位：县交通局）
（三）巩固提升阶段（2026年1月—12月）。开展“回头看”，10月底前建立长效管理机制。（责任单位：县财政局）
"""


def test_a_yearless_date_in_a_phase_takes_the_phases_year() -> None:
    """A date with no year inside a phase that names its year takes that year, without a warning to check (main
    put all three in 2026, the plan's last year, 6月 outside its own phase, each with a warning)."""
    plan = parse_text(_PHASE_TASKS)
    got = {t.key: t.deadline for t in plan.tasks}
    assert got["一.一"] == "2024-04-30"
    assert got["一.二"] == "2025-12-31"          # (the phase's end over the step due in it)
    assert got["一.三"] == "2026-12-31"
    assert not [w for w in plan.warnings if "没有写年份" in w]


# -- finding 11: no month chased that fell due within a week of the plan's issue ------------------------------

STREET_28 = "各责任单位每月28日前将工作进展报街道党政办，7月5日前报送半年工作小结，12月10日前报送全年工作总结"


def test_a_month_due_within_a_week_of_the_issue_is_owed_by_no_one() -> None:
    from desktop.core import progress

    by_28 = progress.DueRule(28, True)
    assert progress.owed_from_issue("2024-02-26", by_28) == "2024-03"     # due two days after (ux58 plan B)
    assert progress.owed_from_issue("2024-02-21", by_28) == "2024-02"     # due a week after: owed
    assert progress.owed_from_issue("2024-02-26", progress.DueRule(1, True)) == "2024-04"   # 1 March: 4 days
    assert progress.owed_from_issue("2024-02-26") == "2024-02"            # by 5 March: 8 days, owed


def test_the_grid_the_chase_list_and_the_reports_agree_on_march(tmp_path) -> None:
    from datetime import date

    from helpers_ui import make_workspace, sample_plan, unit

    from desktop.core import progress
    from desktop.core.model import Duty
    from desktop.reports.data import load_input
    from desktop.store import dashboard

    plan = sample_plan()
    plan.date = "2024-02-26"
    plan.duties = [Duty("other", None, "month", STREET_28)]
    ws, plan_id = make_workspace(tmp_path / "w.sqlite", plan)
    with ws.transaction():
        ws.conn.execute("UPDATE plans SET imported_at = '2024-02-27T09:00:00' WHERE id = ?", (plan_id,))
    day = date(2024, 5, 10)
    ws.set_setting("as_of", day.isoformat())
    rule = dashboard.due_rule(ws, plan_id)
    assert rule == progress.DueRule(28, True)
    months = ["2024-02", "2024-03", "2024-04", "2024-05"]
    grid = dashboard.submission_grid(ws, plan_id, months, day)
    civil = unit(ws, plan_id, "市民政局")
    assert grid.first == "2024-03"
    assert grid.state(civil, "2024-02") == dashboard.NOT_DUE and grid.before_use("2024-02")   # 「—」, not ✗
    assert grid.state(civil, "2024-03") == dashboard.MISSING
    assert dashboard.late_units(grid, "2024-02") == []
    assert any(u["id"] == civil for u in dashboard.late_units(grid, "2024-03"))
    data = load_input(ws, 2024)
    assert data.first_month == "2024-03"


# -- finding 9: a task's indicators named so they read apart ------------------------------------------------------

_PLAN_C = """重庆市推动城市更新提质行动计划（2024—2027年）
二、重点任务
（一）实施老旧小区改造。
1.全面推进城镇老旧小区改造。2024年完成改造1500个小区，到2027年，累计改造老旧小区达到8000个，改造完成率达到100%。（责任单位：市住房城乡建委，各区县政府）
2.建设完整社区。建成完整社区试点200个，完整社区覆盖率达到60%以上。（责任单位：市住房城乡建委）
"""


def test_the_indicators_of_one_task_read_apart() -> None:
    from desktop.core.review_corrections import target_words

    plan = parse_text(_PLAN_C)
    first, second = plan.tasks
    names = [t.subject for t in first.targets]
    assert [t.value for t in first.targets] == [1500, 8000, 100]
    # (main: 小区 / 老旧小区 / 完成率 — one inside another, a rate of nothing)
    assert names == ["完成改造小区", "老旧小区", "改造完成率"]
    assert not [a for a in names for b in names if a != b and a in b]
    assert [target_words(t) for t in first.targets] == [
        "完成改造小区 1500个", "老旧小区 不少于8000个", "改造完成率 不少于100%"]
    assert [t.subject for t in second.targets] == ["完整社区试点", "完整社区覆盖率"]     # (long enough: as read)


def test_a_lone_indicator_keeps_its_name() -> None:
    from desktop.core.model import Target
    from desktop.core.target_names import clause_name, name_apart

    one = [Target("新建500张床位", 500, "张", None, None, "床位")]
    name_apart(one)
    assert one[0].subject == "床位"
    assert clause_name(Target("到2025年底前，护理型床位占比不低于75%", 75, "%", ">=", None, "占比")) == "护理型床位占比"


def test_listed_figures_keep_their_own_short_names() -> None:
    """Short names that are no rate and lie in no other name read apart already: 「新建口袋公园3个、广场2个」."""
    from desktop.core.model import Target
    from desktop.core.target_names import name_apart

    listed = [Target("建成口袋公园3个、广场2个、驿站4个", 3, "个", None, None, "口袋公园"),
              Target("建成口袋公园3个、广场2个、驿站4个", 2, "个", None, None, "广场"),
              Target("建成口袋公园3个、广场2个、驿站4个", 4, "个", None, None, "驿站")]
    name_apart(listed)
    assert [t.subject for t in listed] == ["口袋公园", "广场", "驿站"]
    rates = [Target("全市100个社区覆盖率达到90%", 90, "%", ">=", None, "覆盖率"),
             Target("新建社区食堂20个", 20, "个", None, None, "社区食堂")]
    name_apart(rates)
    assert rates[0].subject == "覆盖率"           # (its clause holds another figure: left as read)
