"""Child process for the crash test: writes in a loop until it is killed (SIGKILL).

usage: crash_writer.py WORKSPACE plan|month
Each unit of work is one transaction whose size the parent can check afterwards. After each
one it prints ``saved N``, so the parent times its kills by the writer's own pace.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from desktop.core.model import ParsedPlan, Target, Task, Unit  # noqa: E402
from desktop.store import entries as E, open_workspace  # noqa: E402
from desktop.store.plans import save_plan  # noqa: E402

TASKS = 120
UNITS = [f"第{i}责任单位" for i in range(30)]


def big_plan(k: int) -> ParsedPlan:
    tasks = [Task(path=["二", str(g)], number=str(i), title=f"任务{k}-{i}", text="推进各项工作。" * 20,
                  lead_units=[UNITS[i % 30]], responsible_units=[UNITS[(i + 1) % 30], UNITS[(i + 2) % 30]],
                  targets=[Target(f"新建{i}个", i + 1, "个", ">=", None, "设施")])
             for g in range(4) for i in range(g * TASKS // 4, (g + 1) * TASKS // 4)]
    return ParsedPlan(title=f"压力测试方案{k}", doc_number=f"测〔2024〕{k}号", tasks=tasks,
                      units=[Unit(u) for u in UNITS], source_text=f"plan {k}")


def main() -> None:
    path, op = Path(sys.argv[1]), sys.argv[2]
    with open_workspace(path) as ws:
        print("ready", flush=True)
        k = ws.conn.execute("SELECT COUNT(*) FROM plans").fetchone()[0]
        if op == "plan":
            while True:
                k += 1
                save_plan(ws, big_plan(k), backup=False)
                print(f"saved {k}", flush=True)
        plan_id = ws.conn.execute("SELECT MIN(id) FROM plans").fetchone()[0]
        unit = ws.conn.execute("SELECT id FROM units WHERE plan_id = ? ORDER BY id LIMIT 1", (plan_id,)).fetchone()[0]
        tasks = [r[0] for r in ws.conn.execute("SELECT id FROM tasks WHERE plan_id = ?", (plan_id,))]
        done = {r[0] for r in ws.conn.execute("SELECT DISTINCT month FROM monthly_entries")}
        months = [f"{y}-{m:02d}" for y in range(2000, 2100) for m in range(1, 13)]
        for month in months:
            if month in done:
                continue
            with ws.transaction():       # the whole month's entries: all or nothing
                for task in tasks:
                    E.save_entry(ws, task, unit, month, progress=f"{month}进展" * 10, problems="无",
                                 next_steps="继续")
            E.submit_month(ws, unit, month)
            print(f"saved {month}", flush=True)


if __name__ == "__main__":
    main()
