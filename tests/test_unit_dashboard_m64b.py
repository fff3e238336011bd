"""A unit's dashboard counts the tasks it leads (or that name no lead) by the lead's status and says the
tasks it only supports apart; a supported task's indicator is not shown as its own 「未填报」 (ux63
finding 9: 青石镇 counted the task it supports as 未启动 1)."""

from __future__ import annotations

from helpers_ui import make_workspace, task_id, unit

from desktop.store import dashboard, entries


def _plan(tmp_path):
    ws, plan = make_workspace(tmp_path / "w.sqlite")
    housing = unit(ws, plan, "市住房和城市更新局")
    t3 = task_id(ws, plan, "二.二.3")
    entries.save_entry(ws, t3, housing, "2024-03", status="done")
    entries.submit_month(ws, housing, "2024-03")
    return ws, plan


def test_a_unit_that_only_supports_counts_none_as_not_started(tmp_path):
    ws, plan = _plan(tmp_path)
    disabled = unit(ws, plan, "市残联")                  # supports 二.二.3, whose lead has finished it
    assert dashboard.status_counts(ws, plan, [disabled]) == {
        "not_started": 0, "in_progress": 0, "done": 0, "late": 0}
    assert dashboard.supported_count(ws, plan, [disabled]) == 1


def test_a_unit_leading_one_task_and_supporting_another(tmp_path):
    ws, plan = _plan(tmp_path)
    health = unit(ws, plan, "市卫健委")                   # co-leads 二.一.2, supports 二.二.4
    assert sum(dashboard.status_counts(ws, plan, [health]).values()) == 1
    assert dashboard.supported_count(ws, plan, [health]) == 1
    assert dashboard.scoped_tasks(ws, plan, [health], own=True) == [task_id(ws, plan, "二.一.2")]


def test_a_unit_leading_a_task_its_group_supports_counts_it_as_its_own(tmp_path):
    ws, plan = _plan(tmp_path)
    civil = unit(ws, plan, "市民政局")
    group = unit(ws, plan, "领导小组各成员单位")          # supports 二.一.1, which 市民政局 leads
    ws.conn.execute("INSERT OR IGNORE INTO group_members(group_id, member_id) VALUES (?, ?)", (group, civil))
    scope = [civil, group]
    own = dashboard.scoped_tasks(ws, plan, scope, own=True)
    assert task_id(ws, plan, "二.一.1") in own and len(own) == 3      # 二.一.1, 二.一.2, 二.二.4
    assert dashboard.supported_count(ws, plan, scope) == 0
    # the office's count is every task, by the lead's status: 二.二.3 done
    assert dashboard.status_counts(ws, plan)["done"] == 1


def test_the_units_dashboard_says_its_supported_tasks_apart(qtbot, tmp_path):
    from helpers_ui import FakePrompts, open_window

    ws, plan = _plan(tmp_path)
    path = ws.path
    ws.close()
    window = open_window(qtbot, path, FakePrompts(), role="unit", unit_name="市卫健委", as_of="2024-04-10")
    page = window.dashboard
    page.reload()
    headline = page.ui.headlineLabel.text()
    # it co-leads 二.一.2; it supports 二.二.4 and, through 领导小组各成员单位, 二.一.1
    assert "本单位共 1 项任务：未启动 1、推进中 0、已完成 0、滞后 0。另配合推进 2 项（不计入以上状态）。" in headline
    # 二.二.4's indicators are its lead's (市民政局) to report: the unit's targets include them, but they are
    # not listed as the supporter's 「未填报」 — 二.一.2 has none, so none are listed
    scope = window.session.scope()
    assert {r["task_key"] for r in dashboard.target_progress(window.session.ws, plan, scope)} == {"二.二.4"}
    assert page.chart.bars == []
