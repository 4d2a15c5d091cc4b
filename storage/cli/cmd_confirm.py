"""tulieu-cli confirm IDS [--field F]: accept what the extractor flagged (an inferred date becomes exact)."""
from __future__ import annotations

import argparse
import logging

from . import add_archive_option
from ..plural import counted

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the confirm command."""
    parser = subparsers.add_parser("confirm", help="confirm flagged fields (GUI: Confirm date, Ctrl+Return)")
    parser.add_argument("ids", metavar="IDS", help='article ids: "3", "3,5,9-12"')
    parser.add_argument("--field", action="append", help="only this flagged field (repeatable; default: all)")
    add_archive_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Apply one confirming edit per article, all in one transaction."""
    from ..archive import Archive
    from ..bulk import edited_ids, parse_ids
    from ..edits import Batch, apply
    from ..review import confirm_edit

    with Archive.open(args.archive, create=False) as archive:
        ids = parse_ids(args.ids)
        edit = Batch(tuple(confirm_edit(archive.get(i), args.field) for i in ids))
        apply(archive, edit)
    print(f"confirmed: {len(edited_ids(edit))} of {counted(len(ids), 'article')}")
    return 0
