"""Story filters and facet for the archive's queries: one per story, and "republished by"."""
from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..archive.records import Filters

FACET_LIMIT = 200
# A version that is not its story's original (one per story hides these).
_NOT_ORIGINAL = ("SELECT m.article_id FROM story_members m JOIN stories s ON s.id = m.story_id "
                 "WHERE s.original_id IS NOT m.article_id")
_REPUBLISHED = ("SELECT m.article_id FROM story_members m WHERE m.story_id IN (SELECT r.story_id FROM "
                "story_members r JOIN articles b ON b.id = r.article_id WHERE r.relation != 'original' "
                "AND b.outlet = ?)")


def story_conditions(filters: "Filters", parts: list[str], params: list) -> None:
    """Add the SQL conditions on `articles a` for the story filters."""
    if getattr(filters, "one_per_story", False):
        parts.append(f"a.id NOT IN ({_NOT_ORIGINAL})")
    if getattr(filters, "republished_by", None) is not None:
        parts.append(f"a.id IN ({_REPUBLISHED})")
        params.append(filters.republished_by)


def republished_facet(conn: sqlite3.Connection, where: str, params: list) -> list[tuple[str, int]]:
    """Outlets that republished the filtered articles' stories, with how many stories each, largest first."""
    sql = ("SELECT b.outlet, count(DISTINCT m.story_id) AS n FROM articles a "
           "JOIN story_members m ON m.article_id = a.id "
           "JOIN story_members r ON r.story_id = m.story_id AND r.relation != 'original' "
           f"JOIN articles b ON b.id = r.article_id WHERE {where} AND b.outlet IS NOT NULL "
           f"GROUP BY b.outlet ORDER BY n DESC, b.outlet LIMIT {FACET_LIMIT}")
    return [(outlet, int(n)) for outlet, n in conn.execute(sql, params)]
