"""Near-duplicate detection at import: find the story a new article belongs to and join it."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from . import store
from .checks import Checker, Sketches
from .grouping import MIN_SHARED
from .shingles import MIN_SHINGLES, shingle_list, sketch

if TYPE_CHECKING:
    from ..archive import Archive

log = logging.getLogger(__name__)

MAX_CANDIDATES = 8  # the ids sharing most bands are checked; the rest cannot beat them in practice


def attach(archive: "Archive", article_id: int, paragraphs: list[str]) -> int | None:
    """Index a freshly stored article and join it to the story of its versions (a story is created when
    they stood alone; stories it bridges become one); returns the story id, None when no version is
    archived. Runs inside the caller's write transaction."""
    own = shingle_list(paragraphs)  # sizes count repeats too: rare in news, and the same in regroup
    if len(own) < MIN_SHINGLES:
        return None
    conn = archive._conn
    values = sketch(own)
    keys = store.add_index(conn, article_id, values, len(own))
    marks = ",".join("?" * len(keys))
    sql = (f"SELECT article_id FROM story_bands WHERE band IN ({marks}) AND article_id != ? GROUP BY article_id "
           f"HAVING count(*) >= {MIN_SHARED} ORDER BY count(*) DESC, article_id LIMIT {MAX_CANDIDATES}")
    candidates = [r[0] for r in conn.execute(sql, (*keys, article_id))]
    if not candidates:
        return None
    known = Sketches({article_id: (values, len(own))}).load(conn, candidates)
    check = Checker(conn, known)  # a borderline pair reads both bodies (this one is already stored)
    versions = [i for i in candidates if check(article_id, i)]
    if not versions:
        return None
    # Every story the article is a version of becomes one (as grouping from scratch would do).
    stories = sorted({s for i in versions if (s := store.story_of(conn, i)) is not None})
    ids = {i for i in versions if store.story_of(conn, i) is None} | {article_id}
    for other in stories:
        ids.update(store.member_ids(conn, other))
    story_id = stories[0] if stories else store.new_story(conn)
    for other in stories[1:]:
        store.settle(conn, other, [])
    store.settle(conn, story_id, sorted(ids), relate=known.load(conn, sorted(ids)).relation)
    log.debug("article %d joined story %d (versions found: %s)", article_id, story_id, versions)
    return story_id


def add_article(archive: "Archive", article, *, raw: bytes, file_name: str,
                detect: bool = True) -> tuple[int, int | None]:
    """Store an article and join its story in one transaction: (article id, story id or None)."""
    with archive._write():
        article_id = archive.add_article(article, raw=raw, file_name=file_name)
        story_id = attach(archive, article_id, article.body) if detect else None
    return article_id, story_id
