"""Near-duplicate detection at import: find the story a new article belongs to and join it."""
from __future__ import annotations

import json
import logging
from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from . import store
from .checks import Checker, Sketches
from .grouping import MIN_SHARED
from .shingles import MIN_SHINGLES, bands, shingle_list, sketch

if TYPE_CHECKING:
    from ..archive import Archive

log = logging.getLogger(__name__)

MAX_CANDIDATES = 8  # the ids sharing most bands are checked; the rest cannot beat them in practice


@dataclass(frozen=True)
class Fingerprint:
    """The pure, costly part of detection for one body: its shingle count, MinHash sketch and LSH band
    keys (empty when the body is too short to group). Computed by an import worker (prepare), so the
    writer only looks up, checks and writes."""

    size: int
    values: tuple[int, ...] = ()
    keys: tuple[int, ...] = ()
    blob: bytes = b""  # the sketch as stored (signed 64-bit ints, machine order)
    keys_json: str = "[]"  # the band keys as stored
    shingled: bytes = b""  # the body's shingle hashes (signed 64-bit ints): a borderline check's exact set

    def shingle_set(self) -> set[int]:
        """The body's shingle set (what store.body_shingles reads back from the stored body)."""
        return set(array("q", self.shingled))

    @property
    def usable(self) -> bool:
        """Whether the body is long enough to be grouped."""
        return self.size >= MIN_SHINGLES


def fingerprint(paragraphs: list[str]) -> Fingerprint:
    """Fold, shingle and sketch a body (no archive needed: safe in a worker process)."""
    own = shingle_list(paragraphs)  # sizes count repeats too: rare in news, and the same in regroup
    if len(own) < MIN_SHINGLES:
        return Fingerprint(len(own))
    values = sketch(own)
    keys = bands(values)
    return Fingerprint(len(own), tuple(values), tuple(keys), array("q", values).tobytes(), json.dumps(keys),
                       array("q", own).tobytes())


def attach(archive: "Archive", article_id: int, paragraphs: list[str],
           prepared: Fingerprint | None = None, pending: store.PendingBands | None = None,
           hold: bool = False, choices: dict | None = None, bodies: dict[int, set[int]] | None = None) -> int | None:
    """Index a freshly stored article and join it to the story of its versions (a story is created when
    they stood alone; stories it bridges become one); returns the story id, None when no version is
    archived. Runs inside the caller's write transaction. `prepared`: the body's fingerprint computed
    ahead (by an import worker), else it is computed here. `pending`: the import's held band rows
    (read for the lookup); `hold`: this article's band rows are left to the caller to hold (add_article);
    `choices`: the import's running choices of original (store.StoryChoices.current); `bodies`: the import's
    shingle sets of stored bodies (StoryChoices.bodies, valid with `choices`)."""
    found = prepared if prepared is not None else fingerprint(paragraphs)
    if not found.usable:
        return None
    conn = archive._conn
    values, size = list(found.values), found.size
    held = hold and pending is not None
    keys = store.add_index(conn, article_id, values, size, list(found.keys), found.blob, found.keys_json,
                           bands_rows=not held)
    if held:
        pending.mark(conn, article_id)
    counts = store.sharing(conn, keys, article_id, pending)  # an article's rows are either written or held
    candidates = sorted((a for a, n in counts.items() if n >= MIN_SHARED), key=lambda a: (-counts[a], a))
    candidates = candidates[:MAX_CANDIDATES]
    if not candidates:
        return None
    known = Sketches({article_id: (values, size)}).load(conn, candidates)
    # A borderline pair compares exact shingle sets: this body's from its fingerprint, the other's read back.
    check = Checker(conn, known, bodies, own=(article_id, found.shingle_set) if found.shingled else None)
    versions = [i for i in candidates if check(article_id, i)]
    if not versions:
        return None
    # Every story the article is a version of becomes one (as grouping from scratch would do).
    story_by_id = store.stories_of(conn, versions)
    stories = sorted({s for s in story_by_id.values() if s is not None})
    ids = {i for i, s in story_by_id.items() if s is None} | {article_id}
    original = store.original_of(conn, stories[0]) if len(stories) == 1 and ids == {article_id} else None
    if original is not None:  # joins one story, bridges nothing: incremental
        known.load(conn, [original])
        if store.join(conn, stories[0], original, article_id, known.relation, choices):
            log.debug("article %d joined story %d (versions found: %s)", article_id, stories[0], versions)
            return stories[0]
    if choices is not None:  # the stories settled below are chosen afresh
        choices.clear()
    for other in stories:
        ids.update(store.member_ids(conn, other))
    story_id = stories[0] if stories else store.new_story(conn)
    for other in stories[1:]:
        store.settle(conn, other, [])
    store.settle(conn, story_id, sorted(ids), relate=known.load(conn, sorted(ids)).relation)
    log.debug("article %d joined story %d (versions found: %s)", article_id, story_id, versions)
    return story_id


def redetect(archive: "Archive", article_id: int, pending: store.PendingBands | None = None) -> int | None:
    """Story detection again for a re-extracted article (inside the caller's write): when the stored
    body's fingerprint changed, its index rows are replaced and it leaves its story (which is settled
    again without it) to join the story of its versions as a fresh import of it would (so versions that
    stand alone join too); an unchanged body keeps its story (and any split or join the user made).
    A change of story is recorded in the history (by "extractor"). Returns the story id, None: alone."""
    from ..archive.codec import stored_body  # lazy: the archive package imports stories

    conn = archive._conn
    row = conn.execute("SELECT blocks, raw FROM articles WHERE id = ?", (article_id,)).fetchone()
    found = fingerprint([stored_body(*row)] if row else [])
    stored = conn.execute("SELECT sketch, size FROM story_sketches WHERE article_id = ?", (article_id,)).fetchone()
    now = (array("q", found.values).tobytes(), found.size) if found.usable else None
    if (stored is None and now is None) or (stored is not None and (bytes(stored[0]), stored[1]) == now):
        return store.story_of(conn, article_id)
    store.drop_index(conn, article_id)
    if pending is not None:
        pending.discard(article_id)
    old = store.story_of(conn, article_id)
    if old is not None:
        store.settle(conn, old, [i for i in store.member_ids(conn, old) if i != article_id])
    story_id = attach(archive, article_id, [], found, pending)
    if story_id != old:
        archive._record(article_id, "story", old, story_id, "extractor")
    log.debug("re-extracted article %d: story %s -> %s", article_id, old, story_id)
    return story_id


def _choices(archive: "Archive", pending: store.PendingBands | None) -> dict | None:
    """The import's running choices of original, when this article's write is a transaction of its own
    (or a savepoint of the import's write batch, ingest_batch)."""
    with archive._reading():
        # SQLite only: the running choices are kept valid by its change counters (PostgreSQL: none)
        in_other = archive._conn.in_transaction and not (pending is not None and pending.batched)
        if pending is None or in_other or archive._conn.sql.name != "sqlite":
            return None
        return pending.choices.current(archive._conn)


def add_article(archive: "Archive", article, *, raw: bytes, file_name: str, detect: bool = True,
                prepared: Fingerprint | None = None, pending: store.PendingBands | None = None,
                values=None, on_stored: Callable[[int | None], None] | None = None) -> tuple[int, int | None]:
    """Store an article and join its story in one transaction: (article id, story id or None).
    `prepared`: the fingerprint of `article.body` computed ahead (see Fingerprint); `pending`: the
    import's held band rows (this article's join them once committed; see store.PendingBands); `values`:
    the article's archive.codec.RowValues computed ahead; `on_stored(story id)`: more writes for this
    article, run in the same transaction."""
    if detect and pending is not None and prepared is None:
        prepared = fingerprint(article.body)
    from ..archive.concurrency import retrying

    def write() -> tuple[int, int | None]:
        choices = _choices(archive, pending) if detect else None
        with archive._write():
            new_id = archive.add_article(article, raw=raw, file_name=file_name, values=values)
            story = attach(archive, new_id, article.body, prepared, pending, hold=True, choices=choices,
                           bodies=pending.choices.bodies if choices is not None else None) if detect else None
            if on_stored is not None:
                on_stored(story)
        if choices is not None:
            with archive._reading():
                pending.choices.committed(archive._conn)  # type: ignore[union-attr]
        return new_id, story

    article_id, story_id = retrying(archive, write)  # a shared archive's server may abort it as a deadlock victim
    if detect and pending is not None and prepared is not None and prepared.usable:
        pending.add(article_id, list(prepared.keys))  # committed: its rows are held until the flush
    return article_id, story_id
