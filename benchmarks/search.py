"""search() against a plain FTS5 floor on the same archive, same queries, same run.

Usage: .venv/bin/python benchmarks/search.py ARCHIVE.sqlite|postgresql://… [--repeat 7] [--limit 50] [--old CHECKOUT]
--old: also time search() of another checkout's storage/ (e.g. the main branch) in the same loop.
Make the archive with benchmarks/make_realistic_archive.py (100k, 1M under /tmp).
For each query: search() (expression choice, bm25, rows, snippets) and two floors a script would
write with the same MATCH expression and bm25 weights: "plain", one FTS5 query returning the ranked
rowids and titles (LIMIT), and "snippet", the same with FTS5's own snippet() of each hit.
Prints median and p95 of each over all queries x repeats, and the ratios.
The target (issue 14): search() median and p95 <= 1.3x the plain floor. On a PostgreSQL archive the
plain floor is the tsquery with ts_rank and the same weights (no snippet floor: ts_headline cannot read
the index's folded words).
"""
from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from storage.archive import Archive  # noqa: E402
from storage.archive.backends import dialect_of  # noqa: E402
from storage.archive.search import BM25, choose_expression  # noqa: E402

QUERIES = ["quoc phong", "Biển Đông", "hợp tác", "duong", "hai quan", "bo truong quoc phong",
           "\"Bộ Ngoại giao\"", "Esper OR Austin", "tàu -cá", "kinh te", "Nguyễn Văn", "Washington"]


def floor_query(archive: Archive, expression: str, limit: int, snippet: bool) -> list[tuple]:
    """The plain FTS5 query: same expression and weights, no join; FTS5's snippet() when asked."""
    if archive.shared:
        return [] if snippet else archive._conn.execute(
            dialect_of(archive._conn).ranked_rowids("") + " LIMIT ?", (expression, limit)).fetchall()
    extra = ", snippet(articles_fts, -1, '<b>', '</b>', '…', 28)" if snippet else ""
    return archive._conn.execute(
        f"SELECT rowid, title_x{extra}, {BM25} AS r FROM articles_fts WHERE articles_fts MATCH ? "
        "ORDER BY r LIMIT ?", (expression, limit)).fetchall()


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


def measure(archive: Archive, repeat: int, limit: int, old=None) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Seconds per call of search() and of the floors, interleaved so load hits them alike."""
    times: dict[str, list[float]] = {"search()": [], "plain FTS5": [], "FTS5+snippet": []}
    if archive.shared:  # the floor is a ranked tsquery there, and there is no snippet floor
        times = {"search()": [], "plain tsquery": []}
    if old is not None:
        times["old search()"] = []
    hits = {}
    for query in QUERIES:
        expression = choose_expression(archive._conn, query)
        archive.search(query, limit=limit)  # warm the page cache for all
        for _ in range(repeat):
            start = time.perf_counter()
            found = archive.search(query, limit=limit)
            times["search()"].append(time.perf_counter() - start)
            if old is not None:
                start = time.perf_counter()
                old.search(query, limit=limit)
                times["old search()"].append(time.perf_counter() - start)
            for name, snippet in (("plain FTS5", False), ("FTS5+snippet", True), ("plain tsquery", False)):
                if name not in times:
                    continue
                start = time.perf_counter()
                if expression is not None:
                    floor_query(archive, expression, limit, snippet)
                times[name].append(time.perf_counter() - start)
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
    args = parser.parse_args()
    old = load_old(args.old).open(args.archive, create=False, read_only=True) if args.old else None
    with Archive.open(args.archive, create=False, read_only=True) as archive:
        n = archive.count()
        times, hits = measure(archive, args.repeat, args.limit, old)
    print(f"{args.archive} ({n:,} articles), limit {args.limit}, {len(QUERIES)} queries x {args.repeat}")
    print("matches: " + ", ".join(f"{q!r} {c:,}" for q, c in hits.items()))
    ours = times["search()"]
    for name, values in times.items():
        ratio = "" if values is ours else (
            f"   search()/this: median {statistics.median(ours) / statistics.median(values):.2f}x, "
            f"p95 {percentile(ours, 0.95) / percentile(values, 0.95):.2f}x")
        print(f"{name:>13}: median {statistics.median(values) * 1000:7.1f} ms   "
              f"p95 {percentile(values, 0.95) * 1000:7.1f} ms{ratio}")
    print("target: search() <= 1.3x the plain floor")


if __name__ == "__main__":
    main()
