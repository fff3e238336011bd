"""The large workspace (100 units, 60 tasks, 5 years of entries): build time, size, queries."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from desktop.devtools.bench import Result, floors, median_time, row
from desktop.devtools.bench.large import cached_large_workspace


def run() -> dict[str, Result]:
    from desktop.store import open_workspace, queries as Q

    with tempfile.TemporaryDirectory(prefix="luoshi-bench-") as tmp:
        t0 = time.perf_counter()
        path, counts = cached_large_workspace()
        build_s = time.perf_counter() - t0
        floor_s, floor_size = floors.entry_rows(Path(tmp) / "floor.sqlite", counts["entries"])
        # closed by its builder, so the log is in the file (a -wal left over would count too)
        size = sum(f.stat().st_size for f in (path, Path(f"{path}-wal")) if f.exists())
        with open_workspace(path) as ws:
            plan_id = Q.current_plan_id(ws)
            unit = Q.units(ws, plan_id)[10]["id"]
            bare = median_time(lambda: Q.task_titles(ws, plan_id), repeat=15)
            by_unit = median_time(lambda: Q.tasks(ws, plan_id, unit=unit), repeat=15)
            by_text = median_time(lambda: Q.tasks(ws, plan_id, text="专题推进会"), repeat=15)
            by_short = median_time(lambda: Q.tasks(ws, plan_id, text="养老"), repeat=15)
    return {
        "large_workspace.build_s": row(build_s, "s", floor_s, goal="",
                                       floor_what="same entry rows by bare sqlite3 into one unindexed table",
                                       **counts),
        "large_workspace.file_mb": row(size / 2**20, "MB", floor_size / 2**20,
                                       floor_what="size of that bare table"),
        "task_list_by_unit_ms": row(by_unit * 1000, "ms", bare * 1000, goal="≤ 50 ms",
                                    floor_what="bare SELECT of the plan's tasks"),
        "task_list_text_search_ms": row(by_text * 1000, "ms", bare * 1000, goal="≤ 50 ms",
                                        floor_what="bare SELECT of the plan's tasks",
                                        query="专题推进会 (trigram, tasks + 5 years of entries)"),
        "task_list_short_search_ms": row(by_short * 1000, "ms", bare * 1000, goal="≤ 50 ms",
                                         floor_what="bare SELECT of the plan's tasks",
                                         query="养老 (2 characters: LIKE scan)"),
    }
