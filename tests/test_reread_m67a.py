"""Three loose ends of the re-read (m66a's own review; issue 10, corrections that stay), m67a:

1. a short name that only follows the person's own title correction is neither the new version's reading nor a
   revision's change: the stored short name stays and no change is offered;
2. the history a re-read writes names its source as the new version's reading of the same file, not 「方案修订」
   (its own source, 'reading', since schema step 10; m68b);
3. a plan field's ⚑ conflict in a re-read is worded as a reading (「原先识读为…，新版本识读为…」), as a task's is; one a
   person kept at a revision's import stays the revision's."""

from __future__ import annotations

import copy
import json
import sqlite3

from helpers_reimport import JOBS, plan_of
from helpers_seeds import seed_path

from desktop.__main__ import main
from desktop.core import rereading
from desktop.store import open_workspace, plans as P, queries as Q

READ = rereading.READ_AGAIN


def _detail(db: str, key: str) -> dict:
    with open_workspace(db) as ws:
        plan_id = Q.current_plan_id(ws)
        task_id = next(t.id for t in Q.tasks(ws, plan_id) if t.key == key)
        return {"short": Q.task_detail(ws, task_id)["short_name"], "history": P.task_history(ws, task_id)}


# -- 1. the short name of the person's own title -------------------------------------------------------------------

def _title_corrected(tmp_path, capsys) -> str:
    db = str(tmp_path / "w.sqlite")
    assert main(["--db", db, "plan", "import", str(seed_path("000"))]) == 0
    assert main(["--db", db, "plan", "edit", "--task", "二.一.1", "--title", "凝聚共识"]) == 0   # short name 社会共识
    capsys.readouterr()
    return db


def test_the_same_document_again_after_a_title_correction_changes_nothing(tmp_path, capsys):
    db = _title_corrected(tmp_path, capsys)
    assert main(["--db", db, "plan", "import", str(seed_path("000"))]) == 0
    out = capsys.readouterr().out
    assert "简称" not in out and READ not in out, out
    assert "任务与已保存的版本相同" in out
    assert _detail(db, "二.一.1")["short"] == "社会共识"


def test_a_re_read_does_not_offer_the_short_name_of_the_persons_title_as_its_reading(tmp_path, capsys):
    db = _title_corrected(tmp_path, capsys)
    with sqlite3.connect(db) as conn:          # as an earlier version read it: 二.一.2 with a deadline
        conn.execute("UPDATE tasks SET deadline = '2023-12-31' WHERE key = '二.一.2'")
        conn.execute("UPDATE plans SET source_sha256 = 'an older reading'")
    assert main(["--db", db, "plan", "import", str(seed_path("000"))]) == 0
    out = capsys.readouterr().out
    assert READ in out and "二.一.2 明确责任分工：识读不同" in out
    assert "简称" not in out, out
    assert _detail(db, "二.一.1")["short"] == "社会共识"


def test_a_revision_does_not_call_that_short_name_the_documents_change(tmp_path, capsys):
    db = _title_corrected(tmp_path, capsys)
    revised = tmp_path / "revised.txt"
    revised.write_text(seed_path("000").read_text(encoding="utf-8").replace("明确责任分工", "明确各方责任分工", 1),
                       encoding="utf-8")
    assert main(["--db", db, "plan", "import", str(revised)]) == 0
    out = capsys.readouterr().out
    assert "已按修订稿更新" in out and "简称“社会共识”" not in out, out
    assert _detail(db, "二.一.1")["short"] == "社会共识"


# -- 2. the history of a re-read ------------------------------------------------------------------------------------

def _jobs_saved(tmp_path):
    ws = open_workspace(tmp_path / "w.sqlite")
    parsed = plan_of(JOBS)
    reviewed = copy.deepcopy(parsed)
    reviewed.doc_number = "测政办〔2024〕19号"             # the person's correction of the plan's 文号
    return ws, P.save_plan(ws, reviewed, backup=False, parsed=parsed).plan_id


def _history(ws, plan_id: int, key: str) -> list[dict]:
    task_id = next(t.id for t in Q.tasks(ws, plan_id) if t.key == key)
    return P.task_history(ws, task_id)


def test_a_re_read_s_change_is_in_the_history_as_the_new_reading(tmp_path):
    ws, plan_id = _jobs_saved(tmp_path)
    with ws:
        again = plan_of(JOBS)
        again.tasks[1].deadline = "2024-09-30"
        prepared = P.prepare_reimport(ws, again)
        assert prepared.reread
        P.save_reimport(ws, prepared, backup=False)
        (line,) = _history(ws, plan_id, "一.2")
        assert line["source"] == P.HISTORY_SOURCES["reading"] == "新版本识读（文件未变）"
        assert (line["old"], line["new"]) == ("（无）", "2024-09-30")
        revised = plan_of(JOBS)                               # a revised text: 方案修订, as before
        revised.tasks[1].deadline = "2024-10-31"
        revised.source_text += "|修订"
        P.save_reimport(ws, P.prepare_reimport(ws, revised), backup=False)
        assert [h["source"] for h in _history(ws, plan_id, "一.2")] == ["方案修订", "新版本识读（文件未变）"]


def test_a_re_read_s_history_rows_have_a_source_of_their_own(tmp_path):
    """Schema step 10 (m68b): the row's source is 'reading' — no list of a re-read's rows beside the history (round
    67's setting ``reread_edits`` is gone: a restore or a deleted row left it stale)."""
    ws, plan_id = _jobs_saved(tmp_path)
    with ws:
        again = plan_of(JOBS)
        again.tasks[1].deadline = "2024-09-30"
        P.save_reimport(ws, P.prepare_reimport(ws, again), backup=False)
        assert [r["source"] for r in ws.rows("SELECT source FROM task_edits")] == ["reading"]
        assert ws.setting("reread_edits", "none") == "none"


def test_taking_the_new_reading_of_a_corrected_title_takes_its_short_name_too(tmp_path):
    from desktop.core import plan_edits
    from desktop.core.parse.shortname import suggest_short_name

    def read(plan):
        for task in plan.tasks:
            task.short_name = suggest_short_name(task.title)
        return plan

    ws = open_workspace(tmp_path / "w.sqlite")
    with ws:
        parsed = read(plan_of(JOBS))
        reviewed = copy.deepcopy(parsed)
        reviewed.tasks[0].title = "稳岗力度"                    # the person's title; its short name left as read
        P.save_plan(ws, reviewed, backup=False, parsed=parsed)
        again = plan_of(JOBS)
        again.tasks[0].title = "加大稳岗支持工作力度"          # the new version reads the title otherwise
        again = read(again)
        prepared = P.prepare_reimport(ws, again)
        (conflict,) = prepared.conflicts
        task = prepared.plan.tasks[0]
        assert (task.title, task.short_name) == ("稳岗力度", "稳岗支持力度")          # as stored
        assert not any("简称" in line for line in prepared.changes), prepared.changes
        plan_edits.set_conflict_value(prepared.plan, conflict, conflict.document_now)    # ticked: the new reading
        assert (task.title, task.short_name) == ("加大稳岗支持工作力度", suggest_short_name("加大稳岗支持工作力度"))
        plan_edits.set_conflict_value(prepared.plan, conflict, conflict.corrected)       # unticked again
        assert (task.title, task.short_name) == ("稳岗力度", "稳岗支持力度")
        prepared.choose_document([conflict])
        assert task.short_name == suggest_short_name("加大稳岗支持工作力度")


# -- 3. a plan field's conflict in a re-read ------------------------------------------------------------------------

def test_a_plan_field_conflict_of_a_re_read_is_worded_as_a_reading(tmp_path):
    ws, _plan_id = _jobs_saved(tmp_path)
    with ws:
        again = plan_of(JOBS)
        again.doc_number = "测政办〔2024〕10号"                # the new version reads the 文号 otherwise
        prepared = P.prepare_reimport(ws, again)
        assert prepared.reread
        (conflict,) = prepared.conflicts
        assert conflict.text() == ("（方案）：文号　您改为“测政办〔2024〕19号”；"
                                   "原先识读为“测政办〔2024〕9号”，新版本识读为“测政办〔2024〕10号”")
        P.save_reimport(ws, prepared, backup=False)               # kept: offered again as a reading
        prepared = P.prepare_reimport(ws, copy.deepcopy(again))
        assert prepared.conflicts[0].reading and "新方案" not in prepared.conflicts[0].text()


def test_a_plan_field_conflict_kept_at_a_revision_stays_the_revision_s(tmp_path):
    ws, _plan_id = _jobs_saved(tmp_path)
    with ws:
        revised = plan_of(JOBS)
        revised.doc_number = "测政办〔2024〕10号"
        revised.source_text += "|修订"
        prepared = P.prepare_reimport(ws, revised)
        assert not prepared.reread and not prepared.conflicts[0].reading
        P.save_reimport(ws, prepared, backup=False)               # the clerk kept 19号
        prepared = P.prepare_reimport(ws, copy.deepcopy(revised))  # the same revised text, read as then
        assert not prepared.conflicts[0].reading
        assert prepared.conflicts[0].text().endswith("原方案“测政办〔2024〕9号”，新方案“测政办〔2024〕10号”")


def test_the_command_line_words_a_plan_conflict_of_a_re_read_as_a_reading(tmp_path, capsys):
    db = str(tmp_path / "w.sqlite")
    seed = str(seed_path("000"))
    assert main(["--db", db, "plan", "import", seed]) == 0
    assert main(["--db", db, "plan", "info", "--date", "2024-03-05"]) == 0
    with sqlite3.connect(db) as conn:              # an earlier version read another date from the same file
        conn.execute("UPDATE plan_corrections SET document_value = ? WHERE field = 'plan.date'",
                     (json.dumps("2024-02-01"),))
        conn.execute("UPDATE plans SET source_sha256 = 'an older reading'")
    capsys.readouterr()
    assert main(["--db", db, "plan", "import", seed]) == 0
    out = capsys.readouterr().out
    assert "以下内容您修改过，与文件现在的识读不同，已保留您的修改" in out, out
    assert "（方案）：成文日期　您改为“2024-03-05”；原先识读为“2024-02-01”，新版本识读为“2024-03-01”" in out, out
    assert "新方案" not in out and "修订稿" not in out
