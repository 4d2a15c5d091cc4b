"""Opening a shared (PostgreSQL) archive by its parts: the address without a password, the password
kept only in memory or — when the user asks — in libpq's password file (~/.pgpass, mode 0600), and
the server's refusals as typed errors with the server and the reason named (never a driver traceback).

The system keyring is not used: the `keyring` package has no working backend where no Secret Service
runs (headless machines, most servers), and libpq reads ~/.pgpass by itself, as psql and pg_dump do.
"""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from ..errors import ArchiveError, LoginFailed, ServerUnreachable
from .backends import is_url
from .core import Archive

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 10  # seconds: an unreachable server is reported, not waited for


@dataclass(frozen=True)
class SharedLocation:
    """Where a shared archive lives: host (a name, an address or a socket folder; "" = libpq's
    default), port (None = 5432), database and user ("" = the login name)."""

    host: str = ""
    port: int | None = None
    database: str = ""
    user: str = ""

    @classmethod
    def parse(cls, url: str) -> "SharedLocation":
        """The parts of a postgresql:// URL (its password, if any, is dropped); raises ArchiveError."""
        from psycopg.conninfo import conninfo_to_dict

        if not is_url(url):
            raise ArchiveError(f"{url}: not a postgresql:// address")
        try:
            parts = conninfo_to_dict(url.strip())
        except Exception as error:  # psycopg.ProgrammingError: a malformed URL
            raise ArchiveError(f"{url}: not a valid postgresql:// address ({error})") from error
        port = str(parts.get("port") or "")
        return cls(str(parts.get("host") or ""), int(port) if port.isdigit() else None,
                   str(parts.get("dbname") or ""), str(parts.get("user") or ""))

    def url(self, password: str | None = None, *, timeout: bool = False) -> str:
        """The URL (with the password only when given: never stored, never shown; with `timeout`, a
        connect timeout so that an unreachable server is reported rather than waited for)."""
        login = quote(self.user, safe="") + (f":{quote(password, safe='')}" if password else "")
        socket = self.host.startswith("/")
        host = "" if socket else (f"[{self.host}]" if ":" in self.host else self.host)
        address = f"{login}@{host}" if login else host
        port = f":{self.port}" if self.port else ""
        query = ([f"host={quote(self.host, safe='/')}"] if socket else []) + (
            [f"connect_timeout={CONNECT_TIMEOUT}"] if timeout else [])
        return f"postgresql://{address}{port}/{quote(self.database, safe='')}" + (f"?{'&'.join(query)}" if query else "")

    @property
    def server(self) -> str:
        """The server as named in messages: host and port, or the socket folder."""
        host = self.host or "localhost"
        return host if host.startswith("/") else f"{host}:{self.port or 5432}"


def open_shared(location: SharedLocation, password: str | None = None, *, remember: bool = False) -> Archive:
    """Open (and on an empty database create) the shared archive; with `remember`, a password that
    worked is written to the password file. Raises ServerUnreachable, LoginFailed, ArchiveError."""
    if not location.database:
        raise ArchiveError("name the archive's database")
    try:
        archive = Archive.open(location.url(password, timeout=True))
    except ArchiveError as error:
        raise _explained(location, error, bool(password)) from error
    if remember and password:
        try:
            remember_password(location, password)
        except OSError as error:  # the archive is open; only the remembering failed
            log.warning("could not write the password file %s: %s", password_file(), error)
    return archive


def _explained(location: SharedLocation, error: ArchiveError, had_password: bool) -> ArchiveError:
    """The server's refusal as a typed error naming the server and the reason in plain words."""
    text = str(error)
    user = location.user or "(your login name)"
    where = f"{location.database} on {location.server}"
    if "no password supplied" in text:
        return LoginFailed(f"{where}: the server asks for the password of {user}", needs_password=True)
    if "password authentication failed" in text:
        reason = "the password is wrong" if had_password else "the remembered password is wrong"
        return LoginFailed(f"{where}: login refused for {user} ({reason})", needs_password=True)
    if re.search(r'role ".*" does not exist', text):
        return LoginFailed(f"{where}: the server has no user {user}")
    if re.search(r'database ".*" does not exist|the database does not exist', text):
        return ArchiveError(f"{where}: the server has no database {location.database} (create it first)")
    for clue, reason in (("resolve host", "unknown host name"), ("Connection refused", "connection refused"),
                         ("No such file or directory", "no server listens there"),
                         ("timeout expired", "no answer in time"), ("Network is unreachable", "no network route"),
                         ("No route to host", "no network route")):
        if clue in text:
            return ServerUnreachable(f"cannot reach the server {location.server} ({reason})")
    if "cannot reach" in text:
        return ServerUnreachable(f"cannot reach the server {location.server} ({text.split('(', 1)[-1].rstrip(')')})")
    return error


def password_file() -> Path:
    """libpq's password file: $PGPASSFILE, else ~/.pgpass."""
    return Path(os.environ.get("PGPASSFILE") or Path.home() / ".pgpass")


def _field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def remember_password(location: SharedLocation, password: str) -> Path:
    """Write (or replace) the location's line in the password file, readable only by its owner."""
    path = password_file()
    host = location.host or "localhost"
    key = ":".join(_field(v) for v in (host, str(location.port or 5432), location.database, location.user)) + ":"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    lines = [line for line in lines if not line.startswith(key)] + [key + _field(password)]
    temporary = path.with_name(path.name + ".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # never readable by others
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)
    return path


def describe(archive: Archive) -> tuple[str, str]:
    """(the archive's name, who is signed in): the file name and "" for a file; the database, and the
    user at the server, for a shared archive."""
    if not archive.shared:
        return Path(archive.path).name, ""
    with archive._reading():
        database, user = archive._conn.execute("SELECT current_database(), current_user").fetchone()
    return str(database), f"{user}@{SharedLocation.parse(str(archive.path)).server}"


def location_of(archive: Archive) -> str | Path:
    """What another thread passes to Archive.open for the same archive (a shared archive's URL keeps
    the password typed for this session, in memory only)."""
    return archive._conn.url if archive.shared else archive.path
