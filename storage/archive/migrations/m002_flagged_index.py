"""Migration 2: a partial index for the review queue."""
from __future__ import annotations

from sqlite_utils import Database


def upgrade(db: Database) -> None:
    """The review queue reads only flagged articles: a partial index instead of a full one."""
    db.execute("DROP INDEX IF EXISTS idx_articles_review")
    db.execute("CREATE INDEX idx_articles_flagged ON articles(published) WHERE needs_review != '[]'")


def postgres(conn) -> None:
    """The same partial index on PostgreSQL."""
    conn.execute("DROP INDEX IF EXISTS idx_articles_review")
    conn.execute("CREATE INDEX idx_articles_flagged ON articles(published) WHERE needs_review != '[]'")
