"""Storing plans: first import, unchanged re-import, revised plans keep what is attached."""

from __future__ import annotations

import json

from helpers_plan import sample_plan

from desktop.store import entries as E, open_workspace, queries as Q
from desktop.store.plans import save_plan


def _dump(ws) -> dict:
    return {t: list(ws.db[t].rows) for t in ws.db.table_names() if "_fts" not in t}


def test_first_import_stores_everything(tmp_path):
    with open_workspace(tmp_path / "w.sqlite") as ws:
        result = save_plan(ws, sample_plan(), source_name="plan.txt")
        assert result.created and result.tasks_added == 4
        (plan,) = Q.plans(ws)
        assert plan["doc_number"] == "测政办〔2024〕1号" and plan["tasks"] == 4
        rows = Q.tasks(ws, result.plan_id)
        assert [r.key for r in rows] == ["二.一.1", "二.一.2", "二.二.3", "二.二.4"]
        assert rows[0].lead_units == ["市民政局", "市残联"]
        assert rows[0].responsible_units == ["领导小组各成员单位"]
        # aliases written in a task resolve to the registry's unit
        assert rows[1].responsible_units == ["市医疗保障局", "各区人民政府"]
        assert rows[2].responsible_units == ["市卫健委"]
        assert Q.unit_id(ws, result.plan_id, "市卫生健康委") == Q.unit_id(ws, result.plan_id, "市卫健委")
        units = {u["name"]: u for u in Q.units(ws, result.plan_id)}
        assert units["各区人民政府"]["note"].startswith("含开发区")
        assert units["市卫健委"]["aliases"] == "市卫生健康委"
        detail = Q.task_detail(ws, rows[1].id)
        assert [(t["value"], t["unit"], t["comparator"]) for t in detail["targets"]] == [(90.0, "%", ">=")]
        assert [t["subject"] for t in Q.plan_targets(ws, result.plan_id)] == ["护理型床位占比"]
        assert Q.phases(ws, result.plan_id)[0]["start"] == "2024-01"
        assert {d["kind"] for d in Q.duties(ws, result.plan_id)} == {"half_year_summary", "monthly_info"}
        audit = list(ws.db.query("SELECT action, detail FROM audit_log"))
        assert audit[-1]["action"] == "plan_import" and json.loads(audit[-1]["detail"])["added"] == 4


def test_group_membership_puts_group_tasks_in_a_members_list(tmp_path):
    with open_workspace(tmp_path / "w.sqlite") as ws:
        plan_id = save_plan(ws, sample_plan()).plan_id
        data_bureau = Q.unit_id(ws, plan_id, "市数据局")
        keys = [r.key for r in Q.tasks(ws, plan_id, unit=data_bureau)]
        # 4 directly (lead); 1 through 领导小组各成员单位
        assert keys == ["二.一.1", "二.二.4"]


def test_reimporting_the_same_plan_changes_nothing(tmp_path):
    with open_workspace(tmp_path / "w.sqlite") as ws:
        save_plan(ws, sample_plan())
        before = _dump(ws)
        again = save_plan(ws, sample_plan())
        assert again.unchanged
        assert _dump(ws) == before


def test_revised_plan_updates_matched_tasks_and_keeps_entries(tmp_path):
    with open_workspace(tmp_path / "w.sqlite") as ws:
        plan_id = save_plan(ws, sample_plan()).plan_id
        rows = {r.key: r for r in Q.tasks(ws, plan_id)}
        unit = Q.unit_id(ws, plan_id, "市民政局")
        target = Q.task_detail(ws, rows["二.二.3"].id)["targets"][0]["id"]
        E.save_entry(ws, rows["二.二.3"].id, unit, "2024-05", progress="新建老年食堂12个", values={target: 12})
        E.save_entry(ws, rows["二.二.4"].id, unit, "2024-05", progress="推进数字化")

        revised = sample_plan(task3_title="加快老年食堂建设", with_task4=False)
        result = save_plan(ws, revised)
        assert (result.tasks_added, result.tasks_updated, result.tasks_withdrawn) == (0, 1, 1)
        now = {r.key: r for r in Q.tasks(ws, plan_id)}
        assert now["二.二.3"].id == rows["二.二.3"].id and now["二.二.3"].title == "加快老年食堂建设"
        assert "二.二.4" not in now
        kept = E.entries(ws, unit_id=unit, month="2024-05")
        assert {e["task_key"] for e in kept} == {"二.二.3", "二.二.4"}
        assert [e["values"] for e in kept if e["task_key"] == "二.二.3"] == [{target: 12.0}]
        # the withdrawn task is still there with its history, just not listed
        assert "二.二.4" in {r.key for r in Q.tasks(ws, plan_id, include_withdrawn=True)}
        assert len(Q.plans(ws)) == 1


def test_a_target_inserted_before_others_leaves_recorded_values_where_they_belong(tmp_path):
    from desktop.core.model import Target

    with open_workspace(tmp_path / "w.sqlite") as ws:
        plan = sample_plan()
        plan_id = save_plan(ws, plan).plan_id
        task = {r.key: r for r in Q.tasks(ws, plan_id)}["二.二.3"]
        canteens = Q.task_detail(ws, task.id)["targets"][0]
        unit = Q.unit_id(ws, plan_id, "市民政局")
        E.save_entry(ws, task.id, unit, "2024-05", values={canteens["id"]: 40})
        revised = sample_plan()
        revised.source_text += "（修订）"
        revised.tasks[2].targets.insert(0, Target("助餐点覆盖率达到80%", 80, "%", ">=", None, "助餐点覆盖率"))
        save_plan(ws, revised)
        now = Q.task_detail(ws, task.id)["targets"]
        assert [(t["subject"], t["value"]) for t in now] == [("助餐点覆盖率", 80.0), ("老年食堂", 100.0)]
        (entry,) = E.entries(ws, unit_id=unit, month="2024-05")
        assert entry["values"] == {canteens["id"]: 40.0} and now[1]["id"] == canteens["id"]
