"""Migration 5: saved searches (a name, a query and facet filters) kept in the archive."""
from __future__ import annotations

from sqlite_utils import Database


def upgrade(db: Database) -> None:
    """One row per saved search; filters are the Filters fields as JSON (without the query)."""
    db.execute("CREATE TABLE IF NOT EXISTS saved_searches (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
               "query TEXT NOT NULL DEFAULT '', filters TEXT NOT NULL DEFAULT '{}', "
               "position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)")


def postgres(conn) -> None:
    """The same table on PostgreSQL."""
    conn.execute("CREATE TABLE IF NOT EXISTS saved_searches (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, "
                 "query TEXT NOT NULL DEFAULT '', filters TEXT NOT NULL DEFAULT '{}', "
                 "position INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)")
