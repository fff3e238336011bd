"""The floors that are bare SQLite work on a scratch file, not on a workspace: the same rows
written by plain sqlite3 into one unindexed table, beside the store's real work in the same run.
Their SQL is what they measure, so it stays here, the one place outside desktop/store that
holds SQL (tests/test_layering.py names this file and why)."""

from __future__ import annotations

import json
import sqlite3
import time
import zipfile
from pathlib import Path


def entry_rows(path: Path, entries: int) -> tuple[float, int]:
    """The same number of entry rows written by bare sqlite3 into one table, no indexes."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE e(id INTEGER PRIMARY KEY, task INT, unit INT, month TEXT, status TEXT,"
                 " progress TEXT, problems TEXT, next_steps TEXT, state TEXT, rev INT, a TEXT, b TEXT)")
    rows = [(i, i % 60, i % 100, "2024-01", "in_progress", "2024-01：召开专题推进会，部署年度重点任务。",
             "", "加快推进", "submitted", 1, "2024-01-01T00:00:00", "2024-01-01T00:00:00")
            for i in range(entries)]
    t0 = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO e VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed, path.stat().st_size


def package_rows(packages: list[Path], workdir: Path) -> float:
    """The simplest comparable work, timed beside the import: open each zip, parse its
    payload and insert its entries into one plain table of a scratch SQLite file (WAL,
    synchronous NORMAL, like a workspace), one transaction per package — no hashing, no
    signature, no checks, no history, no indexes."""
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
