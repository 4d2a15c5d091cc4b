"""An import's article writes grouped in one transaction per batch of files (SQLite).

Each article is still written in a savepoint of its own (a file that cannot be stored is rolled back
alone), but the batch commits once every BATCH_FILES files or BATCH_SECONDS: a commit writes every page
the article touched (its row, the search index's segment, the entity counts, the outlet's line counts)
to the WAL and checkpoints now and then, which cost the writer as much CPU as storing the article and
more time waiting for the disk. Cancel, Ctrl-C and any error commit the articles stored so far (they
are whole); when that commit fails, they are reported failed, as they are not in the archive.
On a shared (PostgreSQL) archive, or inside a caller's transaction, articles commit one by one.
"""
from __future__ import annotations

import logging
import sqlite3
import time
from typing import TYPE_CHECKING

from .errors import ArchiveError

if TYPE_CHECKING:
    from .archive import Archive

log = logging.getLogger(__name__)

BATCH_FILES = 50
BATCH_SECONDS = 0.25  # other readers of the file see an import's articles at most this late


class WriteBatch:
    """The open transaction of an import (`enabled` when batching applies to this archive). The archive's
    thread lock is held per article only, as before: the window's reads between two articles go on (they
    read through the same connection, so they see the batch's articles, as on_article announced them)."""

    def __init__(self, archive: "Archive", report) -> None:
        conn = archive._conn
        self.archive, self.report = archive, report
        self.enabled = conn.sql.name == "sqlite" and not conn.in_transaction and not archive.read_only
        self._open = False
        self._files = 0
        self._started = 0.0
        self._marks: tuple[int, int, int] = (0, 0, 0)
        if self.enabled:
            try:
                with archive._write():  # the day's first write makes the daily backup, before any batch
                    pass
            except ArchiveError:  # unwritable: the first article's own write reports it, as without batches
                self.enabled = False

    def before_file(self) -> None:
        """Open a batch when none is open (the next article writes join it as savepoints)."""
        if not self.enabled or self._open:
            return
        self._run("BEGIN IMMEDIATE")
        self._open, self._files, self._started = True, 0, time.monotonic()
        self._marks = (len(self.report.imported), len(self.report.joined), len(self.report.reextracted))

    def after_file(self) -> None:
        """Commit when the batch is full or old enough."""
        self._files += 1
        if self._open and (self._files >= BATCH_FILES or time.monotonic() - self._started >= BATCH_SECONDS):
            self.commit()

    def commit(self) -> None:
        """Commit the open batch; raises ArchiveError (the batch is rolled back, its articles reported failed)."""
        if not self._open:
            return
        self._open = False
        try:
            self._run("COMMIT")
        except ArchiveError as error:
            with self.archive._lock:
                if self.archive._conn.in_transaction:
                    self.archive._conn.rollback()
            self._lost(error)
            raise

    def close(self) -> None:
        """Commit what is open, never raising (the import's own outcome or error is what counts)."""
        try:
            self.commit()
        except ArchiveError as error:
            log.warning("the import's last articles could not be committed: %s", error)

    def _run(self, statement: str) -> None:
        try:
            with self.archive._lock:
                self.archive._conn.execute(statement)
        except sqlite3.Error as error:  # disk full, read-only medium, busy too long
            raise ArchiveError(f"{self.archive.path}: the archive could not be written ({error})") from error

    def _lost(self, error: ArchiveError) -> None:
        """The batch rolled back: its articles are failures, not imports."""
        imported, joined, reextracted = self._marks
        lost = self.report.imported[imported:]
        del self.report.imported[imported:], self.report.joined[joined:], self.report.reextracted[reextracted:]
        self.report.failed += [(path, f"could not be stored: {error}") for path, _ in lost]
