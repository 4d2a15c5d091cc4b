"""Run core functions off the GUI thread; results, errors and throttled progress arrive as signals.

Worker code never touches a widget: it calls `task.progress()` / `task.notify()`, whose signals are
delivered (queued) to receivers living on the GUI thread. Writes go through a one-thread pool.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from storage.errors import Cancelled
from storage.progress import CancelToken

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.05  # seconds between progress signals; the last one is always sent


class Task(QObject):
    """One unit of work; `fn(task)` runs on a pool thread and may poll `task.token`."""

    progressed = Signal(int, int, str)
    """Work advanced: (done, total, message)."""
    notified = Signal(object)
    """The work reported an intermediate result (e.g. an imported article id)."""
    succeeded = Signal(object)
    """The work returned this value."""
    failed = Signal(object)
    """The work raised this exception."""
    cancelled = Signal(object)
    """The work stopped because cancel() was called: the Cancelled exception (may carry partial results)."""
    finished = Signal()
    """Emitted last, after succeeded, failed or cancelled."""

    def __init__(self, fn: Callable[[Task], Any], name: str = "") -> None:
        super().__init__()
        self.fn = fn
        self.name = name or getattr(fn, "__name__", "task")
        self.token = CancelToken()
        self.done = threading.Event()
        self._last_progress = 0.0
        self._lock = threading.Lock()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self.token.cancel()

    def progress(self, done: int, total: int, message: str = "") -> None:
        """Progress callback for the core (thread-safe, throttled)."""
        now = time.monotonic()
        with self._lock:
            if done < total and now - self._last_progress < PROGRESS_INTERVAL:
                return
            self._last_progress = now
        self.progressed.emit(done, total, message)

    def notify(self, value: object) -> None:
        """Report an intermediate result to the GUI thread."""
        self.notified.emit(value)

    def execute(self) -> None:
        """Run the work and emit exactly one outcome signal, then `finished`."""
        try:
            result = self.fn(self)
        except Cancelled as exc:
            self.cancelled.emit(exc)
        except Exception as exc:  # every failure must reach the GUI as a signal, never a crash
            log.warning("task %s failed: %s", self.name, exc, exc_info=True)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.done.set()
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.execute()


class TaskRunner(QObject):
    """Owns a reader pool and a single-thread writer pool and keeps running tasks alive."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.readers = QThreadPool(self)
        self.readers.setMaxThreadCount(2)
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)  # one writer: archive writes never interleave
        self._running: set[Task] = set()

    def submit(self, fn: Callable[[Task], Any], name: str = "") -> Task:
        """Create a task for `fn`; connect its signals, then call start(task)."""
        task = Task(fn, name)
        self._running.add(task)
        task.finished.connect(self._forget)  # a slot of a GUI-thread object: delivered queued
        return task

    @Slot()
    def _forget(self) -> None:
        self._running.discard(self.sender())

    def start(self, task: Task, *, writes: bool) -> None:
        """Queue a task created by submit() on the right pool."""
        pool = self.writer if writes else self.readers
        pool.start(_Runnable(task))

    def run(self, fn: Callable[[Task], Any], *, writes: bool, name: str = "", **slots: Callable) -> Task:
        """submit() + connect keyword slots (succeeded=, failed=, ...) + start()."""
        task = self.submit(fn, name)
        for signal_name, slot in slots.items():
            getattr(task, signal_name).connect(slot)
        self.start(task, writes=writes)
        return task

    @property
    def busy(self) -> bool:
        """True while any task has not finished."""
        return any(not t.done.is_set() for t in self._running)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until both pools are idle (used when closing)."""
        return self.writer.waitForDone(msecs) and self.readers.waitForDone(msecs)
