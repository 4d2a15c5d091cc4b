"""tulieu-cli stories: the story groups — one story, its versions in many outlets."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING

from . import add_archive_option

if TYPE_CHECKING:
    from ..stories.view import Story

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the stories command."""
    parser = subparsers.add_parser("stories", help="list stories republished by several outlets")
    parser.add_argument("--json", action="store_true", help="print the stories as JSON")
    parser.add_argument("--regroup", action="store_true", help="recompute every group from scratch")
    add_archive_option(parser)
    parser.set_defaults(handler=run)


def _progress(done: int, total: int, message: str) -> None:
    if message:
        print(f"[{done}/{total}] {message}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    """Group the archive when it was never grouped (or on --regroup), then list its stories."""
    from ..archive import Archive
    from ..stories.rebuild import pending, regroup
    from ..stories.view import stories

    with Archive.open(args.archive, create=False) as archive:
        if args.regroup or pending(archive):
            report = regroup(archive, progress=_progress)
            print(f"grouped {report.articles} articles: {report.stories} stories ({report.seconds:.1f} s)",
                  file=sys.stderr)
        found = stories(archive)
    if args.json:
        print(json.dumps([{**asdict(s), "outlets": s.outlets} for s in found], ensure_ascii=False, indent=2))
        return 0
    for story in found:
        original = story.versions[0]
        print(f"story #{story.id}  {len(story.versions)} versions  {original.published or '?'}  {original.title}")
        print(f"    original: #{original.article_id} {original.outlet or '?'} — {story.reason}")
        print(f"    also published by: {', '.join(story.republishers) or '—'}")
    if not found:
        print("no stories: every article stands alone")
    return 0


def print_versions(story: "Story | None", article_id: int) -> None:
    """The versions of an article's story, for `show` (nothing when it stands alone)."""
    if story is None:
        return
    print(f"  story #{story.id}: {len(story.versions)} versions (original: {story.reason})")
    for v in story.versions:
        mark = "*" if v.article_id == article_id else " "
        print(f"   {mark} #{v.article_id}  {v.relation:<9} {v.published or '?':<25} {v.outlet or '?'}  {v.title}")


def story_dict(story: "Story | None") -> dict | None:
    """An article's story as JSON-ready data, for `show --json`."""
    return None if story is None else {**asdict(story), "outlets": story.outlets}
