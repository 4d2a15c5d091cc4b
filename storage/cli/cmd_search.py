"""tulieu-cli search QUERY: Vietnamese-aware full-text search (diacritics optional)."""
from __future__ import annotations

import argparse
import html
import json
import logging
import re
from dataclasses import asdict

from . import add_archive_option, count

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the search command."""
    parser = subparsers.add_parser("search", help="search titles, leads and bodies")
    parser.add_argument("query", metavar="QUERY", help="words; without diacritics they match every accented form")
    parser.add_argument("--limit", type=count, default=20, help="at most this many hits (default: %(default)s)")
    parser.add_argument("--prefix", action="store_true",
                        help="the last word also matches the start of words (quoc pho finds quốc phòng)")
    parser.add_argument("--one-per-story", action="store_true",
                        help="one hit per story (its original), not every outlet's version")
    parser.add_argument("--json", action="store_true", help="print hits as JSON")
    add_archive_option(parser)
    parser.set_defaults(handler=run)


def plain_snippet(snippet: str) -> str:
    """A snippet for the terminal: matches in **bold** markers, HTML entities decoded."""
    return html.unescape(re.sub(r"</?b>", "**", snippet))


def run(args: argparse.Namespace) -> int:
    """Print ranked hits."""
    from ..archive import Archive, Filters

    filters = Filters(one_per_story=True) if args.one_per_story else None
    with Archive.open(args.archive, create=False, read_only=True) as archive:
        hits = archive.search(args.query, limit=max(0, args.limit), prefix_last=args.prefix, filters=filters)
    if args.json:
        print(json.dumps([asdict(hit) for hit in hits], ensure_ascii=False, indent=2))
        return 0
    for hit in hits:
        print(f"#{hit.id}  {hit.published or '?'}  {hit.outlet or '?'}  {hit.title}")
        print(f"    {plain_snippet(hit.snippet)}")
    if not hits:
        print("no matches")
    return 0
