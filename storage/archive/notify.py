"""Change notices of a shared (PostgreSQL) archive: what other users just committed.

Every committed write sends one notice per statement on channel `tulieu` (triggers of migration 10):
new articles ("added"), deleted ones ("deleted"), edits with a history row ("edited": fields, tags,
blocks, re-extraction, entity links) and entity-only edits ("entities": renames, merges). A listener
holds its own connection, LISTENs, and hands out `Change`s; `poll()` never blocks longer than asked
and survives a server restart (it reconnects on a later poll). An SQLite archive has one user: no
listener (`listen()` returns None).
"""
from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass

from .migrations.m010_team import CHANNEL

log = logging.getLogger(__name__)

RECONNECT_EVERY_S = 5.0  # after a lost connection, at most one connection attempt this often


@dataclass(frozen=True)
class Change:
    """One committed change: its kind, the articles it touched (empty for "entities"; `more` when
    there were over 500), the database user who made it, and whether it came from our own archive
    connection."""

    kind: str
    ids: tuple[int, ...]
    user: str
    own: bool
    more: bool = False


class ChangeListener:
    """LISTEN on a shared archive's channel from a connection of its own."""

    def __init__(self, url: str, own_pid: int | None) -> None:
        self._url = url
        self._own_pid = own_pid
        self._conn = None
        self._next_try = 0.0
        self._connect()

    def _connect(self) -> None:
        import psycopg

        self._next_try = time.monotonic() + RECONNECT_EVERY_S
        try:
            self._conn = psycopg.connect(self._url, autocommit=True, connect_timeout=3,
                                         application_name="tulieu-listener")
            self._conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            log.warning("change notices unavailable: %s", str(error).strip().splitlines()[0] if str(error) else error)
            self._conn = None

    @property
    def connected(self) -> bool:
        """True while notices can arrive (False after the server went away, until it reconnects)."""
        return self._conn is not None and not self._conn.closed

    def poll(self, timeout: float = 0.0) -> list[Change]:
        """The changes committed since the last poll, waiting up to `timeout` seconds for the first."""
        import psycopg

        if not self.connected:
            if time.monotonic() < self._next_try:
                return []
            self._connect()
            if not self.connected:
                return []
        changes: list[Change] = []
        try:
            for notice in self._conn.notifies(timeout=timeout, stop_after=1):  # type: ignore[union-attr]
                changes.append(self._change(notice.payload))
            for notice in self._conn.notifies(timeout=0):  # type: ignore[union-attr]
                changes.append(self._change(notice.payload))
        except psycopg.Error as error:
            log.warning("change notices interrupted (%s); reconnecting later", str(error).strip()[:100])
            self._drop()
        return changes

    def _change(self, payload: str) -> Change:
        data = json.loads(payload)
        return Change(str(data["kind"]), tuple(int(i) for i in data.get("ids") or ()), str(data.get("user", "")),
                      data.get("pid") == self._own_pid, bool(data.get("more")))

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception as error:  # noqa: BLE001 - closing a dead connection may fail any way
                log.debug("closing the listener connection: %s", error)
        self._conn = None
        self._next_try = time.monotonic() + RECONNECT_EVERY_S

    def close(self) -> None:
        """Stop listening."""
        self._drop()

    def __enter__(self) -> "ChangeListener":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def listen(archive) -> ChangeListener | None:
    """A listener for `archive`'s changes (None for an SQLite file: nobody else writes it)."""
    if not archive.shared:
        return None
    conn = archive._conn
    return ChangeListener(conn.url, conn._conn.info.backend_pid)
