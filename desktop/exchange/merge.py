"""Merging submissions at the office, and the office's decisions on them.

Per unit × month, by revision number:

- a version already held (same revision, same content) changes nothing;
- a newer revision supersedes the current one, which stays in ``exchange_revisions`` and
  in ``entry_history`` (one snapshot per entry and revision);
- an older revision, arriving late, is kept in ``exchange_revisions`` as ``older`` only;
- once the office has accepted the month, a newer revision is never applied silently: it
  is held as a ``conflict`` beside the current one until ``resolve_conflict`` chooses;
- the same revision number with different content is a conflict too;
- a month the office entered for the unit itself (设置 → 身份与联络员 → 「代哪个单位填报」), no package of
  it held yet: the same content is received as usual; other content is held as a conflict beside the
  office's version (``office_version``, read from the month's entries), which the month keeps until
  ``resolve_conflict`` chooses — adopting the unit's keeps the office's among the revisions, as revision 0.

A package only ever writes rows of its own sending unit (checked in ``verify``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from desktop.errors import UserError
from desktop.exchange import format as fmt
from desktop.exchange.submission import MonthIn, PlanIndex, month_payloads, read_month
from desktop.exchange.verify import OpenedPackage, PackageRefused
from desktop.store import receipts as stored, submissions
from desktop.store.entries import check_month
from desktop.store.exchange import linked_plan
from desktop.store.queries import unit_id as find_unit, unit_in_plan, unit_name
from desktop.store.receipts import open_conflicts
from desktop.store.workspace import Workspace, now_iso


def precise_now() -> str:
    """Receipt times order the office's decisions, several of which can fall in one second."""
    from datetime import datetime

    return datetime.now().isoformat(timespec="microseconds")


@dataclass
class MonthResult:
    month: str
    revision: int
    outcome: str          # new | superseded | unchanged | older | conflict | office_conflict
    entries: int = 0

    def text(self) -> str:
        label = {"new": "已收到", "superseded": "已更新（旧版本保留在历史中）", "unchanged": "已有，未改动",
                 "older": "比已有版本旧，仅存入历史", "conflict": "办公室已接受该月，新版本已暂存为冲突，待处理",
                 "office_conflict": "办公室已代该单位填报该月，两版内容不同：收到的版本已暂存为冲突，"
                                    "汇总和报告暂用办公室代填的版本，待选择采用哪一版（文件 → 处理版本冲突）"}
        return f"{self.month} 第{self.revision}版 {label[self.outcome]}"


@dataclass
class MergeResult:
    unit_id: int
    months: list[MonthResult] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(m.outcome != "unchanged" for m in self.months)


def apply_submission(ws: Workspace, pkg: OpenedPackage, unit_id: int, plan_id: int,
                     months: list[MonthIn]) -> MergeResult:
    """Merge checked months of one unit; call inside the import transaction."""
    result = MergeResult(unit_id)
    wanted = [m.month for m in months]
    receipts = stored.receipts(ws, unit_id, wanted)
    held = stored.held_revisions(ws, unit_id, wanted)
    stamp = now_iso()
    for m in months:
        if (m.month, m.revision, m.content_sha256) in held:
            result.months.append(MonthResult(m.month, m.revision, "unchanged"))
            continue
        current = receipts.get(m.month)
        if current is None and _differs_from_office(ws, plan_id, unit_id, m):
            _record_revision(ws, plan_id, unit_id, m, pkg.sha256, stamp, "conflict")
            result.months.append(MonthResult(m.month, m.revision, "office_conflict"))
        elif current is None or (m.revision > current.revision and current.state != "accepted"):
            if current is not None:
                stored.supersede_current(ws, unit_id, m.month)
            _record_revision(ws, plan_id, unit_id, m, pkg.sha256, stamp, "current")
            n = write_month(ws, unit_id, plan_id, m, pkg.sha256, stamp)
            _set_receipt(ws, plan_id, unit_id, m.month, m.revision, "received")
            result.months.append(MonthResult(m.month, m.revision, "new" if current is None else "superseded", n))
        elif m.revision < current.revision:
            _record_revision(ws, plan_id, unit_id, m, pkg.sha256, stamp, "older")
            result.months.append(MonthResult(m.month, m.revision, "older"))
        else:      # newer than an accepted month, or the same revision with other content
            _record_revision(ws, plan_id, unit_id, m, pkg.sha256, stamp, "conflict")
            result.months.append(MonthResult(m.month, m.revision, "conflict"))
    return result


def office_version(ws: Workspace, plan_id: int, unit_id: int, month: str) -> dict[str, Any] | None:
    """The unit's month as the office holds it without a package of it (the office entered it for the unit),
    as package data; None when it holds nothing for that month."""
    payloads, _files = month_payloads(ws, plan_id, unit_id, [month], as_held=True)
    return payloads[0] if payloads else None


def _content(raw: dict[str, Any]) -> list[list[str]]:
    """What a month says, to compare two versions: each task's status, texts, values and files, and the
    articles — not the revision numbers, times or the task titles each side calls them by."""
    def key(x: Any) -> str:
        return json.dumps(x, ensure_ascii=False, sort_keys=True)

    entries = [key([e.get("task"), e.get("status"), *(e.get(k) or "" for k in ("progress", "problems", "next_steps")),
                    sorted(key([v.get("task"), v.get("position"), float(v.get("value", 0))])
                           for v in e.get("values", [])),
                    sorted(str(a.get("sha256")) for a in e.get("attachments", []))])
               for e in raw.get("entries", [])]
    articles = [key([a.get(k) or "" for k in ("title", "body", "author", "reviewer", "date")])
                for a in raw.get("articles", [])]
    return [sorted(entries), sorted(articles)]


def _differs_from_office(ws: Workspace, plan_id: int, unit_id: int, m: MonthIn) -> bool:
    """Whether the office entered this month for the unit itself, with other content than ``m``."""
    own = office_version(ws, plan_id, unit_id, m.month)
    return own is not None and _content(own) != _content(m.raw)


def _record_revision(ws: Workspace, plan_id: int, unit_id: int, m: MonthIn, package: str, stamp: str,
                     status: str) -> None:
    stored.add_revision(ws, plan_id=plan_id, unit_id=unit_id, month=m.month, revision=m.revision,
                        content_sha256=m.content_sha256, payload=fmt.canonical_json(m.raw).decode("utf-8"),
                        package_sha256=package, received_at=stamp, status=status)


def _set_receipt(ws: Workspace, plan_id: int, unit_id: int, month: str, revision: int, state: str,
                 *, decided_by: str = "") -> None:
    """A revision of the unit's is taken for the month (received as current, or adopted from a conflict): its
    receipt, and the month's open 须告知 rows settled — the unit's own version stands (rv69b)."""
    stamp = precise_now()
    stored.settle_kept(ws, unit_id, month, stamp=stamp)
    stored.save_receipt(ws, unit_id=unit_id, month=month, plan_id=plan_id, revision=revision, state=state,
                        reason="", received_at=stamp, decided_at=stamp if state != "received" else None,
                        decided_by=decided_by)


def write_month(ws: Workspace, unit_id: int, plan_id: int, m: MonthIn, package: str, stamp: str) -> int:
    """Write one month's entries, values, attachments, history and articles as received."""
    return submissions.write_month(ws, unit_id, plan_id, m.month, m.entries, m.articles, package=package,
                                   stamp=stamp, reason=f"收到报送包（该月第{m.revision}版）")


# ---- the office's decisions --------------------------------------------------------------

def plan_unit(ws: Workspace, plan_id: int, unit: str | int) -> tuple[int, str]:
    """(id, registered name) of a unit of the plan, given by id, name or alias."""
    found = unit if isinstance(unit, int) else find_unit(ws, plan_id, unit)
    name = unit_name(ws, found) if found is not None and unit_in_plan(ws, found, plan_id) else None
    if found is None or name is None:
        raise UserError(f"方案中没有单位“{unit}”。")
    return found, name


def office_plan(ws: Workspace) -> int:
    """The plan this workspace is the office of (it has sent the plan package)."""
    linked = linked_plan(ws, role="office")
    if linked is None:
        raise UserError("本工作区不是办公室端：还没有导出过方案包。")
    return linked.plan_id


def _month_row(ws: Workspace, unit_id: int, name: str, month: str) -> tuple[int, str]:
    check_month(month)
    receipt = stored.receipt(ws, unit_id, month)
    if receipt is None:
        raise UserError(f"还没有收到“{name}”{month} 的报送包，没有可接受或退回的内容。")
    return receipt.revision, receipt.state


def refusals(ws: Workspace, unit: str | int, month: str) -> dict[str, str]:
    """Why the office cannot accept or return the unit's month now: ``{"accept": …, "return": …}``,
    each "" when it can. The one rule the grid, the opened month and the commands share."""
    try:
        plan_id = office_plan(ws)
        unit_id, name = plan_unit(ws, plan_id, unit)
    except UserError as exc:
        return {"accept": exc.message, "return": exc.message}
    held = (f"“{name}”{month} 有待处理的版本冲突，请先处理冲突（文件 → 处理版本冲突）。"
            if open_conflicts(ws, unit_id=unit_id, month=month) else "")
    try:
        revision, state = _month_row(ws, unit_id, name, month)
    except UserError as exc:          # nothing received but a conflict (the office entered the month itself)
        return {"accept": held or exc.message, "return": held or exc.message}
    accept = held or {"returned": f"“{name}”{month} 第{revision}版已退回修改，须等该单位重新报送后再接受。",
                      "accepted": f"“{name}”{month} 第{revision}版已经接受，没有新收到的版本可接受。"}.get(state, "")
    return {"accept": accept, "return": ""}


def accept_month(ws: Workspace, unit: str | int, month: str, *, actor: str = "") -> int:
    """The office accepts the unit's month as received; returns the accepted revision."""
    plan_id = office_plan(ws)
    unit_id, name = plan_unit(ws, plan_id, unit)
    refused = refusals(ws, unit_id, month)["accept"]
    if refused:
        raise UserError(refused)
    revision, _state = _month_row(ws, unit_id, name, month)
    actor = actor or ws.setting("actor", "")
    with ws.transaction():
        stored.decide(ws, unit_id, month, state="accepted", reason="", decided_at=precise_now(), decided_by=actor)
        ws.audit("month_accept", {"unit": name, "unit_id": unit_id, "month": month, "revision": revision},
                 actor=actor)
    return revision


def return_month(ws: Workspace, unit: str | int, month: str, reason: str, *, actor: str = "") -> int:
    """Return the unit's month for correction with the office's reason (退回)."""
    reason = (reason or "").strip()
    if not reason:
        raise UserError("退回需要写明原因，单位会在回执中看到。")
    plan_id = office_plan(ws)
    unit_id, name = plan_unit(ws, plan_id, unit)
    refused = refusals(ws, unit_id, month)["return"]
    if refused:
        raise UserError(refused)
    revision, state = _month_row(ws, unit_id, name, month)
    actor = actor or ws.setting("actor", "")
    with ws.transaction():
        stored.decide(ws, unit_id, month, state="returned", reason=reason, decided_at=precise_now(), decided_by=actor)
        ws.audit("month_return", {"unit": name, "unit_id": unit_id, "month": month, "revision": revision,
                                  "reason": reason, "was": state}, actor=actor)
    return revision


def conflict_versions(ws: Workspace, conflict_id: int) -> dict[str, Any]:
    """Both versions of a conflict: ``incoming`` as the unit sent it, ``current`` as the month's current
    package carried it — or, when no package of the month is held, as the office entered it for the unit
    (``current_from``: "package" | "office" | None when there is neither)."""
    held = _conflict(ws, conflict_id)
    current = stored.current_payload(ws, held.unit_id, held.month)
    if current is not None:
        return {"incoming": json.loads(held.payload), "current": json.loads(current), "current_from": "package"}
    own = office_version(ws, held.plan_id, held.unit_id, held.month)
    return {"incoming": json.loads(held.payload), "current": own, "current_from": "office" if own else None}


def _conflict(ws: Workspace, conflict_id: int) -> stored.Revision:
    held = stored.conflict(ws, conflict_id)
    if held is None:
        raise UserError(f"没有编号为 {conflict_id} 的待处理冲突。")
    return held


def _held_month(ws: Workspace, held: stored.Revision) -> MonthIn:
    """A held version read again against the plan as it is now: a revision of the plan since it
    arrived may have given its task numbers to other tasks (then it is refused, as on import)."""
    raw = json.loads(held.payload)
    members = {a["member"]: {"sha256": a["sha256"], "size": a["size"]}
               for e in raw.get("entries", []) for a in e.get("attachments", [])}
    try:
        return read_month(raw, PlanIndex.build(ws, held.plan_id), members)
    except PackageRefused as exc:
        raise UserError(exc.message.replace("，未导入。", "；这一版本不能采用，可选择保留已接受的版本。")) from exc


def resolve_conflict(ws: Workspace, conflict_id: int, *, keep: str, actor: str = "") -> dict[str, Any]:
    """The office chooses: ``keep="incoming"`` adopts and accepts the newer version (the
    accepted one stays in history; a version the office entered for the unit itself is kept among the
    month's revisions as revision 0); ``keep="current"`` keeps what was accepted, or what the office entered."""
    if keep not in ("incoming", "current"):
        raise UserError("处理冲突时只能选择“采用新版本”（incoming）或“保留已接受的版本”（current）。")
    held = _conflict(ws, conflict_id)
    plan_id, unit_id, month, revision = held.plan_id, held.unit_id, held.month, held.revision
    current = stored.receipt(ws, unit_id, month)
    if keep == "incoming" and current is not None and current.revision > revision:
        raise UserError(f"{month} 已有更新的第{current.revision}版，冲突中的第{revision}版已过时，不能再采用；"
                        "请选择保留现有版本。")
    actor = actor or ws.setting("actor", "")
    stamp = now_iso()
    m = _held_month(ws, held) if keep == "incoming" else None
    own = office_version(ws, plan_id, unit_id, month) if current is None else None
    current_from = "package" if current is not None else "office" if own is not None else None
    with ws.transaction():
        if m is not None:
            if own is not None:         # the office's own entries give way: kept, never lost
                body = fmt.canonical_json(own)
                stored.add_revision(ws, plan_id=plan_id, unit_id=unit_id, month=month, revision=0,
                                    content_sha256=fmt.sha256_hex(body), payload=body.decode("utf-8"),
                                    package_sha256="", received_at=stamp, status="superseded")
            stored.supersede_current(ws, unit_id, month)
            write_month(ws, unit_id, plan_id, m, held.package_sha256, stamp)
            _set_receipt(ws, plan_id, unit_id, month, revision, "accepted", decided_by=actor)
            status = "current"
        else:
            status = "kept_current"
        # recorded once, here, on the conflict's row (m69a): ``office_kept`` lists the months from it
        stored.close_conflict(ws, conflict_id, status=status, stamp=stamp, actor=actor, kept_from=current_from)
        ws.audit("conflict_resolve", {"conflict_id": conflict_id, "unit_id": unit_id, "month": month,
                                      "revision": revision, "keep": keep}, actor=actor)
    # the office kept its own entry over the unit's package: no package to the unit carries entries (the receipt
    # has no row for the month), so the office must tell the unit itself (m68a) — ``tell_unit`` names it
    tell = (unit_name(ws, unit_id) or "") if keep == "current" and current_from == "office" else ""
    return {"id": conflict_id, "unit_id": unit_id, "month": month, "revision": revision, "keep": keep,
            "current_from": current_from, "tell_unit": tell}


def _told_unit(ws: Workspace, unit: str | int, month: str) -> tuple[int, str]:
    plan_id = office_plan(ws)
    try:
        unit_id, name = plan_unit(ws, plan_id, unit)
    except UserError as exc:
        raise UserError(exc.message + "请写单位名册中的名称；package status 列出须告知的单位和月份。") from exc
    check_month(month)
    return unit_id, name


def told_when(row: dict[str, Any]) -> str:
    """「已于 … 由 … 标记为已告知」 for a month marked told (``told_months``), in the one wording status and the
    refusals share."""
    by = f" 由 {row['told_by']}" if row["told_by"] else ""
    return f"已于 {str(row['told_at']).replace('T', ' ')}{by} 标记为已告知"


def mark_told(ws: Workspace, unit: str | int, month: str, *, actor: str = "") -> int:
    """The office has told the unit of its month's 须告知 line (``office_kept``), by phone or in writing: the line
    leaves the list; the conflict's row stays in history with when and by whom (m69a). Returns the revision the
    line named. Refused, with what to do, for a unit not in the plan or a month with no such line."""
    unit_id, name = _told_unit(ws, unit, month)
    line = next((k for k in stored.office_kept(ws, unit_id=unit_id) if k["month"] == month), None)
    if line is None:
        done = stored.told_months(ws, unit_id=unit_id, month=month)
        said = f"，{told_when(done[0])}" if done else ""
        raise UserError(f"“{name}”{month} 不在须告知的名单中{said}。请用 package status 查看须告知的单位和月份。")
    actor = actor or ws.setting("actor", "")
    with ws.transaction():
        stored.told(ws, unit_id, month, stamp=now_iso(), actor=actor)
        ws.audit("office_kept_told", {"unit": name, "unit_id": unit_id, "month": month,
                                      "revision": line["revision"]}, actor=actor)
    return int(line["revision"])


def unmark_told(ws: Workspace, unit: str | int, month: str, *, actor: str = "") -> int:
    """Undo 「已告知」 (a click too many, or the wrong line): the month's last marking is taken back and its line is
    listed again (rv69b). Returns the revision the line names. Refused for a month not marked told."""
    unit_id, name = _told_unit(ws, unit, month)
    done = stored.told_months(ws, unit_id=unit_id, month=month)
    if not done:
        raise UserError(f"“{name}”{month} 没有标记为已告知，无需撤销。请用 package status --all 查看已告知的月份。")
    actor = actor or ws.setting("actor", "")
    with ws.transaction():
        stored.untold(ws, unit_id, month)
        ws.audit("office_kept_told_undo", {"unit": name, "unit_id": unit_id, "month": month,
                                           "revision": done[0]["revision"], "told_at": done[0]["told_at"]},
                 actor=actor)
    return int(done[0]["revision"])


# What the office must tell a unit whose month it kept in its own version (m68a), in ONE wording (rv68b) that the
# import result, ``package resolve／status`` and the conflicts dialog share: no package to the unit carries entries.
NOT_CARRIED = "回执和方案包不带填报内容"
TELL_BY_HAND = NOT_CARRIED + "，该单位收不到这个决定，请电话或书面告知该单位联络员"
TELL_IF_KEPT = "若保留办公室代填的版本，" + TELL_BY_HAND         # before the choice: an import holding the month


def kept_words(unit: str, month: str, revision: int) -> str:
    """Which unit, which month, which revision was not taken — the words the 须告知 line and the 已告知 line share."""
    return f"{unit} {month} 办公室保留了代填的版本，未采用该单位报送的第{revision}版"


def tell_unit_line(unit: str, month: str, revision: int) -> str:
    """The office's own short line, still to tell."""
    return "须告知：" + kept_words(unit, month, revision)


def told_unit(month: str, revision: int) -> str:
    """The sentence to pass on, from the unit's side (贵单位; no 其, which would read as the unit's own)."""
    return f"办公室保留了代贵单位填报的 {month} 版本，贵单位报送的第{revision}版未采用（保存在办公室的历史中）"


def tell_unit_text(unit: str, month: str, revision: int) -> str:
    """The whole notice: the office's line, why it must tell the unit by hand, and what to say."""
    return f"{tell_unit_line(unit, month, revision)}。{TELL_BY_HAND}：“{told_unit(month, revision)}”。"


__all__ = ["MergeResult", "MonthResult", "PlanIndex", "accept_month", "apply_submission", "conflict_versions",
           "kept_words", "mark_told", "office_version", "refusals", "resolve_conflict", "return_month",
           "tell_unit_line", "tell_unit_text", "told_unit", "told_when", "unmark_told", "write_month"]
