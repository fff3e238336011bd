"""Units stored twice under two widths of their marks (各社区(村) and 各社区（村）), folded into one.

Round 57 made the two forms one unit for a new import (``review_units.settle_units``); a workspace saved before
holds both, each with its own task links, members, entries. A revision of the plan folds them (``plans.save_plan``,
once the revision's units are written): the unit keeps the form with the most full-width marks (the document's,
of equals), the other names become its aliases, and every row that named a twin — task links, members, aliases,
liaison, monthly entries, articles, the exchange's keys, revisions, receipts and exports, the period's 做法 —
names the kept unit. Nothing is dropped: where two twins hold rows that cannot become one (an entry of each for
the same task and month, a liaison each), that twin is left as it is and said.

Done at a revision's import, not on opening a workspace: the import takes a backup first, runs in one transaction
and says what it changed, while opening writes nothing a person did not ask for (and may be read-only).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.core.review_units import width_key
from desktop.store.workspace import Workspace

# rows that name a unit, with the columns that (with the unit) must stay unique: () for one row per unit,
# None for no rule
UNIT_ROWS: tuple[tuple[str, str, tuple[str, ...] | None], ...] = (
    ("liaisons", "unit_id", ()),
    ("monthly_entries", "unit_id", ("task_id", "month")),
    ("info_articles", "unit_id", None),
    ("exchange_keys", "unit_id", ("plan_id", "party")),
    ("exchange_key_changes", "unit_id", ("plan_id", "party", "new_fingerprint")),
    ("exchange_revisions", "unit_id", ("month", "revision", "content_sha256")),
    ("exchange_receipts", "unit_id", ("month",)),
    ("exchange_exports", "unit_id", ("month",)),
    ("period_practices", "unit_id", ("plan_id", "period")),
)
# rows where a twin's copy of a row the kept unit already has is the same fact said twice: dropped
LINK_ROWS = (("unit_aliases", "unit_id"), ("group_members", "group_id"), ("group_members", "member_id"),
             ("task_units", "unit_id"))

FOLDED = "“{keep}”与“{other}”是同一单位（括号等符号全角、半角不同），已合并为“{keep}”，填报和任务保留"
NOT_FOLDED = ("“{keep}”与“{other}”是同一单位的两种写法，但两者在{what}中都有记录，未合并："
              "请核对后在“设置 → 单位名册”中处理")
WHAT = {"liaisons": "联络员", "monthly_entries": "同一任务同一月份的填报", "exchange_keys": "已登记的密钥",
        "exchange_key_changes": "密钥变更", "exchange_revisions": "收到的报送", "exchange_receipts": "回执",
        "exchange_exports": "已导出的报送", "period_practices": "半年做法"}


@dataclass
class Folded:
    said: list[str] = field(default_factory=list)       # what was folded, and what was not and why
    ids: dict[int, int] = field(default_factory=dict)   # a folded unit's id → the id of the unit it is now


def _tables(ws: Workspace) -> set[str]:
    return {str(r[0]) for r in ws.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def fold_width_twins(ws: Workspace, plan_id: int, document_names: Iterable[str]) -> Folded:
    """Fold the plan's stored units whose names differ only in the width of their marks (see the module): the
    unit keeps the name with the most full-width marks, of equals the one ``document_names`` (the revision's
    units) use. Call inside the import's transaction."""
    rows = ws.rows("SELECT id, name FROM units WHERE plan_id = ? ORDER BY position, id", [plan_id])
    by_key: dict[str, list[tuple[int, str]]] = {}
    for r in rows:
        by_key.setdefault(width_key(r["name"]), []).append((int(r["id"]), str(r["name"])))
    document = set(document_names)
    tables = _tables(ws)
    out = Folded()
    for twins in by_key.values():
        if len(twins) < 2:
            continue
        keep, keep_name = max(twins, key=lambda t: (sum(unicodedata.east_asian_width(c) == "F" for c in t[1]),
                                                    t[1] in document, -twins.index(t)))
        for other, name in twins:
            if other == keep:
                continue
            clash = _clash(ws, tables, keep, other)
            if clash:
                out.said.append(NOT_FOLDED.format(keep=keep_name, other=name, what=WHAT[clash]))
                continue
            _move(ws, tables, keep, other)
            ws.conn.execute("DELETE FROM units WHERE id = ?", (other,))
            out.ids[other] = keep
            ws.conn.execute("INSERT OR IGNORE INTO unit_aliases(unit_id, alias) VALUES (?, ?)", (keep, name))
            if ws.setting("unit_id", "") == str(other):
                ws.set_setting("unit_id", str(keep))        # this workspace's own unit
            ws.audit("unit_fold", {"plan_id": plan_id, "kept": keep_name, "folded": name})
            out.said.append(FOLDED.format(keep=keep_name, other=name))
    return out


def _clash(ws: Workspace, tables: set[str], keep: int, other: int) -> str | None:
    """The first table where ``other``'s rows cannot move to ``keep`` without two rows becoming one."""
    for table, column, unique in UNIT_ROWS:
        if table not in tables or unique is None:
            continue
        same = "".join(f" AND a.{c} = b.{c}" for c in unique)
        if ws.conn.execute(f"SELECT 1 FROM {table} a JOIN {table} b ON a.{column} = ? AND b.{column} = ?{same} "
                           "LIMIT 1", (other, keep)).fetchone():
            return table
    return None


def _move(ws: Workspace, tables: set[str], keep: int, other: int) -> None:
    for table, column, _unique in UNIT_ROWS:
        if table in tables:
            ws.conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (keep, other))
    for table, column in LINK_ROWS:
        ws.conn.execute(f"UPDATE OR IGNORE {table} SET {column} = ? WHERE {column} = ?", (keep, other))
    ws.conn.execute("DELETE FROM group_members WHERE group_id = member_id")
