"""The archive schema, defined only by numbered migrations: PRAGMA user_version on SQLite, the
`schema_version` row on PostgreSQL.

Each step is a module `mNNN_name.py` in this package with an `upgrade(db)` function (SQLite, through
sqlite-utils) and a `postgres(conn)` function (the same step in PostgreSQL's DDL); the number in its
name is the version it produces, so a new step is a new file and the ladder has no gaps. Each step
runs in one transaction on both backends.
"""
from __future__ import annotations

import importlib
import logging
import pkgutil
from types import ModuleType
from typing import Callable

from sqlite_utils import Database

from ..transaction import immediate

log = logging.getLogger(__name__)

# PRAGMA application_id marks the file as a Tư Liệu archive ("TuLi").
APPLICATION_ID = 0x54754C69


def _discover() -> list[ModuleType]:
    """The step modules in version order; a gap or a duplicate number is a programming error."""
    names = sorted(info.name for info in pkgutil.iter_modules(__path__) if info.name[:1] == "m")
    numbers = [int(name[1:4]) for name in names]
    if numbers != list(range(1, len(names) + 1)):
        raise RuntimeError(f"migration numbers must run 1..n without gaps: {names}")
    return [importlib.import_module(f"{__name__}.{name}") for name in names]


_STEPS = _discover()
MIGRATIONS: list[Callable[[Database], None]] = [step.upgrade for step in _STEPS]
POSTGRES: list[Callable[[object], None]] = [step.postgres for step in _STEPS]
LATEST = len(MIGRATIONS)


def _postgres(db: object) -> bool:
    return getattr(getattr(db, "conn", db), "dialect", "sqlite") == "postgresql"


def user_version(db: object) -> int:
    """The schema version stored in the archive (a sqlite-utils Database or a backend connection)."""
    conn = getattr(db, "conn", db)
    if _postgres(conn):
        row = conn.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()  # type: ignore[attr-defined]
        if not row[0]:
            return 0
        row = conn.execute("SELECT max(version) FROM schema_version").fetchone()  # type: ignore[attr-defined]
        return int(row[0] or 0)
    return int(conn.execute("PRAGMA user_version").fetchone()[0])  # type: ignore[attr-defined]


def migrate(db: object) -> int:
    """Run every pending migration, each in one transaction; returns the new version."""
    if _postgres(db):
        return _migrate_postgres(getattr(db, "conn", db))
    version = user_version(db)
    for number in range(version + 1, LATEST + 1):
        with immediate(db.conn):  # type: ignore[attr-defined]
            MIGRATIONS[number - 1](db)  # type: ignore[arg-type]
            db.conn.execute(f"PRAGMA user_version = {number}")  # type: ignore[attr-defined]
            if number == 1:
                db.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # type: ignore[attr-defined]
        log.info("archive schema migrated to version %d", number)
    if 0 < version < LATEST:
        reclaim_free_pages(db.conn)  # type: ignore[attr-defined]
    return max(version, LATEST)


def reclaim_free_pages(conn, share: float = 0.25) -> bool:
    """VACUUM when more than `share` of the file is free pages, as after an upgrade that rewrote the
    articles (version 8 packs them to less than half): otherwise the file keeps its old size for good.
    VACUUM cannot run inside a transaction, so it follows the committed steps; it is atomic, and a
    failure (a full disk needs room for a second copy) only leaves the free pages. True when done."""
    pages, free = (conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("page_count", "freelist_count"))
    if not pages or free <= pages * share:
        return False
    try:
        conn.execute("VACUUM")
    except Exception as exc:  # sqlite3.Error: the archive is whole, only larger than it needs to be
        log.warning("archive not compacted after the upgrade (%s): %d of %d pages stay free", exc, free, pages)
        return False
    log.info("archive compacted after the upgrade: %d free pages of %d returned", free, pages)
    return True


def _migrate_postgres(conn) -> int:
    """The same ladder on PostgreSQL; an advisory lock makes two clients opening a new database at
    once take turns (the second finds the step done)."""
    version = user_version(conn)
    for number in range(version + 1, LATEST + 1):
        with immediate(conn):
            conn.execute("SELECT pg_advisory_xact_lock(?)", (APPLICATION_ID,))
            if user_version(conn) >= number:
                continue
            POSTGRES[number - 1](conn)
            if number == 1:
                conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, "
                             "application TEXT NOT NULL DEFAULT 'tulieu')")
                conn.execute("INSERT INTO schema_version(version) VALUES (?)", (number,))
            else:
                conn.execute("UPDATE schema_version SET version = ?", (number,))
        log.info("archive schema migrated to version %d", number)
    return max(version, LATEST)
