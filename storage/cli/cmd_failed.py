"""tulieu-cli failed [--retry | --clear]: the files that could not be imported, with the reason and time."""
from __future__ import annotations

import argparse
import json
import logging
from dataclasses import asdict

from . import add_archive_option
from ..plural import counted

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the failed command."""
    parser = subparsers.add_parser("failed", help="list failed imports (retry or forget them)")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--retry", action="store_true", help="import every listed file again")
    which.add_argument("--clear", action="store_true", help="forget the list")
    parser.add_argument("--json", action="store_true", help="print the list as JSON")
    add_archive_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """List, retry or clear; a retry exits 1 when files still fail."""
    from ..archive import Archive
    from ..archive.failed import clear_failed, failed_imports

    with Archive.open(args.archive, create=False, read_only=not (args.retry or args.clear)) as archive:
        if args.clear:
            print(f"{counted(clear_failed(archive), 'failed import')} forgotten")
            return 0
        if args.retry:
            return _retry(archive, [row.path for row in failed_imports(archive)])
        rows = failed_imports(archive)
    if args.json:
        print(json.dumps([asdict(row) for row in rows], ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        tries = f", {row.attempts} tries" if row.attempts > 1 else ""
        print(f"{row.at}  {row.path}\n    {row.reason}{tries}")
    print(f"{counted(len(rows), 'failed import')}")
    return 0


def _retry(archive, paths: list[str]) -> int:
    from ..ingest import ingest

    report = ingest(archive, paths)
    print(f"retried {len(paths)}: imported {len(report.imported)}, duplicates {len(report.duplicates)}, "
          f"still failing {len(report.failed)}")
    return 1 if report.failed else 0
