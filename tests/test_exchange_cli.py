"""``python -m desktop package …``: exit 0 when all imported, 2 when any was refused,
one line per file saying why."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers_exchange import MAY, dump

from desktop.commands import run
from desktop.devtools.exchange_plan import make_plan
from desktop.exchange import merge
from desktop.store import open_workspace
from desktop.store.plans import save_plan
from desktop.store.receipts import open_conflicts

ROOT = Path(__file__).resolve().parent.parent


def test_office_and_unit_commands_end_to_end(world, tmp_path, capsys):
    u = world.unit(0)
    u.enter_month(MAY)
    db_unit, db_office = str(u.ws.path), str(world.office.path)
    out = tmp_path / "sub.luoshi"
    assert run(["package", "export", "--db", db_unit, "--unit", u.name, "--month", MAY, "--out", str(out)]) == 0
    assert "已导出报送包" in capsys.readouterr().out
    assert run(["package", "import", str(out), "--db", db_office]) == 0
    text = capsys.readouterr().out
    assert f"{out.name}：已导入" in text and "导入 1 个" in text
    # again: nothing changes, still exit 0
    assert run(["package", "import", str(out), "--db", db_office]) == 0
    assert "无变化" in capsys.readouterr().out
    assert run(["package", "return", "--db", db_office, "--unit", u.name, "--month", MAY,
                "--reason", "数据缺失"]) == 0
    receipt_file = tmp_path / "receipt.luoshi"
    assert run(["package", "receipt", "--db", db_office, "--unit", u.name, "--out", str(receipt_file)]) == 0
    assert "已退回" in capsys.readouterr().out
    assert run(["package", "import", str(receipt_file), "--db", db_unit]) == 0
    assert "已重新打开" in capsys.readouterr().out
    assert run(["package", "status", "--db", db_unit, "--unit", u.name]) == 0
    assert "已退回（数据缺失）" in capsys.readouterr().out
    assert run(["package", "keys", "--db", db_office]) == 0
    assert u.name in capsys.readouterr().out


def test_mixed_batch_exits_2_with_a_line_per_file(world, tmp_path, capsys):
    u = world.unit(0)
    u.enter_month(MAY)
    good = u.export(tmp_path / "good.luoshi", MAY)
    junk = tmp_path / "junk.luoshi"
    junk.write_text("垃圾", encoding="utf-8")
    code = run(["package", "import", str(good), str(junk), "--db", str(world.office.path)])
    captured = capsys.readouterr()
    assert code == 2
    assert "good.luoshi：已导入" in captured.out
    assert "junk.luoshi：已拒绝——不是 zip 文件" in captured.err
    assert "拒绝 1 个" in captured.out


def test_user_errors_exit_2_in_chinese(world, tmp_path, capsys):
    u = world.unit(0)
    u.enter_month(MAY, submit=False)
    code = run(["package", "export", "--db", str(u.ws.path), "--unit", u.name, "--month", MAY,
                "--out", str(tmp_path / "x.luoshi")])
    assert code == 2 and "未提交" in capsys.readouterr().err
    assert not (tmp_path / "x.luoshi").exists()
    code = run(["package", "accept", "--db", str(world.office.path), "--unit", u.name, "--month", "2024-07"])
    assert code == 2 and "还没有收到" in capsys.readouterr().err
    code = run(["package", "export", "--db", str(u.ws.path), "--unit", "不存在的单位", "--month", MAY,
                "--out", str(tmp_path / "y.luoshi")])
    assert code == 2 and "没有单位" in capsys.readouterr().err


def test_plan_command_and_a_new_unit_workspace(tmp_path, capsys):
    office_db = tmp_path / "office.sqlite"
    with open_workspace(office_db) as ws:
        save_plan(ws, make_plan(2), backup=False)
    plan_file = tmp_path / "plan.luoshi"
    assert run(["package", "plan", "--db", str(office_db), "--out", str(plan_file)]) == 0
    assert "办公室密钥指纹" in capsys.readouterr().out
    unit_db = tmp_path / "new-unit" / "unit.sqlite"          # does not exist yet
    assert run(["package", "import", str(plan_file), "--db", str(unit_db)]) == 0
    assert "已建立方案" in capsys.readouterr().out
    before = dump(unit_db)
    assert run(["package", "import", str(plan_file), "--db", str(unit_db)]) == 0
    assert dump(unit_db) == before


def test_conflict_resolution_from_the_command_line(world, tmp_path, capsys):
    from desktop.store import entries as E

    u = world.unit(0)
    u.enter_month(MAY)
    world.import_office(u.export(tmp_path / "a.luoshi", MAY))
    merge.accept_month(world.office, u.name, MAY)
    E.reopen_month(u.ws, u.unit_id, MAY, "更正")
    u.enter_month(MAY, note="二")
    world.import_office(u.export(tmp_path / "b.luoshi", MAY))
    [c] = open_conflicts(world.office)
    db = str(world.office.path)
    assert run(["package", "status", "--db", db]) == 0
    assert f"冲突 {c['id']}" in capsys.readouterr().out
    assert run(["package", "resolve", "--db", db, "--id", str(c["id"]), "--keep", "incoming"]) == 0
    assert "已采用新版本" in capsys.readouterr().out
    assert open_conflicts(world.office) == []


def test_subprocess_exit_code_and_help_without_heavy_imports(tmp_path):
    junk = tmp_path / "junk.luoshi"
    junk.write_bytes(b"PK\x03\x04broken")
    proc = subprocess.run([sys.executable, "-m", "desktop", "package", "import", str(junk),
                           "--db", str(tmp_path / "w.sqlite")], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8")
    assert proc.returncode == 2
    assert "junk.luoshi：已拒绝——文件不完整或已损坏" in proc.stderr
    assert not (tmp_path / "w.sqlite").exists()          # no workspace made for a refused file
    code = ("import sys\nfrom desktop.commands import build_parser\nbuild_parser()\n"
            "print(sorted(m for m in ('cryptography', 'zipfile', 'sqlite_utils') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert "cryptography" not in out.stdout


def test_key_registration_commands(world, tmp_path, capsys):
    u = world.unit(2)
    reg = tmp_path / "reg.json"
    assert run(["package", "key-export", "--db", str(u.ws.path), "--unit", u.name, "--out", str(reg)]) == 0
    assert "指纹" in capsys.readouterr().out
    assert run(["package", "key-import", str(reg), "--db", str(world.office.path)]) == 0
    assert "已登记" in capsys.readouterr().out
    junk = tmp_path / "junk.json"
    junk.write_text("{}", encoding="utf-8")
    assert run(["package", "key-import", str(junk), "--db", str(world.office.path)]) == 2
    assert "不是落实的密钥登记文件" in capsys.readouterr().err
