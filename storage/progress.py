"""Progress callbacks and cancel tokens for long synchronous work (import, dossier)."""
from __future__ import annotations

import threading
from typing import Callable

from .errors import Cancelled

# progress(done, total, message)
Progress = Callable[[int, int, str], None]


def noop(done: int, total: int, message: str) -> None:
    """A progress callback that ignores everything."""


class CancelToken:
    """Thread-safe flag that long work polls between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check()."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """True once cancel() was called."""
        return self._event.is_set()

    def check(self) -> None:
        """Raise Cancelled if cancel() was called."""
        if self._event.is_set():
            raise Cancelled("cancelled")


class _Never(CancelToken):
    def cancel(self) -> None:  # the shared default token must never flip
        raise RuntimeError("NEVER cannot be cancelled")


NEVER = _Never()
