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

MIGRATIONS: list[Migration] = [
    Migration("create_base_tables", _V1_BASE),
    Migration("add_trigram_search", _V2_SEARCH),
]

SCHEMA_VERSION = len(MIGRATIONS)
