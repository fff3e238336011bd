"""Receipts and revisions: what became of each unit × month a package carried.

``exchange_receipts`` holds one row per unit × month — the revision the office holds and its
state (received / accepted / returned with the reason) — at the office, and at the unit as the
office's receipts told it. ``exchange_revisions`` keeps, at the office, every revision received
(current, superseded, older, or held back as a conflict). The rules that decide between them are
``desktop.exchange.merge``; here only the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.progress import RECEIPT_LABELS
from desktop.store.exchange import has_tables
from desktop.store.sql import marks, where
from desktop.store.workspace import Workspace


@dataclass(frozen=True)
class Receipt:
    revision: int
    state: str                     # received | accepted | returned
    reason: str                    # the office's reason, when returned
    received_at: str
    decided_at: str | None

    @property
    def last_changed(self) -> str:
        """When the office decided on the month, else when it was received."""
        return self.decided_at if self.decided_at is not None else self.received_at


def receipt(ws: Workspace, unit_id: int, month: str) -> Receipt | None:
    row = ws.conn.execute("SELECT revision, state, reason, received_at, decided_at FROM exchange_receipts "
                          "WHERE unit_id = ? AND month = ?", (unit_id, month)).fetchone()
    return Receipt(int(row[0]), str(row[1]), str(row[2]), str(row[3]), row[4]) if row else None


def receipts(ws: Workspace, unit_id: int, months: list[str]) -> dict[str, Receipt]:
    """The receipts of these months of the unit, by month."""
    return {str(r[0]): Receipt(int(r[1]), str(r[2]), str(r[3]), str(r[4]), r[5]) for r in ws.conn.execute(
        "SELECT month, revision, state, reason, received_at, decided_at FROM exchange_receipts "
        f"WHERE unit_id = ? AND month IN ({marks(len(months))})", (unit_id, *months))}


def save_receipt(ws: Workspace, *, unit_id: int, month: str, plan_id: int, revision: int, state: str,
                 reason: str, received_at: str, decided_at: str | None, decided_by: str) -> None:
    """Write the month's receipt whole, over any earlier one."""
    ws.conn.execute(
        "INSERT INTO exchange_receipts(unit_id, month, plan_id, revision, state, reason, received_at, "
        "decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(unit_id, month) DO UPDATE SET "
        "revision = excluded.revision, state = excluded.state, reason = excluded.reason, "
        "received_at = excluded.received_at, decided_at = excluded.decided_at, decided_by = excluded.decided_by",
        (unit_id, month, plan_id, revision, state, reason, received_at, decided_at, decided_by))


def decide(ws: Workspace, unit_id: int, month: str, *, state: str, reason: str, decided_at: str,
           decided_by: str) -> None:
    """The office's decision on the revision it holds: accepted, or returned with the reason."""
    ws.conn.execute("UPDATE exchange_receipts SET state = ?, reason = ?, decided_at = ?, decided_by = ? "
                    "WHERE unit_id = ? AND month = ?", (state, reason, decided_at, decided_by, unit_id, month))


def month_states(ws: Workspace, *, unit_id: int | None = None) -> list[dict[str, Any]]:
    """Per unit × month: revision and state (received / accepted / returned, ``state_label`` in
    words) with reason, in the roster's order."""
    filters, args = where(("r.unit_id = ?", unit_id))
    rows = ws.rows("SELECT r.unit_id, u.name AS unit, r.month, r.revision, r.state, r.reason, r.received_at, "
                   "r.decided_at, r.decided_by FROM exchange_receipts r JOIN units u ON u.id = r.unit_id"
                   + filters + " ORDER BY u.position, r.month", args)
    for r in rows:
        r["state_label"] = RECEIPT_LABELS.get(r["state"], r["state"])
    return rows


# ---- revisions held at the office ------------------------------------------------------------

@dataclass(frozen=True)
class Revision:
    id: int
    plan_id: int
    unit_id: int
    month: str
    revision: int
    payload: str                   # the month as the package carried it (canonical JSON)
    package_sha256: str


def held_revisions(ws: Workspace, unit_id: int, months: list[str]) -> set[tuple[str, int, str]]:
    """(month, revision, content hash) of every revision of these months already received."""
    return {(str(r[0]), int(r[1]), str(r[2])) for r in ws.conn.execute(
        "SELECT month, revision, content_sha256 FROM exchange_revisions "
        f"WHERE unit_id = ? AND month IN ({marks(len(months))})", (unit_id, *months))}


def add_revision(ws: Workspace, *, plan_id: int, unit_id: int, month: str, revision: int, content_sha256: str,
                 payload: str, package_sha256: str, received_at: str, status: str) -> None:
    ws.conn.execute(
        "INSERT INTO exchange_revisions(plan_id, unit_id, month, revision, content_sha256, payload, "
        "package_sha256, received_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (plan_id, unit_id, month, revision, content_sha256, payload, package_sha256, received_at, status))


def supersede_current(ws: Workspace, unit_id: int, month: str) -> None:
    """The month's current revision gives way to a newer one (it stays, as ``superseded``)."""
    ws.conn.execute("UPDATE exchange_revisions SET status = 'superseded' WHERE unit_id = ? AND month = ? "
                    "AND status = 'current'", (unit_id, month))


def conflict(ws: Workspace, conflict_id: int) -> Revision | None:
    """A revision held back as a conflict, while it is open."""
    row = ws.conn.execute(
        "SELECT id, plan_id, unit_id, month, revision, payload, package_sha256 FROM exchange_revisions "
        "WHERE id = ? AND status = 'conflict'", (conflict_id,)).fetchone()
    if row is None:
        return None
    return Revision(int(row[0]), int(row[1]), int(row[2]), str(row[3]), int(row[4]), str(row[5]), str(row[6]))


def current_payload(ws: Workspace, unit_id: int, month: str) -> str | None:
    """The month as the current revision carried it."""
    row = ws.conn.execute("SELECT payload FROM exchange_revisions WHERE unit_id = ? AND month = ? "
                          "AND status = 'current'", (unit_id, month)).fetchone()
    return str(row[0]) if row else None


def close_conflict(ws: Workspace, conflict_id: int, *, status: str, stamp: str, actor: str,
                   kept_from: str | None = None) -> None:
    """``status``: "current" (adopted) or "kept_current" (the version held stays); ``kept_from`` with
    "kept_current": "package" (a package's version stays) or "office" (the version the office entered for the unit —
    no package tells the unit, the office must: ``office_kept``), recorded here once (m69a)."""
    ws.conn.execute("UPDATE exchange_revisions SET status = ?, resolved_at = ?, resolved_by = ?, kept_from = ? "
                    "WHERE id = ?", (status, stamp, actor, kept_from if status == "kept_current" else None,
                                     conflict_id))


def open_conflicts(ws: Workspace, *, unit_id: int | None = None, month: str | None = None) -> list[dict[str, Any]]:
    """Revisions held back because the office had accepted the month, with the current revision."""
    filters, args = where(("c.unit_id = ?", unit_id), ("c.month = ?", month), base="c.status = 'conflict'")
    return ws.rows(
        "SELECT c.id, c.unit_id, u.name AS unit, c.month, c.revision, c.received_at, c.package_sha256, "
        "(SELECT r.revision FROM exchange_revisions r WHERE r.unit_id = c.unit_id AND r.month = c.month "
        " AND r.status = 'current') AS current_revision "
        "FROM exchange_revisions c JOIN units u ON u.id = c.unit_id" + filters + " ORDER BY c.id", args)


# a row where the office kept its own version over the unit's revision and no later revision of the unit's has
# been taken since (``settle_kept``); with ``a`` the table's alias ("c.") where a query joins
_KEPT = "{a}status = 'kept_current' AND {a}kept_from = 'office' AND {a}settled_at IS NULL"
# a 须告知 row still open (``office_kept``): such a row not yet told
OPEN_KEPT = _KEPT.format(a="") + " AND told_at IS NULL"


def office_kept(ws: Workspace, *, unit_id: int | None = None) -> list[dict[str, Any]]:
    """Months whose unit's package the office set aside to keep the version it entered for the unit itself: the
    unit is told by no package — office → unit packages carry no entries — so the office must tell it (m68a).
    Read from the conflict's row alone (m69a, rv69b): closed ``kept_current`` with ``kept_from`` 'office' (recorded
    when the office decided), not yet told (``told_at``) and not settled by a later revision of the unit's taken
    for the month (``settled_at``, recorded by ``merge`` as it takes it). Each with the revision not taken (the
    latest) and when it was decided, in the roster's order."""
    filters, args = where(("c.unit_id = ?", unit_id), base=_KEPT.format(a="c.") + " AND c.told_at IS NULL")
    return ws.rows(
        "SELECT c.unit_id, u.name AS unit, c.month, MAX(c.revision) AS revision, MAX(c.resolved_at) AS resolved_at "
        "FROM exchange_revisions c JOIN units u ON u.id = c.unit_id" + filters
        + " GROUP BY c.unit_id, c.month ORDER BY u.position, c.month", args)


def told(ws: Workspace, unit_id: int, month: str, *, stamp: str, actor: str) -> int:
    """The office has told the unit of its month's 须告知 line(s): they leave ``office_kept``; the rows stay, with
    when and by whom. Returns how many rows were marked."""
    return ws.conn.execute(
        f"UPDATE exchange_revisions SET told_at = ?, told_by = ? WHERE unit_id = ? AND month = ? AND {OPEN_KEPT}",
        (stamp, actor, unit_id, month)).rowcount


def told_months(ws: Workspace, *, unit_id: int | None = None, month: str | None = None) -> list[dict[str, Any]]:
    """Months marked told (``told``) and not settled since, the last marking first per month: unit, month, the
    revision, ``told_at`` and ``told_by``, in the roster's order."""
    filters, args = where(("c.unit_id = ?", unit_id), ("c.month = ?", month),
                          base=_KEPT.format(a="c.") + " AND c.told_at IS NOT NULL")
    return ws.rows(
        "SELECT c.unit_id, u.name AS unit, c.month, MAX(c.revision) AS revision, MAX(c.told_at) AS told_at, "
        "(SELECT t.told_by FROM exchange_revisions t WHERE t.unit_id = c.unit_id AND t.month = c.month "
        " AND t.told_at IS NOT NULL AND t.settled_at IS NULL ORDER BY t.told_at DESC, t.id DESC LIMIT 1) AS told_by "
        "FROM exchange_revisions c JOIN units u ON u.id = c.unit_id" + filters
        + " GROUP BY c.unit_id, c.month ORDER BY u.position, c.month", args)


def untold(ws: Workspace, unit_id: int, month: str) -> int:
    """Undo the month's last marking told: its rows are 须告知 lines again. Returns how many rows were unmarked."""
    return ws.conn.execute(
        "UPDATE exchange_revisions SET told_at = NULL, told_by = '' WHERE unit_id = ? AND month = ? "
        f"AND {_KEPT.format(a='')} AND told_at = "
        "(SELECT MAX(told_at) FROM exchange_revisions WHERE unit_id = ? AND month = ? AND settled_at IS NULL)",
        (unit_id, month, unit_id, month)).rowcount


def settle_kept(ws: Workspace, unit_id: int, month: str, *, stamp: str) -> int:
    """A later revision of the unit's is taken for the month: its open 须告知 rows are settled (the unit's own
    version stands, there is nothing left to tell). Returns how many rows."""
    return ws.conn.execute(f"UPDATE exchange_revisions SET settled_at = ? WHERE unit_id = ? AND month = ? "
                           f"AND {_KEPT.format(a='')}", (stamp, unit_id, month)).rowcount


def conflict_cells(ws: Workspace) -> dict[tuple[int, str], int]:
    """(unit_id, month) → the revision held back as a conflict, for the office's grid."""
    if not has_tables(ws, "exchange_revisions"):
        return {}
    return {(int(u), str(m)): int(r) for u, m, r in ws.conn.execute(
        "SELECT unit_id, month, MAX(revision) FROM exchange_revisions WHERE status = 'conflict' "
        "GROUP BY unit_id, month")}
