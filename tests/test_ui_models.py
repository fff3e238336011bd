"""Every item model of the client through pytest-qt's qtmodeltester, without a window."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from helpers_ui import make_workspace, sample_plan, task_id, unit

from desktop.core.deadlines import upcoming
from desktop.store import dashboard, entries, queries
from desktop.ui.dashboard_models import DueModel, GridModel, StateRole
from desktop.ui.detail_models import HistoryModel, TargetsModel
from desktop.ui.monthly_models import MyTasksModel, ValuesModel
from desktop.ui.review import COL_DEADLINE, COL_SHORT, COL_TARGETS, COL_TITLE, ProblemsRole, ReviewModel
from desktop.ui.task_tree import KindRole, TaskIdRole, TaskTreeModel, build_tree


@pytest.fixture
def filled(tmp_path):
    ws, plan = make_workspace(tmp_path / "w.sqlite")
    civil, health = unit(ws, plan, "市民政局"), unit(ws, plan, "市卫健委")
    t4 = task_id(ws, plan, "二.二.4")
    beds = ws.conn.execute("SELECT id FROM targets WHERE task_id = ? ORDER BY position", (t4,)).fetchone()[0]
    entries.save_entry(ws, t4, civil, "2024-01", progress="摸底", values={beds: 120})
    entries.save_entry(ws, t4, health, "2024-01", status="late", progress="滞后")
    entries.submit_month(ws, civil, "2024-01")
    yield ws, plan
    ws.close()


def test_task_tree_model(qtmodeltester, filled):
    ws, plan = filled
    overview = dashboard.task_overview(ws, plan, date(2024, 7, 1))
    model = TaskTreeModel()
    model.set_tree(*build_tree(overview["headings"], overview["tasks"]))
    qtmodeltester.check(model)
    top = model.index(0, 0)
    assert top.data() == "二、工作任务" and top.data(KindRole) == "heading"
    group = model.index(0, 0, top)
    assert group.data() == "（一）健全工作机制"
    first = model.index(0, 0, group)
    assert first.data() == "1. 凝聚社会共识" and first.data(TaskIdRole) == task_id(ws, plan, "二.一.1")
    model.set_visible({task_id(ws, plan, "二.二.4")})
    qtmodeltester.check(model)
    assert model.visible_count == 1
    assert model.rowCount(model.index(0, 0)) == 1          # only the heading holding the task
    model.set_visible(set())
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_task_tree_keeps_the_plans_order_of_headings_and_childless_points():
    """A childless point 「二、资金来源」 stands before 「五、支持领域」's items, as in the plan (round 50: the
    奉贤 办法's tree listed every heading with items first, then the childless points)."""
    headings = [{"key": "五", "level": 1, "path": ["五"], "number": "五", "title": "支持领域"}]
    tasks = [{"id": i, "key": k, "level": lv, "path": p, "number": n, "title": t}
             for i, (k, lv, p, n, t) in enumerate([
                 ("二", 1, ["二"], "二", "资金来源"), ("五.一", 2, ["五", "一"], "一", "支持创新"),
                 ("五.二", 2, ["五", "二"], "二", "支持示范"), ("八", 1, ["八"], "八", "申报材料")], start=1)]
    root, _ = build_tree(headings, tasks)
    assert [c.label() for c in root.children] == ["二、资金来源", "五、支持领域", "八、申报材料"]
    assert [c.task_id for c in root.children[1].children] == [2, 3]


def test_review_model(qtmodeltester):
    plan = sample_plan()
    model = ReviewModel(copy.deepcopy(plan))
    qtmodeltester.check(model)
    # the alias 市卫生健康委 on task 2 is flagged
    assert any("市卫健委" in p for p in model.index(1, 0).data(ProblemsRole))
    assert model.setData(model.index(1, COL_TITLE), "明确分工")
    assert model.plan.tasks[1].title == "明确分工"
    old = list(model.plan.tasks[2].targets)
    refused = []
    model.refused.connect(lambda row, column, why: refused.append((row, column, why)))
    assert not model.setData(model.index(2, COL_TARGETS), "很多很多")          # no number: refused
    assert "没有数字" in model.last_error and refused[0][:2] == (2, COL_TARGETS)
    # the typed text is kept in the cell, with the reason on the row; the targets are untouched
    assert model.index(2, COL_TARGETS).data() == "很多很多"
    assert any("没有数字" in p for p in model.index(2, 0).data(ProblemsRole))
    assert model.plan.tasks[2].targets == old
    assert model.setData(model.index(2, COL_TARGETS), "不少于3000户；不低于80%")
    assert [t.value for t in model.plan.tasks[2].targets] == [3000, 80]
    assert not any("没有数字" in p for p in model.index(2, 0).data(ProblemsRole))
    # the parser's own target reader: comparators and units as in a plan
    assert model.setData(model.index(2, COL_TARGETS), "达到90%；90%以上；新建2.8万张床位")
    read = [(t.value, t.unit, t.comparator) for t in model.plan.tasks[2].targets]
    assert read == [(90, "%", ">="), (90, "%", ">="), (28000, "张", None)]
    assert not model.setData(model.index(2, COL_DEADLINE), "下周")           # not a date: kept, said
    assert "不是日期" in model.last_error and model.index(2, COL_DEADLINE).data() == "下周"
    assert model.setData(model.index(2, COL_SHORT), "家庭照护床位")
    assert model.plan.tasks[2].short_name == "家庭照护床位"
    qtmodeltester.check(model)


def test_detail_models(qtmodeltester, filled):
    ws, plan = filled
    targets = TargetsModel()
    targets.set_rows(dashboard.target_progress(ws, plan))
    qtmodeltester.check(targets)
    assert "家庭养老照护床位" in targets.index(1, 0).data()
    assert targets.index(1, TargetsModel.COL_SHARE).data() == "24%"
    history = HistoryModel()
    history.set_rows(entries.entries(ws, task_id=task_id(ws, plan, "二.二.4")))
    qtmodeltester.check(history)
    assert history.rowCount() == 2


def test_monthly_models(qtmodeltester, filled):
    ws, plan = filled
    tasks = MyTasksModel()
    tasks.set_rows([{"id": t.id, "number": t.number, "title": t.title, "entry": None}
                    for t in queries.tasks(ws, plan)])
    qtmodeltester.check(tasks)
    values = ValuesModel()
    detail = queries.task_detail(ws, task_id(ws, plan, "二.二.4"))
    values.set_rows([{**t, "previous": 100.0, "current": None} for t in detail["targets"]])
    qtmodeltester.check(values)
    assert values.setData(values.index(0, ValuesModel.COL_VALUE), "90")
    assert values.values()[detail["targets"][0]["id"]] == 90
    assert values.setData(values.index(0, ValuesModel.COL_VALUE), "九十")        # Chinese numerals are read
    assert values.values()[detail["targets"][0]["id"]] == 90
    assert not values.setData(values.index(0, ValuesModel.COL_VALUE), "大约九十")
    values.locked = True
    assert not values.setData(values.index(0, ValuesModel.COL_VALUE), "95")


def test_dashboard_models(qtmodeltester, filled):
    ws, plan = filled
    due = DueModel()
    due.set_rows([{"id": i, "deadline": d} for i, d in enumerate(
        upcoming(queries.duties(ws, plan), queries.phases(ws, plan), date(2024, 6, 3)))])
    qtmodeltester.check(due)
    grid = GridModel()
    grid.set_grid(dashboard.submission_grid(ws, plan, ["2024-01", "2024-02"], date(2024, 3, 20)))
    qtmodeltester.check(grid)
    civil_row = next(i for i, u in enumerate(grid.grid.units) if u["name"] == "市民政局")
    # submitted just now, long after 2024-02-05 — but January is before the plan (dated 2024-03-01) asked for any
    # month, shown 「—」 unsent: sent all the same, it is never late (rv70b finding 9)
    assert grid.index(civil_row, 0).data(StateRole) == dashboard.SUBMITTED
    assert grid.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "1月"
