"""The office PC's start (issue 14): a file given to luoshi.exe, the windowed exe's missing
console, one Chinese message for trouble before the window, a log per process, fonts."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers_ui import FakePrompts, make_workspace, open_window

from desktop import commands
from desktop.commands import output_encoding, setup_streams

ROOT = Path(__file__).resolve().parent.parent


# -- files given to the program ---------------------------------------------------------------
def test_files_on_the_command_line_reach_the_client(monkeypatch, tmp_path):
    seen = {}
    import desktop.gui_entry as entry

    monkeypatch.setattr(entry, "start_gui", lambda **kw: seen.update(kw) or 0)
    plan = tmp_path / "方案.docx"
    assert commands.run([str(plan)]) == 0
    assert seen["files"] == [plan] and seen["db"] is None
    assert commands.run(["--db", str(tmp_path / "w.sqlite"), str(plan), str(tmp_path / "a.luoshi")]) == 0
    assert seen["files"] == [plan, tmp_path / "a.luoshi"]
    with pytest.raises(SystemExit) as refused:            # a bare word is a mistyped command
        commands.run(["plna"])
    assert refused.value.code == 2 and seen["files"] == [plan, tmp_path / "a.luoshi"]


def test_a_package_given_to_the_program_is_imported(qtbot, tmp_path):
    from desktop.exchange.plan_package import export_plan

    office, plan = make_workspace(tmp_path / "office.sqlite")
    office.set_setting("role", "office")
    package = Path(export_plan(office, tmp_path / "方案包.luoshi", plan_id=plan).path)
    office.close()
    prompts = FakePrompts()
    from desktop.store import open_workspace

    open_workspace(tmp_path / "unit.sqlite").close()
    window = open_window(qtbot, tmp_path / "unit.sqlite", prompts, as_of="")
    window.open_files([package], then_first_run=False)
    qtbot.waitUntil(lambda: bool(window.exchange.outcomes), timeout=20000)
    assert [o.status for o in window.exchange.outcomes] == ["imported"]
    assert window.session.plan_id is not None


def test_a_plan_given_to_the_program_opens_the_plan_import(qtbot, tmp_path):
    from desktop.store import open_workspace

    open_workspace(tmp_path / "w.sqlite").close()
    plan = tmp_path / "方案.txt"
    plan.write_text("关于印发某方案的通知\n一、工作任务\n（一）建设养老床位。\n", encoding="utf-8")
    prompts = FakePrompts()
    window = open_window(qtbot, tmp_path / "w.sqlite", prompts, role="office", as_of="")
    window.open_files([plan, tmp_path / "照片.jpg", tmp_path / "不存在.luoshi"])
    dialog = window.first_run_flow.import_dialog
    assert dialog.isVisible() and dialog.ui.fileEdit.text() == str(plan)
    warned = prompts.texts("warn")
    assert any("找不到文件" in w and "照片.jpg" in w for w in warned)
    assert any("找不到文件" in w and "不存在.luoshi" in w for w in warned)
    dialog.reject()


def test_a_file_of_another_kind_is_named(qtbot, tmp_path):
    from desktop.store import open_workspace

    open_workspace(tmp_path / "w.sqlite").close()
    photo = tmp_path / "照片.jpg"
    photo.write_bytes(b"\xff\xd8")
    prompts = FakePrompts()
    window = open_window(qtbot, tmp_path / "w.sqlite", prompts, role="office", as_of="")
    window.open_files([photo])
    assert "不能打开“照片.jpg”" in prompts.texts("warn")[0] and ".luoshi" in prompts.texts("warn")[0]


# -- the windowed exe: no console ---------------------------------------------------------------
@pytest.mark.parametrize("argv, code", [
    (["plan", "parse", "{seed}", "--json"], 0),
    (["plan", "parse", "{missing}"], 2),
    (["--version"], 0),
    (["report", "--help"], 0),
])
def test_subcommands_survive_without_stdout(monkeypatch, tmp_path, argv, code):
    from helpers_seeds import seed_path

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    argv = [a.format(seed=seed_path("000"), missing=tmp_path / "无.txt") for a in argv]
    try:
        result = commands.run(argv)
    except SystemExit as exc:          # argparse's --help / --version
        result = exc.code
    finally:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.close()         # the stand-ins setup_streams opened
    assert result == code


def test_redirected_output_takes_the_console_code_page_on_windows(monkeypatch):
    monkeypatch.delenv("PYTHONIOENCODING", raising=False)
    pipe = io.StringIO()
    assert output_encoding(pipe, platform="win32", console_cp=lambda: 936) == "cp936"
    assert output_encoding(pipe, platform="win32", console_cp=lambda: 65001) == "utf-8"
    assert output_encoding(pipe, platform="win32", console_cp=lambda: 0) == "utf-8"   # no console
    assert output_encoding(pipe, platform="linux") == "utf-8"

    class Console(io.StringIO):
        def isatty(self):
            return True
    assert output_encoding(Console(), platform="win32", console_cp=lambda: 936) == "utf-8"
    # what PowerShell reads back with [Console]::OutputEncoding = GBK: the words, not mojibake
    words = "错误：文件“方案.docx”不是有效的 Word 文档"
    assert words.encode("cp936").decode("gbk") == words
    monkeypatch.setenv("PYTHONIOENCODING", "utf-8")
    assert output_encoding(pipe, platform="win32", console_cp=lambda: 936) is None


def test_setup_streams_replaces_missing_streams(monkeypatch):
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    setup_streams()
    print("不会崩溃")
    print("也不会", file=sys.stderr)
    assert sys.stdout is not None and sys.stderr is not None
    sys.stdout.close()
    sys.stderr.close()


# -- trouble before the main window -----------------------------------------------------------
def test_startup_bug_is_one_chinese_message(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    import desktop.store.lock
    from desktop.ui import app as app_module

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(desktop.store.lock, "open_for_client",
                        lambda *a, **k: (_ for _ in ()).throw(KeyError("boom")))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert app_module.run(tmp_path / "w.sqlite", smoke=False) == 1
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "落实无法启动" and "Traceback" not in text and "日志" in text and "KeyError" in text


def test_startup_user_error_is_its_message(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import app as app_module

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    bad = tmp_path / "w.sqlite"
    bad.write_bytes(b"not a workspace at all")
    assert app_module.run(bad, smoke=False) == 2
    assert len(shown) == 1 and "不是落实的工作区文件" in shown[0]
    assert bad.read_bytes() == b"not a workspace at all"


@pytest.mark.slow
def test_smoke_exits_with_the_message_instead_of_waiting(tmp_path):
    bad = tmp_path / "w.sqlite"
    bad.write_bytes(b"\x00" * 64)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LUOSHI_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "desktop", "--db", str(bad), "--smoke"], cwd=ROOT, env=env,
                            capture_output=True, timeout=120, check=False)
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2 and "工作区" in err and "Traceback" not in err


# -- logs -------------------------------------------------------------------------------------
def test_each_process_logs_to_its_own_file(tmp_path):
    from datetime import datetime

    from desktop.ui.app import log_file_name, prune_logs

    now = datetime(2026, 11, 30, 9, 0, 0)
    assert log_file_name(101, now) != log_file_name(102, now)
    for i in range(25):
        (tmp_path / f"luoshi-202611{i:02d}-090000-{i}.log").write_text("x")
        os.utime(tmp_path / f"luoshi-202611{i:02d}-090000-{i}.log", (i * 1000, i * 1000))
    prune_logs(tmp_path, keep=20)
    left = sorted(p.name for p in tmp_path.glob("luoshi-*.log"))
    assert len(left) == 20 and "luoshi-20261100-090000-0.log" not in left


@pytest.mark.slow
def test_two_windows_write_two_logs(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LUOSHI_HOME": str(tmp_path)}
    code = ("from desktop.ui.app import setup_logging; import logging; p = setup_logging(); "
            "logging.getLogger('luoshi.test').info('hello from %s', p.name); print(p.name)")
    names = [subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                            text=True, check=True, timeout=60).stdout.strip() for _ in range(2)]
    assert names[0] != names[1]
    for name in names:
        assert f"hello from {name}" in (tmp_path / "log" / name).read_text(encoding="utf-8")


# -- fonts ------------------------------------------------------------------------------------
STOCK_WINDOWS = frozenset({"SimSun", "NSimSun", "SimHei", "KaiTi", "FangSong", "Microsoft YaHei"})
OFFICIAL = STOCK_WINDOWS | {"仿宋_GB2312", "楷体_GB2312", "方正小标宋简体"}


def test_profile_follows_what_is_installed_and_the_users_choice(qtbot, monkeypatch):
    from desktop.ui import fonts

    monkeypatch.setattr(fonts, "installed_families", lambda: STOCK_WINDOWS)
    assert fonts.export_profile() == "system"
    monkeypatch.setattr(fonts, "installed_families", lambda: OFFICIAL)
    assert fonts.export_profile() == "gb2312"
    fonts.set_choice("system")
    assert fonts.export_profile() == "system"
    fonts.set_choice("auto")
    assert fonts.export_profile() == "gb2312"


def test_missing_official_fonts_are_said_once(qtbot, monkeypatch):
    from desktop.ui import fonts

    first = fonts.warning_once(installed=STOCK_WINDOWS)
    assert "仿宋_GB2312" in first and "系统字体" in first and "设置 → 公文字体" in first
    assert "黑体" not in first.split("。")[0] and "本机也没有" not in first   # 黑体 is on every Windows
    assert fonts.warning_once(installed=STOCK_WINDOWS) == ""           # once
    assert fonts.warning_once(installed=OFFICIAL) == ""                # nothing missing
    fonts.set_choice("gb2312")                                          # chosen by hand: not nagged
    assert fonts.warning_once(installed=STOCK_WINDOWS - {"KaiTi"}) == ""


def test_fonts_menu_stores_the_choice_and_exports_use_it(qtbot, tmp_path, monkeypatch):
    from desktop.ui import fonts

    monkeypatch.setattr(fonts, "installed_families", lambda: OFFICIAL)
    ws, plan = make_workspace(tmp_path / "w.sqlite")
    ws.close()
    prompts = FakePrompts()
    window = open_window(qtbot, tmp_path / "w.sqlite", prompts, role="office")
    assert window.font_actions["auto"].isChecked()
    window.font_actions["system"].trigger()
    assert fonts.stored_choice() == "system" and fonts.export_profile() == "system"
    seen = {}
    import desktop.reports as reports

    monkeypatch.setattr(reports, "generate", lambda *a, **k: seen.update(k) or k["out"])
    prompts.answers["save_file"] = [tmp_path / "台账.xlsx"]
    prompts.answers["exported"] = [""]
    window.reports.export("ledger")
    qtbot.waitUntil(lambda: window.reports.made is not None, timeout=10000)
    assert seen["font_profile"] == "system"
    assert window.check_fonts() == ""         # the user chose: no warning


def test_frozen_entry_turns_an_uncaught_error_into_one_chinese_line(tmp_path):
    env = {**os.environ, "LUOSHI_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    code = ("import runpy, sys, desktop.__main__ as m\n"
            "def boom(argv=None):\n    raise KeyError('bug')\n"
            "m.main = boom\n"
            "sys.argv = ['luoshi']\n"
            f"runpy.run_path({str(ROOT / 'build' / 'luoshi_main.py')!r}, run_name='__main__')\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True,
                            timeout=60, check=False)
    err = result.stderr.decode("utf-8")
    assert result.returncode == 1 and "Traceback" not in err and "落实出错" in err
    crash = next((tmp_path / "log").glob("crash-*.txt")).read_text(encoding="utf-8")
    assert "KeyError: 'bug'" in crash


# -- a file double-clicked while 落实 is already open ------------------------------------------------
def test_files_given_to_a_second_start_go_to_the_open_window(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.store.lock import WorkspaceLock
    from desktop.ui import app as app_module, inbox

    ws, plan = make_workspace(tmp_path / "w.sqlite")
    ws.close()
    prompts = FakePrompts()
    window = open_window(qtbot, tmp_path / "w.sqlite", prompts, role="office")
    assert window.inbox is not None
    opened = []
    monkeypatch.setattr(window, "open_files", lambda files, then_first_run=False: opened.append(files))
    plan_file = tmp_path / "新方案.docx"
    plan_file.write_bytes(b"PK")
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    with WorkspaceLock(tmp_path / "w.sqlite") as lock:          # the open window's lock
        assert lock.acquire()
        assert app_module.run(tmp_path / "w.sqlite", smoke=False, files=[plan_file]) == 0
    assert shown == []                                           # no second, read-only window
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)           # the watcher saw the note
    assert opened == [[plan_file.resolve()]]
    assert inbox.take(tmp_path / "w.sqlite") == []                # taken once


def test_inbox_notes_are_read_whole_and_once(tmp_path):
    from desktop.ui import inbox

    workspace = tmp_path / "w.sqlite"
    inbox.deliver(workspace, [tmp_path / "a.luoshi"])
    inbox.deliver(workspace, [tmp_path / "b.luoshi", tmp_path / "c.docx"])
    (inbox.inbox_dir(workspace) / "half.json.part").write_text("{", encoding="utf-8")   # being written
    (inbox.inbox_dir(workspace) / "bad.json").write_text("{", encoding="utf-8")
    names = [p.name for p in inbox.take(workspace)]
    assert sorted(names) == ["a.luoshi", "b.luoshi", "c.docx"]
    assert inbox.take(workspace) == []
    assert [p.name for p in inbox.inbox_dir(workspace).iterdir()] == ["half.json.part"]
