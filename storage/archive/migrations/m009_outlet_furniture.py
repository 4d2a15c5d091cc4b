"""Migration 9: per-outlet line counts, from which an import learns each outlet's page furniture."""
from __future__ import annotations

from sqlite_utils import Database


def upgrade(db: Database) -> None:
    """How many pages of each outlet were seen, and on how many of them each short line stood (as a
    64-bit hash of its comparison key, never its text); filled from the archive's latest pages of each
    outlet. Safe to run again (IF NOT EXISTS; the fill runs only on empty tables)."""
    from ..furniture import backfill  # the fill is the archive's own code (hashing as at import)

    db.execute("CREATE TABLE IF NOT EXISTS outlet_pages (id INTEGER PRIMARY KEY, outlet TEXT NOT NULL UNIQUE, "
               "pages INTEGER NOT NULL DEFAULT 0)")
    db.execute("CREATE TABLE IF NOT EXISTS outlet_lines (outlet_id INTEGER NOT NULL, line INTEGER NOT NULL, "
               "pages INTEGER NOT NULL, PRIMARY KEY (outlet_id, line)) WITHOUT ROWID")
    if not db.execute("SELECT EXISTS (SELECT 1 FROM outlet_pages)").fetchone()[0]:
        backfill(db.conn)


def postgres(conn) -> None:
    """The same tables on PostgreSQL, filled the same way (through the codec)."""
    from ..furniture import backfill

    conn.execute('CREATE TABLE IF NOT EXISTS outlet_pages (id BIGSERIAL PRIMARY KEY, outlet TEXT COLLATE "C" NOT NULL '
                 "UNIQUE, pages BIGINT NOT NULL DEFAULT 0)")
    conn.execute("CREATE TABLE IF NOT EXISTS outlet_lines (outlet_id BIGINT NOT NULL, line BIGINT NOT NULL, "
                 "pages BIGINT NOT NULL, PRIMARY KEY (outlet_id, line))")
    if not conn.execute("SELECT EXISTS (SELECT 1 FROM outlet_pages)").fetchone()[0]:
        backfill(conn)
