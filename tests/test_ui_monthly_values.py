"""The 指标累计值 grid on the monthly page shows a task's targets without scrolling, up to
VALUE_ROWS_SHOWN of them, and the text boxes take the rest (ux62 finding 10: it was 1½ rows tall)."""

from __future__ import annotations

from helpers_plan import sample_plan
from helpers_ui import FakePrompts, make_workspace, open_window

from desktop.core.model import Target
from desktop.ui.monthly_page import VALUE_ROWS_SHOWN


def _page(qtbot, tmp_path, n_targets):
    plan = sample_plan()
    canteens = plan.tasks[2]             # 推进老年食堂建设, led by 市民政局
    canteens.targets = [Target(f"新建老年食堂{10 * (i + 1)}个", 10 * (i + 1), "个", None, None, f"第{i + 1}类食堂")
                        for i in range(n_targets)]
    ws, _ = make_workspace(tmp_path / "w.sqlite", plan)
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="unit", unit_name="市民政局",
                         as_of="2024-03-20")
    window.resize(1366, 768)
    window.show_page("monthly")
    page = window.monthly
    row = next(i for i, r in enumerate(page.tasks.rows) if r["title"] == "推进老年食堂建设")
    page.ui.taskList.setCurrentIndex(page.tasks.index(row, 0))
    qtbot.wait(50)
    return page


def _rows_seen(view):
    return sum(1 for row in range(view.model().rowCount())
               if view.rowViewportPosition(row) + view.rowHeight(row) <= view.viewport().height())


def test_three_targets_are_all_seen_and_the_text_boxes_keep_room(qtbot, tmp_path):
    page = _page(qtbot, tmp_path, 3)
    view = page.ui.valuesView
    assert view.model().rowCount() == 3
    assert _rows_seen(view) == 3
    assert view.verticalScrollBar().maximum() == 0
    # no empty band under the last row: the grid is as tall as its rows
    assert view.viewport().height() - 3 * view.rowHeight(0) < view.rowHeight(0)
    assert page.ui.problemsEdit.height() >= 60 and page.ui.nextStepsEdit.height() >= 60


def test_many_targets_show_the_cap_then_scroll(qtbot, tmp_path):
    page = _page(qtbot, tmp_path, VALUE_ROWS_SHOWN + 3)
    view = page.ui.valuesView
    assert _rows_seen(view) == VALUE_ROWS_SHOWN
    assert view.verticalScrollBar().maximum() > 0
    assert page.ui.problemsEdit.height() >= 40


def test_a_task_with_one_target_gives_the_text_boxes_the_room(qtbot, tmp_path):
    page = _page(qtbot, tmp_path, 1)
    view = page.ui.valuesView
    assert _rows_seen(view) == 1 and view.height() < 2 * view.rowHeight(0) + view.horizontalHeader().height() + 8
