"""Group a whole archive from scratch (an archive made before stories existed, or on demand)."""
from __future__ import annotations

import logging
import time
from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import store
from .grouping import MAX_BUCKET, THRESHOLD, cluster, is_version, shared_pairs
from .original import relation_from
from .shingles import MIN_SHINGLES, bands, estimated_containment, estimated_resemblance, shingles, sketch
from ..progress import NEVER, CancelToken, Progress, noop

if TYPE_CHECKING:
    from ..archive import Archive

log = logging.getLogger(__name__)

CHUNK = 1000
MARGIN = 0.15  # a sketch estimate this far from the threshold decides alone (64 bins: error ~0.06)


@dataclass
class RegroupReport:
    """What a regroup found."""

    articles: int
    stories: int
    grouped: int  # articles in some story
    seconds: float


def pending(archive: "Archive") -> bool:
    """True when the archive holds articles that were never grouped (made before stories existed)."""
    with archive._reading():
        row = archive._conn.execute("SELECT value FROM story_state WHERE key = 'pending'").fetchone()
    return bool(row and row[0] == "1")


def regroup(archive: "Archive", *, progress: Progress = noop, cancel: CancelToken = NEVER) -> RegroupReport:
    """Recompute every band and story from the stored bodies, in one transaction (cancel rolls back).
    Progress counts articles sketched, then candidate pairs verified."""
    started = time.perf_counter()
    with archive._write() as conn:
        conn.execute("DELETE FROM story_bands")
        conn.execute("DELETE FROM story_members")
        conn.execute("DELETE FROM stories")
        total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        # Building the band indexes once after the bulk insert is several times faster than keeping them.
        conn.execute("DROP INDEX IF EXISTS idx_story_bands_band")
        conn.execute("DROP INDEX IF EXISTS idx_story_bands_article")
        sketches = _sketch_all(conn, total, progress, cancel)
        conn.execute("CREATE INDEX idx_story_bands_band ON story_bands(band)")
        conn.execute("CREATE INDEX idx_story_bands_article ON story_bands(article_id)")
        pairs = _pairs(conn)
        progress(0, len(pairs) or 1, "checking versions")
        groups = cluster(pairs, _Verifier(conn, sketches))
        for done, ids in enumerate(groups):
            if done % 200 == 0:
                cancel.check()
                progress(done, len(groups), "choosing originals")
            store.settle(conn, store.new_story(conn), ids, relate=sketches.relation)
        conn.execute("DELETE FROM story_state WHERE key = 'pending'")
    report = RegroupReport(total, len(groups), sum(len(g) for g in groups), time.perf_counter() - started)
    progress(1, 1, "")
    log.info("regrouped %d articles into %d stories in %.1f s", total, report.stories, report.seconds)
    return report


class _Sketches(dict):
    """Sketch and shingle count per article id, kept while regrouping (about 600 bytes each)."""

    def relation(self, version: int, original: int) -> str:
        """The relation estimated from the two sketches (exact sets would mean reading every body twice)."""
        (a, size_a), (b, size_b) = self[version], self[original]
        similar = estimated_resemblance(a, b)
        held = min(1.0, similar * (size_a + size_b) / ((1 + similar) * size_a)) if size_a else 0.0
        return relation_from(similar, held, size_a, size_b)


class _Verifier:
    """Pair check for cluster(): clear cases from the sketches, borderline ones on the exact sets."""

    def __init__(self, conn, sketches: _Sketches) -> None:
        self._conn, self._sketches = conn, sketches

    def __call__(self, a: int, b: int) -> bool:
        (sa, na), (sb, nb) = self._sketches[a], self._sketches[b]
        estimate = estimated_containment(sa, sb, na, nb)
        if abs(estimate - THRESHOLD) >= MARGIN:
            return estimate >= THRESHOLD
        sets = store.body_shingles(self._conn, [a, b])
        return is_version(sets[a], sets[b])


def _sketch_all(conn, total: int, progress: Progress, cancel: CancelToken) -> _Sketches:
    """Bands of every stored body, written in chunks; returns the sketches."""
    sketches = _Sketches()
    last = 0
    done = 0
    while True:
        rows = conn.execute("SELECT id, body FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, CHUNK)).fetchall()
        if not rows:
            return sketches
        cancel.check()
        batch = []
        for article_id, body in rows:
            own = shingles([body or ""])
            if len(own) >= MIN_SHINGLES:
                values = sketch(own)
                sketches[article_id] = (array("q", values), len(own))
                batch += [(key, article_id) for key in bands(values)]
        conn.executemany("INSERT INTO story_bands(band, article_id) VALUES (?, ?)", batch)
        last = rows[-1][0]
        done += len(rows)
        progress(done, total, "finding versions")


def _pairs(conn) -> set[tuple[int, int]]:
    """Candidate pairs: articles meeting in a band bucket (huge buckets are boilerplate: skipped)."""
    sql = ("SELECT group_concat(article_id) FROM story_bands GROUP BY band "
           f"HAVING count(*) BETWEEN 2 AND {MAX_BUCKET}")
    return shared_pairs(sorted({int(x) for x in joined.split(",")}) for (joined,) in conn.execute(sql))
