"""The gaps a new-user tester (ux54) found in correcting a saved plan: a typed unit the plan lacks
is asked about (task tab) or refused (``plan edit``); withdrawn tasks stay readable in the task
tree and lead the save message; importing another plan says so first; the revision review has
room and goes to a change's row; the warnings follow merges; a .docx with no body says so."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from helpers_ui import FakePrompts, make_workspace, open_window, sample_plan, task_id
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.__main__ import main
from desktop.core import unit_check
from desktop.core.model import Unit
from desktop.store import plans as store_plans, queries


def _dump(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


# -- 1. a unit the plan lacks ---------------------------------------------------------------------

def test_new_units_uses_the_reviews_names_and_aliases_and_names_the_nearest():
    units = [Unit("市财政局"), Unit("市卫健委", aliases=["市卫生健康委"]), Unit("市民政局")]
    found = unit_check.new_units(["市财政居", "市卫生健康委", "市民政局", "某某公司"], units)
    assert [(n.name, n.nearest) for n in found] == [("市财政居", "市财政局"), ("某某公司", None)]
    assert found[0].text() == "“市财政居”（最接近的已有单位：“市财政局”）"


def test_plan_edit_refuses_a_unit_not_in_the_plan_unless_told_it_is_new(tmp_path, capsys):
    db = tmp_path / "w.sqlite"
    make_workspace(db)[0].close()
    before = _dump(db)
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.2", "--responsible", "市财政居"]) == 2
    err = capsys.readouterr().err
    assert "“市财政居”（最接近的已有单位：“市财政局”）不在方案的单位名单中" in err and "--new-unit" in err
    assert _dump(db) == before
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
    prompts = FakePrompts(ask=[False])
    ws, plan_id, dialog = _edit_dialog(qtbot, tmp_path, prompts)
    dialog.ui.responsibleEdit.setText("市财政居")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    asked = prompts.texts("ask")[-1]
    assert "“市财政居”（最接近的已有单位：“市财政局”）不在方案的单位名单中" in asked
    assert dialog.isVisible() and dialog.ui.responsibleEdit.text() == "市财政居"
    assert ws.conn.execute("SELECT COUNT(*) FROM units WHERE name = '市财政居'").fetchone()[0] == 0
    assert store_plans.task_history(ws, task_id(ws, plan_id, "二.一.2")) == []
    dialog.grab().save(str(tmp_path / "ask.png"))


def test_task_tab_adds_the_unit_when_the_person_says_it_is_new(qtbot, tmp_path):
    prompts = FakePrompts(ask=[True])
    ws, plan_id, dialog = _edit_dialog(qtbot, tmp_path, prompts)
    dialog.ui.responsibleEdit.setText("市审计局")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert "“市审计局”不在方案的单位名单中" in prompts.texts("ask")[-1]
    assert not dialog.isVisible()
    detail = queries.task_detail(ws, task_id(ws, plan_id, "二.一.2"))
    assert [u["name"] for u in detail["units"] if u["role"] == "responsible"] == ["市审计局"]


def test_task_tab_asks_nothing_for_known_units_and_aliases(qtbot, tmp_path):
    prompts = FakePrompts()
    ws, plan_id, dialog = _edit_dialog(qtbot, tmp_path, prompts)
    dialog.ui.responsibleEdit.setText("市财政局、市卫生健康委")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert prompts.texts("ask") == [] and not dialog.isVisible()
