"""The SQLite full-text index: an external-content FTS5 table over a view of the articles.

The index keeps no copy of the text (version 8): its six columns (each field as written and folded,
see storage.archive.search) are computed by a view from the articles row through SQL functions that
every connection registers (register_functions). Triggers keep the index in step with every insert,
update and delete of an article; 'rebuild' re-reads the view; 'integrity-check' compares them.
"""
from __future__ import annotations

import logging
import sqlite3
import weakref

from .codec import fts_values, stored_body  # noqa: F401  # fts_values: the index's row, known here by its callers
from ..folding import fold, normalize_tones

log = logging.getLogger(__name__)

FTS_COLUMNS = ("title_x", "title_f", "lead_x", "lead_f", "body_x", "body_f")
SOURCE_VIEW = "articles_fts_source"
# What an FTS row is made of; a change here needs a migration that rebuilds the index.
WATCHED = "title, lead, blocks, raw"
TRIGGERS = ("articles_fts_inserted", "articles_fts_deleting", "articles_fts_updating", "articles_fts_updated")
_COLUMN_LIST = ", ".join(FTS_COLUMNS)


def register_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions the index's view and triggers call (needed on every connection)."""
    functions = _Functions()
    conn.create_function("tulieu_tones", 1, functions.tones, deterministic=True)
    conn.create_function("tulieu_fold", 1, functions.folded, deterministic=True)
    conn.create_function("tulieu_body", 2, functions.body, deterministic=True)
    try:
        _FUNCTIONS[conn] = functions
    except TypeError:  # sqlite3's own class (a tool's connection) takes no weak reference: nothing is primed
        pass


def index_ahead(conn: sqlite3.Connection, title: str, lead: str | None, body: str, blocks: bytes, raw: bytes,
                values: tuple[str, ...]) -> None:
    """Hand the functions of this connection the index values of the row about to be inserted (fts_values of
    its title, lead and body, computed by an import worker), so that its trigger computes none of them."""
    functions = _FUNCTIONS.get(conn)
    if functions is not None:
        functions.ahead = {title or "": values[0:2], lead or "": values[2:4], body: values[4:6]}
        functions.last = (blocks, raw, body)


# The functions registered on each open connection (index_ahead primes them).
_FUNCTIONS: "weakref.WeakKeyDictionary[sqlite3.Connection, _Functions]" = weakref.WeakKeyDictionary()


class _Functions:
    """The view's functions on one connection. `ahead`: text -> (as written, folded) of the next row, given
    by index_ahead; each value depends on its text alone, so an entry left from an earlier row is still
    right. `last`: the last row's (blocks, raw, body): the view asks the body twice for each row (for the
    body as written and folded), and each call would decompress the blocks and the original bytes they are
    packed against."""

    def __init__(self) -> None:
        self.ahead: dict[str, tuple[str, ...]] = {}
        self.last: tuple[object, object, str] = (None, None, "")

    def tones(self, text: str | None) -> str:
        known = self.ahead.get(text or "")
        return known[0] if known is not None else normalize_tones(text or "")

    def folded(self, text: str | None) -> str:
        known = self.ahead.get(text or "")
        return known[1] if known is not None else fold(text or "")

    def body(self, blocks: bytes | str | None, raw: bytes | None) -> str:
        known_blocks, known_raw, text = self.last
        if blocks is None or blocks != known_blocks or raw != known_raw:
            text = stored_body(blocks, raw)
            self.last = (blocks, raw, text)
        return text


def create_index(conn: sqlite3.Connection) -> None:
    """Create the view, the FTS5 table reading it, and the triggers that keep it in step (no rows)."""
    conn.execute(
        f"CREATE VIEW {SOURCE_VIEW} AS SELECT id, tulieu_tones(title) AS title_x, tulieu_fold(title) AS title_f, "
        "tulieu_tones(lead) AS lead_x, tulieu_fold(lead) AS lead_f, tulieu_tones(body) AS body_x, "
        "tulieu_fold(body) AS body_f FROM (SELECT id, title, lead, tulieu_body(blocks, raw) AS body FROM articles)")
    conn.execute(
        f"CREATE VIRTUAL TABLE articles_fts USING fts5({_COLUMN_LIST}, "
        f"tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2', content = '{SOURCE_VIEW}', "
        "content_rowid = 'id')")
    index_row = f"INSERT INTO articles_fts(rowid, {_COLUMN_LIST}) SELECT id, {_COLUMN_LIST} FROM {SOURCE_VIEW}"
    # An external-content row is removed by giving FTS5 the values it indexed: read them from the
    # view before the row changes (BEFORE triggers), index the new values after.
    unindex_row = (f"INSERT INTO articles_fts(articles_fts, rowid, {_COLUMN_LIST}) "
                   f"SELECT 'delete', id, {_COLUMN_LIST} FROM {SOURCE_VIEW}")
    inserted, deleting, updating, updated = TRIGGERS
    conn.execute(f"CREATE TRIGGER {inserted} AFTER INSERT ON articles BEGIN {index_row} WHERE id = new.id; END")
    conn.execute(f"CREATE TRIGGER {deleting} BEFORE DELETE ON articles BEGIN {unindex_row} WHERE id = old.id; END")
    conn.execute(f"CREATE TRIGGER {updating} BEFORE UPDATE OF {WATCHED} ON articles BEGIN "
                 f"{unindex_row} WHERE id = old.id; END")
    conn.execute(f"CREATE TRIGGER {updated} AFTER UPDATE OF {WATCHED} ON articles BEGIN "
                 f"{index_row} WHERE id = new.id; END")


def drop_index(conn: sqlite3.Connection) -> None:
    """Drop the index, its view and triggers (whichever exist)."""
    for trigger in TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.execute("DROP TABLE IF EXISTS articles_fts")
    conn.execute(f"DROP VIEW IF EXISTS {SOURCE_VIEW}")


def rebuild(conn: sqlite3.Connection) -> None:
    """Re-index every article from the view (inside the caller's transaction)."""
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")


def index_differences(conn: sqlite3.Connection) -> tuple[list[int], list[int], bool]:
    """(articles missing from the index, index rows of articles that do not exist, whether the
    index's words disagree with the articles' text, which FTS5 checks but cannot locate)."""
    articles = {r[0] for r in conn.execute("SELECT id FROM articles")}
    indexed = {r[0] for r in conn.execute("SELECT id FROM articles_fts_docsize")}
    return sorted(articles - indexed), sorted(indexed - articles), _disagrees(conn)


def _disagrees(conn: sqlite3.Connection) -> bool:
    """FTS5's own check of the index against the view (a statement that writes nothing)."""
    outside = not conn.in_transaction
    try:
        conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        return False
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "").startswith("SQLITE_CORRUPT") or "malformed" in str(error):
            return True  # the index does not match the articles' text
        log.warning("search index check could not run: %s", error)  # e.g. a read-only file
        return False
    finally:
        if outside and conn.in_transaction:
            conn.rollback()
