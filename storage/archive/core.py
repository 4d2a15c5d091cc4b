"""The archive: articles, entities, tags, edit history and the search index, in one SQLite file (WAL)
or, shared by a team, in a PostgreSQL database (backends/)."""
from __future__ import annotations

import logging
import sqlite3
import threading
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Iterator

from sqlite_utils import Database

from . import migrations
from .backup import KEEP, automatic_backup, daily_backup
from .. import collation
from .concurrency import lock_article, lock_imports
from .codec import (RowValues, article_columns, body_text, content_hash, canonical, dumps, now_iso, pack_raw,
                    row_values, stored_from_row, unpack_raw)
from .entities import EntityMixin
from .lock import WriterLock
from .lookups import LookupMixin
from .query import QueryMixin
from .readonly import read_only_uri, why_read_only
from .records import StoredArticle
from .sources import SourceMixin
from .writes import EditMixin
from ..folding import fold
from ..errors import ArchiveCorrupt, ArchiveError, NotFound, SchemaTooNew
from ..names import shown
from ..records import Article
from ..stories.store import put_back, saved_rows
from .backends import DatabaseError, Error, IntegrityError, OperationalError, ProgrammingError, is_url
from .backends.sqlite import SqliteConnection
from .search_index import fts_values, index_ahead, register_functions
from .transaction import immediate

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite touches it (so it is never overwritten)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise ArchiveError(f"{path}: cannot read the archive ({error.strerror})") from error
    if header and header != SQLITE_MAGIC:
        raise ArchiveCorrupt(f"{path}: not a Tư Liệu archive (the file is not an SQLite database)")


class Archive(QueryMixin, EditMixin, EntityMixin, SourceMixin, LookupMixin):
    """An open archive; every write is one transaction. Use Archive.open()."""

    def __init__(self, path: Path | str, db: Database | None, lock: WriterLock | None, read_only: bool,
                 conn=None) -> None:
        self.path = path  # the file, or the database URL without its password (shared archives)
        self.read_only = read_only
        self._db = db  # sqlite-utils on the SQLite file (None on PostgreSQL)
        self._conn = db.conn if db is not None else conn  # the backend connection (see backends/)
        self.shared = db is None  # a PostgreSQL archive: no file lock, no file backups
        self._writer_lock = lock
        self.backup_keep = KEEP  # automatic backups kept (the GUI sets the user's choice)
        self._backup_day: date | None = None  # the day the first-write-of-the-day backup was checked
        self.read_only_reason = ""  # why edits are off when the archive could only be opened read-only
        self._lock = threading.RLock()  # one connection shared by threads: serialise its use

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, read_only: bool = False) -> "Archive":
        """Open (and create/migrate) an archive: a file path (SQLite) or a `postgresql://` URL;
        raises ArchiveLocked, SchemaTooNew or ArchiveCorrupt."""
        if is_url(path):
            try:
                from .backends.postgres import open_database
            except ImportError as error:  # psycopg is a dependency, but a hand-made setup may lack it
                raise ArchiveError(f"shared archives need the psycopg package ({error})") from error
            from .team import read_only_reason

            conn, shown_url = open_database(str(path), create=create, read_only=read_only)
            reason = read_only_reason(conn)  # a reader's grants: search and read, the GUI says why not edit
            archive = cls(shown_url, None, None, read_only or bool(reason), conn)
            archive.read_only_reason = reason
            return archive
        path = Path(path).expanduser()
        reason = why_read_only(path) if path.exists() and not read_only else ""
        read_only = read_only or bool(reason)  # a read-only folder: search and read, no edits
        if path.exists():
            _check_header(path)
        elif read_only or not create:
            raise ArchiveError(f"{path}: no archive at this path")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
        lock = None if read_only else WriterLock(path)
        if lock:
            lock.acquire()
        try:
            db = _connect(path, read_only)
        except BaseException:
            if lock:
                lock.release()
            raise
        archive = cls(path, db, lock, read_only)
        archive.read_only_reason = reason
        return archive

    def close(self) -> None:
        """Close the connection and release the writer lock."""
        with self._lock:
            try:
                if not self.read_only and not self.shared:
                    self._conn.execute("PRAGMA optimize")  # keeps the planner's statistics fresh
            except Error as error:
                log.debug("PRAGMA optimize failed on %s: %s", self.path, error)
            try:
                self._conn.close()
            finally:
                if self._writer_lock:
                    self._writer_lock.release()
                    self._writer_lock = None

    def reader(self) -> "Archive":
        """A second, read-only handle on this archive with a connection of its own: queries run on
        another thread through it neither wait for this handle's lock nor hold it (a window's
        background reads). The caller closes it."""
        if self.shared:
            from .backends.postgres import open_database

            conn, shown_url = open_database(self._conn.url, create=False, read_only=True)
            return Archive(shown_url, None, None, True, conn)
        return Archive(self.path, _connect(Path(self.path), True), None, True)

    def interrupt(self) -> None:
        """Stop the statement this handle's connection is running (call it from another thread); that
        read raises ArchiveError. Nothing happens when no statement runs."""
        self._conn.interrupt()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Hold the thread lock for a read; SQLite failures become typed errors, never tracebacks."""
        try:
            with self._lock:
                yield
        except OverflowError as error:  # an id beyond 64 bits names no row
            raise NotFound(f"{self.path}: no such id (out of range)") from error
        except ProgrammingError as error:
            if "closed" not in str(error):  # any other ProgrammingError is a bug: let it show as one
                raise
            raise ArchiveError(f"{self.path}: the archive is closed") from error
        except DatabaseError as error:
            reason = str(error)[:100]
            if isinstance(error, OperationalError) and "decode" not in reason:
                raise ArchiveError(f"{self.path}: the archive could not be read ({reason})") from error
            raise ArchiveCorrupt(f"{self.path}: the archive is damaged ({reason})") from error

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction (a savepoint when nested) holding the thread lock."""
        if self._backup_day != date.today() and not self.read_only:
            self._daily_backup()
        if self.read_only:
            raise ArchiveError(f"{self.path}: the archive is open read-only"
                               + (f" ({self.read_only_reason})" if self.read_only_reason else ""))
        try:
            with self._lock, immediate(self._conn):
                yield self._conn
        except OverflowError as error:  # an id beyond 64 bits names no row
            raise NotFound(f"{self.path}: no such id (out of range)") from error
        except UnicodeEncodeError as error:  # a value with lone surrogates (bytes that were not UTF-8)
            raise ArchiveError(f"{self.path}: the value is not valid UTF-8 text; nothing was changed") from error
        except ProgrammingError as error:
            if "closed" not in str(error):  # any other ProgrammingError is a bug: let it show as one
                raise
            raise ArchiveError(f"{self.path}: the archive is closed") from error
        except IntegrityError as error:
            raise ArchiveError(f"{self.path}: the change was refused ({error})") from error
        except OperationalError as error:  # disk full, read-only medium, busy too long, server gone
            if "permission denied" in str(error):  # the server's grants refused it (rolled back)
                raise ArchiveError(f"{self.path}: read-only for you ({error}); nothing was changed") from error
            raise ArchiveError(f"{self.path}: the archive could not be written ({error})") from error
        except DatabaseError as error:
            raise ArchiveCorrupt(f"{self.path}: the archive is damaged ({str(error)[:100]})") from error

    def _daily_backup(self) -> None:
        """Back up before the first write of the day; a failed backup is logged, never blocks the write."""
        self._backup_day = date.today()
        if self._conn.in_transaction or self.shared:  # a server's backups are its administrator's
            return
        try:
            with self._lock:
                daily_backup(self)
        except ArchiveError as error:
            log.warning("daily backup of %s failed: %s", self.path, error)

    # --- articles -------------------------------------------------------------------------------
    def add_article(self, article: Article, *, raw: bytes, file_name: str, values: RowValues | None = None) -> int:
        """Store a new article with its entities and tags in one transaction; returns its id.
        `values`: the article's row_values, computed ahead (by an import worker)."""
        if not any(text.strip() for text in article.body):
            raise ArchiveError(f"{file_name or article.file_name}: no article text found; not stored")
        values = values or row_values(article, raw)
        columns = dict(values.columns)
        columns.update(raw=values.raw, file_name=shown(file_name or article.file_name), imported_at=now_iso(),
                       content_hash=values.content_hash, user_fields="[]")
        with self._write() as conn:
            lock_imports(conn)  # shared archive: imports store one at a time (no deadlock on new names)
            # A plain INSERT (no table introspection); on SQLite a trigger writes its search index row (from
            # the values computed ahead, when given), on PostgreSQL the index row is written from the values at
            # hand (no read-back).
            if values.index is not None and conn.sql.indexed_by_triggers:
                index_ahead(conn, columns["title"], columns["lead"], body_text(article), columns["blocks"],
                            values.raw, values.index)
            article_id = conn.execute(f"INSERT INTO articles({', '.join(columns)}) "
                                      f"VALUES ({', '.join('?' * len(columns))})", list(columns.values())).lastrowid
            if not conn.sql.indexed_by_triggers:
                conn.sql.index(conn, article_id, values.index or fts_values(columns["title"], columns["lead"],
                                                                            body_text(article)))
            self._link_entities(article_id, article.entities)
            self._set_tags(article_id, article.tags)
        return int(article_id)

    def find_duplicate(self, article: Article, values: RowValues | None = None) -> int | None:
        """The id of a stored article with the same body hash or the same canonical URL (`values`: the
        article's row_values when at hand)."""
        with self._reading():
            row = None
            if any(text.strip() for text in article.body):  # an empty body is never a dedup key
                key = values.content_hash if values is not None else content_hash(article)
                row = self._conn.execute("SELECT id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1",
                                         (key,)).fetchone()
            url = canonical(article.url)
            if row is None and url:
                row = self._conn.execute("SELECT id FROM articles WHERE canonical_url = ? ORDER BY id LIMIT 1",
                                         (url,)).fetchone()
        return int(row[0]) if row else None

    def get(self, article_id: int) -> StoredArticle:
        """The stored article; raises NotFound."""
        with self._reading():
            cursor = self._conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,))
            values = cursor.fetchone()
            if values is None:
                raise NotFound(f"{self.path}: no article with id {article_id}")
            row = dict(zip([d[0] for d in cursor.description], values))
            return stored_from_row(row, self._article_entities(article_id), self._article_tags(article_id))

    def original_bytes(self, article_id: int) -> bytes:
        """The bytes of the file the article was imported from."""
        with self._reading():
            row = self._conn.execute("SELECT raw FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"{self.path}: no article with id {article_id}")
        return unpack_raw(row[0])

    def delete(self, article_id: int) -> StoredArticle:
        """Delete an article; returns it whole (with raw bytes) so restore() can undo."""
        with self._write() as conn:
            lock_article(conn, article_id)
            stored = self.get(article_id)
            stored.raw = self.original_bytes(article_id)
            stored.story_rows = saved_rows(conn, article_id)  # the trigger drops them with the article
            conn.execute("DELETE FROM article_entities WHERE article_id = ?", (article_id,))
            conn.execute("DELETE FROM article_tags WHERE article_id = ?", (article_id,))
            conn.sql.unindex(conn, article_id)
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return stored

    def restore(self, stored: StoredArticle) -> int:
        """Put back a deleted article under the same id (undo of delete)."""
        columns = article_columns(stored, stored.raw or b"")
        columns.update(id=stored.id, raw=pack_raw(stored.raw or b""), file_name=stored.file_name,
                       imported_at=stored.imported_at or now_iso(), content_hash=stored.content_hash,
                       user_fields=dumps(sorted(stored.user_fields)))
        with self._write():
            if self._conn.execute("SELECT 1 FROM articles WHERE id = ?", (stored.id,)).fetchone():
                raise ArchiveError(f"article {stored.id} already exists")
            self._conn.execute(f"INSERT INTO articles({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                               list(columns.values()))
            self._sync_fts(stored.id)
            self._link_entities(stored.id, stored.entities, stored.entity_keys)
            self._set_tags(stored.id, stored.tags)
            put_back(self._conn, stored.id, stored.story_rows)
        return stored.id

    def _sync_fts(self, article_id: int) -> None:
        """Rewrite the article's index row from its current text where no trigger does (PostgreSQL;
        inside a write)."""
        self._conn.sql.reindex(self._conn, article_id)


def _connect(path: Path, read_only: bool) -> Database:
    """Connect, check the file is ours and migrate it; wraps SQLite errors as ArchiveCorrupt."""
    conn = None
    try:
        if read_only:
            conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                   check_same_thread=False, factory=SqliteConnection)
        else:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False,
                                   factory=SqliteConnection)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        collation.register(conn)  # COLLATE vi: Vietnamese alphabetical order
        register_functions(conn)  # the search index's view and triggers call them
        # For queries only (no index or trigger uses it, so other SQLite tools can still write the file).
        conn.create_function("tl_fold", 1, fold, deterministic=True)
        db = Database(conn, execute_plugins=False)
        _check_schema(path, db, read_only)
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            _backup_before_migration(path, db)
            migrations.migrate(db)
        return db
    except sqlite3.OperationalError as error:  # cannot open/write (permissions, busy): not corruption
        if conn is not None:
            conn.close()
        raise ArchiveError(f"{path}: cannot open the archive ({error})") from error
    except sqlite3.DatabaseError as error:
        if conn is not None:
            conn.close()
        raise ArchiveCorrupt(f"{path}: not a usable Tư Liệu archive ({error})") from error
    except BaseException:
        if conn is not None:
            conn.close()
        raise


def _backup_before_migration(path: Path, db: Database) -> None:
    """An archive about to be upgraded is backed up first (a new, empty one has nothing to keep)."""
    version = migrations.user_version(db)
    if 0 < version < migrations.LATEST:
        automatic_backup(db.conn, path, f"before-v{migrations.LATEST}")


def _check_schema(path: Path, db: Database, read_only: bool) -> None:
    """Raise SchemaTooNew / ArchiveCorrupt / ArchiveError for files this version cannot use."""
    version = migrations.user_version(db)
    app_id = int(db.conn.execute("PRAGMA application_id").fetchone()[0])
    if version > migrations.LATEST:
        raise SchemaTooNew(f"{path}: made by a newer version of Tư Liệu (schema {version}, "
                           f"this version knows up to {migrations.LATEST}); update the app")
    tables = db.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if (version == 0 and tables) or (version > 0 and app_id != migrations.APPLICATION_ID):
        raise ArchiveCorrupt(f"{path}: not a Tư Liệu archive (an SQLite file of another program)")
    if read_only and version < migrations.LATEST:
        raise ArchiveError(f"{path}: the archive needs an upgrade; open it once for writing")
