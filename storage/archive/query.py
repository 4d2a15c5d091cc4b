"""Read side of the archive: filters, counts, id paging, table rows, facets and search."""
from __future__ import annotations

import heapq
import logging
import threading
from dataclasses import replace
from typing import Callable, ContextManager

from .records import ArticleRow, EntityCount, Filters, Hit
from ..collation import sort_key
from ..records import ENTITY_KINDS
from .ordering import ALPHABETICAL, alphabetical_ids
from .backends import dialect_of
from .backends.fts5_text import BM25
from .search import choose_expression, run_search
from ..stories.facets import republished_facet, story_conditions

log = logging.getLogger(__name__)

# Sort keys the table offers -> SQL; NULL dates sort after every date whatever the direction.
ORDER_COLUMNS = {
    "published": "a.published IS NULL, a.published {dir}, a.id {dir}",
    "title": "a.title COLLATE NOCASE {dir}, a.id {dir}",
    "outlet": "a.outlet IS NULL, a.outlet {dir}, a.published {dir}, a.id {dir}",
    "imported_at": "a.imported_at {dir}, a.id {dir}",
    "words": "words {dir}, a.id {dir}",
    "id": "a.id {dir}",
}
WORDS = "a.words"  # words of the kept body, counted when it is written (codec.word_count)
FACET_LIMIT = 200
MATCHED_TABLE = "temp.matched_ids"  # a query's matches, materialised once per facets() call
MATCHED = f"a.id IN {MATCHED_TABLE}"
TEMP_CACHE_KIB = 65536  # at most this much memory keeps the temp tables' pages (1M matched ids take about 10 MB)
BROAD_SHARE = 0.05
ALL = "TRUE"  # the condition of no filter (SQLite reads TRUE as 1)
NONE = "FALSE"
CHUNK = 500


class QueryMixin:
    """Queries over `articles a`; needs `_conn` and `_lock` from Archive."""

    _conn: object  # the backend connection (backends/)
    _lock: threading.RLock
    _reading: Callable[[], ContextManager[None]]
    top_entities: Callable[..., list]

    @property
    def _query_in(self) -> str:
        """The full-text condition; always _where's last part."""
        return f"a.id IN (SELECT rowid FROM articles_fts WHERE {dialect_of(self._conn).match})"

    def _where(self, filters: Filters | None, materialize: bool = False) -> tuple[str, list]:
        """SQL condition on `articles a` for the filters, and its parameters. materialize=True runs
        the full-text match once and passes its ids (for callers that reuse the condition many times)."""
        if filters is None:
            return ALL, []
        parts, params = [], []
        if filters.outlet is not None:
            parts.append("a.outlet = ?")
            params.append(filters.outlet)
        if filters.year is not None:
            parts.append("substr(a.published, 1, 4) = ?")
            params.append(str(filters.year))
        if filters.entity_id is not None:
            parts.append("a.id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)")
            params.append(int(filters.entity_id))
        if filters.tag is not None:
            parts.append("a.id IN (SELECT t.article_id FROM article_tags t JOIN tag_names n "
                         "ON n.id = t.tag_id WHERE n.name = ?)")
            params.append(filters.tag)
        if filters.date_precision is not None:
            parts.append("a.date_precision = ?")
            params.append(filters.date_precision)
        if filters.needs_review is not None:
            parts.append("a.needs_review != '[]'" if filters.needs_review else "a.needs_review = '[]'")
        story_conditions(filters, parts, params)
        if filters.query is not None and filters.query.strip():
            expression = choose_expression(self._conn, filters.query, filters.prefix_last)
            if expression is None:
                return NONE, []
            if materialize and not self._conn.in_transaction:
                parts.append(self._materialize(expression))
            elif materialize:  # inside a write: no temp table (its commit would end the write)
                dialect = dialect_of(self._conn)
                ids = [r[0] for r in self._conn.execute(
                    f"SELECT rowid FROM articles_fts WHERE {dialect.match}", (expression,))]
                condition, ids_param = dialect.ids_in(ids)
                parts.append(condition)
                params.append(ids_param)
            else:
                parts.append(self._query_in)
                params.append(expression)
        return (" AND ".join(parts) or ALL), params

    def _materialize(self, expression: str) -> str:
        """Run the full-text match once into a temporary table (rowid-keyed, so both lookups and
        membership tests are cheap); returns the condition naming it. Leaves no transaction open.
        The table is reused while the expression and the archive are unchanged (the rows, then the
        facets of one search match once)."""
        sqlite = dialect_of(self._conn).name == "sqlite"  # PostgreSQL: no change counter to key on
        key = (expression, self._conn.execute("PRAGMA data_version").fetchone()[0]) if sqlite else None
        if key and getattr(self, "_matched", None) == (*key, self._conn.total_changes):
            return MATCHED
        if sqlite:  # a broad match outgrows the default 2 MB cache: each membership test read the temp file
            self._conn.execute(f"PRAGMA temp.cache_size = -{TEMP_CACHE_KIB}")
        self._conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {MATCHED_TABLE}(id INTEGER PRIMARY KEY)")
        self._conn.execute(f"DELETE FROM {MATCHED_TABLE}")
        self._conn.execute(f"INSERT INTO {MATCHED_TABLE} SELECT rowid FROM articles_fts "
                           f"WHERE {dialect_of(self._conn).match}", (expression,))
        self._conn.commit()
        self._matched = (*key, self._conn.total_changes) if key else None
        return MATCHED

    def _broad(self, where: str) -> str:
        """The condition with the matched-ids test made a membership test when the match is broad:
        scanning a small covering index beats one row look-up per match in the wide articles table."""
        if MATCHED not in where:
            return where
        matched, top = self._conn.execute(f"SELECT (SELECT count(*) FROM {MATCHED_TABLE}), "
                                          "(SELECT coalesce(max(id), 0) FROM articles)").fetchone()
        return where.replace(MATCHED, f"+{MATCHED}") if matched > BROAD_SHARE * top else where

    def _matches_broadly(self, expression: str) -> bool:
        """True when a full-text match holds more than BROAD_SHARE of the archive (counted in the index)."""
        matched, top = self._conn.execute(
            f"SELECT (SELECT count(*) FROM articles_fts WHERE {dialect_of(self._conn).match}), "
            "(SELECT coalesce(max(id), 0) FROM articles)", (expression,)).fetchone()
        return matched > BROAD_SHARE * top

    def count(self, filters: Filters | None = None) -> int:
        """How many articles pass the filters."""
        with self._reading():
            where, params = self._where(filters)
            if where == self._query_in:  # a query alone: the index has one row per article, count there
                return int(self._conn.execute(f"SELECT count(*) FROM articles_fts WHERE {dialect_of(self._conn).match}",
                                              params).fetchone()[0])
            return int(self._conn.execute(f"SELECT count(*) FROM articles a WHERE {where}", params).fetchone()[0])

    def ids(self, filters: Filters | None = None, order_by: str = "published", descending: bool = True,
            limit: int | None = None) -> list[int]:
        """Ids of the filtered articles in table order (order_by: published, title, outlet,
        imported_at, words, id, or "relevance" when filters.query is set); `limit`: only the first
        that many. By date or by id the first page walks an index and stops (a window shows it at
        once); relevance ranks every match whatever the limit."""
        direction = "DESC" if descending else "ASC"
        cut = f" LIMIT {int(limit)}" if limit is not None else ""
        with self._reading():
            if order_by == "relevance" and filters is not None and (filters.query or "").strip():
                # Probing the query's phrases costs FTS lookups: build the expression once, match once.
                expression = choose_expression(self._conn, filters.query, filters.prefix_last)
                if expression is None:
                    return []
                where, params = self._where(_without_query(filters))
                if where == ALL and dialect_of(self._conn).name == "sqlite":
                    # the index alone: no look-up of each match in the wide articles table
                    sql = f"SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY {BM25}{cut}"
                    return [r[0] for r in self._conn.execute(sql, [expression])]
                return dialect_of(self._conn).relevance(self._conn, expression, where, params)[:limit]
            where, params = self._where(filters)
            if order_by == "id" and where == self._query_in and dialect_of(self._conn).name == "sqlite":
                # a query alone by id: FTS5 walks its doclists in rowid order and stops at the limit
                sql = f"SELECT rowid FROM articles_fts WHERE {dialect_of(self._conn).match} ORDER BY rowid {direction}"
                return [r[0] for r in self._conn.execute(sql + cut, params)]
            if order_by in ALPHABETICAL:
                return alphabetical_ids(self._conn, where, params, order_by, descending)[:limit]
            if ORDER_COLUMNS.get(order_by) is None or order_by == "published":
                return self._ids_by_date(where, params, descending, limit)
            order = ORDER_COLUMNS[order_by].format(dir=direction)
            words = f", {WORDS} AS words" if order_by == "words" else ""
            sql = f"SELECT a.id{words} FROM articles a WHERE {where} ORDER BY {order}{cut}"
            return [r[0] for r in self._conn.execute(sql, params)]

    def _ids_by_date(self, where: str, params: list, descending: bool, limit: int | None = None) -> list[int]:
        """Ids by date, undated last, in an order the published index gives as it is: NULL is the
        lowest value, so newest first is plain DESC; oldest first reads dated, then undated rows."""
        query_in = self._query_in
        cut = f" LIMIT {int(limit)}" if limit is not None else ""
        if where.endswith(query_in) and not self._conn.in_transaction:  # match once, into the temp table
            where = self._broad(where[:-len(query_in)] + self._materialize(params[-1]))
            params = params[:-1]
        elif where.endswith(query_in) and self._matches_broadly(params[-1]):
            where = where[:-len(query_in)] + "+" + query_in  # walk the date index, test membership
        if descending:  # NULLS LAST: SQLite's order anyway, spelled out for PostgreSQL
            sql = f"SELECT a.id FROM articles a WHERE {where} ORDER BY a.published DESC NULLS LAST, a.id DESC{cut}"
            return [r[0] for r in self._conn.execute(sql, params)]
        dated = f"SELECT a.id FROM articles a WHERE {where} AND a.published IS NOT NULL ORDER BY a.published, a.id{cut}"
        undated = f"SELECT a.id FROM articles a WHERE {where} AND a.published IS NULL ORDER BY a.id{cut}"
        ids = [r[0] for r in self._conn.execute(dated, params)]
        if limit is None or len(ids) < limit:
            ids += [r[0] for r in self._conn.execute(undated, params)][:None if limit is None else limit - len(ids)]
        return ids

    def last_id(self) -> int:
        """The highest article id (0 when empty): a size figure read from the primary key alone, where
        count() walks a whole index."""
        with self._reading():
            return int(self._conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0])

    def rows(self, ids: list[int]) -> list[ArticleRow]:
        """Light table rows for the given ids, in the order given (unknown ids are skipped)."""
        found: dict[int, ArticleRow] = {}
        with self._reading():
            for start in range(0, len(ids), CHUNK):
                chunk = [int(i) for i in ids[start:start + CHUNK]]
                marks = ",".join("?" * len(chunk))
                for r in self._conn.execute(
                        "SELECT id, title, published, date_precision, outlet, needs_review != '[]', author, source, "
                        f"imported_at, {WORDS} FROM articles a WHERE id IN ({marks})", chunk):
                    found[r[0]] = ArticleRow(r[0], r[1] or "", r[2], r[3] or "unknown", r[4], [], bool(r[5]),
                                             r[6], r[7], r[8], int(r[9] or 0))
                for article_id, kind, name in self._conn.execute(
                        "SELECT l.article_id, e.kind, e.name FROM article_entities l JOIN entities e "
                        f"ON e.id = l.entity_id WHERE l.article_id IN ({marks}) ORDER BY l.article_id, l.position",
                        chunk):
                    row = found[article_id]
                    {"person": row.people, "organization": row.organizations, "location": row.places}[kind] \
                        .append(name)
            for article_id, tags in self.tags_of(ids).items():  # type: ignore[attr-defined]
                if article_id in found:
                    found[article_id].tags = tags
        return [found[i] for i in ids if i in found]

    def facets(self, filters: Filters | None = None) -> dict[str, list[tuple[str, int]]]:
        """Counts per value for the sidebar: outlet, year, person, organization, location, tag, review.
        Largest first; entity and tag lists stop at FACET_LIMIT. "review" has one value, "yes":
        articles flagged for review."""
        with self._reading():
            where, params = self._where(filters, materialize=True)
            broad = self._broad(where)
            result = {
                "outlet": self._facet("a.outlet", "", broad, params),
                # `|| ''` keeps the planner on the filter's index instead of walking the year index.
                "year": self._facet("substr(a.published, 1, 4) || ''" if where not in (ALL, broad) else
                                    "substr(a.published, 1, 4)", "", broad, params),
                "tag": self._tag_facet(where, params),
                # needs_review sits after the wide columns (blocks, body, raw): read the partial index.
                "review": self._review_facet(where, params),
                # broad: the small precision index scanned with a membership test, not a row per match
                "precision": self._facet("a.date_precision", "", broad, params),
            }
            result.update(self._entity_facets(where, params, broad=broad != where))
            result["republished_by"] = republished_facet(self._conn, where, params)
        return result

    def _facet(self, value: str, joins: str, where: str, params: list, limit: int = -1) -> list[tuple[str, int]]:
        sql = (f"SELECT {value} AS v, count(*) AS n FROM articles a {joins} "
               f"WHERE {where} AND {value} IS NOT NULL GROUP BY v ORDER BY n DESC, ({value}) COLLATE vi"
               + (f" LIMIT {int(limit)}" if limit >= 0 else ""))
        return [(str(v), int(n)) for v, n in self._conn.execute(sql, params)]

    def _review_facet(self, where: str, params: list) -> list[tuple[str, int]]:
        """[("yes", flagged among the filtered)]. needs_review sits after the wide columns (blocks,
        body, raw): read the flagged articles from their partial index, never the rows' tails."""
        if where == ALL:
            return self._facet("'yes'", "", "a.needs_review != '[]'", params)
        return self._facet("'yes'", "JOIN (SELECT id FROM articles INDEXED BY idx_articles_flagged "
                           "WHERE needs_review != '[]') flagged ON flagged.id = a.id", where, params)

    def _tag_facet(self, where: str, params: list) -> list[tuple[str, int]]:
        scope = "" if where == ALL else f"WHERE t.article_id IN {MATCHED_TABLE}" if where == MATCHED else (
            f"WHERE t.article_id IN (SELECT a.id FROM articles a WHERE {where})")
        sql = ("SELECT n.name, count(*) AS c FROM article_tags t JOIN tag_names n ON n.id = t.tag_id "
               f"{scope} GROUP BY {dialect_of(self._conn).tag_key} ORDER BY c DESC, n.name COLLATE vi LIMIT {FACET_LIMIT}")
        return [(name, int(c)) for name, c in self._conn.execute(sql, params)]

    def _entity_facets(self, where: str, params: list, broad: bool = False) -> dict[str, list[tuple[str, int]]]:
        """Person, organization and location counts (EntityCount: with the entity id). Unfiltered, the
        stored counts' index gives each kind's top names; a broad search alone, the stored counts less
        the links of the articles it leaves out; filtered, one pass over the matches' links."""
        if where == ALL:
            return {kind: [EntityCount(r.name, r.article_count, r.id) for r in self.top_entities(kind, FACET_LIMIT)]
                    for kind in ENTITY_KINDS}
        if broad and where == MATCHED and dialect_of(self._conn).name == "sqlite":
            unmatched = self._unmatched_links()
            return {kind: self._top_matched(kind, unmatched) for kind in ENTITY_KINDS}
        scope = f"WHERE l.article_id IN {MATCHED_TABLE}" if where == MATCHED else (
            f"WHERE l.article_id IN (SELECT a.id FROM articles a WHERE {where})")
        # Counted and ordered by count in SQL; only each kind's top FACET_LIMIT (and the ties at the cut)
        # are read on and put in Vietnamese order here: an ORDER BY ... COLLATE vi over every group
        # called back into Python 1.7M times (17 s for a query matching 80% of 100k articles).
        sql = ("SELECT e.kind, e.name, c.n, e.id FROM (SELECT entity_id, count(*) AS n FROM article_entities l "
               f"{scope} GROUP BY entity_id) c JOIN entities e ON e.id = c.entity_id ORDER BY c.n DESC")
        kept: dict[str, list[tuple[int, str, int]]] = {kind: [] for kind in ENTITY_KINDS}
        for kind, name, n, entity_id in self._conn.execute(sql, params):
            values = kept.setdefault(kind, [])
            if len(values) < FACET_LIMIT or n == values[-1][0]:
                values.append((n, name, entity_id))
            elif all(len(v) >= FACET_LIMIT and n < v[-1][0] for v in kept.values()):
                break  # every kind is full and no tie is left
        return {kind: [EntityCount(name, n, entity_id) for n, name, entity_id in
                       sorted(values, key=lambda v: (-v[0], sort_key(v[1])))[:FACET_LIMIT]]
                for kind, values in kept.items()}

    def _unmatched_links(self) -> dict[int, int]:
        """Links per entity among the articles the materialised match leaves out. Their ids come from
        the small precision index (every article has an entry), never from the wide rows."""
        return dict(self._conn.execute(
            "SELECT l.entity_id, count(*) FROM article_entities l WHERE l.article_id IN "
            "(SELECT a.id FROM articles a INDEXED BY idx_articles_precision "
            f"WHERE a.id NOT IN {MATCHED_TABLE}) GROUP BY l.entity_id"))

    def _top_matched(self, kind: str, unmatched: dict[int, int]) -> list[EntityCount]:
        """A kind's FACET_LIMIT most named entities among the matches: the stored count less the
        unmatched links, read down the count index until no lower stored count can reach the cut
        (a match count is never above the stored count); ties at the cut in Vietnamese order."""
        kept: list[tuple[int, str, int]] = []
        best: list[int] = []  # a min-heap of the FACET_LIMIT largest match counts so far
        for entity_id, name, stored in self._conn.execute(
                "SELECT id, name, article_count FROM entities WHERE kind = ? AND article_count > 0 "
                "ORDER BY article_count DESC", (kind,)):
            cut = best[0] if len(best) == FACET_LIMIT else 1
            if stored < cut:
                break
            n = stored - unmatched.get(entity_id, 0)
            if n >= cut:
                kept.append((n, name, entity_id))
                if len(best) < FACET_LIMIT:
                    heapq.heappush(best, n)
                else:
                    heapq.heappushpop(best, n)
        cut = best[0] if len(best) == FACET_LIMIT else 1
        kept = sorted((v for v in kept if v[0] >= cut), key=lambda v: (-v[0], sort_key(v[1])))
        return [EntityCount(name, n, entity_id) for n, name, entity_id in kept[:FACET_LIMIT]]

    def search(self, query: str, *, limit: int = 50, filters: Filters | None = None,
               prefix_last: bool = False) -> list[Hit]:
        """Ranked hits for any user text (never raises on odd syntax); see storage.search.
        prefix_last=True: the last word also matches word starts ("quoc pho" finds "quốc phòng")."""
        with self._reading():
            where, params = self._where(_without_query(filters))
            return run_search(self._conn, query, limit, where, tuple(params), prefix_last)


def _without_query(filters: Filters | None) -> Filters | None:
    """The filters minus their query (search() gets its query as an argument)."""
    if filters is None or filters.query is None:
        return filters
    return replace(filters, query=None, prefix_last=False)
