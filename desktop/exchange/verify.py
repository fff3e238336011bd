"""Every check a package passes before anything is written.

``open_package`` checks the file alone: a zip, complete, not a zip bomb, safe member
names, exactly the listed members with the listed hashes, a known format version, a valid
signature. ``check_context`` then checks it against the workspace (read only): the right
plan, a unit of that plan, a key this workspace trusts for that sender. A failure raises
``PackageRefused`` whose message names the problem in plain Chinese.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from desktop.errors import BadInputError
from desktop.exchange import format as fmt
from desktop.exchange import keys
from desktop.store.workspace import Workspace

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


@dataclass
class Context:
    """What the workspace checks found: where the package belongs."""

    plan_id: int | None              # None: a plan package for a plan new to this workspace
    sender_unit_id: int | None = None
    recipient_unit_id: int | None = None
    key_is_new: bool = False         # first package from this sender: pin its key
    warnings: list[str] = field(default_factory=list)


def refuse(message: str, problem: str) -> PackageRefused:
    return PackageRefused(message, problem=problem)


def file_sha256(path: Path) -> tuple[str, int]:
    """SHA-256 and size of the file, refusing what is not a readable, reasonably sized file."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise refuse(f"无法读取文件（{exc.strerror or exc}）。请检查文件是否存在、是否有读取权限。", "unreadable")
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
        raise refuse(f"读取文件时出错（{exc.strerror or exc}）。", "unreadable")
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
                         "（伪造大小的压缩炸弹），已拒绝。", "zip_bomb")
        raise refuse(f"成员“{info.filename}”无法解压或校验失败（{exc}）：文件已损坏或不完整，"
                     "请让对方重新发送。", "damaged")
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
        raise refuse(f"文件不完整或已损坏（{exc}），可能是复制或下载时中断。请让对方重新发送。", "truncated")
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
        payload = json.loads(payload_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise refuse(f"包内容（{fmt.PAYLOAD}）无法解析：{exc}。", "bad_payload")
    return OpenedPackage(path, sha256, size, manifest, payload, sender_key)


def _parse_manifest(data: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise refuse(f"清单（manifest.json）无法解析：{exc}。包已损坏。", "bad_manifest")
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


# ---- against the workspace (read only) ---------------------------------------------------

def exchange_plan(ws: Workspace, uid: str) -> tuple[int, str, str] | None:
    """(plan_id, role, fingerprint) of the plan linked to ``uid`` in this workspace."""
    row = ws.conn.execute("SELECT plan_id, role, fingerprint FROM exchange_plans WHERE uid = ?",
                          (uid,)).fetchone()
    return (int(row[0]), row[1], row[2]) if row else None


def _other_plan(pkg: OpenedPackage, ws: Workspace) -> PackageRefused:
    ours = [f"《{r[0]}》{r[1]}" for r in ws.conn.execute(
        "SELECT p.title, p.doc_number FROM exchange_plans e JOIN plans p ON p.id = e.plan_id")]
    where = "、".join(ours) if ours else "（本工作区还没有导入或发出过方案包）"
    return refuse(f"此包属于另一个方案 {pkg.plan.label()}，与本工作区的方案 {where} 不符，未导入。",
                  "other_plan")


def _unit_in_plan(ws: Workspace, plan_id: int, name: str) -> int | None:
    from desktop.store.queries import unit_id

    return unit_id(ws, plan_id, name) if name else None


def _check_office_key(ws: Workspace, pkg: OpenedPackage, plan_id: int, ctx: Context) -> None:
    pin = keys.pinned(ws, plan_id, "office", None)
    if pin is None:
        raise refuse("未知的签名：本工作区没有登记办公室的公钥（请先导入办公室发来的方案包），无法核实此包的来源。",
                     "unknown_signer")
    if pin["public_key"] != pkg.sender_key:
        raise _key_change(ws, pkg, plan_id, "office", None, pin["fingerprint"], "领导小组办公室")


def _key_change(ws: Workspace, pkg: OpenedPackage, plan_id: int, party: str, unit_id: int | None,
                old_fp: str, who: str) -> PackageRefused:
    new_fp = keys.fingerprint(pkg.sender_key)
    if keys.rejected_key(ws, plan_id, party, unit_id, pkg.sender_key):
        return refuse(f"未知的签名：{who}的签名密钥（指纹 {new_fp}）此前已被拒绝，未导入。", "unknown_signer")
    return KeyChangeRefused(
        f"注意：{who}的签名密钥与登记的不同（登记指纹 {old_fp}，此包指纹 {new_fp}）。可能是对方重装了程序，"
        "也可能是伪造的包。请电话向对方核对指纹，确认后在“密钥变更”中接受，再重新导入此包。",
        plan_id=plan_id, party=party, unit_id=unit_id, old_fingerprint=old_fp,
        new_public_key=pkg.sender_key)


def check_context(ws: Workspace, pkg: OpenedPackage) -> Context:
    """Where the package belongs in this workspace, or why it does not; writes nothing."""
    linked = exchange_plan(ws, pkg.plan.uid)
    if pkg.kind == "plan":
        return _check_plan_context(ws, pkg, linked)
    if linked is None:
        raise _other_plan(pkg, ws)
    plan_id, role, fingerprint = linked
    ctx = Context(plan_id=plan_id)
    if pkg.kind == "submission":
        if role != "office":
            raise refuse("这是单位的报送包，应由领导小组办公室导入；本工作区是单位端，未导入。", "wrong_workspace")
        if pkg.manifest["sender"]["role"] != "unit":
            raise refuse("报送包的发送方不是单位，包已损坏。", "bad_manifest")
        unit_id = _unit_in_plan(ws, plan_id, pkg.sender_unit)
        if unit_id is None:
            raise refuse(f"发送单位“{pkg.sender_unit}”不在方案 {pkg.plan.label()} 的单位名单中，未导入。",
                         "unit_not_in_plan")
        ctx.sender_unit_id = unit_id
        pin = keys.pinned(ws, plan_id, "unit", unit_id)
        if pin is None:
            holder = keys.unit_holding_key(ws, plan_id, pkg.sender_key)
            if holder is not None and holder != unit_id:
                name = ws.conn.execute("SELECT name FROM units WHERE id = ?", (holder,)).fetchone()[0]
                raise refuse(f"此包的签名密钥已登记为“{name}”的密钥，却声称来自“{pkg.sender_unit}”。"
                             "一个单位的包只能改动本单位的数据，未导入。", "wrong_unit")
            ctx.key_is_new = True
        elif pin["public_key"] != pkg.sender_key:
            raise _key_change(ws, pkg, plan_id, "unit", unit_id, pin["fingerprint"], f"“{pkg.sender_unit}”")
        if pkg.plan.fingerprint and fingerprint and pkg.plan.fingerprint != fingerprint:
            ctx.warnings.append("该单位使用的方案版本与本工作区的不同，请向其发送最新的方案包。")
        return ctx
    # receipt
    if role != "unit":
        raise refuse("这是办公室发给单位的回执，应由单位导入；本工作区是办公室端，未导入。", "wrong_workspace")
    if pkg.manifest["sender"]["role"] != "office":
        raise refuse("回执的发送方不是领导小组办公室，包已损坏。", "bad_manifest")
    recipient = pkg.manifest.get("recipient", "")
    unit_id = _unit_in_plan(ws, plan_id, recipient)
    if unit_id is None:
        raise refuse(f"回执的收件单位“{recipient}”不在方案 {pkg.plan.label()} 的单位名单中，未导入。",
                     "unit_not_in_plan")
    ctx.recipient_unit_id = unit_id
    _check_office_key(ws, pkg, plan_id, ctx)
    return ctx


def _check_plan_context(ws: Workspace, pkg: OpenedPackage, linked: tuple[int, str, str] | None) -> Context:
    if pkg.manifest["sender"]["role"] != "office":
        raise refuse("方案包的发送方不是领导小组办公室，包已损坏。", "bad_manifest")
    if linked is not None:
        plan_id, role, _ = linked
        if role == "office":
            raise refuse("这是本工作区自己发出的方案包，无需导入。", "own_package")
        ctx = Context(plan_id=plan_id)
        _check_office_key(ws, pkg, plan_id, ctx)
        return ctx
    # a plan new to this workspace: refuse if it would take over a plan linked to another office
    from desktop.store.plans import find_plan
    from desktop.core.model import ParsedPlan

    probe = ParsedPlan(title=pkg.plan.title, doc_number=pkg.plan.doc_number)
    existing = find_plan(ws, probe)
    if existing is not None and ws.conn.execute(
            "SELECT 1 FROM exchange_plans WHERE plan_id = ?", (existing,)).fetchone():
        raise refuse(f"本工作区已有来自另一份方案包的同名方案 {pkg.plan.label()}（方案标识不同），"
                     "此包属于另一个方案，未导入。如办公室重建了工作区，请与办公室核对。", "other_plan")
    return Context(plan_id=None, key_is_new=True)
