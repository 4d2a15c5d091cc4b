"""Migration 7: story groups — versions of one article republished by several outlets."""
from __future__ import annotations

from sqlite_utils import Database


def upgrade(db: Database) -> None:
    """Stories, their members with the relation to the original, LSH band keys, and a 'pending' mark
    telling the app to group the articles already archived (a task with progress, not this step).
    Safe to run again on a file that has them (IF NOT EXISTS throughout)."""
    db.execute("CREATE TABLE IF NOT EXISTS stories (id INTEGER PRIMARY KEY, original_id INTEGER, reason TEXT NOT NULL "
               "DEFAULT '', created_at TEXT NOT NULL)")
    # No foreign key to articles: deleting an article must not fail; the trigger below tidies up.
    db.execute("CREATE TABLE IF NOT EXISTS story_members (article_id INTEGER PRIMARY KEY, story_id INTEGER NOT NULL "
               "REFERENCES stories(id), relation TEXT NOT NULL, score REAL NOT NULL DEFAULT 0)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_story_members_story ON story_members(story_id)")
    # One b-tree keyed by (band, article): a new article writes 32 rows into one index, not three.
    db.execute("CREATE TABLE IF NOT EXISTS story_bands (band INTEGER NOT NULL, article_id INTEGER NOT NULL, "
               "PRIMARY KEY (band, article_id)) WITHOUT ROWID")
    # Each body's sketch (BINS signed 64-bit values), shingle count and band keys (JSON, so that the
    # delete trigger finds its band rows without an index on article_id).
    db.execute("CREATE TABLE IF NOT EXISTS story_sketches (article_id INTEGER PRIMARY KEY, sketch BLOB NOT NULL, "
               "size INTEGER NOT NULL, bands TEXT NOT NULL DEFAULT '[]')")
    db.execute("CREATE TABLE IF NOT EXISTS story_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("CREATE TRIGGER IF NOT EXISTS story_article_deleted AFTER DELETE ON articles BEGIN "
               "DELETE FROM story_bands WHERE article_id = old.id AND band IN (SELECT value FROM json_each("
               "(SELECT bands FROM story_sketches WHERE article_id = old.id))); "
               "DELETE FROM story_sketches WHERE article_id = old.id; "
               "DELETE FROM story_members WHERE article_id = old.id; "
               "UPDATE stories SET original_id = NULL WHERE original_id = old.id; END")
    if db.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]:
        db.execute("INSERT OR IGNORE INTO story_state(key, value) VALUES ('pending', '1')")


def postgres(conn) -> None:
    """The same tables on PostgreSQL, the delete trigger in PL/pgSQL."""
    conn.execute("CREATE TABLE IF NOT EXISTS stories (id BIGSERIAL PRIMARY KEY, original_id BIGINT, "
                 "reason TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)")
    conn.execute("CREATE TABLE IF NOT EXISTS story_members (article_id BIGINT PRIMARY KEY, story_id BIGINT NOT NULL "
                 "REFERENCES stories(id), relation TEXT NOT NULL, score DOUBLE PRECISION NOT NULL DEFAULT 0)")
    conn.execute("CREATE INDEX IF NOT EXISTS idx_story_members_story ON story_members(story_id)")
    conn.execute("CREATE TABLE IF NOT EXISTS story_bands (band BIGINT NOT NULL, article_id BIGINT NOT NULL, "
                 "PRIMARY KEY (band, article_id))")
    conn.execute("CREATE TABLE IF NOT EXISTS story_sketches (article_id BIGINT PRIMARY KEY, sketch BYTEA NOT NULL, "
                 "size BIGINT NOT NULL, bands TEXT NOT NULL DEFAULT '[]')")
    conn.execute("CREATE TABLE IF NOT EXISTS story_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute(
        "CREATE OR REPLACE FUNCTION story_article_deleted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "DELETE FROM story_bands WHERE article_id = OLD.id AND band IN (SELECT CAST(value AS bigint) FROM "
        "json_array_elements_text(CAST((SELECT bands FROM story_sketches WHERE article_id = OLD.id) AS json))); "
        "DELETE FROM story_sketches WHERE article_id = OLD.id; "
        "DELETE FROM story_members WHERE article_id = OLD.id; "
        "UPDATE stories SET original_id = NULL WHERE original_id = OLD.id; RETURN OLD; END $$")
    conn.execute("CREATE TRIGGER story_article_deleted AFTER DELETE ON articles FOR EACH ROW "
                 "EXECUTE FUNCTION story_article_deleted()")
    if conn.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]:
        conn.execute("INSERT OR IGNORE INTO story_state(key, value) VALUES ('pending', '1')")
