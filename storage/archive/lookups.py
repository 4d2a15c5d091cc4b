"""Single-row look-ups the GUI needs at scale: an entity by name, the next article to review."""
from __future__ import annotations

import sqlite3
import threading
from typing import Callable, ContextManager

from ..records import ENTITY_KINDS

FLAGGED = "needs_review != '[]'"


class LookupMixin:
    """Look-ups answered by one indexed query each; needs `_conn` and `_reading` from Archive."""

    _conn: sqlite3.Connection
    _lock: threading.RLock
    _reading: Callable[[], ContextManager[None]]

    def entity_id(self, name: str, kind: str | None = None) -> int | None:
        """The id of the entity with this exact name (of this kind), or None; no list is loaded."""
        if kind is not None and kind not in ENTITY_KINDS:
            return None
        sql = "SELECT id FROM entities WHERE name = ?" + (" AND kind = ?" if kind else "") + " ORDER BY id LIMIT 1"
        with self._reading():
            row = self._conn.execute(sql, (name, kind) if kind else (name,)).fetchone()
        return int(row[0]) if row else None

    def next_flagged(self, after: int | None = None) -> int | None:
        """The first article needing review after `after` in the table's default order (newest first,
        undated last), wrapping around to the first; None when no article is flagged. Keyset: the
        flagged index is read from the position of `after`, never the whole ordered list."""
        with self._reading():
            position = None if after is None else self._conn.execute(
                "SELECT published, id FROM articles WHERE id = ?", (after,)).fetchone()
            if position is not None:
                published, current = position
                later = ("published IS NULL AND id < ?2" if published is None else
                         "(published < ?1 OR (published = ?1 AND id < ?2) OR published IS NULL)")
                row = self._conn.execute(f"SELECT id FROM articles WHERE {FLAGGED} AND {later} "
                                         "ORDER BY published DESC NULLS LAST, id DESC LIMIT 1",
                                         (published, current)).fetchone()
                if row is not None:
                    return int(row[0])
            row = self._conn.execute(f"SELECT id FROM articles WHERE {FLAGGED} "
                                     "ORDER BY published DESC NULLS LAST, id DESC LIMIT 1").fetchone()
        return int(row[0]) if row else None
