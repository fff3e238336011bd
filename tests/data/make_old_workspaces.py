"""Make the workspace files of earlier schema versions that the migration test upgrades.

Run once when a release adds a migration step: it writes ``workspace_vN.sqlite`` for every
version N below the current one that has no file yet, using only the first N steps, with a
little data in the tables those steps made. Committed files are never regenerated: they
stand for workspaces users really have.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from desktop.store.schema import MIGRATIONS, SCHEMA_VERSION  # noqa: E402

DATA = """
INSERT INTO plans(id, title, doc_number, issuer, date, imported_at, updated_at)
    VALUES (1, '旧版工作方案', '旧政办〔2023〕9号', '某市人民政府办公厅', '2023-03-01',
            '2023-03-02T10:00:00', '2023-03-02T10:00:00');
INSERT INTO units(id, plan_id, name, position) VALUES (1, 1, '市民政局', 0), (2, 1, '市卫健委', 1);
INSERT INTO unit_aliases(unit_id, alias) VALUES (2, '市卫生健康委');
INSERT INTO tasks(id, plan_id, key, path, number, title, text, position)
    VALUES (1, 1, '二.一.1', '["二","一"]', '1', '推进老年食堂建设', '推进老年食堂建设。新建老年食堂100个。', 0);
INSERT INTO task_units(task_id, unit_id, role, position) VALUES (1, 1, 'lead', 0), (1, 2, 'responsible', 0);
INSERT INTO targets(id, plan_id, task_id, position, text, subject, value, unit, comparator)
    VALUES (1, 1, 1, 0, '新建老年食堂100个', '老年食堂', 100, '个', NULL);
INSERT INTO monthly_entries(id, task_id, unit_id, month, status, progress, state, submitted_at, updated_at)
    VALUES (1, 1, 1, '2023-05', 'in_progress', '新建老年食堂12个，正在选址8个', 'submitted',
            '2023-06-03T09:00:00', '2023-06-03T09:00:00');
INSERT INTO entry_values(entry_id, target_id, value) VALUES (1, 1, 12);
INSERT INTO liaisons(unit_id, name, phone, updated_at) VALUES (1, '王晓丽', '027-85726301', '2023-03-05T09:00:00');
INSERT INTO info_articles(plan_id, unit_id, month, title, body, updated_at)
    VALUES (1, 1, '2023-05', '市民政局加快推进老年食堂建设', '5月以来……', '2023-05-28T09:00:00');
"""

# data in tables later steps made, for the files of the versions that have them (only files made after a step's
# data was added here have it: a committed file is never regenerated). version → the first version it goes in.
LATER_DATA = {
    # the task's history (step 6): a review's correction, a revised document's change, a re-read's (round 67)
    6: """
INSERT INTO task_edits(id, task_id, field, old_value, new_value, source, actor, at) VALUES
    (1, 1, 'title', '"推进老年食堂"', '"推进老年食堂建设"', 'review', '王晓丽', '2023-03-02T10:00:00'),
    (2, 1, 'deadline', 'null', '"2023-12-31"', 'document', '王晓丽', '2023-04-01T09:00:00'),
    (3, 1, 'deadline', '"2023-12-31"', '"2023-11-30"', 'document', '王晓丽', '2023-05-01T09:00:00');
""",
    # round 67 named a re-read's history rows (stored as 'document') in a setting, until step 10 gave them a source
    # of their own; id 9 a row since gone
    9: """
INSERT INTO settings(key, value) VALUES ('reread_edits', '[3, 9]');
""",
    # conflicts the office closed keeping the current version, until step 11 recorded which it kept: 市民政局's May
    # its accepted package's (a receipt row), 市卫健委's June the version the office entered itself (no receipt row:
    # the office must still tell the unit — a 须告知 line); 市卫健委's July kept the office's version over revision 1
    # (no receipt row THEN), then revision 2 adopted from a later conflict (a receipt row now; the office's own
    # version kept as revision 0): it kept the office's, and the later revision settled it (rv69b)
    10: """
INSERT INTO exchange_revisions(id, plan_id, unit_id, month, revision, content_sha256, payload, package_sha256,
                               received_at, status, resolved_at, resolved_by) VALUES
    (1, 1, 1, '2023-05', 1, 'a1', '{}', 'p1', '2023-06-03T10:00:00', 'current', NULL, ''),
    (2, 1, 1, '2023-05', 2, 'a2', '{}', 'p2', '2023-06-10T10:00:00', 'kept_current', '2023-06-11T09:00:00', '王晓丽'),
    (3, 1, 2, '2023-06', 1, 'b1', '{}', 'p3', '2023-07-04T10:00:00', 'kept_current', '2023-07-05T09:00:00', '王晓丽'),
    (4, 1, 2, '2023-07', 1, 'c1', '{}', 'p4', '2023-08-01T10:00:00', 'kept_current', '2023-08-02T09:00:00', '王晓丽'),
    (5, 1, 2, '2023-07', 2, 'c2', '{}', 'p5', '2023-08-05T10:00:00', 'current', '2023-08-06T09:00:00', '王晓丽'),
    (6, 1, 2, '2023-07', 0, 'c0', '{}', '', '2023-08-06T09:00:00', 'superseded', NULL, '');
INSERT INTO exchange_receipts(unit_id, month, plan_id, revision, state, received_at, decided_at, decided_by) VALUES
    (1, '2023-05', 1, 1, 'accepted', '2023-06-03T10:00:00', '2023-06-04T09:00:00', '王晓丽'),
    (2, '2023-07', 1, 2, 'accepted', '2023-08-06T09:00:00.123456', '2023-08-06T09:00:00.123456', '王晓丽');
""",
}


def main() -> None:
    for version in range(1, SCHEMA_VERSION):
        path = HERE / f"workspace_v{version}.sqlite"
        if path.exists():
            continue
        conn = sqlite3.connect(path)
        for number, step in enumerate(MIGRATIONS[:version], start=1):
            conn.executescript(f"BEGIN;\n{step.sql}\nPRAGMA user_version = {number};\nCOMMIT;")
        later = "".join(sql for first, sql in sorted(LATER_DATA.items()) if first <= version)
        conn.executescript(f"BEGIN;{DATA}{later}COMMIT;")
        conn.execute("VACUUM")
        conn.close()
        print("wrote", path)


if __name__ == "__main__":
    main()
