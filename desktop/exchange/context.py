"""The checks a package passes against this workspace, after the file checks: the right
plan, a unit of that plan, the right side (office or unit), and a key this workspace trusts
for that sender. Read only: a failure raises ``verify.PackageRefused`` and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.model import book_title
from desktop.exchange import keys
from desktop.exchange.verify import KeyChangeRefused, OpenedPackage, PackageRefused, refuse
from desktop.store.exchange import LinkedPlan, linked_plan, linked_plan_titles
from desktop.store.exchange_keys import pinned_key
from desktop.store.queries import unit_id as find_unit, unit_name
from desktop.store.submissions import has_reported
from desktop.store.workspace import Workspace


@dataclass
class Context:
    """What the workspace checks found: where the package belongs."""

    plan_id: int | None              # None: a plan package for a plan new to this workspace
    sender_unit_id: int | None = None
    recipient_unit_id: int | None = None
    key_is_new: bool = False         # first package from this sender: pin its key
    warnings: list[str] = field(default_factory=list)


def _other_plan(pkg: OpenedPackage, ws: Workspace) -> PackageRefused:
    ours = [f"{book_title(title)}{doc_number}" for title, doc_number, _ in linked_plan_titles(ws)]
    where = "、".join(ours) if ours else "（本工作区还没有导入或发出过方案包）"
    return refuse(f"此包属于另一个方案 {pkg.plan.label()}，与本工作区的方案 {where} 不符，未导入。",
                  "other_plan")


def _unit_in_plan(ws: Workspace, plan_id: int, name: str) -> int | None:
    return find_unit(ws, plan_id, name) if name else None


def _check_office_key(ws: Workspace, pkg: OpenedPackage, plan_id: int) -> None:
    pin = pinned_key(ws, plan_id, "office", None)
    if pin is None:
        raise refuse("未知的签名：本工作区没有登记办公室的公钥（请先导入办公室发来的方案包），无法核实此包的来源。",
                     "unknown_signer")
    if pin.public_key != pkg.sender_key:
        raise _key_change(ws, pkg, plan_id, "office", None, pin.fingerprint, "领导小组办公室")


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


def check(ws: Workspace, pkg: OpenedPackage) -> Context:
    """Where the package belongs in this workspace, or why it does not; writes nothing."""
    linked = linked_plan(ws, uid=pkg.plan.uid)
    if pkg.kind == "plan":
        return _check_plan_context(ws, pkg, linked)
    if linked is None:
        raise _other_plan(pkg, ws)
    plan_id, role, fingerprint = linked.plan_id, linked.role, linked.fingerprint
    ctx = Context(plan_id=plan_id)
    if pkg.kind == "submission":
        if role != "office":
            raise refuse("这是单位的报送包，应由领导小组办公室导入；本工作区是单位端，未导入。", "wrong_workspace")
        if pkg.manifest["sender"]["role"] != "unit":
            raise refuse("报送包的发送方不是单位，包已损坏。", "bad_manifest")
        unit_id = _unit_in_plan(ws, plan_id, pkg.sender_unit)
        if unit_id is None:
            raise refuse(f"发送单位“{pkg.sender_unit}”不在方案 {pkg.plan.label()} 的单位名册中，未导入。"
                         f"如果它属于某个单位组（如“各县市区”），请在“设置 → 单位名册”中把“{pkg.sender_unit}”"
                         "加为该组的成员，或导入该单位的密钥登记文件（一键加入名册），再重新导入此包。",
                         "unit_not_in_plan")
        ctx.sender_unit_id = unit_id
        pin = pinned_key(ws, plan_id, "unit", unit_id)
        if pin is None:
            holder = keys.unit_holding_key(ws, plan_id, pkg.sender_key)
            if holder is not None and holder != unit_id:
                name = unit_name(ws, holder)
                raise refuse(f"此包的签名密钥已登记为“{name}”的密钥，却声称来自“{pkg.sender_unit}”。"
                             "一个单位的包只能改动本单位的数据，未导入。", "wrong_unit")
            ctx.key_is_new = True
        elif pin.public_key != pkg.sender_key:
            raise _key_change(ws, pkg, plan_id, "unit", unit_id, pin.fingerprint, f"“{pkg.sender_unit}”")
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
    _check_office_key(ws, pkg, plan_id)
    if not has_reported(ws, unit_id):
        raise refuse(f"此回执是发给“{recipient}”的，本工作区没有该单位的任何报送，未导入。请确认回执没有发错单位。",
                     "wrong_unit")
    ctx.recipient_unit_id = unit_id
    return ctx


def _check_plan_context(ws: Workspace, pkg: OpenedPackage, linked: LinkedPlan | None) -> Context:
    if pkg.manifest["sender"]["role"] != "office":
        raise refuse("方案包的发送方不是领导小组办公室，包已损坏。", "bad_manifest")
    if linked is not None:
        if linked.role == "office":
            raise refuse("这是本工作区自己发出的方案包，无需导入。", "own_package")
        ctx = Context(plan_id=linked.plan_id)
        _check_office_key(ws, pkg, linked.plan_id)
        return ctx
    # a plan new to this workspace: refuse if the workspace already exchanges packages about
    # another plan (another office's package would add a second plan and pin that office's
    # key at an office, or switch a unit to the other plan)
    linked_rows = linked_plan_titles(ws)
    if linked_rows:
        ours = "、".join(f"{book_title(t)}{d}".strip() for t, d, _ in linked_rows)
        side = "办公室" if any(r == "office" for _, _, r in linked_rows) else "单位"
        raise refuse(f"此方案包属于另一个方案 {pkg.plan.label()}（发自“{pkg.sender_unit or '另一个办公室'}”），"
                     f"本工作区（{side}端）已关联方案 {ours}，未导入，工作区未作改动。一个工作区只跟踪一个方案："
                     "如确需接收这个方案，请为它另建一个工作区（命令行用 --db 指定新的工作区文件）。", "other_plan")
    return Context(plan_id=None, key_is_new=True)
