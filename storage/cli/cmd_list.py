"""tulieu-cli list: the archive's articles, newest first, with optional filters."""
from __future__ import annotations

import argparse
import json
import logging
from dataclasses import asdict

from . import add_archive_option, count
from ..plural import counted

log = logging.getLogger(__name__)

ORDERS = ("published", "title", "outlet", "imported_at", "id", "author", "source", "people", "organizations",
          "places", "tags", "words")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the list command."""
    parser = subparsers.add_parser("list", help="list articles")
    parser.add_argument("--outlet", help="only this outlet")
    parser.add_argument("--year", help="only this year")
    parser.add_argument("--tag", help="only articles with this tag")
    parser.add_argument("--needs-review", action="store_true", help="only articles flagged for review")
    parser.add_argument("--sort", choices=ORDERS, default="published", help="sort key (default: %(default)s)")
    parser.add_argument("--ascending", action="store_true", help="oldest / A first")
    parser.add_argument("--limit", type=count, default=0, help="at most this many (0: all)")
    parser.add_argument("--json", action="store_true", help="print rows as JSON")
    add_archive_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print one line (or JSON object) per article."""
    from ..archive import Archive
    from ..archive.records import Filters

    filters = Filters(outlet=args.outlet, year=args.year, tag=args.tag,
                      needs_review=True if args.needs_review else None)
    with Archive.open(args.archive, create=False, read_only=True) as archive:
        # the first page walks an index and stops (by date or id), as the window's first rows do
        ids = archive.ids(filters, order_by=args.sort, descending=not args.ascending, limit=args.limit or None)
        rows = archive.rows(ids)
    if args.json:
        print(json.dumps([asdict(row) for row in rows], ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        flag = " [review]" if row.needs_review else ""
        print(f"#{row.id}  {row.published or '?'}  {row.outlet or '?'}  {row.title}{flag}")
    print(f"{counted(len(rows), 'article')}")
    return 0
