"""tulieu-cli backup DEST / restore BACKUP / backups: copies of the archive with SQLite's online backup API."""
from __future__ import annotations

import argparse
import logging
from pathlib import Path

from . import add_archive_option
from ..plural import counted

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the backup, restore and backups commands."""
    backup = subparsers.add_parser("backup", help="write a consistent copy of the archive to DEST")
    backup.add_argument("dest", metavar="DEST", help="the backup file to write (never over an existing file)")
    add_archive_option(backup)
    backup.set_defaults(handler=run_backup)
    restore = subparsers.add_parser("restore", help="replace the archive's content with a backup's")
    restore.add_argument("backup", metavar="BACKUP", help="a backup file (see `tulieu-cli backups`)")
    add_archive_option(restore)
    restore.set_defaults(handler=run_restore)
    listing = subparsers.add_parser("backups", help="list the archive's automatic backups")
    add_archive_option(listing)
    listing.set_defaults(handler=run_list)


def run_backup(args: argparse.Namespace) -> int:
    """Copy the archive while it stays usable (a reader's snapshot: nothing is locked for long)."""
    from ..archive import Archive
    from ..archive.backup import backup_to

    from ..archive.backup import refuse_shared

    refuse_shared(args.archive)
    dest = Path(args.dest).expanduser()
    if dest.is_dir():
        dest = dest / Path(args.archive).name
    with Archive.open(args.archive, create=False, read_only=True) as archive:
        backup_to(archive, dest)
        count = archive.count()
    print(f"{dest}: backup of {count} articles written")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Restore a backup; the current content is backed up first."""
    from ..archive.restore import restore_backup

    safety = restore_backup(args.backup, args.archive)
    print(f"{args.archive}: restored from {args.backup}")
    if safety:
        print(f"  the content it had before is kept in {safety}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Print the automatic backups, newest last."""
    from ..archive.backup import backup_dir, list_backups, refuse_shared

    refuse_shared(args.archive)
    found = list_backups(Path(args.archive).expanduser())
    for path in found:
        print(f"{path}  ({path.stat().st_size / 1048576:.1f} MB)")
    print(f"{counted(len(found), 'backup')} in {backup_dir(Path(args.archive).expanduser())}")
    return 0
