"""The review's changes panel for the very document imported again, read otherwise by a newer version (m66a): the
differences said as the new version's reading, never 「新文件…」; the person's corrections kept (unticked), the
choice still theirs. A revised text keeps the revision's words."""

from __future__ import annotations

import copy

from helpers_ui import FakePrompts, make_workspace, sample_plan
from PySide6.QtCore import Qt

from desktop.store import plans as P
from desktop.ui.review import ReviewDialog

TEXT = "二、工作任务\n（一）健全工作机制\n1. 凝聚社会共识。加强适老化改造工作调研。\n2. 明确责任分工。理清职能职责。"


def _dialog(qtbot, reimport):
    dialog = ReviewDialog(reimport.plan, FakePrompts(), reimport=reimport)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _texts(dialog) -> list[str]:
    return [dialog.ui.changesList.item(i).text() for i in range(dialog.ui.changesList.count())]


def _reimport(tmp_path, *, text_now: str = TEXT):
    parsed = sample_plan()
    parsed.source_text = TEXT
    reviewed = copy.deepcopy(parsed)
    reviewed.tasks[0].title = "凝聚共识"                  # the clerk's correction
    ws, _plan_id = make_workspace(tmp_path / "w.sqlite", parsed)
    P.save_plan(ws, reviewed, backup=False, parsed=parsed)
    again = sample_plan()                                  # read by a newer version: a title, a deadline otherwise
    again.source_text = text_now
    again.tasks[0].title = "凝聚全社会共识"
    again.tasks[1].deadline = "2024-09-30"
    return ws, P.prepare_reimport(ws, again)


def test_the_same_document_read_again_is_said_as_a_reading_and_keeps_the_correction(qtbot, tmp_path):
    ws, reimport = _reimport(tmp_path, text_now=TEXT.replace("\n", "\r\n") + "\n")
    assert reimport.reread
    dialog = _dialog(qtbot, reimport)
    label = dialog.ui.changesLabel.text()
    assert label.startswith("文件内容未变；以下差异来自新版本对文件的识读，请逐项确认。")
    assert "识读不同 1 项" in label and "另有 1 处您修改过的内容与文件现在的识读不同（标⚑）" in label
    assert "新文件" not in label
    conflict, change = _texts(dialog)
    assert conflict == ("⚑ 二.一.1 凝聚共识：任务名称　您改为“凝聚共识”；"
                        "原先识读为“凝聚社会共识”，新版本识读为“凝聚全社会共识”")
    assert change == "二.一.2 明确责任分工：识读不同（原识读→新版本识读）　完成时限“（无）”→“2024-09-30”"
    (item,) = dialog.conflict_items()
    assert item.checkState() == Qt.CheckState.Unchecked and dialog.working.tasks[0].title == "凝聚共识"
    item.setCheckState(Qt.CheckState.Checked)              # still the clerk's choice: the new reading
    assert dialog.working.tasks[0].title == "凝聚全社会共识"
    ws.close()


def test_a_changed_text_keeps_the_revision_words(qtbot, tmp_path):
    ws, reimport = _reimport(tmp_path, text_now=TEXT + "\n3. 新增一项。")
    assert not reimport.reread
    dialog = _dialog(qtbot, reimport)
    assert dialog.ui.changesLabel.text().startswith("与已保存的方案相比，新文件改动任务 1 项；另有 1 处")
    assert "原方案“凝聚社会共识”，新方案“凝聚全社会共识”" in _texts(dialog)[0]
    ws.close()


def test_saving_the_same_document_read_again_says_it_in_the_message(qtbot, tmp_path):
    import json
    import sqlite3

    from helpers_seeds import seed_path
    from helpers_ui import import_through_the_client, open_window
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.__main__ import main

    db = tmp_path / "w.sqlite"
    assert main(["plan", "import", str(seed_path("000")), "--db", str(db)]) == 0
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.1", "--title", "凝聚共识"]) == 0
    with sqlite3.connect(db) as conn:              # as an earlier version read it
        conn.execute("UPDATE task_corrections SET document_value = ?", (json.dumps("凝聚社会各界共识"),))
        conn.execute("UPDATE tasks SET deadline = '2023-12-31' WHERE key = '二.一.2'")
        conn.execute("UPDATE plans SET source_sha256 = 'an older reading'")
    prompts = FakePrompts()
    window = open_window(qtbot, db, prompts, role="office")
    flow = import_through_the_client(qtbot, window, prompts, seed_path("000"), until_review=True)
    review = flow.review_dialog
    assert review.ui.changesLabel.text().startswith("文件内容未变；以下差异来自新版本对文件的识读，请逐项确认。")
    qtbot.mouseClick(review.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: flow.result is not None, timeout=15000)
    said = prompts.texts("info")[-1]
    assert "文件内容未变，以下差异来自新版本对文件的识读：\n" in said
    assert "\n二.一.2 明确责任分工：识读不同（原识读→新版本识读）　完成时限“2023-12-31”→“（无）”\n" in said
    assert "与文件现在的识读不同、按您的选择保留了您的修改" in said
    assert "原先识读为“凝聚社会各界共识”，新版本识读为“凝聚社会共识”" in said and "新方案" not in said
