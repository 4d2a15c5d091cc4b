"""Import files into the archive: read, extract, dedup, store — one transaction per article."""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from .errors import ArchiveCorrupt, ArchiveError, Cancelled
from .archive.furniture import record
from .ingest_furniture import misplaced_furniture, without_furniture
from .ingest_batch import WriteBatch
from .ingest_parallel import Ahead, prepared_ahead
from .ingest_prepare import Prepared, prepare
from .names import shown
from .progress import NEVER, CancelToken, Progress, noop

if TYPE_CHECKING:
    from .archive import Archive
    from .ingest_furniture import Redo

log = logging.getLogger(__name__)

NO_TEXT = "no article text found"


@dataclass
class IngestReport:
    """What an import did, file by file."""

    imported: list[tuple[str, int]] = field(default_factory=list)  # (path, new id)
    duplicates: list[tuple[str, int]] = field(default_factory=list)  # (path, id already stored)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    reextracted: list[tuple[str, int]] = field(default_factory=list)  # duplicates updated (reextract=True)
    joined: list[tuple[str, int, int]] = field(default_factory=list)  # (path, new id, story id): a version found

    @property
    def ok(self) -> bool:
        """True when no file failed."""
        return not self.failed


def ingest(archive: "Archive", paths: Iterable[str | Path], *, progress: Progress = noop,
           cancel: CancelToken = NEVER, on_article: Callable[[int], None] | None = None,
           reextract: bool = False, workers: int | None = None, detect_stories: bool = True) -> IngestReport:
    """Import files and folders; a bad file is reported and skipped. Raises Cancelled between files,
    or ArchiveError when the archive cannot be written (disk full, read-only medium): the exception's
    `report` holds what was done; every committed article is whole.
    With reextract=True a duplicate is re-extracted in place (user-edited fields are kept).
    `on_article(id)`: an article was stored (readable through this archive; on SQLite committed with its
    batch of files, ingest_batch, at most BATCH_SECONDS later).
    Files are read and extracted by `workers` processes (default: one per core; 1 = in this process)
    and stored here in file order, so the result is that of a serial import."""
    from .readers import iter_paths

    files = list(iter_paths(paths))
    pending = _held_bands(archive) if detect_stories else None
    try:
        with prepared_ahead(files, workers, detect_stories) as ahead:
            return _ingest_files(archive, files, ahead, progress, cancel, on_article, reextract, detect_stories,
                                 pending)
    finally:
        if pending is not None:
            _flush(archive, pending)


def _held_bands(archive: "Archive"):
    """The import's held story band rows (see stories.store.PendingBands), after writing those an
    interrupted import left unwritten."""
    from .stories import store

    with archive._reading():
        left = archive._conn.execute("SELECT 1 FROM story_state WHERE key = 'bands_from'").fetchone()
    if left:
        with archive._write() as conn:
            store.repair(conn)
    return store.PendingBands()


def _flush(archive: "Archive", pending) -> None:
    """Write the held band rows; a failure leaves them to the next import's repair."""
    if not len(pending):
        return
    try:
        with archive._write() as conn:
            pending.flush(conn)
    except ArchiveError as error:
        log.warning("story band rows not written (the next import writes them): %s", error)


def _ingest_files(archive: "Archive", files: list[Path], ahead: Ahead | None, progress: Progress,
                  cancel: CancelToken, on_article: Callable[[int], None] | None, reextract: bool,
                  detect_stories: bool, pending=None) -> IngestReport:
    """The loop of ingest(): one file after the other, each prepared ahead or here, written in batches."""
    from .archive.failed import record_outcome

    report = IngestReport()
    batch = WriteBatch(archive, report)
    if pending is not None:
        pending.batched = batch.enabled
    try:
        for done, path in enumerate(files):
            _ingest_one(archive, files, done, path, ahead, report, batch, progress, cancel, on_article, reextract,
                        detect_stories, pending)
        try:
            batch.commit()
        except ArchiveError as error:  # the last batch could not be committed: its articles are reported failed
            _stopped(archive, report, batch, error)
            raise
    finally:
        batch.close()  # cancel, Ctrl-C, an error: the articles stored so far are committed whole
    progress(len(files), len(files), "")
    record_outcome(archive, report)
    log.info("import: %d imported, %d duplicates, %d failed", len(report.imported),
             len(report.duplicates), len(report.failed))
    return report


def _stopped(archive: "Archive", report: IngestReport, batch: WriteBatch, error: BaseException) -> None:
    """An import that stops early (cancel, Ctrl-C, an archive error): commit the whole articles stored so far,
    then record the outcome and hand the report to the caller with the error."""
    from .archive.failed import record_outcome

    error.report = report  # type: ignore[attr-defined]
    batch.close()
    record_outcome(archive, report)


def _ingest_one(archive: "Archive", files: list[Path], done: int, path: Path, ahead: Ahead | None,
                report: IngestReport, batch: WriteBatch, progress: Progress, cancel: CancelToken,
                on_article: Callable[[int], None] | None, reextract: bool, detect_stories: bool, pending) -> None:
    """One file of _ingest_files, in the import's open write batch."""
    try:
        cancel.check()
    except Cancelled as error:
        error.args = (f"import cancelled after {done} of {len(files)} files",)
        error.files_done, error.files_total = done, len(files)  # type: ignore[attr-defined]  # for the summary
        _stopped(archive, report, batch, error)
        raise
    try:
        progress(done, len(files), shown(path.name))
        batch.before_file()
        article_id = ingest_file(archive, path, report, reextract=reextract, detect_stories=detect_stories,
                                 prepared=next(ahead) if ahead is not None else None, pending=pending,
                                 redo=ahead.redo if ahead is not None else None)
        if pending is not None and len(pending) >= pending.FLUSH:
            _flush(archive, pending)
        batch.after_file()
    except KeyboardInterrupt as error:  # Ctrl-C: the article in progress was rolled back
        _stopped(archive, report, batch, error)
        raise
    except ArchiveError as error:  # the archive itself failed (disk full, read-only, damaged): stop
        error.args = (f"{error}; import stopped at {shown(path.name)} ({done} of {len(files)} files done)",)
        _stopped(archive, report, batch, error)
        raise
    if article_id is not None and on_article is not None:
        on_article(article_id)


def ingest_file(archive: "Archive", path: Path, report: IngestReport, *, reextract: bool = False,
                detect_stories: bool = True, prepared: Prepared | None = None, pending=None,
                redo: "Redo | None" = None) -> int | None:
    """Import one file into the report; returns the new article id (None: duplicate or failure).
    `prepared`: the file already read and extracted (by an import worker); `pending`: the import's
    held story band rows (stories.store.PendingBands); `redo`: the workers' second extraction
    (ingest_parallel.Ahead.redo; default: in this process)."""
    from .stories.detect import add_article, redetect

    outcome = prepared or prepare(path)  # here the story fingerprint is left to the writer (a duplicate needs none)
    if outcome.document is not None:  # PDF, Word, scans, e-mail: possibly many articles, linked to their document
        from .ingest_documents import ingest_document

        return ingest_document(archive, path, outcome.document, report, reextract=reextract)
    if outcome.article is None:
        report.failed.append((shown(path), outcome.failure or "unknown failure"))
        return None
    article, raw = outcome.article, outcome.raw
    if not any(text.strip() for text in article.body):  # never stored, never a dedup key
        report.failed.append((shown(path), NO_TEXT))
        return None
    article.file_name = shown(path.name)
    duplicate = archive.find_duplicate(article, outcome.values)
    lines = outcome.lines
    if duplicate is None:  # a page imported before is found by its first extraction, before any furniture
        misplaced = misplaced_furniture(archive, outcome)
        if misplaced:
            outcome = without_furniture(path, outcome, misplaced, detect_stories, redo)
            article, raw = outcome.article, outcome.raw
            article.file_name = shown(path.name)
            duplicate = archive.find_duplicate(article, outcome.values)
    if duplicate is not None:
        report.duplicates.append((shown(path), duplicate))
        if reextract:  # one transaction: the new extraction and the story detection on its body
            with archive._write():
                archive.update_from_extraction(duplicate, article)
                if detect_stories:
                    redetect(archive, duplicate, pending)
            report.reextracted.append((shown(path), duplicate))
        return None
    try:
        article_id, story_id = add_article(archive, article, raw=raw, file_name=shown(path.name), detect=detect_stories,
                                           prepared=outcome.fingerprint, pending=pending, values=outcome.values,
                                           on_stored=_count_lines(archive, article.outlet, lines))
    except ArchiveError as error:
        if isinstance(error, ArchiveCorrupt) or isinstance(error.__cause__, sqlite3.OperationalError):
            raise  # the archive cannot be written at all: every later file would fail the same way
        # this article alone could not be stored (rolled back); try the next file
        report.failed.append((shown(path), f"could not be stored: {error}"))
        return None
    report.imported.append((shown(path), article_id))
    if story_id is not None:
        report.joined.append((shown(path), article_id, story_id))
    return article_id


def _count_lines(archive: "Archive", outlet: str | None, hashes: list[int]) -> Callable[[int | None], None]:
    """Count a stored page's lines for its outlet's furniture (in the article's transaction), unless the page
    is a version of an archived article: its shared paragraphs are the story's, not the site's."""
    def count(story_id: int | None) -> None:
        if story_id is None:
            record(archive._conn, outlet, hashes)
    return count
