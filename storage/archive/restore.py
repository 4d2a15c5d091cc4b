"""Restoring an archive from one of its backups: an operation on an open Archive, kept apart from the
backup primitives (storage.archive.backup) that the Archive itself calls."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from .backup import backup_before, check_backup_file, refuse_shared
from .core import Archive
from ..errors import ArchiveError


def restore_backup(backup: str | Path, archive_path: str | Path) -> Path | None:
    """Replace the archive's content with a backup's, in one transaction; returns the safety backup made
    of the current content first (None when it was empty). Never touches a newer-schema archive."""
    refuse_shared(archive_path)
    backup, archive_path = Path(backup).expanduser(), Path(archive_path).expanduser()
    check_backup_file(backup)
    with Archive.open(archive_path) as archive:  # takes the writer lock; SchemaTooNew for a newer archive
        if archive.read_only:
            raise ArchiveError(f"{archive_path}: cannot restore into it ({archive.read_only_reason})")
        with archive._lock:
            has_articles = archive._conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone()
            safety = backup_before(archive, "before-restore") if has_articles else None
            source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
            try:
                source.backup(archive._conn)  # one transaction on the archive: all or nothing
            except sqlite3.Error as error:
                raise ArchiveError(f"{archive_path}: the restore failed and changed nothing ({error})") from error
            finally:
                source.close()
    Archive.open(archive_path).close()  # an older backup is migrated now (with its own backup first)
    return safety
