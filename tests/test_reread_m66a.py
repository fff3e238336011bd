"""The very document imported again after the program's plan reader changed (m66a, issue 10): its differences are
the new version's reading, said so in the store's ``Reimport``, on the command line and in the review — never
「新文件/修订稿改了」 — the person's corrections kept, the choice still theirs. A changed text keeps the revision's
words; a plan stored without its text (an old workspace) too."""

from __future__ import annotations

import copy
import json
import sqlite3

from helpers_reimport import JOBS, plan_of
from helpers_seeds import seed_path

from desktop.__main__ import main
from desktop.core import rereading
from desktop.store import open_workspace, plans as P, queries as Q

READ = "文件内容未变；以下差异来自新版本对文件的识读，请逐项确认"


def _saved(tmp_path, *, corrected: str = "2024-06-30"):
    """A workspace holding JOBS as an earlier version read it, 一.1's deadline corrected by the person."""
    ws = open_workspace(tmp_path / "w.sqlite")
    parsed = plan_of(JOBS)
    reviewed = copy.deepcopy(parsed)
    reviewed.tasks[0].deadline = corrected
    plan_id = P.save_plan(ws, reviewed, backup=False, parsed=parsed).plan_id
    return ws, plan_id


def _read_again():
    """JOBS, its text as stored, read otherwise by a newer version: 一.1 and 一.2 get deadlines."""
    plan = plan_of(JOBS)
    plan.tasks[0].deadline = "2024-12-31"
    plan.tasks[1].deadline = "2024-09-30"
    return plan


# -- the rule --------------------------------------------------------------------------------------------------------

def test_same_text_ignores_line_ends_spaces_and_invisible_marks_but_not_a_word():
    stored = "一、总体要求\n1. 加大稳岗支持力度。\n"
    assert rereading.same_text(stored, "\ufeff一、总体要求\r\n\r\n1.　加大稳岗支持力度。  ")
    assert not rereading.same_text(stored, "一、总体要求\n1. 加大稳岗支持力度，2024年底前完成。")
    assert not rereading.same_text("", stored) and not rereading.same_text(None, stored)   # nothing kept: not known


def test_reading_line_words_each_kind_of_change_as_a_reading():
    assert rereading.reading_line("一.2 支持创业载体建设：完成时限“（无）”→“2024-09-30”") == \
        "一.2 支持创业载体建设：识读不同（原识读→新版本识读）　完成时限“（无）”→“2024-09-30”"
    assert rereading.reading_line("一.7 支持返乡入乡创业：新增任务") == \
        "一.7 支持返乡入乡创业：新版本从文件中读出的任务（原先未读作任务）"
    dropped = rereading.reading_line("原二.6 落实地方主体责任：新方案中没有这项任务，将标为撤销（已有进展保留）")
    assert dropped.startswith("原二.6 落实地方主体责任：新版本不再把这一项读作任务") and "新方案" not in dropped


# -- the store -------------------------------------------------------------------------------------------------------

def test_the_same_text_read_otherwise_is_a_reading_and_the_correction_stays(tmp_path):
    ws, plan_id = _saved(tmp_path)
    with ws:
        prepared = P.prepare_reimport(ws, _read_again())
        assert prepared.reread
        assert prepared.changes == ["一.2 支持创业载体建设：完成时限“（无）”→“2024-09-30”"]
        (conflict,) = prepared.conflicts
        assert conflict.text() == ("一.1 加大稳岗支持力度：完成时限　您改为“2024-06-30”；"
                                                  "原先识读为“（无）”，新版本识读为“2024-12-31”")
        assert prepared.plan.tasks[0].deadline == "2024-06-30"          # kept, not reverted
        result = P.save_reimport(ws, prepared, backup=False)
        assert result.reread and not result.unchanged
        deadlines = {t.key: t.deadline for t in Q.tasks(ws, plan_id)}
        assert deadlines["一.1"] == "2024-06-30" and deadlines["一.2"] == "2024-09-30"
        # still a choice: taking the new reading on a later import
        again = P.prepare_reimport(ws, _read_again())
        assert again.reread and [c.field for c in again.conflicts] == ["deadline"]
        again.choose_document(list(again.conflicts))
        P.save_reimport(ws, again, backup=False)
        assert {t.key: t.deadline for t in Q.tasks(ws, plan_id)}["一.1"] == "2024-12-31"


def test_a_changed_text_is_a_revision_as_before(tmp_path):
    ws, _plan_id = _saved(tmp_path)
    with ws:
        revised = _read_again()
        revised.source_text += "|各区于2024年9月底前完成。"
        prepared = P.prepare_reimport(ws, revised)
        assert not prepared.reread
        assert prepared.conflicts[0].text().endswith("原方案“（无）”，新方案“2024-12-31”")
        assert not P.save_reimport(ws, prepared, backup=False).reread


def test_a_revision_s_kept_correction_imported_again_stays_the_revision_s(tmp_path):
    ws, _plan_id = _saved(tmp_path)
    with ws:
        revised = _read_again()
        revised.tasks[1].deadline = None
        revised.source_text += "|修订"
        P.save_reimport(ws, P.prepare_reimport(ws, revised), backup=False)     # the clerk kept 一.1's deadline
        again = copy.deepcopy(revised)                                          # the same revised text, as read then
        prepared = P.prepare_reimport(ws, again)
        assert not prepared.reread and not prepared.conflicts[0].reading
        assert prepared.conflicts[0].text().endswith("原方案“（无）”，新方案“2024-12-31”")


def test_an_old_workspace_without_the_text_says_nothing_new(tmp_path):
    ws, plan_id = _saved(tmp_path)
    with ws:
        ws.conn.execute("UPDATE plans SET source_text = '' WHERE id = ?", (plan_id,))
        prepared = P.prepare_reimport(ws, _read_again())
        assert not prepared.reread and len(prepared.conflicts) == 1
        assert prepared.plan.tasks[0].deadline == "2024-06-30"
        assert not P.save_reimport(ws, prepared, backup=False).reread


def test_a_typed_number_stays_when_the_same_text_is_read_with_another_number(tmp_path):
    ws, plan_id = _saved(tmp_path)
    with ws:
        task_id = next(t.id for t in Q.tasks(ws, plan_id) if t.key == "一.2")
        parts, _note = P.read_task_number(ws, task_id, "2A")
        P.edit_task(ws, task_id, {"key": parts})
        plan = _read_again()
        plan.tasks[1].number = "9"                  # the new version reads 一.2's number as 9
        prepared = P.prepare_reimport(ws, plan)
        assert prepared.reread
        assert [t.key for t in prepared.plan.tasks][:3] == ["一.1", "一.2A", "一.3"]
        assert any(c.field == "key" and c.key == "一.2A" for c in prepared.conflicts)
        P.save_reimport(ws, prepared, backup=False)
        assert [t.key for t in Q.tasks(ws, plan_id)][:3] == ["一.1", "一.2A", "一.3"]
        # a revised text: the document's number stands by default, as before (ux62 finding 6)
        plan = _read_again()
        plan.tasks[1].number = "9"
        plan.source_text += "|修订"
        prepared = P.prepare_reimport(ws, plan)
        assert not prepared.reread and "一.9" in [t.key for t in prepared.plan.tasks]


# -- the command line ------------------------------------------------------------------------------------------------

def _as_an_older_version_stored(db) -> None:
    """Seed 000 as an earlier reader stored it: 二.一.2 read with a deadline, 二.一.1's corrected deadline against
    another reading of it, and the fingerprint of that reading."""
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE task_corrections SET document_value = ? WHERE field = 'deadline'",
                     (json.dumps("2024-03-31"),))
        conn.execute("UPDATE tasks SET deadline = '2023-12-31' WHERE key = '二.一.2'")
        conn.execute("UPDATE plans SET source_sha256 = 'an older reading'")


def test_the_command_line_says_the_differences_are_the_new_reading(tmp_path, capsys):
    db, seed = str(tmp_path / "w.sqlite"), str(seed_path("000"))
    assert main(["--db", db, "plan", "import", seed]) == 0
    assert main(["--db", db, "plan", "edit", "--task", "二.一.1", "--deadline", "2024-06-30"]) == 0
    _as_an_older_version_stored(db)
    capsys.readouterr()
    assert main(["--db", db, "plan", "import", seed]) == 0
    out = capsys.readouterr().out
    assert READ + "：\n  二.一.2 明确责任分工：识读不同（原识读→新版本识读）　完成时限“2023-12-31”→“（无）”" in out
    assert "以下内容您修改过，与文件现在的识读不同，已保留您的修改" in out
    assert "二.一.1 凝聚社会共识：完成时限　您改为“2024-06-30”；原先识读为“2024-03-31”，新版本识读为“（无）”" in out
    assert "修订稿" not in out and "新方案" not in out
    with open_workspace(db) as ws:
        assert {t.key: t.deadline for t in Q.tasks(ws, Q.current_plan_id(ws))}["二.一.1"] == "2024-06-30"


def test_the_command_line_keeps_the_revision_words_for_a_changed_text(tmp_path, capsys):
    db = str(tmp_path / "w.sqlite")
    assert main(["--db", db, "plan", "import", str(seed_path("000"))]) == 0
    assert main(["--db", db, "plan", "edit", "--task", "二.一.1", "--deadline", "2024-06-30"]) == 0
    _as_an_older_version_stored(db)
    revised = tmp_path / "revised.txt"
    revised.write_text(seed_path("000").read_text(encoding="utf-8").replace("凝聚社会共识", "凝聚全社会共识", 1),
                       encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", db, "plan", "import", str(revised)]) == 0
    out = capsys.readouterr().out
    assert "已按修订稿更新" in out and READ not in out
