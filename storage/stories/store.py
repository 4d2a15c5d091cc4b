"""SQL for story groups (inside the archive's locks): bands, members, and writing a story's choice."""
from __future__ import annotations

import json
import logging
import sqlite3
from array import array
from collections import Counter
from itertools import repeat
from typing import Callable
from datetime import datetime, timezone

from .original import Candidate, Choice, choose_original, relation
from .shingles import bands, shingles

log = logging.getLogger(__name__)

# Newest articles read per band key when looking for an article's versions: every version of a story of
# thousands shares the keys (reading them all made each import O(story size)); the newest are checked.
PER_BAND = 16


def dialect_of(conn: sqlite3.Connection):
    """The connection's SQL dialect (imported late: the archive package imports this module)."""
    from ..archive.backends import dialect_of as of

    return of(conn)


def now_iso() -> str:
    """The current UTC time, ISO, seconds."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def add_index(conn: sqlite3.Connection, article_id: int, values: list[int], size: int,
              keys: list[int] | None = None, blob: bytes = b"", keys_json: str = "",
              bands_rows: bool = True) -> list[int]:
    """Store an article's sketch, shingle count and LSH band keys; the keys, the sketch's bytes and
    the keys' JSON are computed here unless given (by an import worker). Returns the keys."""
    keys = bands(values) if keys is None else keys
    conn.execute("INSERT OR REPLACE INTO story_sketches(article_id, sketch, size, bands) VALUES (?, ?, ?, ?)",
                 (article_id, blob or array("q", values).tobytes(), size, keys_json or json.dumps(keys)))
    if bands_rows:  # else the import holds them (PendingBands)
        conn.executemany("INSERT OR IGNORE INTO story_bands(band, article_id) VALUES (?, ?)",
                         zip(keys, repeat(article_id)))
    return keys


def sharing(conn: sqlite3.Connection, keys: list[int], article_id: int,
            pending: "PendingBands | None" = None) -> Counter[int]:
    """Articles other than this one among the PER_BAND newest of each band key (held rows first: they
    are newer than every written one), with how many of the keys each has: a bounded read however
    many versions share the keys."""
    keys = list(dict.fromkeys(keys))
    wanted, shared = [], []
    buckets = pending.buckets if pending is not None else {}
    for key in keys:
        newest = buckets.get(key)  # held in commit order: the newest ids last
        held = [a for a in newest[-PER_BAND - 1:] if a != article_id][-PER_BAND:] if newest else ()
        shared += held
        wanted += [key, article_id, PER_BAND - len(held)]
    counts: Counter[int] = Counter(shared)
    if keys:  # the written rows' share, counted by SQLite
        # Aliased subqueries: PostgreSQL requires a name for each (SQLite accepts them too).
        one = "SELECT * FROM (SELECT article_id FROM story_bands WHERE band = ? AND article_id != ? " \
              "ORDER BY article_id DESC LIMIT ?) AS newest"
        counts.update(dict(conn.execute(f"SELECT article_id, count(*) FROM ({' UNION ALL '.join([one] * len(keys))}) "
                                        "AS shared GROUP BY article_id", wanted)))
    return counts


def drop_index(conn: sqlite3.Connection, article_id: int) -> None:
    """Remove an article's sketch and band rows (its body changed)."""
    keys = dialect_of(conn).json_values("(SELECT bands FROM story_sketches WHERE article_id = ?)")
    conn.execute(f"DELETE FROM story_bands WHERE article_id = ? AND band IN {keys}", (article_id, article_id))
    conn.execute("DELETE FROM story_sketches WHERE article_id = ?", (article_id,))


def story_of(conn: sqlite3.Connection, article_id: int) -> int | None:
    """The story an article belongs to, None when it stands alone."""
    row = conn.execute("SELECT story_id FROM story_members WHERE article_id = ?", (article_id,)).fetchone()
    return int(row[0]) if row else None


def stories_of(conn: sqlite3.Connection, article_ids: list[int]) -> dict[int, int | None]:
    """story_of of each of a few articles (an import's versions found), in one read."""
    marks = ",".join("?" * len(article_ids))
    found = dict(conn.execute(f"SELECT article_id, story_id FROM story_members WHERE article_id IN ({marks})",
                              article_ids))
    return {i: int(found[i]) if i in found else None for i in article_ids}


def original_of(conn: sqlite3.Connection, story_id: int) -> int | None:
    """The story's original article id (None for no such story)."""
    row = conn.execute("SELECT original_id FROM stories WHERE id = ?", (story_id,)).fetchone()
    return row[0] if row else None


def member_ids(conn: sqlite3.Connection, story_id: int) -> list[int]:
    """The articles of a story, by id."""
    return [r[0] for r in conn.execute("SELECT article_id FROM story_members WHERE story_id = ? ORDER BY article_id",
                                       (story_id,))]


def body_shingles(conn: sqlite3.Connection, ids: list[int]) -> dict[int, set[int]]:
    """Shingle sets of the stored bodies of these articles."""
    out: dict[int, set[int]] = {}
    from ..archive.codec import stored_body  # lazy: the archive package imports stories
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for article_id, blocks, raw in conn.execute(f"SELECT id, blocks, raw FROM articles WHERE id IN ({marks})",
                                                    chunk):
            out[article_id] = shingles([stored_body(blocks, raw)])
    return out


def new_story(conn: sqlite3.Connection, story_id: int | None = None) -> int:
    """Create an empty story row (with a given id when restoring); returns its id."""
    if story_id is None:
        return int(conn.execute("INSERT INTO stories(original_id, reason, created_at) VALUES (NULL, '', ?)",
                                (now_iso(),)).lastrowid)
    conn.execute("INSERT INTO stories(id, original_id, reason, created_at) VALUES (?, NULL, '', ?)",
                 (story_id, now_iso()))
    return int(story_id)


def settle(conn: sqlite3.Connection, story_id: int, ids: list[int],
           cached: dict[int, set[int]] | None = None,
           relate: Callable[[int, int], str] | None = None) -> None:
    """Make `ids` the story's members: choose the original, store each relation (from the shingle
    sets, or from `relate(version, original)` when given); fewer than two members dissolves the story."""
    conn.execute("DELETE FROM story_members WHERE story_id = ?", (story_id,))
    if len(ids) < 2:
        conn.execute("DELETE FROM stories WHERE id = ?", (story_id,))
        return
    marks = ",".join("?" * len(ids))
    candidates = [Candidate(*row) for row in conn.execute(
        f"SELECT id, outlet, source, published FROM articles WHERE id IN ({marks})", ids)]
    original, reason = choose_original(candidates)
    if relate is None:
        sets = dict(cached or {})
        sets.update(body_shingles(conn, [i for i in ids if i not in sets]))
        relate = lambda a, b: relation(sets.get(a, set()), sets.get(b, set()))  # noqa: E731
    rows = [(i, story_id, "original" if i == original else relate(i, original)) for i in ids]
    conn.executemany("INSERT OR REPLACE INTO story_members(article_id, story_id, relation) VALUES (?, ?, ?)", rows)
    conn.execute("UPDATE stories SET original_id = ?, reason = ? WHERE id = ?", (original, reason, story_id))


def join(conn: sqlite3.Connection, story_id: int, original_id: int, article_id: int,
         relate: Callable[[int, int], str], choices: dict[int, Choice] | None = None) -> bool:
    """Add one article to a story when that leaves its original unchanged: one member row (a big
    story re-settled at every import made the import quadratic). False (nothing written) when the
    newcomer changes the choice: the caller settles the whole story. `choices`: the import's running
    choice per story (StoryChoices.current), so that the members are read once per story, not per join.
    `original_id`: the story's original as stored (original_of)."""
    choice = choices.pop(story_id, None) if choices is not None else None
    if choice is None:
        choice = Choice(_candidates(conn, "a JOIN story_members m ON m.article_id = a.id WHERE m.story_id = ? "
                                          "ORDER BY a.id", (story_id,)))
    for newcomer in _candidates(conn, "a WHERE a.id = ?", (article_id,)):
        choice.add(newcomer)
    original, reason = choice.pick()
    if original != original_id:
        return False
    conn.execute("INSERT OR REPLACE INTO story_members(article_id, story_id, relation) VALUES (?, ?, ?)",
                 (article_id, story_id, relate(article_id, original)))
    conn.execute("UPDATE stories SET reason = ? WHERE id = ?", (reason, story_id))
    if choices is not None:
        choices[story_id] = choice
    return True


def _candidates(conn: sqlite3.Connection, where: str, params: tuple) -> list[Candidate]:
    return [Candidate(*r) for r in conn.execute(f"SELECT a.id, a.outlet, a.source, a.published FROM articles {where}",
                                                params)]


class StoryChoices:
    """An import's running choice of original per story it joined articles to (see join), and the shingle
    sets of the stored bodies its version checks read (`bodies`: the newest versions of a story are checked
    again and again as candidates). Valid only while nothing but the import writes: `current` (before an
    article's write) drops them all when the connection or another one wrote since the import's last
    commit, which `committed` records."""

    MAX_STORIES = 256
    MAX_BODIES = 256  # the oldest go first (a set is ~25 KB)

    def __init__(self) -> None:
        self.choices: dict[int, Choice] = {}
        self.bodies: dict[int, set[int]] = {}
        self.mark: tuple[int, int] | None = None

    def _state(self, conn: sqlite3.Connection) -> tuple[int, int]:
        return conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]

    def current(self, conn: sqlite3.Connection) -> dict[int, Choice]:
        """The choices, emptied (and the bodies) when anything was written since the last `committed`."""
        stale = self.mark != self._state(conn)
        if stale:
            self.bodies.clear()
        if stale or len(self.choices) > self.MAX_STORIES:
            self.choices.clear()
        while len(self.bodies) > self.MAX_BODIES:
            del self.bodies[next(iter(self.bodies))]
        self.mark = None  # until this article's commit
        return self.choices

    def committed(self, conn: sqlite3.Connection) -> None:
        """After the article's commit: its changes were the import's own."""
        self.mark = self._state(conn)


def snapshot(conn: sqlite3.Connection, story_ids: set[int], article_ids: set[int]) -> tuple[tuple, tuple]:
    """The rows of these stories and of the memberships of these articles and stories (for undo)."""
    ids = set(story_ids) | {s for a in article_ids if (s := story_of(conn, a)) is not None}
    stories = tuple(tuple(r) for s in sorted(ids) for r in conn.execute(
        "SELECT id, original_id, reason, created_at FROM stories WHERE id = ?", (s,)))
    members = tuple(tuple(r) for s in sorted(ids) for r in conn.execute(
        "SELECT article_id, story_id, relation, score FROM story_members WHERE story_id = ?", (s,)))
    return stories, members


def restore(conn: sqlite3.Connection, stories: tuple, members: tuple, story_ids: set[int],
            article_ids: set[int]) -> None:
    """Put back a snapshot: drop the current rows of the stories and articles involved, insert the old."""
    touched = set(story_ids) | {s for a in article_ids if (s := story_of(conn, a)) is not None}
    touched |= {row[0] for row in stories}
    for s in touched:
        conn.execute("DELETE FROM story_members WHERE story_id = ?", (s,))
        conn.execute("DELETE FROM stories WHERE id = ?", (s,))
    conn.executemany("DELETE FROM story_members WHERE article_id = ?", [(a,) for a in article_ids])
    conn.executemany("INSERT INTO stories(id, original_id, reason, created_at) VALUES (?, ?, ?, ?)", stories)
    conn.executemany("INSERT INTO story_members(article_id, story_id, relation, score) VALUES (?, ?, ?, ?)", members)


def saved_rows(conn: sqlite3.Connection, article_id: int) -> dict | None:
    """One article's story rows, taken before its delete so that undo puts them back: its sketch row
    (sketch, size, band keys), its membership, its story's row and the story's other members."""
    sketch = conn.execute("SELECT sketch, size, bands FROM story_sketches WHERE article_id = ?",
                          (article_id,)).fetchone()
    member = conn.execute("SELECT story_id, relation, score FROM story_members WHERE article_id = ?",
                          (article_id,)).fetchone()
    if sketch is None and member is None:
        return None
    story = peers = None
    if member is not None:
        story = tuple(conn.execute("SELECT id, original_id, reason, created_at FROM stories WHERE id = ?",
                                   (member[0],)).fetchone() or ())
        peers = tuple(tuple(r) for r in conn.execute(
            "SELECT article_id, relation, score FROM story_members WHERE story_id = ? AND article_id != ?",
            (member[0], article_id)))
    return {"sketch": tuple(sketch) if sketch else None, "member": tuple(member) if member else None,
            "story": story or None, "peers": peers or ()}


def put_back(conn: sqlite3.Connection, article_id: int, saved: dict | None) -> None:
    """Undo of a delete, for the story side (inside the restore's transaction): the sketch and band
    rows, and the membership in the same story with the same relation (the story's original and
    reason too when the article was it). A story dissolved meanwhile comes back with those of its
    members that stand alone now; a story changed meanwhile is settled again with the article in it."""
    if not saved:
        return
    if saved.get("sketch"):
        blob, size, keys = saved["sketch"]
        conn.execute("INSERT OR REPLACE INTO story_sketches(article_id, sketch, size, bands) VALUES (?, ?, ?, ?)",
                     (article_id, blob, size, keys))
        conn.executemany("INSERT OR IGNORE INTO story_bands(band, article_id) VALUES (?, ?)",
                         [(k, article_id) for k in json.loads(keys)])
    if not saved.get("member") or not saved.get("story"):
        return
    story_id, relation_, score = saved["member"]
    _, original_id, reason, created_at = saved["story"]
    current = conn.execute("SELECT original_id, created_at FROM stories WHERE id = ?", (story_id,)).fetchone()
    if current is not None and current[1] == created_at:  # the same story (not a new one under its id)
        conn.execute("INSERT OR REPLACE INTO story_members(article_id, story_id, relation, score) VALUES (?, ?, ?, ?)",
                     (article_id, story_id, relation_, score))
        if current[0] is None and original_id == article_id:  # the delete left the story without its original
            conn.execute("UPDATE stories SET original_id = ?, reason = ? WHERE id = ?", (article_id, reason, story_id))
        elif current[0] != original_id:  # the story was changed meanwhile: choose again with the article in it
            settle(conn, story_id, member_ids(conn, story_id))
        return
    # The story was dissolved meanwhile: bring it back with its members that exist and stand alone.
    rows = [(article_id, relation_, score)] + [
        p for p in saved["peers"]
        if conn.execute("SELECT 1 FROM articles WHERE id = ?", (p[0],)).fetchone() and story_of(conn, p[0]) is None]
    if len(rows) < 2:
        return
    new_id = new_story(conn, None if current is not None else story_id)
    conn.executemany("INSERT INTO story_members(article_id, story_id, relation, score) VALUES (?, ?, ?, ?)",
                     [(a, new_id, r, s) for a, r, s in rows])
    if original_id in {a for a, _, _ in rows}:
        conn.execute("UPDATE stories SET original_id = ?, reason = ?, created_at = ? WHERE id = ?",
                     (original_id, reason, created_at, new_id))
    else:
        settle(conn, new_id, sorted(a for a, _, _ in rows))


class PendingBands:
    """Band rows of the articles an import stored, held here and written in key order every FLUSH
    articles and at the end of the import: 32 random keys per article would otherwise dirty ~32
    index pages in each article's commit (most of detection's cost in the writer). Lookups read
    these too, so candidates are those of immediate writes. Each article's keys are already in its
    story_sketches row (same transaction as the article), and story_state 'bands_from' names the
    first article whose band rows may be missing until the flush: `repair` rebuilds them after a crash."""

    FLUSH = 500

    def __init__(self) -> None:
        self.buckets: dict[int, list[int]] = {}
        self.keys: dict[int, list[int]] = {}
        self.choices = StoryChoices()  # the import's other memory between articles
        self.batched = False  # the import writes its articles in batches (ingest_batch): its own transaction

    def __len__(self) -> int:
        return len(self.keys)

    def mark(self, conn: sqlite3.Connection, article_id: int) -> None:
        """Inside the article's transaction: note that its band rows are not written yet."""
        conn.execute("INSERT OR IGNORE INTO story_state(key, value) VALUES ('bands_from', ?)", (str(article_id),))

    def add(self, article_id: int, keys: list[int]) -> None:
        """After the article's commit: hold its keys until the flush."""
        self.keys[article_id] = keys
        for key in keys:
            self.buckets.setdefault(key, []).append(article_id)

    def discard(self, article_id: int) -> None:
        """Forget an article's keys (its index is being rewritten)."""
        for key in self.keys.pop(article_id, ()):
            self.buckets[key].remove(article_id)

    def flush(self, conn: sqlite3.Connection) -> None:
        """Write the held rows in key order (articles deleted meanwhile skipped) and clear the mark,
        in one transaction (the caller's)."""
        rows = sorted((k, a) for a, keys in self.keys.items() for k in keys)
        conn.executemany("INSERT OR IGNORE INTO story_bands(band, article_id) SELECT ?, ? WHERE EXISTS "
                         "(SELECT 1 FROM story_sketches WHERE article_id = ?)", [(k, a, a) for k, a in rows])
        conn.execute("DELETE FROM story_state WHERE key = 'bands_from'")
        self.buckets.clear()
        self.keys.clear()


def repair(conn: sqlite3.Connection) -> int:
    """Write the band rows an interrupted import left unwritten (from the sketches' stored keys);
    returns the articles looked at (0: nothing to do). Inside the caller's transaction."""
    row = conn.execute("SELECT value FROM story_state WHERE key = 'bands_from'").fetchone()
    if row is None:
        return 0
    count = conn.execute("SELECT count(*) FROM story_sketches WHERE article_id >= ?", (int(row[0]),)).fetchone()[0]
    conn.execute("INSERT OR IGNORE INTO story_bands(band, article_id) SELECT CAST(j.value AS BIGINT), s.article_id "
                 f"FROM story_sketches s, {dialect_of(conn).json_rows('s.bands')} WHERE s.article_id >= ? "
                 "ORDER BY 1, 2", (int(row[0]),))
    conn.execute("DELETE FROM story_state WHERE key = 'bands_from'")
    log.info("wrote the story band rows of %d articles left by an interrupted import", count)
    return count
