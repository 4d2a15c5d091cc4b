"""Same output: the benchmark pages imported by this code and by another checkout give the same archive.

Usage: .venv/bin/python benchmarks/import_same_output.py --other /path/to/checkout [--count 400] [--workers default]
Each checkout imports the same files (import_throughput's seed variants) in a fresh child process and archive;
then every table is compared row by row in id order: articles, entities and links, tags, stories and their
sketches and bands, outlet line counts, and the search index's per-article sizes. Columns that hold the time
of the import are left out, and so are the search index's segment blobs (their layout follows the write
batches, which commit on a timer). Prints the first differences and exits 1 when there are any.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_throughput import ROOT, run_child, write_corpus  # noqa: E402

TABLES = ("articles", "entities", "entity_aliases", "article_entities", "tag_names", "article_tags", "edit_history",
          "failed_imports", "source_documents", "article_sources", "stories", "story_members", "story_bands",
          "story_sketches", "story_state", "articles_fts_docsize", "outlet_pages", "outlet_lines")
TIMES = {"imported_at", "created_at", "at", "modified_at", "updated_at"}


def rows(path: Path, table: str) -> tuple[list[str], list[tuple]]:
    """The table's columns (without times) and its rows in key order."""
    with sqlite3.connect(path) as conn:
        columns = [c[1] for c in conn.execute(f"PRAGMA table_info({table})") if c[1] not in TIMES]
        if not columns:
            return [], []
        listed = ", ".join(columns)
        return columns, conn.execute(f"SELECT {listed} FROM {table} ORDER BY {listed}").fetchall()


def differences(a: Path, b: Path, limit: int = 5) -> list[str]:
    """What differs between the two archives, table by table (empty: the same)."""
    out = []
    for table in TABLES:
        columns, left = rows(a, table)
        _, right = rows(b, table)
        if left == right:
            continue
        out.append(f"{table}: {len(left)} rows against {len(right)}")
        shown = 0
        for x, y in zip(left, right):
            if x != y and shown < limit:
                out += [f"  {c}: {u!r:.120} | {v!r:.120}" for c, u, v in zip(columns, x, y) if u != v]
                shown += 1
    with sqlite3.connect(a) as conn:
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    return out


def main() -> None:
    """Import the pages with both checkouts and compare."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, required=True, help="the checkout to compare with (e.g. main)")
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--workers", default="default", help="import workers: default (one per core) or a number")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tulieu-same-") as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        write_corpus(folder, args.count)
        archives = []
        for number, root in enumerate((ROOT, args.other.resolve())):
            archives.append(Path(tmp) / f"archive-{number}.sqlite")
            figures = run_child(root, folder, archives[-1], args.workers)
            print(f"{root}: {figures['imported']} imported, {figures['failed']} failed")
        found = differences(*archives)
        print("\n".join(found) if found else f"same archive: {', '.join(TABLES)}")
        sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
