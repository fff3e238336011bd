"""A unit's months as submission packages carry them: read at the unit to export them, written
at the office when a package's month is applied. What a package may contain and how revisions
merge is ``desktop.exchange``; here only the rows.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.store.attachments import received_file
from desktop.store.sql import chunks, marks
from desktop.store.workspace import Workspace


def plan_index(ws: Workspace, plan_id: int) -> tuple[dict[str, int], dict[tuple[str | None, int], int], dict[str, str]]:
    """Task ids by task key, target ids by (task key, position) — a plan target has no task key —
    which name them the same in every workspace (current targets win over withdrawn), and each
    task's title by its key (a submission names a task by key and says its title too), from one
    read of the plan's tasks."""
    tasks: dict[str, int] = {}
    titles: dict[str, str] = {}
    for task_id, key, title in ws.conn.execute("SELECT id, key, title FROM tasks WHERE plan_id = ?", (plan_id,)):
        tasks[str(key)], titles[str(key)] = int(task_id), str(title)
    targets: dict[tuple[str | None, int], int] = {}
    for target_id, position, key in ws.conn.execute(
            "SELECT g.id, g.position, t.key FROM targets g LEFT JOIN tasks t ON t.id = g.task_id "
            "WHERE g.plan_id = ? ORDER BY g.withdrawn_at IS NULL, g.id", (plan_id,)):
        targets[(key, int(position))] = int(target_id)
    return tasks, targets, titles


def has_reported(ws: Workspace, unit_id: int) -> bool:
    """Whether the unit has any entry or information article in this workspace."""
    return ws.conn.execute("SELECT 1 FROM monthly_entries WHERE unit_id = ? UNION ALL "
                           "SELECT 1 FROM info_articles WHERE unit_id = ? LIMIT 1",
                           (unit_id, unit_id)).fetchone() is not None


# ---- reading at the unit -----------------------------------------------------------------------

def month_entries(ws: Workspace, plan_id: int, unit_id: int, first: str, last: str) -> list[dict[str, Any]]:
    """The unit's entries of months ``first``…``last`` with their task's key and title, by month
    and the plan's order. The title is the office's (the one its plan package gave the task): a
    title the unit corrected on its own side names the task to itself only, and the office, which
    checks a submission's titles against its plan, would take it for another version."""
    return ws.rows(
        "SELECT e.id, e.month, t.key AS task, COALESCE(json_extract(c.document_value, '$'), t.title) AS task_title, "
        "e.status, e.progress, e.problems, e.next_steps, e.state, e.revision, e.submitted_at "
        "FROM monthly_entries e JOIN tasks t ON t.id = e.task_id "
        "LEFT JOIN task_corrections c ON c.task_id = t.id AND c.field = 'title' "
        "WHERE e.unit_id = ? AND t.plan_id = ? AND e.month BETWEEN ? AND ? ORDER BY e.month, t.position",
        (unit_id, plan_id, first, last))


def entry_values(ws: Workspace, entry_ids: list[int]) -> list[tuple[int, float, int, str, str | None]]:
    """(entry id, value, target position, target text, task key) of these entries' indicator values."""
    out: list[tuple[int, float, int, str, str | None]] = []
    for chunk in chunks(entry_ids):
        out += ws.conn.execute(
            "SELECT v.entry_id, v.value, g.position, g.text, t.key FROM entry_values v "
            "JOIN targets g ON g.id = v.target_id LEFT JOIN tasks t ON t.id = g.task_id "
            f"WHERE v.entry_id IN ({marks(len(chunk))}) ORDER BY v.entry_id, g.position", chunk).fetchall()
    return out


def entry_files(ws: Workspace, entry_ids: list[int]) -> list[tuple[int, str, str, str, int]]:
    """(entry id, file name, stored path, sha256, size) of these entries' attachments."""
    out: list[tuple[int, str, str, str, int]] = []
    for chunk in chunks(entry_ids):
        out += ws.conn.execute(
            "SELECT entry_id, file_name, stored_path, sha256, size FROM attachments "
            f"WHERE entry_id IN ({marks(len(chunk))}) ORDER BY id", chunk).fetchall()
    return out


def month_articles(ws: Workspace, plan_id: int, unit_id: int, first: str, last: str) -> list[dict[str, Any]]:
    """The unit's information articles of months ``first``…``last``."""
    return ws.rows(
        "SELECT month, title, body, author, reviewer, date, state, revision FROM info_articles "
        "WHERE unit_id = ? AND plan_id = ? AND month BETWEEN ? AND ? ORDER BY month, id",
        (unit_id, plan_id, first, last))


# ---- writing at the office ---------------------------------------------------------------------

_ENTRY_ROWS = 45                   # entries per INSERT: 10 values each, 450 under the oldest SQLite's 999 variables


def _upsert_entries(ws: Workspace, unit_id: int, month: str, entries: list[dict[str, Any]],
                    stamp: str) -> dict[int, int]:
    """Insert or update the month's entries, several rows per statement; their ids by task id.

    Several rows per statement, not one: inside a transaction every statement that writes
    through a trigger opens a statement savepoint, and at each savepoint FTS5 writes what it
    holds for ``entries_fts`` to disk as a new index segment. One statement per entry made one
    segment per entry (ten per package) that the index then merged again and again as it grew;
    one statement makes one segment for all of them. Rows go in in the given order, so new
    entries get the same ids as before."""
    ids: dict[int, int] = {}
    for chunk in chunks(entries, _ENTRY_ROWS):
        args: list[Any] = []
        for e in chunk:
            args += [e["task_id"], unit_id, month, e["status"], e["progress"], e["problems"], e["next_steps"],
                     e["revision"], e["submitted_at"], stamp]
        rows = ", ".join(["(?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?, ?)"] * len(chunk))
        for entry_id, task_id in ws.conn.execute(
                "INSERT INTO monthly_entries(task_id, unit_id, month, status, progress, problems, next_steps, "
                f"state, revision, submitted_at, updated_at) VALUES {rows} "
                "ON CONFLICT(task_id, unit_id, month) DO UPDATE SET status = excluded.status, "
                "progress = excluded.progress, problems = excluded.problems, next_steps = excluded.next_steps, "
                "state = 'submitted', revision = excluded.revision, submitted_at = excluded.submitted_at, "
                "updated_at = excluded.updated_at RETURNING id, task_id", args).fetchall():
            ids[int(task_id)] = int(entry_id)
    return ids


def write_month(ws: Workspace, unit_id: int, plan_id: int, month: str, entries: list[dict[str, Any]],
                articles: list[dict[str, Any]], *, package: str, stamp: str, reason: str) -> int:
    """Write one month of a unit as received: its entries (submitted, with their revision),
    values, attachments (their files already kept by hash, ``received_file``), one history
    snapshot per entry recorded with ``reason``, and its articles in place of the month's
    earlier ones (set-based)."""
    conn = ws.conn
    history: list[tuple[int, int, str, str, str]] = []
    values: list[tuple[int, int, float]] = []
    files: list[tuple[int, str, str, str, int, str]] = []
    ids = _upsert_entries(ws, unit_id, month, entries, stamp)
    entry_ids = [ids[e["task_id"]] for e in entries]
    for e, entry_id in zip(entries, entry_ids, strict=True):
        values += [(entry_id, t, v) for t, v in e["values"].items()]
        files += [(entry_id, a["name"], received_file(ws, a["sha256"]).relative_to(ws.path.parent).as_posix(),
                   a["sha256"], a["size"], stamp) for a in e["attachments"]]
        snapshot = {"id": entry_id, "task_id": e["task_id"], "unit_id": unit_id, "month": month,
                    "status": e["status"], "progress": e["progress"], "problems": e["problems"],
                    "next_steps": e["next_steps"], "state": "submitted", "revision": e["revision"],
                    "submitted_at": e["submitted_at"], "updated_at": stamp,
                    "values": {str(t): v for t, v in e["values"].items()}, "package": package}
        history.append((entry_id, e["revision"], json.dumps(snapshot, ensure_ascii=False), reason, stamp))
    for chunk in chunks(entry_ids):
        conn.execute(f"DELETE FROM entry_values WHERE entry_id IN ({marks(len(chunk))})", chunk)
        conn.execute(f"DELETE FROM attachments WHERE entry_id IN ({marks(len(chunk))})", chunk)
    conn.executemany("INSERT INTO entry_values(entry_id, target_id, value) VALUES (?, ?, ?)", values)
    conn.executemany("INSERT INTO attachments(entry_id, file_name, stored_path, sha256, size, added_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)", files)
    conn.executemany("INSERT INTO entry_history(entry_id, revision, snapshot, reason, recorded_at) "
                     "VALUES (?, ?, ?, ?, ?)", history)
    conn.execute("DELETE FROM info_articles WHERE unit_id = ? AND month = ? AND plan_id = ?",
                 (unit_id, month, plan_id))
    conn.executemany(
        "INSERT INTO info_articles(plan_id, unit_id, month, title, body, author, reviewer, date, state, "
        "revision, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?)",
        [(plan_id, unit_id, month, a["title"], a["body"], a["author"], a["reviewer"], a["date"],
          a["revision"], stamp) for a in articles])
    return len(entries)
