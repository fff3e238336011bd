"""The workspace schema, as a list of named migration steps.

``PRAGMA user_version`` holds the number of steps applied. Each step runs in one
transaction; a step is never edited once released — a change is a new step.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    name: str
    sql: str


_V1_BASE = """
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    doc_number TEXT NOT NULL DEFAULT '',
    issuer TEXT NOT NULL DEFAULT '',
    date TEXT,
    source_text TEXT NOT NULL DEFAULT '',
    source_sha256 TEXT NOT NULL DEFAULT '',
    source_name TEXT NOT NULL DEFAULT '',
    warnings TEXT NOT NULL DEFAULT '[]',
    imported_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE headings (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    level INTEGER NOT NULL,
    path TEXT NOT NULL DEFAULT '[]',
    number TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    UNIQUE (plan_id, key)
);

CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    is_group INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (plan_id, name)
);

CREATE TABLE unit_aliases (
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    PRIMARY KEY (unit_id, alias)
);

CREATE TABLE group_members (
    group_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, member_id)
);

CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    path TEXT NOT NULL DEFAULT '[]',
    number TEXT NOT NULL,
    level INTEGER NOT NULL DEFAULT 3,
    title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    position INTEGER NOT NULL,
    withdrawn_at TEXT,
    UNIQUE (plan_id, key)
);

CREATE TABLE task_units (
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('lead', 'responsible')),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (task_id, unit_id, role)
);
CREATE INDEX task_units_unit ON task_units(unit_id);

CREATE TABLE targets (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    task_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    value REAL NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    comparator TEXT,
    deadline TEXT,
    withdrawn_at TEXT
);
CREATE INDEX targets_task ON targets(task_id);

CREATE TABLE phases (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    start TEXT,
    "end" TEXT,
    text TEXT NOT NULL DEFAULT ''
);

CREATE TABLE duties (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    due TEXT,
    every TEXT,
    text TEXT NOT NULL DEFAULT ''
);

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    post TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT ''
);

CREATE TABLE liaisons (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL UNIQUE REFERENCES units(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);

CREATE TABLE monthly_entries (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    status TEXT NOT NULL DEFAULT 'not_started'
        CHECK (status IN ('not_started', 'in_progress', 'done', 'late')),
    progress TEXT NOT NULL DEFAULT '',
    problems TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted')),
    revision INTEGER NOT NULL DEFAULT 1,
    submitted_at TEXT,
    updated_at TEXT NOT NULL,
    UNIQUE (task_id, unit_id, month)
);
CREATE INDEX monthly_entries_unit_month ON monthly_entries(unit_id, month);

CREATE TABLE entry_values (
    entry_id INTEGER NOT NULL REFERENCES monthly_entries(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
    value REAL NOT NULL,
    PRIMARY KEY (entry_id, target_id)
);

CREATE TABLE entry_history (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES monthly_entries(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES monthly_entries(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    stored_path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL
);

CREATE TABLE info_articles (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    reviewer TEXT NOT NULL DEFAULT '',
    date TEXT,
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted')),
    revision INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
);
CREATE INDEX info_articles_unit_month ON info_articles(unit_id, month);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# Full-text search over tasks and entries. trigram finds Chinese substrings of three or
# more characters; shorter queries fall back to LIKE (see queries.py).
_V2_SEARCH = """
CREATE VIRTUAL TABLE tasks_fts USING fts5(
    title, text, content='tasks', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER tasks_fts_ai AFTER INSERT ON tasks BEGIN
    INSERT INTO tasks_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER tasks_fts_ad AFTER DELETE ON tasks BEGIN
    INSERT INTO tasks_fts(tasks_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER tasks_fts_au AFTER UPDATE OF title, text ON tasks BEGIN
    INSERT INTO tasks_fts(tasks_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO tasks_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
INSERT INTO tasks_fts(rowid, title, text) SELECT id, title, text FROM tasks;

CREATE VIRTUAL TABLE entries_fts USING fts5(
    progress, problems, next_steps, content='monthly_entries', content_rowid='id',
    tokenize='trigram'
);
CREATE TRIGGER entries_fts_ai AFTER INSERT ON monthly_entries BEGIN
    INSERT INTO entries_fts(rowid, progress, problems, next_steps)
    VALUES (new.id, new.progress, new.problems, new.next_steps);
END;
CREATE TRIGGER entries_fts_ad AFTER DELETE ON monthly_entries BEGIN
    INSERT INTO entries_fts(entries_fts, rowid, progress, problems, next_steps)
    VALUES ('delete', old.id, old.progress, old.problems, old.next_steps);
END;
CREATE TRIGGER entries_fts_au AFTER UPDATE OF progress, problems, next_steps ON monthly_entries BEGIN
    INSERT INTO entries_fts(entries_fts, rowid, progress, problems, next_steps)
    VALUES ('delete', old.id, old.progress, old.problems, old.next_steps);
    INSERT INTO entries_fts(rowid, progress, problems, next_steps)
    VALUES (new.id, new.progress, new.problems, new.next_steps);
END;
INSERT INTO entries_fts(rowid, progress, problems, next_steps)
    SELECT id, progress, problems, next_steps FROM monthly_entries;
"""

# Offline exchange (desktop/exchange): signed packages between the office and the units.
# The workspace's own Ed25519 key lives here, not in a file beside it: the key names the
# workspace as a sender, so it must travel with it (portable USB copies, new PCs, restored
# backups) or the office would see a false "key changed" warning; and there is no second
# file to lose or to get out of step with the data it signs for.
_V3_EXCHANGE = """
CREATE TABLE exchange_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    private_key BLOB NOT NULL,
    public_key BLOB NOT NULL,
    fingerprint TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE exchange_plans (
    plan_id INTEGER PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
    uid TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('office', 'unit')),
    fingerprint TEXT NOT NULL DEFAULT '',
    templates_version TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);

CREATE TABLE exchange_keys (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    party TEXT NOT NULL CHECK (party IN ('office', 'unit')),
    unit_id INTEGER REFERENCES units(id) ON DELETE CASCADE,
    public_key BLOB NOT NULL,
    fingerprint TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX exchange_keys_party ON exchange_keys(plan_id, party, IFNULL(unit_id, 0));
CREATE INDEX exchange_keys_fingerprint ON exchange_keys(fingerprint);

CREATE TABLE exchange_key_changes (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    party TEXT NOT NULL CHECK (party IN ('office', 'unit')),
    unit_id INTEGER REFERENCES units(id) ON DELETE CASCADE,
    old_fingerprint TEXT NOT NULL,
    new_public_key BLOB NOT NULL,
    new_fingerprint TEXT NOT NULL,
    package_sha256 TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '',
    seen_at TEXT NOT NULL,
    decision TEXT CHECK (decision IN ('accepted', 'rejected')),
    decided_at TEXT,
    decided_by TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_id, party, unit_id, new_fingerprint)
);

CREATE TABLE exchange_packages (
    sha256 TEXT PRIMARY KEY,
    package_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('plan', 'submission', 'receipt')),
    plan_uid TEXT NOT NULL,
    sender TEXT NOT NULL DEFAULT '',
    sender_fingerprint TEXT NOT NULL,
    created_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    summary TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX exchange_packages_id ON exchange_packages(package_id);

CREATE TABLE exchange_revisions (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    revision INTEGER NOT NULL,
    content_sha256 TEXT NOT NULL,
    payload TEXT NOT NULL,
    package_sha256 TEXT NOT NULL,
    received_at TEXT NOT NULL,
    status TEXT NOT NULL
        CHECK (status IN ('current', 'superseded', 'older', 'conflict', 'kept_current')),
    resolved_at TEXT,
    resolved_by TEXT NOT NULL DEFAULT '',
    UNIQUE (unit_id, month, revision, content_sha256)
);
-- partial: only open conflicts are looked up by status; a full index on status would
-- tempt the planner away from (unit_id, month) and scan every current revision
CREATE INDEX exchange_revisions_conflicts ON exchange_revisions(unit_id, month) WHERE status = 'conflict';

CREATE TABLE exchange_receipts (
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('received', 'accepted', 'returned')),
    reason TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    decided_at TEXT,
    decided_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (unit_id, month)
);

-- merging replaces a month's attachments by entry, and the office reads every revision of an
-- entry: without these each package would scan both tables (named exchange_* to stay clear
-- of any index the store adds later)
CREATE INDEX exchange_attachments_entry ON attachments(entry_id);
CREATE INDEX exchange_entry_history_entry ON entry_history(entry_id);
"""

_V4_EXPORTS = """
-- at the unit: the last time each month went out in a submission package, and at which
-- revision, so the month says 未发送 until the version on screen has been exported
CREATE TABLE exchange_exports (
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    revision INTEGER NOT NULL,
    exported_at TEXT NOT NULL,
    package_sha256 TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (unit_id, month)
);
"""

# the period's 做法 written by a unit (unit_id) or the office (unit_id 0) for a half-year
# (period '2024-H1') or a year ('2024'); and a drafted report's edits, kept until discarded
_V5_PERIOD_NOTES = """
CREATE TABLE period_practices (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL DEFAULT 0,
    period TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (plan_id, unit_id, period)
);

CREATE TABLE draft_edits (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (plan_id, kind, year, unit)
);
"""

# Corrections that stay (issue 10): a task's short name; which fields a person corrected, with
# the document's value at that time, so a revised plan never silently reverts them; and every
# change to a task's fields (by a person, or by a revised document) in its history.
_V6_TASK_EDITS = """
ALTER TABLE tasks ADD COLUMN short_name TEXT NOT NULL DEFAULT '';

CREATE TABLE task_corrections (
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    document_value TEXT NOT NULL,
    corrected_at TEXT NOT NULL,
    PRIMARY KEY (task_id, field)
);

CREATE TABLE task_edits (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('review', 'edit', 'document')),
    actor TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE INDEX task_edits_task ON task_edits(task_id);
"""

# Corrections that stay, for the plan's own fields (title, 文号, issuer, date, phases) as for a
# task's: the person's value and the document's at the time, keyed plan.<field>.
_V7_PLAN_CORRECTIONS = """
CREATE TABLE plan_corrections (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    document_value TEXT NOT NULL,
    corrected_at TEXT NOT NULL,
    PRIMARY KEY (plan_id, field)
);
"""

# the people a task table names for each task (责任领导: 张明; ux59 finding 4), a JSON list: never units, so not in
# task_units
_V8_TASK_LEADERS = """
ALTER TABLE tasks ADD COLUMN leaders TEXT NOT NULL DEFAULT '[]';
"""

# the day a revision brought a task into the plan (NULL: it came with the plan's first import); a unit owes
# reports for it from then on, not for the months before (ux62 finding 5)
_V9_TASK_ADDED = """
ALTER TABLE tasks ADD COLUMN added_at TEXT;
"""

# a re-read's change (the very document stored, read again by a newer version of the program: ``Reimport.reread``,
# m67a) is a history source of its own, 'reading'. Round 67 stored those rows as 'document' (the CHECK above allows
# only review, edit and document) and listed their ids in the setting 'reread_edits' — a second record that a
# restore, a merge or a deleted row leaves stale. SQLite cannot ALTER a CHECK: the table is built again beside the
# old one, every row copied with its id, the listed rows (those still 'document') turned to 'reading', the old table
# dropped and the new one renamed (no table references task_edits; its index made again); then the setting goes. A
# setting that is no JSON list of ids (not written by Luoshi) names no row. A history row whose task is gone (only a
# file edited by another tool has one: Luoshi keeps foreign keys on, and no view shows such a row) is left behind —
# copied, it would fail the foreign key and no open of the workspace could ever upgrade it (review rv68c).
_V10_READING_SOURCE = """
CREATE TABLE task_edits_v10 (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('review', 'edit', 'document', 'reading')),
    actor TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
INSERT INTO task_edits_v10(id, task_id, field, old_value, new_value, source, actor, at)
    SELECT e.id, e.task_id, e.field, e.old_value, e.new_value,
           CASE WHEN e.source = 'document' AND e.id IN (
                    SELECT CAST(listed.value AS INTEGER)
                    FROM settings s,
                         json_each(CASE WHEN json_valid(s.value)
                                        THEN CASE WHEN json_type(s.value) = 'array' THEN s.value ELSE '[]' END
                                        ELSE '[]' END) AS listed
                    WHERE s.key = 'reread_edits')
                THEN 'reading' ELSE e.source END,
           e.actor, e.at
    FROM task_edits e
    WHERE e.task_id IN (SELECT id FROM tasks);
DROP TABLE task_edits;
ALTER TABLE task_edits_v10 RENAME TO task_edits;
CREATE INDEX task_edits_task ON task_edits(task_id);
DELETE FROM settings WHERE key = 'reread_edits';
"""

# m69a: whether a conflict closed ``kept_current`` kept a package's version ('package') or the version the office
# entered for the unit itself ('office': no package tells the unit, the office must — the 须告知 lines), recorded once
# when the office decides (``merge.resolve_conflict``: 'package' when the month had a receipt row then) instead of
# guessed again from the receipts each time they are listed; when the office told the unit (``told_at``,
# ``told_by``: the line leaves the list, the row stays in history); and when a later revision of the unit's was taken
# for the month (``settled_at``, set by ``merge`` as it takes it: the unit's own version stands, nothing to tell).
# ``receipts.office_kept`` reads only these columns. Rows decided before this step are filled as the decision would
# have recorded them: 'package' when a package revision of the unit and month was held before the row was decided
# (received normally before it, or adopted from a conflict earlier — the revision 0 row the office's own version
# becomes has no package), else 'office'; an 'office' row whose month has a receipt row now was settled by the later
# revision that made it (at that receipt's time) — so an old workspace lists the same months after the step.
_V11_KEPT_FROM_AND_TOLD = """
ALTER TABLE exchange_revisions ADD COLUMN kept_from TEXT CHECK (kept_from IN ('package', 'office'));
ALTER TABLE exchange_revisions ADD COLUMN told_at TEXT;
ALTER TABLE exchange_revisions ADD COLUMN told_by TEXT NOT NULL DEFAULT '';
ALTER TABLE exchange_revisions ADD COLUMN settled_at TEXT;
UPDATE exchange_revisions
    SET kept_from = CASE WHEN EXISTS (
            SELECT 1 FROM exchange_revisions p
            WHERE p.unit_id = exchange_revisions.unit_id AND p.month = exchange_revisions.month
              AND p.id <> exchange_revisions.id AND p.package_sha256 <> ''
              AND p.status IN ('current', 'superseded')
              AND CASE WHEN p.resolved_at IS NULL                -- received as the current revision
                       THEN p.id < exchange_revisions.id OR p.received_at <= exchange_revisions.resolved_at
                       ELSE p.resolved_at <= exchange_revisions.resolved_at END)  -- adopted from a conflict
                         THEN 'package' ELSE 'office' END
    WHERE status = 'kept_current';
UPDATE exchange_revisions
    SET settled_at = (SELECT r.received_at FROM exchange_receipts r
                      WHERE r.unit_id = exchange_revisions.unit_id AND r.month = exchange_revisions.month)
    WHERE status = 'kept_current' AND kept_from = 'office';
"""

MIGRATIONS: list[Migration] = [
    Migration("create_base_tables", _V1_BASE),
    Migration("add_trigram_search", _V2_SEARCH),
    Migration("add_exchange_tables", _V3_EXCHANGE),
    Migration("add_month_exports", _V4_EXPORTS),
    Migration("add_period_practices_and_draft_edits", _V5_PERIOD_NOTES),
    Migration("add_task_corrections", _V6_TASK_EDITS),
    Migration("add_plan_corrections", _V7_PLAN_CORRECTIONS),
    Migration("add_task_leaders", _V8_TASK_LEADERS),
    Migration("add_task_added_at", _V9_TASK_ADDED),
    Migration("add_reading_history_source", _V10_READING_SOURCE),
    Migration("add_kept_from_and_told_at", _V11_KEPT_FROM_AND_TOLD),
]

SCHEMA_VERSION = len(MIGRATIONS)
