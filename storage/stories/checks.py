"""Version checks from stored sketches: clear cases on the estimate, borderline ones on exact shingles."""
from __future__ import annotations

import logging
import sqlite3
from array import array
from typing import Callable

from . import store
from .grouping import THRESHOLD, is_version
from .original import relation_from
from .shingles import estimated_containment, estimated_resemblance

log = logging.getLogger(__name__)

MARGIN = 0.15  # a sketch estimate this far from the threshold decides alone (64 bins: error ~0.06)


class Sketches(dict):
    """Sketch (array of signed 64-bit ints) and shingle count per article id."""

    def load(self, conn: sqlite3.Connection, ids: list[int]) -> "Sketches":
        """Add the stored sketches of these ids (those not already here)."""
        missing = [i for i in ids if i not in self]
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for article_id, blob, size in conn.execute(
                    f"SELECT article_id, sketch, size FROM story_sketches WHERE article_id IN ({marks})", chunk):
                values = array("q")
                values.frombytes(blob)
                self[article_id] = (values, size)
        return self

    def relation(self, version: int, original: int) -> str:
        """The relation estimated from the two sketches (identical, excerpt, edited)."""
        if version not in self or original not in self:
            return "edited"
        (a, size_a), (b, size_b) = self[version], self[original]
        similar = estimated_resemblance(a, b)
        held = min(1.0, similar * (size_a + size_b) / ((1 + similar) * size_a)) if size_a else 0.0
        return relation_from(similar, held, size_a, size_b)


class Checker:
    """Whether two ids are versions: the sketch estimate when it is clear, else the exact shingles.
    `known`: shingle sets of stored bodies by id, read into as bodies are read (an import's, kept between
    its articles: StoryChoices.bodies); `own`: an id and how to get its set without reading its body (the
    article being imported: its fingerprint's shingles), used when its set is first needed."""

    def __init__(self, conn: sqlite3.Connection, sketches: Sketches, known: dict[int, set[int]] | None = None,
                 own: "tuple[int, Callable[[], set[int]]] | None" = None):
        self._conn, self._sketches, self._known = conn, sketches, {} if known is None else known
        self._own = own

    def __call__(self, a: int, b: int) -> bool:
        if a not in self._sketches or b not in self._sketches:
            return False
        (sa, na), (sb, nb) = self._sketches[a], self._sketches[b]
        estimate = estimated_containment(sa, sb, na, nb)
        if abs(estimate - THRESHOLD) >= MARGIN:
            return estimate >= THRESHOLD
        if self._own is not None and self._own[0] in (a, b) and self._own[0] not in self._known:
            self._known[self._own[0]] = self._own[1]()
        self._known.update(store.body_shingles(self._conn, [i for i in (a, b) if i not in self._known]))
        return is_version(self._known.get(a, set()), self._known.get(b, set()))
