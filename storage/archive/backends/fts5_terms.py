"""The index's words that start with a typed prefix of three or more letters.

FTS5 answers `"pho" *` by merging the doclists of every word that starts with "pho" into one list in
memory before it yields the first row (its prefix index covers one and two letters only:
search_index). An OR of those words is walked lazily in rowid order instead, so a window's first page
of a query typed halfway stops at its LIMIT. The words come from the index itself (an fts5vocab table on
the connection's temp schema, read by a range on the term), so the matches are exactly the prefix's.
"""
from __future__ import annotations

import logging
import sqlite3

log = logging.getLogger(__name__)

MIN_PREFIX = 3  # shorter prefixes have their own prefix index
MAX_WORDS = 40  # beyond this an OR costs more than the merge: the prefix stays a prefix
_VOCAB = "temp.tulieu_index_words"
_LAST_CHARACTER = "\U0010ffff"  # sorts after every continuation of the prefix (binary UTF-8 order)


def words_starting(conn: sqlite3.Connection, prefix: str) -> list[str] | None:
    """The index's words that start with `prefix` (possibly none), or None when the prefix should be
    matched as a prefix: too short, too many words, or no vocabulary table on this connection."""
    if len(prefix) < MIN_PREFIX:
        return None
    try:
        conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCAB} USING fts5vocab(main, articles_fts, row)")
        rows = conn.execute(f"SELECT term FROM {_VOCAB} WHERE term >= ? AND term < ? LIMIT {MAX_WORDS + 1}",
                            (prefix, prefix + _LAST_CHARACTER)).fetchall()
    except sqlite3.Error as error:  # a query-only connection cannot make the temp table: the merge will do
        log.debug("no index vocabulary for prefix %r: %s", prefix, error)
        return None
    return None if len(rows) > MAX_WORDS else [r[0] for r in rows]
