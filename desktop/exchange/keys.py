"""Signing keys: this workspace's own Ed25519 key, and the keys it has pinned for others.

Each workspace makes its key the first time it sends a package. The office pins a unit's
key from the unit's first package (trust on first use); a unit pins the office key from
the first plan package. A later package signed by a different key is refused and the
change is recorded as a decision for a person to take (``decide_key_change``) after
checking the fingerprint with the other side by telephone.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from desktop.store.workspace import Workspace, now_iso


def fingerprint(public_key: bytes) -> str:
    """Short, readable over the telephone: 20 hex digits of SHA-256 in groups of four."""
    digest = hashlib.sha256(public_key).hexdigest()[:20].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 20, 4))


@dataclass(frozen=True)
class Identity:
    private_key: bytes             # raw 32 bytes
    public_key: bytes              # raw 32 bytes
    fingerprint: str

    def sign(self, data: bytes) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(self.private_key).sign(data)


def generate_identity() -> Identity:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return Identity(private, public, fingerprint(public))


def own_identity(ws: Workspace, *, create: bool = True) -> Identity | None:
    """This workspace's key; made (and recorded in the audit log) on first use."""
    row = ws.conn.execute(
        "SELECT private_key, public_key, fingerprint FROM exchange_identity WHERE id = 1").fetchone()
    if row:
        return Identity(bytes(row[0]), bytes(row[1]), row[2])
    if not create:
        return None
    ident = generate_identity()
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO exchange_identity(id, private_key, public_key, fingerprint, created_at) "
            "VALUES (1, ?, ?, ?, ?)", (ident.private_key, ident.public_key, ident.fingerprint, now_iso()))
        ws.audit("exchange_key_created", {"fingerprint": ident.fingerprint})
    return ident


def verify_signature(public_key: bytes, signature: bytes, data: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


# ---- pinned keys -------------------------------------------------------------------------

def pinned(ws: Workspace, plan_id: int, party: str, unit_id: int | None) -> dict[str, Any] | None:
    row = ws.conn.execute(
        "SELECT id, public_key, fingerprint, first_seen FROM exchange_keys "
        "WHERE plan_id = ? AND party = ? AND IFNULL(unit_id, 0) = ?",
        (plan_id, party, unit_id or 0)).fetchone()
    if row is None:
        return None
    return {"id": row[0], "public_key": bytes(row[1]), "fingerprint": row[2], "first_seen": row[3]}


def unit_holding_key(ws: Workspace, plan_id: int, public_key: bytes) -> int | None:
    """The unit this key is already pinned to, if any: one key speaks for one unit only."""
    row = ws.conn.execute(
        "SELECT unit_id FROM exchange_keys WHERE plan_id = ? AND party = 'unit' AND fingerprint = ? "
        "AND public_key = ?", (plan_id, fingerprint(public_key), public_key)).fetchone()
    return int(row[0]) if row else None


def pin(ws: Workspace, plan_id: int, party: str, unit_id: int | None, public_key: bytes,
        source: str) -> None:
    """Pin a key (first sight) or note it was seen again; call inside a transaction."""
    stamp = now_iso()
    current = pinned(ws, plan_id, party, unit_id)
    if current is None:
        ws.conn.execute(
            "INSERT INTO exchange_keys(plan_id, party, unit_id, public_key, fingerprint, first_seen, "
            "last_seen, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (plan_id, party, unit_id, public_key, fingerprint(public_key), stamp, stamp, source))
    elif current["public_key"] == public_key:
        ws.conn.execute("UPDATE exchange_keys SET last_seen = ? WHERE id = ?", (stamp, current["id"]))
    else:
        raise ValueError("pin() over a different key: use decide_key_change")


def pinned_keys(ws: Workspace) -> list[dict[str, Any]]:
    return list(ws.db.query(
        "SELECT k.id, k.plan_id, k.party, u.name AS unit, k.fingerprint, k.first_seen, k.last_seen, "
        "k.source FROM exchange_keys k LEFT JOIN units u ON u.id = k.unit_id ORDER BY k.party, u.position"))


# ---- key changes -------------------------------------------------------------------------

def record_key_change(ws: Workspace, *, plan_id: int, party: str, unit_id: int | None,
                      old_fingerprint: str, new_public_key: bytes, package_sha256: str,
                      file_name: str) -> int:
    """Note a key change waiting for a person's decision (once per new key)."""
    new_fp = fingerprint(new_public_key)
    row = ws.conn.execute(
        "SELECT id FROM exchange_key_changes WHERE plan_id = ? AND party = ? AND IFNULL(unit_id, 0) = ? "
        "AND new_fingerprint = ?", (plan_id, party, unit_id or 0, new_fp)).fetchone()
    if row:
        return int(row[0])
    with ws.transaction():
        change_id = int(ws.conn.execute(
            "INSERT INTO exchange_key_changes(plan_id, party, unit_id, old_fingerprint, new_public_key, "
            "new_fingerprint, package_sha256, file_name, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (plan_id, party, unit_id, old_fingerprint, new_public_key, new_fp, package_sha256,
             file_name, now_iso())).lastrowid)
        ws.audit("exchange_key_change_seen", {"change_id": change_id, "party": party,
                                              "unit_id": unit_id, "old": old_fingerprint,
                                              "new": new_fp, "package": package_sha256,
                                              "file": file_name})
    return change_id


def rejected_key(ws: Workspace, plan_id: int, party: str, unit_id: int | None, public_key: bytes) -> bool:
    return ws.conn.execute(
        "SELECT 1 FROM exchange_key_changes WHERE plan_id = ? AND party = ? AND IFNULL(unit_id, 0) = ? "
        "AND new_fingerprint = ? AND decision = 'rejected'",
        (plan_id, party, unit_id or 0, fingerprint(public_key))).fetchone() is not None


def key_changes(ws: Workspace, *, pending_only: bool = True) -> list[dict[str, Any]]:
    sql = ("SELECT c.id, c.plan_id, c.party, u.name AS unit, c.old_fingerprint, c.new_fingerprint, "
           "c.file_name, c.seen_at, c.decision, c.decided_at, c.decided_by "
           "FROM exchange_key_changes c LEFT JOIN units u ON u.id = c.unit_id")
    if pending_only:
        sql += " WHERE c.decision IS NULL"
    return list(ws.db.query(sql + " ORDER BY c.id"))


def decide_key_change(ws: Workspace, change_id: int, *, accept: bool, actor: str = "") -> dict[str, Any]:
    """A person's decision on a key change: accepting pins the new key from now on."""
    from desktop.errors import UserError

    row = ws.conn.execute(
        "SELECT plan_id, party, unit_id, new_public_key, new_fingerprint, decision "
        "FROM exchange_key_changes WHERE id = ?", (change_id,)).fetchone()
    if row is None:
        raise UserError(f"没有编号为 {change_id} 的密钥变更记录。")
    plan_id, party, unit_id, new_key, new_fp, decision = row
    if decision is not None:
        raise UserError(f"密钥变更 {change_id} 已经处理过（{'已接受' if decision == 'accepted' else '已拒绝'}）。")
    stamp = now_iso()
    actor = actor or ws.setting("actor", "")
    with ws.transaction():
        if accept:
            ws.conn.execute(
                "UPDATE exchange_keys SET public_key = ?, fingerprint = ?, first_seen = ?, last_seen = ?, "
                "source = ? WHERE plan_id = ? AND party = ? AND IFNULL(unit_id, 0) = ?",
                (bytes(new_key), new_fp, stamp, stamp, f"密钥变更 {change_id}", plan_id, party, unit_id or 0))
        ws.conn.execute("UPDATE exchange_key_changes SET decision = ?, decided_at = ?, decided_by = ? "
                        "WHERE id = ?", ("accepted" if accept else "rejected", stamp, actor, change_id))
        ws.audit("exchange_key_change_decided", {"change_id": change_id, "accepted": accept,
                                                 "fingerprint": new_fp}, actor=actor)
    return {"id": change_id, "accepted": accept, "fingerprint": new_fp}
