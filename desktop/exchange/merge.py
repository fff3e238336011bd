"""Merging submissions at the office, and the office's decisions on them.

Per unit × month, by revision number:

- a version already held (same revision, same content) changes nothing;
- a newer revision supersedes the current one, which stays in ``exchange_revisions`` and
  in ``entry_history`` (one snapshot per entry and revision);
- an older revision, arriving late, is kept in ``exchange_revisions`` as ``older`` only;
- once the office has accepted the month, a newer revision is never applied silently: it
  is held as a ``conflict`` beside the current one until ``resolve_conflict`` chooses;
- the same revision number with different content is a conflict too.

A package only ever writes rows of its own sending unit (checked in ``verify``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from desktop.core.progress import RECEIPT_LABELS as STATE_LABELS  # noqa: E402
from desktop.errors import UserError
from desktop.exchange import format as fmt
from desktop.exchange.submission import MonthIn, PlanIndex, attachment_stored_path, read_month
from desktop.exchange.verify import OpenedPackage
from desktop.store.sql import where
from desktop.store.workspace import Workspace, now_iso


def precise_now() -> str:
    """Receipt times order the office's decisions, several of which can fall in one second."""
    from datetime import datetime

    return datetime.now().isoformat(timespec="microseconds")


@dataclass
class MonthResult:
    month: str
    revision: int
    outcome: str          # new | superseded | unchanged | older | conflict
    entries: int = 0

    def text(self) -> str:
        label = {"new": "已收到", "superseded": "已更新（旧版本保留在历史中）", "unchanged": "已有，未改动",
                 "older": "比已有版本旧，仅存入历史", "conflict": "办公室已接受该月，新版本已暂存为冲突，待处理"}
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
    conn = ws.conn
    result = MergeResult(unit_id)
    wanted = [m.month for m in months]
    marks = ",".join("?" * len(wanted))
    receipts = {r[0]: (int(r[1]), r[2]) for r in conn.execute(
        f"SELECT month, revision, state FROM exchange_receipts WHERE unit_id = ? AND month IN ({marks})",
        (unit_id, *wanted))}
    held = {(r[0], int(r[1]), r[2]) for r in conn.execute(
        f"SELECT month, revision, content_sha256 FROM exchange_revisions WHERE unit_id = ? AND month IN ({marks})",
        (unit_id, *wanted))}
    stamp = now_iso()
    for m in months:
        if (m.month, m.revision, m.content_sha256) in held:
            result.months.append(MonthResult(m.month, m.revision, "unchanged"))
            continue
        current = receipts.get(m.month)
        if current is None or (m.revision > current[0] and current[1] != "accepted"):
            if current is not None:
                conn.execute("UPDATE exchange_revisions SET status = 'superseded' WHERE unit_id = ? AND month = ? "
                             "AND status = 'current'", (unit_id, m.month))
            _record_revision(ws, plan_id, unit_id, m, pkg.sha256, stamp, "current")
            n = write_month(ws, unit_id, plan_id, m, pkg.sha256, stamp)
            _set_receipt(ws, plan_id, unit_id, m.month, m.revision, "received", stamp)
            result.months.append(MonthResult(m.month, m.revision, "new" if current is None else "superseded", n))
        elif m.revision < current[0]:
            _record_revision(ws, plan_id, unit_id, m, pkg.sha256, stamp, "older")
            result.months.append(MonthResult(m.month, m.revision, "older"))
        else:      # newer than an accepted month, or the same revision with other content
            _record_revision(ws, plan_id, unit_id, m, pkg.sha256, stamp, "conflict")
            result.months.append(MonthResult(m.month, m.revision, "conflict"))
    return result


def _record_revision(ws: Workspace, plan_id: int, unit_id: int, m: MonthIn, package: str, stamp: str,
                     status: str) -> None:
    ws.conn.execute(
        "INSERT INTO exchange_revisions(plan_id, unit_id, month, revision, content_sha256, payload, "
        "package_sha256, received_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (plan_id, unit_id, m.month, m.revision, m.content_sha256,
         fmt.canonical_json(m.raw).decode("utf-8"), package, stamp, status))


def _set_receipt(ws: Workspace, plan_id: int, unit_id: int, month: str, revision: int, state: str,
                 stamp: str, *, decided_by: str = "") -> None:
    stamp = precise_now()
    decided = stamp if state != "received" else None
    ws.conn.execute(
        "INSERT INTO exchange_receipts(unit_id, month, plan_id, revision, state, reason, received_at, "
        "decided_at, decided_by) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?) ON CONFLICT(unit_id, month) DO UPDATE SET "
        "revision = excluded.revision, state = excluded.state, reason = '', received_at = excluded.received_at, "
        "decided_at = excluded.decided_at, decided_by = excluded.decided_by",
        (unit_id, month, plan_id, revision, state, stamp, decided, decided_by))


def write_month(ws: Workspace, unit_id: int, plan_id: int, m: MonthIn, package: str, stamp: str) -> int:
    """Write one month's entries, values, attachments, history and articles (set-based)."""
    conn = ws.conn
    history: list[tuple] = []
    values: list[tuple] = []
    files: list[tuple] = []
    entry_ids: list[int] = []
    for e in m.entries:
        entry_id = int(conn.execute(
            "INSERT INTO monthly_entries(task_id, unit_id, month, status, progress, problems, next_steps, "
            "state, revision, submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?, ?) "
            "ON CONFLICT(task_id, unit_id, month) DO UPDATE SET status = excluded.status, "
            "progress = excluded.progress, problems = excluded.problems, next_steps = excluded.next_steps, "
            "state = 'submitted', revision = excluded.revision, submitted_at = excluded.submitted_at, "
            "updated_at = excluded.updated_at RETURNING id",
            (e["task_id"], unit_id, m.month, e["status"], e["progress"], e["problems"], e["next_steps"],
             e["revision"], e["submitted_at"], stamp)).fetchone()[0])
        entry_ids.append(entry_id)
        values += [(entry_id, t, v) for t, v in e["values"].items()]
        files += [(entry_id, a["name"], attachment_stored_path(ws, a["sha256"]), a["sha256"], a["size"], stamp)
                  for a in e["attachments"]]
        snapshot = {"id": entry_id, "task_id": e["task_id"], "unit_id": unit_id, "month": m.month,
                    "status": e["status"], "progress": e["progress"], "problems": e["problems"],
                    "next_steps": e["next_steps"], "state": "submitted", "revision": e["revision"],
                    "submitted_at": e["submitted_at"], "updated_at": stamp,
                    "values": {str(t): v for t, v in e["values"].items()}, "package": package}
        history.append((entry_id, e["revision"], json.dumps(snapshot, ensure_ascii=False),
                        f"收到报送包（该月第{m.revision}版）", stamp))
    for start in range(0, len(entry_ids), 500):
        chunk = entry_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM entry_values WHERE entry_id IN ({marks})", chunk)
        conn.execute(f"DELETE FROM attachments WHERE entry_id IN ({marks})", chunk)
    conn.executemany("INSERT INTO entry_values(entry_id, target_id, value) VALUES (?, ?, ?)", values)
    conn.executemany("INSERT INTO attachments(entry_id, file_name, stored_path, sha256, size, added_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)", files)
    conn.executemany("INSERT INTO entry_history(entry_id, revision, snapshot, reason, recorded_at) "
                     "VALUES (?, ?, ?, ?, ?)", history)
    conn.execute("DELETE FROM info_articles WHERE unit_id = ? AND month = ? AND plan_id = ?",
                 (unit_id, m.month, plan_id))
    conn.executemany(
        "INSERT INTO info_articles(plan_id, unit_id, month, title, body, author, reviewer, date, state, "
        "revision, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'submitted', ?, ?)",
        [(plan_id, unit_id, m.month, a["title"], a["body"], a["author"], a["reviewer"], a["date"],
          a["revision"], stamp) for a in m.articles])
    return len(m.entries)


# ---- the office's decisions --------------------------------------------------------------

def _unit(ws: Workspace, plan_id: int, unit: str | int) -> tuple[int, str]:
    from desktop.store.queries import unit_id

    found = unit if isinstance(unit, int) else unit_id(ws, plan_id, unit)
    row = ws.conn.execute("SELECT id, name FROM units WHERE id = ? AND plan_id = ?",
                          (found, plan_id)).fetchone() if found is not None else None
    if row is None:
        raise UserError(f"方案中没有单位“{unit}”。")
    return int(row[0]), row[1]


def _office_plan(ws: Workspace) -> int:
    from desktop.exchange.plan_package import linked_plan

    linked = linked_plan(ws, "office")
    if linked is None:
        raise UserError("本工作区不是办公室端：还没有导出过方案包。")
    return linked[0]


def _month_row(ws: Workspace, unit_id: int, name: str, month: str) -> tuple[int, str]:
    from desktop.store.entries import check_month

    check_month(month)
    row = ws.conn.execute("SELECT revision, state FROM exchange_receipts WHERE unit_id = ? AND month = ?",
                          (unit_id, month)).fetchone()
    if row is None:
        raise UserError(f"还没有收到“{name}”{month} 的报送包，没有可接受或退回的内容。")
    return int(row[0]), row[1]


def refusals(ws: Workspace, unit: str | int, month: str) -> dict[str, str]:
    """Why the office cannot accept or return the unit's month now: ``{"accept": …, "return": …}``,
    each "" when it can. The one rule the grid, the opened month and the commands share."""
    try:
        plan_id = _office_plan(ws)
        unit_id, name = _unit(ws, plan_id, unit)
        revision, state = _month_row(ws, unit_id, name, month)
    except UserError as exc:
        return {"accept": exc.message, "return": exc.message}
    accept = ""
    if open_conflicts(ws, unit_id=unit_id, month=month):
        accept = f"“{name}”{month} 有待处理的版本冲突，请先处理冲突（文件 → 处理版本冲突）。"
    elif state == "returned":
        accept = f"“{name}”{month} 第{revision}版已退回修改，须等该单位重新报送后再接受。"
    elif state == "accepted":
        accept = f"“{name}”{month} 第{revision}版已经接受，没有新收到的版本可接受。"
    return {"accept": accept, "return": ""}


def accept_month(ws: Workspace, unit: str | int, month: str, *, actor: str = "") -> int:
    """The office accepts the unit's month as received; returns the accepted revision."""
    plan_id = _office_plan(ws)
    unit_id, name = _unit(ws, plan_id, unit)
    revision, state = _month_row(ws, unit_id, name, month)
    refused = refusals(ws, unit_id, month)["accept"]
    if refused:
        raise UserError(refused)
    actor = actor or ws.setting("actor", "")
    with ws.transaction():
        ws.conn.execute("UPDATE exchange_receipts SET state = 'accepted', reason = '', decided_at = ?, "
                        "decided_by = ? WHERE unit_id = ? AND month = ?", (precise_now(), actor, unit_id, month))
        ws.audit("month_accept", {"unit": name, "unit_id": unit_id, "month": month, "revision": revision},
                 actor=actor)
    return revision


def return_month(ws: Workspace, unit: str | int, month: str, reason: str, *, actor: str = "") -> int:
    """Return the unit's month for correction with the office's reason (退回)."""
    reason = (reason or "").strip()
    if not reason:
        raise UserError("退回需要写明原因，单位会在回执中看到。")
    plan_id = _office_plan(ws)
    unit_id, name = _unit(ws, plan_id, unit)
    revision, state = _month_row(ws, unit_id, name, month)
    actor = actor or ws.setting("actor", "")
    with ws.transaction():
        ws.conn.execute("UPDATE exchange_receipts SET state = 'returned', reason = ?, decided_at = ?, "
                        "decided_by = ? WHERE unit_id = ? AND month = ?",
                        (reason, precise_now(), actor, unit_id, month))
        ws.audit("month_return", {"unit": name, "unit_id": unit_id, "month": month, "revision": revision,
                                  "reason": reason, "was": state}, actor=actor)
    return revision


def open_conflicts(ws: Workspace, *, unit_id: int | None = None, month: str | None = None) -> list[dict[str, Any]]:
    """Revisions held back because the office had accepted the month: both versions, side by side."""
    filters, args = where(("c.unit_id = ?", unit_id), ("c.month = ?", month), base="c.status = 'conflict'")
    sql = ("SELECT c.id, c.unit_id, u.name AS unit, c.month, c.revision, c.received_at, c.package_sha256, "
           "(SELECT r.revision FROM exchange_revisions r WHERE r.unit_id = c.unit_id AND r.month = c.month "
           " AND r.status = 'current') AS current_revision "
           "FROM exchange_revisions c JOIN units u ON u.id = c.unit_id" + filters)
    return list(ws.db.query(sql + " ORDER BY c.id", args))


def conflict_versions(ws: Workspace, conflict_id: int) -> dict[str, Any]:
    """Both versions of a conflict as the units sent them: ``current`` and ``incoming``."""
    row = ws.conn.execute("SELECT unit_id, month, payload FROM exchange_revisions WHERE id = ? "
                          "AND status = 'conflict'", (conflict_id,)).fetchone()
    if row is None:
        raise UserError(f"没有编号为 {conflict_id} 的待处理冲突。")
    cur = ws.conn.execute("SELECT payload FROM exchange_revisions WHERE unit_id = ? AND month = ? "
                          "AND status = 'current'", (row[0], row[1])).fetchone()
    return {"incoming": json.loads(row[2]), "current": json.loads(cur[0]) if cur else None}


def resolve_conflict(ws: Workspace, conflict_id: int, *, keep: str, actor: str = "") -> dict[str, Any]:
    """The office chooses: ``keep="incoming"`` adopts and accepts the newer version (the
    accepted one stays in history); ``keep="current"`` keeps what was accepted."""
    if keep not in ("incoming", "current"):
        raise UserError("处理冲突时只能选择“采用新版本”（incoming）或“保留已接受的版本”（current）。")
    row = ws.conn.execute(
        "SELECT plan_id, unit_id, month, revision, payload, package_sha256 FROM exchange_revisions "
        "WHERE id = ? AND status = 'conflict'", (conflict_id,)).fetchone()
    if row is None:
        raise UserError(f"没有编号为 {conflict_id} 的待处理冲突。")
    plan_id, unit_id, month, revision, payload, package = row
    current = ws.conn.execute("SELECT revision FROM exchange_receipts WHERE unit_id = ? AND month = ?",
                              (unit_id, month)).fetchone()
    if keep == "incoming" and current is not None and current[0] > revision:
        raise UserError(f"{month} 已有更新的第{current[0]}版，冲突中的第{revision}版已过时，不能再采用；"
                        "请选择保留现有版本。")
    actor = actor or ws.setting("actor", "")
    stamp = now_iso()
    with ws.transaction():
        if keep == "incoming":
            raw = json.loads(payload)
            members = {a["member"]: {"sha256": a["sha256"], "size": a["size"]}
                       for e in raw.get("entries", []) for a in e.get("attachments", [])}
            m = read_month(raw, PlanIndex.build(ws, plan_id), members)
            ws.conn.execute("UPDATE exchange_revisions SET status = 'superseded' WHERE unit_id = ? AND month = ? "
                            "AND status = 'current'", (unit_id, month))
            write_month(ws, unit_id, plan_id, m, package, stamp)
            _set_receipt(ws, plan_id, unit_id, month, revision, "accepted", stamp, decided_by=actor)
            status = "current"
        else:
            status = "kept_current"
        ws.conn.execute("UPDATE exchange_revisions SET status = ?, resolved_at = ?, resolved_by = ? WHERE id = ?",
                        (status, stamp, actor, conflict_id))
        ws.audit("conflict_resolve", {"conflict_id": conflict_id, "unit_id": unit_id, "month": month,
                                      "revision": revision, "keep": keep}, actor=actor)
    return {"id": conflict_id, "unit_id": unit_id, "month": month, "revision": revision, "keep": keep}


def month_states(ws: Workspace, *, unit_id: int | None = None) -> list[dict[str, Any]]:
    """Per unit × month: revision and state (received / accepted / returned) with reason."""
    sql = ("SELECT r.unit_id, u.name AS unit, r.month, r.revision, r.state, r.reason, r.received_at, "
           "r.decided_at, r.decided_by FROM exchange_receipts r JOIN units u ON u.id = r.unit_id")
    args: list[Any] = []
    if unit_id is not None:
        sql += " WHERE r.unit_id = ?"
        args.append(unit_id)
    rows = list(ws.db.query(sql + " ORDER BY u.position, r.month", args))
    for r in rows:
        r["state_label"] = STATE_LABELS.get(r["state"], r["state"])
    return rows


__all__ = ["MergeResult", "MonthResult", "PlanIndex", "accept_month", "apply_submission", "conflict_versions",
           "month_states", "open_conflicts", "refusals", "resolve_conflict", "return_month", "write_month"]
