"""Which archive the window opens at start: the one named on the command line, else the last one, else the
default one. A named or last archive that cannot be opened (damaged, locked, newer) is explained by its own
dialog and leaves the window without an archive: no new empty default archive appears behind that dialog."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from storage.archive.backends import is_url

log = logging.getLogger(__name__)


def open_first_archive(window: Any, named: str | None, last: str | Path | None, default: Path) -> bool:
    """Open the archive the window starts with; True when one is open."""
    if named:  # the user's own choice: created when new, never replaced by another archive
        return window.open_archive(named if is_url(named) else Path(named), create=True)
    if last is not None and (is_url(str(last)) or Path(last).exists()):
        if window.open_archive(last, create=False):
            return True
        log.warning("the last archive %s could not be opened; no archive is open", last)
        return False
    return window.open_archive(default, create=True)  # first start, or the last archive was moved away
