"""What a new clerk hit in the review (ux57, helper m57a): a number typed in the review is a correction like a
title (recorded in the history, kept over a revision, a conflict only where the document renumbered the task
itself); the change list says only what the clerk can see changed, and what words of the document moved under
a correction; the revision review keeps ten task rows in sight at 1366×768 and starts on the first conflict."""

from __future__ import annotations

import copy

import pytest
from helpers_ui import FakePrompts, sample_plan, task_id
from PySide6.QtCore import Qt

from desktop.core import review_edits as E
from desktop.core.model import ParsedPlan, Target, Task, Unit
from desktop.store import open_workspace, plans as P, queries


@pytest.fixture
def ws(tmp_path):
    workspace = open_workspace(tmp_path / "w.sqlite")
    yield workspace
    workspace.close()


def _renumbered_in_review(ws) -> int:
    """sample_plan saved after the clerk typed 3A for 二.二.3 (五.19 → 五.19A in the tester's plan)."""
    parsed = sample_plan()
    reviewed = copy.deepcopy(parsed)
    reviewed.tasks[2].number = "3A"
    return P.save_plan(ws, reviewed, backup=False, parsed=parsed).plan_id


# -- 1. a number corrected in the review -----------------------------------------------------------

def test_a_number_typed_in_the_review_is_in_the_tasks_history(ws):
    plan_id = _renumbered_in_review(ws)
    history = P.task_history(ws, task_id(ws, plan_id, "二.二.3A"))
    assert [(h["field"], h["old"], h["new"], h["source"]) for h in history] == [
        ("编号", "二.二.3", "二.二.3A", "核对时修改")]
    assert "key" in P.stored_corrections(ws, plan_id)["二.二.3A"]


def test_a_revision_that_does_not_renumber_the_task_keeps_the_typed_number(ws):
    plan_id = _renumbered_in_review(ws)
    revised = sample_plan()
    revised.tasks[1].deadline = "2024-09-30"                 # the revision touches another task only
    reimport = P.prepare_reimport(ws, revised)
    assert reimport.conflicts == []
    assert not any("编号" in line for line in reimport.changes), reimport.changes
    assert reimport.changes == ["二.一.2 明确责任分工：完成时限“（无）”→“2024-09-30”"]
    assert [t.key for t in reimport.plan.tasks][2] == "二.二.3A"
    P.save_reimport(ws, reimport, backup=False)
    keys = [r.key for r in queries.tasks(ws, plan_id)]
    assert "二.二.3A" in keys and "二.二.3" not in keys
    # still a correction: the next revision keeps it too
    again = P.prepare_reimport(ws, revised)
    assert again.conflicts == [] and again.changes == []
    assert [t.key for t in again.plan.tasks][2] == "二.二.3A"


def test_a_revision_that_renumbers_the_task_itself_takes_the_document_s_number_and_offers_the_clerk_s(ws):
    """The document renumbered the very task the clerk renumbered: its number stands by default (the units hold the
    document; m63b, ux62 finding 6), the clerk's offered as the choice it was, and kept when chosen."""
    from desktop.core import plan_edits

    plan_id = _renumbered_in_review(ws)
    revised = sample_plan()
    revised.source_text += "（修订稿）"          # a revision: its text changed (the same text is a re-read, m66a)
    revised.tasks[2].number = "5"                            # the document renumbered this very task
    reimport = P.prepare_reimport(ws, revised)
    assert [(c.key, c.field) for c in reimport.conflicts] == [("二.二.5", "key")]
    text = reimport.conflicts[0].text()
    assert "编号　您改为“二.二.3A”；原方案“二.二.3”，新方案“二.二.5”" in text, text
    title = reimport.conflicts[0].title
    assert [t.key for t in reimport.plan.tasks if t.title == title] == ["二.二.5"]     # the document's, by default
    assert reimport.kept() == []
    # the clerk's number, when chosen, is kept and stays a correction
    chosen = P.prepare_reimport(ws, revised)
    assert plan_edits.set_conflict_value(chosen.plan, chosen.conflicts[0], chosen.conflicts[0].corrected)
    assert [t.key for t in chosen.plan.tasks if t.title == title] == ["二.二.3A"]
    assert [(c.key, c.field) for c in chosen.kept()] == [("二.二.3A", "key")]
    # saved as offered: the document's number, the clerk's renumbering given up
    P.save_reimport(ws, reimport, backup=False)
    keys = [r.key for r in queries.tasks(ws, plan_id)]
    assert "二.二.5" in keys and "二.二.3A" not in keys
    assert "key" not in P.stored_corrections(ws, plan_id).get("二.二.5", {})
    again = P.prepare_reimport(ws, revised)
    assert again.conflicts == []


def test_a_conflict_on_another_field_of_a_renumbered_task_follows_its_typed_number(ws):
    parsed = sample_plan()
    reviewed = copy.deepcopy(parsed)
    reviewed.tasks[2].number = "3A"
    reviewed.tasks[2].deadline = "2024-10-31"
    plan_id = P.save_plan(ws, reviewed, backup=False, parsed=parsed).plan_id
    revised = sample_plan()
    revised.tasks[2].deadline = "2024-11-30"
    reimport = P.prepare_reimport(ws, revised)
    assert [(c.key, c.field) for c in reimport.conflicts] == [("二.二.3A", "deadline")]
    reimport.choose_document(list(reimport.conflicts))
    P.save_reimport(ws, reimport, backup=False)
    rows = {r.key: r for r in queries.tasks(ws, plan_id)}
    assert rows["二.二.3A"].deadline == "2024-11-30"


def test_two_numbers_swapped_in_the_review_stay_swapped_over_a_revision(ws):
    parsed = sample_plan()
    reviewed = copy.deepcopy(parsed)
    reviewed.tasks[0].number, reviewed.tasks[1].number = "2", "1"        # the parser had them swapped
    plan_id = P.save_plan(ws, reviewed, backup=False, parsed=parsed).plan_id
    revised = sample_plan()
    revised.tasks[3].deadline = "2024-07-31"
    reimport = P.prepare_reimport(ws, revised)
    assert reimport.conflicts == []
    # (listed by number since m62a: 二.一.1 first, whichever row of the document it was)
    assert [(t.key, t.title) for t in reimport.plan.tasks[:2]] == [("二.一.1", "明确责任分工"),
                                                                   ("二.一.2", "凝聚社会共识")]
    assert reimport.changes == ["二.二.4 建设养老床位：完成时限“2024-06-30”→“2024-07-31”"]
    P.save_reimport(ws, reimport, backup=False)
    assert {r.key: r.title for r in queries.tasks(ws, plan_id)}["二.一.2"] == "凝聚社会共识"


# -- 2. the change list ----------------------------------------------------------------------------

def _one_task_plan(target_deadline: str, text: str = "新建高标准农田2.1万亩。", deadline: str = "2024-10-31"):
    task = Task(["四"], "14", "新建高标准农田2.1万亩", text, lead_units=["县农业农村局"],
                targets=[Target("新建高标准农田2.1万亩", 21000, "亩", "=", target_deadline, "高标准农田")],
                deadline=deadline)
    return ParsedPlan(title="泾县任务分解", doc_number="泾政〔2024〕2号", date="2024-01-30", tasks=[task],
                      units=[Unit("县农业农村局")], source_text=text)


def test_a_target_whose_shown_words_are_the_same_is_not_listed_as_changed_words():
    before = {"四.14": {**E.stored_fields(*(lambda p: (p, p.tasks[0]))(_one_task_plan("2024-10-31"))),
                        "text": "新建高标准农田2.1万亩。"}}
    after = _one_task_plan("2024-09-30", deadline="2024-09-30")
    (line,) = E.task_changes(before, after)
    assert "“新建高标准农田2.1万亩”→“新建高标准农田2.1万亩”" not in line, line
    assert "截止日期“2024-10-31”→“2024-09-30”" in line, line
    assert "完成时限“2024-10-31”→“2024-09-30”" in line
    # nothing at all the clerk could see or be told: no line
    same = _one_task_plan("2024-10-31")
    assert E.task_changes({"四.14": {**E.stored_fields(same, same.tasks[0]), "text": same.tasks[0].text}},
                          _one_task_plan("2024-10-31")) == []


def test_a_changed_document_text_says_which_words_changed():
    old = "开展“双招双引”攻坚行动，全年新签约亿元以上项目60个，实际利用外资1500万美元。"
    new = "开展“双招双引”攻坚行动，全年新签约亿元以上项目70个，实际利用外资1500万美元。"
    plan = _one_task_plan("2024-10-31", text=new)
    before = {"四.14": {**E.stored_fields(plan, plan.tasks[0]), "text": old}}
    (line,) = E.task_changes(before, plan)
    assert E.TEXT_CHANGED in line
    said = line.split(E.TEXT_CHANGED, 1)[1]
    assert "60个" in said and "70个" in said, line
    assert said.index("60个") < said.index("70个")
    assert len(said) < 60, said                               # the differing part, not the whole paragraph twice


def test_text_difference_shows_the_changed_part_with_a_little_context():
    assert E.text_difference("全年新签约亿元以上项目60个，实际利用外资1500万美元。",
                             "全年新签约亿元以上项目70个，实际利用外资1500万美元。") == (
        "…亿元以上项目60个，实际利…", "…亿元以上项目70个，实际利…")
    assert E.text_difference("共60个", "共70个") == ("共60个", "共70个")
    old, new = E.text_difference("甲" * 100 + "乙" * 100, "甲" * 100 + "丙" * 100)
    assert len(old) <= 40 and len(new) <= 40
    assert E.text_difference("同样", "同样") == ("", "")


# -- 3. the revision review at 1366×768 ---------------------------------------------------------------

def _long_plan(n: int = 20) -> ParsedPlan:
    """A plan of ``n`` tasks with titles and units long enough to wrap, as the tester's 泾县 plan has."""
    units = ["县发展改革委", "县统计局", "县经信局", "县住建局", "县交通运输局", "各乡镇人民政府"]
    title = "实施第{}批省市县重点项目220个，年度完成投资150亿元以上，新开工亿元以上项目40个"
    tasks = [Task(["一"], str(i + 1), title.format(i + 1), title.format(i + 1) + "。",
                  lead_units=["县发展改革委"], responsible_units=units[1:],
                  targets=[Target("实施省市县重点项目220个", 220, "个", "=", None, "省市县重点项目"),
                           Target("新开工亿元以上项目40个", 40, "个", "=", None, "新开工亿元以上项目")],
                  deadline="2024-12-31") for i in range(n)]
    warnings = [f"任务 一.{i} 的时限“年内”没有写年份，已按 2024 年处理，请核对。" for i in (2, 3)]
    return ParsedPlan(title="泾县任务分解", doc_number="泾政〔2024〕2号", date="2024-01-30", tasks=tasks,
                      units=[Unit(u) for u in units], warnings=warnings,
                      source_text="".join(t.text for t in tasks))


def _revision_review(qtbot, ws, monkeypatch):
    from desktop.ui import review as review_module
    from desktop.ui.review import ReviewDialog
    from desktop.ui.screen_fit import SMALLEST, fit_to_screen

    monkeypatch.setattr(review_module, "available_area", lambda _widget=None: SMALLEST)
    monkeypatch.setattr(review_module, "fit_to_screen", lambda widget, area=None: fit_to_screen(widget, SMALLEST))
    parsed = _long_plan()
    reviewed = copy.deepcopy(parsed)
    reviewed.tasks[11].deadline = "2024-10-31"                 # a correction the revision will touch
    P.save_plan(ws, reviewed, backup=False, parsed=parsed)
    revised = _long_plan()
    revised.date = "2024-02-20"
    for task in revised.tasks[4:9]:
        task.deadline = "2024-11-30"                           # changes to list
    revised.tasks[11].deadline = "2024-09-30"                  # the conflict, on row 12
    reimport = P.prepare_reimport(ws, revised)
    assert [(c.key, c.field) for c in reimport.conflicts] == [("一.12", "deadline")]
    dialog = ReviewDialog(reimport.plan, FakePrompts(), reimport=reimport)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    return dialog


def test_the_revision_review_keeps_ten_task_rows_in_sight_at_1366x768(qtbot, ws, monkeypatch):
    dialog = _revision_review(qtbot, ws, monkeypatch)
    view = dialog.ui.tasksView
    assert dialog.ui.changesPanel.isVisible() and dialog.ui.warningsList.isVisible()
    height = view.viewport().height()
    in_sight = [r for r in range(dialog.model.rowCount())
                if 0 <= view.visualRect(dialog.model.index(r, 1)).top()
                and view.visualRect(dialog.model.index(r, 1)).bottom() <= height]
    assert len(in_sight) >= 10, (len(in_sight), height, [view.rowHeight(r) for r in range(12)])
    # a row cut short keeps its words in its tooltip
    from desktop.ui.review_model import COL_TITLE
    tip = dialog.model.index(0, COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert dialog.model.plan.tasks[0].title in tip


def test_the_revision_review_starts_on_the_first_conflict(qtbot, ws, monkeypatch):
    dialog = _revision_review(qtbot, ws, monkeypatch)
    assert dialog.model.warned_rows()[:1] == [1]               # a flagged row comes first in the table
    assert dialog.ui.tasksView.currentIndex().row() == 11      # but the review opens on the conflict's row
    assert dialog.ui.tasksView.visualRect(dialog.ui.tasksView.currentIndex()).isValid()


def test_a_number_conflict_opens_ticked_for_the_document_s_number_and_unticking_keeps_the_clerk_s(qtbot, ws):
    """The document renumbered the task too: its number stands, so the ⚑ row opens ticked (m63b, ux62 finding 6);
    unticking it gives the clerk's number back, and undo the document's again."""
    from desktop.ui.review import ReviewDialog

    _renumbered_in_review(ws)
    revised = sample_plan()
    revised.source_text += "（修订稿）"          # a revision: its text changed (the same text is a re-read, m66a)
    revised.tasks[2].number = "5"
    reimport = P.prepare_reimport(ws, revised)
    dialog = ReviewDialog(reimport.plan, FakePrompts(), reimport=reimport)
    qtbot.addWidget(dialog)
    (item,) = dialog.conflict_items()
    assert "编号" in item.text() and item.checkState() == Qt.CheckState.Checked
    row = dialog.ui.tasksView.currentIndex().row()                # opened on the conflict's row
    assert dialog.working.tasks[row].key == "二.二.5"
    item.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.working.tasks[row].key == "二.二.3A"
    dialog.undo_stack.undo()
    assert dialog.working.tasks[row].key == "二.二.5"
    assert item.checkState() == Qt.CheckState.Checked
