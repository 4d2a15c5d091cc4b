"""tulieu-cli import PATH...: import files and folders; progress on stderr, summary on stdout."""
from __future__ import annotations

import argparse
import json
import logging
import sys

from ..errors import ArchiveError, Cancelled
from ..ingest import IngestReport
from . import add_archive_option
from ..plural import counted

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the import command."""
    parser = subparsers.add_parser("import", help="import article files or folders into the archive")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (searched recursively)")
    parser.add_argument("--reextract", action="store_true",
                        help="re-extract articles already stored (fields you edited are kept)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    parser.add_argument("--wait", type=float, default=60.0, metavar="SECONDS",
                        help="wait this long while another program writes to the archive (default: %(default)s)")
    add_archive_option(parser)
    parser.set_defaults(handler=run)


def _say(message: str) -> None:
    print(f"tulieu-cli: {message}", file=sys.stderr, flush=True)


def _progress(done: int, total: int, message: str) -> None:
    if message:
        print(f"[{done + 1}/{total}] {message}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """Import, print the summary; exit 1 when any file failed (the good ones are kept)."""
    from ..archive.waiting import open_waiting
    from ..ingest import ingest
    from ..progress import noop

    with open_waiting(args.archive, wait_s=args.wait, on_wait=_say) as archive:
        try:
            report = ingest(archive, args.paths, progress=noop if args.quiet else _progress,
                            reextract=args.reextract)
        except (ArchiveError, Cancelled, KeyboardInterrupt) as error:  # stopped: say what was kept
            if getattr(error, "report", None) is not None:
                _print_report(error.report, args.json)  # type: ignore[attr-defined]
                kept = len(error.report.imported)  # type: ignore[attr-defined]
                _say(f"import stopped; {counted(kept, 'article')} imported before the stop are kept whole")
            raise
    _print_report(report, args.json)
    return 1 if report.failed else 0


def _print_report(report: IngestReport, as_json: bool) -> None:
    """The summary on stdout, one line per failed file on stderr."""
    if as_json:
        print(json.dumps({"imported": report.imported, "duplicates": report.duplicates,
                          "failed": report.failed, "reextracted": report.reextracted,
                          "joined": report.joined},
                         ensure_ascii=False, indent=2))
    else:
        print(f"imported: {len(report.imported)}, duplicates: {len(report.duplicates)}, "
              f"failed: {len(report.failed)}")
        for path, existing in report.duplicates:
            print(f"  duplicate: {path} (already stored as #{existing})")
        for path, article_id, story_id in report.joined:
            print(f"  #{article_id} joined story #{story_id}: {path}")
    for path, reason in report.failed:
        print(f"tulieu-cli: failed: {path}: {reason}", file=sys.stderr)
