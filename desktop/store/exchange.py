"""What the offline exchange (``desktop.exchange``, which makes and checks the packages) keeps
in the workspace: which plan it exchanges packages about and on which side, the packages
imported, the months a unit has sent, and what waits for a person at the office.

Keys are in ``store.exchange_keys``; the office's receipts and the revisions it holds in
``store.receipts``; the months as packages carry them in ``store.submissions``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.store.queries import current_plan_id
from desktop.store.sql import marks, where
from desktop.store.workspace import Workspace


def has_tables(ws: Workspace, *names: str) -> bool:
    """Whether the workspace has all these tables (a read-only workspace of an old version may not)."""
    found = {r[0] for r in ws.conn.execute(
        f"SELECT name FROM sqlite_master WHERE name IN ({marks(len(names))})", names)}
    return found >= set(names)


@dataclass(frozen=True)
class LinkedPlan:
    """A plan this workspace exchanges packages about, and its side."""

    plan_id: int
    uid: str                       # the plan's exchange id: the same in the office's and every unit's workspace
    role: str                      # "office" (it sent the plan package) | "unit" (it imported it)
    fingerprint: str               # the digest of the plan version this workspace holds


def linked_plan(ws: Workspace, *, uid: str | None = None, role: str | None = None,
                plan_id: int | None = None) -> LinkedPlan | None:
    """Which plan this workspace is linked to, in which role — the one answer for the whole
    exchange. Filters left None do not filter; of several links the client's current plan
    wins, else the newest."""
    filters, args = where(("uid = ?", uid), ("role = ?", role), ("plan_id = ?", plan_id))
    rows = ws.conn.execute("SELECT plan_id, uid, role, fingerprint FROM exchange_plans" + filters
                           + " ORDER BY plan_id", args).fetchall()
    if not rows:
        return None
    row = rows[-1]
    if len(rows) > 1:
        current = current_plan_id(ws)
        row = next((r for r in rows if r[0] == current), row)
    return LinkedPlan(int(row[0]), str(row[1]), str(row[2]), str(row[3]))


def linked_plan_titles(ws: Workspace) -> list[tuple[str, str, str]]:
    """(title, document number, role) of every linked plan, oldest link first."""
    return [(str(t), str(d), str(r)) for t, d, r in ws.conn.execute(
        "SELECT p.title, p.doc_number, e.role FROM exchange_plans e JOIN plans p ON p.id = e.plan_id "
        "ORDER BY e.plan_id")]


def plan_identity(ws: Workspace, plan_id: int) -> tuple[str, str, str, str] | None:
    """(uid, document number, title, fingerprint) that packages about ``plan_id`` carry."""
    row = ws.conn.execute(
        "SELECT e.uid, p.doc_number, p.title, e.fingerprint FROM exchange_plans e "
        "JOIN plans p ON p.id = e.plan_id WHERE e.plan_id = ?", (plan_id,)).fetchone()
    return (str(row[0]), str(row[1]), str(row[2]), str(row[3])) if row else None


def link_plan(ws: Workspace, plan_id: int, *, uid: str, role: str, fingerprint: str, templates_version: str,
              stamp: str) -> None:
    """Link ``plan_id`` to the exchange (first plan package sent or received), or note the
    newer version a later one carries; the side never changes once linked."""
    ws.conn.execute(
        "INSERT INTO exchange_plans(plan_id, uid, role, fingerprint, templates_version, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(plan_id) DO UPDATE SET uid = excluded.uid, "
        "fingerprint = excluded.fingerprint, templates_version = excluded.templates_version, "
        "updated_at = excluded.updated_at", (plan_id, uid, role, fingerprint, templates_version, stamp))


# ---- packages imported, months sent ----------------------------------------------------------

OFFICE_TASK_IDS = "office_task_ids:{plan_id}"


def office_task_ids(ws: Workspace, plan_id: int) -> dict[int, int]:
    """At a unit: the office's task id → this workspace's task id, as the plan packages said them
    (``plan_package``), so a task keeps its row by the office's matching, not by a matching of
    its own against an older version (a unit that skipped a package)."""
    try:
        raw = json.loads(ws.setting(OFFICE_TASK_IDS.format(plan_id=plan_id)) or "{}")
        return {int(office): int(own) for office, own in raw.items()}
    except (ValueError, TypeError, AttributeError):      # a value not written by us: none known
        return {}


def task_ids_by_key(ws: Workspace, plan_id: int) -> dict[str, int]:
    """Every task of the plan (withdrawn ones too) by its key."""
    return {str(k): int(i) for i, k in ws.conn.execute("SELECT id, key FROM tasks WHERE plan_id = ?", (plan_id,))}


def record_office_task_ids(ws: Workspace, plan_id: int, pairs: dict[int, int]) -> None:
    """Remember the office's task ids of this workspace's tasks (office id → own id), adding to
    those known (a withdrawn task keeps its office id, should a later package bring it back)."""
    known = office_task_ids(ws, plan_id)
    mine = set(pairs.values())
    known = {office: own for office, own in known.items() if own not in mine} | pairs
    ws.set_setting(OFFICE_TASK_IDS.format(plan_id=plan_id),
                   json.dumps({str(k): v for k, v in sorted(known.items())}))


SENT_TASKS = "plan_sent_tasks:{plan_id}"


def record_sent_tasks(ws: Workspace, plan_id: int, sent: dict[int, tuple[str, str]]) -> None:
    """At the office: each task (task id → key, title) as the plan package just written names it,
    so a unit's submission made under it is told from one made under an older package after the
    office changes the plan on its own side (``submission.read_month``)."""
    ws.set_setting(SENT_TASKS.format(plan_id=plan_id), json.dumps(
        {str(task_id): [key, title] for task_id, (key, title) in sorted(sent.items())}, ensure_ascii=False))


def sent_tasks(ws: Workspace, plan_id: int) -> dict[str, tuple[int, str]] | None:
    """Key → (task id, title) as the office's last plan package named them; None when no package
    was recorded (one written before this was kept) or the value is not ours."""
    try:
        raw = json.loads(ws.setting(SENT_TASKS.format(plan_id=plan_id)) or "null")
        if raw is None:
            return None
        return {str(key): (int(task_id), str(title)) for task_id, (key, title) in raw.items()}
    except (ValueError, TypeError, AttributeError):      # a value not written by us: none known
        return None


def imported_package(ws: Workspace, sha256: str) -> tuple[str, str, str] | None:
    """(kind, sender, received_at) of the package file with this hash, if imported before."""
    row = ws.conn.execute("SELECT kind, sender, received_at FROM exchange_packages WHERE sha256 = ?",
                          (sha256,)).fetchone()
    return (str(row[0]), str(row[1]), str(row[2])) if row else None


def record_package(ws: Workspace, *, sha256: str, package_id: str, kind: str, plan_uid: str, sender: str,
                   sender_fingerprint: str, created_at: str, received_at: str, file_name: str, size: int,
                   summary: str) -> None:
    """The package as imported (call inside the import transaction)."""
    ws.conn.execute(
        "INSERT INTO exchange_packages(sha256, package_id, kind, plan_uid, sender, sender_fingerprint, "
        "created_at, received_at, file_name, size, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (sha256, package_id, kind, plan_uid, sender, sender_fingerprint, created_at, received_at, file_name,
         size, summary))


def record_exports(ws: Workspace, unit_id: int, months: list[tuple[str, int]], *, exported_at: str,
                   package_sha256: str, file_name: str) -> None:
    """At the unit: these (month, revision) went out in a submission package (``month_sent``)."""
    ws.conn.executemany(
        "INSERT INTO exchange_exports(unit_id, month, revision, exported_at, package_sha256, file_name) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(unit_id, month) DO UPDATE SET revision = excluded.revision, "
        "exported_at = excluded.exported_at, package_sha256 = excluded.package_sha256, "
        "file_name = excluded.file_name",
        [(unit_id, month, revision, exported_at, package_sha256, file_name) for month, revision in months])


def fold_write_ahead_log(ws: Workspace) -> None:
    """Fold the write-ahead log into the workspace file now: a clerk who copies the .sqlite
    file to a USB stick right after an import carries everything."""
    ws.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")


# ---- what waits for a person at the office ---------------------------------------------------

def pending_counts(ws: Workspace) -> tuple[int, int]:
    """(open version conflicts, key changes waiting for a decision) in this workspace."""
    if not has_tables(ws, "exchange_revisions", "exchange_key_changes"):
        return 0, 0
    conflicts = ws.conn.execute("SELECT COUNT(*) FROM exchange_revisions WHERE status = 'conflict'").fetchone()[0]
    keys = ws.conn.execute("SELECT COUNT(*) FROM exchange_key_changes WHERE decision IS NULL").fetchone()[0]
    return int(conflicts), int(keys)
