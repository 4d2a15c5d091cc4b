"""The PostgreSQL backend: a connection with the sqlite3 API the archive uses, over psycopg 3.

SQL arrives in the archive's portable subset and is translated once per statement text (cached):
`?`/`?N` placeholders, `INSERT OR IGNORE`/`OR REPLACE` as ON CONFLICT, `COLLATE vi` as ICU's
Vietnamese collation, SQLite's `IS NOT x` (null-safe), `group_concat`, `temp.` tables, `INDEXED BY`
hints dropped. An INSERT into a table with a serial id returns it (`cursor.lastrowid`), and an
INSERT that names the id itself (undo of a delete) moves the sequence past it. psycopg's errors are
re-raised as the DB-API classes of storage.archive.backends, so the archive handles both backends alike.
"""
from __future__ import annotations

import logging
import re
import threading
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import errors as pg_errors
from psycopg.pq import TransactionStatus

from . import DatabaseError, IntegrityError, OperationalError, ProgrammingError
from ..codec import stored_body
from ..search_index import fts_values
from .pg_text import ENOUGH, RANK_WEIGHTS, RANKED, SPREAD, TSQUERY, WINDOW, tsvector_text

log = logging.getLogger(__name__)

# Tables whose integer primary key `id` is a sequence (INSERTs return it as lastrowid).
SERIAL_TABLES = frozenset({"articles", "entities", "tag_names", "edit_history", "saved_searches",
                           "source_documents", "stories", "outlet_pages"})
# Conflict targets of INSERT OR REPLACE (the tables' primary keys).
PRIMARY_KEYS = {"entity_aliases": ("alias", "kind"), "story_sketches": ("article_id",),
                "story_members": ("article_id",), "story_bands": ("band", "article_id"),
                "story_state": ("key",), "article_tags": ("article_id", "tag_id"),
                "failed_imports": ("path",)}
VI_COLLATION = '"vi-x-icu"'
_STRING = re.compile(r"'(?:[^']|'')*'")
_INSERT = re.compile(r"^\s*INSERT\s+(?:OR\s+(IGNORE|REPLACE)\s+)?INTO\s+([\w.]+)\s*(?:\(([^)]*)\))?", re.I)


# --- SQL translation ---------------------------------------------------------------------------
@lru_cache(maxsize=2048)
def translate(sql: str) -> tuple[str, tuple[int, ...] | None, str | None, bool]:
    """(PostgreSQL text, parameter order for ?N placeholders or None, serial table whose new id to
    return or None, True when the statement names that table's id itself)."""
    text, order = _placeholders(sql)
    insert = _INSERT.match(text)
    if not insert:
        return text, order, None, False
    mode, table, columns = insert.group(1), insert.group(2), insert.group(3) or ""
    names = [c.strip() for c in columns.split(",") if c.strip()]
    text = re.sub(r"^\s*INSERT\s+OR\s+(IGNORE|REPLACE)\s+INTO\b", "INSERT INTO", text, flags=re.I)
    if mode and mode.upper() == "IGNORE":
        text += " ON CONFLICT DO NOTHING"
    elif mode:
        keys = PRIMARY_KEYS[table]
        rest = [c for c in names if c not in keys]
        text += (f" ON CONFLICT ({', '.join(keys)}) " +
                 (f"DO UPDATE SET {', '.join(f'{c} = EXCLUDED.{c}' for c in rest)}" if rest else "DO NOTHING"))
    if table not in SERIAL_TABLES:
        return text, order, None, False
    explicit_id = "id" in names
    if not explicit_id and re.search(r"\bRETURNING\b", text, re.I):
        return text, order, None, False  # the statement returns what it wants itself
    return text + ("" if explicit_id else " RETURNING id"), order, table, explicit_id


def _placeholders(sql: str) -> tuple[str, tuple[int, ...] | None]:
    """`?`/`?N` as psycopg's `%s` (with the parameter order ?N asks for), `%` escaped, and the
    SQLite-only spellings rewritten — outside string literals only."""
    pieces, strings = _STRING.split(sql), _STRING.findall(sql)
    order: list[int] = []
    numbered = False

    def placeholder(match: re.Match[str]) -> str:
        nonlocal numbered
        numbered = numbered or bool(match.group(1))
        order.append(int(match.group(1)) - 1 if match.group(1) else len(order))
        return "%s"

    out = []
    for index, piece in enumerate(pieces):
        out.append(_rewrite(re.sub(r"\?(\d*)", placeholder, piece.replace("%", "%%"))))
        if index < len(strings):
            out.append(strings[index].replace("%", "%%"))
    return "".join(out), (tuple(order) if numbered else None)


def _rewrite(piece: str) -> str:
    """SQLite-only spellings outside string literals, in their PostgreSQL form."""
    piece = re.sub(r"\bBEGIN IMMEDIATE\b", "BEGIN", piece)
    piece = re.sub(r"\bCOLLATE vi\b", f"COLLATE {VI_COLLATION}", piece)
    piece = re.sub(r"\bCOLLATE NOCASE\b", 'COLLATE "und-x-icu"', piece)
    piece = re.sub(r"\bINDEXED BY \w+", "", piece)
    piece = re.sub(r"\bIN temp\.(\w+)", r"IN (SELECT id FROM pg_temp.\1)", piece)
    piece = re.sub(r"\btemp\.", "pg_temp.", piece)
    piece = re.sub(r"\bIS NOT (?!NULL\b|DISTINCT\b|TRUE\b|FALSE\b)", "IS DISTINCT FROM ", piece)
    piece = re.sub(r"\bgroup_concat\(([\w.]+)\)", r"string_agg(CAST(\1 AS text), ',')", piece)
    return piece


# --- the connection ----------------------------------------------------------------------------
class PgCursor(psycopg.Cursor):
    """A psycopg cursor with sqlite3's `lastrowid`."""

    lastrowid: int | None = None


def _errors(error: Exception) -> Exception:
    """The DB-API class the archive handles for a psycopg error (the message kept)."""
    message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if isinstance(error, (pg_errors.IntegrityError, pg_errors.DataError)):
        return IntegrityError(message)
    if isinstance(error, psycopg.InterfaceError) and "closed" in message:
        return ProgrammingError(f"Cannot operate on a closed database ({message})")
    if isinstance(error, (psycopg.OperationalError, psycopg.ProgrammingError, psycopg.InterfaceError,
                          pg_errors.InternalError)):
        return OperationalError(message)
    return DatabaseError(message)


class PgConnection:
    """One psycopg connection (autocommit: transactions are the archive's explicit BEGIN/COMMIT)."""

    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        self.url = url
        self.sql = POSTGRES
        try:
            self._conn = psycopg.connect(url, autocommit=True, cursor_factory=PgCursor,
                                         application_name="tulieu")
        except psycopg.Error as error:
            raise _errors(error) from error
        self._lock = threading.RLock()

    @property
    def in_transaction(self) -> bool:
        return self._conn.info.transaction_status in (TransactionStatus.INTRANS, TransactionStatus.INERROR)

    def execute(self, sql: str, params=()) -> PgCursor:
        text, order, returning, explicit_id = translate(sql)
        values = list(params) if order is None else [list(params)[i] for i in order]
        try:
            with self._lock:
                cursor = self._conn.execute(text, values)
                if returning and not explicit_id:
                    row = cursor.fetchone()
                    cursor.lastrowid = row[0] if row else None
                elif returning:
                    self._advance_sequence(returning)
        except psycopg.Error as error:
            raise _errors(error) from error
        return cursor  # type: ignore[return-value]

    def executemany(self, sql: str, rows) -> PgCursor:
        text, order, returning, explicit_id = translate(sql)
        if returning and not explicit_id:
            text = text[:-len(" RETURNING id")]
        batch = [list(r) if order is None else [list(r)[i] for i in order] for r in rows]
        try:
            with self._lock:
                cursor = self._conn.cursor()
                if batch:
                    cursor.executemany(text, batch)
                if returning and explicit_id:
                    self._advance_sequence(returning)
        except psycopg.Error as error:
            raise _errors(error) from error
        return cursor  # type: ignore[return-value]

    def _advance_sequence(self, table: str) -> None:
        """After an INSERT naming its id: new rows must get ids above it."""
        self._conn.execute(f"SELECT setval('{table}_id_seq', max(id)) FROM {table} "
                           f"HAVING max(id) > (SELECT last_value FROM {table}_id_seq)")

    def commit(self) -> None:
        if self.in_transaction:
            self.execute("COMMIT")

    def rollback(self) -> None:
        if self.in_transaction:
            self.execute("ROLLBACK")

    def interrupt(self) -> None:
        """Cancel the statement running on this connection (from another thread), as sqlite3's does."""
        self._conn.cancel_safe()

    def close(self) -> None:
        self._conn.close()

    @property
    def closed(self) -> bool:
        return self._conn.closed


# --- the dialect -------------------------------------------------------------------------------
_INDEX_ROW = "INSERT INTO articles_fts(rowid, doc) VALUES (?, CAST(? AS tsvector))"


class PostgresDialect:
    """What differs on PostgreSQL: the text index (a tsvector per article) and a few functions."""

    name = "postgresql"
    syntax = TSQUERY
    indexed_by_triggers = False  # the archive writes each index row (computed in Python)
    match = "articles_fts.doc @@ CAST(? AS tsquery)"

    def syntax_for(self, conn):
        """The syntax for this connection's index: the tsquery as it is (spelling a prefix out is FTS5's need)."""
        return self.syntax

    def ranked_rowids(self, scope: str) -> str:
        """(rowid, score) of the RANKED newest matching index rows, best (lowest) score first; params:
        the expression, then the scope's."""
        return (f"SELECT rowid, -ts_rank({RANK_WEIGHTS}, doc, q, 1) AS score FROM (SELECT rowid, doc, q "
                f"FROM articles_fts, CAST(? AS tsquery) AS q WHERE doc @@ q{scope} ORDER BY rowid DESC "
                f"LIMIT {RANKED}) c ORDER BY score, rowid")

    def matches_any(self, conn, expression: str) -> bool:
        """Whether the expression matches any article: among the WINDOW newest first (a broad query's
        phrase is found at once there), else through the GIN index alone — with LIMIT 1 the planner
        would scan the table for a first match, reading each article's word list (13 s for a word no
        article holds, at a million articles)."""
        bound = conn.execute("SELECT coalesce(max(rowid), 0) FROM articles_fts").fetchone()[0] - WINDOW
        if conn.execute(f"SELECT 1 FROM articles_fts WHERE doc @@ CAST(? AS tsquery) AND rowid > {int(bound)} "
                        "LIMIT 1", (expression,)).fetchone() is not None:
            return True
        if bound <= 0:
            return False
        conn.execute("SET enable_seqscan = off")
        conn.execute("SET enable_indexscan = off")
        try:
            return conn.execute("SELECT 1 FROM articles_fts WHERE doc @@ CAST(? AS tsquery) LIMIT 1",
                                (expression,)).fetchone() is not None
        finally:
            conn.execute("RESET enable_seqscan")
            conn.execute("RESET enable_indexscan")

    def top_matches(self, conn, expression: str, scope: str, params: tuple, limit: int) -> list[tuple[int, float]]:
        """(rowid, score) of the first `limit` matches in relevance order (pg_text: what is ranked)."""
        ranked, older = self._ranked_head(conn, expression, scope, params)
        rest = limit - len(ranked)
        if rest <= 0 or older <= 0:
            return ranked[:limit]
        return ranked + [(r[0], 0.0) for r in conn.execute(
            f"{self._older(scope, older)} LIMIT {int(rest)}", (expression, *params))]

    def relevance(self, conn, expression: str, where: str, params: list) -> list[int]:
        """Ids of `articles a` matching the expression and `where` in relevance order (top_matches')."""
        scope = "" if where == "TRUE" else f" AND rowid IN (SELECT a.id FROM articles a WHERE {where})"
        ranked, older = self._ranked_head(conn, expression, scope, tuple(params))
        rest = [] if older <= 0 else [r[0] for r in conn.execute(self._older(scope, older), (expression, *params))]
        return [r[0] for r in ranked] + rest

    def _ranked_head(self, conn, expression: str, scope: str, params: tuple) -> tuple[list[tuple[int, float]], int]:
        """The ranked matches, best first, and the highest rowid of the unranked ones after them (0: none):
        the matches among the WINDOW newest articles when ENOUGH of them match, else the RANKED newest
        matches (pg_text)."""
        top = conn.execute("SELECT coalesce(max(rowid), 0) FROM articles_fts").fetchone()[0]
        bound = top - WINDOW  # a constant in the SQL: the planner reads the newest rows by the primary key
        ranked = conn.execute(
            f"SELECT rowid, -ts_rank({RANK_WEIGHTS}, doc, q, 1) AS score FROM articles_fts, CAST(? AS tsquery) AS q "
            f"WHERE doc @@ q AND rowid > {int(bound)}{scope} ORDER BY score, rowid", (expression, *params)).fetchall()
        # Enough, and spread as a broad query's matches are (projected over the archive, several times
        # RANKED): a rare query whose few matches are recent is ranked whole below.
        if bound <= 0 or len(ranked) >= max(ENOUGH, SPREAD * RANKED * WINDOW // top):
            return ranked, bound
        ranked = conn.execute(self.ranked_rowids(scope), (expression, *params)).fetchall()
        return ranked, (min(r[0] for r in ranked) - 1 if len(ranked) >= RANKED else 0)

    @staticmethod
    def _older(scope: str, older: int) -> str:
        """Matches up to rowid `older`, newest first; params: the expression, then the scope's."""
        return (f"SELECT rowid FROM articles_fts, CAST(? AS tsquery) AS q WHERE doc @@ q AND rowid <= {int(older)}"
                f"{scope} ORDER BY rowid DESC")

    def index(self, conn, article_id: int, values: tuple[str, ...]) -> None:
        """Write an article's index row (its exact and folded words)."""
        conn.execute(_INDEX_ROW, (article_id, tsvector_text(values)))

    def index_rows(self, conn, rows: list[tuple]) -> None:
        """Write many index rows: (article id, *fts_values) each."""
        conn.executemany(_INDEX_ROW, [(row[0], tsvector_text(row[1:])) for row in rows])

    def reindex(self, conn, article_id: int) -> None:
        """Rewrite an article's index row from its stored title, lead and (packed) body."""
        title, lead, blocks, raw = conn.execute(
            "SELECT title, lead, blocks, raw FROM articles WHERE id = ?", (article_id,)).fetchone()
        self.unindex(conn, article_id)
        self.index(conn, article_id, fts_values(title, lead, stored_body(blocks, raw)))

    def unindex(self, conn, article_id: int) -> None:
        """Remove an article's index row."""
        conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))

    def index_differences(self, conn) -> tuple[list[int], list[int], bool]:
        """(articles missing or out of date in the index, index rows of no article, False: every
        difference is located), by id: the expected vectors are compared with the stored ones on the
        server, 500 at a time (bodies unpacked from the blocks)."""
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
        wrong: list[int] = []
        for start in range(0, len(ids), 500):
            chunk = conn.execute("SELECT id, title, lead, blocks, raw FROM articles WHERE id = ANY(?) ORDER BY id",
                                 (ids[start:start + 500],)).fetchall()
            wrong += [r[0] for r in conn.execute(
                "SELECT e.id FROM unnest(CAST(? AS bigint[]), CAST(? AS text[])) AS e(id, doc) "
                "LEFT JOIN articles_fts f ON f.rowid = e.id WHERE f.doc IS DISTINCT FROM CAST(e.doc AS tsvector) "
                "ORDER BY e.id", ([r[0] for r in chunk],
                                  [tsvector_text(fts_values(r[1], r[2], stored_body(r[3], r[4]))) for r in chunk]))]
        extra = [r[0] for r in conn.execute(
            "SELECT rowid FROM articles_fts WHERE rowid NOT IN (SELECT id FROM articles) ORDER BY rowid")]
        return wrong, extra, False

    def repair_index(self, conn, wrong: list[int], extra: list[int]) -> None:
        """Drop the index rows of no article and rewrite the wrong ones."""
        conn.executemany("DELETE FROM articles_fts WHERE rowid = ?", [(r,) for r in extra])
        for article_id in wrong:
            self.reindex(conn, article_id)

    # The GROUP BY key of entity links joined to their entities (`l`, `e`) and of tag links joined to
    # their names (`t`, `n`): SQLite groups by the link's column (its index gives the order and the
    # name is read as a bare column); PostgreSQL by the joined table's primary key, which makes its
    # other columns selectable.
    entity_key = "e.id"
    tag_key = "n.id"

    def ids_in(self, ids: list[int]) -> tuple[str, object]:
        """A condition `a.id` in a list of ids, and its one parameter."""
        return "a.id = ANY(?)", list(ids)

    def json_values(self, expression: str) -> str:
        """The integers of a JSON list column or parameter, as a subquery."""
        return f"(SELECT CAST(value AS bigint) FROM json_array_elements_text(CAST({expression} AS json)))"

    def json_rows(self, expression: str) -> str:
        """A FROM item `j` with one row (column `value`) per element of a JSON list."""
        return f"json_array_elements_text(CAST({expression} AS json)) AS j(value)"

    first_names = ("SELECT DISTINCT ON (l.article_id) l.article_id, l.position, e.name FROM article_entities l "
                   "JOIN entities e ON e.id = l.entity_id WHERE e.kind = ? {scope} ORDER BY l.article_id, l.position")


POSTGRES = PostgresDialect()


def display(url: str) -> str:
    """The URL without its password (for messages and the window title)."""
    parts = urlsplit(url)
    if not parts.password:  # as given: urlunsplit would drop an empty host's "//" (postgresql:///db)
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}@{host}"))


def open_database(url: str, *, create: bool = True, read_only: bool = False) -> tuple[PgConnection, str]:
    """Connect, check the database is a Tư Liệu archive (or empty) and migrate it; returns the
    connection and the URL to show. Raises ArchiveError (unreachable), SchemaTooNew, ArchiveCorrupt."""
    from .. import migrations
    from ...errors import ArchiveCorrupt, ArchiveError, SchemaTooNew

    shown = display(url)
    try:
        conn = PgConnection(url)
    except OperationalError as error:
        if "does not exist" in str(error) and "database" in str(error):
            raise ArchiveError(f"{shown}: no archive here (the database does not exist; a server's "
                               "administrator creates it: see the README)") from error
        raise ArchiveError(f"{shown}: cannot reach the archive's server ({error})") from error
    try:
        version = migrations.user_version(conn)
        if version > migrations.LATEST:
            raise SchemaTooNew(f"{shown}: made by a newer version of Tư Liệu (schema {version}, "
                               f"this version knows up to {migrations.LATEST}); update the app")
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()[0]
        if version == 0 and tables:
            raise ArchiveCorrupt(f"{shown}: not a Tư Liệu archive (a database of another program)")
        if version == 0 and (read_only or not create):
            raise ArchiveError(f"{shown}: no archive in this database yet (an import creates it)")
        if read_only and version < migrations.LATEST:
            raise ArchiveError(f"{shown}: the archive needs an upgrade; open it once for writing")
        if not read_only:
            migrations.migrate(conn)
        return conn, shown
    except OperationalError as error:
        conn.close()
        raise ArchiveError(f"{shown}: cannot open the archive ({error})") from error
    except BaseException:
        conn.close()
        raise
