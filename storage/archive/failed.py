"""The "Failed imports" list: files that could not be imported, with the reason and time, for a retry."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from .codec import now_iso

if TYPE_CHECKING:
    from .core import Archive

log = logging.getLogger(__name__)


@dataclass
class FailedImport:
    """One file that could not be imported: where, why, when, and how many times it was tried."""

    path: str
    reason: str
    at: str
    attempts: int


def remember_failures(archive: "Archive", failed: Iterable[tuple[str, str]]) -> None:
    """Record (path, reason) pairs in one transaction; a path tried again keeps one row."""
    rows = [(path, reason, now_iso()) for path, reason in failed]
    if not rows or archive.read_only:
        return
    with archive._write() as conn:
        conn.executemany(
            "INSERT INTO failed_imports(path, reason, at) VALUES (?, ?, ?) ON CONFLICT(path) DO UPDATE SET "
            "reason = excluded.reason, at = excluded.at, attempts = failed_imports.attempts + 1", rows)


def forget_failures(archive: "Archive", paths: Iterable[str]) -> None:
    """Drop paths that have now been imported (or were found to be duplicates)."""
    keys = [(p,) for p in paths]
    if not keys or archive.read_only:
        return
    with archive._write() as conn:
        conn.executemany("DELETE FROM failed_imports WHERE path = ?", keys)


def failed_imports(archive: "Archive") -> list[FailedImport]:
    """Every remembered failure, newest first."""
    with archive._reading():
        rows = archive._conn.execute("SELECT path, reason, at, attempts FROM failed_imports "
                                     "ORDER BY at DESC, path").fetchall()
    return [FailedImport(*row) for row in rows]


def clear_failed(archive: "Archive", paths: Iterable[str] | None = None) -> int:
    """Forget the given failures (all when paths is None); returns how many were removed."""
    with archive._write() as conn:
        if paths is None:
            return conn.execute("DELETE FROM failed_imports").rowcount
        return sum(conn.execute("DELETE FROM failed_imports WHERE path = ?", (p,)).rowcount for p in paths)


def record_outcome(archive: "Archive", report) -> None:
    """After an import (whole or stopped): remember its failures, forget files that now went in.
    Never raises: the import's own result or error is what the caller must see."""
    import os

    try:
        remember_failures(archive, [(os.path.abspath(p), reason) for p, reason in report.failed])
        forget_failures(archive, [os.path.abspath(p) for p, _ in (*report.imported, *report.duplicates)])
    except Exception as error:  # noqa: BLE001 - a full disk must not hide the import's real outcome
        log.warning("could not update the failed-imports list of %s: %s", archive.path, error)
