"""The gaps a new-user tester (ux54) found in correcting a saved plan: a typed unit the plan lacks
is asked about (task tab) or refused (``plan edit``); withdrawn tasks stay readable in the task
tree and lead the save message; importing another plan says so first; the revision review has
room and goes to a change's row; the warnings follow merges; a .docx with no body says so."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from helpers_exchange import dump
from helpers_ui import FakePrompts, import_through_the_client, make_workspace, open_window, sample_plan, task_id
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.__main__ import main
from desktop.core import unit_check
from desktop.core.model import Unit
from desktop.store import plans as store_plans, queries

# -- 1. a unit the plan lacks ---------------------------------------------------------------------

def test_new_units_uses_the_reviews_names_and_aliases_and_names_the_nearest():
    units = [Unit("市财政局"), Unit("市卫健委", aliases=["市卫生健康委"]), Unit("市民政局")]
    found = unit_check.new_units(["市财政居", "市卫生健康委", "市民政局", "某某公司"], units)
    assert [(n.name, n.nearest) for n in found] == [("市财政居", "市财政局"), ("某某公司", None)]
    assert found[0].text() == "“市财政居”（最接近的已有单位：“市财政局”）"


def test_plan_edit_refuses_a_unit_not_in_the_plan_unless_told_it_is_new(tmp_path, capsys):
    db = tmp_path / "w.sqlite"
    make_workspace(db)[0].close()
    before = dump(db)
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.2", "--responsible", "市财政居"]) == 2
    err = capsys.readouterr().err
    assert "“市财政居”（最接近的已有单位：“市财政局”）不在方案原文中，也不是工作区中已有的单位" in err
    assert "--new-unit" in err
    assert dump(db) == before
    # an alias of a known unit is no new unit
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.2", "--responsible", "市卫生健康委"]) == 0
    capsys.readouterr()
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.2", "--responsible", "市审计局",
                 "--new-unit"]) == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM units WHERE name = '市审计局'").fetchone()[0] == 1
    conn.close()


def _edit_dialog(qtbot, tmp_path, prompts):
    from desktop.ui.task_edit import TaskEditDialog

    ws, plan_id = make_workspace(tmp_path / "w.sqlite")
    dialog = TaskEditDialog(ws, task_id(ws, plan_id, "二.一.2"), prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    return ws, plan_id, dialog


def test_task_tab_asks_before_adding_a_unit_and_no_keeps_the_field(qtbot, tmp_path):
    prompts = FakePrompts(pick=["是笔误，回去修改"])
    ws, plan_id, dialog = _edit_dialog(qtbot, tmp_path, prompts)
    dialog.ui.responsibleEdit.setText("市财政居")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    asked = prompts.texts("pick")[-1]
    assert "“市财政居”不在方案原文中" in asked and "最接近的已有单位：“市财政局”" in asked
    assert dialog.isVisible() and dialog.ui.responsibleEdit.text() == "市财政居"
    assert ws.conn.execute("SELECT COUNT(*) FROM units WHERE name = '市财政居'").fetchone()[0] == 0
    assert store_plans.task_history(ws, task_id(ws, plan_id, "二.一.2")) == []
    dialog.grab().save(str(tmp_path / "ask.png"))


def test_task_tab_adds_the_unit_when_the_person_says_it_is_new(qtbot, tmp_path):
    prompts = FakePrompts(pick=["不是笔误，仍然使用"])
    ws, plan_id, dialog = _edit_dialog(qtbot, tmp_path, prompts)
    dialog.ui.responsibleEdit.setText("市审计局")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert "“市审计局”不在方案原文中" in prompts.texts("pick")[-1]
    assert not dialog.isVisible()
    detail = queries.task_detail(ws, task_id(ws, plan_id, "二.一.2"))
    assert [u["name"] for u in detail["units"] if u["role"] == "responsible"] == ["市审计局"]


def test_task_tab_asks_nothing_for_known_units_and_aliases(qtbot, tmp_path):
    prompts = FakePrompts()
    ws, plan_id, dialog = _edit_dialog(qtbot, tmp_path, prompts)
    dialog.ui.responsibleEdit.setText("市财政局、市卫生健康委")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert prompts.texts("pick") == [] and not dialog.isVisible()


# -- 2. withdrawn tasks ---------------------------------------------------------------------------

def _withdraw_task_4(tmp_path, edit_first: bool = True) -> tuple[Path, int, int]:
    """The sample plan saved, task 二.二.4 corrected and given an entry, then a revision without it."""
    import copy

    from desktop.store import entries, open_workspace
    from desktop.store.plans import save_plan

    db = tmp_path / "w.sqlite"
    ws, plan_id = make_workspace(db)
    t4 = task_id(ws, plan_id, "二.二.4")
    if edit_first:
        store_plans.edit_task(ws, t4, {"title": "建设家庭养老床位"})
    civil = ws.conn.execute("SELECT id FROM units WHERE name = '市民政局'").fetchone()[0]
    entries.save_entry(ws, t4, civil, "2024-03", progress="新增床位120张")
    revised = copy.deepcopy(sample_plan())
    revised.tasks = revised.tasks[:3]
    revised.tasks[0].title = "凝聚各方共识"
    ws.close()
    with open_workspace(db) as ws2:
        result = save_plan(ws2, revised, backup=False)
    assert result.tasks_withdrawn == 1
    return db, plan_id, t4


def test_task_tree_shows_a_withdrawn_task_greyed_under_its_section_with_entries_and_history(qtbot, tmp_path):
    from desktop.ui.task_tree import KindRole, StatusRole, TaskIdRole

    db, plan_id, t4 = _withdraw_task_4(tmp_path)
    window = open_window(qtbot, db, FakePrompts(), role="office")
    page = window.page("tasks")
    assert "另有 1 项已撤销" in page.ui.countLabel.text() and "共 3 项任务" in page.ui.countLabel.text()
    index = page.model.index_of_task(t4)
    assert index.isValid()
    section = index.parent()
    assert section.data(KindRole) == "heading" and "加快设施建设" in section.data()
    status = index.siblingAtColumn(1)
    assert status.data() == "已撤销" and index.data(StatusRole) == "withdrawn"
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#98a2b3"
    assert "已撤销" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert page.select_task(t4) and page.current_task_id() == t4 and index.data(TaskIdRole) == t4
    text = page.ui.textBrowser.toPlainText()
    assert text.startswith("已撤销：") and "修改记录" in text and "“建设养老床位”→“建设家庭养老床位”" in text
    assert [page.history.index(r, page.history.COL_PROGRESS).data()
            for r in range(page.history.rowCount())] == ["新增床位120张"]
    assert not page.ui.editButton.isEnabled()
    # a status filter is about current tasks: the withdrawn one is not among them
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData("not_started"))
    assert not page.model.index_of_task(t4).isValid()


def test_the_save_message_lists_withdrawals_first_and_never_cuts_them():
    from desktop.ui.first_run import SHOWN_CHANGES, change_lines

    changes = [f"二.{i} 任务{i}：完成时限“（无）”→“2024-12-31”" for i in range(20)]
    changes.append("原三.九 老任务：新方案中没有这项任务，将标为撤销（已有进展保留）")
    lines = change_lines(changes, {"三.九"})
    assert lines[0].startswith("原三.九 老任务") and "灰色显示为“已撤销”" in lines[1]
    assert len([x for x in lines if x.startswith("二.")]) == SHOWN_CHANGES - 1
    assert lines[-1] == f"……另有 {20 - (SHOWN_CHANGES - 1)} 处改动，见任务页各任务的“修改记录”。"
    assert change_lines(changes[:3], set()) == changes[:3]


# -- 3. another plan ------------------------------------------------------------------------------

def _import_other_plan(qtbot, tmp_path, prompts):
    from helpers_seeds import seed_path

    ws, _ = make_workspace(tmp_path / "w.sqlite")
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", prompts, role="office")
    return window, import_through_the_client(qtbot, window, prompts, seed_path("000"))


def test_importing_another_plan_in_the_client_asks_first_naming_both(qtbot, tmp_path):
    prompts = FakePrompts(choose=[None])          # 取消 (ux60: a choice, another plan or a revision of the current)
    window, flow = _import_other_plan(qtbot, tmp_path, prompts)
    asked = prompts.texts("choose")[-1]
    assert "工作区中已有方案《老年友好型城市建设工作方案》" in asked and "不能确定是不是它的修订稿" in asked
    assert "设为当前方案" in asked and "《" + flow.reimport.parsed.title + "》" in asked
    assert flow.review_dialog is None                            # 否: no review, nothing saved
    assert [p["title"] for p in queries.plans(window.session.ws)] == ["老年友好型城市建设工作方案"]


def test_importing_another_plan_goes_on_to_the_review_when_the_person_agrees(qtbot, tmp_path):
    from desktop.ui.first_run import OTHER_AS_NEW

    prompts = FakePrompts(choose=[OTHER_AS_NEW])
    window, flow = _import_other_plan(qtbot, tmp_path, prompts)
    assert len(prompts.texts("choose")) == 1 and flow.review_dialog is not None and flow.review_dialog.isVisible()
    flow.review_dialog.reject()


def test_a_revision_of_the_stored_plan_is_not_asked_about(qtbot, tmp_path):
    from desktop.ui.first_run import FirstRunFlow

    prompts = FakePrompts()
    ws, _ = make_workspace(tmp_path / "w.sqlite")
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", prompts, role="office")
    flow = FirstRunFlow(window, window.session, prompts, lambda: None)
    revised = sample_plan()
    revised.tasks[0].title = "凝聚各方共识"
    flow._review(revised)
    assert prompts.texts("ask") == [] and flow.review_dialog.isVisible()
    flow.review_dialog.reject()


# -- 4. the revision review -----------------------------------------------------------------------

def _revision_review(qtbot, tmp_path, prompts):
    from helpers_seeds import revised_seed_000, seed_path

    db = tmp_path / "w.sqlite"
    assert main(["plan", "import", str(seed_path("000")), "--db", str(db)]) == 0
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.1", "--title", "凝聚共识"]) == 0
    window = open_window(qtbot, db, prompts, role="office")
    flow = import_through_the_client(qtbot, window, prompts, revised_seed_000(tmp_path), until_review=True)
    return window, flow, flow.review_dialog


def test_the_change_list_has_room_at_1366x740_and_a_click_goes_to_the_row(qtbot, tmp_path):
    window, flow, review = _revision_review(qtbot, tmp_path, FakePrompts())
    review.resize(1366, 740)
    qtbot.wait(20)
    assert review.ui.changesList.maximumHeight() > 1000            # no 90 px cap
    assert review.ui.changesList.height() >= 90                    # five lines and more, scrolling (ux57: the table
    assert review.ui.tasksView.height() >= 250                     # keeps ten rows at 1366×768, test_review_m57a)
    items = [review.ui.changesList.item(i) for i in range(review.ui.changesList.count())]
    change = next(i for i in items if i.text().startswith("二.一.2 "))
    assert review.go_to_change(change) == review.model.keys.index("二.一.2")
    assert review.ui.tasksView.currentIndex().row() == review.model.keys.index("二.一.2")
    (flag,) = review.conflict_items()
    rect = review.ui.changesList.visualItemRect(flag)
    qtbot.mouseClick(review.ui.changesList.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert review.ui.tasksView.currentIndex().row() == review.model.keys.index("二.一.1")
    assert flag.checkState() == Qt.CheckState.Unchecked          # a click on the text does not tick it
    review.undo_stack.setClean()
    review.reject()


def test_saving_a_revision_lists_the_corrections_kept_and_writes_them_in_the_history(qtbot, tmp_path):
    prompts = FakePrompts()
    window, flow, review = _revision_review(qtbot, tmp_path, prompts)
    qtbot.mouseClick(review.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.result is not None, timeout=15000)
    said = prompts.texts("info")[-1]
    assert "保留了您的修改" in said and "二.一.1 凝聚共识：任务名称　您改为“凝聚共识”" in said
    ws = window.session.ws
    t1 = task_id(ws, queries.current_plan_id(ws), "二.一.1")
    latest = store_plans.task_history(ws, t1)[0]
    assert (latest["source"], latest["old"], latest["new"]) == ("核对时修改", "凝聚全社会共识", "凝聚共识")


# -- 5. the warnings follow a merge; a .docx with no body -----------------------------------------

def test_the_warnings_box_names_the_unit_a_merge_kept(qtbot):
    from desktop.ui.review import ReviewDialog

    plan = sample_plan()
    plan.units += [Unit("有关部门和单位", is_group=True), Unit("各有关部门和单位", is_group=True)]
    plan.tasks[1].responsible_units = ["各有关部门和单位"]
    plan.tasks[2].responsible_units = ["有关部门和单位"]
    plan.warnings = ["“各区人民政府”“各有关部门和单位”代表一组单位，方案没有列出具体包括哪些单位",
                     "第2项任务的“有关部门和单位”与“各有关部门和单位”可能是同一单位",
                     "第2项任务的“市卫生健康委”与“市卫健委”可能是同一单位"]
    dialog = ReviewDialog(plan, FakePrompts())
    qtbot.addWidget(dialog)

    def warnings() -> list[str]:
        return [dialog.ui.warningsList.item(i).text() for i in range(dialog.ui.warningsList.count())]

    assert warnings() == plan.warnings                          # nothing merged yet: as the parser said
    units = {dialog.ui.unitsList.item(i).data(Qt.ItemDataRole.UserRole): dialog.ui.unitsList.item(i)
             for i in range(dialog.ui.unitsList.count())}
    units["有关部门和单位"].setSelected(True)
    units["各有关部门和单位"].setSelected(True)
    dialog.merge_selected()
    assert warnings() == ["“各区人民政府”“有关部门和单位”代表一组单位，方案没有列出具体包括哪些单位",
                          "第2项任务的“市卫生健康委”与“市卫健委”可能是同一单位"]
    dialog.undo_stack.undo()
    assert warnings() == plan.warnings


def test_a_docx_zip_with_no_document_body_says_so_in_chinese(tmp_path, capsys):
    path = tmp_path / "方案.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "x")
    assert main(["plan", "parse", str(path)]) == 2
    err = capsys.readouterr().err
    assert "没有 Word 文档的正文" in err and "另存为" in err and "KeyError" not in err


@pytest.mark.parametrize("drop", ["word/document.xml", "[Content_Types].xml"])
def test_a_docx_missing_its_body_or_content_types_is_refused_and_a_real_one_is_read(tmp_path, drop):
    import docx

    from desktop.core.parse import read_plan_file
    from desktop.errors import BadInputError

    good = tmp_path / "good.docx"
    document = docx.Document()
    document.add_paragraph("一、工作任务")
    document.save(str(good))
    assert "一、工作任务" in read_plan_file(good)
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as out:
        for info in src.infolist():
            if info.filename != drop:
                out.writestr(info, src.read(info))
    with pytest.raises(BadInputError, match="没有 Word 文档的正文"):
        read_plan_file(broken)
