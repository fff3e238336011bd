"""``python -m desktop bench`` (a developer tool, not shipped): measured figures, each against
a floor taken in the same run.

These machines are noisy, so no figure is judged alone: every row carries a floor — the
simplest way to do comparable work, timed right beside it — and the ratio between them.
Rows are added by registering a function in ``BENCHES``.
"""

from __future__ import annotations

import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

Result = dict[str, Any]


def median_time(fn: Callable[[], object], repeat: int = 7, warmup: int = 1) -> float:
    """Median wall time of ``fn`` in seconds."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def row(value: float, unit: str, floor: float | None = None, *, goal: str = "",
        floor_what: str = "", **extra: Any) -> Result:
    out: Result = {"value": round(value, 3), "unit": unit}
    if floor is not None:
        out["floor"] = round(floor, 3)
        out["ratio"] = round(value / floor, 2) if floor > 0 else None
        out["floor_is"] = floor_what
    if goal:
        out["goal"] = goal
    out.update(extra)
    return out


def _benches() -> dict[str, Callable[[], dict[str, Result]]]:
    from desktop.devtools.bench import (
        exchange_bench,
        frozen_bench,
        parse_bench,
        report_bench,
        startup_bench,
        workspace_bench,
    )

    return {"plan_parse": parse_bench.run, "large_workspace": workspace_bench.run, "startup": startup_bench.run,
            "reports": report_bench.run, "exchange": exchange_bench.run, "frozen": frozen_bench.run}


def run_all(only: list[str] | None = None, progress: Callable[[str], None] | None = None) -> Result:
    figures: dict[str, Result] = {}
    skipped: dict[str, str] = {}
    for name, fn in _benches().items():
        if only and name not in only:
            continue
        if progress:
            progress(name)
        rows = fn()
        if "skipped" in rows:            # a group that cannot run here says why
            skipped[name] = str(rows.pop("skipped"))
        figures.update(rows)
    return {
        "skipped": skipped,
        "taken_at": datetime.now().isoformat(timespec="seconds"),
        "machine": {"python": sys.version.split()[0], "platform": platform.platform(),
                    "processor": platform.machine(), "cpus": _cpus()},
        "figures": figures,
    }


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def format_table(report: Result) -> str:
    lines = [f"落实 benchmark — {report['taken_at']} — Python {report['machine']['python']}, "
             f"{report['machine']['platform']}, {report['machine']['cpus']} CPU",
             "",
             "| figure | value | floor | ratio | goal |",
             "|---|---:|---:|---:|---|"]
    for name, r in report["figures"].items():
        floor = f"{r['floor']} {r['unit']}" if "floor" in r else "—"
        ratio = f"{r['ratio']}×" if r.get("ratio") is not None else "—"
        lines.append(f"| {name} | {r['value']} {r['unit']} | {floor} | {ratio} | {r.get('goal', '')} |")
    for name, why in report.get("skipped", {}).items():
        lines.append(f"\nnot measured — {name}: {why}")
    return "\n".join(lines)
