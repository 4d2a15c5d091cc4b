"""Reads that would stall the window on a large archive (the whole id list, a ranking, facet counts)
run on a second, read-only connection (`Archive.reader()`), one at a time on a pool thread.

Each read has a kind ("ids", "facets"); a newer read of the same kind supersedes the older: a queued
one is skipped, a running one is interrupted, and a result that still arrives is dropped, so the
window only ever shows what the latest keystroke asked for. Results arrive on the GUI thread.
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

BACKGROUND_FROM = 20_000  # from this many articles the id list and the facets are read in the background


def large(archive: Any) -> bool:
    """Whether `archive` is big enough that its whole id list or facet counts would stall a keystroke."""
    return archive is not None and archive.last_id() >= BACKGROUND_FROM


class _Read(QRunnable):
    def __init__(self, owner: "BackgroundReads", number: int, kind: str, fn: Callable[[Any], Any]) -> None:
        super().__init__()
        self.owner, self.number, self.kind, self.fn = owner, number, kind, fn

    def run(self) -> None:
        owner = self.owner
        if not owner.is_latest(self.kind, self.number):
            return  # superseded while queued: never started
        owner.started(self.kind, self.number)
        try:
            result, error = self._attempt(owner)
        finally:
            owner.started(self.kind, None)
        owner.arrived.emit(self.number, result, error)

    def _attempt(self, owner: "BackgroundReads") -> tuple[Any, Exception | None]:
        try:
            return self.fn(owner.reader()), None
        except Exception as exc:  # reaches the GUI thread as a value, never a crash here
            # an interrupt meant for the read before may land on this one as it starts: once more
            if "interrupt" not in str(exc) or not owner.is_latest(self.kind, self.number):
                return None, exc
        try:
            return self.fn(owner.reader()), None
        except Exception as exc:
            return None, exc


class BackgroundReads(QObject):
    """The window's background reads on one archive (set_archive) through a reader connection."""

    arrived = Signal(int, object, object)
    """A read ended (worker thread → GUI thread): its number, its result, the exception it raised."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one reader connection, one read at a time
        self.archive: Any = None
        self._reader: Any = None
        self._number = 0
        self._latest: dict[str, int] = {}
        self._running: tuple[str, int] | None = None
        self._callbacks: dict[int, tuple[str, Any, Callable, Callable | None]] = {}
        self._guard = threading.Lock()
        self.arrived.connect(self._deliver)

    def set_archive(self, archive: Any) -> None:
        """Read from `archive` from now on (None: nothing); pending reads of the previous one are dropped."""
        self.stop()
        self.archive = archive

    def stop(self) -> None:
        """Drop every pending read, interrupt the running one, wait for the thread and close the reader."""
        with self._guard:
            self._latest = {kind: -1 for kind in self._latest}
            running, reader = self._running, self._reader
        if running is not None and reader is not None:
            reader.interrupt()
        self.pool.waitForDone()
        self._callbacks.clear()
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    @property
    def busy(self) -> bool:
        """True while a read is queued or running whose result is still wanted."""
        return bool(self._callbacks)

    def run(self, kind: str, fn: Callable[[Any], Any], done: Callable[[Any], None],
            failed: Callable[[Exception], None] | None = None) -> int:
        """Run fn(reader archive) off the GUI thread; done(result) on the GUI thread if no newer read of
        this kind came meanwhile (failed(exception) likewise). Returns the read's number."""
        with self._guard:
            self._number += 1
            number = self._number
            stale = [n for n, (k, *_rest) in self._callbacks.items() if k == kind]
            self._latest[kind] = number
            running, reader = self._running, self._reader
        for old in stale:
            self._callbacks.pop(old, None)
        if running is not None and running[0] == kind and reader is not None:
            reader.interrupt()  # a stale ranking or count stops now, not after its last row
        self._callbacks[number] = (kind, self.archive, done, failed)
        self.pool.start(_Read(self, number, kind, fn))
        return number

    # -- worker side --------------------------------------------------------------------------------
    def is_latest(self, kind: str, number: int) -> bool:
        """Whether read `number` is still the newest of its kind (thread-safe)."""
        with self._guard:
            return self._latest.get(kind) == number

    def started(self, kind: str, number: int | None) -> None:
        """The worker begins (number) or ends (None) a read (thread-safe)."""
        with self._guard:
            self._running = (kind, number) if number is not None else None

    def reader(self) -> Any:
        """The reader handle, opened on first use (on the worker thread: opening costs the GUI nothing)."""
        if self._reader is None:
            self._reader = self.archive.reader()
        return self._reader

    # -- GUI side -------------------------------------------------------------------------------------
    @Slot(int, object, object)
    def _deliver(self, number: int, result: Any, error: Any) -> None:
        entry = self._callbacks.pop(number, None)
        if entry is None:
            return  # superseded, or the archive changed: dropped
        kind, archive, done, failed = entry
        if archive is not self.archive or not self.is_latest(kind, number):
            return
        if error is None:
            done(result)
        elif failed is not None:
            failed(error)
        else:
            log.warning("background %s read failed: %s", kind, error)
