"""Table orders in Vietnamese alphabetical order (title, outlet): keys sorted in Python, since an SQLite
collation calls back into Python for every comparison (~20 times slower on 100,000 rows)."""
from __future__ import annotations

import logging
import sqlite3

from ..collation import sort_key

log = logging.getLogger(__name__)

ALPHABETICAL = ("title", "outlet")


def alphabetical_ids(conn: sqlite3.Connection, where: str, params: list, order_by: str,
                     descending: bool) -> list[int]:
    """Ids of `articles a` matching `where`, by title (then id) or by outlet (outlet-less last, then
    newest first), in Vietnamese order."""
    if order_by == "title":
        rows = conn.execute(f"SELECT a.id, a.title FROM articles a WHERE {where}", params).fetchall()
        rows.sort(key=lambda r: (sort_key(r[1]), r[0]), reverse=descending)
        return [r[0] for r in rows]
    rows = conn.execute(f"SELECT a.id, a.outlet, a.published FROM articles a WHERE {where} "
                        f"ORDER BY a.published IS NULL, a.published DESC, a.id DESC", params).fetchall()
    with_outlet = [r for r in rows if r[1] is not None]
    with_outlet.sort(key=lambda r: sort_key(r[1]), reverse=descending)  # stable: newest first per outlet
    return [r[0] for r in with_outlet] + [r[0] for r in rows if r[1] is None]
