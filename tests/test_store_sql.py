"""The store's one filter builder and its typed insert."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from desktop.store.sql import insert_id, marks, where


def test_where_keeps_only_the_filters_given():
    assert where() == ("", [])
    assert where(("a = ?", None), ("b <= ?", None)) == ("", [])
    assert where(("a = ?", 0), ("b <= ?", None), ("c = ?", "")) == (" WHERE a = ? AND c = ?", [0, ""])
    assert where(("a = ?", 1), base="s = 'x'") == (" WHERE s = 'x' AND a = ?", [1])
    assert where(base="s = 'x'") == (" WHERE s = 'x'", [])


def test_where_fills_an_in_list_from_a_list_value():
    assert where(("id IN (?)", [1, 3, 4]), ("a = ?", 2)) == (" WHERE id IN (?, ?, ?) AND a = ?", [1, 3, 4, 2])
    assert where(("id IN (?)", None)) == ("", [])
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id INTEGER)")
    conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(5)])
    filters, args = where(("id IN (?)", (0, 4)))
    assert conn.execute("SELECT id FROM t" + filters + " ORDER BY id", args).fetchall() == [(0,), (4,)]


def test_marks_fill_an_in_list():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id INTEGER)")
    conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(5)])
    ids = [1, 3, 4]
    assert marks(3) == "?, ?, ?"
    got = conn.execute(f"SELECT id FROM t WHERE id IN ({marks(len(ids))}) ORDER BY id", ids).fetchall()
    assert got == [(1,), (3,), (4,)]


def test_insert_id_returns_the_new_rows_key():
    db = Database(memory=True)
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    first = insert_id(db, "notes", {"text": "一"})
    second = insert_id(db, "notes", {"text": "二"})
    assert (first, second) == (1, 2)
    assert db.execute("SELECT text FROM notes WHERE id = ?", [second]).fetchone() == ("二",)

