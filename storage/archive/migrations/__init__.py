"""The archive schema, defined only by numbered migrations on PRAGMA user_version.

Each step is a module `mNNN_name.py` in this package with an `upgrade(db)` function; the number in
its name is the user_version it produces, so a new step is a new file and the ladder has no gaps.
"""
from __future__ import annotations

import importlib
import logging
import pkgutil
from typing import Callable

from sqlite_utils import Database

from ..transaction import immediate

log = logging.getLogger(__name__)

# PRAGMA application_id marks the file as a Tư Liệu archive ("TuLi").
APPLICATION_ID = 0x54754C69


def _discover() -> list[Callable[[Database], None]]:
    """The upgrade functions in version order; a gap or a duplicate number is a programming error."""
    names = sorted(info.name for info in pkgutil.iter_modules(__path__) if info.name[:1] == "m")
    numbers = [int(name[1:4]) for name in names]
    if numbers != list(range(1, len(names) + 1)):
        raise RuntimeError(f"migration numbers must run 1..n without gaps: {names}")
    return [importlib.import_module(f"{__name__}.{name}").upgrade for name in names]


MIGRATIONS: list[Callable[[Database], None]] = _discover()
LATEST = len(MIGRATIONS)


def user_version(db: Database) -> int:
    """The schema version stored in the file."""
    return int(db.conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database) -> int:
    """Run every pending migration, each in one transaction; returns the new version."""
    version = user_version(db)
    for number in range(version + 1, LATEST + 1):
        with immediate(db.conn):
            MIGRATIONS[number - 1](db)
            db.conn.execute(f"PRAGMA user_version = {number}")
            if number == 1:
                db.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        log.info("archive schema migrated to version %d", number)
    return max(version, LATEST)
