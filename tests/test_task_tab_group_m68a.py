"""The 任务 tab of a district that carries a task under its group (西岭区 under 各区人民政府, m68a): the task stands at
the district's OWN part's status there, as on its dashboard (m66b) — not 已完成 because the lead unit finished its part
while the district has reported nothing. The office's tab keeps the lead's status."""

from __future__ import annotations

import dataclasses
from datetime import date

from helpers_ui import FakePrompts, make_workspace, open_window, sample_plan, task_id, unit

from desktop.core.model import Unit
from desktop.store import dashboard, entries


def _plan(tmp_path):
    plan = sample_plan()
    units = [u for u in plan.units if u.name != "各区人民政府"]
    units += [Unit("西岭区"), Unit("东湖区"), Unit("各区人民政府", is_group=True, members=["西岭区", "东湖区"])]
    ws, plan_id = make_workspace(tmp_path / "w.sqlite", dataclasses.replace(plan, units=units))
    housing = unit(ws, plan_id, "市住房和城市更新局")             # the lead closes the task city-wide
    entries.save_entry(ws, task_id(ws, plan_id, "二.二.3"), housing, "2024-05", status="done", progress="全市完成")
    entries.submit_month(ws, housing, "2024-05")
    return ws, plan_id


def _status(overview, tid):
    return next(t for t in overview["tasks"] if t["id"] == tid)["status"]


def test_the_overview_gives_the_district_its_own_part_s_status(tmp_path):
    ws, plan_id = _plan(tmp_path)
    t3 = task_id(ws, plan_id, "二.二.3")
    scope = [unit(ws, plan_id, "西岭区"), unit(ws, plan_id, "各区人民政府")]
    assert _status(dashboard.task_overview(ws, plan_id, date(2024, 6, 10)), t3) == "done"
    assert _status(dashboard.task_overview(ws, plan_id, date(2024, 6, 10), scope), t3) == "done"
    own = dashboard.task_overview(ws, plan_id, date(2024, 6, 10), scope, own_part=True)
    assert _status(own, t3) == "not_started"
    west = scope[0]
    entries.save_entry(ws, t3, west, "2024-05", status="in_progress", progress="完成适老化改造300户。")
    entries.submit_month(ws, west, "2024-05")
    own = dashboard.task_overview(ws, plan_id, date(2024, 6, 10), scope, own_part=True)
    assert _status(own, t3) == "in_progress"
    # a task the district does not carry keeps the lead's status; the same numbers as the dashboard's count
    counts = dashboard.status_counts(ws, plan_id, scope)
    mine = [t for t in own["tasks"] if t["id"] in dashboard.scoped_tasks(ws, plan_id, scope, own=True)]
    assert counts["in_progress"] == sum(t["status"] == "in_progress" for t in mine)


def test_the_district_s_task_tab_shows_its_own_part(qtbot, tmp_path):
    ws, plan_id = _plan(tmp_path)
    t3 = task_id(ws, plan_id, "二.二.3")
    path = ws.path
    ws.close()
    window = open_window(qtbot, path, FakePrompts(), role="unit", unit_name="西岭区", as_of="2024-06-10")
    page = window.tasks
    page.reload()
    assert page.model.by_task[t3].status == "not_started"
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("done"))
    assert page.model.visible_count == 0          # nothing of its own is done


def test_the_office_s_task_tab_keeps_the_lead_s_status(qtbot, tmp_path):
    ws, plan_id = _plan(tmp_path)
    t3 = task_id(ws, plan_id, "二.二.3")
    path = ws.path
    ws.close()
    window = open_window(qtbot, path, FakePrompts(), role="office", as_of="2024-06-10")
    page = window.tasks
    page.reload()
    assert page.model.by_task[t3].status == "done"


def test_the_task_pane_says_the_district_s_own_part_and_the_lead_s_beside_it(qtbot, tmp_path):
    ws, plan_id = _plan(tmp_path)
    t3 = task_id(ws, plan_id, "二.二.3")
    path = ws.path
    ws.close()
    window = open_window(qtbot, path, FakePrompts(), role="unit", unit_name="西岭区", as_of="2024-06-10")
    page = window.tasks
    page.reload()
    page.select_task(t3)
    text = page.ui.textBrowser.toPlainText()
    assert "本单位承担部分的状态：未启动（按本单位报送的进展；牵头单位汇总为：已完成）" in text


def test_the_tab_reads_the_lead_s_statuses_once(tmp_path, monkeypatch):
    """rv68b: a reload of a district's 任务 tab worked out the plan's lead statuses twice (inside unit_statuses and
    again for lead_status): once is enough, the district's own part once more."""
    ws, plan_id = _plan(tmp_path)
    scope = [unit(ws, plan_id, "西岭区"), unit(ws, plan_id, "各区人民政府")]
    calls = []
    real = dashboard.task_statuses

    def counted(*args, **kwargs):
        calls.append(args[2:] or kwargs.get("unit_ids"))
        return real(*args, **kwargs)

    monkeypatch.setattr(dashboard, "task_statuses", counted)
    own = dashboard.task_overview(ws, plan_id, date(2024, 6, 10), scope, own_part=True)
    assert _status(own, task_id(ws, plan_id, "二.二.3")) == "not_started"
    assert next(t for t in own["tasks"] if t["id"] == task_id(ws, plan_id, "二.二.3"))["lead_status"] == "done"
    assert len([c for c in calls if not c]) == 1          # the lead's, once
    assert len(calls) == 2                                # and the district's own part
