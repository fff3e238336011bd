"""``--out`` naming the workspace itself, its -wal/-shm/-journal/.lock, a backup or an
evidence file — by any spelling, a symbolic or a hard link — is refused before anything is
written: by ``package plan|export|receipt|key-export`` and by ``report``."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from helpers_exchange import MAY, make_world
from hostile_support import refused

from desktop import paths
from desktop.store.workspace import backup_workspace


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("outputs")
    world = make_world(tmp, 2)
    u = world.unit(0)
    u.enter_month(MAY)
    world.import_office(u.export(tmp / "sub.luoshi", MAY))
    world.close()
    return {"office": tmp / "office.sqlite", "unit": tmp / "unit0.sqlite", "unit_name": u.name}


def _target(kind: str, db: Path, suffix: str) -> Path:
    if kind == "itself":
        return db
    if kind in ("-wal", "-shm", "-journal", ".lock"):
        p = Path(str(db) + kind)
        p.write_bytes(b"journal bytes")
        return p
    if kind == "other-spelling":
        (db.parent / "sub").mkdir(exist_ok=True)
        return db.parent / "sub" / ".." / db.name
    if kind == "symlink":
        link = db.parent / f"快捷方式{suffix}"
        link.symlink_to(db)
        return link
    if kind == "hardlink":
        link = db.parent / f"硬链接{suffix}"
        os.link(db, link)
        return link
    if kind == "existing-backup":
        made = backup_workspace(db, "manual")
        assert made is not None
        return made
    if kind == "backups-folder":
        (db.parent / "backups").mkdir(exist_ok=True)
        return db.parent / "backups" / f"新文件{suffix}"
    if kind == "attachments-folder":
        folder = paths.attachments_dir_for(db)
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"证明{suffix}"
    raise ValueError(kind)


TARGETS = ["itself", "-wal", "-shm", "-journal", ".lock", "other-spelling", "symlink", "hardlink",
           "existing-backup", "backups-folder", "attachments-folder"]
COMMANDS = {
    "package-plan": ("office", lambda out, name: ["package", "plan", "--out", out]),
    "package-export": ("unit", lambda out, name: ["package", "export", "--unit", name, "--month", MAY, "--out", out]),
    "package-receipt": ("office", lambda out, name: ["package", "receipt", "--unit", name, "--out", out]),
    "package-key-export": ("unit", lambda out, name: ["package", "key-export", "--unit", name, "--out", out]),
}


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_output_over_the_workspace_is_refused(made, tmp_path, command, target):
    which, argv = COMMANDS[command]
    db = tmp_path / "3#楼 [旧]" / "ws.sqlite"
    db.parent.mkdir()
    shutil.copyfile(made[which], db)
    out = _target(target, db, ".luoshi")
    watched = [db, out, *(Path(str(db) + s) for s in ("-wal", "-shm", "-journal", ".lock"))]
    text = refused([*argv(out, made["unit_name"]), "--db", db], watched, "已拒绝", "什么也没有写入")
    assert "工作区" in text or "备份" in text or "佐证材料" in text


@pytest.mark.parametrize("target", ["backups-folder", "attachments-folder", "symlink"])
@pytest.mark.parametrize("kind, suffix", [("ledger", ".xlsx"), ("half-year", ".docx")])
def test_report_output_over_the_workspace_is_refused(made, tmp_path, kind, suffix, target):
    db = tmp_path / "100%E5" / "ws.sqlite"
    db.parent.mkdir()
    shutil.copyfile(made["office"], db)
    out = _target(target, db, suffix)
    if target == "symlink":            # a link with a report's name pointing at the workspace
        out.unlink()
        out = db.parent / f"台账{suffix}"
        out.symlink_to(db)
    refused(["report", kind, "--db", db, "--year", "2024", "--all", "--out", out], [db, out], "已拒绝")
