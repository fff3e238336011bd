"""The plan package (方案包, office → units): the plan as the office reviewed it.

The office's stored plan, read back as a ``ParsedPlan`` (``store.saved_plan.load_plan``: tasks,
units, aliases, groups, targets, phases, duties, people), is sent as its JSON
(``ParsedPlan.to_json``/``from_json``) with the office key and the templates' version.
A unit imports it through ``desktop.store.plans.save_plan``, which matches tasks by what they say
(``core.task_matching``: a task the office inserted or dropped renumbers the others, and the unit's
entries follow their task to its new number); the unit's own corrections of its tasks
stay unless the office changed the same field, and then the unit is told
(``store.plans.prepare_office_plan``). Submissions name tasks and targets between office and
units by the same keys: task key, and target position within its task.
"""

from __future__ import annotations

import hashlib
import math
import uuid
from pathlib import Path
from typing import Any

from desktop.core import plan_edits
from desktop.core.model import ParsedPlan
from desktop.core.task_matching import task_keys
from desktop.errors import UserError
from desktop.exchange import format as fmt, keys
from desktop.exchange.context import Context
from desktop.exchange.verify import OpenedPackage, PackageRefused
from desktop.store import roster
from desktop.store.exchange import (
    link_plan,
    linked_plan,
    office_task_ids,
    record_office_task_ids,
    record_sent_tasks,
    task_ids_by_key,
)
from desktop.store.plans import find_plan, prepare_office_plan, save_plan, stored_plan_fields
from desktop.store.queries import current_plan_id
from desktop.store.saved_plan import live_task_ids, load_plan, withdrawn_only_units
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


def read_plan(data: Any) -> ParsedPlan:
    """The ParsedPlan of a package payload; refuses anything malformed."""
    try:
        plan = ParsedPlan.from_json(data)
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


# ---- export (office) ---------------------------------------------------------------------

def export_plan(ws: Workspace, out: Path | str, *, plan_id: int | None = None,
                office_name: str = "") -> fmt.WrittenPackage:
    """Write the plan package; the first export makes this workspace the plan's office."""
    refuse_output_over_workspace(ws.path, out)
    if plan_id is None:
        linked = linked_plan(ws)
        plan_id = linked.plan_id if linked else current_plan_id(ws)
    if plan_id is None:
        raise UserError("工作区中还没有工作方案。请先导入工作方案，再导出方案包。")
    link = linked_plan(ws, plan_id=plan_id)
    if link is not None and link.role != "office":
        raise UserError("本工作区的方案来自办公室的方案包，是单位端，不能再导出方案包。")
    plan = load_plan(ws, plan_id)
    digest = plan.digest()
    version = templates_version()
    identity = keys.own_identity(ws)
    assert identity is not None
    uid = link.uid if link else uuid.uuid4().hex
    with ws.transaction():
        link_plan(ws, plan_id, uid=uid, role="office", fingerprint=digest, templates_version=version, stamp=now_iso())
    ident = fmt.PlanIdentity(uid, plan.doc_number, plan.title, digest)
    task_ids = live_task_ids(ws, plan_id)
    left = withdrawn_only_units(ws, plan_id)        # (carried, as the roster needs them; not counted: ``units_said``)
    payload: dict[str, Any] = {"plan": plan.to_json(with_source=True), "roster": roster.to_package(ws, plan_id),
               "task_ids": task_ids,
               "templates_version": version,
               "office": {"name": office_name or ws.setting("office_name", "领导小组办公室"),
                          "fingerprint": identity.fingerprint}}
    written = fmt.write_package(
        out, kind="plan", plan=ident, recipient="",
        sender=fmt.Sender("office", payload["office"]["name"], identity.public_key, identity.fingerprint),
        sign=identity.sign, members={fmt.PAYLOAD: fmt.canonical_json(payload)},
        summary={"tasks": len(plan.tasks), "units": len(plan.units) - len(left), "units_withdrawn": len(left)})
    with ws.transaction():
        record_sent_tasks(ws, plan_id, {task_id: (key, task.title) for task_id, key, task in zip(
            task_ids, task_keys(plan.tasks), plan.tasks, strict=True)})
        ws.audit("package_export", {"kind": "plan", "package_id": written.package_id,
                                    "sha256": written.sha256, "file": str(written.path),
                                    "fingerprint": digest})
    return written


# ---- import (unit) -----------------------------------------------------------------------

def office_ids(payload: dict[str, Any], plan: ParsedPlan) -> list[int]:
    """The office's task ids of the package's tasks, in order ([] from an older office program, or
    when they do not fit: matched by what the tasks say then)."""
    ids = payload.get("task_ids")
    if not isinstance(ids, list) or len(ids) != len(plan.tasks) or len(set(map(str, ids))) != len(ids) \
            or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        return []
    return ids


def _fixed_pairs(ws: Workspace, plan_id: int, plan: ParsedPlan, ids: list[int]) -> dict[str, str]:
    """Stored key → new key of the tasks the office's ids name: the office matched each revision as
    it came, so a unit that skipped a package keeps its tasks as the office did."""
    known = office_task_ids(ws, plan_id)
    keys_of = {task_id: key for key, task_id in task_ids_by_key(ws, plan_id).items()}
    return {keys_of[known[office_id]]: key for office_id, key in zip(ids, task_keys(plan.tasks), strict=True)
            if office_id in known and known[office_id] in keys_of}


def check(ws: Workspace, pkg: OpenedPackage, ctx: Context) -> ParsedPlan:
    payload = pkg.payload
    if not isinstance(payload, dict) or not isinstance(payload.get("plan"), dict):
        raise PackageRefused("方案包中没有方案内容，未导入。", problem="bad_payload")
    plan = read_plan(payload["plan"])
    if plan.digest() != pkg.plan.fingerprint:
        raise PackageRefused("方案包的方案指纹与内容不符，包已损坏。", problem="bad_payload")
    if (plan.doc_number, plan.title) != (pkg.plan.doc_number, pkg.plan.title):
        raise PackageRefused("方案包清单中的文号、标题与方案内容不符，包已损坏。", problem="bad_payload")
    return plan


UNITS_SAID = "单位 {n} 个"
UNITS_LEFT = "（另有 {k} 个单位只在已撤销的任务中，未计入）"


def units_said(summary: dict[str, Any], plan: ParsedPlan | None = None) -> str:
    """The plan's count of units as the office's import said it (its units as the plan now stands: not those named only
    on a task a revision withdrew, ``store.saved_plan.withdrawn_only_units``), from a package's summary — the one
    count the export line and the unit's import both say (ux62: 「单位 28 个」 where the import said 26). A package
    from before the summary said so: ``plan``'s units."""
    n = summary.get("units")
    if not isinstance(n, int):
        n = len(plan.units) if plan is not None else 0
    k = summary.get("units_withdrawn")
    return UNITS_SAID.format(n=n) + (UNITS_LEFT.format(k=k) if isinstance(k, int) and k > 0 else "")


def apply(ws: Workspace, pkg: OpenedPackage, ctx: Context, plan: ParsedPlan) -> dict[str, Any]:
    """Set up or update the unit's workspace; call inside the import transaction."""
    own = ws.setting("unit_id", "")
    own_unit = int(own) if own.isdigit() else None
    claim = roster.own_claim(ws, own_unit)          # kept if the office's roster lacks this unit
    ids = office_ids(pkg.payload, plan)
    plan_id = find_plan(ws, plan)
    fixed = _fixed_pairs(ws, plan_id, plan, ids) if plan_id is not None else {}
    office = prepare_office_plan(ws, plan, fixed)
    # the plan's own fields the new package changes (title, 文号, date, phases, the monthly duty
    # whose day sets when reports are due): said, as the tasks' changes are counted
    fields = (plan_edits.change_lines(stored_plan_fields(ws, office.plan_id), office.plan)
              if office.plan_id is not None else [])
    result = save_plan(ws, office.plan, source_name=pkg.path.name, backup=False, parsed=plan,
                       matched=office.matched)
    if ids:
        by_key = task_ids_by_key(ws, result.plan_id)
        record_office_task_ids(ws, result.plan_id, {office_id: by_key[key] for office_id, key
                                                    in zip(ids, task_keys(plan.tasks), strict=True) if key in by_key})
    payload = pkg.payload
    kept = roster.apply_package(ws, result.plan_id, plan, payload.get("roster"), own_unit=own_unit,
                                declared=claim, file_name=pkg.path.name)
    link_plan(ws, result.plan_id, uid=pkg.plan.uid, role="unit", fingerprint=pkg.plan.fingerprint,
              templates_version=str(payload.get("templates_version", "")), stamp=now_iso())
    keys.pin(ws, result.plan_id, "office", None, pkg.sender_key, f"方案包 {pkg.path.name}")
    ctx.plan_id = result.plan_id
    if result.unchanged:
        text = "方案没有变化"
    elif result.created:
        text = f"已建立方案：任务 {len(plan.tasks)} 项，{units_said(pkg.manifest.get('summary') or {}, plan)}"
    else:
        text = (f"已更新方案：新增任务 {result.tasks_added} 项，修改 {result.tasks_updated} 项，"
                f"撤销 {result.tasks_withdrawn} 项（已填报的进展全部保留）")
        if fields:
            text += "；方案信息有变化：" + "；".join(fields)
    if office.conflicts:
        shown = "；".join(c.text() for c in office.conflicts[:3])
        more = f"等 {len(office.conflicts)} 处" if len(office.conflicts) > 3 else ""
        text += (f"；本单位改过、办公室的新方案也改了的内容已按新方案更新（{shown}{more}），原来的修改记在任务的"
                 "修改记录里。如仍需本单位的写法，请与领导小组办公室商定后由办公室修改方案")
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
            "pending_unit": pending["name"] if pending else "",
            "replaced_corrections": [c.text() for c in office.conflicts]}
