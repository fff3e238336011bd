"""Storing a parsed plan: first import, re-import (no change) and revised plans.

A revised plan updates the tasks it matches by what they say (``core.task_matching``: a task
inserted or dropped shifts the numbers after it, so a number alone is no identity) and keeps
what is attached to them (corrections, history, monthly entries, indicator values): rows are
updated in place — a renumbered task's row takes its new key — never deleted and re-created.
Tasks and targets that the revision drops are marked withdrawn, with their history intact.

Corrections stay: given the document's own parse beside the reviewed plan, ``save_plan``
records which task fields a person corrected (``task_corrections``, with the document's
value); ``prepare_reimport`` lays them back over a revised document and lists where the
document changed a corrected field; ``edit_task`` corrects a saved task (``store.saved_edits``, re-exported
here). Every change to a task's fields lands in ``task_edits``, the task's history.

The very document stored, imported again and read otherwise by a newer version, is no revision: ``prepare_reimport``
says so (``Reimport.reread``, ``core.rereading``), its differences worded as the new version's reading.

``store.revisions`` matches a revision's tasks to the stored rows and renumbers those rows;
``store.task_reads`` reads the stored fields, corrections and history back.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

from desktop.core import not_tasks, plan_edits, rereading, review_edits as edits, review_units
from desktop.core.model import ParsedPlan, Unit
from desktop.core.revision_dates import undated_as_before
from desktop.core.task_order import number_order
from desktop.store.plan_rows import (
    dump as _dump,
    record_edit as _record_edit,
    replace_rows as _replace_rows,
    store_corrections as _store_corrections,
    store_plan_corrections as _store_plan_corrections,
    store_targets as _store_targets,
    store_task_units as _store_task_units,
    store_units as _store_units,
)
from desktop.store.queries import as_of
from desktop.store.revisions import WITHDRAWN_KEY as WITHDRAWN_KEY, match_revision as match_revision, renumber
from desktop.store.saved_edits import (  # callers import these from here too
    CHECKED_ROWS as CHECKED_ROWS,
    edit_plan as edit_plan,
    edit_task as edit_task,
    not_task_id as not_task_id,
    numbers_are_the_offices as numbers_are_the_offices,
    read_task_number as read_task_number,
    set_not_task as set_not_task,
    stored_checked_rows,
    stored_plan_info,
    stored_plan_year as stored_plan_year,
    task_id_by_number,
    task_plan_id as task_plan_id,
)
from desktop.store.saved_plan import plan_text
from desktop.store.sql import insert_id
from desktop.store.task_reads import (
    DOCUMENT,
    HISTORY_SOURCES as HISTORY_SOURCES,
    READING,
    corrected_fields as corrected_fields,
    person_short_names as person_short_names,
    stored_corrections,
    stored_plan_corrections,
    stored_task_fields,
    task_history as task_history,
    unit_corrections,
)
from desktop.store.unit_fold import fold_width_twins
from desktop.store.workspace import Workspace, backup_workspace, now_iso


@dataclass
class ImportResult:
    plan_id: int
    created: bool = False
    unchanged: bool = False
    tasks_added: int = 0
    tasks_updated: int = 0
    tasks_unchanged: int = 0
    tasks_withdrawn: int = 0
    units: int = 0
    targets: int = 0
    warnings: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)      # per task, what changed, in words
    withdrawn: list[str] = field(default_factory=list)    # the keys the tasks this save withdrew had
    units_folded: list[str] = field(default_factory=list)  # units stored under two widths of marks, folded (or not)
    not_tasks: list[str] = field(default_factory=list)    # rows marked 「不是任务」 in review, not saved
    reread: bool = False    # the stored document's own text read again by a newer version (``Reimport.reread``)


def find_plan(ws: Workspace, plan: ParsedPlan) -> int | None:
    """The stored plan this one is a version of: same document number, else same title."""
    if plan.doc_number:
        row = ws.conn.execute("SELECT id FROM plans WHERE doc_number = ? ORDER BY id LIMIT 1",
                              (plan.doc_number,)).fetchone()
        if row:
            return int(row[0])
    if plan.title:
        row = ws.conn.execute("SELECT id FROM plans WHERE title = ? ORDER BY id LIMIT 1",
                              (plan.title,)).fetchone()
        if row:
            return int(row[0])
    # a plan whose number or title a person corrected: the document still says what it said
    for name, value in (("plan.doc_number", plan.doc_number), ("plan.title", plan.title)):
        if value:
            row = ws.conn.execute("SELECT plan_id FROM plan_corrections WHERE field = ? AND document_value = ? "
                                  "ORDER BY plan_id LIMIT 1", (name, _dump(value))).fetchone()
            if row:
                return int(row[0])
    return None


def _plan_saved_over(ws: Workspace, plan: ParsedPlan, as_new: bool = False, revises: int | None = None) -> int | None:
    """The stored plan ``plan`` would be saved over: none ``as_new``; the one the person said it ``revises`` (a
    changed plan under a new notice); else the one ``find_plan`` finds by its number or title."""
    if as_new:
        return None
    return revises if revises is not None else find_plan(ws, plan)


def title_only_match(ws: Workspace, plan: ParsedPlan) -> tuple[int, str] | None:
    """(plan_id, its document number) when ``plan`` would be taken as a revision of a stored
    plan only because the titles agree, while both carry different document numbers — a
    question for the user (a new plan, or a revision), never decided silently."""
    plan_id = find_plan(ws, plan)
    if plan_id is None or not plan.doc_number:
        return None
    stored = ws.conn.execute("SELECT doc_number FROM plans WHERE id = ?", (plan_id,)).fetchone()[0]
    corrected = stored_plan_corrections(ws, plan_id).get("plan.doc_number")
    if corrected is not None and corrected.document == plan.doc_number:
        return None                     # the document's own number, which a person corrected
    if stored and stored != plan.doc_number:
        return plan_id, stored
    return None


def save_plan(ws: Workspace, plan: ParsedPlan, *, source_name: str = "",
              backup: bool = True, as_new: bool = False, parsed: ParsedPlan | None = None,
              kept: list[edits.Conflict] | None = None, matched: dict[str, str] | None = None,
              revises: int | None = None, reread: bool = False) -> ImportResult:
    """Store ``plan`` in the workspace in one transaction; see the module docstring.
    ``as_new``: store it as a plan of its own even when a stored one has its title. ``revises``: the stored plan it
    is a revision of, as the person said (a changed plan under a new notice: neither its number nor its title match).

    ``parsed`` is the document as the parser read it, when ``plan`` is that after a person's
    review: the fields where they differ are stored as the person's corrections. Without it
    (a plan package, the demo) the stored corrections are left as they are. ``kept``: the
    conflicts of a revision (see ``prepare_reimport``); one whose correction was kept stays a
    conflict against the earlier document, so a later import can still take the document's.
    ``matched``: stored task key → the key of the same task in ``plan``, as the review showed it
    (``Reimport.matched``); without it, matched here (``match_revision``). ``reread``: the stored document's own
    text read again by a newer version (``Reimport.reread``): the history names the change's source so (``READING``).
    """
    # rows the person marked 「不是任务」 in the review are not saved; which they were is kept as a correction
    plan, parsed, no_tasks = not_tasks.split_off(plan, parsed)
    digest = plan.digest()
    plan_id = _plan_saved_over(ws, plan, as_new, revises)
    if plan_id is not None and _stored_digest(ws, plan_id) == digest:
        return ImportResult(plan_id=plan_id, unchanged=True,
                            tasks_unchanged=len(plan.tasks), warnings=list(plan.warnings))
    if backup:
        backup_workspace(ws.path, "before-plan-import")
    with ws.transaction():
        result = _write_plan(ws, plan, plan_id, digest, source_name, parsed, kept or [], matched, no_tasks,
                             changed_by=READING if reread else DOCUMENT)
        result.not_tasks = [not_tasks.words([r]) for r in no_tasks]
        ws.audit("plan_import", {
            "plan_id": result.plan_id, "title": plan.title, "source": source_name,
            "created": result.created, "added": result.tasks_added,
            "updated": result.tasks_updated, "withdrawn": result.tasks_withdrawn,
            "changes": result.changes,
        })
    return result


def _stored_digest(ws: Workspace, plan_id: int) -> str | None:
    row = ws.conn.execute("SELECT source_sha256 FROM plans WHERE id = ?", (plan_id,)).fetchone()
    return str(row[0]) if row and row[0] else None


def _write_plan(ws: Workspace, plan: ParsedPlan, plan_id: int | None, digest: str,
                source_name: str, parsed: ParsedPlan | None, kept: list[edits.Conflict],
                matched: dict[str, str] | None, no_tasks: list[dict[str, Any]] | None = None, *,
                changed_by: str = "document") -> ImportResult:
    """``changed_by``: the history's source of a change the person did not make (``DOCUMENT``, ``READING``)."""
    db = ws.db
    stamp = now_iso()
    row = {
        "title": plan.title, "doc_number": plan.doc_number, "issuer": plan.issuer,
        "date": plan.date, "source_text": plan.source_text, "source_sha256": digest,
        "source_name": source_name, "warnings": json.dumps(plan.warnings, ensure_ascii=False),
        "updated_at": stamp,
    }
    if plan_id is None:
        plan_id = insert_id(db, "plans", {**row, "imported_at": stamp})
        result = ImportResult(plan_id=plan_id, created=True)
    else:
        db.table("plans").update(plan_id, row)
        result = ImportResult(plan_id=plan_id)
    result.warnings = list(plan.warnings)

    canonical = _store_units(ws, plan_id, plan)
    if not result.created:            # a unit stored twice in two widths of its brackets is one (unit_fold)
        folded = fold_width_twins(ws, plan_id, [u.name for u in plan.units])
        canonical = {name: folded.ids.get(i, i) for name, i in canonical.items()}
        result.units_folded = folded.said
    result.units = len(set(canonical.values()))
    _replace_rows(ws, "headings", plan_id, [
        {"key": ".".join([*h.path, h.number]), "level": h.level,
         "path": json.dumps(h.path, ensure_ascii=False), "number": h.number, "title": h.title}
        for h in plan.headings], unique_key="key")
    _replace_rows(ws, "phases", plan_id, [p.to_json() for p in plan.phases])
    _replace_rows(ws, "duties", plan_id, [d.to_json() for d in plan.duties])
    _replace_rows(ws, "people", plan_id, [
        {"name": p.name, "unit": p.unit, "post": p.post, "role": p.role} for p in plan.people])

    keys = edits.task_keys(plan.tasks)
    if matched is None:
        matched = {} if result.created else match_revision(ws, plan_id, plan).pairs
    stored = stored_task_fields(ws, plan_id, with_text=True, back=set(matched))
    marked = {str(r.get("key")) for r in no_tasks or []}       # rows marked 「不是任务」: the clerk's reason, said
    result.changes = [] if result.created else edits.task_changes(stored, plan, matched, marked)
    present = set(keys)
    result.withdrawn = [key for key, fields in stored.items() if not fields.get("withdrawn")
                        and matched.get(key) not in present]
    existing = renumber(ws, plan_id, keys, plan.tasks, matched)        # new key → its row, if stored
    renumbered = {new: old for old, new in matched.items() if old != new and new in existing}
    before = {new: stored[old] for old, new in matched.items() if old in stored and new in existing}
    for fields in before.values():
        fields.pop("text", None)
        fields.pop("withdrawn", None)
    # the person's corrections of the parse, by task key (None: no parse given, keep the stored)
    corrections = edits.corrections_between(parsed, plan) if parsed is not None else None
    if corrections is not None and parsed is not None:
        _against_earlier_document(corrections, kept)
        own = plan_edits.corrections_between(parsed, plan)
        _against_earlier_document({plan_edits.PLAN_KEY: own}, kept)
        if no_tasks:
            own[not_tasks.NOT_TASKS] = edits.Correction(no_tasks, [])
        _store_plan_corrections(ws, plan_id, own)
    saved_ids: set[int] = set()
    # positions by number (``core.task_order``): a clerk's 四.12A is listed after a revision's new 四.12, everywhere
    places = {n: place for place, n in enumerate(number_order(plan.tasks))}
    for n, (key, task) in enumerate(zip(keys, plan.tasks, strict=True)):
        position = places[n]
        fields = {
            "path": json.dumps(task.path, ensure_ascii=False), "number": task.number,
            "level": task.level, "title": task.title, "short_name": task.short_name, "text": task.text,
            "source": task.source, "deadline": task.deadline, "position": position,
            "leaders": json.dumps(task.leaders, ensure_ascii=False), "withdrawn_at": None,
        }
        old = existing.get(key)
        if old is None:
            # (a revision's new task: its units owe reports from this workspace's today on — a training workspace's
            # pinned day, ``queries.as_of`` — not before: ``store.dashboard.unit_first_months``)
            task_id = insert_id(db, "tasks", {"plan_id": plan_id, "key": key, **fields,
                                              "added_at": None if result.created else as_of(ws).isoformat()})
            result.tasks_added += 1
        else:
            task_id = int(old["id"])
            db.table("tasks").update(task_id, fields)
            if old["withdrawn_at"] is not None or old["text"] != task.text or old["source"] != task.source \
                    or key in renumbered or before.get(key) != edits.stored_fields(plan, task):
                result.tasks_updated += 1
            else:
                result.tasks_unchanged += 1
        saved_ids.add(task_id)
        _store_task_units(ws, task_id, task, canonical)
        result.targets += _store_targets(ws, plan_id, task_id, task.targets)
        task_corrections = (corrections or {}).get(key, {})
        now = edits.stored_fields(plan, task)
        if key in renumbered:                   # the document's renumbering, or a number typed in the review
            _record_edit(ws, task_id, edits.NUMBER, renumbered[key], key,
                         "review" if edits.NUMBER in task_corrections else changed_by)
        if key in before:                       # history: what this save changed, and why
            for name in edits.FIELDS:
                if before[key][name] != now[name]:
                    _record_edit(ws, task_id, name, before[key][name], now[name],
                                 "review" if name in task_corrections else changed_by)
        else:                                   # a new task: the person's corrections of the parse
            for name, correction in task_corrections.items():
                _record_edit(ws, task_id, name, correction.document, correction.value, "review")
        if corrections is not None:
            _store_corrections(ws, task_id, task_corrections)
    for old in ws.rows("SELECT id FROM tasks WHERE plan_id = ? AND withdrawn_at IS NULL", [plan_id]):
        if int(old["id"]) not in saved_ids:
            db.table("tasks").update(old["id"], {"withdrawn_at": now_iso()})
            result.tasks_withdrawn += 1
    result.targets += _store_targets(ws, plan_id, None, plan.plan_targets)
    return result


def _against_earlier_document(corrections: edits.Corrections, kept: list[edits.Conflict]) -> None:
    """A conflict whose correction the person kept stays a conflict against the earlier
    document: its correction records that document's value, so a later import can still
    offer the document's."""
    for conflict in kept:
        correction = corrections.get(conflict.key, {}).get(conflict.field)
        if correction is not None and correction.value == conflict.corrected:
            correction.document = conflict.document_before


@dataclass
class Reimport:
    """A document read for import, with what the workspace already holds laid over it."""

    parsed: ParsedPlan                        # the document as read
    plan: ParsedPlan                          # with the person's earlier corrections applied
    plan_id: int | None = None                # the stored plan it revises, if any
    conflicts: list[edits.Conflict] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)    # what saving ``plan`` would change
    as_new: bool = False                      # stored as a plan of its own, whatever its title
    # the stored plan the person said this is a revision of, though neither its number nor its title match (ux60: a
    # changed plan under a new cover notice); None: found by its number or title (``find_plan``), if at all
    revises: int | None = None
    # rows the person checked as they are in review (本行无误): (task key, the problems shown)
    checked: set[tuple[str, tuple[str, ...]]] = field(default_factory=set)
    # a stored task's key → the key of the same task in ``plan`` (``core.task_matching``), as the
    # document numbered it; the rest of the stored tasks are withdrawn on saving, the rest new
    matched: dict[str, str] | None = None
    # the same pairs by row: stored key → the index of its task in ``plan.tasks``. The review edits
    # numbers but never adds or removes a row, so these hold when a person fixes a number
    rows: dict[str, int] | None = None
    # the keys of ``plan``'s tasks as prepared (a number the person typed earlier kept): what ``conflicts`` name
    opened: list[str] | None = None
    # the document's text is the one stored with the plan (``core.rereading.same_text``) and it is read otherwise:
    # ``changes`` are a newer version's reading of it, not the document's changes, and are worded so, as are the
    # ``conflicts`` of that reading (``Conflict.reading``; ``_readings``) (m66a)
    reread: bool = False

    def matched_now(self) -> dict[str, str] | None:
        """``matched`` under the numbers ``plan`` has now (after the review)."""
        if self.rows is None:
            return self.matched
        keys = edits.task_keys(self.plan.tasks)
        return {old: keys[i] for old, i in self.rows.items()}

    def conflicts_now(self) -> list[edits.Conflict]:
        """``conflicts`` under the numbers ``plan`` has now (after the review): each follows its row,
        as the review renumbers rows but never adds, drops or moves one."""
        if len(self.parsed.tasks) != len(self.plan.tasks):
            return list(self.conflicts)
        rows = {key: n for n, key in enumerate(self.opened or edits.task_keys(self.parsed.tasks))}
        keys = edits.task_keys(self.plan.tasks)
        return [dataclasses.replace(c, key=keys[rows[c.key]]) if c.key != plan_edits.PLAN_KEY and c.key in rows else c
                for c in self.conflicts]

    def kept(self) -> list[edits.Conflict]:
        """The conflicts where ``plan`` still has the person's value (not the document's), under
        the task's number now."""
        return [c for c in self.conflicts_now() if plan_edits.conflict_value(self.plan, c) == c.corrected]

    def choose_document(self, chosen: list[edits.Conflict]) -> None:
        """For these conflicts take the revised document's value instead of the correction."""
        plan_edits.take_document(self.plan, chosen)
        self.conflicts = [c for c in self.conflicts if c not in chosen]


def prepare_reimport(ws: Workspace, parsed: ParsedPlan, as_new: bool = False,
                     revises: int | None = None) -> Reimport:
    """``parsed`` as it would be saved: a revision of a stored plan keeps the person's corrections
    (``as_new``: a plan of its own, see ``title_only_match``; ``revises``: the stored plan the person says it revises,
    where ``find_plan`` finds none — its corrections laid over and offered as for a revision found by its title)."""
    review_units.settle_units(parsed)       # one unit per name whatever its brackets' width; villages (ux57)
    plan_id = _plan_saved_over(ws, parsed, as_new, revises)
    if plan_id is None:
        return Reimport(parsed, copy.deepcopy(parsed), as_new=as_new)
    matched = match_revision(ws, plan_id, parsed).pairs
    before = stored_task_fields(ws, plan_id, with_text=True, back=set(matched))
    undated_as_before(parsed, before, matched)          # the new deadline to what the new text dates, no further
    plan, conflicts = _laid_over(ws, plan_id, parsed, *unit_corrections(ws, plan_id), matched=matched)
    _own_short_names(parsed, plan, conflicts, stored_corrections(ws, plan_id), matched, before)
    reread = rereading.same_text(plan_text(ws, plan_id), parsed.source_text)
    if reread:
        _keep_typed_numbers(plan, conflicts)
    parsed, plan = _in_number_order(parsed, plan)
    _keep_saved_units(ws, plan_id, plan, parsed)
    out = Reimport(parsed, plan, plan_id=plan_id, conflicts=conflicts, matched=matched,
                   rows=_rows(parsed, matched), opened=edits.task_keys(plan.tasks),
                   revises=plan_id if revises is not None and not as_new else None)
    now = out.matched_now() or {}           # under the numbers the person typed and keeps
    out.checked = {(now[key], problems) for key, problems in stored_checked_rows(ws, plan_id) if key in now}
    out.changes = (plan_edits.changes(stored_plan_fields(ws, plan_id), plan)
                   + edits.task_changes(before, plan, now))
    if reread:
        _readings(ws, plan_id, out)
    return out


def _own_short_names(parsed: ParsedPlan, plan: ParsedPlan, conflicts: list[edits.Conflict],
                     corrections: edits.Corrections, matched: dict[str, str],
                     before: dict[str, dict[str, Any]]) -> None:
    """A task whose title the person corrected (and not its short name) keeps the short name stored with it, where
    laying the correction over ``parsed`` would have changed it only to follow the person's title
    (``review_corrections.short_name_follows``): that change is neither the document's nor a new reading of it, and
    is not offered as one (m67a; 凝聚共识's short name 社会共识 listed as 「识读不同　简称“社会共识”→“凝聚共识”」 on
    every import of the same file). A title conflict carries both short names (``Conflict.short_names``), so taking the
    document's title takes the document's short name. ``matched``: stored key → ``parsed``'s; ``before``: the stored
    fields by stored key; ``plan``'s rows are ``parsed``'s, row for row."""
    stored_key = {new: old for old, new in matched.items()}
    titles = {c.key: c for c in conflicts if c.field == "title"}
    for key, now_key, doc, task in zip(edits.task_keys(parsed.tasks), edits.task_keys(plan.tasks), parsed.tasks,
                                       plan.tasks, strict=True):
        old = stored_key.get(key)
        fields = corrections.get(old, {}) if old is not None else {}
        if "title" not in fields or "short_name" in fields or old not in before or task.short_name == doc.short_name:
            continue
        task.short_name = str(before[old].get("short_name") or task.short_name)
        if now_key in titles:
            titles[now_key].short_names = (task.short_name, doc.short_name)


def _readings(ws: Workspace, plan_id: int, reimport: Reimport) -> None:
    """The stored document's own text read again (``core.rereading.same_text``): each task's conflict not shown
    before is the new version's reading (``Conflict.reading``) — one the person kept at an earlier revision's import
    (its history holds that choice, ``_record_kept``) is that revision's still, worded as before, as is a plan field's
    (no history tells). The history line of the correction itself (the document's value → the person's) has the same
    shape but never matches: a conflict's new value differs from the value the correction was made against.
    ``reread`` where anything differs by the reading: changes, or a conflict of it."""
    index = {key: n for n, key in enumerate(reimport.opened or [])}
    stored_key = {n: key for key, n in (reimport.rows or {}).items()}
    read_kept = _read_kept(ws, plan_id)
    revision_kept = _plan_kept(ws, plan_id)
    for conflict in reimport.conflicts:
        if conflict.key == plan_edits.PLAN_KEY:        # the plan's own field: a revision's only where kept at one
            conflict.reading = (conflict.field, _dump(conflict.document_now), _dump(conflict.corrected)) \
                not in revision_kept
            continue
        key = stored_key.get(index.get(conflict.key, -1))
        task_id = task_id_by_number(ws, plan_id, key) if key is not None else None
        if task_id is None:
            continue
        was = (task_id, conflict.field, _dump(conflict.document_now), _dump(conflict.corrected))
        kept = ws.conn.execute("SELECT 1 FROM task_edits WHERE task_id = ? AND field = ? AND source = 'review' "
                               "AND old_value = ? AND new_value = ? LIMIT 1", was).fetchone()
        conflict.reading = kept is None or was in read_kept
    reimport.reread = bool(reimport.changes) or any(c.reading for c in reimport.conflicts)


READ_KEPT = "reread_kept:{plan_id}"      # the reading conflicts a person kept: [task id, field, reading, kept value]
# the conflicts of a revised document's plan fields a person kept: [field, the revision's value, kept value] (no
# history holds a plan field's choice, as ``task_edits`` holds a task's; m67a)
PLAN_KEPT = "revision_plan_kept:{plan_id}"


def _plan_kept(ws: Workspace, plan_id: int) -> set[tuple[str, str, str]]:
    """The plan fields' conflicts a person kept their value in at a revision's import (``PLAN_KEPT``): one offered
    again when the same text is imported is that revision's still, not a new reading."""
    try:
        rows = json.loads(ws.setting(PLAN_KEPT.format(plan_id=plan_id)) or "[]")
        return {(str(r[0]), str(r[1]), str(r[2])) for r in rows}
    except (ValueError, TypeError, IndexError):     # a value not written by us: none
        return set()


def _read_kept(ws: Workspace, plan_id: int) -> set[tuple[int, str, str, str]]:
    """The conflicts of a reading (``Conflict.reading``) the person kept their value in, as ``_readings`` compares
    them: one offered again is still a reading, not a revision's kept conflict."""
    try:
        rows = json.loads(ws.setting(READ_KEPT.format(plan_id=plan_id)) or "[]")
        return {(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows}
    except (ValueError, TypeError, IndexError):     # a value not written by us: none
        return set()


def _keep_typed_numbers(plan: ParsedPlan, conflicts: list[edits.Conflict]) -> None:
    """The document stored, read again (``Reimport.reread``): a number the person typed stays where the new version
    reads the task's number otherwise — no revision renumbered the units' copies, so the reason the document's number
    stands over a revision's (``review_corrections._typed_numbers``) does not hold. Still a conflict, unticked (the
    person may take the new reading); left at the new reading where another task has that number."""
    for conflict in conflicts:
        if conflict.field != edits.NUMBER or conflict.key == plan_edits.PLAN_KEY:
            continue
        number = ".".join(conflict.corrected)
        if number in edits.task_keys(plan.tasks):
            continue
        if not plan_edits.set_conflict_value(plan, conflict, conflict.corrected):
            continue
        conflict.key = number                   # under the number the person knows the task by, as the rest are


def _in_number_order(parsed: ParsedPlan, plan: ParsedPlan) -> tuple[ParsedPlan, ParsedPlan]:
    """The document's parse and the plan with the corrections laid over it, row for row, both in the order of the
    plan's numbers (``core.task_order``): a number the person typed earlier (四.12A) stands after a task the revision
    inserts (四.12) in the review as in every list after it. Copies where the order changes."""
    order = number_order(plan.tasks)
    if order == list(range(len(order))) or len(parsed.tasks) != len(plan.tasks):
        return parsed, plan
    parsed, plan = copy.copy(parsed), copy.copy(plan)
    parsed.tasks, plan.tasks = [parsed.tasks[n] for n in order], [plan.tasks[n] for n in order]
    return parsed, plan


def _keep_saved_units(ws: Workspace, plan_id: int, plan: ParsedPlan, parsed: ParsedPlan) -> None:
    """A unit the person added and saved (typed into a task in the review, ``plan edit --new-unit``; not a name the
    parser put on a task, saved as ``review_units.ADDED_NOTE``, which the review asks about always) that a kept
    correction names is one of the plan's: the revised document's list lacks it, but the review does not ask about it
    again as 「不在单位名单中」 (ux58 finding 12). In ``plan.units`` as stored, without the review's note (laying the
    corrections over added it as one the review asks about, ``review_units.ADDED_NOTE``)."""
    review = (review_units.ADDED_NOTE, review_units.TYPED_NOTE)
    have = {u.name: u for u in plan.units}
    printed = {n for t in parsed.tasks for n in [*t.lead_units, *t.responsible_units]}   # (the document's: asked)
    named = {n for t in plan.tasks for n in [*t.lead_units, *t.responsible_units]} - printed
    for name, note, is_group in ws.conn.execute("SELECT name, note, is_group FROM units WHERE plan_id = ? "
                                                "ORDER BY position, id", (plan_id,)):
        if name not in named or note == review_units.ADDED_NOTE:     # (the parser's name, saved unasked: ask)
            continue
        kept = "" if note in review else str(note)
        unit = have.get(name)
        if unit is None and name not in review_units.unit_names(plan):
            plan.units.append(Unit(str(name), note=kept, is_group=bool(is_group)))
        elif unit is not None and unit.note in review:
            unit.note = kept


def stored_plan_fields(ws: Workspace, plan_id: int) -> dict[str, Any]:
    """The plan's own correctable fields as stored (``plan_edits.plan_fields``)."""
    return plan_edits.plan_fields(stored_plan_info(ws, plan_id))


def prepare_office_plan(ws: Workspace, plan: ParsedPlan, fixed: dict[str, str] | None = None) -> Reimport:
    """The office's plan (a plan package) as a unit saves it.

    The office's plan is what the unit reports against, so there is no choice to offer: a field
    the unit corrected keeps the unit's value while the office leaves that field as it was, and
    where the office changed it too, the office's value wins. Those are ``conflicts``: the caller
    says them, so no correction is ever replaced without the unit being told. ``fixed``: stored key →
    new key by the office's task ids (``plan_package``), the rest matched here."""
    plan_id = find_plan(ws, plan)
    if plan_id is None:
        return Reimport(plan, copy.deepcopy(plan))
    matched = match_revision(ws, plan_id, plan, fixed).pairs
    merged, conflicts = _laid_over(ws, plan_id, plan, matched=matched, numbers=False)
    plan_edits.take_document(merged, conflicts)
    for task in merged.tasks:              # which rows are tasks is the office's: a unit's 不是任务 mark does not hold
        task.not_task = False
    return Reimport(plan, merged, plan_id=plan_id, conflicts=conflicts, matched=matched, rows=_rows(plan, matched))


def _rows(plan: ParsedPlan, matched: dict[str, str]) -> dict[str, int]:
    index = {key: n for n, key in enumerate(edits.task_keys(plan.tasks))}
    return {old: index[new] for old, new in matched.items() if new in index}


def _laid_over(ws: Workspace, plan_id: int, parsed: ParsedPlan, aliases: dict[str, list[str]] | None = None,
               members: dict[str, list[str]] | None = None, *,
               matched: dict[str, str], numbers: bool = True) -> tuple[ParsedPlan, list[edits.Conflict]]:
    """``parsed`` with the stored corrections of its plan laid back over it — the plan's own
    fields, then each task's, each on the task it matched (``match_revision``) — and the
    conflicts, the plan's first."""
    plan, conflicts = edits.apply_corrections(parsed, stored_corrections(ws, plan_id), aliases, members,
                                              matched=matched, numbers=numbers)
    plan, plan_conflicts = plan_edits.apply_corrections(plan, stored_plan_corrections(ws, plan_id))
    return plan, plan_conflicts + conflicts


def save_reimport(ws: Workspace, reimport: Reimport, *, source_name: str = "",
                  backup: bool = True) -> ImportResult:
    """Save a document read with ``prepare_reimport`` (after review, or as it is), the history of
    the corrections kept in the review and the rows checked there (so a revised document's review
    does not ask about them again) — in one transaction: all of it lands, or none."""
    plan = reimport.plan
    plan_id = _plan_saved_over(ws, plan, reimport.as_new, reimport.revises)
    if backup and (plan_id is None or _stored_digest(ws, plan_id) != plan.digest()):
        backup_workspace(ws.path, "before-plan-import")
    with ws.transaction():
        result = save_plan(ws, plan, source_name=source_name, backup=False, as_new=reimport.as_new,
                           parsed=reimport.parsed, kept=reimport.conflicts_now(), matched=reimport.matched_now(),
                           revises=reimport.revises, reread=reimport.reread)
        if not result.unchanged:
            _record_kept(ws, result.plan_id, reimport.kept())
            result.reread = reimport.reread
            _remember_readings(ws, result.plan_id, [c for c in reimport.kept() if c.reading])
            _remember_plan_kept(ws, result.plan_id, [c for c in reimport.kept() if not c.reading])
        keys = set(edits.task_keys(plan.tasks))
        checked = sorted([key, list(problems)] for key, problems in reimport.checked if key in keys)
        setting = CHECKED_ROWS.format(plan_id=result.plan_id)
        if checked or ws.setting(setting):
            ws.set_setting(setting, json.dumps(checked, ensure_ascii=False))
    return result


def _remember_readings(ws: Workspace, plan_id: int, kept: list[edits.Conflict]) -> None:
    """The reading conflicts kept in this save, for ``_readings`` to tell from a revision's at the next import."""
    rows = _read_kept(ws, plan_id)
    for conflict in kept:
        task_id = task_id_by_number(ws, plan_id, conflict.key) if conflict.key != plan_edits.PLAN_KEY else None
        if task_id is not None:
            rows.add((task_id, conflict.field, _dump(conflict.document_now), _dump(conflict.corrected)))
    if kept:
        ws.set_setting(READ_KEPT.format(plan_id=plan_id), json.dumps(sorted(rows), ensure_ascii=False))


def _remember_plan_kept(ws: Workspace, plan_id: int, kept: list[edits.Conflict]) -> None:
    """A revision's plan-field conflicts kept in this save (``PLAN_KEPT``), for ``_readings`` at the next import."""
    mine = [c for c in kept if c.key == plan_edits.PLAN_KEY]
    if mine:
        rows = _plan_kept(ws, plan_id) | {(c.field, _dump(c.document_now), _dump(c.corrected)) for c in mine}
        ws.set_setting(PLAN_KEPT.format(plan_id=plan_id), json.dumps(sorted(rows), ensure_ascii=False))


def _record_kept(ws: Workspace, plan_id: int, kept: list[edits.Conflict]) -> None:
    """A task field where the revised document said otherwise and the person kept their value in
    the review: the stored value does not change, so the history says it in a line of its own,
    a review edit from the document's new value to the value kept (the schema's sources are
    review, edit and document: keeping is the person's choice in the review)."""
    if not kept:
        return
    with ws.transaction():
        for conflict in kept:
            task_id = task_id_by_number(ws, plan_id, conflict.key) if conflict.key != plan_edits.PLAN_KEY else None
            if task_id is not None:
                _record_edit(ws, task_id, conflict.field, conflict.document_now, conflict.corrected, "review")
