"""The command line as a user runs it: plan parse/import, exit codes, the workspace untouched
by bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest
from helpers_seeds import seed_path

from desktop.__main__ import main

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, env_home: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if env_home is not None:
        env["LUOSHI_HOME"] = str(env_home)
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, encoding="utf-8", cwd=ROOT, env=env, timeout=120)


def test_plan_parse_json_matches_the_contract(capsys):
    assert main(["plan", "parse", str(seed_path("000")), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"title", "doc_number", "issuer", "date", "tasks", "plan_targets", "phases", "duties",
            "units", "warnings"} <= data.keys()
    assert data["doc_number"] == "武政办〔2024〕20号" and data["date"] == "2024-03-01"
    assert len(data["tasks"]) == 11
    first = data["tasks"][0]
    assert first["path"] == ["二", "一"] and first["number"] == "1"
    assert first["lead_units"] == ["市民政局", "市住房和城市更新局", "市残联"]
    assert all(isinstance(u, str) for u in data["units"])
    assert [(p["start"], p["end"]) for p in data["phases"]] == [
        ("2024-01", "2024-03"), ("2024-04", "2024-09"), ("2024-10", "2024-12")]


def test_plan_import_then_reimport_changes_nothing(tmp_path, capsys):
    db = tmp_path / "w.sqlite"
    assert main(["plan", "import", str(seed_path("001")), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "任务 21 项" in out and "已导入" in out
    before = _content(db)
    assert main(["plan", "import", str(seed_path("001")), "--db", str(db)]) == 0
    assert "没有变化" in capsys.readouterr().out
    assert _content(db) == before


def _content(db: Path) -> list:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


BAD_INPUTS = {
    "missing": None,
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 40,
    "corrupt.docx": b"PK\x03\x04 this is not really a zip",
    "notes.pdf": b"%PDF-1.4 fake",
    "no_tasks.txt": "关于做好春节期间值班工作的通知\n各单位：请做好值班安排。\n".encode(),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_gets_a_chinese_message_exit_2_and_leaves_the_workspace(tmp_path, capsys, name):
    db = tmp_path / "w.sqlite"
    assert main(["plan", "import", str(seed_path("000")), "--db", str(db)]) == 0
    capsys.readouterr()
    before = _content(db)
    path = tmp_path / (name if BAD_INPUTS[name] is not None else "missing.txt")
    if BAD_INPUTS[name] is not None:
        path.write_bytes(BAD_INPUTS[name])
    assert main(["plan", "import", str(path), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and "Traceback" not in err
    assert any("\u4e00" <= ch <= "\u9fff" for ch in err)
    assert _content(db) == before


def test_huge_file_is_refused_quickly(tmp_path, capsys):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    assert main(["plan", "parse", str(big), "--json"]) == 2
    assert "错误：" in capsys.readouterr().err


def test_workspace_that_is_not_a_workspace_is_refused_unchanged(tmp_path, capsys):
    db = tmp_path / "notes.sqlite"
    db.write_bytes("这不是工作区".encode())
    assert main(["plan", "import", str(seed_path("000")), "--db", str(db)]) == 2
    assert "不是落实的工作区文件" in capsys.readouterr().err
    assert db.read_bytes() == "这不是工作区".encode()


@pytest.mark.slow
def test_module_entry_point_and_no_screen_message(tmp_path):
    out = run_cli("plan", "parse", str(seed_path("004")), "--json", env_home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert len(json.loads(out.stdout)["tasks"]) == 23
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["LUOSHI_HOME"] = str(tmp_path)
    gui = subprocess.run([sys.executable, "-m", "desktop"], capture_output=True, text=True,
                         encoding="utf-8", cwd=ROOT, env=env, timeout=60)
    if sys.platform.startswith("linux"):
        assert gui.returncode == 3
        assert "没有可用的图形显示" in gui.stderr and len(gui.stderr.strip().splitlines()) == 1


def test_demo_builds_plausible_months(tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    from desktop.store import open_workspace, queries as Q

    with open_workspace(db) as ws:
        plan_id = Q.current_plan_id(ws)
        months = [r[0] for r in ws.conn.execute("SELECT DISTINCT month FROM monthly_entries ORDER BY month")]
        assert months[0] == "2024-03" and months[-1] == "2024-11"      # the plan was issued on 1 March
        per_unit = dict(ws.conn.execute(
            "SELECT u.name, COUNT(DISTINCT e.month) FROM monthly_entries e JOIN units u ON u.id = e.unit_id "
            "GROUP BY u.name"))
        assert len(per_unit) >= 6
        assert per_unit["市民政局"] == 9 and per_unit["市医保局"] == 7      # two months missing
        from desktop.store.dashboard import reporting_units
        assert len(reporting_units(ws, plan_id)) == len(per_unit) + 1 == 38   # 市投资促进局 never reported
        # written as a liaison writes: no doubled verbs, no month-by-month boilerplate repeated
        # under every task; a task is done only where its lead reported it done, and stays so
        texts = [r[0] for r in ws.conn.execute("SELECT progress FROM monthly_entries")]
        assert not any("推进推进" in t or "本月" in t for t in texts)
        done = ws.conn.execute(
            "SELECT t.number, u.name, MIN(e.month) FROM monthly_entries e JOIN tasks t ON t.id = e.task_id "
            "JOIN units u ON u.id = e.unit_id WHERE e.status = 'done' GROUP BY t.number, u.name").fetchall()
        assert sorted(done) == [("10", "市人社局", "2024-11"), ("2", "市委社工部", "2024-05"),
                                ("3", "市民政局", "2024-06")]
        liaisons = ws.conn.execute("SELECT COUNT(*) FROM liaisons").fetchone()[0]
        assert liaisons >= 6
        # indicator values never go down month to month
        rows = ws.conn.execute(
            "SELECT e.unit_id, v.target_id, e.month, v.value FROM entry_values v "
            "JOIN monthly_entries e ON e.id = v.entry_id ORDER BY e.unit_id, v.target_id, e.month").fetchall()
        assert rows
        for (u1, t1, _, v1), (u2, t2, _, v2) in pairwise(rows):
            if (u1, t1) == (u2, t2):
                assert v2 >= v1
        assert ws.conn.execute("SELECT COUNT(*) FROM info_articles").fetchone()[0] > 50
        assert Q.tasks(ws, plan_id, text="推进会")


def test_plan_import_prints_how_many_rows_to_check_and_the_first_few(tmp_path, capsys):
    from desktop.commands.plan import IMPORT_DOUBTS_LIMIT

    lines = ["关于推进社区服务的实施方案", "", "一、主要任务"]
    lines += [f"{n}.完善第{n}片区服务设施。（1）新建社区食堂；（2）改造活动室。（责任单位：区民政局）"
              for n in range(1, 8)]
    lines += ["8.优化社区服务流程，提升办事效率。（责任单位：区政务服务办）"]
    plan = tmp_path / "方案.txt"
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["plan", "import", str(plan), "--db", str(tmp_path / "ws.sqlite")]) == 0
    out = capsys.readouterr().out
    assert "待核对 7 行（导入审核中标黄的行）" in out and "已导入到工作区" in out
    shown = [line for line in out.splitlines() if line.startswith("  一.") and "中间还有编号" in line]
    assert len(shown) == IMPORT_DOUBTS_LIMIT
    assert shown[0].startswith("  一.1 ")
    assert f"其余 {7 - IMPORT_DOUBTS_LIMIT} 行" in out and "程序不能拆分" in out and "plan edit --task" in out

    clean = tmp_path / "干净.txt"
    clean.write_text("\n".join([*lines[:3], lines[-1]]) + "\n", encoding="utf-8")
    assert main(["plan", "import", str(clean), "--db", str(tmp_path / "ws2.sqlite")]) == 0
    assert "待核对 0 行" in capsys.readouterr().out


def test_the_command_line_lists_the_rows_the_review_tints(tmp_path, capsys):
    """A task naming no unit where the others do is tinted in the review: the command line
    counts and lists it too, so both say the same."""
    from desktop.core.parse import parse_file
    from desktop.core.review_edits import rows_to_check

    lines = ["关于推进社区服务的实施方案", "", "一、主要任务",
             "1.优化社区服务流程。（责任单位：区政务服务办）", "2.完善社区养老服务。",
             "3.推进社区食堂建设。（责任单位：区民政局）"]
    plan = tmp_path / "方案.txt"
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [(task, problems)] = rows_to_check(parse_file(plan))
    assert task.key == "一.2" and any("没有识别出牵头或责任单位" in p for p in problems)
    assert main(["plan", "parse", str(plan)]) == 0
    out = capsys.readouterr().out
    assert "待核对 1 行" in out and "  一.2 完善社区养老服务：没有识别出牵头或责任单位" in out
    assert out.count("没有写明牵头或责任单位") + out.count("没有识别出牵头或责任单位") == 1     # said once
