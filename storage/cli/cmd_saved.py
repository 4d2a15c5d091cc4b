"""tulieu-cli saved: list, add, rename and delete saved searches (kept in the archive)."""
from __future__ import annotations

import argparse
import json
import logging

from . import add_archive_option

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the saved command and its actions."""
    parser = subparsers.add_parser("saved", help="saved searches: list (with counts), add, rename, delete")
    actions = parser.add_subparsers(dest="action", required=True)
    listing = actions.add_parser("list", help="every saved search with its article count")
    listing.add_argument("--json", action="store_true")
    add = actions.add_parser("add", help="save a search")
    add.add_argument("name")
    add.add_argument("--query", default="", help="search words (as in `search`)")
    add.add_argument("--outlet")
    add.add_argument("--year")
    add.add_argument("--tag")
    add.add_argument("--precision", dest="date_precision", help="exact, month, year, inferred or unknown")
    add.add_argument("--needs-review", action="store_true")
    rename = actions.add_parser("rename", help="rename a saved search")
    rename.add_argument("id", type=int)
    rename.add_argument("name")
    delete = actions.add_parser("delete", help="forget a saved search")
    delete.add_argument("id", type=int)
    for sub in (listing, add, rename, delete):
        add_archive_option(sub)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Do the action; print what was done."""
    from ..archive import Archive
    from ..archive.records import Filters
    from .. import saved_searches as saved

    with Archive.open(args.archive, create=False, read_only=args.action == "list") as archive:
        if args.action == "add":
            filters = Filters(query=args.query or None, outlet=args.outlet, year=args.year, tag=args.tag,
                              date_precision=args.date_precision, needs_review=True if args.needs_review else None)
            print(f"#{saved.save_search(archive, args.name, filters)} {args.name}")
        elif args.action == "rename":
            print(f"#{args.id}: {saved.rename_search(archive, args.id, args.name)!r} -> {args.name!r}")
        elif args.action == "delete":
            saved.delete_search(archive, args.id)
            print(f"#{args.id} deleted")
        else:
            searches = saved.saved_searches(archive)
            counts = saved.counts(archive, searches)
            if args.json:
                print(json.dumps([{"id": s.id, "name": s.name, "query": s.query, "count": counts[s.id]}
                                  for s in searches], ensure_ascii=False, indent=2))
            for s in searches if not args.json else []:
                print(f"#{s.id}  {s.name}  ({counts[s.id]})  {s.query}")
    return 0
