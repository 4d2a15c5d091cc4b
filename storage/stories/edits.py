"""Story edits as data (split an article out, join it to another story, undo): registered with
storage.edits.apply, so the GUI's undo stack and the CLI treat them like any other edit."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import store
from ..edits import _apply
from ..errors import ArchiveError

if TYPE_CHECKING:
    from ..archive import Archive

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SplitFromStory:
    """Take one article out of its story (it stands alone afterwards)."""

    article_id: int


@dataclass(frozen=True)
class JoinStory:
    """Put an article, with the rest of its story, into the story of another article."""

    article_id: int
    into_article_id: int


@dataclass(frozen=True)
class RestoreStories:
    """Undo of a split or join: the story rows as they were."""

    stories: tuple
    members: tuple
    story_ids: frozenset
    article_ids: frozenset


def _inverse(archive: "Archive", story_ids: set[int], article_ids: set[int]) -> RestoreStories:
    stories, members = store.snapshot(archive._conn, story_ids, article_ids)
    touched = story_ids | {row[0] for row in stories}
    return RestoreStories(stories, members, frozenset(touched), frozenset(article_ids))


def _history(archive: "Archive", article_id: int, old: int | None, new: int | None) -> None:
    archive._record(article_id, "story", old, new, "user")


@_apply.register(SplitFromStory)
def _split(edit: SplitFromStory, archive: "Archive") -> RestoreStories:
    conn = archive._conn
    story_id = store.story_of(conn, edit.article_id)
    if story_id is None:
        raise ArchiveError(f"article {edit.article_id} is not part of a story")
    inverse = _inverse(archive, {story_id}, {edit.article_id})
    rest = [i for i in store.member_ids(conn, story_id) if i != edit.article_id]
    store.settle(conn, story_id, rest)
    _history(archive, edit.article_id, story_id, None)
    return inverse


@_apply.register(JoinStory)
def _join(edit: JoinStory, archive: "Archive") -> RestoreStories:
    conn = archive._conn
    for article_id in (edit.article_id, edit.into_article_id):
        archive._row_value(article_id, "id")  # NotFound for an unknown id
    source, target = store.story_of(conn, edit.article_id), store.story_of(conn, edit.into_article_id)
    if source is not None and source == target:
        raise ArchiveError(f"articles {edit.article_id} and {edit.into_article_id} are already one story")
    moving = store.member_ids(conn, source) if source is not None else [edit.article_id]
    inverse = _inverse(archive, {s for s in (source, target) if s is not None}, {edit.article_id, edit.into_article_id})
    kept = store.member_ids(conn, target) if target is not None else [edit.into_article_id]
    if source is not None:
        store.settle(conn, source, [])
    story_id = target if target is not None else store.new_story(conn)
    store.settle(conn, story_id, sorted(set(kept) | set(moving)))
    for article_id in moving:
        _history(archive, article_id, source, story_id)
    return inverse


@_apply.register(RestoreStories)
def _restore(edit: RestoreStories, archive: "Archive") -> RestoreStories:
    conn = archive._conn
    current_ids = set(edit.story_ids) | {s for a in edit.article_ids if (s := store.story_of(conn, a)) is not None}
    inverse = _inverse(archive, current_ids, set(edit.article_ids))
    before = {a: store.story_of(conn, a) for a in edit.article_ids}
    store.restore(conn, edit.stories, edit.members, current_ids, set(edit.article_ids))
    for article_id, old in before.items():
        new = store.story_of(conn, article_id)
        if new != old:
            _history(archive, article_id, old, new)
    return inverse
