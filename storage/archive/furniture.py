"""The archive's memory of each outlet's page furniture: on how many pages each short line stood.

An import looks a page's line hashes up here (lines repeated across the outlet's other pages are
furniture, `extraction.furniture`) and, once the article is stored, counts its lines in the same
write transaction. Counts are halved every DECAY_EVERY pages of an outlet, so a site's old layout
fades, lines seen once drop out, and the table stays about DECAY_EVERY pages' worth of lines per outlet.
"""
from __future__ import annotations

import json
import logging
import sqlite3

from .backends import dialect_of

log = logging.getLogger(__name__)

DECAY_EVERY = 200  # pages of one outlet between two halvings of its counts
BACKFILL_PAGES = 100  # an existing archive's latest pages per outlet counted by migration 9


def known(conn: sqlite3.Connection, outlet: str | None, hashes: list[int]) -> set[int]:
    """Those of `hashes` that are furniture of the outlet (seen on enough of its earlier pages)."""
    from ..extraction.furniture import MIN_PAGES, furniture_need  # lazy: the archive alone needs no extraction

    if not outlet or not hashes:
        return set()
    row = conn.execute("SELECT id, pages FROM outlet_pages WHERE outlet = ?", (outlet,)).fetchone()
    if row is None or row[1] < MIN_PAGES:
        return set()
    found = conn.execute("SELECT line FROM outlet_lines WHERE outlet_id = ? AND pages >= ? "
                         f"AND line IN {dialect_of(conn).json_values('?')}",
                         (row[0], furniture_need(row[1]), json.dumps(hashes)))
    return {line for (line,) in found}


def record(conn: sqlite3.Connection, outlet: str | None, hashes: list[int]) -> None:
    """Count one more page of the outlet holding these lines (inside the caller's write transaction)."""
    if not outlet:
        return
    outlet_id, pages = conn.execute(
        "INSERT INTO outlet_pages(outlet, pages) VALUES (?, 1) ON CONFLICT(outlet) DO UPDATE SET pages = outlet_pages.pages + 1 "
        "RETURNING id, pages", (outlet,)).fetchone()
    conn.executemany("INSERT INTO outlet_lines(outlet_id, line, pages) VALUES (?, ?, 1) "
                     "ON CONFLICT(outlet_id, line) DO UPDATE SET pages = outlet_lines.pages + 1",
                     [(outlet_id, line) for line in hashes])
    if pages % DECAY_EVERY == 0:
        _halve(conn, outlet_id)


def _halve(conn: sqlite3.Connection, outlet_id: int) -> None:
    """Halve an outlet's counts; lines left at zero are forgotten."""
    conn.execute("UPDATE outlet_pages SET pages = pages / 2 WHERE id = ?", (outlet_id,))
    conn.execute("DELETE FROM outlet_lines WHERE outlet_id = ? AND pages < 2", (outlet_id,))
    conn.execute("UPDATE outlet_lines SET pages = pages / 2 WHERE outlet_id = ?", (outlet_id,))


def backfill(conn: sqlite3.Connection) -> int:
    """Count the lines of each outlet's latest BACKFILL_PAGES stored pages (versions of a story left out,
    as at import); returns the number of pages counted."""
    from ..extraction.furniture import page_hashes
    from .codec import unpack_blocks

    rows = conn.execute(
        "SELECT outlet, blocks, raw FROM (SELECT a.outlet, a.blocks, a.raw, row_number() OVER (PARTITION BY a.outlet "
        "ORDER BY a.id DESC) AS n FROM articles a WHERE coalesce(a.outlet, '') != '' AND a.id NOT IN "
        "(SELECT article_id FROM story_members WHERE relation != 'original')) latest WHERE n <= ? ORDER BY outlet",
        (BACKFILL_PAGES,))
    count = 0
    for outlet, blocks, raw in rows.fetchall():  # blocks are packed (schema 8): the codec unpacks them
        try:
            texts = [block.text for block in unpack_blocks(blocks, raw)]
        except ValueError:  # a damaged row is for `check --repair`; counting furniture just skips it
            continue
        record(conn, outlet, sorted(page_hashes(texts)))
        count += 1
    log.info("outlet furniture: counted the lines of %d stored pages", count)
    return count
