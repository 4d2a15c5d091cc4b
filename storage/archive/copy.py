"""Copy a whole archive between backends (SQLite → PostgreSQL, back, or SQLite → SQLite), ids kept.

Table by table in primary-key order, a batch per transaction; each batch also moves the table's mark in
`copy_state` (a table of the destination, dropped once the copy is verified), so a copy that was
cancelled or killed continues after the last committed batch and nothing is written twice. The search
index is not copied but rebuilt batch by batch in the destination's own form (SQLite's triggers fill
FTS5; the tsvector rows are written here). At the
end each table is compared by row count and an order-free content hash (the sum of its rows' sha256).
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import ArchiveError
from ..progress import NEVER, CancelToken, Progress, noop
from .backends import is_url
from .core import Archive
from .codec import stored_body
from .search_index import fts_values

log = logging.getLogger(__name__)

# Every table of the schema but the search index, parents before children, with its primary key.
TABLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("entities", ("id",)), ("entity_aliases", ("alias", "kind")), ("articles", ("id",)),
    ("article_entities", ("article_id", "entity_id")), ("tag_names", ("id",)),
    ("article_tags", ("article_id", "tag_id")), ("edit_history", ("id",)), ("failed_imports", ("path",)),
    ("saved_searches", ("id",)), ("source_documents", ("id",)), ("article_sources", ("article_id",)),
    ("stories", ("id",)), ("story_members", ("article_id",)), ("story_bands", ("band", "article_id")),
    ("story_sketches", ("article_id",)), ("story_state", ("key",)),
    ("outlet_pages", ("id",)), ("outlet_lines", ("outlet_id", "line")),
)
STATE = "copy_state"
RESERVED = frozenset({"by"})  # column names PostgreSQL reserves (quoted; others bare, as the backend reads them)
BATCH = 500


class CopyRefused(ArchiveError):
    """The destination holds another archive (or another copy in progress): nothing was written."""


@dataclass
class TableCheck:
    """One table compared after the copy: row counts and content hashes on both sides."""

    table: str
    source_rows: int
    dest_rows: int
    source_hash: str
    dest_hash: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.dest_rows and self.source_hash == self.dest_hash


@dataclass
class CopyReport:
    """What a copy did: rows written in this run, whether it resumed one, and the final checks."""

    source: str
    dest: str
    copied: int = 0
    resumed: bool = False
    checks: list[TableCheck] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(check.ok for check in self.checks)


def copy_archive(source: str | Path, dest: str | Path, *, batch: int = BATCH, progress: Progress = noop,
                 cancel: CancelToken = NEVER) -> CopyReport:
    """Copy the archive at `source` into `dest` (created when a new SQLite file; a PostgreSQL database
    must exist) and verify it; resumes an interrupted copy of the same source. Raises CopyRefused,
    Cancelled (what was committed stays and the next run continues), ArchiveError."""
    name = _identity(source)
    if name == _identity(dest):
        raise CopyRefused(f"{dest}: the source and the destination are the same archive")
    with Archive.open(source, create=False, read_only=True) as src, Archive.open(dest) as dst:
        dst._backup_day = date.today()  # a copy target needs no first-write-of-the-day backup
        report = CopyReport(str(src.path), str(dst.path))
        marks = _prepare(dst, name, report)
        counts = {table: _count(src, table) for table, _ in TABLES}
        total = sum(counts.values())
        done = sum(_count(dst, table) for table, _ in TABLES)  # the destination holds only copied rows
        for table, keys in TABLES:
            last, finished = marks[table]
            if finished:
                continue
            cancel.check()
            for written in _copy_table(src, dst, table, keys, last, batch):
                report.copied += written
                done += written
                progress(done, total, f"{table}: {done}/{total} rows")
                cancel.check()  # between batches: everything written so far is committed
        report.checks = [_check(src, dst, table) for table, _ in TABLES]
        if report.ok:
            with dst._write() as conn:
                conn.execute(f"DROP TABLE {STATE}")
            _analyze(dst)
        return report


def _identity(location: str | Path) -> str:
    """A stable name for an archive: its resolved file path, or its URL without the password."""
    if is_url(location):
        from .backends.postgres import display

        return display(str(location).strip())
    return str(Path(location).expanduser().resolve())


def _prepare(dst: Archive, source: str, report: CopyReport) -> dict[str, tuple[list | None, bool]]:
    """The copy marks of the destination ({table: (last key copied or None, finished)}), made on an
    empty destination; refuses one holding anything else."""
    with dst._write() as conn:
        if _has_state(conn):
            rows = conn.execute(f"SELECT tbl, source, last_key, done FROM {STATE}").fetchall()
            if any(row[1] != source for row in rows):
                raise CopyRefused(f"{dst.path}: holds an unfinished copy of another archive ({rows[0][1]}); "
                                  "copy into an empty archive")
            report.resumed = True
            return {row[0]: (json.loads(row[2]) if row[2] else None, bool(row[3])) for row in rows}
        filled = [table for table, _ in TABLES if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()]
        if filled:
            articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            raise CopyRefused(f"{dst.path}: not empty ({articles} articles; {', '.join(filled)}); "
                              "copy into a new file or an empty database")
        conn.execute(f"CREATE TABLE {STATE} (tbl TEXT PRIMARY KEY, source TEXT NOT NULL, last_key TEXT, "
                     "done INTEGER NOT NULL DEFAULT 0)")
        conn.executemany(f"INSERT INTO {STATE}(tbl, source) VALUES (?, ?)", [(t, source) for t, _ in TABLES])
    return {table: (None, False) for table, _ in TABLES}


def _has_state(conn) -> bool:
    if conn.dialect == "postgresql":
        return bool(conn.execute(f"SELECT to_regclass('{STATE}') IS NOT NULL").fetchone()[0])
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (STATE,)).fetchone() is not None


def _count(archive: Archive, table: str) -> int:
    with archive._reading():
        return int(archive._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _columns(archive: Archive, table: str) -> list[str]:
    with archive._reading():
        return [d[0] for d in archive._conn.execute(f"SELECT * FROM {table} LIMIT 0").description]


def _names(columns) -> str:
    return ", ".join(f'"{c}"' if c in RESERVED else c for c in columns)


def _batches(archive: Archive, table: str, columns: list[str], keys: tuple[str, ...], after: list | None,
             size: int):
    """The table's rows in primary-key order after the key `after`, `size` at a time."""
    listed = _names(columns)
    order = _names(keys)
    at = [columns.index(k) for k in keys]
    while True:
        where, params = "", []
        if after is not None:
            where = f"WHERE ({order}) > ({', '.join('?' * len(keys))}) "
            params = list(after)
        with archive._reading():
            rows = archive._conn.execute(f"SELECT {listed} FROM {table} {where}ORDER BY {order} LIMIT {size}",
                                         params).fetchall()
        if not rows:
            return
        rows = [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in rows]
        yield rows
        after = [rows[-1][i] for i in at]


def _copy_table(src: Archive, dst: Archive, table: str, keys: tuple[str, ...], after: list | None, size: int):
    """Copy the rows after `after`, one transaction per batch (the rows, their index rows, the mark);
    yields the rows written by each batch."""
    columns = _columns(src, table)
    if sorted(columns) != sorted(_columns(dst, table)):
        raise ArchiveError(f"{dst.path}: table {table} differs from the source's; open both with this version")
    listed = _names(columns)
    insert = f"INSERT INTO {table}({listed}) VALUES ({', '.join('?' * len(columns))})"
    at = [columns.index(k) for k in keys]
    # An entity's article count is kept by the links' triggers: it starts at 0 and counts its links as
    # they are copied (copying the count too would count every link twice).
    counted = columns.index("article_count") if table == "entities" and "article_count" in columns else None
    for rows in _batches(src, table, columns, keys, after, size):
        if counted is not None:
            rows = [(*row[:counted], 0, *row[counted + 1:]) for row in rows]
        last = json.dumps([rows[-1][i] for i in at], ensure_ascii=False)
        with dst._write() as conn:
            conn.executemany(insert, rows)
            if table == "articles" and not conn.sql.indexed_by_triggers:
                _index(conn, columns, rows)
            conn.execute(f"UPDATE {STATE} SET last_key = ? WHERE tbl = ?", (last, table))
        yield len(rows)
    with dst._write() as conn:
        conn.execute(f"UPDATE {STATE} SET done = 1 WHERE tbl = ?", (table,))


def _index(conn, columns: list[str], rows: list[tuple]) -> None:
    """The search index rows of copied articles where the destination has no triggers to write them
    (PostgreSQL), from the body the packed blocks give."""
    id_, title, lead, blocks, raw = (columns.index(c) for c in ("id", "title", "lead", "blocks", "raw"))
    conn.sql.index_rows(conn, [(row[id_], *fts_values(row[title], row[lead], stored_body(row[blocks], row[raw])))
                               for row in rows])


def _check(src: Archive, dst: Archive, table: str) -> TableCheck:
    """Count and hash the table on both sides (columns in the source's order on both)."""
    columns = _columns(src, table)
    keys = dict(TABLES)[table]
    (source_rows, source_hash), (dest_rows, dest_hash) = (
        _digest(archive, table, columns, keys) for archive in (src, dst))
    return TableCheck(table, source_rows, dest_rows, source_hash, dest_hash)


def _digest(archive: Archive, table: str, columns: list[str], keys: tuple[str, ...]) -> tuple[int, str]:
    """(rows, hash): the hash sums the rows' sha256, so it does not depend on the order rows are read in
    (the two backends may order text keys differently)."""
    rows, total = 0, 0
    for batch in _batches(archive, table, columns, keys, None, BATCH):
        for row in batch:
            text = repr(tuple(row)).encode("utf-8", "surrogatepass")
            total += int.from_bytes(hashlib.sha256(text).digest(), "big")
        rows += len(batch)
    return rows, f"{total % 2**256:064x}"


def _analyze(dst: Archive) -> None:
    """Fresh planner statistics for the new tables (PostgreSQL plans by them from the first query)."""
    if dst._conn.dialect == "postgresql":
        with dst._reading():
            dst._conn.execute("ANALYZE")
