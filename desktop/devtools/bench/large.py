"""The large workspace: 100 units, 60 tasks, five years of monthly entries."""

from __future__ import annotations

import atexit
import random
import shutil
import tempfile
from pathlib import Path

from desktop.devtools.bench.synthetic import plan_text

PROGRESS = ["召开专题推进会，部署年度重点任务", "开展实地督导检查，现场协调解决问题",
            "完成阶段性建设任务，项目进度符合预期", "组织业务培训，提升基层工作人员能力",
            "梳理总结典型经验，形成案例汇编", "联合相关部门开展专项行动"]


def build_large_workspace(path: Path, *, units: int = 100, tasks: int = 60, years: int = 5,
                          start_year: int = 2020, seed: int = 5) -> dict:
    """Build it at ``path``; return counts. Entries are bulk-loaded (``insert_submitted``)."""
    from desktop.core.parse import parse_text
    from desktop.store import open_workspace, queries as Q
    from desktop.store.entries import SubmittedEntry, insert_submitted
    from desktop.store.plans import save_plan

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rng = random.Random(seed)
    plan = parse_text(plan_text(tasks=tasks, units=units, year=start_year))
    months = [f"{start_year + y}-{m:02d}" for y in range(years) for m in range(1, 13)]
    with open_workspace(path) as ws:
        plan_id = save_plan(ws, plan, backup=False).plan_id
        ws.set_setting("current_plan_id", str(plan_id))
        details = [Q.task_detail(ws, task.id) for task in Q.tasks(ws, plan_id)]
        pairs = [(d["id"], u["id"], [t["id"] for t in d["targets"]]) for d in details for u in d["units"]]
        entries, values = insert_submitted(ws, (
            SubmittedEntry(task_id, unit_id, month, "done" if index == len(months) - 1 else "in_progress",
                           f"{month}：{rng.choice(PROGRESS)}。", "", "加快推进",
                           dict.fromkeys(targets, float(index + 1)))
            for index, month in enumerate(months) for task_id, unit_id, targets in pairs))
    return {"units": units, "tasks": len(plan.tasks), "months": len(months), "last_year": start_year + years - 1,
            "entries": entries, "values": values}


_CACHED: dict[str, Path] = {}


def cached_large_workspace() -> tuple[Path, dict]:
    """One large workspace per benchmark run, shared by the rows that read it."""
    if "path" not in _CACHED:
        folder = Path(tempfile.mkdtemp(prefix="luoshi-large-"))
        atexit.register(shutil.rmtree, folder, True)
        path = folder / "large.sqlite"
        _CACHED["counts"] = build_large_workspace(path)  # type: ignore[assignment]
        _CACHED["path"] = path
    return _CACHED["path"], _CACHED["counts"]  # type: ignore[return-value]
