"""tulieu-cli show ID: one article's metadata, entities, tags and clean text."""
from __future__ import annotations

import argparse
import json
import logging
from dataclasses import asdict

from . import add_archive_option, positive_id

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the show command."""
    parser = subparsers.add_parser("show", help="show one article")
    parser.add_argument("id", type=positive_id, metavar="ID", help="article id (see list / search)")
    parser.add_argument("--json", action="store_true", help="print the article as JSON")
    add_archive_option(parser)
    parser.set_defaults(handler=run)


def article_dict(stored: object) -> dict:
    """A JSON-ready dict of a StoredArticle (no raw bytes)."""
    data = asdict(stored)  # type: ignore[call-overload]
    data.pop("raw", None)
    data.pop("story_rows", None)  # filled only on a deleted article (for undo)
    data.pop("entity_keys", None)  # tuple keys are not JSON: each entity carries its id instead
    for entity, item in zip(stored.entities, data["entities"]):  # type: ignore[attr-defined]
        item["id"] = stored.id_of(entity)  # type: ignore[attr-defined]
    data["user_fields"] = sorted(data["user_fields"])
    data["body"] = stored.body  # type: ignore[attr-defined]
    return data


def run(args: argparse.Namespace) -> int:
    """Print the article."""
    from ..archive import Archive
    from ..stories.view import story_of
    from .cmd_stories import print_versions, story_dict

    with Archive.open(args.archive, create=False, read_only=True) as archive:
        stored = archive.get(args.id)
        story = story_of(archive, args.id)
    if args.json:
        print(json.dumps({**article_dict(stored), "story": story_dict(story)}, ensure_ascii=False, indent=2))
        return 0
    print(f"#{stored.id}  {stored.title}")
    for name in ("published", "date_precision", "outlet", "source", "author", "url", "file_name", "imported_at"):
        value = getattr(stored, name)
        origin = stored.origins.get(name)
        if value:
            print(f"  {name}: {value}" + (f"  ({origin})" if origin else ""))
    if stored.needs_review:
        print(f"  needs review: {', '.join(stored.needs_review)}")
    if stored.tags:
        print(f"  tags: {', '.join(stored.tags)}")
    for entity in stored.entities:
        role = f" — {entity.role}" if entity.role else ""
        print(f"  {entity.kind}: {entity.name}{role}")
    print_versions(story, stored.id)
    print()
    if stored.lead and stored.lead not in stored.body[:1]:  # the lead is often the first paragraph
        print(stored.lead)
        print()
    print("\n\n".join(stored.body))
    return 0
