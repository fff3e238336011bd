"""What the clerk sees of m67a's three loose ends of the re-read: the review's ⚑ row of a plan field worded as the new
reading (not 「原方案…新方案…」), no short-name row for the person's own title, and the task's history naming a
re-read's change as the new version's reading of the unchanged file."""

from __future__ import annotations

import copy

from helpers_ui import FakePrompts, make_workspace, sample_plan

from desktop.core.parse.shortname import suggest_short_name
from desktop.store import plans as P, queries as Q
from desktop.ui.review import ReviewDialog

TEXT = "二、工作任务\n（一）健全工作机制\n1. 凝聚社会共识。加强适老化改造工作调研。\n2. 明确责任分工。理清职能职责。"


def _read(plan):
    plan.source_text = TEXT
    for task in plan.tasks:
        task.short_name = suggest_short_name(task.title)
    return plan


def _re_read(tmp_path):
    parsed = _read(sample_plan())
    reviewed = copy.deepcopy(parsed)
    reviewed.tasks[0].title = "凝聚共识"                  # the clerk's title; the short name left as read
    reviewed.doc_number = "测政办〔2024〕11号"            # and the plan's 文号
    ws, plan_id = make_workspace(tmp_path / "w.sqlite", parsed)
    P.save_plan(ws, reviewed, backup=False, parsed=parsed)
    again = _read(sample_plan())                           # read by a newer version: the 文号 and a deadline otherwise
    again.doc_number = "测政办〔2024〕7号"
    again.tasks[1].deadline = "2024-09-30"
    return ws, plan_id, P.prepare_reimport(ws, again)


def test_the_review_of_a_re_read_words_the_plan_conflict_as_a_reading(qtbot, tmp_path):
    ws, _plan_id, reimport = _re_read(tmp_path)
    assert reimport.reread
    dialog = ReviewDialog(reimport.plan, FakePrompts(), reimport=reimport)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = [dialog.ui.changesList.item(i).text() for i in range(dialog.ui.changesList.count())]
    assert rows == ["⚑ （方案）：文号　您改为“测政办〔2024〕11号”；原先识读为“测政办〔2024〕1号”，"
                    "新版本识读为“测政办〔2024〕7号”",
                    "二.一.2 明确责任分工：识读不同（原识读→新版本识读）　完成时限“（无）”→“2024-09-30”"], rows
    assert dialog.working.tasks[0].short_name == "社会共识"        # as stored, not offered as a reading
    ws.close()


def test_the_task_history_names_a_re_read_s_change(qtbot, tmp_path):
    from desktop.ui.task_edit import TaskEditDialog, history_line

    ws, plan_id, reimport = _re_read(tmp_path)
    P.save_reimport(ws, reimport, backup=False)
    task_id = next(t.id for t in Q.tasks(ws, plan_id) if t.key == "二.一.2")
    (row,) = P.task_history(ws, task_id)
    assert history_line(row).endswith("新版本识读（文件未变）　完成时限：“（无）”→“2024-09-30”")
    dialog = TaskEditDialog(ws, task_id, FakePrompts())
    qtbot.addWidget(dialog)
    ws.close()
