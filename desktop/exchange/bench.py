"""Timing the office's import: one month from each of n units, as n package files.

``bench_import`` builds the office workspace and the packages (not timed), then times
``importer.import_files`` over all of them: every package verified in full (hashes,
signature, plan, unit, key) and applied in its own transaction. ``floor_seconds`` is the
simplest comparable work (see ``_floor``), timed right beside it. ``make_plan`` is also
the hand-built plan the exchange tests use.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from desktop.core.model import Duty, Heading, ParsedPlan, Phase, Target, Task, Unit

TASKS = 10
MONTH = "2024-05"


def unit_names(n_units: int) -> list[str]:
    return [f"测试区{i:04d}人民政府" for i in range(1, n_units + 1)]


def make_plan(n_units: int = 3, *, title: str = "测试市养老服务工作方案",
              doc_number: str = "测政办〔2024〕1号", tasks: int = TASKS) -> ParsedPlan:
    """A plan whose every task names the group of all ``n_units`` districts."""
    names = unit_names(n_units)
    task_list = []
    for i in range(1, tasks + 1):
        section = "一" if i <= tasks // 2 else "二"
        targets = [Target(f"新建服务站{i * 10}个", i * 10, "个", ">=", "2024-12-31", "服务站")]
        if i % 3 == 0:
            targets.append(Target("覆盖率不低于80%", 80, "%", ">=", None, "覆盖率"))
        task_list.append(Task(path=["二", section], number=str(i), title=f"重点任务{i}",
                              text=f"重点任务{i}。新建服务站{i * 10}个。", lead_units=["市民政局"],
                              responsible_units=["各区人民政府"], targets=targets,
                              source="（牵头单位：市民政局；责任单位：各区人民政府）"))
    return ParsedPlan(
        title=title, doc_number=doc_number, issuer="测试市人民政府办公厅", date="2024-03-01",
        headings=[Heading(1, [], "二", "工作任务"), Heading(2, ["二"], "一", "健全机制"),
                  Heading(2, ["二"], "二", "提升服务")],
        tasks=task_list,
        plan_targets=[Target("护理型床位占比不低于60%", 60, "%", ">=", "2025-12-31", "护理型床位占比")],
        phases=[Phase("动员部署阶段", "2024-01", "2024-03"), Phase("办理落实阶段", "2024-04", "2024-09")],
        duties=[Duty("monthly_info", None, "month", "每月报送信息1篇以上"),
                Duty("half_year_summary", "2024-06-30", None, "6月底前报送半年工作小结")],
        units=[Unit("市民政局", aliases=["民政局"]),
               Unit("各区人民政府", note="含开发区", is_group=True, members=names),
               *[Unit(name) for name in names]],
        warnings=[], source_text=f"{title}全文（{n_units}个区）")


def month_payload(plan: ParsedPlan, month: str = MONTH, revision: int = 1, note: str = "") -> dict[str, Any]:
    """One unit's month as a submission carries it: every task, a value per target, one article."""
    entries = []
    for task in plan.tasks:
        entries.append({
            "task": task.key, "task_title": task.title, "status": "in_progress",
            "progress": f"{task.title}：本月完成调研{note}", "problems": "资金不足", "next_steps": "继续推进",
            "revision": revision, "submitted_at": f"{month}-28T10:00:00",
            "values": [{"task": task.key, "position": p, "text": t.text, "value": float(p + 1) * 3}
                       for p, t in enumerate(task.targets)], "attachments": []})
    return {"month": month, "revision": revision, "entries": entries,
            "articles": [{"title": f"{month}工作信息", "body": "本月推进情况。", "author": "张三", "reviewer": "李四",
                          "date": f"{month}-28", "revision": revision}]}


def bench_import(n_units: int, workdir: Path) -> dict[str, Any]:
    """Import one month from each of ``n_units`` units at the office; time and sizes."""
    from desktop.exchange import format as fmt, importer, keys, plan_package
    from desktop.store import open_workspace
    from desktop.store.plans import save_plan

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    plan = make_plan(n_units)
    office = open_workspace(workdir / f"office-{n_units}.sqlite")
    try:
        save_plan(office, plan, backup=False)
        plan_package.export_plan(office, workdir / "plan.luoshi")
        ident = plan_package.plan_identity(office, plan_package.linked_plan(office)[0])
        packages: list[Path] = []
        month = month_payload(plan)
        folder = workdir / f"packages-{n_units}"
        folder.mkdir(exist_ok=True)
        for name in unit_names(n_units):
            key = keys.generate_identity()
            written = fmt.write_package(
                folder / f"{name}-{MONTH}.luoshi", kind="submission", plan=ident,
                sender=fmt.Sender("unit", name, key.public_key, key.fingerprint), sign=key.sign,
                members={fmt.PAYLOAD: fmt.canonical_json({"unit": name, "months": [month]})},
                summary={"months": [{"month": MONTH, "revision": 1}]})
            packages.append(written.path)
        total_bytes = sum(p.stat().st_size for p in packages)
        floor = _floor(packages, workdir)
        t0 = time.perf_counter()
        outcomes = importer.import_files(office, packages)
        seconds = time.perf_counter() - t0
        refused = [o.line() for o in outcomes if not o.ok]
        if refused:
            raise RuntimeError("bench packages refused: " + refused[0])
        entries = office.conn.execute("SELECT COUNT(*) FROM monthly_entries").fetchone()[0]
        expected = n_units * len(plan.tasks)
        if entries != expected:
            raise RuntimeError(f"bench: {entries} entries at the office, expected {expected}")
    finally:
        office.close()
    return {"n_units": n_units, "seconds": round(seconds, 3), "floor_seconds": round(floor, 3),
            "per_package_ms": round(seconds * 1000 / n_units, 2), "total_bytes": total_bytes,
            "mean_package_bytes": total_bytes // n_units, "entries": entries}


def _floor(packages: list[Path], workdir: Path) -> float:
    """The simplest comparable work, timed beside the import: open each zip, parse its
    payload and insert its entries into one plain table of a scratch SQLite file (WAL,
    synchronous NORMAL, like a workspace), one transaction per package — no hashing, no
    signature, no checks, no history, no indexes."""
    import json
    import sqlite3
    import zipfile

    scratch = workdir / "floor.sqlite"
    scratch.unlink(missing_ok=True)
    conn = sqlite3.connect(scratch, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE TABLE entries (unit TEXT, month TEXT, task TEXT, status TEXT, progress TEXT, "
                 "problems TEXT, next_steps TEXT, revision INTEGER)")
    t0 = time.perf_counter()
    for path in packages:
        with zipfile.ZipFile(path) as zf:
            payload = json.loads(zf.read("payload.json"))
        conn.execute("BEGIN")
        for m in payload["months"]:
            conn.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                             [(payload["unit"], m["month"], e["task"], e["status"], e["progress"],
                               e["problems"], e["next_steps"], e["revision"]) for e in m["entries"]])
        conn.execute("COMMIT")
    seconds = time.perf_counter() - t0
    conn.close()
    return seconds


if __name__ == "__main__":                       # python -m desktop.exchange.bench [n ...]
    import sys
    import tempfile

    for n in [int(a) for a in sys.argv[1:]] or [100]:
        with tempfile.TemporaryDirectory() as tmp:
            print(bench_import(n, Path(tmp)))
