"""tulieu-cli merge-next ID / split ID PARAGRAPH: correct how a multi-article document was split."""
from __future__ import annotations

import argparse
import logging

from . import add_archive_option

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the merge-next and split commands."""
    merge = subparsers.add_parser("merge-next", help="join an article with the next one of its document")
    merge.add_argument("id", type=int, metavar="ID", help="article id")
    add_archive_option(merge)
    merge.set_defaults(handler=run_merge)
    split = subparsers.add_parser("split", help="cut an article in two before a paragraph")
    split.add_argument("id", type=int, metavar="ID", help="article id")
    split.add_argument("paragraph", type=int, metavar="PARAGRAPH",
                       help="block number (0-based, as in `show --json`) that starts the new article")
    add_archive_option(split)
    split.set_defaults(handler=run_split)


def run_merge(args: argparse.Namespace) -> int:
    """Merge and say what is left."""
    from ..archive import Archive
    from ..document_edits import merge_with_next
    from ..edits import apply

    with Archive.open(args.archive, create=False) as archive:
        following = archive.next_in_document(args.id)
        apply(archive, merge_with_next(archive, args.id))
        link = archive.source_of(args.id)
    print(f"#{args.id}: merged #{following} into it; {link.article_count} articles from {link.file_name}")
    return 0


def run_split(args: argparse.Namespace) -> int:
    """Split and print the new article's id."""
    from ..archive import Archive
    from ..document_edits import split_here
    from ..edits import apply

    with Archive.open(args.archive, create=False) as archive:
        apply(archive, split_here(archive, args.id, args.paragraph))
        new_id = archive.next_in_document(args.id)
        title = archive.get(new_id).title
    print(f"#{args.id}: split; new article #{new_id}: {title}")
    return 0
