"""tulieu-cli original ID [--out DIR]: write the file an article was imported from (as stored)."""
from __future__ import annotations

import argparse
import logging

from . import add_archive_option

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the original command."""
    parser = subparsers.add_parser("original", help="write an article's original file")
    parser.add_argument("id", type=int, metavar="ID", help="article id")
    parser.add_argument("--out", default=".", help="folder to write into (default: the current one)")
    add_archive_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the bytes and print the path."""
    from ..archive import Archive
    from ..originals import write_original

    with Archive.open(args.archive, create=False, read_only=True) as archive:
        print(write_original(archive, args.id, args.out))
    return 0
