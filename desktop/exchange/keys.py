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

from desktop.errors import UserError
from desktop.store.workspace import Workspace, now_iso, refuse_output_over_workspace


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


# ---- registration file (登记文件): a unit's key, handed over before its first package -------

REGISTRATION_FORMAT = "luoshi-key"
_MAX_REGISTRATION_BYTES = 64 * 1024


def export_registration(ws: Workspace, unit: str, out: Any) -> dict[str, Any]:
    """Write a small self-signed JSON file naming the unit and its public key."""
    import base64
    import json
    from pathlib import Path

    from desktop.errors import UserError
    from desktop.exchange.format import canonical_json, utc_now
    from desktop.exchange.plan_package import linked_plan
    from desktop.store.queries import unit_id as find_unit

    refuse_output_over_workspace(ws.path, out)
    linked = linked_plan(ws)
    if linked is not None and linked[2] == "office":
        raise UserError("本工作区是办公室端（发出过方案包），密钥登记文件应由各单位在自己的工作区导出，未导出。")
    if linked is None or find_unit(ws, linked[0], unit) is None:
        raise UserError(f"请先导入办公室的方案包，并确认方案中有单位“{unit}”。")
    unit_id = find_unit(ws, linked[0], unit)
    name = ws.conn.execute("SELECT name FROM units WHERE id = ?", (unit_id,)).fetchone()[0]
    groups = [r[0] for r in ws.conn.execute(
        "SELECT u.name FROM group_members g JOIN units u ON u.id = g.group_id WHERE g.member_id = ? "
        "ORDER BY u.position, u.id", (unit_id,))]
    liaison = ws.conn.execute("SELECT name, phone FROM liaisons WHERE unit_id = ?", (unit_id,)).fetchone()
    ident = own_identity(ws)
    assert ident is not None
    body = {"format": REGISTRATION_FORMAT, "format_version": 1, "plan_uid": linked[1], "unit": name,
            "groups": groups, "liaison": {"name": liaison[0], "phone": liaison[1]} if liaison else {},
            "public_key": base64.b64encode(ident.public_key).decode("ascii"),
            "fingerprint": ident.fingerprint, "created_at": utc_now()}
    body["signature"] = base64.b64encode(ident.sign(canonical_json(body))).decode("ascii")
    Path(out).write_text(json.dumps(body, ensure_ascii=False, indent=1), encoding="utf-8")
    return body


class UnknownUnit(UserError):
    """A registration file from a unit the office's roster does not know yet: a person decides
    (``import_registration(..., add=True)`` adds it to its group, or nothing is written)."""

    def __init__(self, message: str, unit: str, groups: list[str]) -> None:
        super().__init__(message)
        self.unit, self.groups = unit, groups


def read_registration(ws: Workspace, path: Any) -> tuple[dict[str, Any], bytes, int]:
    """The checked body of a registration file, its key and the office plan it belongs to."""
    import base64
    import binascii
    import json
    from pathlib import Path

    from desktop.errors import BadInputError
    from desktop.exchange.format import canonical_json

    path = Path(path)
    if not path.is_file():
        raise BadInputError(f"找不到密钥登记文件：{path}（{'这是一个文件夹' if path.is_dir() else '文件不存在'}）。"
                            "请检查路径后重试。")
    try:
        raw = path.read_bytes()[:_MAX_REGISTRATION_BYTES + 1]
        body = json.loads(raw.decode("utf-8")) if len(raw) <= _MAX_REGISTRATION_BYTES else None
        public_key = base64.b64decode(body["public_key"], validate=True)
        signature = base64.b64decode(body.pop("signature"), validate=True)
    except (OSError, ValueError, TypeError, KeyError, AttributeError, binascii.Error, RecursionError):
        body = None
    if not isinstance(body, dict) or body.get("format") != REGISTRATION_FORMAT:
        raise BadInputError(f"“{path.name}”不是落实的密钥登记文件，未导入。")
    if not verify_signature(public_key, signature, canonical_json(body)):
        raise BadInputError(f"“{path.name}”的签名无效（文件被改动过），未导入。")
    row = ws.conn.execute("SELECT plan_id FROM exchange_plans WHERE uid = ? AND role = 'office'",
                          (body.get("plan_uid"),)).fetchone()
    if row is None:
        raise BadInputError(f"“{path.name}”属于另一个方案，未导入。")
    groups = body.get("groups", [])
    body["groups"] = [g for g in groups if isinstance(g, str)] if isinstance(groups, list) else []
    if not isinstance(body.get("liaison"), dict):
        body["liaison"] = {}
    return body, public_key, int(row[0])


def _add_registered_unit(ws: Workspace, plan_id: int, body: dict[str, Any], file_name: str,
                         actor: str) -> int:
    """The office's one click: the unit joins the roster in the groups it named."""
    from desktop.errors import BadInputError
    from desktop.store import roster
    from desktop.store.queries import unit_id as find_unit

    name = str(body.get("unit", ""))
    if not body["groups"]:
        raise BadInputError(f"登记文件没有写明“{name}”属于哪个单位组，无法自动加入名册。请先在“单位名册”中"
                            f"增加“{name}”（或把它加为某个单位组的成员），再导入登记文件。")
    try:
        unit_id = roster.add_unit(ws, plan_id, name, group=body["groups"][0], actor=actor, source_file=file_name)
        for group in body["groups"][1:]:
            if find_unit(ws, plan_id, group) is not None:
                roster.change_members(ws, plan_id, group, add=[name], actor=actor)
        person = body["liaison"].get("name")
        if isinstance(person, str) and person.strip():
            phone = body["liaison"].get("phone", "")
            try:
                roster.set_liaison(ws, plan_id, name, person, phone if isinstance(phone, str) else "", actor=actor)
            except UserError:
                pass                      # a bad phone number in the file: the office fills it in later
    except UserError as exc:
        raise BadInputError(f"登记文件中的单位“{name}”无法加入名册：{exc.message}") from exc
    return unit_id


def import_registration(ws: Workspace, path: Any, *, actor: str = "", add: bool = False) -> dict[str, Any]:
    """At the office: pin a unit's key from its registration file (before any package).

    The same key again changes nothing; a different key than the pinned one becomes a key
    change waiting for a decision, exactly as a package signed by it would. A unit the
    roster lacks raises ``UnknownUnit`` (nothing written) unless ``add``: then it joins the
    groups its file names, and its key is pinned, in one transaction.
    """
    from pathlib import Path

    from desktop.errors import BadInputError
    from desktop.store.queries import unit_id as find_unit

    path = Path(path)
    body, public_key, plan_id = read_registration(ws, path)
    unit_id = find_unit(ws, plan_id, str(body.get("unit", "")))
    if unit_id is None and unit_holding_key(ws, plan_id, public_key) is not None:
        raise BadInputError("此密钥已登记为另一个单位的密钥，未导入。")
    if unit_id is None and not add:
        groups = "、".join(f"“{g}”" for g in body["groups"])
        claim = f"（登记文件写明属于{groups}）" if groups else "（登记文件没有写明所属单位组）"
        how = ("确认无误后，在界面中选择“加入名册”，或在命令行加 --add。" if groups else
               "请先在“设置 → 单位名册”中增加该单位或把它加为某个单位组的成员，再导入登记文件。")
        raise UnknownUnit(f"“{body.get('unit')}”不在本办公室的单位名册中{claim}。"
                          f"请先电话核对对方的单位和指纹 {fingerprint(public_key)}，{how}",
                          str(body.get("unit", "")), body["groups"])
    if unit_id is None:
        with ws.transaction():
            unit_id = _add_registered_unit(ws, plan_id, body, path.name, actor)
            pin(ws, plan_id, "unit", unit_id, public_key, f"登记文件 {path.name}")
            ws.audit("exchange_key_registered", {"unit": body["unit"], "fingerprint": fingerprint(public_key),
                                                 "file": path.name, "added_to_roster": True}, actor=actor)
        return {"unit": body["unit"], "fingerprint": fingerprint(public_key), "status": "added",
                "groups": body["groups"]}
    holder = unit_holding_key(ws, plan_id, public_key)
    if holder is not None and holder != unit_id:
        raise BadInputError("此密钥已登记为另一个单位的密钥，未导入。")
    current = pinned(ws, plan_id, "unit", unit_id)
    fp = fingerprint(public_key)
    if current is not None and current["public_key"] != public_key:
        change_id = record_key_change(ws, plan_id=plan_id, party="unit", unit_id=unit_id,
                                      old_fingerprint=current["fingerprint"], new_public_key=public_key,
                                      package_sha256="", file_name=path.name)
        return {"unit": body["unit"], "fingerprint": fp, "status": "key_change", "change_id": change_id}
    if current is not None:
        return {"unit": body["unit"], "fingerprint": fp, "status": "unchanged"}
    with ws.transaction():
        pin(ws, plan_id, "unit", unit_id, public_key, f"登记文件 {path.name}")
        ws.audit("exchange_key_registered", {"unit": body["unit"], "fingerprint": fp, "file": path.name},
                 actor=actor)
    return {"unit": body["unit"], "fingerprint": fp, "status": "pinned"}
