"""Copy what is still readable out of a damaged archive into a new one; the damaged file is never written."""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..errors import TuLieuError
from ..progress import NEVER, CancelToken, Progress, noop
from ..records import Entity
from .codec import original_of_row, stored_from_row

log = logging.getLogger(__name__)

LINKS_SQL = ("SELECT e.name, e.kind, l.role, l.mentions FROM article_entities l JOIN entities e "
             "ON e.id = l.entity_id WHERE l.article_id = ? ORDER BY l.position, e.id")
TAGS_SQL = "SELECT n.name FROM article_tags t JOIN tag_names n ON n.id = t.tag_id WHERE t.article_id = ?"


@dataclass
class SalvageReport:
    """What was copied out of a damaged archive and what could not be read."""

    source: Path
    target: Path
    saved: list[int] = field(default_factory=list)
    lost: list[tuple[int, str]] = field(default_factory=list)  # (article id, reason)
    partial: list[tuple[int, str]] = field(default_factory=list)  # saved without links/tags/history


def salvage_path(source: Path) -> Path:
    """A fresh name next to the damaged archive for the repaired copy."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return source.with_name(f"{source.stem}.repaired-{stamp}{source.suffix or '.sqlite'}")


def salvage(source: str | Path, target: str | Path | None = None, *, progress: Progress = noop,
            cancel: CancelToken = NEVER) -> SalvageReport:
    """Copy every readable article (by id, so one bad page loses only its rows) into a new archive."""
    from .core import Archive

    source = Path(source)
    target = Path(target) if target else salvage_path(source)
    if target.exists():
        raise TuLieuError(f"{target}: already exists; the salvaged copy needs a new file")
    report = SalvageReport(source, target)
    old = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        ids = _article_ids(old)
        with Archive.open(target) as new:
            for done, article_id in enumerate(ids):
                cancel.check()
                progress(done, len(ids), f"#{article_id}")
                _copy_one(old, new, article_id, report)
    finally:
        old.close()
    log.info("salvaged %d articles of %s into %s; %d lost", len(report.saved), source, target, len(report.lost))
    return report


def _article_ids(old: sqlite3.Connection) -> list[int]:
    """Every article id; when the id index itself is damaged, every id up to the largest one found."""
    try:
        return [r[0] for r in old.execute("SELECT id FROM articles ORDER BY id")]
    except sqlite3.DatabaseError:
        try:
            top = old.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0
        except sqlite3.DatabaseError:
            top = 0
        return list(range(1, max(top, 1) + 1))


def _copy_one(old: sqlite3.Connection, new, article_id: int, report: SalvageReport) -> None:
    try:
        cursor = old.execute("SELECT * FROM articles WHERE id = ?", (article_id,))
        values = cursor.fetchone()
    except sqlite3.DatabaseError as error:
        report.lost.append((article_id, f"unreadable ({error})"))
        return
    if values is None:
        return  # a gap in the ids (a deleted article)
    row = dict(zip([d[0] for d in cursor.description], values))
    try:
        links = [(Entity(name, kind, role=role, mentions=mentions or 1), 0)
                 for name, kind, role, mentions in old.execute(LINKS_SQL, (article_id,))]
        tags = [r[0] for r in old.execute(TAGS_SQL, (article_id,))]
    except sqlite3.DatabaseError as error:
        links, tags = [], []
        report.partial.append((article_id, f"entity links and tags unreadable ({error})"))
    try:
        stored = stored_from_row(row, links, tags)
        stored.raw = original_of_row(row)
    except (ValueError, TypeError, KeyError) as error:
        report.lost.append((article_id, f"stored fields unreadable ({error})"))
        return
    stored.entity_keys = {}  # new entity ids in the new archive
    new.restore(stored)
    report.saved.append(article_id)
