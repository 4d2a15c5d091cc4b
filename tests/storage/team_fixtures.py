"""Helpers for the shared-archive team tests: connection URLs as another database user."""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit


def as_user(url: str, user: str) -> str:
    """The same database, logged in as `user` (the throwaway server trusts local users)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=f"{user}@{parts.hostname or ''}"))


def backend_pid(archive) -> int:
    """The server process serving an archive's connection."""
    return int(archive._conn.execute("SELECT pg_backend_pid()").fetchone()[0])


def wait_until_blocked(url: str, pid: int, timeout: float = 20.0) -> None:
    """Return once the server process `pid` waits on a lock (a second writer queued behind a first)."""
    import time

    import psycopg

    deadline = time.monotonic() + timeout
    with psycopg.connect(url, autocommit=True) as conn:
        while time.monotonic() < deadline:
            row = conn.execute("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone()
            if row and row[0] == "Lock":
                return
            time.sleep(0.02)
    raise AssertionError(f"server process {pid} never waited on a lock")


class Worker:
    """A function run on a thread, its result or exception kept for the test to check."""

    def __init__(self, function, *args) -> None:
        import threading

        self.result: object = None
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(function, *args), daemon=True)
        self._thread.start()

    def _run(self, function, *args) -> None:
        try:
            self.result = function(*args)
        except BaseException as error:  # noqa: BLE001 - handed to the test
            self.error = error

    def join(self, timeout: float = 30.0) -> object:
        self._thread.join(timeout)
        assert not self._thread.is_alive(), "worker still running"
        if self.error is not None:
            raise self.error
        return self.result
