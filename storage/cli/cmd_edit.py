"""tulieu-cli edit ID FIELD VALUE: change one field (recorded in the edit history)."""
from __future__ import annotations

import argparse
import json
import logging

from ..records import EDITABLE_FIELDS
from . import add_archive_option, positive_id

log = logging.getLogger(__name__)

FIELDS = (*EDITABLE_FIELDS, "tags", "needs_review")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the edit command."""
    parser = subparsers.add_parser("edit", help="edit one field of an article")
    parser.add_argument("id", type=positive_id, metavar="ID", help="article id")
    parser.add_argument("field", choices=FIELDS, metavar="FIELD", help=", ".join(FIELDS))
    parser.add_argument("value", metavar="VALUE",
                        help='new value; tags and needs_review as a comma list; "" clears an optional field')
    parser.add_argument("--json", action="store_true", help="print old and new value as JSON")
    add_archive_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Apply the edit through storage.edits and print old -> new."""
    from ..archive import Archive
    from ..edits import Batch, SetField, apply

    # The archive splits a comma list for tags and needs_review; "" clears any field but the title.
    value = None if args.value == "" and args.field != "title" else args.value
    with Archive.open(args.archive, create=False) as archive:
        inverse = apply(archive, SetField(args.id, args.field, value))
        old = (inverse.edits[0] if isinstance(inverse, Batch) else inverse).value  # type: ignore[union-attr]
        new = getattr(archive.get(args.id), args.field)
    if args.json:
        print(json.dumps({"id": args.id, "field": args.field, "old": old, "new": new}, ensure_ascii=False))
    else:
        print(f"#{args.id} {args.field}: {old!r} -> {new!r}")
    return 0
