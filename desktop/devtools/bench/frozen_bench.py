"""frozen_start_vs_script and bundle_mb: the PyInstaller bundle (build/dist/luoshi, made by
build/build_bundle.sh) started with ``--demo --smoke`` against the same run as a script."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.devtools.bench import row


def bundle_dir() -> Path:
    return paths.resource("build", "dist", "luoshi")


def _folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def _median_start(cmd: list[str], home: Path, repeat: int = 5) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LUOSHI_HOME=str(home))
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)   # builds the demo
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def run() -> dict[str, Any]:
    folder = bundle_dir()
    exe = folder / ("luoshi.exe" if sys.platform == "win32" else "luoshi")
    if paths.is_frozen():
        return {"skipped": "running inside the bundle itself"}
    if not exe.exists():
        return {"skipped": "no bundle at build/dist/luoshi: run bash build/build_bundle.sh first"}
    with tempfile.TemporaryDirectory(prefix="luoshi-frozen-") as tmp:
        script = _median_start([sys.executable, "-m", "desktop", "--demo", "--smoke"], Path(tmp) / "a")
        frozen = _median_start([str(exe), "--demo", "--smoke"], Path(tmp) / "b")
    return {
        "frozen_start_vs_script": row(frozen * 1000, "ms", script * 1000, goal="≤ 1.2×",
                                      floor_what="python -m desktop --demo --smoke, same run"),
        "bundle_mb": row(_folder_size(folder) / 2**20, "MB", goal="≤ 150 MB"),
    }
