"""The checks a package file passes before anything is written, needing only the file.

``open_package``: a zip, complete, not a zip bomb, safe member names, exactly the listed
members with the listed hashes, a known format version, a valid signature.
``desktop.exchange.context`` then checks it against the workspace (read only). A failure
raises ``PackageRefused`` whose message names the problem in plain Chinese.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from desktop.errors import BadInputError, os_error_words
from desktop.exchange import format as fmt, keys

# Limits, module-level so tests can lower them. A month of one unit is a few hundred KB
# of JSON; attachments (scans, photos, .docx) make up the rest.
MAX_PACKAGE_BYTES = 200 * 1024 * 1024      # the file itself
MAX_UNPACKED_BYTES = 400 * 1024 * 1024     # sum of members as declared, and as read
MAX_MEMBER_BYTES = 100 * 1024 * 1024
MAX_JSON_BYTES = 32 * 1024 * 1024          # manifest.json and payload.json
MAX_MEMBERS = 5000
MAX_RATIO = 200                            # declared size / compressed size, above 1 MB
_CHUNK = 1 << 16


class PackageRefused(BadInputError):
    """A package refused before anything was written; ``problem`` is a stable code."""

    def __init__(self, message: str, *, problem: str, detail: str = "") -> None:
        super().__init__(message, detail=detail)
        self.problem = problem


class KeyChangeRefused(PackageRefused):
    """Signed by a valid key, but not the one pinned for that sender: a person decides."""

    def __init__(self, message: str, *, plan_id: int, party: str, unit_id: int | None,
                 old_fingerprint: str, new_public_key: bytes) -> None:
        super().__init__(message, problem="key_changed")
        self.sha256 = ""               # the package's, filled in by the importer
        self.plan_id = plan_id
        self.party = party
        self.unit_id = unit_id
        self.old_fingerprint = old_fingerprint
        self.new_public_key = new_public_key


@dataclass
class OpenedPackage:
    """A package that passed the file checks; members are held only as hashes, except JSON."""

    path: Path
    sha256: str
    size: int
    manifest: dict[str, Any]
    payload: Any
    sender_key: bytes

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def plan(self) -> fmt.PlanIdentity:
        p = self.manifest["plan"]
        return fmt.PlanIdentity(p["uid"], p.get("doc_number", ""), p.get("title", ""),
                                p.get("fingerprint", ""))

    @property
    def sender_unit(self) -> str:
        return self.manifest["sender"].get("unit", "")

    @property
    def attachment_members(self) -> list[str]:
        return sorted(n for n in self.manifest["members"] if n.startswith(fmt.ATTACHMENT_DIR))


def refuse(message: str, problem: str) -> PackageRefused:
    return PackageRefused(message, problem=problem)


def file_sha256(path: Path) -> tuple[str, int]:
    """SHA-256 and size of the file, refusing what is not a readable, reasonably sized file."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise refuse(f"无法读取文件（{os_error_words(exc)}）。请检查文件是否存在、是否有读取权限。",
                     "unreadable") from exc
    if path.is_dir():
        raise refuse("这是一个文件夹，不是交换包文件。", "unreadable")
    if size == 0:
        raise refuse("文件是空的（0 字节），不是落实交换包。可能复制时出错，请让对方重新发送。", "not_zip")
    if size > MAX_PACKAGE_BYTES:
        raise refuse(f"文件过大（{size // (1024 * 1024)} MB，上限 {MAX_PACKAGE_BYTES // (1024 * 1024)} MB），"
                     "不像是落实交换包，已拒绝。", "zip_bomb")
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
    except OSError as exc:
        raise refuse(f"读取文件时出错（{os_error_words(exc)}）。", "unreadable") from exc
    return h.hexdigest(), size


def _unsafe_name(name: str) -> bool:
    if not name or "\x00" in name or "\\" in name or name.startswith("/"):
        return True
    if len(name) >= 2 and name[1] == ":":           # C:foo, a Windows drive
        return True
    parts = PurePosixPath(name).parts
    return any(part in ("..", ".") for part in parts) or name != "/".join(parts)


def _read_bounded(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> tuple[bytes | None, str, int]:
    """Read a member, never more than ``limit`` bytes; returns (data or None, sha256, size).

    ``data`` is kept only for JSON members; the hash is always computed.
    """
    keep = info.filename in (fmt.MANIFEST, fmt.SIGNATURE, fmt.PAYLOAD)
    h = hashlib.sha256()
    parts: list[bytes] = []
    total = 0
    fh = None
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                total += len(chunk)
                if total > limit:
                    raise refuse(f"成员“{info.filename}”解压后超过上限（{limit} 字节），疑似压缩炸弹，已拒绝。",
                                 "zip_bomb")
                h.update(chunk)
                if keep:
                    parts.append(chunk)
    except PackageRefused:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        # zipfile stops at the declared size; a stream with more behind it is a forged size
        decompressor = getattr(fh, "_decompressor", None)
        if decompressor is not None and not getattr(decompressor, "eof", True):
            raise refuse(f"成员“{info.filename}”实际解压后比声明的 {info.file_size} 字节更大"
                         "（伪造大小的压缩炸弹），已拒绝。", "zip_bomb") from exc
        raise refuse(f"成员“{info.filename}”无法解压或校验失败：文件已损坏或不完整，"
                     "请让对方重新发送。", "damaged") from exc
    return (b"".join(parts) if keep else None), h.hexdigest(), total


def open_package(path: Path | str, sha256: str | None = None, size: int | None = None) -> OpenedPackage:
    """Run every check that needs only the file; see the module docstring."""
    path = Path(path)
    if sha256 is None or size is None:
        sha256, size = file_sha256(path)
    with open(path, "rb") as fh:
        head = fh.read(4)
    if head not in (b"PK\x03\x04", b"PK\x05\x06"):
        raise refuse("不是 zip 文件，因而不是落实交换包（交换包是落实导出的单个文件）。请确认选对了文件。", "not_zip")
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise refuse("文件不完整或已损坏，可能是复制或下载时中断。请让对方重新发送。", "truncated") from exc
    with zf:
        return _check_members(zf, path, sha256, size)


def _check_members(zf: zipfile.ZipFile, path: Path, sha256: str, size: int) -> OpenedPackage:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise refuse(f"包内文件过多（{len(infos)} 个，上限 {MAX_MEMBERS}），疑似压缩炸弹，已拒绝。", "zip_bomb")
    names: dict[str, zipfile.ZipInfo] = {}
    declared_total = 0
    for info in infos:
        name = info.filename
        if _unsafe_name(name):
            raise refuse(f"包内文件名“{name}”不安全（含“..”、绝对路径或盘符），已拒绝。", "unsafe_name")
        if name in names:
            raise refuse(f"包内有两个同名文件“{name}”，已拒绝。", "duplicate_member")
        if info.flag_bits & 0x1:
            raise refuse(f"包内文件“{name}”被加密，落实交换包不使用加密压缩，已拒绝。", "damaged")
        declared_total += info.file_size
        if info.file_size > MAX_MEMBER_BYTES or declared_total > MAX_UNPACKED_BYTES:
            raise refuse(f"包内文件声明的解压大小过大（“{name}”{info.file_size} 字节，合计 {declared_total} 字节），"
                         "疑似压缩炸弹，已拒绝。", "zip_bomb")
        if info.file_size > (1 << 20) and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise refuse(f"包内文件“{name}”压缩比异常（{info.file_size // max(info.compress_size, 1)} 倍），"
                         "疑似压缩炸弹，已拒绝。", "zip_bomb")
        names[name] = info
    for required in (fmt.MANIFEST, fmt.SIGNATURE):
        if required not in names:
            raise refuse(f"缺少成员“{required}”：这不是完整的落实交换包。", "missing_member")

    manifest_bytes, _, _ = _read_bounded(zf, names[fmt.MANIFEST], MAX_JSON_BYTES)
    manifest = _parse_manifest(manifest_bytes or b"")
    sender_key = _sender_key(manifest)
    signature, _, _ = _read_bounded(zf, names[fmt.SIGNATURE], 1024)
    if not keys.verify_signature(sender_key, signature or b"", manifest_bytes or b""):
        raise refuse("签名无效：清单被改动过，或不是由包中声明的发送方签发。请让对方重新导出后发送。", "bad_signature")

    listed: dict[str, dict[str, Any]] = manifest["members"]
    actual = set(names) - {fmt.MANIFEST, fmt.SIGNATURE}
    missing = sorted(set(listed) - actual)
    extra = sorted(actual - set(listed))
    if missing:
        raise refuse(f"缺少成员：{'、'.join(missing)}（清单中列出但包内没有），包不完整。", "missing_member")
    if extra:
        raise refuse(f"多出成员：{'、'.join(extra)}（包内有但清单未列出），包可能被改动过。", "extra_member")

    payload_bytes: bytes | None = None
    unpacked = 0
    for name in sorted(listed):
        entry = listed[name]
        limit = min(int(entry["size"]), MAX_MEMBER_BYTES)
        if names[name].file_size != entry["size"]:
            raise refuse(f"成员“{name}”的大小与清单不符（清单 {entry['size']}，包内 {names[name].file_size}），"
                         "包被改动过或已损坏。", "hash_mismatch")
        data, digest, got = _read_bounded(zf, names[name], max(limit, 0))
        unpacked += got
        if unpacked > MAX_UNPACKED_BYTES:
            raise refuse("包解压后的总大小超过上限，疑似压缩炸弹，已拒绝。", "zip_bomb")
        if digest != entry["sha256"] or got != entry["size"]:
            raise refuse(f"成员“{name}”的 SHA-256 校验值与清单不符，包被改动过或已损坏。", "hash_mismatch")
        if name == fmt.PAYLOAD:
            payload_bytes = data
    if payload_bytes is None:
        raise refuse(f"缺少成员“{fmt.PAYLOAD}”：包中没有内容。", "missing_member")
    try:
        payload = load_json(payload_bytes)
    except BadNumber as exc:
        raise _bad_number(exc, fmt.PAYLOAD) from exc
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise refuse(f"包内容（{fmt.PAYLOAD}）无法解析：{exc}。", "bad_payload") from exc
    return OpenedPackage(path, sha256, size, manifest, payload, sender_key)


class BadNumber(ValueError):
    """A number no Luoshi writes: NaN, ±Infinity, or too large to store."""


MAX_JSON_INT = 2 ** 53                     # JSON's safe integers; SQLite's INTEGER holds them all


def _bad_constant(name: str) -> Any:
    raise BadNumber(f"包中有无效的数值“{name}”")


def _bounded_int(text: str) -> int:
    if len(text) > 20 or abs(int(text)) > MAX_JSON_INT:
        raise BadNumber(f"包中有过大的数值（{len(text.lstrip('-'))} 位数字）")
    return int(text)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise BadNumber(f"包中有过大的数值“{text[:24]}{'…' if len(text) > 24 else ''}”")
    return value


def load_json(data: bytes) -> Any:
    """JSON as a package may carry it: no NaN or Infinity, no number SQLite cannot store."""
    return json.loads(data.decode("utf-8"), parse_constant=_bad_constant, parse_int=_bounded_int,
                      parse_float=_finite_float)


def _bad_number(exc: BadNumber, where: str) -> PackageRefused:
    return refuse(f"{exc}（{where}），不是落实写出的数值，包被改动过或已损坏，未导入。请让对方重新导出。",
                  "bad_number")


def _parse_manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = load_json(data)
    except BadNumber as exc:
        raise _bad_number(exc, "清单 manifest.json") from exc
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise refuse(f"清单（manifest.json）无法解析：{exc}。包已损坏。", "bad_manifest") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != fmt.FORMAT_NAME:
        raise refuse("这不是落实交换包（清单中没有落实的格式标记）。", "bad_manifest")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise refuse(f"清单中的格式版本“{version}”无效，包已损坏。", "bad_manifest")
    if version > fmt.FORMAT_VERSION:
        raise refuse(f"此包由更新版本的落实导出（格式版本 {version}，本程序只认识到 {fmt.FORMAT_VERSION}）。"
                     "请先把本程序升级到最新版本再导入。", "future_version")
    if manifest.get("kind") not in fmt.KINDS:
        raise refuse(f"未知的包类型“{manifest.get('kind')}”。", "bad_manifest")
    plan, sender, members = manifest.get("plan"), manifest.get("sender"), manifest.get("members")
    ok = (isinstance(plan, dict) and isinstance(plan.get("uid"), str) and plan["uid"]
          and isinstance(sender, dict) and sender.get("role") in ("office", "unit")
          and isinstance(sender.get("unit", ""), str) and isinstance(sender.get("public_key"), str)
          and isinstance(members, dict) and isinstance(manifest.get("recipient", ""), str)
          and isinstance(manifest.get("package_id"), str) and isinstance(manifest.get("created_at"), str)
          and all(isinstance(v, dict) and isinstance(v.get("sha256"), str)
                  and isinstance(v.get("size"), int) and v["size"] >= 0 for v in members.values()))
    if not ok:
        raise refuse("清单内容不完整（缺少方案、发送方或成员列表），包已损坏。", "bad_manifest")
    assert isinstance(members, dict)        # checked in ``ok`` (for the type checker)
    for name in members:
        if _unsafe_name(name) or name in (fmt.MANIFEST, fmt.SIGNATURE):
            raise refuse(f"清单中的文件名“{name}”不安全（含“..”、绝对路径或盘符），已拒绝。", "unsafe_name")
    return manifest


def _sender_key(manifest: dict[str, Any]) -> bytes:
    try:
        key = base64.b64decode(manifest["sender"]["public_key"], validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != 32:
        raise refuse("清单中发送方的公钥无效，无法核实签名。", "bad_signature")
    return key
