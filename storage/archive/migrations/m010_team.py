"""Migration 10: a shared archive's team features — who made each edit, and change notices.

Both backends get `edit_history.db_user`; SQLite leaves it empty (one user, the file's owner). On
PostgreSQL it defaults to `current_user`, so the server, not the client, says who wrote the row, and
triggers send a NOTIFY on channel `tulieu` for every committed change of the articles (NOTIFY is
transactional: a rolled-back write announces nothing). See storage.archive.notify for the payload.
"""
from __future__ import annotations

from sqlite_utils import Database

CHANNEL = "tulieu"


def upgrade(db: Database) -> None:
    """The history's user column (empty on SQLite)."""
    if "db_user" not in db["edit_history"].columns_dict:
        db.execute("ALTER TABLE edit_history ADD COLUMN db_user TEXT")


# One notice per statement (transition tables), not per row: an import of a thousand articles in one
# statement is one payload. Payload: kind, article ids (at most 500; "more": true beyond), user, pid.
_NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION tulieu_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids bigint[];
    kind text := TG_ARGV[0];
BEGIN
    IF TG_TABLE_NAME = 'edit_history' THEN
        SELECT array_agg(DISTINCT article_id) INTO ids FROM changed WHERE article_id IS NOT NULL;
        IF ids IS NULL THEN kind := 'entities'; END IF;
    ELSE
        SELECT array_agg(DISTINCT id) INTO ids FROM changed;
    END IF;
    IF ids IS NULL AND kind <> 'entities' THEN
        RETURN NULL;
    END IF;
    PERFORM pg_notify('""" + CHANNEL + """', json_build_object(
        'kind', kind, 'ids', COALESCE(ids[1:500], '{}'), 'more', COALESCE(cardinality(ids), 0) > 500,
        'user', current_user, 'pid', pg_backend_pid())::text);
    RETURN NULL;
END $$
"""
_TRIGGERS = [
    ("articles", "INSERT", "NEW", "added"),
    ("articles", "DELETE", "OLD", "deleted"),
    ("edit_history", "INSERT", "NEW", "edited"),
]


def postgres(conn) -> None:
    """The history's user column (the server's current_user) and the change-notice triggers."""
    conn.execute("ALTER TABLE edit_history ADD COLUMN db_user TEXT DEFAULT current_user")
    conn.execute(_NOTIFY_FUNCTION)
    for table, event, rows, kind in _TRIGGERS:
        conn.execute(f"CREATE TRIGGER tulieu_{table}_{event.lower()} AFTER {event} ON {table} "
                     f"REFERENCING {rows} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION tulieu_notify('{kind}')")
