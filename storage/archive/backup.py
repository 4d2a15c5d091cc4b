"""Backups with SQLite's online backup API: before migrations and repairs, daily, on demand; and restore."""
from __future__ import annotations

import logging
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ArchiveError, SchemaTooNew, TuLieuError
from . import migrations

if TYPE_CHECKING:
    from .core import Archive

log = logging.getLogger(__name__)

KEEP = 10  # automatic backups kept per archive (the GUI's setting overrides it)
_NAME = re.compile(r"^(?P<stem>.+)-(?P<day>\d{8})-(?P<time>\d{6})-(?P<reason>[a-z0-9-]+)\.sqlite$")


def backup_dir(archive_path: Path) -> Path:
    """Where an archive's automatic backups live: a `backups` folder next to it."""
    return archive_path.parent / "backups"


def list_backups(archive_path: Path) -> list[Path]:
    """This archive's automatic backups, oldest first."""
    folder = backup_dir(archive_path)
    if not folder.is_dir():
        return []
    stem = archive_path.stem
    found = [p for p in folder.iterdir() if (m := _NAME.match(p.name)) and m["stem"] == stem]
    return sorted(found, key=lambda p: p.name)


def copy_database(conn: sqlite3.Connection, dest: Path) -> Path:
    """Write a consistent copy of the open database to dest (via a .part file; never over an existing file)."""
    if dest.exists():
        raise TuLieuError(f"{dest}: already exists; a backup is never written over another file")
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(f".{dest.name}.part")
    try:
        target = sqlite3.connect(partial)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
        os.replace(partial, dest)
    except (OSError, sqlite3.Error) as error:
        raise ArchiveError(f"{dest}: the backup could not be written ({error})") from error
    finally:
        partial.unlink(missing_ok=True)
    return dest


def automatic_backup(conn: sqlite3.Connection, archive_path: Path, reason: str, keep: int = KEEP) -> Path:
    """A dated backup in the archive's backups folder; the oldest beyond `keep` are removed."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = backup_dir(archive_path) / f"{archive_path.stem}-{stamp}-{reason}.sqlite"
    if dest.exists():  # two in the same second for the same reason: one is enough
        return dest
    copy_database(conn, dest)
    for old in list_backups(archive_path)[:-max(1, keep)]:
        old.unlink(missing_ok=True)
    log.info("backup of %s written to %s", archive_path, dest)
    return dest


def backup_before(archive: "Archive", reason: str) -> Path:
    """An automatic backup of an open archive (before a repair, a restore...)."""
    with archive._lock:
        return automatic_backup(archive._conn, archive.path, reason, getattr(archive, "backup_keep", KEEP))


def refuse_shared(location: object) -> None:
    """Backups and restores are of archive files: a shared archive's are its server's (pg_dump)."""
    from .backends import is_url

    if is_url(location) or getattr(location, "shared", False):
        shown = getattr(location, "path", location)
        raise ArchiveError(f"{shown}: a shared archive is backed up and restored on its server "
                           "(pg_dump / pg_restore), not by Tư Liệu")


def backup_to(archive: "Archive", dest: str | Path) -> Path:
    """`tulieu-cli backup DEST` / File ▸ Back up…: a consistent copy of an open archive at dest."""
    refuse_shared(archive)
    with archive._lock:
        return copy_database(archive._conn, Path(dest).expanduser())


def has_backup_today(archive_path: Path) -> bool:
    """True when a backup of this archive was made today (any reason)."""
    today = datetime.now().strftime("%Y%m%d")
    return any(_NAME.match(p.name)["day"] == today for p in list_backups(archive_path))  # type: ignore[index]


def check_backup_file(path: Path) -> None:
    """Raise unless `path` is a whole Tư Liệu archive this version can open."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise ArchiveError(f"{path}: cannot open the backup ({error})") from error
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != migrations.APPLICATION_ID:
            raise ArchiveError(f"{path}: not a Tư Liệu archive or backup")
        if version > migrations.LATEST:
            raise SchemaTooNew(f"{path}: made by a newer version of Tư Liệu (schema {version}); update the app")
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise ArchiveError(f"{path}: the backup is damaged (integrity check failed); nothing was restored")
    except sqlite3.DatabaseError as error:
        raise ArchiveError(f"{path}: not a readable backup ({error})") from error
    finally:
        conn.close()


def daily_backup(archive: "Archive") -> Path | None:
    """The first write of each day backs the archive up first (an empty archive has nothing to keep)."""
    if has_backup_today(archive.path):
        return None
    if not archive._conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
        return None
    return backup_before(archive, "daily")
