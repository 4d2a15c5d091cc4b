"""A throwaway PostgreSQL server for the tests: initdb + pg_ctl in a temporary folder, listening only on a
unix socket there, stopped at the end of the session. Each test gets a fresh database, copied from a
migrated template (CREATE DATABASE … TEMPLATE: milliseconds, not a migration per test).

Root cannot run the server (initdb refuses): as root the server runs as the `postgres` user (the Debian
package makes it) or `nobody`, with the folder handed over to it. Without PostgreSQL binaries the
PostgreSQL-parametrised tests skip with a message, except under CI (CI=true), where they fail.
"""
from __future__ import annotations

import atexit
import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

SUPERUSER = "tulieu"
TEMPLATE = "tulieu_template"
_numbers = itertools.count(1)


def find_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: PATH first, then the Debian layout (newest version)."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True):
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    return None


def _server_user() -> str | None:
    """The unprivileged account to run the server as when we are root (None: run as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and no unprivileged 'postgres' or 'nobody' account to run PostgreSQL")


class Server:
    """One running throwaway cluster; `url(db)` names a database on it."""

    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.user = _server_user()
        self.folder = Path(tempfile.mkdtemp(prefix="tulieu-pg-"))  # short: a socket path has ~100 chars
        self.data = self.folder / "data"
        self._reused: str | None = None
        self.owner = os.getpid()
        self.latest = 0
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        os.chmod(self.folder, 0o755)

    def _run(self, *args: str) -> None:
        command = [str(self.binaries / args[0]), *args[1:]]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=self.folder)
        if result.returncode:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}{tail}")

    def start(self) -> "Server":
        # Whose server this is, for anyone finding it left behind by a killed session.
        (self.folder / "owner.pid").write_text(f"{os.getpid()}\n")
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
                  "--locale=C", "--no-sync")
        options = (f"-c listen_addresses='' -c unix_socket_directories={self.folder} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-o", options,
                  "-w", "-t", "60", "start")
        atexit.register(self.stop)  # pg_ctl detaches the server: stop it even if teardown never runs
        return self

    def stop(self) -> None:
        if not self.data.exists() or os.getpid() != self.owner:  # a forked child never stops it
            return
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql://{SUPERUSER}@/{database}?host={self.folder}"

    def admin(self, sql: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE) on the maintenance database."""
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def fresh_database(self, template: str = TEMPLATE) -> str:
        """A new, empty (migrated) archive database; returns its URL (~0.3 s: a copy of the template)."""
        name = f"t{os.getpid()}_{next(_numbers)}"
        self.admin(f"CREATE DATABASE {name} TEMPLATE {template}")
        return self.url(name)

    def emptied_database(self) -> str:
        """The session's reused archive database with every table emptied and every id sequence
        restarted (~30 ms, ten times cheaper than a copy); a fresh copy when that cannot be done."""
        import psycopg

        if self._reused is None:
            self._reused = self.fresh_database()
        try:
            with psycopg.connect(self._reused, autocommit=True) as conn:
                conn.execute("SET lock_timeout = '2s'")  # an archive a test left open: use a copy instead
                version = conn.execute("SELECT version FROM schema_version").fetchone()
                tables = [r[0] for r in conn.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename != 'schema_version'")]
                if version is None or version[0] != self.latest or not tables:
                    raise psycopg.Error("schema changed by a test")
                conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
            return self._reused
        except psycopg.Error:
            self._reused = None
            return self.fresh_database()


def missing(reason: str) -> None:
    """Skip locally; fail under CI, where PostgreSQL must be there (.ci/run installs it)."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason} (install the Debian 'postgresql' package)")


@pytest.fixture(scope="session")
def pg_server():
    """The session's PostgreSQL server with a migrated template archive database."""
    binaries = find_binaries()
    if binaries is None:
        missing("no initdb/pg_ctl on PATH or in /usr/lib/postgresql/*/bin")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        missing("the psycopg package is not installed")
    server = Server(binaries).start()
    try:
        server.admin(f"CREATE DATABASE {TEMPLATE}")
        from storage.archive import Archive

        from storage.archive import migrations

        Archive.open(server.url(TEMPLATE)).close()  # migrate once; every test copies it
        server.latest = migrations.LATEST
        _SESSION["server"] = server
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def archive_location(request, tmp_path):
    """Where a test's archive lives: an SQLite file, or a fresh database on the throwaway server."""
    if request.param == "sqlite":
        return tmp_path / "archive.sqlite"
    return request.getfixturevalue("pg_server").emptied_database()


@pytest.fixture()
def second_archive_location(archive_location, tmp_path):
    """Another, separate archive on the same backend as `archive_location`."""
    if not isinstance(archive_location, str):
        return tmp_path / "second.sqlite"
    return _SESSION["server"].fresh_database()


_SESSION: dict[str, Server] = {}


BACKENDS = ["sqlite", "postgresql"]


def module_location(request, tmp_path_factory, name: str):
    """For a module-scoped fixture with params=BACKENDS: an SQLite file, or a fresh database."""
    if request.param == "sqlite":
        return tmp_path_factory.mktemp(name) / f"{name}.sqlite"
    return request.getfixturevalue("pg_server").fresh_database()
