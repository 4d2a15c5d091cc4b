"""The SQLite backend: the archive as one local file (the default). Its dialect object names the
FTS5 statements; the connection is sqlite3's own, with `dialect` and `sql` attributes added. The
FTS5 index reads a view of the articles and triggers keep it in step (search_index, schema 8), so the
dialect's index writes are no-ops here."""
from __future__ import annotations

import functools
import json
import sqlite3

from .fts5_terms import words_starting
from .fts5_text import BM25, FTS5, Fts5Syntax
from .. import search_index


class SqliteConnection(sqlite3.Connection):
    """sqlite3's connection, marked with its dialect (nothing else changes: same C methods)."""

    dialect = "sqlite"

    @property
    def sql(self) -> "SqliteDialect":
        return SQLITE


class SqliteDialect:
    """FTS5 with six columns (each field exact and folded), bm25, json_each."""

    name = "sqlite"
    syntax = FTS5
    indexed_by_triggers = True  # search_index: the view, the FTS5 table and its triggers
    match = "articles_fts MATCH ?"

    def ranked_rowids(self, scope: str) -> str:
        """(rowid, score) of the matching index rows, best (lowest) score first; params: the
        expression, then the scope's."""
        return f"SELECT rowid, {BM25} AS score FROM articles_fts WHERE articles_fts MATCH ?{scope} ORDER BY score"

    def syntax_for(self, conn) -> Fts5Syntax:
        """The syntax for this connection's index: a typed prefix spelled out as the index's words (looked up
        once per expression: a query's phrase and its words probe the same prefix)."""
        return Fts5Syntax(functools.lru_cache(maxsize=8)(lambda prefix: words_starting(conn, prefix)))

    def matches_any(self, conn, expression: str) -> bool:
        """Whether the expression matches any article."""
        return conn.execute("SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1", (expression,)).fetchone() is not None

    def top_matches(self, conn, expression: str, scope: str, params: tuple, limit: int) -> list[tuple[int, float]]:
        """(rowid, score) of the best `limit` matches, best first (ranked and limited in the index)."""
        return conn.execute(f"{self.ranked_rowids(scope)} LIMIT ?", (expression, *params, limit)).fetchall()

    def relevance(self, conn, expression: str, where: str, params: list) -> list[int]:
        """Ids of `articles a` matching the expression and `where`, best first."""
        return [r[0] for r in conn.execute(self.relevance_ids(where), [expression, *params])]

    def relevance_ids(self, where: str) -> str:
        """Ids of `articles a` matching the expression (the first parameter) and `where`, best first."""
        return (f"SELECT a.id FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                f"WHERE articles_fts MATCH ? AND {where} ORDER BY {BM25}")

    def index(self, conn, article_id: int, values: tuple[str, ...]) -> None:
        """Nothing to write: the triggers index every insert and update of an article."""

    def index_rows(self, conn, rows: list[tuple]) -> None:
        """Nothing to write: the triggers index every insert and update of an article."""

    def reindex(self, conn, article_id: int) -> None:
        """Nothing to do: the triggers re-index an article whose text changed."""

    def unindex(self, conn, article_id: int) -> None:
        """Nothing to do: a trigger removes a deleted article's index row."""

    def index_differences(self, conn) -> tuple[list[int], list[int], bool]:
        """(articles missing from the index, index rows of no article, whether the index's words
        disagree with the articles' text)."""
        return search_index.index_differences(conn)

    def repair_index(self, conn, wrong: list[int], extra: list[int]) -> None:
        """Re-index every article from the view (the index keeps no text of its own to patch from)."""
        search_index.rebuild(conn)

    # The GROUP BY key of entity links joined to their entities (`l`, `e`) and of tag links joined to
    # their names (`t`, `n`): SQLite groups by the link's column (its index gives the order and the
    # name is read as a bare column); PostgreSQL by the joined table's primary key, which makes its
    # other columns selectable.
    entity_key = "l.entity_id"
    tag_key = "t.tag_id"

    def ids_in(self, ids: list[int]) -> tuple[str, object]:
        """A condition `a.id` in a list of ids, and its one parameter."""
        return "a.id IN (SELECT value FROM json_each(?))", json.dumps(ids)

    def json_values(self, expression: str) -> str:
        """The integers of a JSON list column or parameter, as a subquery."""
        return f"(SELECT value FROM json_each({expression}))"

    def json_rows(self, expression: str) -> str:
        """A FROM item `j` with one row (column `value`) per element of a JSON list."""
        return f"json_each({expression}) j"

    # SQLite takes the bare column (the name) from the row holding min(position).
    first_names = ("SELECT l.article_id, min(l.position), e.name FROM article_entities l JOIN entities e "
                   "ON e.id = l.entity_id WHERE e.kind = ? {scope} GROUP BY l.article_id")


SQLITE = SqliteDialect()
