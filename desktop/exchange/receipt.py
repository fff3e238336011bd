"""The receipt (回执, office → unit): what became of each month the unit sent.

A receipt carries the current state of every month the office holds from that unit —
received, accepted, or returned with the office's reason — so the newest receipt is
always complete and an old one imported late changes nothing. At the unit, a returned
month that is still locked at the returned revision is reopened for correction, with
the office's reason written into its history.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from desktop.core.progress import RECEIPT_LABELS
from desktop.errors import UserError
from desktop.exchange import format as fmt, keys
from desktop.exchange.context import Context
from desktop.exchange.merge import office_plan, plan_unit
from desktop.exchange.verify import OpenedPackage, PackageRefused
from desktop.store import receipts as stored
from desktop.store.entries import reopen_month, submitted_revision
from desktop.store.exchange import linked_plan
from desktop.store.queries import unit_id as find_unit
from desktop.store.receipts import month_states
from desktop.store.workspace import Workspace, now_iso, refuse_output_over_workspace

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def export_receipt(ws: Workspace, unit: str, out: Path | str) -> fmt.WrittenPackage:
    """Write the receipt for one unit: every month the office holds from it."""
    refuse_output_over_workspace(ws.path, out)
    plan_id = office_plan(ws)
    unit_id, name = plan_unit(ws, plan_id, unit)
    rows = month_states(ws, unit_id=unit_id)
    if not rows:
        raise UserError(f"还没有收到“{name}”的任何报送，无需回执。")
    items = [{"month": r["month"], "revision": r["revision"], "state": r["state"], "reason": r["reason"],
              "received_at": r["received_at"], "decided_at": r["decided_at"]} for r in rows]
    identity = keys.own_identity(ws)
    assert identity is not None
    office = ws.setting("office_name", "领导小组办公室")
    written = fmt.write_package(
        out, kind="receipt", plan=fmt.plan_identity(ws, plan_id), recipient=name,
        sender=fmt.Sender("office", office, identity.public_key, identity.fingerprint),
        sign=identity.sign, members={fmt.PAYLOAD: fmt.canonical_json({"unit": name, "issued_at": now_iso(),
                                                                      "items": items})},
        summary={"unit": name, "months": [[i["month"], i["revision"], i["state"]] for i in items]})
    with ws.transaction():
        ws.audit("package_export", {"kind": "receipt", "unit": name, "package_id": written.package_id,
                                    "sha256": written.sha256, "file": str(written.path),
                                    "months": len(items)})
    return written


def check(ws: Workspace, pkg: OpenedPackage, ctx: Context) -> list[dict[str, Any]]:
    payload = pkg.payload
    if not isinstance(payload, dict) or payload.get("unit") != pkg.manifest.get("recipient") \
            or not isinstance(payload.get("items"), list):
        raise PackageRefused("回执内容与收件单位不符或不完整，未导入。", problem="bad_payload")
    items = []
    for item in payload["items"]:
        ok = (isinstance(item, dict) and isinstance(item.get("month"), str) and _MONTH.match(item["month"])
              and isinstance(item.get("revision"), int) and item["revision"] >= 1
              and item.get("state") in RECEIPT_LABELS and isinstance(item.get("reason", ""), str)
              and all(isinstance(item.get(k) or "", str) for k in ("received_at", "decided_at")))
        if not ok:
            raise PackageRefused("回执中有一项格式不对，未导入。", problem="bad_payload")
        items.append(item)
    return items


def apply(ws: Workspace, pkg: OpenedPackage, ctx: Context, items: list[dict[str, Any]]) -> dict[str, Any]:
    """Record the office's states; reopen returned months. Call inside the import transaction."""
    unit_id = ctx.recipient_unit_id
    assert unit_id is not None and ctx.plan_id is not None
    lines: list[str] = []
    reopened: list[str] = []
    for item in items:
        month, revision, state = item["month"], item["revision"], item["state"]
        reason = item.get("reason", "") or ""
        stamp = item.get("decided_at") or item.get("received_at") or ""
        local = stored.receipt(ws, unit_id, month)
        if local is not None and ((revision, stamp) < (local.revision, local.last_changed or "")
                                  or (revision, state, reason) == (local.revision, local.state, local.reason)):
            continue                      # nothing newer than what the unit already knows
        stored.save_receipt(ws, unit_id=unit_id, month=month, plan_id=ctx.plan_id, revision=revision, state=state,
                            reason=reason, received_at=item.get("received_at") or now_iso(),
                            decided_at=item.get("decided_at"), decided_by="")
        text = f"{month} 第{revision}版：{RECEIPT_LABELS[state]}"
        if state == "returned":
            text += f"（原因：{reason}）"
            if submitted_revision(ws, unit_id, month) == revision:
                reopen_month(ws, unit_id, month, f"办公室退回：{reason}")
                reopened.append(month)
                text += "，已重新打开，可以更正后再次报送"
        lines.append(text)
    return {"text": "；".join(lines) if lines else "回执中没有新的内容", "reopened": reopened,
            "items": len(items), "changed": len(lines)}


def receipt_states(ws: Workspace, unit: str | None = None) -> list[dict[str, Any]]:
    """At the unit: what the office said about each month (for the client's month list)."""
    if linked_plan(ws) is None:
        return []
    return month_states(ws, unit_id=status_unit(ws, unit))


def status_unit(ws: Workspace, unit: str | None) -> int | None:
    """The id of the unit ``package status --unit`` names (None when it names none, or no plan is linked)."""
    linked = linked_plan(ws)
    if not unit or linked is None:
        return None
    unit_id = find_unit(ws, linked.plan_id, unit)
    if unit_id is None:
        raise UserError(f"方案中没有单位“{unit}”。")
    return unit_id
