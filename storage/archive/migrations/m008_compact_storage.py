"""Migration 8: compact storage — packed original bytes and blocks, no body column, no text copy in the index."""
from __future__ import annotations

import logging

from sqlite_utils import Database

from ..codec import blocks_from_json, pack_blocks, pack_raw, word_count
from ..search_index import create_index, drop_index, rebuild
from ...records import Block

log = logging.getLogger(__name__)

BATCH = 500


def upgrade(db: Database) -> None:
    """Pack every article's raw bytes and blocks (codec), count its words, drop the body column, and
    replace the full-text index by one over a view of the articles (no second copy of the text).
    Safe to run on a file that already has the compact layout (it then only re-creates the index)."""
    conn = db.conn
    columns = {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
    drop_index(conn)  # before the rows change: the old index's triggers (if any) must not fire
    if "body" in columns:
        if "words" not in columns:
            conn.execute("ALTER TABLE articles ADD COLUMN words INTEGER NOT NULL DEFAULT 0")
        _pack_rows(conn)
        _pack_documents(conn)
        conn.execute("ALTER TABLE articles DROP COLUMN body")
    create_index(conn)
    rebuild(conn)


def _pack_rows(conn, blocks_column: str = "blocks") -> None:
    """Rewrite raw and blocks packed (into `blocks_column`), a batch of rows at a time (keyset paging on id)."""
    last = 0
    while True:
        rows = conn.execute("SELECT id, raw, blocks, body FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                            (last, BATCH)).fetchall()
        if not rows:
            return
        conn.executemany(f"UPDATE articles SET raw = ?, {blocks_column} = ?, words = ? WHERE id = ?",
                         [_packed(*row) for row in rows])
        last = rows[-1][0]


def _pack_documents(conn) -> None:
    """Pack the source documents' original bytes."""
    for (doc_id,) in conn.execute("SELECT id FROM source_documents WHERE raw IS NOT NULL").fetchall():
        raw = conn.execute("SELECT raw FROM source_documents WHERE id = ?", (doc_id,)).fetchone()[0]
        conn.execute("UPDATE source_documents SET raw = ? WHERE id = ?", (pack_raw(bytes(raw)), doc_id))


def postgres(conn) -> None:
    """The same layout on PostgreSQL: raw and blocks packed (bytea, blocks a new column: the old one
    is text), a stored word count, no body column. Its text index (a tsvector per article, written by
    the archive) stays as it is: it was computed from the body the blocks now give."""
    conn.execute("ALTER TABLE articles ADD COLUMN words BIGINT NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE articles ADD COLUMN packed_blocks BYTEA")
    _pack_rows(conn, "packed_blocks")
    _pack_documents(conn)
    conn.execute("ALTER TABLE articles DROP COLUMN blocks")
    conn.execute("ALTER TABLE articles DROP COLUMN body")
    conn.execute("ALTER TABLE articles RENAME COLUMN packed_blocks TO blocks")
    conn.execute("ALTER TABLE articles ALTER COLUMN blocks SET NOT NULL")


def _packed(article_id: int, raw: bytes | None, blocks: str | None, body: str | None) -> tuple:
    original = bytes(raw or b"")
    try:
        packed = pack_blocks(blocks_from_json(blocks or "[]"), original)
    except (ValueError, TypeError, KeyError) as error:  # unreadable JSON: its body survives as blocks
        log.warning("article %d: blocks unreadable (%s); kept its body as blocks", article_id, error)
        packed = pack_blocks([Block(line) for line in (body or "").split("\n")], original)
    return pack_raw(original), packed, word_count(body or ""), article_id
