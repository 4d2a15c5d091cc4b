"""tulieu-cli edit IDS FIELD VALUE: change a field of one or many articles (recorded in the edit history).

IDS is "3", "3,5,9-12", or "-" with --query; many articles are changed in one transaction.
"""
from __future__ import annotations

import argparse
import json
import logging

from ..records import EDITABLE_FIELDS
from . import add_archive_option
from ..plural import counted

log = logging.getLogger(__name__)

FIELDS = tuple(dict.fromkeys((*EDITABLE_FIELDS, "tags", "needs_review", "delete")))


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the edit command."""
    parser = subparsers.add_parser("edit", help="edit a field of one or many articles")
    parser.add_argument("ids", metavar="IDS", help='article id, or ids and ranges "3,5,9-12" ("-" with --query)')
    parser.add_argument("field", choices=FIELDS, metavar="FIELD", help=", ".join(FIELDS))
    parser.add_argument("value", metavar="VALUE", nargs="?", default="",
                        help='new value; tags as a comma list, "+tag" adds, "-tag" removes; dates as '
                             'dd/mm/yyyy, mm/yyyy or yyyy; "" clears an optional field')
    parser.add_argument("--query", help="edit every article this search finds (IDS is then ignored)")
    parser.add_argument("--json", action="store_true", help="print old and new value as JSON")
    add_archive_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Apply the edit through storage.edits and print what changed."""
    from ..archive import Archive
    from ..archive.records import Filters
    from ..bulk import parse_ids

    with Archive.open(args.archive, create=False) as archive:
        ids = archive.ids(Filters(query=args.query)) if args.query else parse_ids(args.ids)
        if len(ids) == 1 and not args.query and args.field not in ("published", "delete") \
                and not (args.field == "tags" and args.value.lstrip()[:1] in "+-" and args.value.strip()):
            return _one(archive, ids[0], args)
        return _many(archive, ids, args)


def _one(archive, article_id: int, args: argparse.Namespace) -> int:
    from ..edits import Batch, SetField, apply

    # The archive splits a comma list for tags and needs_review; "" clears any field but the title.
    value = None if args.value == "" and args.field != "title" else args.value
    inverse = apply(archive, SetField(article_id, args.field, value))
    old = (inverse.edits[0] if isinstance(inverse, Batch) else inverse).value  # type: ignore[union-attr]
    new = getattr(archive.get(article_id), args.field)
    if args.json:
        print(json.dumps({"id": article_id, "field": args.field, "old": old, "new": new}, ensure_ascii=False))
    else:
        print(f"#{article_id} {args.field}: {old!r} -> {new!r}")
    return 0


def _many(archive, ids: list[int], args: argparse.Namespace) -> int:
    from ..bulk import bulk_edit, edited_ids
    from ..edits import apply

    value = None if args.value == "" and args.field not in ("title", "published", "tags") else args.value
    edit = bulk_edit(archive, ids, args.field, value)
    apply(archive, edit)  # one transaction: all or nothing
    changed = edited_ids(edit)
    if args.json:
        print(json.dumps({"field": args.field, "value": args.value, "ids": ids, "changed": changed},
                         ensure_ascii=False))
    else:
        print(f"{args.field}: {len(changed)} of {counted(len(ids), 'article')} changed")
    return 0
