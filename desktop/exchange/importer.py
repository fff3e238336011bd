"""One door for importing package files, of any kind, one or many.

Per file: hash it (a file imported before changes nothing), run every check in
``verify`` and ``context`` and the kind's own ``check`` — all read only — then apply it in one
transaction that also records the package and writes the audit log (who, what, when,
which package). A refused file leaves the workspace as it was; the only thing written
for a refusal is a key change waiting for a person's decision.
"""

from __future__ import annotations

import getpass
import logging
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.errors import UserError
from desktop.exchange import context, format as fmt, keys, merge, plan_package, receipt, submission, verify
from desktop.exchange.verify import KeyChangeRefused, PackageRefused
from desktop.store.exchange import fold_write_ahead_log, imported_package, record_package
from desktop.store.safety import explain_sqlite_error
from desktop.store.workspace import Workspace, backup_workspace, now_iso

log = logging.getLogger("luoshi.exchange")


@dataclass
class ImportOutcome:
    path: Path
    status: str                        # imported | unchanged | refused
    message: str
    kind: str = ""
    problem: str = ""                  # the refusal's code (verify.PackageRefused.problem)
    sender: str = ""
    sha256: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    key_change_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.status != "refused"

    def line(self) -> str:
        """One line for the command line or a summary list."""
        mark = {"imported": "已导入", "unchanged": "无变化", "refused": "已拒绝"}[self.status]
        text = f"{self.path.name}：{mark}——{self.message}"
        for warning in self.warnings:
            text += f"（注意：{warning}）"
        return text


@dataclass
class _Batch:
    indexes: dict[int, submission.PlanIndex] = field(default_factory=dict)
    backed_up: bool = False

    def backup_once(self, ws: Workspace) -> None:
        """One backup per import batch, before its first write (a thousand packages at the
        office are one import, not a thousand copies of the workspace)."""
        if not self.backed_up:
            backup_workspace(ws.path, "before-package-import")
            self.backed_up = True

    def index(self, ws: Workspace, plan_id: int) -> submission.PlanIndex:
        if plan_id not in self.indexes:
            self.indexes[plan_id] = submission.PlanIndex.build(ws, plan_id)
        return self.indexes[plan_id]


def _actor(ws: Workspace, actor: str) -> str:
    if actor:
        return actor
    try:
        fallback = getpass.getuser()
    except Exception:                  # no login name (a service account, a bare container)
        fallback = ""
    return ws.setting("actor", "") or fallback


def import_files(ws: Workspace, files: Iterable[Path | str], *, actor: str = "",
                 progress: Callable[[int, int, Path], None] | None = None) -> list[ImportOutcome]:
    """Import each file in turn; one refused file does not stop the others."""
    paths = [Path(f) for f in files]
    batch = _Batch()
    outcomes = []
    for n, path in enumerate(paths):
        if progress:
            progress(n, len(paths), path)
        outcomes.append(import_package(ws, path, actor=actor, _batch=batch))
    if batch.backed_up and not ws.conn.in_transaction:
        fold_write_ahead_log(ws)
    if progress:
        progress(len(paths), len(paths), paths[-1] if paths else Path())
    return outcomes


def import_package(ws: Workspace, path: Path | str, *, actor: str = "",
                   _batch: _Batch | None = None) -> ImportOutcome:
    path = Path(path)
    batch = _batch or _Batch()
    try:
        return _import(ws, path, _actor(ws, actor), batch)
    except KeyChangeRefused as exc:
        change_id = keys.record_key_change(
            ws, plan_id=exc.plan_id, party=exc.party, unit_id=exc.unit_id,
            old_fingerprint=exc.old_fingerprint, new_public_key=exc.new_public_key,
            package_sha256=exc.sha256, file_name=path.name)
        return ImportOutcome(path, "refused", exc.message, problem=exc.problem, key_change_id=change_id)
    except PackageRefused as exc:
        return ImportOutcome(path, "refused", exc.message, problem=exc.problem)
    except sqlite3.IntegrityError as exc:
        if "exchange_packages.sha256" not in str(exc):
            return _not_imported(path, exc)
        # another program imported the same file between our check and our write
        return ImportOutcome(path, "unchanged", "此包刚由另一个窗口或程序导入，工作区未重复写入。")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return ImportOutcome(path, "refused", "工作区正被另一个程序写入，此包未导入。请稍后重新导入。",
                                 problem="busy")
        return _not_imported(path, exc)
    except UserError as exc:              # e.g. a backup that could not be made: nothing written
        return ImportOutcome(path, "refused", exc.message, problem="workspace")
    except (sqlite3.Error, OSError, ValueError, TypeError, KeyError, OverflowError) as exc:
        # each file is judged on its own: trouble with one never stops the files after it
        return _not_imported(path, exc)


def _not_imported(path: Path, exc: BaseException) -> ImportOutcome:
    problem = explain_sqlite_error(exc, None, in_window=False)
    if problem is not None:
        return ImportOutcome(path, "refused", f"{problem.message}此包未导入，工作区保持导入前的状态。",
                             problem="disk")
    log.exception("importing %s failed", path)
    return ImportOutcome(path, "refused", f"此包未能导入（{type(exc).__name__}: {str(exc)[:200]}），"
                         "工作区保持导入前的状态；其他文件照常导入。请把此包和日志文件发给技术支持。", problem="failed")


def _import(ws: Workspace, path: Path, actor: str, batch: _Batch) -> ImportOutcome:
    sha, size = verify.file_sha256(path)
    seen = imported_package(ws, sha)
    if seen:
        return ImportOutcome(path, "unchanged", f"此包已于 {seen[2].replace('T', ' ')} 导入过，工作区未作改动。",
                             kind=seen[0], sender=seen[1], sha256=sha)
    pkg = verify.open_package(path, sha, size)
    try:
        ctx = context.check(ws, pkg)
    except KeyChangeRefused as exc:
        exc.sha256 = sha
        raise
    stamp = now_iso()
    if pkg.kind == "plan":
        plan = plan_package.check(ws, pkg, ctx)
        backup_workspace(ws.path, "before-plan-package")
        with ws.transaction():
            details = plan_package.apply(ws, pkg, ctx, plan)
            _record(ws, pkg, actor, stamp, details)
        batch.indexes.clear()          # task and target ids may have changed
        return ImportOutcome(path, "imported", details["text"], kind="plan", sender=pkg.sender_unit,
                             sha256=sha, details=details)
    if pkg.kind == "submission":
        assert ctx.plan_id is not None and ctx.sender_unit_id is not None
        months = submission.check(ws, pkg, batch.index(ws, ctx.plan_id))
        batch.backup_once(ws)
        submission.store_attachments(ws, pkg)
        with ws.transaction():
            if ctx.key_is_new:
                keys.pin(ws, ctx.plan_id, "unit", ctx.sender_unit_id, pkg.sender_key, f"首次报送 {path.name}")
            result = merge.apply_submission(ws, pkg, ctx.sender_unit_id, ctx.plan_id, months)
            details = {"unit": pkg.sender_unit, "months": [vars(m) for m in result.months],
                       "key_pinned": ctx.key_is_new,
                       "text": f"“{pkg.sender_unit}”" + "；".join(m.text() for m in result.months)}
            if any(m.outcome == "office_conflict" for m in result.months):     # m68a: whom to tell, if kept
                details["text"] += "；" + merge.TELL_IF_KEPT
            _record(ws, pkg, actor, stamp, details)
        if ctx.key_is_new:
            details["text"] += f"；首次收到该单位的包，已登记其密钥指纹 {keys.fingerprint(pkg.sender_key)}"
        status = "imported" if result.changed else "unchanged"
        return ImportOutcome(path, status, details["text"], kind="submission", sender=pkg.sender_unit,
                             sha256=sha, details=details, warnings=ctx.warnings)
    items = receipt.check(ws, pkg, ctx)
    batch.backup_once(ws)
    with ws.transaction():
        details = receipt.apply(ws, pkg, ctx, items)
        _record(ws, pkg, actor, stamp, details)
    return ImportOutcome(path, "imported", "回执：" + details["text"], kind="receipt",
                         sender=pkg.sender_unit, sha256=sha, details=details)


def _record(ws: Workspace, pkg: verify.OpenedPackage, actor: str, stamp: str, details: dict[str, Any]) -> None:
    """The package as imported, and the audit line: who, what, when, which package."""
    manifest = pkg.manifest
    sender = pkg.sender_unit or ("领导小组办公室" if manifest["sender"]["role"] == "office" else "")
    summary = fmt.canonical_json({k: v for k, v in details.items() if k != "text"}).decode("utf-8")
    record_package(ws, sha256=pkg.sha256, package_id=manifest["package_id"], kind=pkg.kind, plan_uid=pkg.plan.uid,
                   sender=sender, sender_fingerprint=keys.fingerprint(pkg.sender_key),
                   created_at=manifest["created_at"], received_at=stamp, file_name=pkg.path.name, size=pkg.size,
                   summary=summary)
    ws.audit("package_import", {"kind": pkg.kind, "file": pkg.path.name, "sha256": pkg.sha256,
                                "package_id": manifest["package_id"], "sender": sender,
                                "created_at": manifest["created_at"], "what": details.get("text", "")},
             actor=actor)


def precheck_files(files: Iterable[Path | str]) -> list[ImportOutcome]:
    """The file-only checks, without a workspace: is anything here worth creating one for?"""
    outcomes = []
    for path in map(Path, files):
        try:
            pkg = verify.open_package(path)
        except PackageRefused as exc:
            outcomes.append(ImportOutcome(path, "refused", exc.message, problem=exc.problem))
        else:
            outcomes.append(ImportOutcome(path, "unchanged", "文件检查通过", kind=pkg.kind, sha256=pkg.sha256))
    return outcomes


# a folder given to import (``package import FOLDER``): its package files, not those of its sub-folders
FOLDER_FOUND = "文件夹“{name}”：找到 {n} 个交换包文件（{suffix}），逐个导入。"
FOLDER_EMPTY = ("文件夹“{name}”中没有交换包文件（{suffix}），未导入任何内容。"
                "请确认这是存放交换包的文件夹（其子文件夹不会被读取），或直接指定包文件。")


@dataclass
class Folder:
    """A folder given to import, and the package files found directly in it (by name)."""

    path: Path
    files: list[Path]

    def line(self) -> str:
        from desktop.core.parse.read import PACKAGE_SUFFIX

        said = FOLDER_FOUND if self.files else FOLDER_EMPTY
        return said.format(name=self.path.name or str(self.path), n=len(self.files), suffix=PACKAGE_SUFFIX)


def expand_folders(paths: Iterable[Path | str]) -> tuple[list[Path], list[Folder]]:
    """The files to import for ``paths``: a folder stands for every package file (``.luoshi``) directly in it, in
    name order — not its sub-folders, nor its other files (a .docx beside the packages is no package to refuse) —
    and any other path for itself (a missing one is refused by the import, as before). Also the folders, each
    with what it gave, for the caller to say (a folder with none is the clerk's mistake, said on its own)."""
    from desktop.core.parse.read import PACKAGE_SUFFIX

    files: list[Path] = []
    folders: list[Folder] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted((f for f in path.iterdir() if f.is_file() and f.suffix.lower() == PACKAGE_SUFFIX),
                           key=lambda f: f.name)
            folders.append(Folder(path, found))
            files.extend(found)
        else:
            files.append(path)
    return files, folders
