"""Whatever is given as ``--db``: another program's SQLite file, a workspace of a newer
version, a damaged or cut file, a folder, a picture — each command refuses it with a Chinese
message and exit 2, and its bytes (with -wal/-shm) stay exactly as they were. Then the
workspace in trouble: locked by another writer, read-only file or folder (a crashed client's
-wal/-shm in it), the disk filling up during an import."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from helpers_exchange import MAY, make_world
from helpers_seeds import seed_path
from hostile_support import digest, refused

from desktop.store import open_workspace, workspace as W

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A real office workspace, a plan package and a submission, made once."""
    tmp = tmp_path_factory.mktemp("world")
    world = make_world(tmp, 2)
    u = world.unit(0)
    u.enter_month(MAY)
    submission = u.export(tmp / "报送.luoshi", MAY)
    world.close()
    return {"office": tmp / "office.sqlite", "unit": tmp / "unit0.sqlite", "plan": world.plan_file,
            "submission": submission, "unit_name": u.name}


def _browser_history(p: Path, _: dict) -> None:
    conn = sqlite3.connect(p)
    conn.executescript("CREATE TABLE urls(id INTEGER PRIMARY KEY, url TEXT);"
                       "CREATE TABLE visits(id INTEGER PRIMARY KEY, url INTEGER, visit_time INTEGER);"
                       "INSERT INTO urls(url) VALUES ('https://www.gov.cn');")
    conn.close()


def _other_app_versioned(p: Path, _: dict) -> None:
    conn = sqlite3.connect(p)
    conn.executescript("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); PRAGMA user_version = 2;")
    conn.close()


def _newer_wal(p: Path, f: dict) -> None:
    shutil.copyfile(f["office"], p)
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA user_version = 999")
    conn.close()


def _newer_rollback_journal(p: Path, f: dict) -> None:
    """A newer workspace in rollback-journal mode: switching it to WAL would change its bytes."""
    shutil.copyfile(f["office"], p)
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA user_version = 999")
    conn.close()


def _text(p: Path, _: dict) -> None:
    p.write_text("工作区\n", encoding="utf-8")


def _damaged(p: Path, _: dict) -> None:
    p.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))


def _cut(p: Path, f: dict) -> None:
    p.write_bytes(f["office"].read_bytes()[:4096])


def _folder(p: Path, _: dict) -> None:
    p.mkdir()


def _picture(p: Path, _: dict) -> None:
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 500)


BAD = {"browser-history": (_browser_history, "其他程序的 SQLite 数据库"),
       "other-app-versioned": (_other_app_versioned, "其他程序的 SQLite 数据库"),
       "newer-wal": (_newer_wal, "更新版本"), "newer-rollback": (_newer_rollback_journal, "更新版本"),
       "text": (_text, "不是 SQLite"), "damaged": (_damaged, "已损坏"), "cut": (_cut, "已损坏"),
       "folder": (_folder, "文件夹"), "picture": (_picture, "不是 SQLite")}

COMMANDS = {
    "package-status": lambda db, f, t: ["package", "status", "--db", db],
    "package-keys": lambda db, f, t: ["package", "keys", "--db", db],
    "package-import": lambda db, f, t: ["package", "import", f["submission"], "--db", db],
    "plan-import": lambda db, f, t: ["plan", "import", seed_path("000"), "--db", db],
    "package-plan": lambda db, f, t: ["package", "plan", "--db", db, "--out", t / "p.luoshi"],
    "report": lambda db, f, t: ["report", "ledger", "--db", db, "--year", "2024", "--all", "--out", t / "l.xlsx"],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("bad", sorted(BAD))
def test_not_a_workspace_is_refused_untouched(files, tmp_path, bad, command):
    make, words = BAD[bad]
    db = tmp_path / "历史 #1" / "History.sqlite"
    db.parent.mkdir()
    make(db, files)
    argv = COMMANDS[command](db, files, tmp_path)
    text = refused(argv, [db], words)
    assert not (tmp_path / "p.luoshi").exists() and not (tmp_path / "l.xlsx").exists(), text


def _hold_write_lock(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO settings(key, value) VALUES ('other-writer', 'x')")
    return conn


@pytest.mark.parametrize("command, words", [
    ("package-import", "另一个程序写入"), ("plan-import", "另一个"), ("package-plan", "另一个"),
])
def test_workspace_locked_by_another_writer(files, tmp_path, monkeypatch, command, words):
    monkeypatch.setattr(W, "BUSY_TIMEOUT", 0.2)
    db = tmp_path / "office.sqlite"
    shutil.copyfile(files["office"], db)
    other = _hold_write_lock(db)
    try:
        before = digest(db)
        refused(COMMANDS[command](db, files, tmp_path), [], words)
        assert digest(db) == before
    finally:
        other.execute("ROLLBACK")
        other.close()


def _can_mount() -> bool:
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    return subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode == 0


needs_mount = pytest.mark.skipif(not _can_mount(), reason="needs root and unshare for a real read-only "
                                 "or full file system (a Windows office PC has neither)")


def _cli_in_namespace(setup: str, argv: list) -> subprocess.CompletedProcess:
    """``python -m desktop ARGV`` in a private mount namespace after shell ``setup``."""
    command = " ".join(f"'{a}'" for a in [sys.executable, "-m", "desktop", *map(str, argv)])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(["unshare", "-m", "sh", "-c", f"{setup} && exec {command}"], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120)


def _crashed_client(folder: Path, files: dict) -> Path:
    """A workspace whose client was killed mid-work: its -wal and -shm are left beside it."""
    db = folder / "office.sqlite"
    shutil.copyfile(files["office"], db)
    code = ("import os, signal, sys; from desktop.store import open_workspace\n"
            "ws = open_workspace(sys.argv[1]); ws.set_setting('who', '市民政局')\n"
            "os.kill(os.getpid(), signal.SIGKILL)")
    subprocess.run([sys.executable, "-c", code, str(db)], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert Path(str(db) + "-wal").exists() and Path(str(db) + "-shm").exists()
    return db


@needs_mount
@pytest.mark.parametrize("command", ["package-status", "package-import", "plan-import", "report"])
def test_read_only_folder_with_a_crashed_clients_wal(files, tmp_path, command):
    folder = tmp_path / "只读 #盘"
    folder.mkdir()
    db = _crashed_client(folder, files)
    before = digest(db)
    out = _cli_in_namespace(f"mount --bind -o ro '{folder}' '{folder}'", COMMANDS[command](db, files, tmp_path))
    assert out.returncode == 2, out.stderr
    assert "Traceback" not in out.stderr and "只读" in out.stderr, out.stderr
    assert digest(db) == before


@needs_mount
def test_client_opens_a_read_only_folder_read_only(files, tmp_path):
    folder = tmp_path / "只读"
    folder.mkdir()
    db = _crashed_client(folder, files)
    before = digest(db)
    code = ("import sys; from pathlib import Path; from desktop.store.lock import open_for_client\n"
            "ws, lock = open_for_client(Path(sys.argv[1])); print(ws.readonly, lock.busy, ws.setting('who'))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(["unshare", "-m", "sh", "-c", f"mount --bind -o ro '{folder}' '{folder}' && "
                          f"exec '{sys.executable}' -c \"$0\" '{db}'", code], capture_output=True, text=True,
                         cwd=ROOT, env=env, timeout=120)
    # read-only, not "in use by another window"; the crashed client's work is seen
    assert out.stdout.split() == ["True", "False", "市民政局"], out.stderr
    assert digest(db) == before


def test_read_only_workspace_file(files, tmp_path, monkeypatch):
    """A file with the read-only attribute (root ignores permission bits: os.access stands in)."""
    db = tmp_path / "office.sqlite"
    shutil.copyfile(files["office"], db)
    db.chmod(0o444)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == db and mode == os.W_OK
                        else real_access(p, mode, **kw))
    refused(["package", "import", files["submission"], "--db", db], [db], "只读")
    refused(["plan", "import", seed_path("000"), "--db", db], [db], "只读")
    from desktop.store.lock import open_for_client

    ws, lock = open_for_client(db)
    try:
        assert ws.readonly and not lock.held and not lock.busy
    finally:
        ws.close()


@needs_mount
def test_disk_full_during_import(files, tmp_path):
    """A real full disk: a small tmpfs holding the workspace; the import is refused with a
    message, the batch goes on to report every file, and the workspace is as it was."""
    folder = tmp_path / "满盘"
    folder.mkdir()
    stage = tmp_path / "stage"
    stage.mkdir()
    shutil.copyfile(files["office"], stage / "office.sqlite")
    size_kb = (stage / "office.sqlite").stat().st_size // 1024 + 40
    big = tmp_path / "大附件.luoshi"
    _submission_with_attachment(files, big)
    db = folder / "office.sqlite"
    setup = (f"mount -t tmpfs -o size={size_kb}k tmpfs '{folder}' && cp '{stage}/office.sqlite' '{db}' && "
             f"sha256sum '{db}' > '{tmp_path}/before'")
    after = f"; sha256sum '{db}' > '{tmp_path}/after'"
    command = " ".join(f"'{a}'" for a in [sys.executable, "-m", "desktop", "package", "import", str(big),
                                           str(files["submission"]), "--db", str(db)])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(["unshare", "-m", "sh", "-c", f"{setup} && {command}; code=$?{after}; exit $code"],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert out.returncode == 2, out.stdout + out.stderr
    assert "Traceback" not in out.stderr and "磁盘空间已满" in out.stderr, out.stderr
    assert "共 2 个文件" in out.stdout                  # the second file was judged too
    assert (tmp_path / "before").read_text().split()[0] == (tmp_path / "after").read_text().split()[0]


def _submission_with_attachment(files: dict, out: Path) -> None:
    from desktop.store import entries as E, queries as Q
    from desktop.store.attachments import add_attachment

    unit = out.parent / "unit-big.sqlite"
    shutil.copyfile(files["unit"], unit)
    evidence = out.parent / "佐证.bin"
    evidence.write_bytes(os.urandom(3 * 1024 * 1024))
    with open_workspace(unit) as ws:
        plan_id = Q.current_plan_id(ws)
        unit_id = Q.unit_id(ws, plan_id, files["unit_name"])
        task = Q.tasks(ws, plan_id, unit=unit_id)[0]
        month = "2024-06"
        entry = E.save_entry(ws, task.id, unit_id, month, status="in_progress", progress="进展")
        add_attachment(ws, entry, evidence)
        E.submit_month(ws, unit_id, month)
        from desktop.exchange.submission import export_submission

        export_submission(ws, files["unit_name"], month, out)
