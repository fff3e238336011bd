"""A row that is no task (ux58 finding 3): 保障措施 「（一）加强组织领导」 read as a task, the clerk told to add
units to it and no way to drop it. The review marks a row 「不是任务」 (and back), undoably; the row is not saved,
its indicators go with it, and a revision of the plan does not bring it back silently: it comes marked again, and
is said."""

from __future__ import annotations

import copy
import os

from helpers_ui import FakePrompts
from PySide6.QtCore import Qt

from desktop.core import not_tasks, review_edits as logic
from desktop.core.model import ParsedPlan, Target, Task, Unit
from desktop.store import open_workspace, plans as store_plans

SHOTS = os.environ.get("M59A_SHOTS")


# ux58 plan C, cut short: two tasks and its 保障措施, read as tasks 三.一 and 三.二
_C_TEXT = ("重庆市推动城市更新提质行动计划（2024—2027年）\n一、总体目标\n到2027年，全市城镇老旧小区改造基本完成。\n"
           "二、重点任务\n（一）实施老旧小区改造提升行动。\n"
           "1.全面推进城镇老旧小区改造。到2027年，累计改造老旧小区达到8000个。（责任单位：市住房城乡建委，各区县政府）\n"
           "2.加装电梯。每年加装电梯1000部以上。（责任单位：市住房城乡建委、市市场监管局，各区县政府）\n"
           "三、保障措施\n（一）加强组织领导。市城市更新工作领导小组办公室设在市住房城乡建委，负责统筹协调。\n"
           "（二）强化调度考核。各责任单位明确1名联络员，每月5日前报送上月工作进展。\n")


def _plan() -> ParsedPlan:
    tasks = [
        Task(["二", "一"], "1", "推进老旧小区改造", "到2027年，改造老旧小区8000个。（责任单位：市住房城乡建委）",
             responsible_units=["市住房城乡建委"], deadline="2027-12-31",
             targets=[Target("到2027年，改造老旧小区8000个", 8000, "个", None, "2027-12-31", "老旧小区")]),
        Task(["二", "一"], "2", "完善停车设施", "新增公共停车泊位10万个。（责任单位：市公安局）",
             responsible_units=["市公安局"], deadline="2027-12-31",
             targets=[Target("新增公共停车泊位10万个", 100000, "个", None, "2027-12-31", "公共停车泊位")]),
        Task(["三"], "一", "加强组织领导", "加强组织领导。各区县要成立工作专班，明确1名联络员。", level=2,
             targets=[Target("明确1名联络员", 1, "名", None, None, "联络员")]),
        Task(["三"], "二", "强化调度考核", "强化调度考核。将城市更新工作纳入年度考核。", level=2),
    ]
    text = "".join(t.text for t in tasks)
    return ParsedPlan(title="重庆市推动城市更新提质行动计划（2024—2027年）", doc_number="渝府发〔2024〕8号",
                      date="2024-03-01", tasks=tasks, units=[Unit("市住房城乡建委"), Unit("市公安局")],
                      source_text=text)


def _review(qtbot, plan, reimport=None):
    from desktop.ui.review import ReviewDialog

    prompts = FakePrompts()
    dialog = ReviewDialog(plan, prompts, reimport=reimport)
    qtbot.addWidget(dialog)
    return dialog


def _go(dialog, row: int) -> None:
    from desktop.ui.review import COL_TITLE

    dialog.ui.tasksView.setCurrentIndex(dialog.model.index(row, COL_TITLE))


def test_the_review_marks_a_row_not_a_task_and_back(qtbot) -> None:
    from desktop.ui.review import COL_TARGETS, COL_TITLE

    dialog = _review(qtbot, _plan())
    model = dialog.model
    assert 2 in model.warned_rows()                  # 「没有写明…单位」: the clerk is asked about a heading
    _go(dialog, 2)
    assert dialog.notTaskButton.isEnabled() and dialog.notTaskButton.text() == "不是任务(&D)"
    qtbot.mouseClick(dialog.notTaskButton, Qt.MouseButton.LeftButton)
    assert dialog.working.tasks[2].not_task
    assert 2 not in model.warned_rows() and model.data(model.index(2, COL_TITLE), Qt.ItemDataRole.FontRole).strikeOut()
    assert not model.flags(model.index(2, COL_TARGETS)) & Qt.ItemFlag.ItemIsEditable
    assert "保存时不存入" in model.data(model.index(2, COL_TITLE), Qt.ItemDataRole.ToolTipRole)
    assert dialog.notTaskButton.text() == "恢复为任务(&D)"
    summary = dialog.ui.summaryLabel.text()
    assert "识别出 3 项任务" in summary and "2 项指标" in summary and "另有 1 行标为“不是任务”，不保存" in summary
    # the Delete key marks the next one; Ctrl+Z gives it back, step by step
    _go(dialog, 3)
    dialog.ui.tasksView.setFocus()
    qtbot.keyClick(dialog.ui.tasksView, Qt.Key.Key_Delete)
    assert model.not_task_rows() == [2, 3]
    if SHOTS:
        dialog.resize(1366, 700)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(os.path.join(SHOTS, "review_not_task.png"))
    dialog.undo_stack.undo()
    assert model.not_task_rows() == [2]
    _go(dialog, 2)
    qtbot.mouseClick(dialog.notTaskButton, Qt.MouseButton.LeftButton)     # 恢复为任务
    assert model.not_task_rows() == [] and 2 in model.warned_rows()


def test_a_row_not_a_task_is_not_saved_and_a_revision_keeps_it_out(qtbot, tmp_path) -> None:
    ws = open_workspace(tmp_path / "w.sqlite")
    parsed = _plan()
    reviewed = copy.deepcopy(parsed)
    reviewed.tasks[2].not_task = reviewed.tasks[3].not_task = True
    reviewed.tasks[0].deadline = "2026-12-31"                  # a correction beside it, on its own row
    prepared = store_plans.prepare_reimport(ws, parsed)
    prepared.plan = reviewed
    result = store_plans.save_reimport(ws, prepared, backup=False)
    assert result.tasks_added == 2 and result.not_tasks == ["三.一 加强组织领导", "三.二 强化调度考核"]
    keys = [r[0] for r in ws.conn.execute("SELECT key FROM tasks ORDER BY position")]
    assert keys == ["二.一.1", "二.一.2"]
    assert ws.conn.execute("SELECT COUNT(*) FROM targets WHERE subject = '联络员'").fetchone()[0] == 0
    corrections = store_plans.stored_plan_corrections(ws, result.plan_id)
    assert [r["title"] for r in corrections[not_tasks.NOT_TASKS].value] == ["加强组织领导", "强化调度考核"]
    assert store_plans.stored_corrections(ws, result.plan_id)["二.一.1"]["deadline"].value == "2026-12-31"

    # a revision: the rows come marked again, and the review says so
    revision = _plan()
    revision.doc_number = "渝府发〔2024〕9号"
    revision.tasks[1].text = revision.tasks[1].text.replace("10万个", "12万个")
    prepared = store_plans.prepare_reimport(ws, revision)
    assert [t.not_task for t in prepared.plan.tasks] == [False, False, True, True]
    said = [line for line in prepared.changes if line.endswith(logic.NOT_TASK_TAIL)]
    assert [line.split("：")[0] for line in said] == ["三.一 加强组织领导", "三.二 强化调度考核"]
    dialog = _review(qtbot, prepared.plan, reimport=prepared)
    assert dialog.model.not_task_rows() == [2, 3]
    assert "此前标为“不是任务”的 2 行仍不保存" in dialog.ui.changesLabel.text()
    # the clerk makes one a task again: saved, the other still left out
    _go(dialog, 3)
    assert dialog.toggle_not_task() is False
    prepared.plan = dialog.plan()
    result = store_plans.save_reimport(ws, prepared, backup=False)
    keys = [r[0] for r in ws.conn.execute("SELECT key FROM tasks WHERE withdrawn_at IS NULL ORDER BY position")]
    assert keys == ["二.一.1", "二.一.2", "三.二"]
    corrections = store_plans.stored_plan_corrections(ws, result.plan_id)
    assert [r["title"] for r in corrections[not_tasks.NOT_TASKS].value] == ["加强组织领导"]
    ws.close()


def test_plan_import_says_a_row_stays_out(tmp_path, capsys) -> None:
    from desktop.__main__ import main
    from desktop.core.parse import parse_text

    text = _C_TEXT
    path = tmp_path / "计划.txt"
    path.write_text(text, encoding="utf-8")
    parsed = parse_text(text)
    rows = [n for n, t in enumerate(parsed.tasks) if t.title.startswith("加强组织领导")]
    assert rows, [t.title for t in parsed.tasks]         # read as a task (ux58), as the clerk saw it
    ws = open_workspace(tmp_path / "w.sqlite")
    prepared = store_plans.prepare_reimport(ws, parsed)
    prepared.plan.tasks[rows[0]].not_task = True
    store_plans.save_reimport(ws, prepared, backup=False)
    ws.close()
    path.write_text(text.replace("8000个", "9000个"), encoding="utf-8")
    assert main(["plan", "import", str(path), "--db", str(tmp_path / "w.sqlite")]) == 0
    out = capsys.readouterr().out
    assert "三.一 加强组织领导：此前核对时标为“不是任务”，仍不保存" in out, out
    assert "任务 3 项" in out
    with open_workspace(tmp_path / "w.sqlite") as ws:
        titles = [r[0] for r in ws.conn.execute("SELECT title FROM tasks WHERE withdrawn_at IS NULL")]
    assert not any(t.startswith("加强组织领导") for t in titles)


def test_plan_edit_marks_a_saved_row_not_a_task_and_back(tmp_path, capsys) -> None:
    from desktop.__main__ import main

    path = tmp_path / "计划.txt"
    path.write_text(_C_TEXT, encoding="utf-8")
    db = str(tmp_path / "w.sqlite")
    assert main(["plan", "import", str(path), "--db", db]) == 0
    assert main(["plan", "edit", "--db", db, "--task", "三.一", "--not-task"]) == 0
    assert "任务 三.一 加强组织领导：已标为“不是任务”" in capsys.readouterr().out
    assert main(["plan", "info", "--db", db]) == 0       # nothing listed there is marked: no word about marks (ux60)
    assert "您改过" not in capsys.readouterr().out
    assert main(["plan", "edit", "--db", db, "--task", "三.一", "--not-task"]) == 2       # withdrawn: no such task
    assert main(["plan", "edit", "--db", db, "--task", "三.一", "--not-task", "--title", "x"]) == 2
    capsys.readouterr()

    def live() -> list[str]:
        with open_workspace(tmp_path / "w.sqlite") as ws:
            return [r[0] for r in ws.conn.execute("SELECT key FROM tasks WHERE withdrawn_at IS NULL ORDER BY position")]

    assert "三.一" not in live() and "三.二" in live()
    path.write_text(_C_TEXT.replace("8000个", "9000个"), encoding="utf-8")       # a revision: still out, and said
    assert main(["plan", "import", str(path), "--db", db]) == 0
    assert "三.一 加强组织领导：此前核对时标为“不是任务”，仍不保存" in capsys.readouterr().out
    assert "三.一" not in live()
    assert main(["plan", "edit", "--db", db, "--task", "三.一", "--is-task"]) == 0
    assert "已恢复为任务" in capsys.readouterr().out and "三.一" in live()
    with open_workspace(tmp_path / "w.sqlite") as ws:
        key = ws.conn.execute("SELECT id FROM tasks WHERE key = '三.一'").fetchone()[0]
        history = store_plans.task_history(ws, key)
        assert [(h["field"], h["new"]) for h in history][:2] == [
            ("标为“不是任务”的行", "（无）"), ("标为“不是任务”的行", "三.一 加强组织领导")]
    path.write_text(_C_TEXT.replace("8000个", "9500个"), encoding="utf-8")       # a task again: a revision keeps it
    assert main(["plan", "import", str(path), "--db", db]) == 0
    assert "三.一" in live()


def test_the_client_saves_without_the_row_and_says_so(qtbot, tmp_path) -> None:
    from helpers_ui import import_through_the_client, open_window

    path = tmp_path / "计划.txt"
    path.write_text(_C_TEXT, encoding="utf-8")
    prompts = FakePrompts()
    window = open_window(qtbot, tmp_path / "w.sqlite", prompts, role="office")
    flow = import_through_the_client(qtbot, window, prompts, path, until_review=True)
    review = flow.review_dialog
    _go(review, [t.key for t in review.working.tasks].index("三.一"))
    qtbot.mouseClick(review.notTaskButton, Qt.MouseButton.LeftButton)
    review.accept()
    qtbot.waitUntil(lambda: any("没有保存的行" in t for t in prompts.texts("info")), timeout=15000)
    said = next(t for t in prompts.texts("info") if "没有保存的行" in t)
    assert "标为“不是任务”、没有保存的行：三.一 加强组织领导" in said, said
    assert said.count("没有保存的行") == 1, said          # said once (ux60: the paragraph came twice)
    keys = [r[0] for r in window.session.ws.conn.execute("SELECT key FROM tasks ORDER BY position")]
    assert "三.一" not in keys and "三.二" in keys


def test_at_a_unit_the_offices_plan_decides_which_rows_are_tasks(tmp_path) -> None:
    from desktop.exchange.plan_package import read_plan
    from desktop.store.saved_plan import load_plan

    with open_workspace(tmp_path / "unit.sqlite") as unit:            # the unit tried the document first
        parsed = _plan()
        reviewed = copy.deepcopy(parsed)
        reviewed.tasks[2].not_task = True
        store_plans.save_plan(unit, reviewed, backup=False, parsed=parsed)
    with open_workspace(tmp_path / "office.sqlite") as office:        # the office keeps 三.一 as a task
        plan_id = store_plans.save_plan(office, _plan(), backup=False, parsed=_plan()).plan_id
        received = read_plan(load_plan(office, plan_id).to_json(with_source=True))
    with open_workspace(tmp_path / "unit.sqlite") as unit:
        prepared = store_plans.prepare_office_plan(unit, received)
        assert not any(t.not_task for t in prepared.plan.tasks)
        store_plans.save_reimport(unit, prepared, backup=False)
        keys = [r[0] for r in unit.conn.execute("SELECT key FROM tasks WHERE withdrawn_at IS NULL ORDER BY position")]
        assert "三.一" in keys
