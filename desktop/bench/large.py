"""The large workspace: 100 units, 60 tasks, five years of monthly entries."""

from __future__ import annotations

import atexit
import random
import shutil
import tempfile
from pathlib import Path

from desktop.bench.synthetic import plan_text

PROGRESS = ["召开专题推进会，部署年度重点任务", "开展实地督导检查，现场协调解决问题",
            "完成阶段性建设任务，项目进度符合预期", "组织业务培训，提升基层工作人员能力",
            "梳理总结典型经验，形成案例汇编", "联合相关部门开展专项行动"]


def build_large_workspace(path: Path, *, units: int = 100, tasks: int = 60, years: int = 5,
                          start_year: int = 2020, seed: int = 5) -> dict:
    """Build it at ``path``; return counts. Entries are bulk-inserted as a sync would."""
    from desktop.core.parse import parse_text
    from desktop.store import open_workspace
    from desktop.store.plans import save_plan
    from desktop.store.workspace import now_iso

    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rng = random.Random(seed)
    plan = parse_text(plan_text(tasks=tasks, units=units, year=start_year))
    months = [f"{start_year + y}-{m:02d}" for y in range(years) for m in range(1, 13)]
    stamp = now_iso()
    with open_workspace(path) as ws:
        plan_id = save_plan(ws, plan, backup=False).plan_id
        ws.set_setting("current_plan_id", str(plan_id))
        pairs = [(int(t), int(u)) for t, u in ws.conn.execute(
            "SELECT tu.task_id, tu.unit_id FROM task_units tu JOIN tasks t ON t.id = tu.task_id "
            "WHERE t.plan_id = ?", (plan_id,))]
        targets: dict[int, list[int]] = {}
        for target_id, task_id in ws.conn.execute(
                "SELECT id, task_id FROM targets WHERE plan_id = ? AND task_id IS NOT NULL", (plan_id,)):
            targets.setdefault(int(task_id), []).append(int(target_id))
        entry_id = 0
        with ws.transaction():
            entries, values = [], []
            for index, month in enumerate(months):
                for task_id, unit_id in pairs:
                    entry_id += 1
                    entries.append((entry_id, task_id, unit_id, month,
                                    "done" if index == len(months) - 1 else "in_progress",
                                    f"{month}：{rng.choice(PROGRESS)}。", "", "加快推进", "submitted",
                                    1, stamp, stamp))
                    for target_id in targets.get(task_id, ()):
                        values.append((entry_id, target_id, float(index + 1)))
            ws.conn.executemany(
                "INSERT INTO monthly_entries(id, task_id, unit_id, month, status, progress, problems, "
                "next_steps, state, revision, submitted_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                entries)
            ws.conn.executemany("INSERT INTO entry_values(entry_id, target_id, value) VALUES (?,?,?)", values)
        counts = {"units": units, "tasks": len(plan.tasks), "months": len(months),
                  "last_year": start_year + years - 1,
                  "entries": len(entries), "values": len(values)}
    return counts


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
