"""Group a whole archive from scratch (an archive made before stories existed, or on demand)."""
from __future__ import annotations

import json
import logging
import time
from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import store
from .checks import Checker, Sketches
from .grouping import MAX_BUCKET, cluster, shared_pairs
from .shingles import MIN_SHINGLES, bands, shingle_list, sketch
from ..progress import NEVER, CancelToken, Progress, noop

if TYPE_CHECKING:
    from ..archive import Archive

log = logging.getLogger(__name__)

CHUNK = 1000


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
        conn.execute("DELETE FROM story_sketches")
        conn.execute("DELETE FROM story_members")
        conn.execute("DELETE FROM stories")
        total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        # Bands go to an unindexed scratch table first, then into the keyed table in key order (fast).
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS scratch_bands (band BIGINT, article_id BIGINT)")
        conn.execute("DELETE FROM scratch_bands")
        sketches = _sketch_all(conn, total, progress, cancel)
        conn.execute("INSERT OR IGNORE INTO story_bands(band, article_id) "
                     "SELECT band, article_id FROM scratch_bands ORDER BY band, article_id")
        conn.execute("DELETE FROM scratch_bands")
        pairs = _pairs(conn)
        progress(0, len(pairs) or 1, "checking versions")
        groups = cluster(pairs, Checker(conn, sketches))
        for done, ids in enumerate(groups):
            if done % 200 == 0:
                cancel.check()
                progress(done, len(groups), "choosing originals")
            store.settle(conn, store.new_story(conn), ids, relate=sketches.relation)
        conn.execute("DELETE FROM story_state WHERE key IN ('pending', 'bands_from')")
    report = RegroupReport(total, len(groups), sum(len(g) for g in groups), time.perf_counter() - started)
    progress(1, 1, "")
    log.info("regrouped %d articles into %d stories in %.1f s", total, report.stories, report.seconds)
    return report


def _sketch_all(conn, total: int, progress: Progress, cancel: CancelToken) -> Sketches:
    """Sketches and bands of every stored body, written in chunks; returns the sketches."""
    sketches = Sketches()
    from ..archive.codec import stored_body  # lazy: the archive package imports stories
    last = 0
    done = 0
    while True:
        rows = [(r[0], stored_body(r[1], r[2])) for r in conn.execute(
            "SELECT id, blocks, raw FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, CHUNK)).fetchall()]
        if not rows:
            return sketches
        cancel.check()
        batch, stored = [], []
        for article_id, body in rows:
            own = shingle_list([body or ""])
            if len(own) >= MIN_SHINGLES:
                values = array("q", sketch(own))
                sketches[article_id] = (values, len(own))
                keys = bands(list(values))
                stored.append((article_id, values.tobytes(), len(own), json.dumps(keys)))
                batch += [(key, article_id) for key in keys]
        conn.executemany("INSERT INTO scratch_bands(band, article_id) VALUES (?, ?)", batch)
        conn.executemany("INSERT INTO story_sketches(article_id, sketch, size, bands) VALUES (?, ?, ?, ?)", stored)
        last = rows[-1][0]
        done += len(rows)
        progress(done, total, "finding versions")


def _pairs(conn) -> set[tuple[int, int]]:
    """Candidate pairs: articles meeting in a band bucket (huge buckets are boilerplate: skipped)."""
    sql = ("SELECT group_concat(article_id) FROM story_bands GROUP BY band "
           f"HAVING count(*) BETWEEN 2 AND {MAX_BUCKET}")
    return shared_pairs(sorted({int(x) for x in joined.split(",")}) for (joined,) in conn.execute(sql))
