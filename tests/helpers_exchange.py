"""Shared set-up for the exchange tests: an office and three units (``make_world``), package
edits (``repack``) and whole-database dumps. The ``world`` fixture is in ``conftest.py``."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.devtools.exchange_plan import make_plan, unit_names
from desktop.exchange import format as fmt, importer, keys, plan_package
from desktop.store import Workspace, entries as E, open_workspace, queries as Q
from desktop.store.exchange import linked_plan
from desktop.store.plans import save_plan
from desktop.store.workspace import connect

MAY, JUNE = "2024-05", "2024-06"


def dump(path: Path) -> list[str]:
    """Every table's content (and the schema) of a workspace file, as SQL lines."""
    conn = connect(path, readonly=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def table_rows(ws: Workspace, table: str) -> list[tuple]:
    return ws.conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()


@dataclass
class UnitSide:
    name: str
    ws: Workspace
    plan_id: int
    unit_id: int

    def enter_month(self, month: str, note: str = "", *, submit: bool = True) -> int:
        """Fill every task of the unit with progress and target values, add an article, submit."""
        n = 0
        for task in Q.tasks(self.ws, self.plan_id, unit=self.unit_id):
            detail = Q.task_detail(self.ws, task.id)
            values = {t["id"]: float(t["position"] + 1) * 7 + len(note) for t in detail["targets"]}
            E.save_entry(self.ws, task.id, self.unit_id, month, status="in_progress",
                         progress=f"{self.name}{month}{task.title}进展{note}", problems="问题",
                         next_steps="下一步", values=values)
            n += 1
        E.add_article(self.ws, self.plan_id, self.unit_id, month, title=f"{self.name}{month}信息{note}",
                      body="正文", author="联络员")
        if submit:
            E.submit_month(self.ws, self.unit_id, month)
        return n

    def export(self, out: Path, month: str, to: str | None = None) -> Path:
        from desktop.exchange.submission import export_submission

        return export_submission(self.ws, self.name, month, out, to=to).path


def hold_conflict(world: World, u: UnitSide, folder: Path, month: str = MAY) -> None:
    """The unit's month is sent, accepted at the office, reopened and sent again: the newer
    version waits at the office as a conflict beside the accepted one."""
    u.enter_month(month)
    world.import_office(u.export(folder / "r1.luoshi", month))
    from desktop.exchange import merge

    merge.accept_month(world.office, u.name, month)
    E.reopen_month(u.ws, u.unit_id, month, "补充")
    u.enter_month(month, note="二")
    world.import_office(u.export(folder / "r2.luoshi", month))


@dataclass
class World:
    tmp: Path
    office: Workspace
    office_plan_id: int
    plan_file: Path
    units: list[UnitSide] = field(default_factory=list)

    def office_dump(self) -> list[str]:
        return dump(self.office.path)

    def import_office(self, *files: Path) -> list[importer.ImportOutcome]:
        return importer.import_files(self.office, files)

    def unit(self, i: int) -> UnitSide:
        return self.units[i]

    def close(self) -> None:
        for u in self.units:
            u.ws.close()
        self.office.close()


def make_world(tmp: Path, n_units: int = 3) -> World:
    office = open_workspace(tmp / "office.sqlite")
    plan_id = save_plan(office, make_plan(n_units), backup=False).plan_id
    plan_file = plan_package.export_plan(office, tmp / "plan.luoshi").path
    world = World(tmp, office, plan_id, plan_file)
    for i, name in enumerate(unit_names(n_units)):
        ws = open_workspace(tmp / f"unit{i}.sqlite")
        [outcome] = importer.import_files(ws, [plan_file])
        assert outcome.status == "imported", outcome.line()
        unit_plan = linked_plan(ws).plan_id
        world.units.append(UnitSide(name, ws, unit_plan, Q.unit_id(ws, unit_plan, name)))
    return world


def repack(src: Path, dst: Path, *, payload: Callable[[Any], Any] | None = None,
           manifest: Callable[[dict], None] | None = None, sign_with: keys.Identity | None = None,
           drop: tuple[str, ...] = (), add: dict[str, bytes] | None = None,
           replace: dict[str, bytes] | None = None) -> Path:
    """A changed copy of a package: edit payload/manifest, re-sign, drop or add members.

    Without ``sign_with`` the original signature is kept (so an edited manifest no longer
    matches it). Member hashes in the manifest are recomputed only when re-signing.
    """
    with zipfile.ZipFile(src) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    if payload is not None:
        members[fmt.PAYLOAD] = fmt.canonical_json(payload(json.loads(members[fmt.PAYLOAD])))
    for name, data in (replace or {}).items():
        members[name] = data
    man = json.loads(members[fmt.MANIFEST])
    if sign_with is not None:
        for name in list(man["members"]):
            if name in members:
                man["members"][name] = {"sha256": fmt.sha256_hex(members[name]), "size": len(members[name])}
        import base64

        man["sender"]["public_key"] = base64.b64encode(sign_with.public_key).decode()
        man["sender"]["fingerprint"] = sign_with.fingerprint
    if manifest is not None:
        manifest(man)
    if manifest is not None or sign_with is not None:
        members[fmt.MANIFEST] = json.dumps(man, ensure_ascii=False, sort_keys=True).encode()
    if sign_with is not None:
        members[fmt.SIGNATURE] = sign_with.sign(members[fmt.MANIFEST])
    for name in drop:
        members.pop(name)
    members.update(add or {})
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return dst


def office_inserts_a_task(world: World) -> Any:
    """The office re-imports a revised plan that inserts a task first (二.一.1): every later task is
    renumbered. Returns ``helpers_reimport.reimport``'s (prepared, result)."""
    from helpers_reimport import reimport

    from desktop.core.model import Task

    revised = make_plan(len(world.units))
    revised.tasks.insert(0, Task(["二", "一"], "0", "建设老年食堂", "建设老年食堂。新建老年食堂5个。",
                                 lead_units=["市民政局"], responsible_units=["各区人民政府"]))
    for n, task in enumerate(revised.tasks, start=1):
        task.number = str(n)
    revised.source_text += "（修订）"
    return reimport(world.office, revised)


def office_kept_month(world: World, tmp_path: Path, i: int = 1) -> tuple[UnitSide, dict[str, Any], dict[str, Any]]:
    """The office entered unit i's May itself, the unit's own May differs, the office keeps its version (a 须告知
    line: m69a, m69b)."""
    from desktop.exchange import merge
    from desktop.store.receipts import open_conflicts

    u = world.unit(i)
    office = UnitSide(u.name, world.office, world.office_plan_id,
                      Q.unit_id(world.office, world.office_plan_id, u.name))
    office.enter_month(MAY, note="（办公室代填）")
    u.enter_month(MAY, note="（单位自报）")
    world.import_office(u.export(tmp_path / f"may{i}.luoshi", MAY))
    [held] = open_conflicts(world.office, unit_id=office.unit_id)
    result = merge.resolve_conflict(world.office, held["id"], keep="current")
    return u, held, result


def revision_row(ws: Workspace, conflict_id: int) -> dict[str, Any]:
    """A conflict row's decision and 须告知 record."""
    return ws.rows("SELECT status, kept_from, told_at, told_by FROM exchange_revisions WHERE id = ?",
                   (conflict_id,))[0]
