"""Tư Liệu's desktop GUI (PySide6); it calls `storage` and never writes SQL itself."""
from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)


def _guard_none_refcount() -> bool:
    """Work around a PySide6 6.12 bug on CPython < 3.12: void methods return None without a reference.

    Each call then drops one reference to None; after enough calls None is deallocated and the process
    aborts ("none_dealloc"). CPython 3.12 makes None immortal; here we emulate that by giving None a
    huge reference count, only when a probe shows the leak. Returns True when applied.
    """
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(32):
        probe.setObjectName("probe")
    if sys.getrefcount(None) >= before:
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48
    log.info("PySide6 drops references to None on this Python: None made effectively immortal")
    return True


NONE_GUARD = _guard_none_refcount()
