"""The PostgreSQL side of make_realistic_archive.py: COPY instead of INSERTs, indexes built after the load.

Row-by-row INSERTs through the archive's connection cost a round trip, a GIN update of ~700 words and
a counting trigger per entity link each. For a generated fixture the load instead: drops the secondary
indexes of the big tables (their definitions are read from pg_indexes and built again at the end),
runs with session_replication_role = replica (no triggers: entity counts and NOTIFYs; no foreign-key
checks — the generator writes consistent ids), COPYs each batch, and at the end builds the indexes,
counts each entity's links once and ANALYZEs. The rows are the archive's own (`article_columns`,
`tsvector_text` of `fts_values`, `entity_values`), drawn and encoded in the worker processes.
A stopped run leaves its articles without those indexes; the next run drops nothing new and builds them.
"""
from __future__ import annotations

import json
import logging
import time
from contextlib import contextmanager
from typing import Iterator

log = logging.getLogger(__name__)

BULK_TABLES = ("articles", "articles_fts", "article_entities", "article_tags")
KEPT_KINDS = ("p", "u", "x")  # constraint-backed indexes (primary keys, unique) stay


def _secondary_indexes(raw) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of the big tables' indexes that back no constraint."""
    return raw.execute(
        "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
        "JOIN pg_class t ON t.oid = x.indrelid LEFT JOIN pg_constraint c ON c.conindid = i.oid "
        "WHERE t.relname = ANY(%s) AND t.relnamespace = 'public'::regnamespace AND c.oid IS NULL "
        "ORDER BY i.relname", (list(BULK_TABLES),)).fetchall()


def _pending(raw) -> list[tuple[str, str]] | None:
    """The indexes a stopped load dropped and did not build again (None: none pending)."""
    saved = raw.execute("SELECT value FROM story_state WHERE key = 'bulk_indexes'").fetchone()
    return [tuple(i) for i in json.loads(saved[0])] if saved else None


def _drop(raw) -> list[tuple[str, str]]:
    """Drop the secondary indexes, their definitions kept in story_state (one transaction)."""
    indexes = _secondary_indexes(raw)
    with raw.transaction():
        raw.execute("INSERT INTO story_state(key, value) VALUES ('bulk_indexes', %s)", (json.dumps(indexes),))
        for name, _ in indexes:
            raw.execute(f"DROP INDEX IF EXISTS {name}")
    return indexes


@contextmanager
def bulk_load(raw, report=print, load: bool = True) -> Iterator[None]:
    """For a load (`load`) or to finish a stopped one: drop the secondary indexes and run without
    triggers; afterwards build the indexes, count each entity's links once and VACUUM ANALYZE (the
    visibility map lets the date order and counts read the indexes alone). `raw`: psycopg, autocommit."""
    indexes = _pending(raw)
    if indexes is None and load:
        indexes = _drop(raw)
    if indexes is None:
        yield
        return
    raw.execute("SET session_replication_role = replica")
    raw.execute("SET maintenance_work_mem = '1GB'")
    try:
        yield
    finally:
        raw.execute("SET session_replication_role = DEFAULT")
        for name, definition in indexes:
            started = time.perf_counter()
            raw.execute(definition.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))
            report(f"  index {name} {time.perf_counter() - started:.0f} s")
        started = time.perf_counter()
        with raw.transaction():
            raw.execute("UPDATE entities e SET article_count = c.n FROM (SELECT entity_id, count(*) AS n "
                        "FROM article_entities GROUP BY entity_id) c WHERE c.entity_id = e.id "
                        "AND e.article_count IS DISTINCT FROM c.n")
            raw.execute("DELETE FROM story_state WHERE key = 'bulk_indexes'")
        report(f"  entity counts {time.perf_counter() - started:.0f} s")
        started = time.perf_counter()
        raw.execute("VACUUM ANALYZE")
        report(f"  vacuum analyze {time.perf_counter() - started:.0f} s")


def replicate(raw, drawn: int, total: int, report=print) -> int:
    """Repeat the drawn articles 1..`drawn` (with their index rows, entity links and tags) under new
    ids until the archive holds `total`, one transaction per copy; inside bulk_load. Returns the
    articles added. The server copies the rows: no drawing, no Python per article."""
    if raw.execute("SELECT count(*) FROM articles WHERE id <= %s", (drawn,)).fetchone()[0] != drawn:
        raise SystemExit(f"copies: the archive does not hold the drawn articles 1..{drawn}")
    columns = ", ".join(_columns(raw, "articles", "id"))
    links = ", ".join(_columns(raw, "article_entities", "article_id"))
    top = raw.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
    added = 0
    while top < total:
        size, started = min(drawn, total - top), time.perf_counter()
        with raw.transaction():
            raw.execute(f"INSERT INTO articles (id, {columns}) SELECT id + %s, {columns} FROM articles "
                        "WHERE id <= %s", (top, size))
            raw.execute("INSERT INTO articles_fts (rowid, doc) SELECT rowid + %s, doc FROM articles_fts "
                        "WHERE rowid <= %s", (top, size))
            raw.execute(f"INSERT INTO article_entities (article_id, {links}) SELECT article_id + %s, {links} "
                        "FROM article_entities WHERE article_id <= %s", (top, size))
            raw.execute("INSERT INTO article_tags (article_id, tag_id) SELECT article_id + %s, tag_id "
                        "FROM article_tags WHERE article_id <= %s", (top, size))
        top, added = top + size, added + size
        report(f"  copies: {top:,}/{total:,} ({size / (time.perf_counter() - started):.0f}/s)")
    return added


def _columns(raw, table: str, key: str) -> list[str]:
    """The table's columns but `key`, in table order."""
    return [r[0] for r in raw.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s AND column_name != %s "
        "AND table_schema = current_schema() ORDER BY ordinal_position", (table, key))]


class InMemoryIds:
    """Entity and tag ids kept in memory while batches are written (names are unique per kind):
    shared by the SQLite writer (make_realistic_archive.BulkWriter) and CopyWriter."""

    def __init__(self, conn) -> None:
        self.entity_ids = {(name, kind): i for i, name, kind in conn.execute("SELECT id, name, kind FROM entities")}
        self.next_entity = max(self.entity_ids.values(), default=0) + 1
        self.tag_ids = {name: i for i, name in conn.execute("SELECT id, name FROM tag_names")}

    def assign(self, batch) -> tuple[list[dict], list[tuple], list[tuple]]:
        """The batch's new entities (id first, then the codec's entity columns), its entity links
        (article, entity id, position) and its new tags (id, name); the ids are remembered."""
        from storage.archive.codec import entity_values

        new_entities, links = [], []
        for article_id, name, kind, position in batch.links:
            entity_id = self.entity_ids.get((name, kind))
            if entity_id is None:
                entity_id = self.entity_ids[(name, kind)] = self.next_entity
                self.next_entity += 1
                new_entities.append({"id": entity_id, **entity_values(name, kind)})
            links.append((article_id, entity_id, position))
        new_tags = [(len(self.tag_ids) + 1 + i, tag) for i, tag in enumerate(
            dict.fromkeys(t for _, t in batch.tags if t not in self.tag_ids))]
        self.tag_ids.update((tag, i) for i, tag in new_tags)
        return new_entities, links, new_tags


class CopyWriter(InMemoryIds):
    """Writes batches with COPY."""

    def __init__(self, raw) -> None:
        super().__init__(raw)
        self.raw = raw

    def write(self, batch) -> None:
        """COPY one batch (inside the caller's transaction); batch.fts holds (id, tsvector literal)."""
        from storage.archive.codec import entity_values

        new_entities, links, new_tags = self.assign(batch)
        self._copy(f"articles ({', '.join(batch.columns)})", batch.rows)
        self._copy("articles_fts (rowid, doc)", batch.fts)
        self._copy(f"entities (id, {', '.join(entity_values('', '').keys())})", [tuple(e.values()) for e in new_entities])
        self._copy("article_entities (article_id, entity_id, position)", links)
        self._copy("tag_names (id, name)", new_tags)
        self._copy("article_tags (article_id, tag_id)", [(a, self.tag_ids[t]) for a, t in batch.tags])

    def _copy(self, target: str, rows: list[tuple]) -> None:
        if not rows:
            return
        with self.raw.cursor() as cursor, cursor.copy(f"COPY {target} FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
