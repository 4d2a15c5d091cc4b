"""search() against a plain FTS5 floor on the same archive, same queries, same run.

Usage: .venv/bin/python benchmarks/search.py ARCHIVE.sqlite|postgresql://… [--repeat 7] [--limit 50]
       [--old CHECKOUT [--old-archive OLD.sqlite]]
--old: also time search() of another checkout's storage/ (e.g. the main branch) in the same loop, on
--old-archive when the two codes need different files (the same articles in the other schema: make it
with the old checkout's make_realistic_archive.py, copy it and open the copy once with this code).
Make the archive with benchmarks/make_realistic_archive.py (100k, 1M under /tmp).
For each query: search() (expression choice, bm25, rows, snippets) and two floors a script would
write with the same MATCH expression and bm25 weights: "plain", one FTS5 query ranking and limiting
in the index, joined to the kept rows' titles, and "snippet", the same with FTS5's own snippet() of
each hit. Times are wall-clock; with --cpu, this thread's CPU time (steadier on a loaded machine).
Prints median and p95 of each over all queries x repeats, and the ratios.
The target (issue 14): search() median and p95 <= 1.3x the plain floor. On a PostgreSQL archive the
plain floor is the tsquery with ts_rank and the same weights (no snippet floor: ts_headline cannot read
the index's folded words) ranking every match; search() ranks a broad query's newest
matches only (storage.archive.backends.pg_text: WINDOW, RANKED), so there the floor is the old full
ranking (--window/--ranked change what search() ranks, to compare).
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from storage.archive import Archive  # noqa: E402
from storage.archive.backends.pg_text import RANK_WEIGHTS  # noqa: E402
from storage.archive.backends.fts5_text import BM25  # noqa: E402
from storage.archive.search import choose_expression  # noqa: E402

CLOCK = time.perf_counter
QUERIES = ["quoc phong", "Biển Đông", "hợp tác", "duong", "hai quan", "bo truong quoc phong",
           "\"Bộ Ngoại giao\"", "Esper OR Austin", "tàu -cá", "kinh te", "Nguyễn Văn", "Washington"]


def floor_query(archive: Archive, expression: str, limit: int, snippet: bool) -> list[tuple]:
    """The plain FTS5 query: same expression and weights, ranked and limited in the index, then the
    kept rows' titles (the index keeps no text since schema 8); FTS5's snippet() of each kept row when
    asked (it reads the text through the index's view). On PostgreSQL the ranked tsquery alone."""
    if archive.shared:  # every match ranked (search() ranks the newest: pg_text.WINDOW, RANKED)
        return [] if snippet else archive._conn.execute(
            f"SELECT rowid, -ts_rank({RANK_WEIGHTS}, doc, q, 1) AS score FROM articles_fts, CAST(? AS tsquery) AS q "
            "WHERE doc @@ q ORDER BY score, rowid LIMIT ?", (expression, limit)).fetchall()
    if snippet:
        return archive._conn.execute(
            f"SELECT rowid, snippet(articles_fts, -1, '<b>', '</b>', '…', 28), {BM25} AS r FROM articles_fts "
            "WHERE articles_fts MATCH ? AND rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
            f"ORDER BY {BM25} LIMIT ?) ORDER BY r", (expression, expression, limit)).fetchall()
    return archive._conn.execute(
        f"SELECT f.rowid, a.title, f.r FROM (SELECT rowid, {BM25} AS r FROM articles_fts WHERE articles_fts "
        "MATCH ? ORDER BY r LIMIT ?) f JOIN articles a ON a.id = f.rowid ORDER BY f.r", (expression, limit)).fetchall()


def percentile(values: list[float], q: float) -> float:
    """The q-quantile (0..1) by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def load_old(checkout: Path):
    """The Archive class of another checkout's storage package, imported as `old_storage`."""
    spec = importlib.util.spec_from_file_location("old_storage", checkout / "storage" / "__init__.py",
                                                  submodule_search_locations=[str(checkout / "storage")])
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["old_storage"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return importlib.import_module("old_storage.archive").Archive


def measure(archive: Archive, repeat: int, limit: int, old=None,
            floor_runs: int | None = None) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Seconds per call of search() and of the floors (in the first `floor_runs` repeats only, when
    given: the full ranking of a broad query takes seconds at 1M on PostgreSQL), interleaved so load
    hits them alike."""
    times: dict[str, list[float]] = {"search()": [], "plain FTS5": [], "FTS5+snippet": []}
    if archive.shared:  # the floor is a ranked tsquery there, and there is no snippet floor
        times = {"search()": [], "plain tsquery": []}
    if old is not None:
        times["old search()"] = []
    hits = {}
    for query in QUERIES:
        expression = choose_expression(archive._conn, query)
        archive.search(query, limit=limit)  # warm the page cache for all
        for run in range(repeat):
            start = CLOCK()
            found = archive.search(query, limit=limit)
            times["search()"].append(CLOCK() - start)
            if old is not None:
                start = CLOCK()
                old.search(query, limit=limit)
                times["old search()"].append(CLOCK() - start)
            for name, snippet in (("plain FTS5", False), ("FTS5+snippet", True), ("plain tsquery", False)):
                if name not in times or (floor_runs is not None and run >= floor_runs):
                    continue
                start = CLOCK()
                if expression is not None:
                    floor_query(archive, expression, limit, snippet)
                times[name].append(CLOCK() - start)
        hits[query] = archive.count(_filters(query)) if found else 0
    return times, hits


def _filters(query: str):
    from storage.archive.records import Filters

    return Filters(query=query)


def main() -> None:
    """Print per-query matches, then median/p95 of search() beside the floor."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", help="an archive file or a postgresql:// URL")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--old", type=Path, help="a checkout whose search() to time alongside")
    parser.add_argument("--old-archive", type=Path, help="the archive the old code opens (default: ARCHIVE)")
    parser.add_argument("--ranked", type=int, help="PostgreSQL: a rarer query's newest matches ranked (pg_text.RANKED)")
    parser.add_argument("--window", type=int, help="PostgreSQL: a broad query's newest articles ranked (pg_text.WINDOW)")
    parser.add_argument("--floor-runs", type=int, help="time the floors in this many of the repeats only")
    parser.add_argument("--cpu", action="store_true", help="time this thread's CPU, not the wall clock")
    args = parser.parse_args()
    global CLOCK
    CLOCK = time.thread_time if args.cpu else time.perf_counter
    from storage.archive.backends import postgres

    postgres.RANKED = args.ranked or postgres.RANKED
    postgres.WINDOW = args.window or postgres.WINDOW
    old = load_old(args.old).open(args.old_archive or args.archive, create=False, read_only=True) if args.old else None
    with Archive.open(args.archive, create=False, read_only=True) as archive:
        n = archive.count()
        times, hits = measure(archive, args.repeat, args.limit, old, args.floor_runs)
    print(f"{args.archive} ({n:,} articles), limit {args.limit}, {len(QUERIES)} queries x {args.repeat}"
          + (f", ranked: a broad query's matches among the {postgres.WINDOW:,} newest articles, else its "
             f"{postgres.RANKED:,} newest matches" if archive.shared else "")
          + (", CPU time" if args.cpu else ", wall clock"))
    print("matches: " + ", ".join(f"{q!r} {c:,}" for q, c in hits.items()))
    ours = times["search()"]
    for name, values in times.items():
        ratio = "" if values is ours else (
            f"   search()/this: median {statistics.median(ours) / statistics.median(values):.2f}x, "
            f"p95 {percentile(ours, 0.95) / percentile(values, 0.95):.2f}x")
        print(f"{name:>13}: median {statistics.median(values) * 1000:7.1f} ms   "
              f"p95 {percentile(values, 0.95) * 1000:7.1f} ms{ratio}")
    print("target: search() <= 1.3x the plain floor" + ("; 1M PostgreSQL: p95 < 150 ms" if archive.shared else ""))
    print(f"load average {os.getloadavg()[0]:.1f} (1 min), {os.getloadavg()[1]:.1f} (5 min) on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
