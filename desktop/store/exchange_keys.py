"""The exchange's signing keys as the workspace keeps them: its own key, the keys it has pinned
for the other side, and key changes waiting for a person's decision. What a key is and how it
signs is ``desktop.exchange.keys``; here only rows, looked up by what the caller already knows
(fingerprints are computed there and passed in).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.store.workspace import Workspace, now_iso

# ---- this workspace's own key ------------------------------------------------------------------

def own_key(ws: Workspace) -> tuple[bytes, bytes, str] | None:
    """(private key, public key, fingerprint) of this workspace, once it has made one."""
    row = ws.conn.execute(
        "SELECT private_key, public_key, fingerprint FROM exchange_identity WHERE id = 1").fetchone()
    return (bytes(row[0]), bytes(row[1]), str(row[2])) if row else None


def save_own_key(ws: Workspace, private_key: bytes, public_key: bytes, fingerprint: str) -> None:
    """Keep the key just made, and say so in the audit log."""
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO exchange_identity(id, private_key, public_key, fingerprint, created_at) "
            "VALUES (1, ?, ?, ?, ?)", (private_key, public_key, fingerprint, now_iso()))
        ws.audit("exchange_key_created", {"fingerprint": fingerprint})


# ---- pinned keys ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class PinnedKey:
    id: int
    public_key: bytes
    fingerprint: str


def pinned_key(ws: Workspace, plan_id: int, party: str, unit_id: int | None) -> PinnedKey | None:
    """The key pinned for the office (``party="office"``, no unit) or for a unit."""
    row = ws.conn.execute(
        "SELECT id, public_key, fingerprint FROM exchange_keys "
        "WHERE plan_id = ? AND party = ? AND IFNULL(unit_id, 0) = ?",
        (plan_id, party, unit_id or 0)).fetchone()
    return PinnedKey(int(row[0]), bytes(row[1]), str(row[2])) if row else None


def unit_holding_key(ws: Workspace, plan_id: int, public_key: bytes, fingerprint: str) -> int | None:
    """The unit this key is already pinned to, if any."""
    row = ws.conn.execute(
        "SELECT unit_id FROM exchange_keys WHERE plan_id = ? AND party = 'unit' AND fingerprint = ? "
        "AND public_key = ?", (plan_id, fingerprint, public_key)).fetchone()
    return int(row[0]) if row else None


def add_pin(ws: Workspace, plan_id: int, party: str, unit_id: int | None, public_key: bytes, fingerprint: str,
            *, stamp: str, source: str) -> None:
    ws.conn.execute(
        "INSERT INTO exchange_keys(plan_id, party, unit_id, public_key, fingerprint, first_seen, "
        "last_seen, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (plan_id, party, unit_id, public_key, fingerprint, stamp, stamp, source))


def pin_seen(ws: Workspace, pin_id: int, stamp: str) -> None:
    """A pinned key signed again."""
    ws.conn.execute("UPDATE exchange_keys SET last_seen = ? WHERE id = ?", (stamp, pin_id))


def pinned_keys(ws: Workspace) -> list[dict[str, Any]]:
    """Every pinned key with its unit's name, the office's first."""
    return ws.rows(
        "SELECT k.id, k.plan_id, k.party, u.name AS unit, k.fingerprint, k.first_seen, k.last_seen, "
        "k.source FROM exchange_keys k LEFT JOIN units u ON u.id = k.unit_id ORDER BY k.party, u.position")


# ---- key changes ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class KeyChange:
    """A package or registration file signed by another key than the one pinned for its sender."""

    id: int
    plan_id: int
    party: str
    unit_id: int | None
    new_public_key: bytes
    new_fingerprint: str
    decision: str | None           # None while waiting | "accepted" | "rejected"


def key_change(ws: Workspace, change_id: int) -> KeyChange | None:
    row = ws.conn.execute(
        "SELECT id, plan_id, party, unit_id, new_public_key, new_fingerprint, decision "
        "FROM exchange_key_changes WHERE id = ?", (change_id,)).fetchone()
    if row is None:
        return None
    return KeyChange(int(row[0]), int(row[1]), str(row[2]), None if row[3] is None else int(row[3]),
                     bytes(row[4]), str(row[5]), row[6])


def key_change_seen(ws: Workspace, plan_id: int, party: str, unit_id: int | None, new_fingerprint: str,
                    *, rejected: bool = False) -> int | None:
    """The id of the change to this new key already noted (only a rejected one, ``rejected``)."""
    row = ws.conn.execute(
        "SELECT id FROM exchange_key_changes WHERE plan_id = ? AND party = ? AND IFNULL(unit_id, 0) = ? "
        "AND new_fingerprint = ?" + (" AND decision = 'rejected'" if rejected else ""),
        (plan_id, party, unit_id or 0, new_fingerprint)).fetchone()
    return int(row[0]) if row else None


def add_key_change(ws: Workspace, *, plan_id: int, party: str, unit_id: int | None, old_fingerprint: str,
                   new_public_key: bytes, new_fingerprint: str, package_sha256: str, file_name: str) -> int:
    """Note a key change waiting for a decision, and say so in the audit log."""
    with ws.transaction():
        cursor = ws.conn.execute(
            "INSERT INTO exchange_key_changes(plan_id, party, unit_id, old_fingerprint, new_public_key, "
            "new_fingerprint, package_sha256, file_name, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (plan_id, party, unit_id, old_fingerprint, new_public_key, new_fingerprint, package_sha256,
             file_name, now_iso()))
        change_id = int(cursor.lastrowid or 0)
        ws.audit("exchange_key_change_seen", {"change_id": change_id, "party": party,
                                              "unit_id": unit_id, "old": old_fingerprint,
                                              "new": new_fingerprint, "package": package_sha256,
                                              "file": file_name})
    return change_id


def key_changes(ws: Workspace, *, pending_only: bool = True) -> list[dict[str, Any]]:
    """Key changes with the unit's name, oldest first; only those waiting, ``pending_only``."""
    return ws.rows(
        "SELECT c.id, c.plan_id, c.party, u.name AS unit, c.old_fingerprint, c.new_fingerprint, "
        "c.file_name, c.seen_at, c.decision, c.decided_at, c.decided_by "
        "FROM exchange_key_changes c LEFT JOIN units u ON u.id = c.unit_id"
        + (" WHERE c.decision IS NULL" if pending_only else "") + " ORDER BY c.id")


def decide_key_change(ws: Workspace, change: KeyChange, *, accept: bool, stamp: str, actor: str) -> None:
    """Record a person's decision; accepting pins the new key in place of the old one."""
    with ws.transaction():
        if accept:
            ws.conn.execute(
                "UPDATE exchange_keys SET public_key = ?, fingerprint = ?, first_seen = ?, last_seen = ?, "
                "source = ? WHERE plan_id = ? AND party = ? AND IFNULL(unit_id, 0) = ?",
                (change.new_public_key, change.new_fingerprint, stamp, stamp, f"密钥变更 {change.id}",
                 change.plan_id, change.party, change.unit_id or 0))
        ws.conn.execute("UPDATE exchange_key_changes SET decision = ?, decided_at = ?, decided_by = ? "
                        "WHERE id = ?", ("accepted" if accept else "rejected", stamp, actor, change.id))
        ws.audit("exchange_key_change_decided", {"change_id": change.id, "accepted": accept,
                                                 "fingerprint": change.new_fingerprint}, actor=actor)
