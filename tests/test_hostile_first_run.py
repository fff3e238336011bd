"""Two windows started at once on a new workspace (slow antivirus makes it likely), with real
processes: one wins cleanly and migrates, the other opens read-only or is told the workspace
is being set up; the winner holds the lock for as long as it is open. Two command-line
processes creating the same workspace at once both succeed, and it is migrated once."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.store import open_workspace
from desktop.store.lock import WorkspaceLock
from desktop.store.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent

CLIENT = r"""
import json, sys, time
from pathlib import Path
from desktop.errors import UserError
from desktop.store.lock import open_for_client
path, go, stop = map(Path, sys.argv[1:4])
while not go.exists():
    time.sleep(0.001)
try:
    ws, lock = open_for_client(path)
except UserError as exc:
    print(json.dumps({"kind": "refused", "message": exc.message}), flush=True)
    sys.exit(2)
print(json.dumps({"kind": "readonly" if ws.readonly else "writer", "held": lock.held, "busy": lock.busy,
                  "version": ws.schema_version()}), flush=True)
while not stop.exists():
    time.sleep(0.01)
ws.close()
lock.release()
"""

CLI = r"""
import sys, time
from pathlib import Path
from desktop.store import open_workspace
path, go = map(Path, sys.argv[1:3])
while not go.exists():
    time.sleep(0.001)
with open_workspace(path) as ws:
    print(ws.schema_version(), flush=True)
"""


def _start(code: str, *args: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *map(str, args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("round_", range(4))
def test_two_windows_on_a_new_workspace(tmp_path, round_):
    path = tmp_path / "新建 工作区" / "ws.sqlite"
    go, stop = tmp_path / "go", tmp_path / "stop"
    procs = [_start(CLIENT, path, go, stop) for _ in range(2)]
    time.sleep(0.3)                      # both waiting at the gate (imports done, roughly)
    go.touch()
    results = [json.loads(p.stdout.readline() or "{}") for p in procs]
    try:
        kinds = sorted(r.get("kind", "") for r in results)
        assert kinds.count("writer") == 1, (results, [p.stderr.read() for p in procs if p.poll() is not None])
        writer = next(r for r in results if r["kind"] == "writer")
        assert writer["held"] and writer["version"] == SCHEMA_VERSION
        other = next(r for r in results if r["kind"] != "writer")
        if other["kind"] == "readonly":
            assert other["version"] == SCHEMA_VERSION and not other["held"] and other["busy"]
        else:
            assert other["kind"] == "refused" and "正在由另一个落实窗口建立" in other["message"]
        # the surviving writer still holds the lock: a third window cannot take it
        assert not WorkspaceLock(path).acquire()
    finally:
        stop.touch()
        for p in procs:
            p.wait(timeout=60)
            p.stdout.close()
            p.stderr.close()
    assert all(p.returncode in (0, 2) for p in procs)
    with open_workspace(path) as ws:
        assert ws.schema_version() == SCHEMA_VERSION
        assert ws.rows("PRAGMA integrity_check") == [{"integrity_check": "ok"}]


def test_two_commands_creating_one_workspace_at_once(tmp_path):
    path = tmp_path / "3#楼" / "ws.sqlite"
    path.parent.mkdir()
    go = tmp_path / "go"
    procs = [_start(CLI, path, go) for _ in range(3)]
    time.sleep(0.3)
    go.touch()
    outs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outs
    assert [o.strip() for o, _ in outs] == [str(SCHEMA_VERSION)] * 3
    # migrated exactly once: one set of tables, nothing doubled
    with open_workspace(path) as ws:
        assert ws.rows("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'plans'") == [{"n": 1}]


def test_a_window_finding_a_workspace_being_set_up_is_told_so(tmp_path):
    path = tmp_path / "ws.sqlite"
    holder = WorkspaceLock(path)
    assert holder.acquire()             # the first window has the lock but no file yet
    try:
        code = ("from pathlib import Path; from desktop.errors import UserError;"
                "from desktop.store.lock import open_for_client\n"
                f"try:\n    open_for_client(Path({str(path)!r}))\n"
                "except UserError as e:\n    print(e.message)")
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
        assert "正在由另一个落实窗口建立" in out.stdout
        assert not path.exists()
    finally:
        holder.release()


def test_two_real_clients_started_at_once_on_a_new_workspace(tmp_path):
    """The client itself (``--smoke``: open, paint, quit), twice at the same moment."""
    import os

    path = tmp_path / "首次 #启动" / "ws.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LUOSHI_HOME": str(tmp_path / "home"),
           "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-m", "desktop", "--smoke", "--db", str(path)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    codes = sorted(p.returncode for p in procs)
    assert codes in ([0, 0], [0, 2]), outs
    for (_, err), p in zip(outs, procs, strict=True):
        assert "Traceback" not in err, err
        if p.returncode == 2:
            assert "正在由另一个落实窗口建立" in err, err
    with open_workspace(path) as ws:
        assert ws.schema_version() == SCHEMA_VERSION
    lock = WorkspaceLock(path)
    assert lock.acquire()                      # both gone: the lock went with them
    lock.release()
