"""tulieu-cli dossier: write a PDF briefing dossier of a query's matches, given ids, or every article."""
from __future__ import annotations

import argparse
import logging
import sys

from ..errors import TuLieuError
from . import add_archive_option, positive_id

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the dossier command."""
    parser = subparsers.add_parser("dossier", help="write a PDF briefing dossier")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--query", metavar="Q", help="every article matching this search")
    which.add_argument("--ids", metavar="1,2,3", type=_id_list, help="these article ids, comma-separated")
    which.add_argument("--all", action="store_true", help="every article of the archive")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    parser.add_argument("--force", action="store_true", help="replace --out even if it is not a PDF")
    parser.add_argument("--title", default="", help="title on the cover and in the running header")
    parser.add_argument("--subtitle", default="")
    parser.add_argument("--prepared-by", default="", metavar="NAME")
    parser.add_argument("--marking", default="", metavar="M", help='handling marking, e.g. "NỘI BỘ / INTERNAL"')
    parser.add_argument("--summaries-only", action="store_true", help="leads only, no article bodies")
    parser.add_argument("--file-details", action="store_true",
                        help="article pages also show file name, import time and content hash")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi", help="labels (default: %(default)s)")
    parser.add_argument("--order", choices=("date", "outlet"), default="date", help="article order")
    parser.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    parser.add_argument("--one-per-story", action="store_true",
                        help="each story once (its original) with the other outlets that published it")
    add_archive_option(parser)
    parser.set_defaults(handler=run)


def _id_list(text: str) -> list[int]:
    try:
        ids = [positive_id(part) for part in text.replace(" ", "").split(",") if part]
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of ids: {text!r}") from None
    if not ids:
        raise argparse.ArgumentTypeError("no ids given")
    return ids


def _scope(args: argparse.Namespace) -> str:
    if args.query is not None:
        return args.query
    if args.ids is not None:
        return "ids " + ", ".join(map(str, args.ids))
    return "toàn bộ kho" if args.lang == "vi" else "whole archive"


def run(args: argparse.Namespace) -> int:
    """Select the articles, build the dossier, print where it went."""
    from ..archive import Archive
    from ..dossier import DossierOptions, build_dossier, select_ids

    options = DossierOptions(title=args.title, subtitle=args.subtitle, prepared_by=args.prepared_by,
                             marking=args.marking, scope_text=_scope(args), summaries_only=args.summaries_only,
                             file_details=args.file_details,
                             one_per_story=args.one_per_story,
                             order=args.order, lang=args.lang, paper=args.paper)
    with Archive.open(args.archive, create=False, read_only=True) as archive:
        ids = select_ids(archive, query=args.query, ids=args.ids, all=args.all)
        if not ids:
            raise TuLieuError(f"{args.archive}: no articles match {_scope(args)!r}; no dossier written")
        result = build_dossier(archive, ids, args.out, options, progress=_progress if args.verbose else _quiet,
                               force=args.force)
    print(f"{result.path}: {result.articles} articles, {result.pages} pages")
    if result.warning:
        print(f"tulieu-cli: warning: {result.warning}", file=sys.stderr)
    return 0


def _quiet(done: int, total: int, message: str) -> None:
    pass


def _progress(done: int, total: int, message: str) -> None:
    print(f"[{done}/{total}] {message}", file=sys.stderr)
