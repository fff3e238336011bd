"""A district named only through a group (西岭区 under 各区人民政府) carries out the tasks given to the group: its
dashboard counts them as its own, each at its own part's status, and shows a bar for each of their indicators, its
own figure against the plan's whole target as its share of it (「300/2000户（占方案目标15%）」, as its report says
「占方案目标（2000户）的15%」) — before (m66b) they were 配合推进 and no bar was drawn. A department beside the lead
still only supports."""

from __future__ import annotations

import dataclasses

from helpers_ui import make_workspace, sample_plan, task_id, unit

from desktop.core import progress
from desktop.core.model import Unit
from desktop.store import dashboard, entries


def _plan(tmp_path):
    plan = sample_plan()
    units = [u for u in plan.units if u.name != "各区人民政府"]
    units += [Unit("西岭区"), Unit("东湖区"), Unit("各区人民政府", is_group=True, members=["西岭区", "东湖区"])]
    ws, plan_id = make_workspace(tmp_path / "w.sqlite", dataclasses.replace(plan, units=units))
    west = unit(ws, plan_id, "西岭区")
    t3 = task_id(ws, plan_id, "二.二.3")
    target = ws.conn.execute("SELECT id FROM targets WHERE task_id = ?", (t3,)).fetchone()[0]
    entries.save_entry(ws, t3, west, "2024-05", progress="完成适老化改造300户。", values={int(target): 300})
    entries.submit_month(ws, west, "2024-05")
    return ws, plan_id


def test_the_rule_a_district_under_a_group_of_governments_carries_out():
    groups = {"各区人民政府": ["西岭区"], "领导小组各成员单位": ["市卫健委"]}
    assert progress.carries_out("西岭区", ["市住房和城市更新局"], ["各区人民政府", "市残联"], groups)
    assert not progress.carries_out("市残联", ["市住房和城市更新局"], ["各区人民政府", "市残联"], groups)
    # a department in the leading group's members supports: 领导小组各成员单位 is no group of governments
    assert not progress.carries_out("市卫健委", ["市民政局"], ["领导小组各成员单位"], groups)
    assert not progress.carries_out("西岭区", ["西岭区"], [], groups)               # it leads


def test_the_district_s_tasks_are_its_own(tmp_path):
    ws, plan_id = _plan(tmp_path)
    scope = [unit(ws, plan_id, "西岭区"), unit(ws, plan_id, "各区人民政府")]
    t3 = task_id(ws, plan_id, "二.二.3")
    assert dashboard.scoped_tasks(ws, plan_id, scope, own=True) == [t3]
    assert dashboard.supported_count(ws, plan_id, scope) == 0
    disabled = unit(ws, plan_id, "市残联")                       # named itself beside the lead: supports
    assert dashboard.supported_count(ws, plan_id, [disabled]) == 1


def test_a_carried_task_stands_at_the_district_s_own_status_as_in_its_report(tmp_path):
    ws, plan_id = _plan(tmp_path)
    housing = unit(ws, plan_id, "市住房和城市更新局")             # the lead closes the task city-wide
    entries.save_entry(ws, task_id(ws, plan_id, "二.二.3"), housing, "2024-05", status="done")
    entries.submit_month(ws, housing, "2024-05")
    assert dashboard.status_counts(ws, plan_id)["done"] == 1
    scope = [unit(ws, plan_id, "西岭区"), unit(ws, plan_id, "各区人民政府")]
    assert dashboard.status_counts(ws, plan_id, scope) == {"not_started": 0, "in_progress": 1, "done": 0, "late": 0}


def test_the_district_s_dashboard_shows_its_share_of_the_plan_s_target(qtbot, tmp_path):
    from helpers_ui import FakePrompts, open_window

    ws, _plan_id = _plan(tmp_path)
    path = ws.path
    ws.close()
    window = open_window(qtbot, path, FakePrompts(), role="unit", unit_name="西岭区", as_of="2024-06-10")
    page = window.dashboard
    page.reload()
    assert "本单位共 1 项任务" in page.ui.headlineLabel.text()
    assert "配合推进" not in page.ui.headlineLabel.text()
    assert len(page.chart.bars) == 1
    label, ratio, note = page.chart.bars[0]
    assert label.startswith("二.二.3 ") and "适老化改造" in label
    assert ratio == 300 / 2000
    assert note == "300/2000户（占方案目标15%）"
