"""rv70b, a new clerk on real plans: choosing the current plan of a workspace with two (finding 7), tasks with no
unit counted as rows to check (8), one monthly rule in ``plan info`` and the status sheet (9), plan-level
targets listed in ``plan info`` (5)."""

from __future__ import annotations

from pathlib import Path

from helpers_seeds import seed_path

from desktop.__main__ import main

NO_UNIT_PLAN = ("关于推进电动自行车充电消防安全的实施方案\n\n一、主要任务\n"
                "1.排查居民小区充电设施。全面排查各小区电动自行车充电设施。\n"
                "2.加装火灾探测器。在集中充电场所加装火灾探测器。\n")


def _import(db: Path, plan: Path, capsys) -> str:
    assert main(["plan", "import", str(plan), "--db", str(db)]) == 0
    return capsys.readouterr().out


def _plans(db: Path) -> list[dict]:
    from desktop.store import open_workspace, queries

    with open_workspace(db, create=False, readonly=True) as ws:
        return [{**p, "current": p["id"] == queries.current_plan_id(ws)} for p in queries.plans(ws)]


# -- finding 7: a second plan, and which one is current ---------------------------------------------------------------

def test_plan_list_names_every_plan_and_marks_the_current_one(tmp_path, capsys):
    db = tmp_path / "w.sqlite"
    _import(db, seed_path("000"), capsys)
    out = _import(db, seed_path("001"), capsys)
    assert "plan use" in out                          # the note after a second plan says how to switch back
    assert main(["plan", "list", "--db", str(db)]) == 0
    listed = capsys.readouterr().out
    first, second = _plans(db)
    assert first["title"] in listed and second["title"] in listed
    assert [line for line in listed.splitlines() if "当前" in line and second["title"] in line]
    assert not [line for line in listed.splitlines() if "（当前）" in line and first["title"] in line]


def test_plan_use_makes_the_named_plan_current(tmp_path, capsys):
    db = tmp_path / "w.sqlite"
    _import(db, seed_path("000"), capsys)
    _import(db, seed_path("001"), capsys)
    first = _plans(db)[0]
    assert main(["plan", "use", first["doc_number"], "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "当前方案" in out and first["title"] in out
    assert _plans(db)[0]["current"]
    before = db.read_bytes()                           # naming the current plan again writes nothing
    assert main(["plan", "use", first["title"], "--db", str(db)]) == 0
    assert "已是当前方案" in capsys.readouterr().out
    assert db.read_bytes() == before


def test_plan_use_of_a_plan_not_there_is_refused_and_changes_nothing(tmp_path, capsys):
    db = tmp_path / "w.sqlite"
    _import(db, seed_path("000"), capsys)
    _import(db, seed_path("001"), capsys)
    before = db.read_bytes()
    assert main(["plan", "use", "没有这个方案", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "没有这个方案" in err and "plan list" in err and _plans(db)[0]["title"] in err
    assert db.read_bytes() == before
    assert main(["plan", "use", " ", "--db", str(db)]) == 2
    assert "plan list" in capsys.readouterr().err
    assert db.read_bytes() == before
    missing = tmp_path / "none.sqlite"
    for command in (["use", "x"], ["list"]):
        assert main(["plan", *command, "--db", str(missing)]) == 2
        assert "找不到工作区文件" in capsys.readouterr().err
        assert not missing.exists()
    from desktop.store import open_workspace

    empty = tmp_path / "empty.sqlite"                 # a workspace with no plan yet
    open_workspace(empty).close()
    before = empty.read_bytes()
    for command in (["use", "x"], ["list"]):
        assert main(["plan", *command, "--db", str(empty)]) == 2
        assert "plan import" in capsys.readouterr().err
        assert empty.read_bytes() == before


def test_a_unit_of_another_plan_names_the_current_plan_and_how_to_switch(tmp_path, capsys):
    from desktop.store import open_workspace, queries

    db = tmp_path / "w.sqlite"
    _import(db, seed_path("000"), capsys)
    _import(db, seed_path("001"), capsys)
    first, second = _plans(db)
    with open_workspace(db, create=False, readonly=True) as ws:
        only_first = next(n for n in queries.unit_names(ws, first["id"])
                          if queries.unit_id(ws, second["id"], n) is None)
    before = db.read_bytes()
    assert main(["report", "status", "--db", str(db), "--year", "2024", "--unit", only_first,
                 "--out", str(tmp_path / "s.xlsx")]) == 2
    err = capsys.readouterr().err                      # the year of the other plan: which plan is current, and how
    assert "当前方案" in err and second["title"] in err and "plan use" in err
    assert main(["report", "status", "--db", str(db), "--year", "2021", "--unit", only_first,
                 "--out", str(tmp_path / "s.xlsx")]) == 2
    err = capsys.readouterr().err
    assert second["title"] in err and "当前方案" in err
    assert first["title"] in err and "plan use" in err
    assert db.read_bytes() == before


def test_a_plan_with_no_units_never_says_for_example_with_nothing_after_it(tmp_path, capsys):
    plan = tmp_path / "p09.txt"
    plan.write_text(NO_UNIT_PLAN, encoding="utf-8")
    db = tmp_path / "w.sqlite"
    _import(db, plan, capsys)
    capsys.readouterr()
    before = db.read_bytes()
    assert main(["report", "status", "--db", str(db), "--year", "2026", "--unit", "区水务局",
                 "--out", str(tmp_path / "s.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "例如：。" not in err and "例如" not in err
    assert "没有单位" in err and "plan edit" in err and "当前方案" in err
    assert db.read_bytes() == before


# -- finding 8: tasks with no unit are rows to check -------------------------------------------------------------------

def test_tasks_with_no_unit_are_rows_to_check_even_when_no_task_has_one(tmp_path, capsys):
    from desktop.core.parse import parse_text
    from desktop.core.review_edits import NO_UNITS, rows_to_check, task_problems

    parsed = parse_text(NO_UNIT_PLAN)
    assert len(parsed.tasks) == 2
    assert [t.key for t, _ in rows_to_check(parsed)] == [t.key for t in parsed.tasks]
    assert NO_UNITS in task_problems(parsed, parsed.tasks[0], doubts=False)
    plan = tmp_path / "p09.txt"
    plan.write_text(NO_UNIT_PLAN, encoding="utf-8")
    out = _import(tmp_path / "w.sqlite", plan, capsys)
    assert "待核对 0 行" not in out and "待核对 2 行" in out


# -- finding 9: one monthly rule ---------------------------------------------------------------------------------------

def _sent_before_import(tmp_path, capsys) -> tuple[Path, str]:
    """Seed 002 (no monthly duty) imported now, with a month of 2025 entered and submitted (back-filled)."""
    from desktop.store import entries, open_workspace, queries

    db = tmp_path / "w.sqlite"
    _import(db, seed_path("002"), capsys)
    with open_workspace(db) as ws:
        plan_id = queries.current_plan_id(ws)
        task = queries.tasks(ws, plan_id)[0]
        unit = (task.lead_units or task.responsible_units)[0]
        uid = queries.unit_id(ws, plan_id, unit)
        entries.save_entry(ws, task.id, uid, "2025-03", progress="完成排查。")
        entries.submit_month(ws, uid, "2025-03")
    return db, unit


def test_a_month_sent_before_the_plan_was_in_use_is_not_late(tmp_path, capsys):
    from datetime import date

    import openpyxl

    from desktop.store import dashboard, open_workspace, queries

    db, unit = _sent_before_import(tmp_path, capsys)
    with open_workspace(db, create=False, readonly=True) as ws:
        plan_id = queries.current_plan_id(ws)
        uid = queries.unit_id(ws, plan_id, unit)
        grid = dashboard.submission_grid(ws, plan_id, ["2025-03", "2025-04"], date.today())
        assert grid.cells[uid]["2025-03"] == dashboard.SUBMITTED
        assert grid.cells[uid]["2025-04"] == dashboard.NOT_DUE
    out = tmp_path / "s.xlsx"
    assert main(["report", "status", "--db", str(db), "--year", "2025", "--unit", unit, "--out", str(out)]) == 0
    rows = [r for r in openpyxl.load_workbook(out).active.iter_rows(values_only=True) if r[1] == unit]
    assert rows[0][4:16][2] == "按时" and "迟报" not in rows[0][4:16]


def test_plan_info_says_from_which_month_reports_are_owed(tmp_path, capsys):
    from datetime import date

    db, _unit = _sent_before_import(tmp_path, capsys)
    capsys.readouterr()
    assert main(["plan", "info", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    today = date.today()
    assert "按每月5日前报送上月情况计" in out
    assert f"{today.year}年{today.month}月起" in out and "导入" in out


# -- finding 5: plan-level targets shown -------------------------------------------------------------------------------

def test_plan_info_lists_the_plan_level_targets(tmp_path, capsys):
    from desktop.store import open_workspace, queries

    db = tmp_path / "w.sqlite"
    _import(db, seed_path("004"), capsys)
    with open_workspace(db, create=False, readonly=True) as ws:
        targets = queries.plan_targets(ws, queries.current_plan_id(ws))
    assert len(targets) == 16
    assert main(["plan", "info", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "方案目标（16 个，" in out
    for target in targets:
        assert (target["text"] or target["subject"]) in out
