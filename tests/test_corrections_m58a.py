"""Corrections that stay, after saving (helper m58a): a saved task's number corrected in the task tab (the command
line's ``plan edit --number`` is in test_cli_plan_edit), a unit stored twice in two bracket widths folded into one
by a revision, and the 工作台's indicator names shown so a clerk can tell them apart."""

from __future__ import annotations

import os

import pytest
from helpers_ui import FakePrompts, make_workspace, sample_plan, task_id
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.store import plans as store_plans, queries

SHOTS = os.environ.get("M58A_SHOTS")          # set to a folder to keep the pictures looked at


def _dialog(qtbot, ws, plan_id, key="二.一.1", prompts=None):
    from desktop.ui.task_edit import TaskEditDialog

    prompts = prompts or FakePrompts()
    dialog = TaskEditDialog(ws, task_id(ws, plan_id, key), prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, prompts


def _save(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


# -- 1. a saved task's number, in the task tab ---------------------------------------------------------------

def test_the_task_tab_corrects_a_saved_tasks_number_into_its_history(qtbot, tmp_path):
    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    the_task = task_id(ws, plan_id, "二.一.1")
    dialog, prompts = _dialog(qtbot, ws, plan_id)
    assert dialog.ui.numberEdit.text() == "二.一.1" and not dialog.ui.numberEdit.isReadOnly()
    dialog.ui.numberEdit.setText("1A")
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "task_edit_number.png"))
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert dialog.changed_lines == ["编号：“二.一.1”→“二.一.1A”"]
    assert "完整编号 二.一.1A" in prompts.texts("info")[-1]          # how 1A was read
    row = ws.conn.execute("SELECT key, number FROM tasks WHERE id = ?", (the_task,)).fetchone()
    assert tuple(row) == ("二.一.1A", "1A")
    history = store_plans.task_history(ws, the_task)
    assert [(h["field"], h["old"], h["new"], h["source"]) for h in history] == [
        ("编号", "二.一.1", "二.一.1A", "保存后修改")]
    # kept over a revision that leaves the task's number as it was
    revised = sample_plan()
    revised.tasks[1].deadline = "2024-09-30"
    reimport = store_plans.prepare_reimport(ws, revised)
    assert reimport.conflicts == [] and [t.key for t in reimport.plan.tasks][0] == "二.一.1A"
    store_plans.save_reimport(ws, reimport, backup=False)
    assert "二.一.1A" in [r.key for r in queries.tasks(ws, plan_id)]
    ws.close()


def test_the_task_tab_refuses_a_number_another_task_has_and_saves_nothing(qtbot, tmp_path):
    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    before = list(ws.conn.iterdump())
    dialog, prompts = _dialog(qtbot, ws, plan_id)
    dialog.ui.numberEdit.setText("2")
    dialog.ui.titleEdit.setText("凝聚共识")
    _save(qtbot, dialog)
    said = prompts.texts("warn")[-1]
    assert "编号“二.一.2”已经用于任务 二.一.2（" in said and "请另写一个编号" in said, said
    assert said.count("责任分工") == 1, said                    # the holder named once (ux58)
    assert "第" not in said.split("。")[0]                    # no review rows after saving
    assert dialog.isVisible() and dialog.ui.numberEdit.text() == "2"
    assert dialog.focusWidget() is dialog.ui.numberEdit
    assert list(ws.conn.iterdump()) == before
    ws.close()


def test_at_a_unit_the_number_is_the_offices_and_cannot_be_typed(qtbot, tmp_path):
    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    with ws.transaction():
        ws.conn.execute("INSERT INTO exchange_plans(plan_id, uid, role, fingerprint, templates_version, updated_at) "
                        "VALUES (?, 'u', 'unit', 'f', 'v', '2024-01-01')", (plan_id,))
    dialog, _prompts = _dialog(qtbot, ws, plan_id)
    assert dialog.ui.numberEdit.isReadOnly() and "办公室" in dialog.ui.numberEdit.toolTip()
    with pytest.raises(store_plans.edits.EditError):
        store_plans.read_task_number(ws, task_id(ws, plan_id, "二.一.1"), "1A")
    ws.close()


def test_a_withdrawn_task_gives_its_number_up_to_a_corrected_one(tmp_path):
    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    gone = task_id(ws, plan_id, "二.二.4")
    ws.conn.execute("UPDATE tasks SET withdrawn_at = '2024-05-01' WHERE id = ?", (gone,))
    moved = task_id(ws, plan_id, "二.二.3")
    parts, _note = store_plans.read_task_number(ws, moved, "4")
    assert parts == ["二", "二", "4"]
    assert store_plans.edit_task(ws, moved, {"key": parts}) == ["编号：“二.二.3”→“二.二.4”"]
    keys = dict(ws.conn.execute("SELECT id, key FROM tasks").fetchall())
    assert keys[moved] == "二.二.4" and keys[gone].startswith("二.二.4（已撤销")
    ws.close()


# -- 3. the 工作台's indicator names -------------------------------------------------------------------------

LONG = ("五.19 辖区农村生活垃圾无害化处理率保持", "五.20 辖区农村生活垃圾分类收运体系覆盖率")


def test_an_indicator_name_too_long_for_its_column_takes_two_lines_never_cut_in_its_middle(qtbot, tmp_path):
    from desktop.ui.chart import BarChart

    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([(LONG[0], 0.5, "50/100%（50%）"), (LONG[1], None, ""), ("二.一.1 床位", 1.0, "500/500张（100%）")])
    chart.resize(520, chart.heightForWidth(520))          # the 工作台's chart at 1366×768 is about this wide
    rows = chart.rows(chart.width())
    for (label, _ratio, _note), (lines, _top, _height) in zip(chart.bars, rows, strict=True):
        shown = "".join(lines)
        assert "…" not in shown[:-1], lines                  # never elided in the middle
        assert shown.rstrip("…") == label[:len(shown.rstrip("…"))]
    assert [len(lines) for lines, _top, _height in rows] == [2, 2, 1]
    # the two names that start alike are told apart on screen: their ends differ
    assert "".join(rows[0][0]) != "".join(rows[1][0]) and "处理率" in "".join(rows[0][0])
    # a taller row for two lines; the widget asks for the height all rows need
    assert rows[0][2] > rows[2][2] and chart.heightForWidth(520) >= rows[-1][1] + rows[-1][2]
    # the whole name (and its note) is the row's tooltip
    assert chart.tooltip_at(rows[1][1] + 2) == LONG[1] + "\n未填报"
    assert chart.tooltip_at(rows[0][1] + 2).startswith(LONG[0])
    if SHOTS:
        chart.grab().save(os.path.join(SHOTS, "chart_two_lines.png"))


def test_a_name_longer_than_two_lines_is_cut_at_its_end():
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.ui.chart import label_lines

    metrics = QFontMetrics(QFont())
    name = "一.1 " + "很长的指标名称" * 10
    lines = label_lines(metrics, name, 120)
    assert len(lines) == 2 and lines[1].endswith("…") and name.startswith(lines[0])
    assert label_lines(metrics, "一.1 床位", 120) == ["一.1 床位"]


# -- 2. a unit stored twice in two widths of its brackets, folded by a revision -----------------------------

HALF, FULL = "各社区(村)", "各社区（村）"


def _twins_plan(half_task: str = HALF):
    """sample_plan as saved before round 57: 二.一.1 names the group with half-width brackets, 二.一.2 with
    full-width ones, and the parser kept them as two units."""
    from desktop.core.model import Unit

    plan = sample_plan()
    plan.tasks[0].responsible_units = [half_task]
    plan.tasks[1].responsible_units = ["市财政局", FULL]
    plan.units += [Unit(HALF, is_group=True), Unit(FULL, is_group=True)]
    return plan


def _twins_workspace(tmp_path):
    from desktop.store import entries

    ws, plan_id = make_workspace(tmp_path / "w.sqlite", _twins_plan())
    ids = dict(ws.conn.execute("SELECT name, id FROM units WHERE plan_id = ?", (plan_id,)).fetchall())
    assert HALF in ids and FULL in ids                       # the defect's workspace: two units
    t1, t2 = task_id(ws, plan_id, "二.一.1"), task_id(ws, plan_id, "二.一.2")
    for month in ("2024-04", "2024-05"):
        entries.save_entry(ws, t1, ids[HALF], month, progress=f"{month} 半角下的填报")
        entries.save_entry(ws, t2, ids[FULL], month, progress=f"{month} 全角下的填报")
    entries.add_article(ws, plan_id, ids[HALF], "2024-05", title="社区信息", body="正文")
    return ws, plan_id, ids


def test_a_revision_folds_width_twins_into_one_unit_with_everything_under_it(tmp_path):
    ws, plan_id, ids = _twins_workspace(tmp_path)
    count = ws.conn.execute("SELECT COUNT(*) FROM monthly_entries").fetchone()[0]
    revised = _twins_plan()
    revised.tasks[2].deadline = "2024-09-30"
    reimport = store_plans.prepare_reimport(ws, revised)      # settles the document's units: one, full-width
    result = store_plans.save_reimport(ws, reimport, backup=False)
    names = [r[0] for r in ws.conn.execute("SELECT name FROM units WHERE plan_id = ?", (plan_id,))]
    assert FULL in names and HALF not in names
    full = ids[FULL]
    assert ws.conn.execute("SELECT COUNT(*) FROM monthly_entries").fetchone()[0] == count == 4
    assert {r[0] for r in ws.conn.execute("SELECT DISTINCT unit_id FROM monthly_entries")} == {full}
    assert ws.conn.execute("SELECT unit_id FROM info_articles").fetchone()[0] == full
    linked = {k for (k,) in ws.conn.execute(
        "SELECT t.key FROM task_units tu JOIN tasks t ON t.id = tu.task_id WHERE tu.unit_id = ?", (full,))}
    assert linked == {"二.一.1", "二.一.2"}
    assert queries.unit_id(ws, plan_id, HALF) == full          # the other form still finds it
    assert result.units_folded == [
        f"“{FULL}”与“{HALF}”是同一单位（括号等符号全角、半角不同），已合并为“{FULL}”，填报和任务保留"]
    # a further revision has nothing more to fold
    again = store_plans.save_reimport(ws, store_plans.prepare_reimport(ws, _twins_plan()), backup=False)
    assert again.units_folded == []
    ws.close()


def test_twins_that_both_hold_an_entry_for_the_same_task_and_month_are_left_and_said(tmp_path):
    from desktop.store import entries

    ws, plan_id, ids = _twins_workspace(tmp_path)
    entries.save_entry(ws, task_id(ws, plan_id, "二.一.1"), ids[FULL], "2024-04", progress="同月另一条")
    revised = _twins_plan()
    revised.tasks[2].deadline = "2024-09-30"
    result = store_plans.save_reimport(ws, store_plans.prepare_reimport(ws, revised), backup=False)
    assert ws.conn.execute("SELECT COUNT(*) FROM monthly_entries").fetchone()[0] == 5
    assert ws.conn.execute("SELECT COUNT(*) FROM units WHERE name = ?", (HALF,)).fetchone()[0] == 1
    assert "未合并" in result.units_folded[0] and "同一任务同一月份的填报" in result.units_folded[0]
    ws.close()
