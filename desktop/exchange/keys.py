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

from desktop.errors import UserError
from desktop.store import exchange_keys as stored
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
    row = stored.own_key(ws)
    if row:
        return Identity(*row)
    if not create:
        return None
    ident = generate_identity()
    stored.save_own_key(ws, ident.private_key, ident.public_key, ident.fingerprint)
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

def unit_holding_key(ws: Workspace, plan_id: int, public_key: bytes) -> int | None:
    """The unit this key is already pinned to, if any: one key speaks for one unit only."""
    return stored.unit_holding_key(ws, plan_id, public_key, fingerprint(public_key))


def pin(ws: Workspace, plan_id: int, party: str, unit_id: int | None, public_key: bytes,
        source: str) -> None:
    """Pin a key (first sight) or note it was seen again; call inside a transaction."""
    stamp = now_iso()
    current = stored.pinned_key(ws, plan_id, party, unit_id)
    if current is None:
        stored.add_pin(ws, plan_id, party, unit_id, public_key, fingerprint(public_key), stamp=stamp, source=source)
    elif current.public_key == public_key:
        stored.pin_seen(ws, current.id, stamp)
    else:
        raise ValueError("pin() over a different key: use decide_key_change")


# ---- key changes -------------------------------------------------------------------------

def record_key_change(ws: Workspace, *, plan_id: int, party: str, unit_id: int | None,
                      old_fingerprint: str, new_public_key: bytes, package_sha256: str,
                      file_name: str) -> int:
    """Note a key change waiting for a person's decision (once per new key)."""
    new_fp = fingerprint(new_public_key)
    seen = stored.key_change_seen(ws, plan_id, party, unit_id, new_fp)
    if seen is not None:
        return seen
    return stored.add_key_change(ws, plan_id=plan_id, party=party, unit_id=unit_id, old_fingerprint=old_fingerprint,
                                 new_public_key=new_public_key, new_fingerprint=new_fp,
                                 package_sha256=package_sha256, file_name=file_name)


def rejected_key(ws: Workspace, plan_id: int, party: str, unit_id: int | None, public_key: bytes) -> bool:
    return stored.key_change_seen(ws, plan_id, party, unit_id, fingerprint(public_key), rejected=True) is not None


def decide_key_change(ws: Workspace, change_id: int, *, accept: bool, actor: str = "") -> dict[str, object]:
    """A person's decision on a key change: accepting pins the new key from now on."""
    change = stored.key_change(ws, change_id)
    if change is None:
        raise UserError(f"没有编号为 {change_id} 的密钥变更记录。")
    if change.decision is not None:
        done = "已接受" if change.decision == "accepted" else "已拒绝"
        raise UserError(f"密钥变更 {change_id} 已经处理过（{done}）。")
    stored.decide_key_change(ws, change, accept=accept, stamp=now_iso(), actor=actor or ws.setting("actor", ""))
    return {"id": change_id, "accepted": accept, "fingerprint": change.new_fingerprint}
