"""Import files into the archive: read, extract, dedup, store — one transaction per article."""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from .errors import ArchiveCorrupt, ArchiveError, Cancelled, ReadError
from .progress import NEVER, CancelToken, Progress, noop

if TYPE_CHECKING:
    from .archive import Archive

log = logging.getLogger(__name__)


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
           reextract: bool = False, detect_stories: bool = True) -> IngestReport:
    """Import files and folders; a bad file is reported and skipped. Raises Cancelled between files,
    or ArchiveError when the archive cannot be written (disk full, read-only medium): the exception's
    `report` holds what was done; every committed article is whole.
    With reextract=True a duplicate is re-extracted in place (user-edited fields are kept)."""
    from .readers import iter_paths

    files = list(iter_paths(paths))
    report = IngestReport()
    for done, path in enumerate(files):
        try:
            cancel.check()
        except Cancelled as error:
            error.args = (f"import cancelled after {done} of {len(files)} files",)
            error.report = report  # type: ignore[attr-defined]
            raise
        progress(done, len(files), path.name)
        try:
            article_id = ingest_file(archive, path, report, reextract=reextract, detect_stories=detect_stories)
        except ArchiveError as error:  # the archive itself failed (disk full, read-only, damaged): stop
            error.args = (f"{error}; import stopped at {path.name} ({done} of {len(files)} files done)",)
            error.report = report  # type: ignore[attr-defined]
            raise
        if article_id is not None and on_article is not None:
            on_article(article_id)
    progress(len(files), len(files), "")
    log.info("import: %d imported, %d duplicates, %d failed", len(report.imported),
             len(report.duplicates), len(report.failed))
    return report


def ingest_file(archive: "Archive", path: Path, report: IngestReport, *, reextract: bool = False,
                detect_stories: bool = True) -> int | None:
    """Import one file into the report; returns the new article id (None: duplicate or failure)."""
    from .extraction import extract
    from .readers import read_file
    from .stories.detect import add_article

    try:
        doc = read_file(path)
    except ReadError as error:
        report.failed.append((str(path), error.reason))
        return None
    try:
        article = extract(doc)
    except Exception as error:  # an extraction bug on one page must not stop the batch
        log.exception("extraction failed for %s", path)
        report.failed.append((str(path), f"extraction failed: {error}"))
        return None
    article.file_name = path.name
    duplicate = archive.find_duplicate(article)
    if duplicate is not None:
        report.duplicates.append((str(path), duplicate))
        if reextract:
            archive.update_from_extraction(duplicate, article)
            report.reextracted.append((str(path), duplicate))
        return None
    try:
        article_id, story_id = add_article(archive, article, raw=doc.raw, file_name=path.name, detect=detect_stories)
    except ArchiveError as error:
        if isinstance(error, ArchiveCorrupt) or isinstance(error.__cause__, sqlite3.OperationalError):
            raise  # the archive cannot be written at all: every later file would fail the same way
        # this article alone could not be stored (rolled back); try the next file
        report.failed.append((str(path), f"could not be stored: {error}"))
        return None
    report.imported.append((str(path), article_id))
    if story_id is not None:
        report.joined.append((str(path), article_id, story_id))
    return article_id
