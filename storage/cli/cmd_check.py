"""tulieu-cli check [--repair]: integrity, foreign keys, search index, links and originals, in plain words."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import asdict

from . import add_archive_option

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the check command."""
    parser = subparsers.add_parser("check", help="check the archive (and repair it with --repair)")
    parser.add_argument("--repair", action="store_true",
                        help="rebuild what can be rebuilt (a backup is made first); a damaged file is "
                             "never written: its readable articles are copied to a new archive")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    add_archive_option(parser)
    parser.set_defaults(handler=run)


def _progress(done: int, total: int, message: str) -> None:
    if message:
        print(f"[{done + 1}/{total}] {message}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """Check, print the report; exit 1 when a problem remains."""
    from ..archive.check_file import check_file

    report = check_file(args.archive, repair=args.repair, progress=_progress if args.verbose else _quiet)
    if args.json:
        print(json.dumps({"path": report.path, "articles": report.articles, "ok": report.ok,
                          "salvaged_to": report.salvaged_to, "findings": [asdict(f) for f in report.findings]},
                         ensure_ascii=False, indent=2))
    else:
        print("\n".join(report.lines()))
    return 0 if report.ok else 1


def _quiet(done: int, total: int, message: str) -> None:
    pass
