"""The plan package (方案包, office → units): the plan as the office reviewed it.

The office's stored plan is rebuilt as a ``ParsedPlan`` (tasks, units, aliases, groups,
targets, phases, duties, people) and sent with the office key and the templates' version.
A unit imports it through ``desktop.store.plans.save_plan``, which matches tasks by their
numbering path and so never touches the unit's entries. Tasks and targets are matched
between office and units by the same keys: task key, and target position within its task.
"""

from __future__ import annotations

import hashlib
import json
import math
import uuid
from pathlib import Path
from typing import Any

from desktop.core.model import Duty, Heading, ParsedPlan, Person, Phase, Target, Task, Unit
from desktop.errors import UserError
from desktop.exchange import format as fmt, keys
from desktop.exchange.context import Context
from desktop.exchange.verify import OpenedPackage, PackageRefused
from desktop.store.workspace import Workspace, now_iso, refuse_output_over_workspace


def templates_version() -> str:
    """The program version and a short hash of the shipped Word templates, when present."""
    from desktop import __version__, paths

    folder = paths.resource("templates")
    h = hashlib.sha256()
    if folder.is_dir():
        for path in sorted(folder.glob("*.docx")):
            h.update(path.name.encode("utf-8") + b"\x00" + path.read_bytes())
    return f"{__version__}+{h.hexdigest()[:12]}"


def linked_plan(ws: Workspace, role: str | None = None) -> tuple[int, str, str] | None:
    """(plan_id, uid, role) of the plan this workspace exchanges packages about."""
    from desktop.store.queries import current_plan_id

    current = current_plan_id(ws)
    sql = "SELECT plan_id, uid, role FROM exchange_plans"
    rows = ws.conn.execute(sql + (" WHERE role = ?" if role else ""), ((role,) if role else ())).fetchall()
    for row in rows:                      # the client's current plan first
        if row[0] == current:
            return int(row[0]), row[1], row[2]
    return (int(rows[-1][0]), rows[-1][1], rows[-1][2]) if rows else None


def plan_identity(ws: Workspace, plan_id: int) -> fmt.PlanIdentity:
    row = ws.conn.execute(
        "SELECT e.uid, p.doc_number, p.title, e.fingerprint FROM exchange_plans e "
        "JOIN plans p ON p.id = e.plan_id WHERE e.plan_id = ?", (plan_id,)).fetchone()
    if row is None:
        raise UserError("本工作区的方案还没有交换标识：办公室请先导出方案包，单位请先导入办公室发来的方案包。")
    return fmt.PlanIdentity(*row)


# ---- the stored plan as a ParsedPlan -----------------------------------------------------

def plan_to_parsed(ws: Workspace, plan_id: int) -> ParsedPlan:
    """Rebuild the plan as stored (withdrawn tasks and targets left out)."""
    conn = ws.conn
    row = conn.execute("SELECT title, doc_number, issuer, date, source_text, warnings FROM plans WHERE id = ?",
                       (plan_id,)).fetchone()
    if row is None:
        raise UserError("工作区中没有这个方案。")
    plan = ParsedPlan(title=row[0], doc_number=row[1], issuer=row[2], date=row[3],
                      source_text=row[4], warnings=list(json.loads(row[5] or "[]")))
    plan.headings = [Heading(r[0], json.loads(r[1]), r[2], r[3]) for r in conn.execute(
        "SELECT level, path, number, title FROM headings WHERE plan_id = ? ORDER BY position", (plan_id,))]
    names = {int(r[0]): r[1] for r in conn.execute("SELECT id, name FROM units WHERE plan_id = ?", (plan_id,))}
    aliases: dict[int, list[str]] = {}
    for unit_id, alias in conn.execute(
            "SELECT a.unit_id, a.alias FROM unit_aliases a JOIN units u ON u.id = a.unit_id "
            "WHERE u.plan_id = ? ORDER BY a.rowid", (plan_id,)):
        aliases.setdefault(int(unit_id), []).append(alias)
    members: dict[int, list[str]] = {}
    for group_id, member_id in conn.execute(
            "SELECT g.group_id, g.member_id FROM group_members g JOIN units u ON u.id = g.group_id "
            "WHERE u.plan_id = ? ORDER BY g.group_id, g.position", (plan_id,)):
        members.setdefault(int(group_id), []).append(names[int(member_id)])
    plan.units = [Unit(r[1], aliases.get(int(r[0]), []), r[2], bool(r[3]), members.get(int(r[0]), []))
                  for r in conn.execute("SELECT id, name, note, is_group FROM units WHERE plan_id = ? "
                                        "ORDER BY position, id", (plan_id,))]
    targets: dict[int | None, list[Target]] = {}
    for r in conn.execute("SELECT task_id, text, value, unit, comparator, deadline, subject FROM targets "
                          "WHERE plan_id = ? AND withdrawn_at IS NULL ORDER BY position, id", (plan_id,)):
        targets.setdefault(r[0], []).append(Target(r[1], r[2], r[3], r[4], r[5], r[6]))
    roles: dict[int, dict[str, list[str]]] = {}
    for task_id, role, unit_id in conn.execute(
            "SELECT tu.task_id, tu.role, tu.unit_id FROM task_units tu JOIN tasks t ON t.id = tu.task_id "
            "WHERE t.plan_id = ? ORDER BY tu.task_id, tu.role, tu.position", (plan_id,)):
        roles.setdefault(int(task_id), {"lead": [], "responsible": []})[role].append(names[int(unit_id)])
    for r in conn.execute("SELECT id, path, number, title, text, deadline, source, level, short_name FROM tasks "
                          "WHERE plan_id = ? AND withdrawn_at IS NULL ORDER BY position", (plan_id,)):
        task_roles = roles.get(int(r[0]), {"lead": [], "responsible": []})
        plan.tasks.append(Task(json.loads(r[1]), r[2], r[3], r[4], task_roles["lead"],
                               task_roles["responsible"], targets.get(int(r[0]), []), r[5], r[6], r[7], r[8]))
    plan.plan_targets = targets.get(None, [])
    plan.phases = [Phase(*r) for r in conn.execute(
        'SELECT name, start, "end", text FROM phases WHERE plan_id = ? ORDER BY position', (plan_id,))]
    plan.duties = [Duty(*r) for r in conn.execute(
        "SELECT kind, due, every, text FROM duties WHERE plan_id = ? ORDER BY position", (plan_id,))]
    plan.people = [Person(*r) for r in conn.execute(
        "SELECT name, unit, post, role FROM people WHERE plan_id = ? ORDER BY position", (plan_id,))]
    return plan


def plan_to_json(plan: ParsedPlan) -> dict[str, Any]:
    return {**plan.to_json(), "source_text": plan.source_text}


def plan_from_json(data: Any) -> ParsedPlan:
    """The ParsedPlan of a package payload; refuses anything malformed."""
    try:
        targets = lambda items: [Target(str(t["text"]), float(t["value"]), str(t["unit"]),  # noqa: E731
                                        t.get("comparator"), t.get("deadline"), str(t.get("subject", "")))
                                 for t in items]
        strs = lambda items: [str(x) for x in items]  # noqa: E731
        plan = ParsedPlan(
            title=str(data["title"]), doc_number=str(data["doc_number"]), issuer=str(data["issuer"]),
            date=data.get("date"), source_text=str(data.get("source_text", "")),
            warnings=strs(data.get("warnings", [])))
        plan.headings = [Heading(int(h["level"]), strs(h["path"]), str(h["number"]), str(h["title"]))
                         for h in data.get("headings", [])]
        plan.units = [Unit(str(u["name"]), strs(u.get("aliases", [])), str(u.get("note", "")),
                           bool(u.get("is_group", False)), strs(u.get("members", [])))
                      for u in data["unit_details"]]
        plan.tasks = [Task(strs(t["path"]), str(t["number"]), str(t["title"]), str(t["text"]),
                           strs(t["lead_units"]), strs(t["responsible_units"]), targets(t["targets"]),
                           t.get("deadline"), str(t.get("source", "")), int(t.get("level", 3)),
                           str(t.get("short_name", "")))
                      for t in data["tasks"]]
        plan.plan_targets = targets(data.get("plan_targets", []))
        plan.phases = [Phase(str(p["name"]), p.get("start"), p.get("end"), str(p.get("text", "")))
                       for p in data.get("phases", [])]
        plan.duties = [Duty(str(d["kind"]), d.get("due"), d.get("every"), str(d.get("text", "")))
                       for d in data.get("duties", [])]
        plan.people = [Person(str(p["name"]), str(p["unit"]), str(p["post"]), str(p.get("role", "")))
                       for p in data.get("people", [])]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise PackageRefused(f"方案包中的方案内容不完整或格式不对（{exc!r}），未导入。", problem="bad_payload") from exc
    for target in [*plan.plan_targets, *(t for task in plan.tasks for t in task.targets)]:
        if target.value is not None and not math.isfinite(target.value):
            raise PackageRefused(f"方案包中指标“{target.text}”的数值无效（{target.value}），包已损坏，未导入。",
                                 problem="bad_number")
    known = {u.name for u in plan.units}
    for task in plan.tasks:
        for name in [*task.lead_units, *task.responsible_units]:
            if name not in known:
                raise PackageRefused(f"方案包中任务“{task.key}”的单位“{name}”不在单位名单中，包已损坏。",
                                     problem="bad_payload")
    return plan


def fingerprint(plan: ParsedPlan) -> str:
    from desktop.store.plans import source_digest

    return source_digest(plan)


# ---- export (office) ---------------------------------------------------------------------

def export_plan(ws: Workspace, out: Path | str, *, plan_id: int | None = None,
                office_name: str = "") -> fmt.WrittenPackage:
    """Write the plan package; the first export makes this workspace the plan's office."""
    from desktop.store.queries import current_plan_id

    refuse_output_over_workspace(ws.path, out)
    if plan_id is None:
        linked = linked_plan(ws)
        plan_id = linked[0] if linked else current_plan_id(ws)
    if plan_id is None:
        raise UserError("工作区中还没有工作方案。请先导入工作方案，再导出方案包。")
    row = ws.conn.execute("SELECT uid, role FROM exchange_plans WHERE plan_id = ?", (plan_id,)).fetchone()
    if row is not None and row[1] != "office":
        raise UserError("本工作区的方案来自办公室的方案包，是单位端，不能再导出方案包。")
    plan = plan_to_parsed(ws, plan_id)
    digest = fingerprint(plan)
    version = templates_version()
    identity = keys.own_identity(ws)
    assert identity is not None
    uid = row[0] if row else uuid.uuid4().hex
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO exchange_plans(plan_id, uid, role, fingerprint, templates_version, updated_at) "
            "VALUES (?, ?, 'office', ?, ?, ?) ON CONFLICT(plan_id) DO UPDATE SET "
            "fingerprint = excluded.fingerprint, templates_version = excluded.templates_version, "
            "updated_at = excluded.updated_at", (plan_id, uid, digest, version, now_iso()))
    ident = fmt.PlanIdentity(uid, plan.doc_number, plan.title, digest)
    from desktop.store import roster

    payload = {"plan": plan_to_json(plan), "roster": roster.to_package(ws, plan_id), "templates_version": version,
               "office": {"name": office_name or ws.setting("office_name", "领导小组办公室"),
                          "fingerprint": identity.fingerprint}}
    written = fmt.write_package(
        out, kind="plan", plan=ident, recipient="",
        sender=fmt.Sender("office", payload["office"]["name"], identity.public_key, identity.fingerprint),
        sign=identity.sign, members={fmt.PAYLOAD: fmt.canonical_json(payload)},
        summary={"tasks": len(plan.tasks), "units": len(plan.units)})
    with ws.transaction():
        ws.audit("package_export", {"kind": "plan", "package_id": written.package_id,
                                    "sha256": written.sha256, "file": str(written.path),
                                    "fingerprint": digest})
    return written


# ---- import (unit) -----------------------------------------------------------------------

def check(ws: Workspace, pkg: OpenedPackage, ctx: Context) -> ParsedPlan:
    payload = pkg.payload
    if not isinstance(payload, dict) or not isinstance(payload.get("plan"), dict):
        raise PackageRefused("方案包中没有方案内容，未导入。", problem="bad_payload")
    plan = plan_from_json(payload["plan"])
    if fingerprint(plan) != pkg.plan.fingerprint:
        raise PackageRefused("方案包的方案指纹与内容不符，包已损坏。", problem="bad_payload")
    if (plan.doc_number, plan.title) != (pkg.plan.doc_number, pkg.plan.title):
        raise PackageRefused("方案包清单中的文号、标题与方案内容不符，包已损坏。", problem="bad_payload")
    return plan


def apply(ws: Workspace, pkg: OpenedPackage, ctx: Context, plan: ParsedPlan) -> dict[str, Any]:
    """Set up or update the unit's workspace; call inside the import transaction."""
    from desktop.store import roster
    from desktop.store.plans import save_plan

    own = ws.setting("unit_id", "")
    own_unit = int(own) if own.isdigit() else None
    claim = roster.own_claim(ws, own_unit)          # kept if the office's roster lacks this unit
    result = save_plan(ws, plan, source_name=pkg.path.name, backup=False)
    payload = pkg.payload
    kept = roster.apply_package(ws, result.plan_id, plan, payload.get("roster"), own_unit=own_unit,
                                declared=claim, file_name=pkg.path.name)
    ws.conn.execute(
        "INSERT INTO exchange_plans(plan_id, uid, role, fingerprint, templates_version, updated_at) "
        "VALUES (?, ?, 'unit', ?, ?, ?) ON CONFLICT(plan_id) DO UPDATE SET uid = excluded.uid, "
        "fingerprint = excluded.fingerprint, templates_version = excluded.templates_version, "
        "updated_at = excluded.updated_at",
        (result.plan_id, pkg.plan.uid, pkg.plan.fingerprint, str(payload.get("templates_version", "")),
         now_iso()))
    keys.pin(ws, result.plan_id, "office", None, pkg.sender_key, f"方案包 {pkg.path.name}")
    ctx.plan_id = result.plan_id
    if result.unchanged:
        text = "方案没有变化"
    elif result.created:
        text = f"已建立方案：任务 {len(plan.tasks)} 项，单位 {len(plan.units)} 个"
    else:
        text = (f"已更新方案：新增任务 {result.tasks_added} 项，修改 {result.tasks_updated} 项，"
                f"撤销 {result.tasks_withdrawn} 项（已填报的进展全部保留）")
    pending = kept["pending"]
    if pending:
        groups = "、".join(f"“{g}”" for g in pending["groups"]) or "所属单位组"
        text += (f"；注意：办公室的单位名册中还没有“{pending['name']}”（本单位自报属于{groups}），"
                 f"在办公室加入之前报送包会被拒收。请联系领导小组办公室在“设置 → 单位名册”中把“{pending['name']}”"
                 f"加为{groups}的成员，或把本单位的密钥登记文件交给办公室")
    else:
        empty = [u.name for u in plan.units if u.is_group and not u.members]
        if empty:
            text += (f"；方案中的{'、'.join(f'“{g}”' for g in empty)}还没有列出成员：属于这些单位组的单位，"
                     "请在“选择身份”中选“本单位不在列表中”，写明单位名称和所属单位组")
    templates = str(payload.get("templates_version", ""))
    if templates and templates != templates_version():
        text += f"；办公室使用的模板版本为 {templates}，与本机（{templates_version()}）不同"
    return {"text": text, "plan_id": result.plan_id, "created": result.created,
            "unchanged": result.unchanged, "tasks_added": result.tasks_added,
            "tasks_updated": result.tasks_updated, "tasks_withdrawn": result.tasks_withdrawn,
            "pending_unit": pending["name"] if pending else ""}
