"""Many writers on one shared (PostgreSQL) archive: row locks, one importer at a time in the
store step, and retries of transactions the server aborted to break a deadlock.

SQLite needs none of it (BEGIN IMMEDIATE: one writer at a time), so every helper is a no-op there.
PostgreSQL runs READ COMMITTED: an edit locks its article row (SELECT … FOR UPDATE) before reading
the old value, so a second editor of the same field waits, then reads the first one's value as its
"old" — the later edit wins and the history shows both, right. Imports insert shared rows (entity
names, tags) in article order; two imports could wait on each other's new names, so their store
steps take turns on an advisory lock (extraction, the slow part, still runs side by side).
"""
from __future__ import annotations

import logging
import random
import time
from typing import Callable, TypeVar

from ..errors import ArchiveError

log = logging.getLogger(__name__)

T = TypeVar("T")
IMPORT_LOCK = 0x54754C01  # pg_advisory_xact_lock key of the store step of an import
TRANSIENT = frozenset({"40001", "40P01"})  # serialization failure, deadlock detected: safe to run again
ATTEMPTS = 5


def _shared(conn) -> bool:
    return getattr(conn, "dialect", "sqlite") == "postgresql"


def lock_article(conn, article_id: int) -> None:
    """Inside a write: hold the article's row until commit (PostgreSQL; SQLite writers are serial)."""
    if _shared(conn) and conn.in_transaction:
        conn.execute("SELECT 1 FROM articles WHERE id = ? FOR UPDATE", (article_id,))


def lock_imports(conn) -> None:
    """Inside a write: the store step of an import, one at a time until commit (PostgreSQL)."""
    if _shared(conn) and conn.in_transaction:
        conn.execute("SELECT pg_advisory_xact_lock(?)", (IMPORT_LOCK,))


def transient(error: BaseException) -> bool:
    """True when the server aborted the transaction to resolve a conflict (running it again is safe)."""
    seen: BaseException | None = error
    while seen is not None:
        if getattr(seen, "sqlstate", None) in TRANSIENT:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def retrying(archive, write: Callable[[], T]) -> T:
    """Run one write transaction, again (up to ATTEMPTS, with a short random pause) when the server
    aborted it as a deadlock or serialization victim. Inside an outer transaction it runs once: the
    outer one is what must be run again."""
    if getattr(archive._conn, "in_transaction", False):
        return write()
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return write()
        except ArchiveError as error:
            if attempt == ATTEMPTS or not transient(error):
                raise
            log.info("write aborted by the server (%s); attempt %d", error, attempt + 1)
            time.sleep(random.uniform(0.01, 0.05) * attempt)
    raise AssertionError("unreachable")
