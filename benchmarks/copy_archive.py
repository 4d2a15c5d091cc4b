"""Copy throughput of `tulieu-cli copy`: a synthetic archive of N articles (benchmarks/make_archive.py)
SQLite → PostgreSQL (a throwaway local server) → SQLite, and SQLite → SQLite; rows per second of each
copy (verification included), beside the floor of the same rows read from the source alone.

Usage: .venv/bin/python benchmarks/copy_archive.py [N=5000]   (needs initdb/pg_ctl: Debian `postgresql`)
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.make_archive import make_archive  # noqa: E402
from storage.archive import Archive  # noqa: E402
from storage.archive.copy import TABLES, copy_archive  # noqa: E402
from tests.pg_server import Server, find_binaries  # noqa: E402


def _read_all(location) -> tuple[int, float]:
    """The floor: every copied row read from the source, nothing written."""
    start = time.perf_counter()
    rows = 0
    with Archive.open(location, read_only=True) as archive:
        for table, _ in TABLES:
            rows += sum(1 for _ in archive._conn.execute(f"SELECT * FROM {table}"))
    return rows, time.perf_counter() - start


def _timed(label: str, source, dest, floor: float) -> None:
    start = time.perf_counter()
    report = copy_archive(source, dest)
    seconds = time.perf_counter() - start
    rows = sum(check.source_rows for check in report.checks)
    print(f"{label:<24} {rows:>8} rows  {seconds:7.2f} s  {rows / seconds:9.0f} rows/s  "
          f"(read-only floor {floor:.2f} s)  verified={report.ok}")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    binaries = find_binaries()
    if binaries is None:
        sys.exit("no PostgreSQL binaries (initdb, pg_ctl): install the Debian 'postgresql' package")
    with tempfile.TemporaryDirectory(prefix="tulieu-copy-bench-") as folder:
        source = make_archive(Path(folder) / "source.sqlite", n)
        rows, floor = _read_all(source)
        print(f"{n} articles, {rows} rows in the copied tables")
        server = Server(binaries).start()
        try:
            server.admin("CREATE DATABASE bench")
            url = server.url("bench")
            _timed("SQLite → PostgreSQL", source, url, floor)
            _timed("PostgreSQL → SQLite", url, Path(folder) / "back.sqlite", _read_all(url)[1])
            _timed("SQLite → SQLite", source, Path(folder) / "copy.sqlite", floor)
        finally:
            server.stop()
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
