"""One writer per archive: an OS lock on `<archive>.lock`, released on close or when the process dies."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from ..errors import ArchiveError, ArchiveLocked

log = logging.getLogger(__name__)


def lock_path(archive_path: Path) -> Path:
    """The lock file next to an archive."""
    return archive_path.with_name(archive_path.name + ".lock")


class WriterLock:
    """A non-blocking exclusive lock; acquire() raises ArchiveLocked when another writer holds it."""

    def __init__(self, archive_path: Path) -> None:
        self.archive_path = archive_path
        self.path = lock_path(archive_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise ArchiveLocked naming the archive."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise ArchiveError(f"{self.archive_path}: cannot create the lock file {self.path.name} "
                               f"({error.strerror})") from error
        try:
            _lock(fd)
        except OSError as error:
            os.close(fd)
            raise ArchiveLocked(
                f"{self.archive_path}: the archive is open for writing in another program "
                f"(lock {self.path.name}); close it there or open read-only"
            ) from error
        self._fd = fd
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())

    def release(self) -> None:
        """Drop the lock (idempotent)."""
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        except OSError as error:
            log.warning("could not unlock %s: %s", self.path, error)
        os.close(self._fd)
        self._fd = None


if sys.platform.startswith("win"):
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
