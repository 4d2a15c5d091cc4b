"""Typed errors of the core; the CLI and the GUI show their message, never a traceback."""
from __future__ import annotations


class TuLieuError(Exception):
    """Base of every error the core raises on purpose."""


class ReadError(TuLieuError):
    """A file could not be read or decoded; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UnsupportedFile(ReadError):
    """No reader handles this kind of file."""


class ArchiveError(TuLieuError):
    """The archive cannot be opened or written."""


class ArchiveLocked(ArchiveError):
    """Another process holds the archive."""


class ArchiveCorrupt(ArchiveError):
    """The archive file is not a valid Tư Liệu archive."""


class SchemaTooNew(ArchiveError):
    """The archive was made by a newer version of the app."""


class NotFound(TuLieuError):
    """No article or entity with that id."""


class Cancelled(TuLieuError):
    """Long work was cancelled through its cancel token."""


class ServerUnreachable(ArchiveError):
    """No PostgreSQL server answers at a shared archive's address."""


class LoginFailed(ArchiveError):
    """The server refused the login: a password is needed, the password is wrong, or no such user."""

    def __init__(self, message: str, *, needs_password: bool = False) -> None:
        super().__init__(message)
        self.needs_password = needs_password
