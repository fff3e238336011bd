"""What a unit or the office writes for a period rather than a month: the period's 做法
(主要做法 of the half-year summary or year-end report), and a drafted report's edits, kept in
the workspace until the user discards them."""

from __future__ import annotations

import json
from typing import Any

from desktop.errors import UserError
from desktop.store.workspace import Workspace, now_iso

OFFICE = 0          # unit_id of the office's own 做法


def period_key(kind: str, year: int) -> str:
    """``2024-H1`` for a half-year summary, ``2024`` for a year-end report."""
    if kind not in ("half-year", "year-end"):
        raise UserError(f"“{kind}”不是半年小结或年度总结。")
    return f"{year:04d}-H1" if kind == "half-year" else f"{year:04d}"


def practices(ws: Workspace, plan_id: int, kind: str, year: int, unit_id: int | None = None) -> str:
    """The 做法 a unit (or the office, ``unit_id`` None) wrote for the period; "" when none."""
    row = ws.conn.execute(
        "SELECT text FROM period_practices WHERE plan_id = ? AND unit_id = ? AND period = ?",
        (plan_id, unit_id or OFFICE, period_key(kind, year))).fetchone()
    return row[0] if row else ""


def all_practices(ws: Workspace, plan_id: int, kind: str, year: int) -> list[tuple[str, str]]:
    """Every 做法 written for the period: (unit name, or "" for the office; text), office first."""
    return [(r[0] or "", r[1]) for r in ws.conn.execute(
        "SELECT u.name, p.text FROM period_practices p LEFT JOIN units u ON u.id = p.unit_id "
        "WHERE p.plan_id = ? AND p.period = ? AND p.text != '' ORDER BY p.unit_id != 0, u.position",
        (plan_id, period_key(kind, year)))]


def set_practices(ws: Workspace, plan_id: int, kind: str, year: int, text: str,
                  unit_id: int | None = None) -> None:
    """Save the period's 做法 (empty text removes it)."""
    text = (text or "").strip()
    if len(text) > 5000:
        raise UserError("主要做法太长（超过5000字）。请精简到三至五条，每条一两句话。")
    key = period_key(kind, year)
    with ws.transaction():
        if text:
            ws.conn.execute(
                "INSERT INTO period_practices(plan_id, unit_id, period, text, updated_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(plan_id, unit_id, period) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at", (plan_id, unit_id or OFFICE, key, text, now_iso()))
        else:
            ws.conn.execute("DELETE FROM period_practices WHERE plan_id = ? AND unit_id = ? AND period = ?",
                            (plan_id, unit_id or OFFICE, key))


def draft_edits(ws: Workspace, plan_id: int, kind: str, year: int, unit: str | None) -> Any | None:
    """The kept edits of a drafted report (as saved by ``save_draft_edits``), or None."""
    row = ws.conn.execute(
        "SELECT content FROM draft_edits WHERE plan_id = ? AND kind = ? AND year = ? AND unit = ?",
        (plan_id, kind, year, unit or "")).fetchone()
    if row is None:
        return None
    try:
        return json.loads(row[0])
    except ValueError:
        return None


def save_draft_edits(ws: Workspace, plan_id: int, kind: str, year: int, unit: str | None,
                     content: Any) -> None:
    period_key(kind, year)
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO draft_edits(plan_id, kind, year, unit, content, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(plan_id, kind, year, unit) DO UPDATE SET content = excluded.content, "
            "updated_at = excluded.updated_at",
            (plan_id, kind, year, unit or "", json.dumps(content, ensure_ascii=False), now_iso()))


def discard_draft_edits(ws: Workspace, plan_id: int, kind: str, year: int, unit: str | None) -> None:
    with ws.transaction():
        ws.conn.execute("DELETE FROM draft_edits WHERE plan_id = ? AND kind = ? AND year = ? AND unit = ?",
                        (plan_id, kind, year, unit or ""))
