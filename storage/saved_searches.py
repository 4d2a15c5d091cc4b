"""Saved searches: a name for a query plus facet filters, stored in the archive (schema v5)."""
from __future__ import annotations

import json
import logging
import unicodedata
from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING

from .archive.codec import now_iso
from .archive.records import Filters
from .errors import ArchiveError, NotFound

if TYPE_CHECKING:
    from .archive import Archive

log = logging.getLogger(__name__)

_FILTER_FIELDS = {f.name for f in fields(Filters)} - {"query", "prefix_last"}


@dataclass(frozen=True)
class SavedSearch:
    """One saved search."""

    id: int
    name: str
    query: str
    filters: Filters  # facet filters; the query is in `query`

    def as_filters(self) -> Filters:
        """The filters to count or list its articles with (the query included)."""
        return replace(self.filters, query=self.query or None)


def _clean_name(name: str) -> str:
    text = " ".join(unicodedata.normalize("NFC", name or "").split())
    if not text:
        raise ArchiveError("a saved search needs a name")
    return text


def save_search(archive: "Archive", name: str, filters: Filters) -> int:
    """Store `filters` (with their query) under `name`; returns the new id (one transaction)."""
    facets = {k: v for k, v in asdict(filters).items() if k in _FILTER_FIELDS and v is not None}
    with archive._write() as conn:
        position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM saved_searches").fetchone()[0]
        cursor = conn.execute(
            "INSERT INTO saved_searches(name, query, filters, position, created_at) VALUES (?, ?, ?, ?, ?)",
            (_clean_name(name), (filters.query or "").strip(), json.dumps(facets, ensure_ascii=False),
             position, now_iso()))
        return int(cursor.lastrowid)


def saved_searches(archive: "Archive") -> list[SavedSearch]:
    """Every saved search, in the order they were saved."""
    with archive._reading():
        rows = archive._conn.execute("SELECT id, name, query, filters FROM saved_searches "
                                     "ORDER BY position, id").fetchall()
    return [SavedSearch(i, n, q, Filters(**{k: v for k, v in json.loads(f).items() if k in _FILTER_FIELDS}))
            for i, n, q, f in rows]


def rename_search(archive: "Archive", search_id: int, name: str) -> str:
    """Rename a saved search; returns the old name. Raises NotFound."""
    with archive._write() as conn:
        row = conn.execute("SELECT name FROM saved_searches WHERE id = ?", (search_id,)).fetchone()
        if row is None:
            raise NotFound(f"{archive.path}: no saved search with id {search_id}")
        conn.execute("UPDATE saved_searches SET name = ? WHERE id = ?", (_clean_name(name), search_id))
    return str(row[0])


def delete_search(archive: "Archive", search_id: int) -> None:
    """Forget a saved search (its articles stay). Raises NotFound."""
    with archive._write() as conn:
        if conn.execute("DELETE FROM saved_searches WHERE id = ?", (search_id,)).rowcount == 0:
            raise NotFound(f"{archive.path}: no saved search with id {search_id}")


def counts(archive: "Archive", searches: list[SavedSearch]) -> dict[int, int]:
    """How many articles each saved search finds now."""
    return {s.id: archive.count(s.as_filters()) for s in searches}
