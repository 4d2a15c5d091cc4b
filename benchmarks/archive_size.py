"""Archive size against the raw files: this code beside another checkout's, on the same pages.

Usage: .venv/bin/python benchmarks/archive_size.py [--count 5000] [--old CHECKOUT]
Writes `count` seed-derived pages (as import_throughput.py writes them), imports them with this code
and (with --old, e.g. a checkout of main) with the other code, each in a child process importing its
own storage package, and prints for each: the archive's size and its ratio to the raw files, bytes
per table and index (dbstat), and get()'s median time over 300 articles (selecting one).
Issue 14's target: <= 2.5x the raw files, get() no slower.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.import_throughput import write_corpus  # noqa: E402

CHILD = """
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from storage.archive import Archive
from storage.ingest import ingest
path, folder = Path(sys.argv[2]), Path(sys.argv[3])
with Archive.open(path) as archive:
    ingest(archive, [folder])
    archive._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
with Archive.open(path, read_only=True) as archive:
    tables = archive._conn.execute("SELECT name, sum(pgsize) AS b FROM dbstat GROUP BY name ORDER BY b DESC").fetchall()
    times = []
    for article_id in archive.ids()[:300]:
        start = time.perf_counter()
        archive.get(article_id)
        times.append(time.perf_counter() - start)
    count = archive.count()
print(json.dumps({"size": path.stat().st_size, "count": count, "tables": tables,
                  "get_ms": statistics.median(times) * 1000}))
"""


def measure(checkout: Path, folder: Path, out: Path) -> dict:
    """Import the folder with a checkout's code in a child process; its sizes and get() time."""
    done = subprocess.run([sys.executable, "-c", CHILD, str(checkout), str(out), str(folder)],
                          capture_output=True, text=True, check=True, cwd=checkout)
    return json.loads(done.stdout.strip().splitlines()[-1])


def show(label: str, result: dict, raw_total: int) -> None:
    """One code's line and its largest tables."""
    size, n = result["size"], result["count"]
    print(f"{label}: {n} articles, archive {size / 1e6:.1f} MB = {size / raw_total:.2f}x the raw files "
          f"({size / n / 1024:.1f} KiB per article); get() median {result['get_ms']:.3f} ms")
    for name, pages in result["tables"][:8]:
        print(f"    {name:<34} {pages / 1e6:8.2f} MB  {pages / size:5.1%}")


def main() -> None:
    """Write the pages, import them with each code, print the sizes side by side."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--old", type=Path, help="a checkout to measure on the same pages (e.g. main)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tulieu-size-") as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        raw_total = sum(p.stat().st_size for p in write_corpus(folder, args.count))
        print(f"{args.count} pages, raw files {raw_total / 1e6:.1f} MB")
        new = measure(ROOT, folder, Path(tmp) / "new.sqlite")
        show("this code", new, raw_total)
        if args.old:
            old = measure(args.old.resolve(), folder, Path(tmp) / "old.sqlite")
            show("old code ", old, raw_total)
            print(f"size: {old['size'] / new['size']:.2f}x smaller; get(): {new['get_ms'] / old['get_ms']:.2f}x "
                  "the old time")
    print("target: <= 2.5x the raw files")


if __name__ == "__main__":
    main()
