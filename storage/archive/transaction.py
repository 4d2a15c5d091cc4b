"""Write transactions that take SQLite's write lock up front, so the busy timeout applies."""
from __future__ import annotations

import secrets
import sqlite3
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT (a savepoint when nested); rolled back on any exception.

    A deferred transaction that reads first and writes later cannot wait for the write lock (SQLite
    answers "database is locked" at once when the snapshot is stale); IMMEDIATE waits up to the busy timeout.
    """
    if conn.in_transaction:
        name = f"tulieu_{secrets.token_hex(8)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.rollback()
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        conn.rollback()
        raise
