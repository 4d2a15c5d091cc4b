"""One per story in a dossier: keep each story's original once, note who else published it and the
differences that matter (a changed title, added paragraphs)."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from .diff import added_paragraphs
from .view import story_of

if TYPE_CHECKING:
    from ..archive import Archive

log = logging.getLogger(__name__)

MAX_QUOTE = 220  # characters of an added paragraph quoted in the note


def one_per_story(archive: "Archive", ids: list[int]) -> tuple[list[int], dict[int, list[tuple[str, str]]]]:
    """(ids with each story once — its original, else its first selected version —, notes per kept id).
    A note is (kind, text): kind "also" (outlets and dates), "title" or "added" (outlet: text)."""
    kept: list[int] = []
    notes: dict[int, list[tuple[str, str]]] = {}
    seen: set[int] = set()
    selected = set(ids)
    for article_id in ids:
        story = story_of(archive, article_id)
        if story is None:
            kept.append(article_id)
            continue
        if story.id in seen:
            continue
        seen.add(story.id)
        members = [v.article_id for v in story.versions]
        chosen = story.original_id if story.original_id in selected else next(i for i in members if i in selected)
        kept.append(chosen)
        notes[chosen] = _notes(archive, chosen, story)
    return kept, notes


def _notes(archive: "Archive", chosen: int, story) -> list[tuple[str, str]]:
    """What the other versions say about themselves: outlets with dates, new titles, added paragraphs."""
    base = archive.get(chosen)
    others = [v for v in story.versions if v.article_id != chosen]
    also = ", ".join(f"{v.outlet or '?'} ({(v.published or '?')[:10]})" for v in others)
    notes = [("also", also)]
    for v in others:
        version = archive.get(v.article_id)
        if version.title.strip() and version.title.strip() != base.title.strip():
            notes.append(("title", f"{v.outlet or '?'}: {version.title}"))
        for paragraph in added_paragraphs(base.body, version.body):
            quoted = paragraph if len(paragraph) <= MAX_QUOTE else paragraph[:MAX_QUOTE].rsplit(" ", 1)[0] + " …"
            notes.append(("added", f"{v.outlet or '?'}: {quoted}"))
    return notes
