"""Search as you type: the window's first page for a query whose last word is half typed.

Usage: .venv/bin/python benchmarks/typed_search.py ARCHIVE.sqlite [--old CHECKOUT] [--rounds 3]
For each query (its last word a prefix of 3+ letters, as the search field sends it while you type):
`ids(order_by="id", limit=50)`, the newest matches a large archive's window shows first, on the GUI
thread; the median and the worst of --rounds, and the number of matches. With --old, the same in
another checkout (e.g. main), each checkout in its own process, one after the other, and a check that both
give the same first page. Make the archive with benchmarks/make_realistic_archive.py.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ["quoc pho", "quoc phon", "bo tai", "chinh phu vie", "nguyen van tha", "hai quan", "bien dong tru",
           "hop tac kinh", "Nguyễn Văn Th", "quan doi nhan da"]

_MEASURE = r"""
import json, sys, time
from storage.archive import Archive
from storage.archive.records import Filters
path, queries, rounds = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3])
out = {}
with Archive.open(path, create=False, read_only=True) as archive:
    for query in queries:
        filters = Filters(query=query, prefix_last=True)
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            ids = archive.ids(filters, order_by="id", descending=True, limit=50)
            times.append(time.perf_counter() - start)
        out[query] = {"times": times, "first": ids, "count": archive.count(filters)}
print(json.dumps(out))
"""


def measure(checkout: Path, archive: str, rounds: int) -> dict:
    """The first-page times of every query in a fresh process importing `checkout`'s storage."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    done = subprocess.run([sys.executable, "-c", _MEASURE, archive, json.dumps(QUERIES), str(rounds)],
                          env=env, cwd=checkout, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive")
    parser.add_argument("--old", type=Path, help="another checkout to time alongside")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    print(f"load average: {os.getloadavg()[0]:.1f}")
    new = measure(ROOT, args.archive, args.rounds)
    old = measure(args.old, args.archive, args.rounds) if args.old else None
    print(f"{'query':22} {'matches':>9} {'first page (ms)':>18}" + (f" {'old (ms)':>16}  same page" if old else ""))
    for query in QUERIES:
        row = new[query]
        line = f"{query!r:22} {row['count']:9,} {1000 * statistics.median(row['times']):9.1f} / {1000 * max(row['times']):6.1f}"
        if old:
            was = old[query]
            line += f" {1000 * statistics.median(was['times']):8.1f} / {1000 * max(was['times']):6.1f}"
            line += f"  {'yes' if was['first'] == row['first'] and was['count'] == row['count'] else 'NO'}"
        print(line)
    print(f"load average: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
