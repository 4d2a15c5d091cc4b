"""tulieu-cli page ID --out FILE.png: the page an article was read from (PDF page or scan)."""
from __future__ import annotations

import argparse
import logging
from pathlib import Path

from . import add_archive_option

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the page command."""
    parser = subparsers.add_parser("page", help="save the page image an article was read from")
    parser.add_argument("id", type=int, metavar="ID", help="article id")
    parser.add_argument("--page", type=int, help="page number (default: the article's first page)")
    parser.add_argument("--out", required=True, metavar="FILE.png", help="where to write the PNG")
    add_archive_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the PNG and say where."""
    from ..archive import Archive
    from ..page_images import page_image

    with Archive.open(args.archive, read_only=True) as archive:
        png = page_image(archive, args.id, args.page)
    Path(args.out).write_bytes(png)
    print(f"#{args.id}: page image written to {args.out} ({len(png) // 1024} KB)")
    return 0
