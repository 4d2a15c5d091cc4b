"""Where an archive lives: an SQLite file (the default) or a PostgreSQL database (a shared archive).

The mixins talk to one connection API, the subset of `sqlite3.Connection` they always used:
`execute(sql, params)` → cursor (`fetchone`, `fetchall`, iteration, `rowcount`, `lastrowid`,
`description`), `executemany`, `in_transaction`, `commit`, `rollback`, `close`; plus `dialect`
("sqlite" or "postgresql") and `sql`, the dialect object holding the few statements that differ
(full-text index and matching, JSON lists, first-per-group). SQL is written once, in a portable subset
with `?` placeholders; the PostgreSQL connection translates it (cached). Both backends raise the
DB-API error classes re-exported here, so one set of `except` clauses serves both.
"""
from __future__ import annotations

from sqlite3 import DatabaseError, Error, IntegrityError, OperationalError, ProgrammingError

__all__ = ["DatabaseError", "Error", "IntegrityError", "OperationalError", "ProgrammingError", "is_url",
           "dialect_of"]

URL_SCHEMES = ("postgresql://", "postgres://")


def is_url(location: object) -> bool:
    """True when `location` names a PostgreSQL database rather than an SQLite file."""
    return isinstance(location, str) and location.strip().lower().startswith(URL_SCHEMES)


def dialect_of(conn: object):
    """The dialect object of a connection (a plain sqlite3 connection is SQLite)."""
    sql = getattr(conn, "sql", None)
    if sql is not None:
        return sql
    from .sqlite import SQLITE

    return SQLITE

