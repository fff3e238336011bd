"""The client's figures: start-up against a bare Qt window, the task filter on the large
workspace, and peak memory. Each runs in its own process (Qt is never imported here)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop import paths
from desktop.devtools.bench import Result, median_time, row
from desktop.devtools.bench.large import cached_large_workspace

PERF = ["-m", "desktop.ui.devtools.perf"]     # the Qt side of these measures (desktop/ui/devtools/perf.py)


def _env(home: Path) -> dict[str, str]:
    """Both sides start as a user's copy does: with compiled bytecode (the bundle ships .pyc).
    A machine that sets PYTHONDONTWRITEBYTECODE would otherwise make every start compile all of
    desktop/ again (~60 ms here) while the bare window compiles almost nothing; the caches go to
    a scratch folder, so the source tree is left as it was."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LUOSHI_HOME=str(home),
               PYTHONPATH=str(paths.resource()), PYTHONPYCACHEPREFIX=str(home / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run(cmd: list[str], env: dict[str, str]) -> str:
    return subprocess.run(cmd, env=env, check=True, capture_output=True, text=True, timeout=300).stdout


def _median_wall(cmd: list[str], env: dict[str, str], repeat: int = 7) -> float:
    _run(cmd, env)                      # warm the file cache (and build the demo once)
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        _run(cmd, env)
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def run() -> dict[str, Result]:
    rss_ok = sys.platform != "win32"
    with tempfile.TemporaryDirectory(prefix="luoshi-startup-") as tmp:
        env = _env(Path(tmp))
        bare = _median_wall([sys.executable, *PERF, "bare"], env)
        app = _median_wall([sys.executable, "-m", "desktop", "--demo", "--smoke"], env)
        large, _counts = cached_large_workspace()
        measured = json.loads(_run([sys.executable, *PERF, "filter", str(large)], env).strip().splitlines()[-1])
        bare_rss = int(_run([sys.executable, *PERF, "bare", "rss"], env).strip() or 0) if rss_ok else 0

    from desktop.store import open_workspace, queries as Q

    with open_workspace(large, readonly=True) as ws:
        plan_id = Q.current_plan_id(ws)
        query = median_time(lambda: Q.tasks(ws, plan_id, text="推进会"), repeat=7)
    times = measured["times"]
    worst_text = max(times, key=times.get)
    out = {
        "startup_vs_bare_qt": row(app * 1000, "ms", bare * 1000, goal="≤ 1.3×",
                                  floor_what="bare PySide6 QMainWindow shown and closed, same run"),
        "task_filter_ms": row(times[worst_text], "ms", query * 1000, goal="≤ 50 ms",
                              floor_what="the store query alone (推进会, trigram)",
                              worst_text=worst_text, per_text={k: round(v, 2) for k, v in times.items()}),
    }
    if rss_ok:
        out["peak_memory_mb"] = row(measured["maxrss_kb"] / 1024, "MB", bare_rss / 1024, goal="≤ 300 MB",
                                    floor_what="peak RSS of the bare Qt window",
                                    measured_on="client on the large workspace, filtering")
    return out
