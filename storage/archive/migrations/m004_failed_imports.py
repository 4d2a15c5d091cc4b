"""Migration 4: failed imports are remembered so the user can fix and retry them."""
from __future__ import annotations

from sqlite_utils import Database


def upgrade(db: Database) -> None:
    """One row per file that could not be imported (latest reason and time); removed once it imports."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS failed_imports ("
        "path TEXT PRIMARY KEY, reason TEXT NOT NULL, at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 1)"
    )
    db.execute("CREATE INDEX IF NOT EXISTS idx_failed_imports_at ON failed_imports(at)")


def postgres(conn) -> None:
    """The same table on PostgreSQL."""
    conn.execute('CREATE TABLE IF NOT EXISTS failed_imports (path TEXT COLLATE "C" PRIMARY KEY, '
                 'reason TEXT NOT NULL, at TEXT COLLATE "C" NOT NULL, attempts INTEGER NOT NULL DEFAULT 1)')
    conn.execute("CREATE INDEX IF NOT EXISTS idx_failed_imports_at ON failed_imports(at)")
