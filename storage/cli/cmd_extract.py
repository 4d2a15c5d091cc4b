"""tulieu-cli extract FILE... [--json]: clean pages and print their metadata (never writes an archive)."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from ..errors import TuLieuError
from ..extraction import extract
from ..extraction.outlets import domain_on_page, lookup
from ..extraction.urls import domain_of
from ..records import Article, RawDocument

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the extract command."""
    parser = subparsers.add_parser("extract", help="clean page files and print their metadata")
    parser.add_argument("files", nargs="+", metavar="FILE", help="page dumps (.txt), saved pages (.html, .mhtml), documents (.pdf, .docx, .odt, .eml) or scans")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.set_defaults(handler=run)


def load_document(path: str | Path) -> RawDocument:
    """Read a file through the readers."""
    from ..readers import read_file

    return read_file(path)


def article_json(path: str | Path, article: Article) -> dict:
    """The JSON object printed for one article."""
    outlet = lookup(article.outlet) if article.outlet else None
    page = domain_of(article.url) if article.url else None
    return {
        "file": Path(path).name,
        "title": article.title,
        "published": article.published,
        "date_precision": article.date_precision,
        "outlet": article.outlet,
        "outlet_domain": domain_on_page(outlet, page) or page or None,
        "source": article.source,
        "author": article.author,
        "url": article.url,
        "lead": article.lead,
        "body": article.body,  # body and captions, in page order
        "captions": [b.text for b in article.blocks if b.role == "caption"],
        "people": article.names("person"),
        "organizations": article.names("organization"),
        "locations": article.names("location"),
        "needs_review": article.needs_review,
        "origins": article.origins,
    }


def _summary(path: str | Path, article: Article) -> str:
    kept = [b for b in article.blocks if b.role != "removed"]
    lines = [
        f"== {path}",
        f"  title:     {article.title}",
        f"  published: {article.published or '-'} ({article.date_precision})",
        f"  outlet:    {article.outlet or '-'}   source: {article.source or '-'}   author: {article.author or '-'}",
        f"  body:      {sum(b.role == 'body' for b in kept)} paragraphs, "
        f"{sum(b.role == 'caption' for b in kept)} captions, {len(article.blocks) - len(kept)} lines removed",
    ]
    if article.lead:
        lines.append(f"  lead:      {article.lead[:160]}")
    for kind in ("person", "organization", "location"):
        names = article.names(kind)
        if names:
            lines.append(f"  {kind}s: {', '.join(names)}")
    if article.needs_review:
        lines.append(f"  review:    {', '.join(article.needs_review)}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Extract every file; a bad file is reported on stderr and the others go on."""
    from ..ingest_documents import extract_document  # documents: one article per press-review item

    failed = 0
    for path in args.files:
        try:
            doc = load_document(path)
            articles = [extract(doc)] if not doc.format else [a for a, _, _ in extract_document(doc)]
        except TuLieuError as error:
            print(f"tulieu-cli extract: {error}", file=sys.stderr)
            failed += 1
            continue
        except (OSError, ValueError) as error:
            print(f"tulieu-cli extract: {path}: {error}", file=sys.stderr)
            failed += 1
            continue
        for article in articles:  # a press review gives one per item
            if args.json:
                print(json.dumps(article_json(path, article), ensure_ascii=False))
            else:
                print(_summary(path, article))
    return 1 if failed else 0
