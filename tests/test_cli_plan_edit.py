"""``plan edit``, ``plan info`` and re-import on the command line: corrections kept, refusals in
Chinese, exit 2."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers_seeds import revised_seed_000, seed_path

from desktop.__main__ import main


def _content(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "w.sqlite"
    assert main(["plan", "import", str(seed_path("000")), "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def test_plan_edit_corrects_a_saved_task_and_keeps_history(db, capsys):
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.1", "--title", "凝聚共识",
                 "--short-name", "共识", "--deadline", "2024-12-31", "--lead", "市民政局",
                 "--targets", "达到90%以上；新建2.8万张床位"]) == 0
    out = capsys.readouterr().out
    assert "任务名称：“凝聚社会共识”→“凝聚共识”" in out and "完成时限：“（无）”→“2024-12-31”" in out
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.1", "--history"]) == 0
    history = capsys.readouterr().out
    assert history.count("保存后修改") == 5 and "（命令行）" in history
    conn = sqlite3.connect(db)
    row = conn.execute("SELECT title, short_name, deadline FROM tasks WHERE key = '二.一.1'").fetchone()
    targets = conn.execute("SELECT value, unit, comparator FROM targets t JOIN tasks k ON k.id = t.task_id "
                           "WHERE k.key = '二.一.1' ORDER BY t.position").fetchall()
    conn.close()
    assert row == ("凝聚共识", "共识", "2024-12-31")
    assert targets == [(90.0, "%", ">="), (28000.0, "张", None)]


@pytest.mark.parametrize("args, words", [
    (["--task", "二.一.1"], "请至少给出一项要修改的内容"),
    (["--task", "9.9", "--title", "某"], "没有编号为“9.9”的任务"),
    (["--task", "二.一.1", "--deadline", "下周"], "完成时限“下周”不是日期"),
    (["--task", "二.一.1", "--title", "  "], "任务名称不能为空"),
    (["--task", "二.一.1", "--targets", "很多很多"], "没有数字"),
    (["--task", "二.一.1", "--targets", "2024年"], "读不出量化指标"),
    (["--task", "二.一.1", "--short-name", "长" * 30], "太长"),
    # a number another task has: refused, naming that task and what to do (m58a)
    (["--task", "二.一.1", "--number", "2"], "编号“二.一.2”已经用于任务 二.一.2（责任分工）"),
    (["--task", "二.一.1", "--number", "二.一.2", "--title", "凝聚共识"], "请另写一个编号"),
    (["--task", "二.一.1", "--number", " "], "--number 不能为空"),
])
def test_plan_edit_refuses_bad_input_and_leaves_the_workspace_as_it_was(db, capsys, args, words):
    before, raw = _content(db), db.read_bytes()
    assert main(["plan", "edit", "--db", str(db), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and words in err
    assert _content(db) == before and db.read_bytes() == raw


def test_plan_edit_takes_typed_dates_and_refuses_a_date_without_year_where_the_plan_has_none(db, capsys):
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.1", "--deadline", "2024.9.30"]) == 0
    assert "完成时限：“（无）”→“2024-09-30”" in capsys.readouterr().out
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.1", "--deadline", "2024年10月"]) == 0
    assert "→“2024-10-31”" in capsys.readouterr().out
    conn = sqlite3.connect(db)
    with conn:
        # a plan with no year at all: no 成文日期, no dated stage, no year in its title or text (the year a
        # date without one takes is the one the parser read the plan in, rv55b F1)
        conn.execute("UPDATE plans SET date = NULL, source_text = ''")
        conn.execute("DELETE FROM phases")
    conn.close()
    before = _content(db)
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.1", "--deadline", "11月底"]) == 2
    assert "没有写年份" in capsys.readouterr().err
    assert _content(db) == before


def test_plan_edit_on_an_empty_workspace_says_import_first(tmp_path, capsys):
    from desktop.store import open_workspace

    open_workspace(tmp_path / "empty.sqlite").close()
    assert main(["plan", "edit", "--db", str(tmp_path / "empty.sqlite"), "--task", "1", "--title", "x"]) == 2
    assert "请先用“plan import" in capsys.readouterr().err


def test_reimport_keeps_corrections_and_lists_the_ones_the_document_changed(db, tmp_path, capsys):
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.1", "--title", "凝聚共识"]) == 0
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.3", "--deadline", "2024-10-31"]) == 0
    capsys.readouterr()
    revised = revised_seed_000(tmp_path)
    assert main(["plan", "import", str(revised), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "已保留您的修改" in out and "--take-document" in out
    assert "二.一.1 凝聚共识：任务名称　您改为“凝聚共识”；原方案“凝聚社会共识”，新方案“凝聚全社会共识”" in out
    assert "二.一.2 明确责任分工：任务原文的表述有改动" in out            # says what changed, per task
    conn = sqlite3.connect(db)
    titles = dict(conn.execute("SELECT key, title FROM tasks").fetchall())
    deadline = conn.execute("SELECT deadline FROM tasks WHERE key = '二.一.3'").fetchone()[0]
    conn.close()
    assert titles["二.一.1"] == "凝聚共识" and deadline == "2024-10-31"
    # the document's version, when asked for; the other correction still stays
    assert main(["plan", "import", str(revised), "--db", str(db), "--take-document"]) == 0
    out = capsys.readouterr().out
    assert "已改用修订稿的写法" in out and "凝聚全社会共识" in out
    conn = sqlite3.connect(db)
    title = conn.execute("SELECT title FROM tasks WHERE key = '二.一.1'").fetchone()[0]
    deadline = conn.execute("SELECT deadline FROM tasks WHERE key = '二.一.3'").fetchone()[0]
    conn.close()
    assert title == "凝聚全社会共识" and deadline == "2024-10-31"


# -- plan info: the saved plan's own fields ----------------------------------------------------

def test_plan_info_shows_the_fields_without_changing_the_workspace(db, capsys):
    raw = db.read_bytes()
    assert main(["plan", "info", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("方案标题：") and "月度报送日期：" in out and "您改过" not in out
    assert "月度报送日期：这句没有写明每月几日报送：按每月5日前报送上月情况计" in out     # seed 000 names no day
    assert db.read_bytes() == raw


def test_plan_info_corrects_the_plan_and_the_units_due_day_follows(db, capsys):
    from desktop.store import dashboard, open_workspace, queries

    assert main(["plan", "info", "--db", str(db), "--monthly-duty", "每月12日前报送上月工作进展",
                 "--phase", "动员部署,2024-03,2024-04", "--phase", "推进实施，2024-05，2024-11"]) == 0
    out = capsys.readouterr().out
    assert "已修改：" in out and "月度报送要求（您改过）：每月12日前报送上月工作进展" in out
    assert "工作阶段（您改过）：动员部署（2024-03—2024-04）；推进实施（2024-05—2024-11）" in out
    assert "月度报送日期：按此要求：每月12日前" in out and "导入修订稿时会保留" in out
    with open_workspace(db) as ws:
        assert dashboard.due_rule(ws, queries.current_plan_id(ws)).day == 12
    assert main(["plan", "import", str(seed_path("000")), "--db", str(db)]) == 0      # the same document
    capsys.readouterr()
    assert main(["plan", "info", "--db", str(db)]) == 0
    assert "月度报送要求（您改过）：每月12日前报送上月工作进展" in capsys.readouterr().out
    assert main(["plan", "info", "--db", str(db), "--no-phases"]) == 0
    assert "工作阶段（您改过）：（无）" in capsys.readouterr().out


@pytest.mark.parametrize("args, words", [
    (["--title", "  "], "方案标题不能为空"),
    (["--date", "2024-13-01"], "不是日期"),
    (["--phase", "动员部署,2024-3月,2024-04"], "不是月份"),
    (["--phase", "动员部署,2024-05,2024-04"], "晚于结束月份"),
    (["--phase", ",2024-03,2024-04"], "写法不对"),
    (["--phase", "a,2024-03,2024-04,2024-05"], "写法不对"),
    (["--phase", "动员部署,2024-03,2024-04", "--no-phases"], "不能同时使用"),
])
def test_plan_info_refuses_bad_input_and_leaves_the_workspace_as_it_was(db, capsys, args, words):
    before, raw = _content(db), db.read_bytes()
    assert main(["plan", "info", "--db", str(db), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and words in err
    assert _content(db) == before and db.read_bytes() == raw


def test_plan_info_on_an_empty_workspace_says_import_first(tmp_path, capsys):
    from desktop.store import open_workspace

    open_workspace(tmp_path / "empty.sqlite").close()
    assert main(["plan", "info", "--db", str(tmp_path / "empty.sqlite"), "--issuer", "x"]) == 2
    assert "请先用“plan import" in capsys.readouterr().err


def test_a_corrected_document_number_does_not_make_the_same_file_a_question(db, capsys):
    """The 文号 corrected after saving: the document still carries its own, and importing it again
    is a re-import of the same plan, not 'another plan with the same title'."""
    assert main(["plan", "info", "--db", str(db), "--doc-number", "武政办〔2024〕21号"]) == 0
    capsys.readouterr()
    assert main(["plan", "import", str(seed_path("000")), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "--as-new" not in out
    assert main(["plan", "info", "--db", str(db)]) == 0
    assert "文号（您改过）：武政办〔2024〕21号" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["info", "--title", "某方案"], ["edit", "--task", "1", "--title", "某"]])
def test_editing_a_workspace_that_does_not_exist_creates_none(tmp_path, capsys, command):
    missing = tmp_path / "没有的工作区.sqlite"
    assert main(["plan", command[0], "--db", str(missing), *command[1:]]) == 2
    assert "找不到工作区文件" in capsys.readouterr().err
    assert not missing.exists()


# -- plan edit --number: a saved task's number corrected (m58a) ----------------------------------------------

def test_plan_edit_corrects_a_saved_tasks_number_and_keeps_it_over_a_revision(db, tmp_path, capsys):
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.1", "--number", "1A"]) == 0
    out = capsys.readouterr().out
    assert "编号：“二.一.1”→“二.一.1A”" in out and "完整编号 二.一.1A" in out
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.1A", "--history"]) == 0
    assert "保存后修改 编号：“二.一.1”→“二.一.1A”（命令行）" in capsys.readouterr().out
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT path, number FROM tasks WHERE key = '二.一.1A'").fetchone() == ('["二", "一"]', "1A")
    conn.close()
    # a revision that leaves the task's number as it was keeps the person's; another edit of it still works
    assert main(["plan", "import", str(revised_seed_000(tmp_path)), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "编号由" not in out and "编号　您改为" not in out, out       # no renumbering said, no conflict
    conn = sqlite3.connect(db)
    keys = dict(conn.execute("SELECT key, title FROM tasks WHERE withdrawn_at IS NULL").fetchall())
    conn.close()
    assert keys.get("二.一.1A") == "凝聚全社会共识" and "二.一.1" not in keys
    # back to the document's number: no correction left, the history says both steps
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.1A", "--number", "二.一.1"]) == 0
    capsys.readouterr()
    conn = sqlite3.connect(db)
    fields = [r[0] for r in conn.execute("SELECT c.field FROM task_corrections c JOIN tasks t ON t.id = c.task_id "
                                         "WHERE t.key = '二.一.1'")]
    conn.close()
    assert "key" not in fields


def test_plan_edit_moves_a_task_under_another_heading_with_a_full_number(db, capsys):
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.1", "--number", "二.二.9"]) == 0
    assert "编号：“二.一.1”→“二.二.9”" in capsys.readouterr().out
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT path, number FROM tasks WHERE key = '二.二.9'").fetchone() == ('["二", "二"]', "9")
    conn.close()


def test_a_unit_cannot_renumber_the_offices_tasks(db, capsys):
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("INSERT INTO exchange_plans(plan_id, uid, role, fingerprint, templates_version, updated_at) "
                     "SELECT id, 'u', 'unit', 'f', 'v', '2024-01-01' FROM plans")
    conn.close()
    before, raw = _content(db), db.read_bytes()
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.1", "--number", "1A"]) == 2
    assert "任务编号以领导小组办公室发来的方案包为准" in capsys.readouterr().err
    assert _content(db) == before and db.read_bytes() == raw
    assert main(["plan", "edit", "--db", str(db), "--task", "二.一.1", "--title", "凝聚共识"]) == 0   # others: yes
