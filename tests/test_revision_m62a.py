"""Re-importing a revised plan (m62a, the new clerk's findings 1–3 of round 61), on a small real revision
(``helpers_revision_m62a``: a 13-task district plan corrected in the review, then its revised text):

1. a stored task whose row the clerk marks 「不是任务」 in the revision's review is said, after saving, for the clerk's
   reason (withdrawn, kept out of later revisions), never 「新方案中没有这项任务，将标为撤销」;
2. tasks are listed by their numbers in the review, the task tab, reports and ledgers (``core.task_order``: the one
   order, written as the tasks' positions) — since m63b the document's 四.11 where it renumbered the clerk's 四.12A;
3. a deadline the revision brings goes to what the new text dates (since m63b the review's rule,
   ``review_edits.written_date``: 「10月底前新建老年食堂20个，助餐服务覆盖率达到80%以上」 dates both targets; a date
   after a target does not date it);
4. the revision's change list, 4 of 12 in sight at 1366×768, opens to its full length (展开全部 N 处改动) and shuts.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest
from helpers_revision_m62a import DATA, first_import, revision
from PySide6.QtCore import Qt

from desktop.core.model import Target, Task
from desktop.store import open_workspace, queries
from desktop.store.plans import save_reimport
from desktop.store.task_reads import stored_corrections

SHOTS = os.environ.get("M62A_SHOTS")


@pytest.fixture
def ws(tmp_path):
    workspace = open_workspace(tmp_path / "w.sqlite")
    yield workspace
    workspace.close()


def _targets(plan, key):
    task = next(t for t in plan.tasks if t.key == key)
    return [(t.text, t.deadline) for t in task.targets]


# -- 1. a row marked 「不是任务」 in the revision's review --------------------------------------------------

def _marked_and_saved(ws):
    first_import(ws)
    reimport = revision(ws)
    row = next(t for t in reimport.plan.tasks if t.title == "加强组织保障")
    row.not_task = True                               # the review's 不是任务 button on 四.13
    return save_reimport(ws, reimport, backup=False)


def test_the_save_says_the_clerks_reason_for_a_row_marked_not_a_task(ws):
    result = _marked_and_saved(ws)
    lines = [line for line in result.changes if "加强组织保障" in line]
    assert lines == ["原四.13 加强组织保障：您核对时标为“不是任务”，不再作为任务，已撤销"
                     "（已有进展保留；以后导入修订稿也不再列为任务）"]
    assert not any("新方案中没有这项任务" in line for line in lines)
    # the task the document itself drops still says so
    assert "原四.11 加强老年人权益保障：新方案中没有这项任务，将标为撤销（已有进展保留）" in result.changes
    # and what the line says is what was done: withdrawn, listed as not a task for the next revision
    assert sorted(result.withdrawn) == ["四.11", "四.13"] and result.tasks_withdrawn == 2
    assert result.not_tasks == ["四.13 加强组织保障"]
    assert "加强组织保障" not in [t.title for t in queries.tasks(ws, result.plan_id)]
    again = revision(ws)
    assert next(t for t in again.plan.tasks if t.title == "加强组织保障").not_task


def test_the_save_message_lists_the_marked_row_with_the_withdrawn_tasks_first(ws):
    from desktop.ui.first_run import WITHDRAWN_WHERE, change_lines

    result = _marked_and_saved(ws)
    shown = change_lines(result.changes, set(result.withdrawn))
    assert shown[0].startswith("原四.11 ") and shown[1].startswith("原四.13 加强组织保障：您核对时标为“不是任务”")
    assert shown[2] == WITHDRAWN_WHERE


# -- 2. listed by number --------------------------------------------------------------------------------

def test_a_clerks_lettered_number_sorts_after_the_same_number_and_before_the_next():
    from desktop.core.task_order import number_order, numeral_key

    assert numeral_key("12") < numeral_key("12A") < numeral_key("13")
    assert numeral_key("十二") == (12.0, "") and numeral_key("其一") is None
    tasks = [Task(["四"], n, f"任务{n}", "") for n in ("10", "12A", "12", "13")]
    assert [tasks[n].number for n in number_order(tasks)] == ["10", "12", "12A", "13"]
    # siblings keep the places their group holds; another heading's tasks between them stay put
    mixed = [Task(["四"], "12A", "a", ""), Task(["五"], "1", "b", ""), Task(["四"], "12", "c", "")]
    assert [mixed[n].title for n in number_order(mixed)] == ["c", "b", "a"]
    # numbering that restarts under one heading, or words for numbers, is left as the document has it
    restarted = [Task(["一"], n, "", "") for n in ("1", "2", "1", "2")]
    assert number_order(restarted) == [0, 1, 2, 3]
    worded = [Task(["一"], n, "", "") for n in ("其二", "其一")]
    assert number_order(worded) == [0, 1]


def test_the_revision_review_lists_the_document_s_numbers_where_it_renumbered_the_clerk_s_task(ws):
    """The document renumbered the clerk's 四.12A to 四.11 and added a new 四.12: its numbers stand (m63b, ux62
    finding 6 — the clerk's 12A kept left 10, 12, 12A with no 11), the clerk's 12A offered as a ⚑ choice."""
    first_import(ws)
    reimport = revision(ws)
    keys = [t.key for t in reimport.plan.tasks]
    assert keys[-4:] == ["四.10", "四.11", "四.12", "四.13"]
    # the parse and the corrected plan stay row for row
    assert [t.text for t in reimport.parsed.tasks] == [t.text for t in reimport.plan.tasks]
    assert reimport.plan.tasks[keys.index("四.11")].title == "做好养老服务统计监测"
    assert [c.key for c in reimport.conflicts] == ["四.11"]              # the clerk's 四.12A, offered
    assert "您改为“四.12A”；原方案“四.12”，新方案“四.11”" in reimport.conflicts[0].text()
    # the clerk's number, when chosen, takes its row back (saving lists the tasks in number order)
    from desktop.core import plan_edits

    assert plan_edits.set_conflict_value(reimport.plan, reimport.conflicts[0], reimport.conflicts[0].corrected)
    assert [t.key for t in reimport.plan.tasks][-4:] == ["四.10", "四.12A", "四.12", "四.13"]


def test_after_saving_the_task_tab_reports_and_ledgers_list_by_number(ws):
    from desktop.reports.data import load_input
    from desktop.reports.sheets import ledger_rows
    from desktop.store.dashboard import task_overview
    from desktop.ui.task_tree import build_tree

    first_import(ws)
    result = save_reimport(ws, revision(ws), backup=False)
    expected = ["四.10", "四.11", "四.12", "四.13"]
    assert [t.key for t in queries.tasks(ws, result.plan_id)][-4:] == expected
    overview = task_overview(ws, result.plan_id, dt.date(2024, 9, 1), None)
    root, _ = build_tree(overview["headings"], overview["tasks"], overview["withdrawn"])
    tree = [n.label() for n in root.children[0].children]
    assert tree[-5:] == ["10. 丰富老年人精神文化生活", "（原11，已撤销）加强老年人权益保障", "11. 做好养老服务统计监测",
                         "12. 发展老年教育", "13. 加强组织保障"], tree
    data = load_input(ws, 2024)
    assert [t.key for t in data.tasks][-4:] == expected
    ledger = [row[2] for row in ledger_rows(data, 12)]                  # 台账: a row per task × unit, its title
    titles = ["丰富老年人精神文化生活", "做好养老服务统计监测", "发展老年教育", "加强组织保障"]
    assert [t for t in dict.fromkeys(ledger) if t in titles] == titles


def test_a_number_typed_in_the_task_tab_moves_the_task_among_its_new_neighbours(ws):
    from desktop.store.plans import edit_task, read_task_number

    result = first_import(ws)
    task_id = next(t.id for t in queries.tasks(ws, result.plan_id) if t.key == "四.5")
    parts, _note = read_task_number(ws, task_id, "11A")
    edit_task(ws, task_id, {"key": parts})
    keys = [t.key for t in queries.tasks(ws, result.plan_id)]
    assert keys[-5:] == ["四.10", "四.11", "四.11A", "四.12A", "四.13"], keys


# -- 3. a revision's deadline goes to what the new text dates -------------------------------------------

def test_the_parser_alone_dates_the_second_target_with_the_new_deadline():
    """The difference the revision makes: read alone, the new text gives the coverage rate the task's 10-31."""
    from desktop.core.parse import parse_file

    assert _targets(parse_file(DATA / "plan_v2.txt"), "四.4") == [("10月底前新建老年食堂20个", "2024-10-31"),
                                                                 ("助餐服务覆盖率达到80%以上", "2024-10-31")]


def test_a_revisions_new_deadline_dates_what_the_new_text_dates(ws):
    """「10月底前新建老年食堂20个，助餐服务覆盖率达到80%以上」: the date heads the sentence and dates both targets (the
    review's one rule, rv62), so the coverage rate takes 10-31 as the parser read it."""
    first_import(ws)
    reimport = revision(ws)
    assert _targets(reimport.plan, "四.4") == [("10月底前新建老年食堂20个", "2024-10-31"),
                                              ("助餐服务覆盖率达到80%以上", "2024-10-31")]
    assert next(t for t in reimport.plan.tasks if t.key == "四.4").deadline == "2024-10-31"
    # a target the new text dates itself takes the new date, as before
    assert _targets(reimport.plan, "四.2") == [("10月底前建设家庭养老照护床位300张", "2024-10-31")]
    result = save_reimport(ws, reimport, backup=False)
    task = next(t for t in queries.tasks(ws, result.plan_id) if t.key == "四.4")
    stored = [(g["text"], g["deadline"]) for g in queries.task_detail(ws, task.id)["targets"]]
    assert stored == [("10月底前新建老年食堂20个", "2024-10-31"), ("助餐服务覆盖率达到80%以上", "2024-10-31")]
    assert "四.4" not in stored_corrections(ws, result.plan_id)          # the document's reading, no correction


def test_a_revisions_date_after_a_target_leaves_it_undated_as_before():
    """v1 had no date; v2 「新增泊位10万个，2024年12月底前建成平台」 dates the platform: the berths stay undated."""
    from desktop.core.model import ParsedPlan
    from desktop.core.revision_dates import undated_as_before

    text = "推进智慧停车建设。新增泊位10万个，2024年12月底前建成平台。"
    berths = Target("新增泊位10万个", 100000, "个", ">=", "2024-12-31", "泊位")
    task = Task(["一"], "1", "推进智慧停车建设", text, deadline="2024-12-31", targets=[berths])
    plan = ParsedPlan(title="某方案", date="2024-03-01", tasks=[task])
    before = {"一.1": {"targets": [dict(berths.to_json(), deadline=None)]}}
    assert undated_as_before(plan, before, {"一.1": "一.1"}) == ["一.1"]
    assert plan.tasks[0].targets[0].deadline is None


# -- 4. the change list at 1366×768 ---------------------------------------------------------------------

def _revision_review(qtbot, ws, monkeypatch):
    from helpers_ui import FakePrompts

    from desktop.ui import review as review_module
    from desktop.ui.screen_fit import SMALLEST, fit_to_screen

    monkeypatch.setattr(review_module, "available_area", lambda _widget=None: SMALLEST)
    monkeypatch.setattr(review_module, "fit_to_screen", lambda widget, area=None: fit_to_screen(widget, SMALLEST))
    first_import(ws)
    reimport = revision(ws)
    dialog = review_module.ReviewDialog(reimport.plan, FakePrompts(), reimport=reimport)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    return dialog


def _table_rows_in_sight(dialog) -> int:
    view = dialog.ui.tasksView
    rects = [view.visualRect(dialog.model.index(r, 1)) for r in range(dialog.model.rowCount())]
    return sum(r.top() >= 0 and r.bottom() <= view.viewport().height() for r in rects)


def _list_rows_in_sight(view) -> int:
    area = view.viewport().rect()
    return sum(area.contains(view.visualItemRect(view.item(i))) for i in range(view.count()))


def test_the_whole_change_list_opens_at_1366x768_and_shuts_again(qtbot, ws, monkeypatch):
    from desktop.ui.review_changes import TABLE_ROWS_OPEN

    dialog = _revision_review(qtbot, ws, monkeypatch)
    changes = dialog.ui.changesList
    # the ⚑ conflict, two of the plan's own, eight tasks' (四.9's short name, which only followed the clerk's title,
    # is no change of the revision's since m67a)
    assert changes.count() == 11
    shut = _list_rows_in_sight(changes)
    assert shut < changes.count() and changes.verticalScrollBar().isVisible()      # the clerk saw 4 of them
    assert dialog.changesToggle.isVisible() and dialog.changesToggle.text() == "展开全部 11 处改动(&V)"
    assert _table_rows_in_sight(dialog) >= 10                                      # ux57's ten rows, kept
    qtbot.mouseClick(dialog.changesToggle, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert _list_rows_in_sight(changes) == changes.count() and not changes.verticalScrollBar().isVisible()
    assert _table_rows_in_sight(dialog) >= TABLE_ROWS_OPEN
    assert dialog.changesToggle.text() == "收起改动列表(&V)" and not dialog.ui.unitsList.isVisible()
    # a change clicked in the open list shows its task's row in the table
    added = next(changes.item(i) for i in range(changes.count()) if "【新增】" in changes.item(i).text())
    row = dialog.go_to_change(added)
    assert dialog.model.plan.tasks[row].key == "四.12"
    rect = dialog.ui.tasksView.visualRect(dialog.model.index(row, 1))
    assert rect.top() >= 0 and rect.bottom() <= dialog.ui.tasksView.viewport().height()
    if SHOTS:
        dialog.grab().save(f"{SHOTS}/review_changes_open.png")
    qtbot.mouseClick(dialog.changesToggle, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert _list_rows_in_sight(changes) == shut and dialog.ui.unitsList.isVisible()
    assert _table_rows_in_sight(dialog) >= 10


def test_a_first_import_shows_no_change_list_button(qtbot):
    from helpers_ui import FakePrompts, sample_plan

    from desktop.ui.review import ReviewDialog

    dialog = ReviewDialog(sample_plan(), FakePrompts())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.changesPanel.isVisible() and not dialog.changesToggle.isVisible()
