"""tulieu-cli export: a Word or OpenDocument dossier, a spreadsheet, JSON Lines, CSL-JSON, RIS or text of a selection."""
from __future__ import annotations

import argparse
import sys

from ..errors import TuLieuError
from . import add_archive_option
from .cmd_dossier import _id_list, _scope
from ..plural import counted


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the export command."""
    from ..export.formats import FORMATS

    parser = subparsers.add_parser("export", help="export articles: docx, odt, csv, xlsx, jsonl, csljson, ris, md, txt")
    parser.add_argument("--format", "-f", required=True, choices=list(FORMATS), help="what to write")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--query", metavar="Q", help="every article matching this search")
    which.add_argument("--ids", metavar="1,2,3", type=_id_list, help="these article ids, comma-separated")
    which.add_argument("--all", action="store_true", help="every article (narrowed by the filters below)")
    parser.add_argument("--out", required=True, metavar="PATH",
                        help="the file to write (a folder with --one-file-each)")
    parser.add_argument("--outlet", help="only this outlet")
    parser.add_argument("--year", help="only this year")
    parser.add_argument("--tag", help="only articles with this tag")
    parser.add_argument("--one-file-each", action="store_true", help="md/txt: one file per article in the --out folder")
    dossier = parser.add_argument_group("dossier options (docx, odt)")
    dossier.add_argument("--title", default="")
    dossier.add_argument("--subtitle", default="")
    dossier.add_argument("--prepared-by", default="", metavar="NAME")
    dossier.add_argument("--marking", default="", metavar="M", help='handling marking, e.g. "NỘI BỘ / INTERNAL"')
    dossier.add_argument("--summaries-only", action="store_true", help="leads only, no article bodies")
    dossier.add_argument("--lang", choices=("vi", "en"), default="vi", help="labels (default: %(default)s)")
    dossier.add_argument("--order", choices=("date", "outlet"), default="date", help="article order")
    dossier.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    add_archive_option(parser)
    parser.set_defaults(handler=run)


def _filters(args: argparse.Namespace):
    from ..archive.records import Filters

    if args.outlet is None and args.year is None and args.tag is None:
        return None
    return Filters(outlet=args.outlet, year=args.year, tag=args.tag)


def run(args: argparse.Namespace) -> int:
    """Select the articles, write the export, print what was written."""
    from ..archive import Archive
    from ..dossier import DossierOptions
    from ..export import ExportOptions, export, select_ids

    dossier = DossierOptions(title=args.title, subtitle=args.subtitle, prepared_by=args.prepared_by,
                             marking=args.marking, scope_text=_scope(args), summaries_only=args.summaries_only,
                             order=args.order, lang=args.lang, paper=args.paper)
    options = ExportOptions(dossier=dossier, one_file_each=args.one_file_each)
    with Archive.open(args.archive, create=False, read_only=True) as archive:
        filters = _filters(args)
        if args.ids is not None and filters is not None:
            raise TuLieuError("--outlet, --year and --tag narrow --query or --all, not --ids")
        ids = select_ids(archive, query=args.query, ids=args.ids, all=args.all, filters=filters)
        if not ids:
            raise TuLieuError(f"{args.archive}: no articles match {_scope(args)!r}; nothing exported")
        progress = _progress if args.verbose else _quiet
        result = export(archive, ids, args.out, args.format, options, progress=progress)
    print(f"{result.path}: {result.articles} articles ({args.format}, {counted(len(result.files), 'file')})")
    return 0


def _quiet(done: int, total: int, message: str) -> None:
    pass


def _progress(done: int, total: int, message: str) -> None:
    print(f"[{done}/{total}] {message}", file=sys.stderr)
