"""The package file: a zip holding ``manifest.json``, its signature and the members it lists.

Layout (format version 1)::

    manifest.json      UTF-8 JSON, see ``make_manifest``
    manifest.sig       Ed25519 signature over the exact bytes of manifest.json (64 bytes)
    payload.json       what the package carries (plan / months / receipt items)
    attachments/<sha256>   attachment files of a submission, named by their hash

The manifest lists every other member with its SHA-256 and size, so the signature over
the manifest covers the whole package. Nothing outside the listed members is allowed.
"""

from __future__ import annotations

import hashlib
import json
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop import fileops
from desktop.core.model import book_title
from desktop.errors import UserError
from desktop.store.exchange import plan_identity as stored_identity
from desktop.store.workspace import Workspace

FORMAT_NAME = "luoshi-exchange"
FORMAT_VERSION = 1
KINDS = ("plan", "submission", "receipt")
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PAYLOAD = "payload.json"
ATTACHMENT_DIR = "attachments/"


def canonical_json(obj: Any) -> bytes:
    """Stable bytes for hashing and signing: sorted keys, no spaces, UTF-8."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class PlanIdentity:
    """Which plan a package belongs to: ``uid`` decides; the rest is for people to read."""

    uid: str
    doc_number: str
    title: str
    fingerprint: str               # SHA-256 of the plan version the sender holds

    def to_json(self) -> dict[str, str]:
        return {"uid": self.uid, "doc_number": self.doc_number, "title": self.title,
                "fingerprint": self.fingerprint}

    def label(self) -> str:
        return f"{book_title(self.title)}{self.doc_number}".strip()


def plan_identity(ws: Workspace, plan_id: int) -> PlanIdentity:
    """What packages about ``plan_id`` say of their plan, as this workspace knows it."""
    row = stored_identity(ws, plan_id)
    if row is None:
        raise UserError("本工作区的方案还没有交换标识：办公室请先导出方案包，单位请先导入办公室发来的方案包。")
    return PlanIdentity(*row)


@dataclass(frozen=True)
class Sender:
    role: str                      # "office" | "unit"
    unit: str                      # the unit's name; for the office, the office's name or ""
    public_key: bytes
    fingerprint: str


def make_manifest(*, kind: str, plan: PlanIdentity, sender: Sender, recipient: str,
                  members: dict[str, bytes], summary: dict[str, Any],
                  app_version: str) -> dict[str, Any]:
    import base64

    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "kind": kind,
        "package_id": uuid.uuid4().hex,
        "created_at": utc_now(),
        "app_version": app_version,
        "plan": plan.to_json(),
        "sender": {"role": sender.role, "unit": sender.unit,
                   "public_key": base64.b64encode(sender.public_key).decode("ascii"),
                   "fingerprint": sender.fingerprint},
        "recipient": recipient,
        "members": {name: {"sha256": sha256_hex(data), "size": len(data)}
                    for name, data in sorted(members.items())},
        "summary": summary,
    }


@dataclass(frozen=True)
class WrittenPackage:
    path: Path
    sha256: str
    size: int
    package_id: str
    manifest: dict[str, Any]


def write_package(out: Path | str, *, kind: str, plan: PlanIdentity, sender: Sender,
                  sign: Any, members: dict[str, bytes], recipient: str = "",
                  summary: dict[str, Any] | None = None,
                  extra_files: Iterable[tuple[str, Path]] = ()) -> WrittenPackage:
    """Write a signed package to ``out`` atomically (a temporary file, then a rename).

    ``sign(data) -> bytes`` signs the manifest; ``extra_files`` are (member name, file on
    disk) pairs, hashed here, for attachments too big to hold in memory twice.
    """
    from desktop import __version__

    if kind not in KINDS:
        raise ValueError(kind)
    out = Path(out)
    listed: dict[str, bytes] = dict(members)
    on_disk: list[tuple[str, Path]] = list(extra_files)
    manifest = make_manifest(kind=kind, plan=plan, sender=sender, recipient=recipient,
                             members=listed, summary=summary or {}, app_version=__version__)
    for name, path in on_disk:
        digest, size = hash_file(path)
        manifest["members"][name] = {"sha256": digest, "size": size}
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    signature = sign(manifest_bytes)
    tmp = out.with_name(out.name + ".part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            zf.writestr(MANIFEST, manifest_bytes)
            zf.writestr(SIGNATURE, signature)
            for name, data in sorted(listed.items()):
                zf.writestr(name, data)
            for name, path in on_disk:
                zf.write(path, name)
        fileops.replace(tmp, out)
    except OSError as exc:
        raise UserError(fileops.write_failure(out, exc, app="")) from exc
    finally:
        fileops.discard(tmp)
    digest, size = hash_file(out)
    return WrittenPackage(out, digest, size, manifest["package_id"], manifest)


def hash_file(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size
