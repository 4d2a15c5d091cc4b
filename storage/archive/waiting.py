"""Open an archive for writing, waiting while another program holds it (a second importer waits)."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from ..errors import ArchiveLocked

POLL_S = 0.25


def open_waiting(path: str | Path, *, wait_s: float, on_wait: Callable[[str], None], **kwargs: object):
    """Archive.open(path, **kwargs), retrying for up to wait_s seconds while it is locked.

    on_wait(message) is called once, when the first attempt finds the lock taken.
    """
    from .core import Archive

    deadline = time.monotonic() + max(0.0, wait_s)
    told = False
    while True:
        try:
            return Archive.open(path, **kwargs)  # type: ignore[arg-type]
        except ArchiveLocked as error:
            if time.monotonic() >= deadline:
                raise ArchiveLocked(f"{error} (waited {wait_s:g} s)") from error
            if not told:
                on_wait(f"{path}: waiting for another program to finish writing (up to {wait_s:g} s)")
                told = True
            time.sleep(POLL_S)
