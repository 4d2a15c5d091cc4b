"""tulieu-cli copy SRC DEST: a whole archive from an SQLite file to a PostgreSQL database, back, or to
another file — ids kept, resumable, verified by counts and hashes."""
from __future__ import annotations

import argparse
import sys

from ..archive.copy import BATCH


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the copy command."""
    parser = subparsers.add_parser(
        "copy", help="copy a whole archive (SQLite file or postgresql:// URL) into an empty one",
        description="Copies articles with their originals, edit history, entities, aliases, tags, saved "
                    "searches, stories, failed imports and source documents, ids kept. Run it again after "
                    "an interruption: it continues where it stopped. A PostgreSQL database must exist "
                    "(createdb); a new SQLite file is created.")
    parser.add_argument("source", metavar="SRC", help="the archive to copy (file or postgresql://user@host/db)")
    parser.add_argument("dest", metavar="DEST", help="an empty archive, a new file, or a copy in progress of SRC")
    parser.add_argument("--batch", type=int, default=BATCH, help="rows per transaction (default: %(default)s)")
    parser.set_defaults(handler=run)


def _progress(done: int, total: int, message: str) -> None:
    print(f"\r[{100 * done // max(total, 1):3d}%] {message}", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """Copy, then print each table's counts and hashes; exit 1 when they differ."""
    from ..archive.copy import copy_archive
    from ..progress import CancelToken

    try:
        report = copy_archive(args.source, args.dest, batch=max(1, args.batch), progress=_progress,
                              cancel=CancelToken())
    finally:
        print(file=sys.stderr)
    print(f"{report.source} → {report.dest}: {report.copied} rows copied"
          + (" (a copy in progress was resumed)" if report.resumed else ""))
    for check in report.checks:
        print(f"  {check.table:<18} {check.source_rows:>9} {check.dest_rows:>9}  {check.source_hash[:16]}  "
              f"{check.dest_hash[:16]}  {'ok' if check.ok else 'DIFFERENT'}")
    if not report.ok:
        print("tulieu-cli: the copy differs from its source (tables marked DIFFERENT); the destination is "
              "kept as it is", file=sys.stderr)
        return 1
    print("copy verified: every table has the same rows and content hash")
    return 0
