"""What a new clerk hit importing five activity plans (ux55): a task number typed twice, dates
typed as people type them, a dashboard with no reporting duty, the review's columns on a
1366×768 screen, a renumbered task in the tree."""

from __future__ import annotations

import copy

import pytest
from helpers_ui import FakePrompts, make_workspace, open_window, sample_plan
from PySide6.QtCore import Qt

from desktop.core import review_edits as E
from desktop.core.model import Heading, ParsedPlan, Task, level_numeral, numbered_title

EDIT = Qt.ItemDataRole.EditRole


def _review(qtbot, plan=None):
    from desktop.ui.review import ReviewDialog

    dialog = ReviewDialog(plan or sample_plan(), FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# -- 1. a number another task has ------------------------------------------------------------

def test_a_number_another_task_has_is_refused_naming_that_task():
    plan = sample_plan()
    assert E.check_number(plan, 1, "二.一.2") == ["二", "一", "2"]          # its own number: fine
    assert E.check_number(plan, 1, " 二.一.5 ") == ["二", "一", "5"]
    with pytest.raises(E.EditError) as refused:
        E.check_number(plan, 1, "二.一.1")
    assert "已经用于任务“凝聚社会共识”（第 1 行）" in refused.value.message
    assert "请另写一个编号" in refused.value.message


def test_review_refuses_a_duplicate_number_and_the_row_stays_as_it_was(qtbot):
    from desktop.ui.review_model import COL_NUMBER

    dialog = _review(qtbot)
    model = dialog.model
    assert not model.setData(model.index(1, COL_NUMBER), "二.一.1", EDIT)
    task = dialog.working.tasks[1]
    assert (task.path, task.number) == (["二", "一"], "2")                   # the task is not renumbered
    assert E.task_keys(dialog.working.tasks) == ["二.一.1", "二.一.2", "二.二.3", "二.二.4"]
    assert "已经用于任务“凝聚社会共识”" in model.last_error
    assert model.flagged(1) and "请另写一个编号" in model.index(1, COL_NUMBER).data(Qt.ItemDataRole.ToolTipRole)
    assert model.setData(model.index(1, COL_NUMBER), "二.一.9", EDIT)          # another number is taken
    assert dialog.working.tasks[1].number == "9" and not model.flagged(1)


# -- 2. dates as people type them -------------------------------------------------------------

@pytest.mark.parametrize(("typed", "read"), [
    ("2019.2.19", "2019-02-19"), ("2019-2-19", "2019-02-19"), ("2019/2/19", "2019-02-19"),
    ("2019年2月19日", "2019-02-19"), ("2019-02-19", "2019-02-19"), ("2019年2月19日前", "2019-02-19"),
    ("2019年2月", "2019-02-28"),        # a month: its last day, as the parser stores 「2019年2月」
    ("2019年2月底前", "2019-02-28"), ("2019年底", "2019-12-31"), ("2019年第三季度", "2019-09-30"),
])
def test_typed_deadlines_are_read_as_the_parser_reads_them(typed, read):
    from desktop.core.parse.dates import deadline_from_words

    assert E.read_deadline(typed) == (read, "")
    assert E.read_deadline(typed, 2018) == (read, "")                      # a written year stands
    if typed == "2019年2月":
        assert deadline_from_words("于2019年2月完成", None)[0].date == read


def test_a_deadline_without_its_year_takes_the_plans_year_or_asks_for_it():
    assert E.read_deadline("2月底", 2019) == ("2019-02-28", E.YEAR_TAKEN.format(text="2月底", year=2019))
    assert E.read_deadline("2月19日", 2019)[0] == "2019-02-19"
    assert "按方案的年份 2019 年计" in E.read_deadline("2月19日", 2019)[1]
    for typed in ("2月底", "2月19日"):
        with pytest.raises(E.EditError, match="没有写年份") as refused:
            E.read_deadline(typed, None)
        assert "请写上年份" in refused.value.message
    for nonsense in ("正月十五", "下周", "2019-13-45", "2019年2月30日", "2024年3月底前完成培训", "abc"):
        with pytest.raises(E.EditError, match="不是日期"):
            E.read_deadline(nonsense, 2019)
    # the plan's own date fields take a day typed the same ways
    assert E.check_date("2019.2.19", "{text}") == E.check_date("2019/2/19", "{text}") == "2019-02-19"


def test_review_takes_typed_dates_and_says_which_year_it_took(qtbot):
    from desktop.ui.review_model import COL_DEADLINE

    plan = sample_plan()                                                   # dated 2024-03-01
    dialog = _review(qtbot, plan)
    model = dialog.model
    for typed, read in (("2024.2.19", "2024-02-19"), ("2024-2-19", "2024-02-19"), ("2024/2/19", "2024-02-19"),
                        ("2024年2月", "2024-02-29")):
        assert model.setData(model.index(0, COL_DEADLINE), typed, EDIT), typed
        assert dialog.working.tasks[0].deadline == read
    assert model.setData(model.index(0, COL_DEADLINE), "2月底", EDIT)
    assert dialog.working.tasks[0].deadline == "2024-02-29"
    assert "按方案的年份 2024 年计" in model.index(0, COL_DEADLINE).data(Qt.ItemDataRole.ToolTipRole)
    assert not model.setData(model.index(0, COL_DEADLINE), "正月十五", EDIT)
    assert "不是日期" in model.last_error and dialog.working.tasks[0].deadline == "2024-02-29"
    undated = copy.deepcopy(plan)
    undated.date, undated.phases = None, []       # no year anywhere (the stages' would date it, rv55b F1)
    other = _review(qtbot, undated)
    assert not other.model.setData(other.model.index(0, COL_DEADLINE), "2月底", EDIT)
    assert "没有写年份" in other.model.last_error and other.working.tasks[0].deadline is None


# -- 3. a plan with no reporting duty -------------------------------------------------------------

def test_dashboard_says_the_plan_has_no_reporting_duty_and_where_to_add_one(qtbot, tmp_path):
    from desktop.ui.dashboard_page import NO_DUTIES, NOTHING_DUE

    plan = sample_plan()
    plan.duties, plan.phases = [], []
    ws, _ = make_workspace(tmp_path / "w.sqlite", plan)
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="office", as_of="2024-01-20")
    note = window.dashboard.ui.calendarNoteLabel.text()
    assert note == NO_DUTIES and NOTHING_DUE not in note
    assert "没有找到报送要求" in note and "设置 → 方案信息与阶段" in note
    window.dashboard.grab().save(str(tmp_path / "dashboard.png"))


def test_dashboard_still_says_every_node_is_past_when_they_are(qtbot, tmp_path):
    from desktop.ui.dashboard_page import NOTHING_DUE

    ws, _ = make_workspace(tmp_path / "w.sqlite")
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="office", as_of="2026-06-01")
    assert window.dashboard.ui.calendarNoteLabel.text() == NOTHING_DUE


# -- 4. the review's columns on 1366×768 ------------------------------------------------------------

def test_review_columns_fit_a_1366x768_screen_and_widen_on_a_larger_one(qtbot, monkeypatch):
    from desktop.ui import review as review_module
    from desktop.ui.review_model import COL_DEADLINE, COL_NUMBER, COL_RESPONSIBLE, COL_SHORT, COL_TITLE, HEADERS
    from desktop.ui.screen_fit import SMALLEST, fit_to_screen

    monkeypatch.setattr(review_module, "available_area", lambda _widget=None: SMALLEST)
    monkeypatch.setattr(review_module, "fit_to_screen", lambda widget, area=None: fit_to_screen(widget, SMALLEST))
    dialog = _review(qtbot)
    qtbot.wait(20)
    assert dialog.width() <= SMALLEST.width() - 16                 # at most the screen, less the frame
    view = dialog.ui.tasksView
    header = view.horizontalHeader()
    assert view.horizontalScrollBar().maximum() == 0               # no sideways scrolling
    right = header.sectionViewportPosition(COL_DEADLINE) + header.sectionSize(COL_DEADLINE)
    assert right <= view.viewport().width()
    metrics = header.fontMetrics()
    for column, words in enumerate(HEADERS):                       # no header cut: 「完成时」
        if not view.isColumnHidden(column):                        # (责任领导: only for a plan that names any)
            assert header.sectionSize(column) >= metrics.horizontalAdvance(words) + 8, words
    assert header.sectionSize(COL_NUMBER) < header.sectionSize(COL_TITLE)
    assert header.sectionSize(COL_SHORT) < header.sectionSize(COL_RESPONSIBLE)
    side = dialog.ui.splitter.sizes()[1]
    assert side <= dialog.width() // 3                             # the 原文 panel the smaller share
    dialog.resize(1800, 900)                                       # a larger screen: the columns widen
    qtbot.wait(20)
    assert header.sectionSize(COL_TITLE) > 200
    assert view.horizontalScrollBar().maximum() == 0


# -- 5. a renumbered task in the tree ------------------------------------------------------------------

def test_a_renumbered_task_reads_as_its_number_is_written():
    # the parser's pairs read as before
    assert level_numeral(1, "一") == "{}、" and level_numeral(2, "二") == "（{}）"
    assert level_numeral(3, "1") == "{}. " and level_numeral(4, "1") == "（{}）"
    assert level_numeral(2) == "（{}）"
    # 三.一 renumbered 三.1 by hand: 「1. 」, the task's own mark, not the sub-item's 「（1）」
    assert numbered_title("1", "制定方案", level_numeral(2, "1")) == "1. 制定方案"
    assert numbered_title("二", "提供内容", level_numeral(3, "二")) == "（二）提供内容"


def test_the_task_tree_labels_a_renumbered_task_by_its_numeral(qtbot, tmp_path):
    plan = ParsedPlan(title="春联进万家活动方案", date="2024-01-10",
                      headings=[Heading(1, [], "三", "职责分工")],
                      tasks=[Task(["三"], "1", "制定活动方案", "区委宣传部负责制定活动方案。", level=2),
                             Task(["三"], "二", "提供春联内容", "区委文明办提供春联书写内容。", level=2),
                             Task(["三"], "三", "定制春联用纸", "区文联定制春联用纸。", level=2)])
    ws, _ = make_workspace(tmp_path / "w.sqlite", plan)
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="office", as_of="2024-01-20")
    window.show_page("tasks")
    model = window.page("tasks").model
    section = model.index(0, 0)
    labels = [model.index(r, 0, section).data() for r in range(model.rowCount(section))]
    assert labels == ["1. 制定活动方案", "（二）提供春联内容", "（三）定制春联用纸"]
