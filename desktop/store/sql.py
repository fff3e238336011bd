"""Small builders for the store's queries: one filter helper instead of a ``WHERE 1=1`` string
grown by hand in every function that takes optional filters."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:                    # importing sqlite-utils costs ~60 ms the first window need not pay
    from sqlite_utils import Database


def where(*conditions: tuple[str, Any], base: str = "") -> tuple[str, list[Any]]:
    """``(" WHERE base AND a = ? AND b <= ?", [a, b])`` for the conditions whose value is not
    None (an absent filter is no condition); ``("", [])`` when nothing is left.

    Each condition is ``(clause with one ?, value)``; ``base`` is a fixed clause with no value.
    A list or tuple value fills an ``IN (?)``: its ``?`` becomes one mark per item.
    """
    parts = [base] if base else []
    args: list[Any] = []
    for clause, value in conditions:
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            parts.append(clause.replace("?", marks(len(value)), 1))
            args.extend(value)
        else:
            parts.append(clause)
            args.append(value)
    return (" WHERE " + " AND ".join(parts) if parts else ""), args


def marks(count: int) -> str:
    """``?, ?, ?`` for an ``IN (…)`` list of ``count`` values."""
    return ", ".join("?" * count)


CHUNK = 500      # ids per IN (…) list: well under SQLite's limit on ? parameters
T = TypeVar("T")


def chunks(items: list[T], size: int = CHUNK) -> Iterator[list[T]]:
    """``items`` in runs of at most ``size``, in order (an empty list gives none)."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def rows_in(conn: sqlite3.Connection, sql: str, ids: Iterable[Any]) -> list[tuple[Any, ...]]:
    """The rows of ``sql`` for all ``ids``, however many: ``sql`` holds one ``{marks}`` where the
    ``IN (…)`` list goes, and is run once per chunk of ``CHUNK`` ids."""
    out: list[tuple[Any, ...]] = []
    for chunk in chunks(list(ids)):
        out.extend(conn.execute(sql.format(marks=marks(len(chunk))), chunk).fetchall())
    return out


def insert_id(db: Database, table: str, record: Mapping[str, Any]) -> int:
    """Insert ``record`` into ``table`` and return the new row's ``id`` (its integer key)."""
    key = db.table(table).insert(dict(record)).last_pk
    if not isinstance(key, int):
        raise TypeError(f"{table}: expected an integer key for the new row, got {key!r}")
    return key
