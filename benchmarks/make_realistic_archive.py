"""Build a realistic synthetic archive of N articles: `make_realistic_archive(path, n)`.

Usage: .venv/bin/python benchmarks/make_realistic_archive.py OUT.sqlite [N=100000] [--no-raw] [--workers W]
       .venv/bin/python benchmarks/make_realistic_archive.py OUT.sqlite --upgrade  (migrate, no backup)
       .venv/bin/python benchmarks/make_realistic_archive.py OUT.sqlite N --prefix-of BIG.sqlite  (first N of BIG)
       kill -TERM PID ends a run after its current transaction (the file stays whole; rerun to continue)

Unlike make_archive.py (0.4 KiB articles, 2.5k people) the articles here are real length (body
~3-6 KiB of sentences pooled from the seed, holdout and blind pages), with removed boilerplate blocks
and raw page bytes as the importer stores them; people, organisations and places are drawn from a
Zipf distribution over a large name pool (>= 200k distinct people at 1M articles), outlets from the
real outlet table with a long tail, dates over 20 years, 5% of articles flagged for review
(benchmarks/realistic_draws.py).

Worker processes draw batches and turn them into rows with the archive's own codec (`article_columns`,
`content_hash`; the search index follows by the archive's triggers), so a change of encoding there follows here; one writer inserts them
with executemany, without a rollback journal (a crash leaves a broken file: this is a benchmark
fixture, not an import). OUT may be a postgresql:// URL: the workers also write each article's
tsvector and the writer COPYs, indexes built after the load (benchmarks/pg_bulk.py). The indexes stay in place during the load: building them afterwards reads
every row's overflow pages (raw bytes, body) once per index, far slower at 1M articles than keeping
them up to date in a 1 GB page cache. Each batch has its own seed, so the archive is the same whatever
the number of workers. Large archives belong outside the repository (e.g. /work/big).
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import signal
import sqlite3
import sys
import time
from collections import deque
from contextlib import nullcontext
from datetime import date
from pathlib import Path
from typing import Callable, Iterator, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.realistic_draws import Draws  # noqa: E402
from storage.archive import Archive  # noqa: E402
from storage.archive.backends import dialect_of  # noqa: E402
from storage.archive.codec import article_columns, body_text, content_hash, pack_raw  # noqa: E402
from storage.archive.backends.pg_text import tsvector_text  # noqa: E402
from storage.archive.search_index import fts_values  # noqa: E402
from benchmarks.pg_bulk import CopyWriter, InMemoryIds, bulk_load, replicate  # noqa: E402

BATCH = 1000  # articles a worker draws at once
COMMIT_EVERY = 20  # batches per transaction
FTS_PENDING = 256 * 1024 * 1024  # FTS5 'hashsize' during the load: fewer, larger segments to merge
FTS_PENDING_DEFAULT = 1024 * 1024


class Batch(NamedTuple):
    """Rows of consecutive articles; entities and tags by name (the writer owns the ids)."""

    columns: tuple[str, ...]
    rows: list[tuple]
    fts: list[tuple[int, str]]  # PostgreSQL: (article id, tsvector literal); SQLite's triggers index
    links: list[tuple[int, str, str, int]]  # (article id, name, kind, position)
    tags: list[tuple[int, str]]


_draws: Draws | None = None  # one per process: the pools take a second to build


def _draws_for(n: int) -> Draws:
    global _draws
    if _draws is None:
        _draws = Draws(n)
    return _draws


def draw_batch(task: tuple[int, int, int, int, bool, bool]) -> Batch:
    """Articles first..first+count-1 of an n-article archive as rows (runs in a worker); with
    `index_rows` also each article's tsvector (PostgreSQL: SQLite's triggers index)."""
    n, seed, first, count, raw, index_rows = task
    draws, rng = _draws_for(n), random.Random(seed * 1_000_003 + first)
    rows, fts, links, tags = [], [], [], []
    columns: tuple[str, ...] = ()
    for article_id in range(first, first + count):
        article, page = draws.article(article_id, rng)
        row = article_columns(article, page)  # packed blocks (the page is their dictionary) and word count
        row.update(raw=pack_raw(page) if raw else b"", file_name=article.file_name, content_hash=content_hash(article),
                   imported_at=f"{article.published}T08:00:00+00:00", user_fields="[]", id=article_id)
        columns = tuple(row)
        rows.append(tuple(row.values()))
        if index_rows:
            fts.append((article_id, tsvector_text(fts_values(article.title, article.lead, body_text(article)))))
        links += [(article_id, e.name, e.kind, position) for position, e in enumerate(article.entities)]
        tags += [(article_id, tag) for tag in article.tags]
    return Batch(columns, rows, fts, links, tags)


class BulkWriter(InMemoryIds):
    """Inserts batches."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__(conn)
        self.conn = conn

    def write(self, batch: Batch) -> None:
        """Insert one batch (inside the caller's transaction)."""
        new_entities, links, new_tags = self.assign(batch)
        conn = self.conn
        conn.executemany(f"INSERT INTO articles({', '.join(batch.columns)}) "
                         f"VALUES ({', '.join('?' * len(batch.columns))})", batch.rows)
        if new_entities:
            columns = ", ".join(new_entities[0])
            conn.executemany(f"INSERT INTO entities({columns}) VALUES ({', '.join('?' * len(new_entities[0]))})",
                             [tuple(e.values()) for e in new_entities])
        conn.executemany("INSERT INTO article_entities(article_id, entity_id, position) VALUES (?, ?, ?)", links)
        conn.executemany("INSERT INTO tag_names(id, name) VALUES (?, ?)", new_tags)
        conn.executemany("INSERT INTO article_tags(article_id, tag_id) VALUES (?, ?)",
                         [(a, self.tag_ids[t]) for a, t in batch.tags])


def _tasks(n: int, seed: int, start: int, raw: bool, index_rows: bool = False) -> list[tuple]:
    """Batches of articles start..n; the pools are sized for n whatever the start, so a run stopped
    between transactions continues with the articles it would have drawn."""
    return [(n, seed, first, min(BATCH, n + 1 - first), raw, index_rows) for first in range(start, n + 1, BATCH)]


def _batches(tasks: list, workers: int) -> Iterator[Batch]:
    """The batches in order, drawn in `workers` processes (in this one when workers is 0); at most
    two per worker wait for the writer, so memory stays flat when the writer is the slower side."""
    if workers <= 0:
        yield from map(draw_batch, tasks)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        waiting: deque = deque()
        for task in tasks:
            waiting.append(pool.apply_async(draw_batch, (task,)))
            if len(waiting) > 2 * workers:
                yield waiting.popleft().get()
        while waiting:
            yield waiting.popleft().get()


def make_realistic_archive(path: str | Path, n: int, seed: int = 7, raw: bool = True, workers: int | None = None,
                           report: Callable[[str, int, int], None] = lambda stage, done, n: None,
                           stop: Callable[[], bool] = lambda: False, copies_to: int | None = None) -> str | Path:
    """Make the archive at path hold n realistic articles: a new one, or one a stopped run left with
    fewer (it continues with the same articles an uninterrupted run draws); returns the path.
    `workers` drawing processes (default: every core for large n; 0: this process, the default for small n).
    report(stage, done, todo) after each transaction; stop() true ends the run between two transactions.
    copies_to (PostgreSQL): then repeat the n drawn articles under new ids up to that many (pg_bulk.replicate)."""
    workers = workers if workers is not None else (os.cpu_count() or 1) if n >= 20_000 else 0
    with Archive.open(path) as archive:
        conn = archive._conn
        sqlite = dialect_of(conn).name == "sqlite"
        archive._backup_day = date.today()  # no daily copy of a file this size before the load
        if sqlite:
            conn.execute("PRAGMA journal_mode = OFF")  # a fixture: rebuilt, never recovered
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("PRAGMA cache_size = -1000000")  # 1 GB: the indexes' pages stay in memory
        start = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0] + 1
        if sqlite:
            with archive._write():
                conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', ?)", (FTS_PENDING,))
        done, todo = 0, max(0, n + 1 - start)
        batches = _batches(_tasks(n, seed, start, raw, index_rows=not sqlite), workers)
        load = bool(todo or copies_to)
        with nullcontext() if sqlite else bulk_load(conn._conn, lambda line: report(line, 0, 0), load):
            writer = BulkWriter(conn) if sqlite else CopyWriter(conn._conn)
            while done < todo and not stop():
                with archive._write():
                    for _ in range(COMMIT_EVERY):
                        batch = next(batches, None)
                        if batch is None:
                            break
                        writer.write(batch)
                        done += len(batch.rows)
                report("articles", done, todo)
            if copies_to and not sqlite and done == todo:
                replicate(conn._conn, n, copies_to, lambda line: report(line, 0, 0))
        if sqlite:
            with archive._write():
                conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', ?)",
                             (FTS_PENDING_DEFAULT,))
        else:  # ids were given: move the sequences past them, or the archive's next insert collides
            with archive._write():
                for table in ("articles", "entities", "tag_names"):
                    conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                 f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)")
        conn.execute("ANALYZE")
        if sqlite:
            conn.execute("PRAGMA journal_mode = WAL")
    return path if isinstance(path, str) and not sqlite else Path(path)


def upgrade_in_place(path: str | Path) -> int:
    """Migrate a generated archive to this code's schema without the automatic backup a user's archive
    gets first (a copy of 45 GB); returns the schema version."""
    from sqlite_utils import Database

    from storage import collation
    from storage.archive import migrations

    from storage.archive.search_index import register_functions

    conn = sqlite3.connect(str(path))
    collation.register(conn)
    register_functions(conn)  # schema 8's index triggers call them
    try:
        return migrations.migrate(Database(conn, execute_plugins=False))
    finally:
        conn.close()


def copy_prefix(source: str | Path, path: str | Path, n: int) -> Path:
    """A new archive at path holding the first n articles of a generated one (rows, links, tags and the
    search index copied by SQLite, ~5x faster than drawing them again): the 100k archive beside a 1M one."""
    with Archive.open(path) as archive:
        conn = archive._conn
        archive._backup_day = date.today()
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("ATTACH DATABASE ? AS source", (f"file:{source}?mode=ro",))
        columns = ", ".join(d[0] for d in conn.execute("SELECT * FROM articles LIMIT 0").description)
        with archive._write():
            conn.execute(f"INSERT INTO articles({columns}) SELECT {columns} FROM source.articles WHERE id <= ?", (n,))
            conn.execute("INSERT INTO entities(id, name, kind, folded) SELECT id, name, kind, tl_fold(name) "
                         "FROM source.entities WHERE id IN (SELECT entity_id FROM source.article_entities "
                         "WHERE article_id <= ?)", (n,))
            conn.execute("INSERT INTO article_entities SELECT * FROM source.article_entities WHERE article_id <= ?",
                         (n,))
            conn.execute("INSERT INTO tag_names SELECT * FROM source.tag_names")
            conn.execute("INSERT INTO article_tags SELECT * FROM source.article_tags WHERE article_id <= ?", (n,))
        conn.execute("DETACH DATABASE source")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA journal_mode = WAL")
    return Path(path)


def main() -> None:
    """Command line: build the archive, print its rate and shape."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="an archive file or a postgresql:// URL")
    parser.add_argument("n", type=int, nargs="?", default=100_000)
    parser.add_argument("--no-raw", action="store_true", help="leave the raw page bytes out (smaller file)")
    parser.add_argument("--workers", type=int, default=None, help="drawing processes (default: one per core; 0: draw in the writer)")
    parser.add_argument("--upgrade", action="store_true", help="only migrate OUT to this code's schema (no backup)")
    parser.add_argument("--copies-to", type=int, help="PostgreSQL: repeat the N drawn articles under new ids up to "
                        "this many (a fast 1M from 100k drawn)")
    parser.add_argument("--prefix-of", type=Path, help="copy the first N articles of this generated archive")
    args = parser.parse_args()
    if args.prefix_of:
        started = time.perf_counter()
        copy_prefix(args.prefix_of, args.out, args.n)
        print(f"{args.out}: the first {args.n:,} articles of {args.prefix_of} in {time.perf_counter() - started:.1f} s, "
              f"{Path(args.out).stat().st_size / 1e6:,.0f} MB; load average {os.getloadavg()[0]:.1f}")
        return
    if args.upgrade:
        started = time.perf_counter()
        version = upgrade_in_place(args.out)
        print(f"{args.out}: schema {version} in {time.perf_counter() - started:.1f} s")
        return
    started = time.perf_counter()
    print(f"load average at start: {os.getloadavg()[0]:.1f}", flush=True)

    added = [0]

    def report(stage: str, done: int, n: int) -> None:
        if not n:  # a line of the PostgreSQL load's last steps
            print(stage, flush=True)
            return
        added[0] = done
        if done % 50_000 < BATCH * COMMIT_EVERY or done == n:
            elapsed = time.perf_counter() - started
            print(f"  {stage} {done:>9,}/{n:,}  {elapsed:7.1f} s  {done / elapsed:6.0f}/s  "
                  f"load {os.getloadavg()[0]:.1f}", flush=True)

    stopping: list[int] = []  # SIGTERM: finish the current transaction, leave a whole file
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(1))
    make_realistic_archive(args.out, args.n, raw=not args.no_raw, workers=args.workers, report=report,
                           stop=lambda: bool(stopping), copies_to=args.copies_to)
    elapsed, done = time.perf_counter() - started, max(1, added[0])
    # CPU seconds of the writer and the (reaped) drawing processes: the figure the machine's load does not change.
    cpu = sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
              for f in ("ru_utime", "ru_stime"))
    print(f"CPU {cpu:.0f} s ({cpu / done * 1000:.2f} ms an article; the writer alone "
          f"{sum(resource.getrusage(resource.RUSAGE_SELF)[:2]):.0f} s)")
    with Archive.open(args.out, read_only=True) as archive:
        conn = archive._conn
        kinds = dict(conn.execute("SELECT kind, count(*) FROM entities GROUP BY kind").fetchall())
        words, total = conn.execute("SELECT avg(words), count(*) FROM articles").fetchone()
        size = (conn.execute("SELECT pg_database_size(current_database())").fetchone()[0] if archive.shared
                else Path(args.out).stat().st_size)
    print(f"{args.out}: {total:,} articles, {done:,} drawn in {elapsed:.1f} s ({done / elapsed:.0f}/s), "
          f"{size / 1e6:,.0f} MB; mean body {words or 0:.0f} words; entities {kinds}; "
          f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
