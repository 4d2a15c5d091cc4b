"""Near-duplicate detection at import: find the story a new article belongs to and join it."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from . import store
from .grouping import MIN_SHARED, THRESHOLD
from .shingles import MIN_SHINGLES, bands, containment, shingles, sketch

if TYPE_CHECKING:
    from ..archive import Archive

log = logging.getLogger(__name__)

MAX_CANDIDATES = 8  # the ids sharing most bands are checked; the rest cannot beat them in practice


def attach(archive: "Archive", article_id: int, paragraphs: list[str]) -> int | None:
    """Index a freshly stored article and join it to the story of its closest version (creating the
    story when that version stood alone); returns the story id, None when no version is archived.
    Runs inside the caller's write transaction."""
    own = shingles(paragraphs)
    if len(own) < MIN_SHINGLES:
        return None
    conn = archive._conn
    keys = bands(sketch(own))
    store.add_bands(conn, article_id, keys)
    marks = ",".join("?" * len(keys))
    candidates = [r[0] for r in conn.execute(
        f"SELECT article_id FROM story_bands WHERE band IN ({marks}) AND article_id != ? "
        f"GROUP BY article_id HAVING count(*) >= {MIN_SHARED} ORDER BY count(*) DESC, article_id LIMIT {MAX_CANDIDATES}", (*keys, article_id))]
    if not candidates:
        return None
    sets = store.body_shingles(conn, candidates)
    scored = sorted(((containment(own, s), i) for i, s in sets.items()), reverse=True)
    score, best = scored[0]
    if score < THRESHOLD:
        return None
    story_id = store.story_of(conn, best)
    if story_id is None:
        story_id = store.new_story(conn)
        ids = [best]
    else:
        ids = store.member_ids(conn, story_id)
    sets[article_id] = own
    store.settle(conn, story_id, sorted(set(ids) | {article_id}), sets)
    log.debug("article %d joined story %d (containment %.2f with %d)", article_id, story_id, score, best)
    return story_id


def add_article(archive: "Archive", article, *, raw: bytes, file_name: str,
                detect: bool = True) -> tuple[int, int | None]:
    """Store an article and join its story in one transaction: (article id, story id or None)."""
    with archive._write():
        article_id = archive.add_article(article, raw=raw, file_name=file_name)
        story_id = attach(archive, article_id, article.body) if detect else None
    return article_id, story_id
