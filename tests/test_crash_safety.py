"""Kill the process (SIGKILL) at random points during large writes, 100 times in all:
the file stays sound and every change is either wholly there or wholly absent.

The kills follow the writer's own pace, whatever the machine's speed: each round waits for
the writer's first saved unit of work, takes how long it took, and kills at a random moment
within the next one (or just after it)."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from itertools import pairwise
from pathlib import Path

import pytest
from crash_writer import TASKS

HERE = Path(__file__).resolve().parent
KILLS = {"plan": 50, "month": 50}

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]


def _kill_at_random(path: Path, op: str, rng: random.Random) -> None:
    proc = subprocess.Popen([sys.executable, str(HERE / "crash_writer.py"), str(path), op],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        started = time.monotonic()
        assert proc.stdout.readline().startswith("saved"), proc.stderr.read()
        one_save = time.monotonic() - started
        time.sleep(rng.uniform(0.0, 1.2 * one_save))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        proc.stdout.close()
        proc.stderr.close()


def _check(path: Path, op: str) -> int:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        if op == "plan":
            for plan_id, tasks, targets in conn.execute(
                    "SELECT p.id, (SELECT COUNT(*) FROM tasks t WHERE t.plan_id = p.id), "
                    "(SELECT COUNT(*) FROM targets g WHERE g.plan_id = p.id) FROM plans p"):
                assert (tasks, targets) == (TASKS, TASKS), plan_id
            audits = conn.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'plan_import'").fetchone()[0]
            plans = conn.execute("SELECT COUNT(*) FROM plans").fetchone()[0]
            assert audits == plans
            return plans
        months = conn.execute(
            "SELECT month, COUNT(*), SUM(state = 'submitted') FROM monthly_entries GROUP BY month").fetchall()
        for month, count, submitted in months:
            assert count == TASKS, month
            assert submitted in (0, TASKS), month
        histories = conn.execute("SELECT COUNT(*) FROM entry_history").fetchone()[0]
        assert histories == sum(s for _, _, s in months)
        return len(months)
    finally:
        conn.close()


@pytest.mark.parametrize("op", sorted(KILLS))
def test_killed_writes_are_all_or_nothing(tmp_path, op):
    rng = random.Random(op)
    path = tmp_path / "w.sqlite"
    if op == "month":
        from crash_writer import big_plan

        from desktop.store import open_workspace
        from desktop.store.plans import save_plan

        with open_workspace(path) as ws:
            save_plan(ws, big_plan(0), backup=False)
    progress = []
    for _ in range(KILLS[op]):
        _kill_at_random(path, op, rng)
        progress.append(_check(path, op))
    # every round saved at least one unit of work before its kill, and nothing went backwards
    assert all(b > a for a, b in pairwise(progress)), progress
    assert progress[-1] >= KILLS[op]
