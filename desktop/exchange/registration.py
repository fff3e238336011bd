"""The registration file (登记文件): a unit's key, handed to the office before its first package.

A unit exports a small self-signed JSON file naming itself, the groups it belongs to, its
liaison and its public key; the office imports it to pin that key (trust on first use without
waiting for a package), or — for a unit its roster lacks, when a person says so — to add the
unit to the roster in the groups the file names.
"""

from __future__ import annotations

import base64
import binascii
import json
from pathlib import Path
from typing import Any

from desktop.errors import BadInputError, UserError
from desktop.exchange import keys
from desktop.exchange.format import canonical_json, utc_now
from desktop.store import entries, roster
from desktop.store.exchange import linked_plan
from desktop.store.exchange_keys import pinned_key
from desktop.store.queries import unit_id as find_unit, unit_name
from desktop.store.workspace import Workspace, refuse_output_over_workspace

REGISTRATION_FORMAT = "luoshi-key"
_MAX_REGISTRATION_BYTES = 64 * 1024


def export_registration(ws: Workspace, unit: str, out: Any) -> dict[str, Any]:
    """Write a small self-signed JSON file naming the unit and its public key."""
    refuse_output_over_workspace(ws.path, out)
    linked = linked_plan(ws)
    if linked is not None and linked.role == "office":
        raise UserError("本工作区是办公室端（发出过方案包），密钥登记文件应由各单位在自己的工作区导出，未导出。")
    unit_id = find_unit(ws, linked.plan_id, unit) if linked is not None else None
    name = unit_name(ws, unit_id) if unit_id is not None else None
    if linked is None or unit_id is None or name is None:
        raise UserError(f"请先导入办公室的方案包，并确认方案中有单位“{unit}”。")
    liaison = entries.liaison(ws, unit_id)
    ident = keys.own_identity(ws)
    assert ident is not None
    body = {"format": REGISTRATION_FORMAT, "format_version": 1, "plan_uid": linked.uid, "unit": name,
            "groups": roster.member_of(ws, unit_id),
            "liaison": {"name": liaison[0], "phone": liaison[1]} if liaison else {},
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
    path = Path(path)
    if not path.is_file():
        raise BadInputError(f"找不到密钥登记文件：{path}（{'这是一个文件夹' if path.is_dir() else '文件不存在'}）。"
                            "请检查路径后重试。")
    body: Any
    try:
        raw = path.read_bytes()[:_MAX_REGISTRATION_BYTES + 1]
        body = json.loads(raw.decode("utf-8")) if len(raw) <= _MAX_REGISTRATION_BYTES else None
        public_key = base64.b64decode(body["public_key"], validate=True)
        signature = base64.b64decode(body.pop("signature"), validate=True)
    except (OSError, ValueError, TypeError, KeyError, AttributeError, binascii.Error, RecursionError):
        body = None
    if not isinstance(body, dict) or body.get("format") != REGISTRATION_FORMAT:
        raise BadInputError(f"“{path.name}”不是落实的密钥登记文件，未导入。")
    if not keys.verify_signature(public_key, signature, canonical_json(body)):
        raise BadInputError(f"“{path.name}”的签名无效（文件被改动过），未导入。")
    uid = body.get("plan_uid")
    linked = linked_plan(ws, uid=uid, role="office") if isinstance(uid, str) else None
    if linked is None:
        raise BadInputError(f"“{path.name}”属于另一个方案，未导入。")
    groups = body.get("groups", [])
    body["groups"] = [g for g in groups if isinstance(g, str)] if isinstance(groups, list) else []
    if not isinstance(body.get("liaison"), dict):
        body["liaison"] = {}
    return body, public_key, linked.plan_id


def _add_registered_unit(ws: Workspace, plan_id: int, body: dict[str, Any], file_name: str,
                         actor: str) -> int:
    """The office's one click: the unit joins the roster in the groups it named."""
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
    path = Path(path)
    body, public_key, plan_id = read_registration(ws, path)
    unit_id = find_unit(ws, plan_id, str(body.get("unit", "")))
    if unit_id is None and keys.unit_holding_key(ws, plan_id, public_key) is not None:
        raise BadInputError("此密钥已登记为另一个单位的密钥，未导入。")
    if unit_id is None and not add:
        groups = "、".join(f"“{g}”" for g in body["groups"])
        claim = f"（登记文件写明属于{groups}）" if groups else "（登记文件没有写明所属单位组）"
        how = ("确认无误后，在界面中选择“加入名册”，或在命令行加 --add。" if groups else
               "请先在“设置 → 单位名册”中增加该单位或把它加为某个单位组的成员，再导入登记文件。")
        raise UnknownUnit(f"“{body.get('unit')}”不在本办公室的单位名册中{claim}。"
                          f"请先电话核对对方的单位和指纹 {keys.fingerprint(public_key)}，{how}",
                          str(body.get("unit", "")), body["groups"])
    if unit_id is None:
        with ws.transaction():
            unit_id = _add_registered_unit(ws, plan_id, body, path.name, actor)
            keys.pin(ws, plan_id, "unit", unit_id, public_key, f"登记文件 {path.name}")
            ws.audit("exchange_key_registered", {"unit": body["unit"], "fingerprint": keys.fingerprint(public_key),
                                                 "file": path.name, "added_to_roster": True}, actor=actor)
        return {"unit": body["unit"], "fingerprint": keys.fingerprint(public_key), "status": "added",
                "groups": body["groups"]}
    holder = keys.unit_holding_key(ws, plan_id, public_key)
    if holder is not None and holder != unit_id:
        raise BadInputError("此密钥已登记为另一个单位的密钥，未导入。")
    current = pinned_key(ws, plan_id, "unit", unit_id)
    fp = keys.fingerprint(public_key)
    if current is not None and current.public_key != public_key:
        change_id = keys.record_key_change(ws, plan_id=plan_id, party="unit", unit_id=unit_id,
                                           old_fingerprint=current.fingerprint, new_public_key=public_key,
                                           package_sha256="", file_name=path.name)
        return {"unit": body["unit"], "fingerprint": fp, "status": "key_change", "change_id": change_id}
    if current is not None:
        return {"unit": body["unit"], "fingerprint": fp, "status": "unchanged"}
    with ws.transaction():
        keys.pin(ws, plan_id, "unit", unit_id, public_key, f"登记文件 {path.name}")
        ws.audit("exchange_key_registered", {"unit": body["unit"], "fingerprint": fp, "file": path.name},
                 actor=actor)
    return {"unit": body["unit"], "fingerprint": fp, "status": "pinned"}
